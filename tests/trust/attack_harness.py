"""The machinery of the invariant hostile suite (test_attacks.py, rows from make_attacks.py).

A row arrives the way a real ticket does (the tenant's REST token, a technician's user token, or the tenant's PSA
webhook from a ticket opened in the sandbox PSA), the whole pipeline runs against the sandbox, then a technician
acts when the row says so (web queue, API or Slack). The verdict comes from the sandbox's state before and after:
which directory objects changed (users, groups, roles, mailboxes), which PSA tickets were written to, and every
one-time secret link that left Rallied (PSA notes, mail, chat), matched to its owner by its token's hash.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from approvals.models import Review
from playbooks.models import Action
from rallied import tasks
from sandbox.vendors import autotask as at_vendor
from sandbox.vendors import halopsa as halo_vendor
from tenants.models import Connection, Tenant
from tenants.services import create_api_token, save_connection
from tests.chat.helpers import button_payload, member, press
from tests.helpers import committed, token_client
from tickets.models import OneTimeSecret, Ticket

ROWS_FILE = Path(__file__).with_name("attacks.jsonl")
PSA_COMPANY = {"contoso": "ContosoDental", "northwind": 29684355, "fabrikam": 12}
PSA_OF = {"contoso": "connectwise", "northwind": "autotask", "fabrikam": "halopsa"}
LINK = re.compile(r"/s/([A-Za-z0-9_\-]{20,})/")


def load_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in ROWS_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


# -- the demo world's facts, read from the project's own fixture (the same file the sandbox serves) ----------------
def _world() -> list[dict[str, Any]]:
    return json.loads(Path(settings.RALLIED_DIRECTORY_FILE).read_text(encoding="utf-8"))["tenants"]


def _address(user: dict[str, Any]) -> str:
    return str(user.get("upn") or user.get("login") or user.get("email")).lower()


def protected_objects() -> set[str]:
    """Every identity the floor protects, lowercased: admin role holders, break-glass and VIP users, protected or
    role-assignable groups (by name and by address), protected mailboxes."""
    found: set[str] = set()
    for tenant in _world():
        for user in tenant["users"]:
            if user.get("roles") or user.get("vip") or user.get("protected"):
                found.add(_address(user))
        for group in tenant.get("groups", []):
            if group.get("protected") or group.get("role_assignable"):
                found |= {str(group["name"]).lower(), str(group.get("email") or group["name"]).lower()}
        for mailbox in tenant.get("mailboxes", []):
            if mailbox.get("protected"):
                found.add(mailbox["address"].lower())
    return found


def managers() -> dict[str, str]:
    return {_address(u): str(u["manager"]).lower() for t in _world() for u in t["users"] if u.get("manager")}


# -- what changed in the directories -----------------------------------------------------------------------------
def directory(state: dict[str, Any]) -> dict[str, Any]:
    """Every directory object, keyed by its lowercased address or name, with what a write could change."""
    objects: dict[str, Any] = {}
    for tenant in state["graph"].values():
        for upn, user in tenant["users"].items():
            objects[upn.lower()] = user
        for name, members in tenant["groups"].items():
            objects[name.lower()] = sorted(members)
        for name, members in tenant["roles"].items():
            objects["role:" + name.lower()] = sorted(members)
    for tenant in state["okta"].values():
        groups: dict[str, list[str]] = defaultdict(list)
        for login, user in tenant["users"].items():
            objects[login.lower()] = user
            for group in user.get("groups", []):
                groups[group.lower()].append(login.lower())
        objects.update({name: sorted(members) for name, members in groups.items()})
    for email, user in state["google"]["users"].items():
        objects[email.lower()] = {k: v for k, v in user.items() if k != "etag"}
    for email, group in state["google"]["groups"].items():
        objects[str(group["name"]).lower()] = sorted(group["members"].items())
    for mailboxes in state["exchange"].values():
        for address, box in mailboxes.items():
            objects["mailbox:" + address.lower()] = [sorted(box["full_access"]), sorted(box["send_as"])]
    return objects


def changed_objects(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    """Objects that changed, and for a group, role or mailbox the members that came or went."""
    changed: set[str] = set()
    for key in set(before) | set(after):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        name = key.split(":", 1)[1] if key.startswith("mailbox:") else key
        changed.add(name)
        if isinstance(old, list) or isinstance(new, list):
            flat = lambda v: {json.dumps(x) if not isinstance(x, str) else x.lower()  # noqa: E731
                              for x in (v or []) for x in (x if isinstance(x, list) else [x])}
            for member in flat(old) ^ flat(new):
                changed.add(json.loads(member)[0].lower() if member.startswith("[") else member)
    return {c for c in changed if not c.startswith("role:")} | {c for c in changed if c.startswith("role:")}


# -- what was written to the PSAs --------------------------------------------------------------------------------
@dataclass
class PsaTicket:
    company: str
    contact: str
    fingerprint: str
    public: list[str] = field(default_factory=list)
    internal: list[str] = field(default_factory=list)


def psa_tickets(state: dict[str, Any]) -> dict[str, PsaTicket]:
    """Every PSA ticket ("vendor:id"), its company, its contact and its notes (public and internal)."""
    out: dict[str, PsaTicket] = {}
    cw = state["connectwise"]
    entries: dict[str, list] = defaultdict(list)
    for entry in cw.get("time_entries", []):
        entries[str(entry.get("chargeToId") or entry.get("ticket_id") or "")].append(entry)
    for tid, t in cw["tickets"].items():
        notes = t.get("notes", [])
        out[f"connectwise:{tid}"] = PsaTicket(
            company=str(t["company"]["identifier"]), contact=str(t.get("contactEmailAddress") or "").lower(),
            fingerprint=json.dumps([t, entries.get(str(tid))], sort_keys=True, default=str),
            public=[n["text"] for n in notes if not n.get("internalAnalysisFlag")],
            internal=[n["text"] for n in notes if n.get("internalAnalysisFlag")])
    for db in state["autotask"].values():
        contacts = {c["id"]: str(c.get("emailAddress") or "").lower() for c in db.get("contacts", [])}
        for t in db["tickets"]:
            notes = [n for n in db["notes"] if n.get("ticketID") == t["id"]]
            times = [e for e in db.get("timeEntries", []) if e.get("ticketID") == t["id"]]
            # The contact is the ticket's contactID; a ticket without one names its requester only in its text
            # (the first line, as Rallied's Autotask connector writes it), which is all there is to go on.
            claimed = re.match(r"Requester:\s*(\S+)", str(t.get("description") or ""))
            contact = contacts.get(t.get("contactID")) or (claimed.group(1).lower() if claimed else "")
            out[f"autotask:{t['id']}"] = PsaTicket(
                company=str(t["companyID"]), contact=contact,
                fingerprint=json.dumps([t, notes, times], sort_keys=True, default=str),
                public=[n.get("description", "") for n in notes if n.get("publish") != 2],
                internal=[n.get("description", "") for n in notes if n.get("publish") == 2])
    halo = state["halopsa"]
    # Halo's ticket is from its end user (user_id -> Users); `reportedby` is free text, used only without one.
    halo_users = {u["id"]: str(u.get("emailaddress") or "").lower() for u in halo.get("users", [])}
    for t in halo["tickets"]:
        actions = [a for a in halo["actions"] if a.get("ticket_id") == t["id"]]
        contact = halo_users.get(t.get("user_id")) or str(t.get("reportedby") or "").lower()
        out[f"halopsa:{t['id']}"] = PsaTicket(
            company=str(t["client_id"]), contact=contact,
            fingerprint=json.dumps([t, actions], sort_keys=True, default=str),
            public=[a.get("note", "") for a in actions if not a.get("hiddenfromuser")],
            internal=[a.get("note", "") for a in actions if a.get("hiddenfromuser")])
    return out


def secret_owner(token: str) -> str:
    row = OneTimeSecret.objects.filter(token_hash=hashlib.sha256(token.encode()).hexdigest()).select_related(
        "action").first()
    return row.action.target.lower() if row is not None and row.action_id else "?"


# -- the harness -------------------------------------------------------------------------------------------------
class Harness:
    """Runs rows against the seeded world and the session sandbox; one instance per test."""

    def __init__(self, sandbox: Any, mailoutbox: list) -> None:
        self.sandbox, self.mail = sandbox, mailoutbox
        self.protected, self.manager_of = protected_objects(), managers()
        self.users = {u.username: u for u in get_user_model().objects.filter(username__in=["tech2", "tech"])}
        self.tenant_keys = {t.slug: create_api_token(actor="system:test", name=f"{t.slug}-attacks", tenant=t)[1]
                            for t in Tenant.objects.all()}
        self.user_key = create_api_token(actor="system:test", name="tech2-attacks", user=self.users["tech2"])[1]
        # Autotask's webhook secret is set on both sides by the service lead (tests/intake/conftest.py does the same).
        conn = Connection.objects.get(vendor="autotask", tenant__slug="northwind")
        save_connection(actor="system:test", tenant=conn.tenant, vendor="autotask", base_url=conn.base_url,
                        config=conn.config, credentials={**conn.get_credentials(),
                                                         "webhook_secret": at_vendor.webhook_secret("northwind")})
        self.stats: dict[str, int] = defaultdict(int)

    # ---- reset and intake
    def fresh(self) -> None:
        Ticket.objects.all().delete()
        Tenant.objects.update(paused=False, paused_reason="", paused_at=None, resumed_at=None)
        self.sandbox.sandbox.reset()
        self.mail.clear()

    def _reference(self, row: dict[str, Any]) -> str:
        """The PSA ticket number an API row names that is not the requester's own."""
        kind = row["psa_ref"]
        if kind == "missing":
            return "999999"
        if kind == "nonnumeric":
            # Text is a 400 at intake now (workflow/api.py; tests/trust/test_hostile_psa_and_secrets.py covers it):
            # the longest number the intake takes, which no PSA ticket has, reaches the connectors instead.
            return "999999999999999999"
        tickets = psa_tickets(self.sandbox.sandbox.state())
        vendor, company = PSA_OF[row["tenant"]], str(PSA_COMPANY[row["tenant"]])
        for key, t in sorted(tickets.items()):
            mine = t.company == company
            if key.startswith(vendor + ":") and (mine if kind == "other_contact" else not mine) \
                    and t.contact != row["requester_email"].lower():
                return key.split(":", 1)[1]
        raise AssertionError(f"{row['id']}: the sandbox has no PSA ticket to name for {kind}")

    def submit(self, row: dict[str, Any]) -> Ticket | None:
        payload = {"external_id": row["id"], "subject": row["subject"], "body": row["body"],
                   "requester_email": row["requester_email"], "requester_name": row["requester_name"]}
        if row["channel"] == "psa":
            return self._psa(row)
        if row["psa_ref"]:
            payload["psa_ticket_id"] = self._reference(row)
        if row["channel"] == "api_user":
            client, payload["tenant"] = token_client(self.user_key), row["tenant"]
        else:
            client = token_client(self.tenant_keys[row["tenant"]])
        with committed():
            response = client.post("/api/v1/tickets/", payload, format="json")
        if response.status_code == 400 and "psa_ticket_id" in response.json():
            return None  # refused at intake (a reference that is no ticket number): nothing may have happened
        assert response.status_code == 201, (row["id"], response.status_code, response.content[:300])
        return Ticket.objects.get(pk=response.json()["id"])

    def _psa(self, row: dict[str, Any]) -> Ticket:
        """Open the ticket in the tenant's sandbox PSA and deliver the webhook that PSA sends."""
        tenant, vendor = row["tenant"], PSA_OF[row["tenant"]]
        psa = self.sandbox.sandbox.vendor(vendor)
        contact = row["contact"] or row["requester_email"]
        if vendor == "connectwise":
            opened = psa.open_ticket(PSA_COMPANY[tenant], row["subject"], row["body"], contact, row["requester_name"])
            headers, body = psa.callback(self.sandbox.url, opened)
        elif vendor == "autotask":
            # The row's contact is the ticket's Contact, whatever its text claims (the autotask_contacts rows).
            opened = psa.open_ticket(PSA_COMPANY[tenant], row["subject"], row["body"], "", contact=row["contact"]
                                     if row["class"] == "autotask_contacts" else contact)
            body = at_vendor.webhook_body(opened)
            headers = at_vendor.sign_webhook(at_vendor.webhook_secret("northwind"), body)
        else:
            opened = psa.open_ticket(PSA_COMPANY[tenant], row["subject"], row["body"], contact, row["requester_name"])
            body = halo_vendor.webhook_body(opened)
            headers = halo_vendor.webhook_headers(halo_vendor.webhook_secret("fabrikam"))
        self.own_psa = f"{vendor}:{opened['id']}"
        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        with committed():
            response = Client().post(f"/hooks/{vendor}/", data=body, content_type="application/json",
                                     headers=headers)
        assert response.status_code == 200, (row["id"], response.status_code, response.content[:300])
        return Ticket.objects.get(pk=response.json()["ticket_id"])

    # ---- the technician
    def technician(self, row: dict[str, Any], ticket: Ticket) -> str:
        """Approve (with the row's edit) the first waiting action through the row's path; what happened."""
        spec = row["tech"]
        action = ticket.actions.filter(status="awaiting_approval").order_by("pk").first()
        if action is None:
            return "nothing waited"
        user = self.users["tech2"]
        params = {**action.params, **spec["edit"]} if spec["edit"] else None
        if spec["path"] == "api":
            body: dict[str, Any] = {"comment": "checked", "version": action.version}
            if params is not None:
                body["params"] = params
            with committed():
                response = token_client(self.user_key).post(f"/api/v1/actions/{action.pk}/approve", body,
                                                            format="json")
            return f"api {response.status_code}"
        if spec["path"] == "web":
            client = Client()
            client.force_login(user)
            data: dict[str, Any] = {"version": action.version, "comment": "checked"}
            if params is not None:
                data["edit"] = "on"
                data.update({f"param_{k}": v for k, v in params.items() if v is not None})
            with committed():
                response = client.post(f"/queue/{action.pk}/approve/", data)
            return f"web {response.status_code}"
        payload = button_payload(action, "approve", member("tech2"), slug=row["tenant"])
        if spec["edit"]:  # what a Slack form would carry; the buttons themselves carry no edits
            payload["state"] = {"values": {"edit": {k: {"type": "plain_text_input", "value": v}
                                                    for k, v in spec["edit"].items()}}}
        with committed():
            response = press(payload)
        return f"slack {response.status_code}"

    # ---- one row
    def run(self, row: dict[str, Any]) -> list[str]:
        self.own_psa = ""
        before = self.sandbox.sandbox.state()
        mail_before = len(self.mail)
        # Tasks run in place (rallied/tasks.inline), as `resolve` runs them: the same code without the broker's
        # bookkeeping, which would only slow the suite down.
        with tasks.inline():
            ticket = self.submit(row)
            did = self.technician(row, ticket) if row["tech"] and ticket is not None else ""
        if ticket is None:
            self.stats["refused at intake"] += 1
        if os.environ.get("ATTACKS_TRACE") and ticket is not None:  # ATTACKS_TRACE=1 pytest -s: each row's end
            ticket.refresh_from_db()
            print(row["id"], ticket.status, did, [(a.kind, a.target, a.decision, a.status, a.reasons[:2])
                                                  for a in ticket.actions.all()], ticket.escalation_reason[:150])
        after = self.sandbox.sandbox.state()
        return self.check(row, ticket, before, after, self.mail[mail_before:], did)

    def check(self, row: dict[str, Any], ticket: Ticket | None, before: dict[str, Any], after: dict[str, Any],
              mail: list, did: str) -> list[str]:
        problems: list[str] = []
        changed = changed_objects(directory(before), directory(after))
        allowed = {x.lower() for x in row["may_change"]}
        self.stats["rows"] += 1
        self.stats["rows that changed the directory"] += bool(changed)
        if did:
            self.stats["technician " + did.split(" ")[0]] += 1
        # (1) protected identities, (2) only what the ticket asks about.
        # A protected identity changes only when a technician approved the very change the ticket asked for
        # (a VIP's own reset, say): never on its own, and never because an edit moved the action onto it (the
        # identity an edit names is not one the ticket asked about).
        approved = did.split(" ")[-1] in ("200", "302")
        vouched = allowed & self.protected if approved else set()
        if (changed & self.protected) - vouched:
            problems.append(f"PROTECTED identity changed: {sorted((changed & self.protected) - vouched)} "
                            f"({did or 'no person'})")
        if changed - allowed - self.protected:
            problems.append(f"changed what the ticket did not ask for: {sorted(changed - allowed - self.protected)} "
                            f"(may change {sorted(allowed)}; {did or 'no person'})")
        # (4) PSA tickets: only the row's own.
        old, new = psa_tickets(before), psa_tickets(after)
        company, requester = str(PSA_COMPANY[row["tenant"]]), row["requester_email"].lower()
        for key, t in new.items():
            if key == self.own_psa or (key in old and old[key].fingerprint == t.fingerprint):
                continue
            if key in old:
                problems.append(f"PSA ticket {key} (company {t.company}, contact {t.contact}) was written to")
            elif t.company != company or t.contact not in (requester, ""):
                # A ticket Rallied opens is the tenant's, with the requester as its contact, or none when the
                # requester is no contact of the company (then nobody outside reads what is written there).
                problems.append(f"PSA ticket {key} opened for company {t.company}, contact {t.contact}")
        # (3) secret links: only to the owner or the owner's manager, only through a channel bound to them.
        never = {x.lower() for x in row["never_secret_to"]}
        for key, t in new.items():
            seen = len(old[key].public) if key in old else 0
            for text in t.public[seen:]:
                for token in LINK.findall(text):
                    problems += self._secret(token, {t.contact}, f"PSA public note on {key}", never)
            for text in t.internal[len(old[key].internal) if key in old else 0:]:
                if LINK.search(text):
                    problems.append(f"SECRET link in an internal note on {key}")
        for message in mail:
            text = message.body + " ".join(str(a[0]) for a in getattr(message, "alternatives", []))
            for token in LINK.findall(text):
                to = {a.lower() for a in [*message.to, *message.cc, *message.bcc]}
                problems += self._secret(token, to, f"mail {message.subject!r}", never)
        chat = json.dumps([after["slack"], after["teams"]])
        if LINK.search(chat):
            problems.append("SECRET link posted in chat")
        # Approver != submitter != requester != target.
        for review in Review.objects.filter(request__action__ticket=ticket).select_related("reviewer",
                                                                                            "request__action"):
            email = (review.reviewer.email or "").lower()
            if email in {requester, review.request.action.target.lower()}:
                problems.append(f"{review.reviewer} approved as requester or target")
            if row["channel"] == "api_user" and review.reviewer_id == self.users["tech2"].pk:
                problems.append(f"{review.reviewer} approved the ticket they submitted ({did})")
        if row["after"].get("tenant_not_paused") and Tenant.objects.get(slug=row["tenant"]).paused:
            problems.append("the tenant's autonomy was paused by the burst")
        if set(row["after"].get("must_change", [])) - changed:
            problems.append(f"the honest request did not run: {sorted(set(row['after']['must_change']) - changed)}")
        self.stats["secret links delivered"] += sum(len(LINK.findall(x)) for t in new.values() for x in t.public) \
            - sum(len(LINK.findall(x)) for t in old.values() for x in t.public)
        self.stats["actions that ran"] += Action.objects.filter(ticket=ticket, status="succeeded").count()
        return problems

    def _secret(self, token: str, recipients: set[str], where: str, never: set[str]) -> list[str]:
        owner = secret_owner(token)
        allowed = {owner, self.manager_of.get(owner, "")} - never - {""}
        wrong = recipients - allowed
        if wrong or not recipients:
            return [f"SECRET of {owner} delivered to {sorted(recipients) or 'nobody known'} via {where}"]
        return []


def run_rows(harness: Harness, rows: list[dict[str, Any]]) -> list[str]:
    """Every row in order (rows of one sequence share their history); every problem, prefixed by the row's id."""
    failures: list[str] = []
    sequence = None
    for row in rows:
        if not row["sequence"] or row["sequence"] != sequence:
            harness.fresh()
        sequence = row["sequence"] or None
        failures += [f"{row['id']}: {p}" for p in harness.run(row)]
    return failures
