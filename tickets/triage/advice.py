"""The triage note for tickets Rallied hands to a human: one-line summary, likely area, first checks.

A technician opening an escalated ticket should not have to start from zero: the note says what
the ticket is about and what to look at first. The areas are deliberately coarse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class AreaInfo:
    area: str
    summary: str
    first_checks: list[str]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)  # matched on lower-cased text only; IGNORECASE would just cost time


# Checked in order: the first match wins, so the more specific areas come first.
AREAS: list[tuple[str, re.Pattern[str], list[str]]] = [
    (
        "security",
        _rx(r"phish|spam|suspicious|virus|malware|ransom|hacked|compromised|scam|betrug"),
        [
            "Do not click links; get the original message with headers",
            "Check whether anyone entered credentials",
            "Search the tenant for the same sender and block it",
        ],
    ),
    (
        "monitoring",
        _rx(
            r"job .{0,40}failed|abended|space consumed|near capacity|% (?:utilized|used)|"
            r"process count|\bcpu\b|disk (?:full|space)|filesystem|backup (?:failed|error)"
        ),
        [
            "Open the alert source and confirm it is still firing",
            "Check recent changes on the host or job",
            "Compare with the job's or volume's normal baseline",
        ],
    ),
    (
        "printer",
        _rx(r"print|drucker|toner|paper (?:jam|stuck)|scanner|\bscan\b|zebra|plotter"),
        [
            "Is the printer online and reachable (ping, web page)?",
            "Is the print queue stuck or the driver outdated?",
            "Does another user on the same printer have the problem?",
        ],
    ),
    (
        "network",
        _rx(
            r"\bvpn\b|wi-?fi|wlan|wireless|network|netzwerk|internet|\blan\b|router|switch|circuit|"
            r"outage|dns|proxy|firewall|bandwidth|connection (?:drops|lost)|verbindung"
        ),
        [
            "Is it one user, one site or everyone (check the status page and monitoring)?",
            "Check the client's connection: IP, DNS, VPN client version",
            "Look for a recent change or an ISP outage",
        ],
    ),
    (
        "telephony",
        _rx(r"\bcalls?\b|telephon|softphone|voicemail|extension|headset|audio|\bphone (?:system|line)"),
        [
            "Is the handset or softphone registered?",
            "Check the user's line and call routing",
            "Test an inbound and an outbound call",
        ],
    ),
    (
        "mobile",
        _rx(r"iphone|android|ipad|smart ?phone|mobile (?:device|phone)|handy|activesync|intune|\bmdm\b"),
        [
            "Is the device enrolled and compliant in MDM?",
            "Check the mail profile / ActiveSync partnership",
            "Confirm the OS version is supported",
        ],
    ),
    (
        "hardware",
        _rx(
            r"laptop|notebook|\bpc\b|computer|desktop|monitor|screen|display|mouse|maus|keyboard|"
            r"tastatur|docking|battery|akku|charger|usb|webcam|hardware|defekt|kaputt|broken"
        ),
        [
            "Note the asset tag and warranty status",
            "Try a restart, another cable/port or a spare",
            "Check whether a replacement or a repair ticket is needed",
        ],
    ),
    (
        "email",
        _rx(r"outlook|e-?mail|mails?\b|exchange|inbox|calendar|meeting|kalender"),
        [
            "Does Outlook on the web work (client vs service problem)?",
            "Check the mailbox status and size",
            "Try a new Outlook profile or restart in safe mode",
        ],
    ),
    (
        "business_app_access",
        _rx(
            r"\berp\b|\bsap\b|\bcrm\b|hr_tool|portal|\bess\b|tool\b|_tool|application|"
            r"\bapp\b|role|transaction|sid_\d+|bobj|reporting"
        ),
        [
            "Which application and which role or transaction is affected?",
            "Check the user's role assignment with the application owner",
            "Capture the exact error message",
        ],
    ),
    (
        "account",
        _rx(r"log ?in|log ?on|sign ?in|anmeld|account|konto|password|passwort|expired|abgelaufen"),
        [
            "Check the account state in the directory (enabled, expired, locked)",
            "Check recent sign-in logs",
            "Confirm who the user is before changing anything",
        ],
    ),
    (
        "software",
        _rx(
            r"install|update|upgrade|office|excel|word|teams|skype|browser|java|flash|software|"
            r"crash|error|fehler|not (?:opening|responding|launching)"
        ),
        [
            "Which application and version; can the error be reproduced?",
            "Check for pending updates or recent installs",
            "Try a repair or reinstall if the error persists",
        ],
    ),
]
GENERAL = [
    "Read the ticket and contact the requester for details",
    "Check the user's recent tickets for context",
    "Route to the right queue",
]

_PROBLEM = _rx(
    r"(?:printer|drucker|vpn|wi-?fi|wlan|internet|laptop|monitor|screen|mouse|keyboard|docking|headset|"
    r"computer|\bpc\b|outlook|teams|excel|phone|scanner|toner|network)\b.{0,50}"
    r"(?:not working|broken|won'?t|doesn'?t|does not|jam|jammed|slow|error|defekt|kaputt|crash\w*|keeps|"
    r"not printing|not connecting|not turning|dead|flicker\w*|cracked|no signal|offline|down\b)"
)
_IDENTITY_WORDS = _rx(
    r"pass|pw\b|unlock|locked|mfa|authenticator|mailbox|postfach|group|gruppe|licen|lizenz|access|zugriff|"
    r"account|konto|new (?:hire|joiner|starter|employee)|leav|terminat|folder|ordner|drive|\bdl\b"
)


def describe(text: object) -> AreaInfo:
    """Area, a one-line summary and first checks for a ticket Rallied will not act on."""
    subject = getattr(text, "subject", "")
    request = getattr(text, "request", "")
    haystack = f"{subject}\n{request}".lower()
    for area, pattern, checks in AREAS:
        if pattern.search(haystack):
            return AreaInfo(area, _summary(subject, request, area), checks)
    return AreaInfo("general", _summary(subject, request, "general"), GENERAL)


def _summary(subject: str, request: str, area: str) -> str:
    """One line: the subject if it says something, else the first sentence of the request."""
    line = subject.strip()
    if len(line) < 12:
        first = re.split(r"(?<=[.!?])\s|\n", request.strip(), maxsplit=1)[0] if request.strip() else ""
        line = first if len(first) > len(line) else line
    line = re.sub(r"\s+", " ", line).strip(" -:;,") or "empty ticket"
    if len(line) > 140:
        line = line[:137].rstrip() + "..."
    return f"[{area}] {line}"


def problem_outside_identity(request_lower: str, category: str) -> str | None:
    """A sentence reporting a device or service fault that has nothing to do with the identity request."""
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", request_lower):
        if not sentence or _IDENTITY_WORDS.search(sentence):
            continue
        match = _PROBLEM.search(sentence)
        if match:
            return match.group(0).split()[0]
    return None


_ACTION_TEXT = {
    "password_reset": "Password reset",
    "account_unlock": "Account unlock",
    "mfa_reset": "MFA re-enrolment",
    "mailbox_access": "Mailbox access",
    "group_membership": "Group / list / folder membership",
    "license_change": "Licence change",
    "onboarding": "Onboarding",
    "offboarding": "Offboarding",
    "session_revoke": "Sign-out of all sessions",
}
_SUMMARY_KEYS = (
    "target_user",
    "target_name",
    "new_hire_name",
    "leaver_name",
    "mailbox",
    "group",
    "license",
    "start_date",
    "last_day",
    "forward_to",
)


def action_summary(category: str, found: dict[str, str]) -> str:
    details = ", ".join(f"{k}={found[k]}" for k in _SUMMARY_KEYS if k in found)
    head = _ACTION_TEXT.get(category, category)
    return f"{head} request" + (f" ({details})" if details else "")


def area_for(category: str) -> str:
    if category in ("mailbox_access",):
        return "email"
    if category in ("license_change",):
        return "licensing"
    return "account"
