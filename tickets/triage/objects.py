# ruff: noqa: E501 -- regular-expression tables read best one signal per line
"""What the object of a ticket's words is: a person's mail or a mailbox, an application's session or the identity's,
a record locked by a user or an account locked, an account to create or one that exists, a thing about onboarding or a
newcomer. Signals and vetoes in the form of tickets/triage/patterns.py, kept apart so that module stays readable.

Each was found on tickets their authors wrote unseen (tests/data/triage_holdout14.jsonl, developed on, and
triage_holdout15.jsonl, checked on): each must be true of tickets neither set holds.
"""

from __future__ import annotations

from tickets.triage.already_done import ALREADY_DONE_VETOES
from tickets.triage.another_kind import ANOTHER_KIND_VETOES
from tickets.triage.devices_and_notices import (
    DEVICE_AND_NOTICE_GATES,
    DEVICE_AND_NOTICE_SIGNALS,
    DEVICE_AND_NOTICE_VETOES,
)
from tickets.triage.disclaimed import DISCLAIMED_VETOES
from tickets.triage.italian_and_polish import ITALIAN_AND_POLISH_GATES, ITALIAN_AND_POLISH_SIGNALS
from tickets.triage.not_asked import NOT_ASKED_VETOES
from tickets.triage.not_the_account import NOT_THE_ACCOUNT_VETOES
from tickets.triage.other_senses import OTHER_SENSE_VETOES
from tickets.triage.patterns import Signal, Veto, rx
from tickets.triage.process_records import PROCESS_RECORD_VETOES
from tickets.triage.said_briefly import SAID_BRIEFLY_GATES, SAID_BRIEFLY_SIGNALS
from tickets.triage.stays_or_goes import STAYS_OR_GOES_GATES, STAYS_OR_GOES_SIGNALS, STAYS_OR_GOES_VETOES
from tickets.triage.workplaces_left import WORKPLACE_SIGNALS

# Someone other than the writer, by pronoun or by a name with "Mr"/"Frau" or a user name with a dot.
_SOMEONE = r"(?:his|her|their|seine[mn]?|ihre[mn]?|(?:mr|mrs|ms|herr|herrn|frau)\.?\s[a-zà-ÿ]+|[a-z]+\.[a-z]+)"
_MAILS = r"(?:old\s|incoming\s|new\s|alte[nr]?\s)?e?-?mails?\b"

# Gates (patterns.GATE_PATTERNS) for the signals below whose category's words may be absent: someone else's mail
# asked for without "mailbox" ("forward his mails to me").
OBJECT_GATES: dict[str, str] = {
    "mailbox_access": r"\b(?:his|her|their|seine[mn]?|ihre[mn]?)\s(?:\S+\s)?e?-?mails?\b|\be?-?mails?\sof\s",
    "group_membership": f"{STAYS_OR_GOES_GATES['group_membership']}|{ITALIAN_AND_POLISH_GATES['group_membership']}",
    "account_unlock": ITALIAN_AND_POLISH_GATES["account_unlock"],
    "password_reset": ITALIAN_AND_POLISH_GATES["password_reset"],
    "offboarding": f"{SAID_BRIEFLY_GATES['offboarding']}|{DEVICE_AND_NOTICE_GATES['offboarding']}",
}

