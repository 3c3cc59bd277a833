"""A newcomer given a right on a mailbox that already exists: the grant is the request, not an onboarding.

"Full access and send as on dispatch@ for the new planner, she starts tonight", "Vollzugriff auf das Postfach
einkauf@ für den neuen Kollegen ab 1.4.": a start date and the word "new" make settling.settle read an onboarding, but
nothing in such a ticket asks for an account. The writer names one Exchange right (full access, send as, send on
behalf) on one mailbox, and whoever creates the newcomer's account is not the one asked. The mailbox grant is the
help desk's action. Where an account, a login or an e-mail address is asked for too, the onboarding still leads (the
"create account" and "account for newbie" signals decide that in settling.settle).
"""

from __future__ import annotations

from tickets.triage.intent_words import FULL_ACCESS, SEND_AS, SEND_ON_BEHALF


def names_a_mailbox_right(lower_request: str) -> bool:
    """Whether the request names an Exchange right by its name, in the five languages (intent_words)."""
    return any(right.search(lower_request) for right in (FULL_ACCESS, SEND_AS, SEND_ON_BEHALF))
