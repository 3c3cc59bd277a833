"""A PSA's past: closed help-desk tickets for the backtest, written here (never taken from a dataset).

`POST /_control/vendors/<connectwise|autotask|halopsa>/history` with `{"company", "count", "days", "seed"}`
adds `count` closed tickets to that company (the tenant's `psa_company_id`), opened over the last `days` days
(some in the evening and at weekends) and closed minutes to days later, by the tenant's own users from the
world file. The mix is an MSP's L1 queue: mostly identity requests (passwords, lockouts, MFA, mailboxes,
groups, licences, joiners and leavers) among printers, slow networks, software and hardware. The same seed
gives the same tickets. Each vendor stores them in its own shape (`seed_history`), and its listing endpoints
page through them as the vendor's contract says.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sandbox.core import Response

MAX_COUNT = 20000
Row = dict[str, Any]
Person = dict[str, str]

GREETINGS = ["Hi,", "Hello,", "Hi team,", "Good morning,", "Hey IT,", "", "Hi there,", "Morning,"]
SIGN_OFFS = ["Thanks", "Thank you", "Thanks so much", "Cheers", "Many thanks", "Regards", "thx", "Thanks in advance"]


def _lines(rng: random.Random, person: Person, *middle: str) -> str:
    greeting = rng.choice(GREETINGS)
    first = person["name"].split()[0] if person["name"] else ""
    parts = [greeting, *middle, "", f"{rng.choice(SIGN_OFFS)},", first]
    return "\n".join(p for p in parts if p is not None).strip()


# Each family: (weight, builder(rng, requester, colleague, world) -> (subject, body)). Weights add up to 100.
def _password(rng: random.Random, me: Person, other: Person, w: dict[str, Any]) -> tuple[str, str]:
    subject = rng.choice(["Password expired", "Forgot my password", "Can't log in - password", "Password reset please",
                          "password not working", "Need a new password"])
    body = rng.choice([
        "I forgot my password over the weekend and can't sign in to my laptop. Could you reset it?",
        "My password expired this morning and the change screen keeps rejecting what I type. Please reset my password.",
        "I changed my password on my phone yesterday and now I can't remember it. Can you reset it for me?",
        "Outlook keeps asking for my password and it says it's wrong. I think I need a password reset.",
        "I can't sign in to Office 365, it says my password is incorrect. Please reset my password.",
    ])
    return subject, _lines(rng, me, body)


def _unlock(rng: random.Random, me: Person, other: Person, w: dict[str, Any]) -> tuple[str, str]:
    subject = rng.choice(["Account locked", "Locked out", "I'm locked out of my account", "account locked again"])
    body = rng.choice([
        "I typed my password wrong a few times and now my account is locked. Can you unlock it?",
        "My account got locked out after the VPN kept retrying an old password. Please unlock my account.",
        "It says my account has been locked. I haven't changed anything. Could you unlock it please?",
    ])
    return subject, _lines(rng, me, body)


def _mfa(rng: random.Random, me: Person, other: Person, w: dict[str, Any]) -> tuple[str, str]:
    subject = rng.choice(["New phone - authenticator", "MFA not working", "Lost my phone, can't do MFA",
                          "Authenticator app reset"])
    body = rng.choice([
        "I got a new phone and the Authenticator app didn't move over. Can you reset my MFA so I can set it up again?",
        "I left my phone in a taxi and can't approve the sign-in prompts. Please reset my MFA.",
        "The authenticator app keeps saying my account isn't there after an update. Could you reset my MFA methods?",
    ])
    return subject, _lines(rng, me, body)


def _mailbox(rng: random.Random, me: Person, other: Person, w: dict[str, Any]) -> tuple[str, str]:
    box = rng.choice(w["mailboxes"]) if w["mailboxes"] else f"{other['email']}"
    subject = rng.choice([f"Access to {box}", "Shared mailbox access", f"Need to see the {box.split('@')[0]} inbox"])
    body = rng.choice([
        f"Please give me access to the shared mailbox {box}. My manager approved it.",
        f"I'm covering for a colleague this week, could I get full access to {box}?",
        f"Can you add me to the {box} mailbox so I can answer the emails that come in there?",
    ])
    return subject, _lines(rng, me, body)


def _group(rng: random.Random, me: Person, other: Person, w: dict[str, Any]) -> tuple[str, str]:
    group = rng.choice(w["groups"]) if w["groups"] else "All Staff"
    subject = rng.choice([f"Add to {group}", f"{group} group", "Group membership request"])
    body = rng.choice([
        f"Please add {other['email']} to the {group} group. They started in the team this week.",
        f"Could you add me to {group}? I need the shared folder for a project.",
        f"{other['name']} ({other['email']}) needs to be added to {group}, thanks.",
    ])
    return subject, _lines(rng, me, body)


def _licence(rng: random.Random, me: Person, other: Person, w: dict[str, Any]) -> tuple[str, str]:
    licence = rng.choice(w["licences"]) if w["licences"] else "Microsoft 365 Business Premium"
    subject = rng.choice(["Licence request", f"Need {licence}", "Upgrade my Office licence"])
    body = rng.choice([
        f"Could {other['email']} get a {licence} licence? They need the desktop apps.",
        f"Please assign me a {licence} licence, the web apps aren't enough for the spreadsheets I work on.",
    ])
    return subject, _lines(rng, me, body)


def _onboarding(rng: random.Random, me: Person, other: Person, w: dict[str, Any]) -> tuple[str, str]:
    name = rng.choice(["Jordan Patel", "Sam Okafor", "Maria Gonzalez", "Chris Doyle", "Aisha Khan", "Tom Becker"])
    start = (datetime.now(UTC) + timedelta(days=rng.randint(3, 20))).strftime("%B %d")
    subject = rng.choice([f"New starter: {name}", "New hire account", f"Onboarding {name}"])
    body = f"{name} joins us on {start}. Please set up their account, email and the usual groups."
    return subject, _lines(rng, me, body)


def _offboarding(rng: random.Random, me: Person, other: Person, w: dict[str, Any]) -> tuple[str, str]:
    subject = rng.choice(["Leaver", f"Offboarding {other['name']}", "Disable account - last day Friday"])
    body = rng.choice([
        f"{other['name']} ({other['email']}) is leaving on Friday. Please disable their account after 5pm.",
        f"Please offboard {other['email']}, today is their last day.",
    ])
    return subject, _lines(rng, me, body)


# The rest of an L1 queue, each subject with a text that goes with it.
PRINTER = [("Printer jammed", "The printer by reception keeps jamming on every second page."),
           ("Can't print", "My laptop says the office printer is offline but everyone else can print."),
           ("Scanner not sending to email", "The scanner stopped sending scans to my email since yesterday."),
           ("Printer out of toner?", "Everything comes out very faint from the upstairs printer.")]
NETWORK = [("Internet slow", "The internet has been really slow all morning, pages take ages to load."),
           ("Wi-Fi keeps dropping", "The Wi-Fi in the meeting room drops every few minutes."),
           ("VPN disconnects", "My VPN disconnects every half hour when I work from home."),
           ("Teams calls choppy", "People say my voice cuts out on Teams calls since Monday.")]
SOFTWARE = [("{app} crashing", "{app} crashes every time I open a file since the last update."),
            ("Install {app}", "Could you install {app} on my laptop? I need it for a client meeting."),
            ("{app} won't open", "When I click {app} nothing happens, not even an error.")]
HARDWARE = [("Laptop very slow", "My laptop takes ten minutes to start and the fan is very loud."),
            ("Second monitor not working", "The second monitor stays black since I moved desks."),
            ("Keyboard broken", "Half the keys on my keyboard stopped working after a coffee accident."),
            ("Laptop won't charge", "My laptop won't charge unless I hold the cable at an angle.")]
APPS = ["Adobe Reader", "Zoom", "the accounting software", "Excel", "Teams", "the PDF printer"]


def _pick(pairs: list[tuple[str, str]]) -> Callable[..., tuple[str, str]]:
    def build(rng: random.Random, me: Person, other: Person, w: dict[str, Any]) -> tuple[str, str]:
        subject, body = rng.choice(pairs)
        app = rng.choice(APPS)
        return _first_up(subject.format(app=app)), _lines(rng, me, _first_up(body.format(app=app)))
    return build


def _first_up(text: str) -> str:
    return text[:1].upper() + text[1:]


_printer, _network, _software, _hardware = _pick(PRINTER), _pick(NETWORK), _pick(SOFTWARE), _pick(HARDWARE)


FAMILIES: list[tuple[int, Callable[..., tuple[str, str]]]] = [
    (22, _password), (12, _unlock), (7, _mfa), (7, _mailbox), (8, _group), (4, _licence), (3, _onboarding),
    (3, _offboarding), (10, _printer), (9, _network), (8, _software), (7, _hardware),
]


def _world(tenant: dict[str, Any]) -> tuple[list[Person], dict[str, Any]]:
    # Admin and break-glass accounts do not file help-desk tickets; the client's staff do (disabled ones did once).
    people = [{"email": str(u.get("upn") or u.get("login") or u.get("email") or ""),
               "name": str(u.get("display_name") or "")} for u in tenant.get("users", [])
              if not u.get("roles") and not u.get("protected")]
    people = [p for p in people if p["email"]] or [{"email": f"user@{tenant['domains'][0]}", "name": "A User"}]
    groups = [g["name"] for g in tenant.get("groups", []) if not g.get("protected")]
    boxes = [str(m.get("address") or m) if isinstance(m, dict) else str(m) for m in tenant.get("mailboxes", [])]
    licences = [str(lic.get("name") or lic.get("sku")) for lic in tenant.get("licenses", []) if isinstance(lic, dict)]
    return people, {"groups": groups, "mailboxes": boxes, "licences": licences}


def _opened_at(rng: random.Random, now: datetime, days: int, zone: ZoneInfo) -> datetime:
    """In the tenant's own time: mostly office hours on weekdays; some evenings, early mornings and weekends."""
    local_now = now.astimezone(zone)
    back = rng.randint(0, max(0, days - 1))
    day = local_now - timedelta(days=back)
    friday = day.isoweekday() - 5
    # Weekends are quiet: most of those tickets came on Friday, unless that Friday is before the window asked for
    # (a Saturday 89 days back would move to day 90 or 91, and a 90-day backtest would not see it).
    if friday > 0 and rng.random() < 0.7 and back + friday < days:
        day -= timedelta(days=friday)
    hour = rng.choice([6, 19, 20, 21, 22]) if rng.random() < 0.12 else rng.randint(8, 16)
    moment = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59), microsecond=0)
    return min(moment.astimezone(UTC), now - timedelta(hours=2))