OBJECT_SIGNALS: list[Signal] = [
    # "give me access to her mails", "forward his mails to me", "the mails of Mr Hoffmann forwarded to me": someone
    # else's mail for the writer to read or to receive is their mailbox asked for without the word (a leaver's too:
    # the dataset convention files a leaver's mailbox, its forwarding and its auto-reply under mailbox_access). Mail
    # sent on to someone else ("forward his mail to his manager") is a step of an offboarding, not this.
    Signal("mailbox_access", "someone else's mail for the writer", rx(
        rf"\b(?:give|grant|get|let)\s(?:me|us)\s(?:\S+\s)?access\s(?:to|on)\s(?:all\s)?(?:of\s)?{_SOMEONE}(?:'s)?\s{_MAILS}"
        rf"|\b(?:i|we)\s(?:need|want|would like)\s(?:\S+\s)?access\s(?:to|on)\s(?:all\s)?(?:of\s)?{_SOMEONE}(?:'s)?\s{_MAILS}"
        rf"|\b(?:forward|redirect)\w*\s(?:all\s)?(?:of\s)?{_SOMEONE}(?:'s)?\s{_MAILS}\s(?:\S+\s){{0,2}}?to\s(?:me|us)\b"
        rf"|\b(?:e-?mails?|mails?)\sof\s{_SOMEONE}\b[^.!?\n]{{0,80}}\b(?:to me|to us|for me|give me access|me access)\b"
        rf"|\b{_SOMEONE}\s{_MAILS}\s(?:\S+\s){{0,2}}?an mich\b"), 1.8),
    *STAYS_OR_GOES_SIGNALS,
    *ITALIAN_AND_POLISH_SIGNALS,
    *SAID_BRIEFLY_SIGNALS,
    *WORKPLACE_SIGNALS,
    *DEVICE_AND_NOTICE_SIGNALS,
]

OBJECT_VETOES: list[Veto] = [
    # "error posting: material 100234 is locked by user gzkdwpqa": a record a user holds open (an edit lock), not an
    # account locked out; the user named is the one holding it.
    Veto("account_unlock", rx(r"\blocked by (?:the |a |an )?(?:user|another|other|colleague|[a-z]+\.[a-z]+\b|[a-z]+_[a-z0-9]+\b)"), 3.0),
    # "my erp session hung and it says I am already logged on": one application's stale session, not the identity's
    # sign-ins to revoke everywhere.
    Veto("session_revoke", rx(r"\bsession\s(?:\S+\s)?(?:hung|hangs|hanging|is stuck|stuck|froze|frozen|freezes)|\b(?:i am|i'm|am|is|says|shows as) already logged (?:on|in)\b|\bh(?:ä|ae)ngende sitzung|\bsitzung (?:\S+ )?h(?:ä|ae)ngt"), 3.0),
    # "new sales rep needs a CRM role, user already exists": an account that exists is not one to create; what is
    # asked is a right on it.
    Veto("onboarding", rx(r"\b(?:user|account|login|konto|benutzer)\s(?:\S+\s)?(?:already exists|exists already|is already (?:there|created|set up)|bereits (?:vorhanden|angelegt)|existiert (?:bereits|schon))|\balready (?:has|have|got) (?:an? |the |his |her )?(?:user |ad )?(?:account|login)\b"), 3.0),
    # "the link to the onboarding training video gives 404": a thing about onboarding (a course, a page, a form) is
    # the object, not a newcomer; this takes back what the word alone earned (patterns.py's "onboarding", 2.0).
    Veto("onboarding", rx(r"\bonboarding\s(?:training|video|course|portal|checklist|document|form|page|link|presentation|survey|material|module|programme|program|session|wiki|slides?|e-?learning)s?\b"), 2.0),
    # What is locked, whose system it is, who grants it (not_the_account.py); who stays and who goes (stays_or_goes.py);
    # a group, list or mailbox named without a membership asked (not_asked.py); what the writer says they are not
    # asking (disclaimed.py); a category's own records and process (process_records.py).
    *NOT_THE_ACCOUNT_VETOES,
    *NOT_ASKED_VETOES,
    *DISCLAIMED_VETOES,
    *PROCESS_RECORD_VETOES,
    *STAYS_OR_GOES_VETOES,
    # What is done already or withdrawn (already_done.py); a category's word in another sense (other_senses.py).
    *ALREADY_DONE_VETOES,
    *OTHER_SENSE_VETOES,
    # A licence, a lock, an account, a group or a password of another kind than the directory's (another_kind.py).
    *ANOTHER_KIND_VETOES,
    # A device's lock, a notice for the record (devices_and_notices.py).
    *DEVICE_AND_NOTICE_VETOES,
]
