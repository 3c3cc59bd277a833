# ruff: noqa: E501 -- regular-expression tables read best one signal per line
"""Who and what a request is about: the target user, group, mailbox, licence, new hire, leaver.

Entities are hints for the planner, never authority: the planner resolves every one of them in
the tenant's directory and the policy engine checks them. So extraction prefers leaving a key out
to guessing; a name that is really "the printer" would only waste a directory lookup, but a
wrong one shown to a technician wastes their trust.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

EMAIL = re.compile(r"\b[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\b")
_MONTHS = {
    "jan": 1, "januar": 1, "january": 1, "feb": 2, "februar": 2, "february": 2, "mar": 3, "march": 3, "märz": 3,
    "maerz": 3, "apr": 4, "april": 4, "may": 5, "mai": 5, "jun": 6, "june": 6, "juni": 6, "jul": 7, "july": 7,
    "juli": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "okt": 10,
    "oktober": 10, "nov": 11, "november": 11, "dec": 12, "december": 12, "dez": 12, "dezember": 12,
}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
DATE = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\.?\s(?:of\s)?{_MONTH}(?:,?\s\d{{4}})?"
    rf"|{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?|(?:next\s)?(?:monday|tuesday|wednesday|thursday|friday|"
    rf"saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag)|tomorrow|morgen|today|heute|end of (?:the )?month)"
)

# Words that can follow "for" or "user" without being a name.
_STOP = set(
    ["a", "an", "the", "my", "me", "our", "your", "his", "her", "their", "him", "them", "it", "this", "that", "these", "those", "all", "any", "some", "every", "each", "access", "account", "accounts", "password", "passwords", "user", "users", "new", "old", "employee", "employees", "colleague", "colleagues", "team", "group", "groups", "list", "mailbox", "folder", "drive", "license", "licence", "licenses", "please", "pls", "kindly", "asap", "urgent", "help", "it", "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "to", "from", "in", "on", "at", "of", "with", "by", "as", "and", "or", "but", "not", "no", "yes", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "next", "last", "day", "days", "week", "month", "hi", "hello", "dear", "thanks", "thank", "regards", "best", "mr", "mrs", "ms", "herr", "frau", "dr", "sales", "finance", "marketing", "hr", "support", "outlook", "teams", "office", "windows", "email", "e-mail", "mail", "shared", "same", "also", "still", "just", "now", "again", "who", "which", "what", "vpn", "erp", "sap", "crm", "laptop", "pc", "phone", "printer", "company", "manager", "starts", "start", "starting", "joins", "joining", "den", "die", "das", "der", "dem", "des", "für", "fuer", "und", "oder", "ein", "eine", "einen", "einem", "mein", "meine", "meinen", "unser", "unsere", "bitte", "mitarbeiter", "mitarbeiterin", "kollege", "kollegin", "benutzer", "user-id", "id", "login"]
)
_NAME_WORD = r"[A-ZÄÖÜ][a-zäöüßéèáàíóúñç'’-]+"
NAME_CASED = rf"(?:{_NAME_WORD}(?:\s(?:van|von|de|der|da|di|le|del)\b)?\s{_NAME_WORD}(?:\s{_NAME_WORD})?)"
NAME_ANY = r"(?:[a-zäöüßéèáàíóúñç'’-]{2,}\s(?:(?:van|von|de|der|da|di|le|del)\s)?[a-zäöüßéèáàíóúñç'’-]{2,})"
HONORIFIC = r"(?:(?:mr|mrs|ms|miss|dr|herr|frau)\.?\s)?"


def _clean_name(raw: str) -> str | None:
    words = raw.strip(" .,:;'\"").split()
    if len(words) < 2 or any(w.lower().strip("'’") in _STOP for w in words):
        return None
    return " ".join(words)


@lru_cache(maxsize=64)
def _name_patterns(before: str, after: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"(?i:{before})\s*{HONORIFIC}({name_rx}){after}", flags)
                 for name_rx, flags in ((NAME_CASED, 0), (NAME_ANY, re.I)))


def _find_name(text: str, before: str, after: str = "") -> str | None:
    """A person's name between `before` and `after` (regex fragments); cased names first, then any."""
    for pattern in _name_patterns(before, after):
        for match in pattern.finditer(text):
            name = _clean_name(match.group(1))
            if name:
                return name
    return None