def history_rows(tenant: dict[str, Any], count: int, days: int, seed: int, now: datetime | None = None) -> list[Row]:
    """`count` closed tickets for the tenant of the world file: subject, body, requester, opened and closed."""
    rng = random.Random(seed)  # noqa: S311 - made-up tickets, the same for the same seed; nothing secret
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    people, world = _world(tenant)
    zone = ZoneInfo(str(tenant.get("time_zone") or "UTC"))
    weights = [w for w, _ in FAMILIES]
    rows = []
    for _ in range(count):
        me = rng.choice(people)
        other = rng.choice([p for p in people if p is not me] or people)
        build = rng.choices([b for _, b in FAMILIES], weights=weights)[0]
        subject, body = build(rng, me, other, world)
        opened = _opened_at(rng, now, days, zone)
        closed = min(opened + timedelta(minutes=rng.choice([8, 15, 25, 40, 90, 240, 1440, 2880])), now)
        rows.append({"subject": subject, "body": body, "requester_email": me["email"], "requester_name": me["name"],
                     "opened": opened, "closed": closed})
    rows.sort(key=lambda r: r["opened"])
    return rows


def handle(vendor: Any, method: str, body: bytes) -> Response:
    """The `/history` control of a PSA vendor: parse, build the rows, and let the vendor store them its way."""
    if method != "POST":
        return Response(405, {"error": "POST the history to seed"})
    try:
        data = json.loads(body or b"{}")
        count, days, seed = int(data.get("count", 100)), int(data.get("days", 90)), int(data.get("seed", 15))
    except (ValueError, TypeError, AttributeError):
        return Response(400, {"error": "the body must be JSON with whole numbers for count, days and seed"})
    if not 1 <= count <= MAX_COUNT or not 1 <= days <= 3660:
        return Response(400, {"error": f"count must be 1..{MAX_COUNT} and days 1..3660"})
    company = str(data.get("company") or "")
    tenant = next((t for t in vendor.sandbox.load_directory().get("tenants", [])
                   if t.get("psa") == vendor.prefix and str(t.get("psa_company_id")).lower() == company.lower()), None)
    if tenant is None:
        return Response(400, {"error": f"no {vendor.prefix} company {company!r} in the world file"})
    rows = history_rows(tenant, count, days, seed)
    with vendor.lock:
        ids = vendor.seed_history(tenant["psa_company_id"], rows)
    return Response(201, {"seeded": len(ids), "first_id": ids[0], "last_id": ids[-1]})


def stamp(moment: datetime, fraction: bool = False) -> str:
    """A UTC instant as the vendors write it: with a trailing Z, or with milliseconds and no zone (Halo)."""
    if fraction:
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
