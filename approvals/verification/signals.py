"""Risk signals read from a ticket's text and addresses: they send an action to a human, they never prove anything.

Pure functions (no database, no network), so each signal is tested with plain strings. What counts as
proof lives in `proof.py`; this module only says what looks wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from tickets.triage.hidden import aimed_at_system, normalise

PRESSURE = re.compile(
    r"\b(asap|immediately|right now|right away|emergency|urgent(ly)?|within (the next )?\d+ ?min|"
    r"do(n'?t| not) (tell|call|loop in|inform)|keep (this|it) (quiet|confidential|between us)|"
    r"i'?m (the|your) (ceo|cfo|boss)|before (the|my) (board|flight|meeting|audit)|"
    r"or (i|you) (will|'ll) (be fired|lose)|no time to (verify|explain))",
    re.I,
)
# Offering personal facts as identity proof is the social engineer's opening move; it is never proof.
PERSONAL_DATA = re.compile(
    r"\b(date of birth|dob|birthday|social security|ssn|last (4|four) (digits|of)|employee (id|number)|"
    r"mother'?s maiden name|home address|badge number)\b",
    re.I,
)
LOST_DEVICE = re.compile(
    r"\b(lost|new|replaced|replacement|stolen|broke|broken|smashed|changed|switched|upgraded|wiped|dead)\b"
    r"[\w\s',-]{0,25}?\b(phones?|mobiles?|cell|iphone|android|handset|device)\b|"
    r"\b(phones?|mobile|iphone|android|handset|device)\b[\w\s',-]{0,25}?\b(lost|stolen|broke|broken|died|dead|"
    r"wiped|fell|dropped|replaced|factory reset)\b|"
    r"\bno longer (have|has) (access to )?(my|the|her|his) (phone|mobile|authenticator|device)\b",
    re.I,
)
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
REPLY_TO = re.compile(r"^\s*>?\s*reply-to\s*:\s*(.*)$", re.I | re.M)
DELIVERY = re.compile(
    r"\b(send|sent|forward|email|e-mail|mail|text|reply|deliver|give)\b[^.\n]{0,60}?(" + EMAIL.pattern + ")", re.I
)

# Characters people use to imitate others in a domain: digits for letters, letter pairs for letters,
# and the Cyrillic/Greek look-alikes of Latin letters.
_HOMOGLYPHS = {
    "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "|": "l", "$": "s",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ԁ": "d",
    "ɡ": "g", "ո": "n", "ѕ": "s", "ο": "o", "ν": "v", "ρ": "p", "τ": "t", "κ": "k", "ι": "i",
}
_PAIRS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("nn", "m"))


def domain_of(email: str) -> str:
    return email.rsplit("@", 1)[-1].strip().lower() if "@" in email else ""


def skeleton(domain: str) -> str:
    """The domain as it looks: accents dropped, homoglyphs and look-alike letter pairs folded, i and l merged."""
    folded = unicodedata.normalize("NFKD", domain.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = "".join(_HOMOGLYPHS.get(c, c) for c in folded)
    for pair, letter in _PAIRS:
        folded = folded.replace(pair, letter)
    return folded.replace("i", "l")


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment): swapped neighbours count as one edit."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def lookalike_of(domain: str, verified: Iterable[str]) -> str:
    """The verified domain that `domain` imitates, or '' (an exact verified domain is not a look-alike)."""
    domain = domain.strip().lower().rstrip(".")
    verified = [v.strip().lower() for v in verified if v.strip()]
    if not domain or domain in verified:
        return ""
    tokens = set(re.split(r"[.\-_]", domain))
    for real in verified:
        name = real.split(".")[0]
        if skeleton(domain) == skeleton(real):
            return real  # homoglyphs: c0ntoso.example, contоso.example (Cyrillic о), northwlnd...
        if len(real) >= 6 and edit_distance(domain, real) <= 2:
            return real  # typosquats: contosso.example, cotnoso.example, contoso.exmaple
        if len(name) >= 4 and (name in tokens or skeleton(name) in {skeleton(t) for t in tokens}):
            return real  # the real name inside another domain: contoso-support.example, contoso.example.co
        if len(name) >= 5 and skeleton(name) in skeleton(domain):
            return real  # glued on: contosohelpdesk.example, mycontoso.example
    return ""


def _name_tokens(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return sorted(t for t in re.split(r"[^a-z]+", folded) if t)


def display_name_mismatch(given: str, known: str) -> bool:
    """"Vance, Adele" and "Adele Vance" are the same person; "Lynne Robbins" on Adele's address is not."""
    given_tokens, known_tokens = _name_tokens(given), _name_tokens(known)
    return bool(given_tokens and known_tokens and given_tokens != known_tokens)


def text_signals(subject: str, body: str) -> list[str]:
    """Signals in what the requester wrote: text aimed at the system, pressure, personal data offered as proof."""
    # Invisible characters and look-alike letters hide pressure as well as instructions: read the text as it reads.
    text = normalise(f"{subject}\n{body}")
    signals = []
    hiding = aimed_at_system(subject, body)
    if hiding:
        signals.append(f"the ticket contains text addressed to the system ({'; '.join(hiding)})")
    if PRESSURE.search(text):
        signals.append("urgency or secrecy pressure in the request")
    if PERSONAL_DATA.search(text):
        signals.append("personal data offered as proof of identity (never accepted as proof)")
    return signals


def address_signals(*, subject: str, body: str, requester_email: str, verified: Iterable[str]) -> list[str]:
    """Signals in the addresses a ticket carries: a different Reply-To, delivery elsewhere, look-alike domains."""
    verified = [v.lower() for v in verified]
    requester_email = requester_email.lower()
    signals = []
    for line in REPLY_TO.findall(body):
        found = EMAIL.search(line)
        if found and found.group(0).lower() != requester_email:
            signals.append(f"reply-to address {found.group(0).lower()} differs from the sender")
            break
    text = REPLY_TO.sub("", f"{subject}\n{body}")  # a Reply-To header is not a request to deliver there
    for match in DELIVERY.finditer(text):
        address = match.group(2).lower()
        if domain_of(address) not in verified:
            signals.append(f"asks for delivery to {address}, outside the tenant's domains")
            break
    for address in sorted({a.lower() for a in EMAIL.findall(f"{subject}\n{body}")}):
        real = lookalike_of(domain_of(address), verified)
        if real:
            signals.append(f"mentions {address}, a look-alike of {real}")
            break
    return signals


def says_device_lost(subject: str, body: str) -> bool:
    """The ticket says the phone (or authenticator device) is lost, new, replaced or broken."""
    return bool(LOST_DEVICE.search(f"{subject}\n{body}"))