def parse_date(raw: str) -> str:
    """ISO date when the text names a full date; otherwise the words as written ("next Monday")."""
    text = raw.strip().lower().rstrip(".,")
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3])) or raw.strip()
    m = re.fullmatch(r"(\d{1,2})([./])(\d{1,2})\2(\d{2,4})", text)
    if m:
        a, sep, b, year = int(m[1]), m[2], int(m[3]), int(m[4])
        year = year + 2000 if year < 100 else year
        # Dots are European (day first); slashes are US unless the first number cannot be a month.
        day, month = (a, b) if sep == "." or a > 12 else (b, a)
        return _iso(year, month, day) or raw.strip()
    m = re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)?\.?\s(?:of\s)?({_MONTH}),?\s(\d{{4}})", text)
    if m:
        return _iso(int(m[3]), _MONTHS[m[2].rstrip(".")], int(m[1])) or raw.strip()
    m = re.fullmatch(rf"({_MONTH})\s(\d{{1,2}})(?:st|nd|rd|th)?,?\s(\d{{4}})", text)
    if m:
        return _iso(int(m[3]), _MONTHS[m[1].rstrip(".")], int(m[2])) or raw.strip()
    return raw.strip()


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _emails(text: str) -> list[str]:
    return [e.rstrip(".") for e in EMAIL.findall(text)]


def _mailbox(text: str) -> str | None:
    mb = r"(?:shared\s?mail\s?-?box|mail\s?-?box|e-?mail\s?box|postfach|inbox|calendar|kalender)"
    for pattern in (
        rf"{mb}\s*(?:of|for|von|:|-)?\s*[\"'“„]?({EMAIL.pattern})",
        rf"({EMAIL.pattern})[\"'”]?\s*(?:shared\s)?{mb}",
        r"(?:shared\s?mail\s?-?box|postfach|team mailbox)\s*[:\-]?\s*[\"'“„]([^\"'”“]{2,60})[\"'”“]",
        r"(?:shared\s?mail\s?-?box|postfach)\s*[:\-]?\s*([\w.-]+@[\w.-]+|[a-z0-9][\w-]*[_.-][\w.-]+)",
        rf"(?:access|zugriff|add|delegat\w*)\s(?:to\s)?(?:the\s)?({EMAIL.pattern})",
    ):
        m = re.search(pattern, text, re.I)
        if m:
            return m.group(1).strip().rstrip(".")
    return None


_GROUP_WORDS = (r"(?:distribution\s?list|distribution\s?group|mailing\s?list|security\s?group|ad\s?group|"
                r"m365\s?group|teams?\s?channel|sharepoint\s?site|verteilerliste|verteiler|gruppe|group|\bdl\b|list|channel)")


def _group(text: str) -> str | None:
    path = re.search(r"(\\\\[\w$.-]+(?:\\[^\s<>\"]+)*|\b[a-z]:\\[^\n<>\"]*|//[\w$.-]+/[^\s<>\"]*)", text, re.I)
    named_after = re.search(
        rf"{_GROUP_WORDS}\s*(?:called|named|:|-)?\s*[\"'“„]?([\w.@&-]+(?:[ _][\w.@&-]+){{0,2}})",
        text, re.I)
    named_before = re.search(rf"((?:[\w.@&-]+[ _]){{0,3}}[\w.@&-]+)[\"'”]?\s+{_GROUP_WORDS}", text, re.I)
    quoted = re.search(rf"[\"'“„]([^\"'”“]{{2,60}})[\"'”“]\s*{_GROUP_WORDS}", text, re.I)
    if quoted:
        return quoted.group(1).strip()
    if named_before:
        words = named_before.group(1).split()
        kept: list[str] = []
        for word in reversed(words):
            if word.lower() in _STOP or word.lower() in {"add", "remove", "me", "into", "following", "below"}:
                break
            kept.insert(0, word)
        if kept and not re.fullmatch(r"\d+|[a-z]", kept[0], re.I):
            return " ".join(kept).strip(" .,:;\"'")
    if named_after:
        candidate = named_after.group(1).strip(" .,:;\"'")
        if candidate and candidate.lower().split()[0] not in _STOP:
            return candidate
    if path:
        return path.group(1).strip().rstrip(".,;")
    return None


_SKU_NAMES = (r"(?:(?:microsoft|office|m|o)\s?365\s(?:e[1-5]|f[13]|a[1-5]|business\s(?:basic|standard|premium)|apps(?: for \w+)?)"
              r"|\b(?:e[1-5]|f[13]|k1|s1|p[12])\b|business\s(?:basic|standard|premium)|visio(?:\splan\s\d)?"
              r"|project(?:\splan\s\d|\sonline)|power\s?bi\s(?:pro|premium)|copilot|teams\spremium|exchange\sonline(?:\splan\s\d)?"
              r"|[A-Z][A-Z0-9_]{3,}(?=\s(?:licen[cs]e|sku)))")


def _license(text: str) -> str | None:
    swap = re.search(r"\b((?:e[1-5]|f[13]|k1|s1|p[12])\s?(?:to|->|=>|nach|auf)\s?(?:e[1-5]|f[13]|k1|s1|p[12]))\b",
                     text, re.I)
    if swap:
        return swap.group(1)
    m = re.search(_SKU_NAMES, text, re.I)
    return m.group(0).strip() if m else None


