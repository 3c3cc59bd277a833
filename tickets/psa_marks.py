"""The mark Rallied puts on each PSA ticket it opens, so the ticket is recognised as Rallied's own.

A worker killed between the PSA's "created" answer and the commit that stores the id would leave a PSA ticket
nobody knows: a retry opened a second one, and the PSA poll took the first in as a new request and ran its action
again. So the summary of each ticket Rallied opens ends with `(rallied-<ticket id>-<digest>)`: before opening one,
tickets/psa.ensure_psa_ticket looks for its mark in the PSA and links the ticket it finds; and intake
(tickets/intake.py) links a marked ticket to its Rallied ticket instead of taking it in.

The digest is a keyed hash of the ticket id (Django's salted_hmac over SECRET_KEY): anyone can type a mark into a
PSA ticket's summary, but only a mark that Rallied made names a Rallied ticket. A mark that does not verify is
ordinary text, and the ticket carrying it is taken in like any other.
"""

from __future__ import annotations

import re

from django.utils.crypto import constant_time_compare, salted_hmac

_SALT = "rallied.tickets.psa_marks"
_MARK = re.compile(r"\brallied-([1-9][0-9]{0,17})-([0-9a-f]{12})\b")


def mark_of(ticket_id: int) -> str:
    """The mark of the PSA ticket Rallied opens for its ticket `ticket_id` (the same every time it is asked)."""
    return f"rallied-{int(ticket_id)}-{_digest(int(ticket_id))}"


def marked_ticket_id(text: str) -> int | None:
    """The Rallied ticket whose mark `text` carries (a PSA ticket's summary), or None."""
    for found in _MARK.finditer(text or ""):
        ticket_id = int(found.group(1))
        if constant_time_compare(found.group(2), _digest(ticket_id)):
            return ticket_id
    return None


def _digest(ticket_id: int) -> str:
    return salted_hmac(_SALT, str(ticket_id), algorithm="sha256").hexdigest()[:12]
