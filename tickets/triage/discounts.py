"""What a ticket only seems to ask for: a fault report, a symptom, a vendor's alert.

The scores in rules.py count a category's words wherever they stand; these discounts take back the points a ticket
earned by naming a mailbox, a list, a product or a sign-in while it reports a problem with it, because granting
something that already exists (or resetting on the strength of an alert's wording) is an action nobody asked for.
"""

from __future__ import annotations

import re

from tickets.triage.intent_words import REVOKE_SESSIONS
from tickets.triage.intents import find_intents
from tickets.triage.patterns import (
    ALERT_TEXT,
    FAULT,
    GRANT,
    LICENSE_WORD,
    REQUEST,
    SYMPTOM_NEAR_LIST,
    SYMPTOM_NEAR_MAILBOX,
    SYMPTOM_NEAR_SKU,
)
from tickets.triage.text import CleanText

# The requester's own sign-in: what a vendor's forwarded alert about a blocked sign-in seems to ask for.
SELF_SERVICE = ("password_reset", "account_unlock", "mfa_reset", "session_revoke")


def discount_faults_and_alerts(text: CleanText, scores: dict[str, float]) -> None:
    """Lower the categories a fault report or a forwarded alert only seems to ask for (in place)."""
    asked = f"{text.lower_subject}\n{text.lower_request}"
    if scores["group_membership"] > 0 or scores["mailbox_access"] > 0:
        if FAULT.search(asked) and not REQUEST.search(asked):
            # A fault report that mentions a drive or mailbox is a problem to diagnose, not a grant to make.
            for category in ("group_membership", "mailbox_access"):
                scores[category] -= 1.0
        if SYMPTOM_NEAR_MAILBOX.search(asked) and not GRANT.search(asked):
            # "The shared mailbox is not syncing": the mailbox is there and misbehaves; nobody asked for a right.
            for category in ("group_membership", "mailbox_access"):
                scores[category] -= 2.5
    if scores["group_membership"] > 0 and SYMPTOM_NEAR_LIST.search(asked) and not REQUEST.search(asked):
        # "Not receiving the mails sent to the DL" with nothing asked: maybe a membership, maybe mail flow.
        scores["group_membership"] -= 2.5
    if scores["license_change"] > 0 and SYMPTOM_NEAR_SKU.search(asked) and not LICENSE_WORD.search(asked):
        # "Visio crashes when I open the plan": a product named in a fault report is not a licence to assign.
        scores["license_change"] -= 2.0
    if (any(scores.get(c, 0.0) > 0 for c in SELF_SERVICE) and ALERT_TEXT.search(text.lower_all)
            and not _asks_for_a_named_colleague(text)):
        # A vendor's alert about a blocked or unusual sign-in (usually forwarded as it came) is a possible
        # compromise for a person to read: never an autonomous reset or unlock on the strength of its wording.
        for category in SELF_SERVICE:
            if category in scores and not (category == "session_revoke" and _asks_for_a_sign_out(text)):
                scores[category] -= 3.0


def _asks_for_a_sign_out(text: CleanText) -> bool:
    """'Got an alert about a sign-in from abroad, that wasn't me: please revoke all my sessions': the requester asks
    for the sign-out in their own words. Signing an account out does no harm even if the alert was a lure (unlike a
    reset, whose new password goes somewhere), so their request stands; an alert's 'review your sessions' speaks to
    'you' and keeps the discount."""
    request = text.lower_request
    if _YOUR.search(request) or _YOUR_FORMAL.search(text.request) or not REQUEST.search(request):
        return False
    return bool(REVOKE_SESSIONS.search(request))


def _asks_for_a_named_colleague(text: CleanText) -> bool:
    """'Priya Shah clicked a phishing link. Please sign her out everywhere and reset her password': a colleague's
    report that names the person and asks for the sign-out or reset in so many words. A vendor's alert ('if this
    wasn't you, reset your password') names no one, and the writer's own 'I clicked a phishing link' stays with a
    person too: both keep the discount."""
    request = text.lower_request
    if _YOUR.search(request) or _YOUR_FORMAL.search(text.request) or not REQUEST.search(request):
        return False
    return any(i.kind in _ALERT_KINDS and i.target_name for i in find_intents(text))


_ALERT_KINDS = ("reset_password", "revoke_sessions", "unlock_account", "reset_mfa")
# An alert speaks to the account's owner ("your account", "Ihr Konto", "votre compte", "su cuenta", "uw account").
_YOUR = re.compile(r"\b(?:your|yours|dein\w*|votre|vos|tu cuenta|su cuenta|uw|jouw)\b")
# German "Ihr Konto" is an alert's "your account" only with its capital: "ihr Passwort" is a colleague's ("her").
_YOUR_FORMAL = re.compile(r"\bIhr(?:e|en)? (?:Konto|Passwort|Kennwort|Anmeld\w*)")