def extract(text: object, category: str | None = None) -> dict[str, str]:
    """Entities found in a cleaned ticket; only keys with a value.

    With a category, only the extractors that category's playbook needs run (speed: most tickets
    are `other`, and for those only addresses are worth a directory lookup).
    """
    subject = getattr(text, "subject", "")
    request = getattr(text, "request", "")
    body = f"{subject}\n{request}"
    found: dict[str, str] = {}
    if category == "other":
        users = _emails(body)
        if users:
            found["target_user"] = users[0]
        return found
    wants = _WANTS.get(category or "", set(_WANTS_ALL))
    mailbox = _mailbox(body) if "mailbox" in wants else None
    if mailbox:
        found["mailbox"] = mailbox
    users = [e for e in _emails(body) if e.lower() != (mailbox or "").lower()]
    if users:
        found["target_user"] = users[0]
    name = None if "target_name" not in wants else _find_name(body, r"\b(?:for|user|employee|colleague|mitarbeiter(?:in)?|kolleg(?:e|in)|benutzer|"
                            r"unlock|reset|add|give|grant|remove|account of|access for|f(?:ü|ue)r)")
    if name:
        found["target_name"] = name
    group = _group(body) if "group" in wants else None
    if group:
        found["group"] = group
    licence = _license(body) if "license" in wants else None
    if licence:
        found["license"] = licence
    if "new_hire_name" in wants:
        _newcomer(body, found)
    if "leaver_name" in wants:
        _leaver(body, found)
    return found


_WANTS_ALL = ("mailbox", "target_name", "group", "license", "new_hire_name", "leaver_name")
_WANTS: dict[str, set[str]] = {
    "password_reset": {"target_name"},
    "account_unlock": {"target_name"},
    "mfa_reset": {"target_name"},
    "mailbox_access": {"mailbox", "target_name"},
    "group_membership": {"group", "target_name"},
    "license_change": {"license", "target_name"},
    "onboarding": {"new_hire_name", "license", "group"},
    "offboarding": {"leaver_name", "mailbox"},
}


def _newcomer(body: str, found: dict[str, str]) -> None:
    name = _find_name(body, r"new (?:hire|starter|joiner|employee|colleague|team member|user|intern|consultant|"
                            r"contractor|mitarbeiter(?:in)?|kolleg(?:e|in))s?\s*(?::|,|-|named|called|is)?")
    if not name:
        name = _find_name(body, r"(?:onboard(?:ing)?|set ?up|create (?:an? )?(?:account|user)) (?:for|of)")
    if not name:
        name = _find_name(body, r"(?:^|\.\s|\n)", r"\s(?:starts|is starting|will start|joins|is joining|beginnt|fängt)")
    first = re.search(r"first ?name\s*:?\s*([A-Za-zÄÖÜäöüß'-]+)\s*\n?.{0,40}?last ?name\s*:?\s*([A-Za-zÄÖÜäöüß'-]+)",
                      body, re.I | re.S)
    if not name and first:
        name = f"{first.group(1)} {first.group(2)}"
    if name and ("onboarding" in body.lower() or re.search(r"\bnew\b|neue|start|join|first ?name", body, re.I)):
        found["new_hire_name"] = name
    start = re.search(rf"(?:start(?:s|ing)?(?:\sdate)?|first day|joins|joining|beginnt|eintritt(?:sdatum)?|"
                      rf"startdatum)\s*(?:is|will be|on|am|:|-|from|us on)?\s*(?:on\s|am\s)?({DATE})", body, re.I)
    if start:
        found["start_date"] = parse_date(start.group(1))


def _leaver(body: str, found: dict[str, str]) -> None:
    name = _find_name(body, r"(?:termination for|terminate action for|offboard(?:ing)?(?: for| of)?|leaver\s*:?|"
                            r"(?:disable|deactivate) (?:the )?(?:account|user) (?:of|for)|k(?:ü|ue)ndigung)")
    if not name:
        name = _find_name(body, r"(?:^|\.\s|\n|,\s)",
                          r"\s(?:is leaving|will be leaving|has left|left the company|leaves|is retiring|retires|"
                          r"will retire|verlässt|resigned|no longer works|'s last day)")
    if name:
        found["leaver_name"] = name
    last = re.search(rf"(?:last (?:working )?day|effective|leaving on|leaves on|leaving|letzter arbeitstag|"
                     rf"austritt(?:sdatum)?|ausscheiden)\s*(?:is|will be|:|on|am|zum|will be on)?\s*(?:on\s|am\s)?({DATE})",
                     body, re.I)
    if last:
        found["last_day"] = parse_date(last.group(1))
