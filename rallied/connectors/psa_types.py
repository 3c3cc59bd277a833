"""What a PSA connector hands to intake: a verified webhook event and a ticket in one vendor-neutral shape.

Each PSA connector (ConnectWise, Autotask, HaloPSA) implements the same two intake methods:

- `webhook_event(headers, raw_body) -> WebhookEvent | None`: verify the vendor's signature or shared
  secret on the raw bytes (a `ConnectorError` with status 401 when it does not match) and say which
  ticket the webhook is about; None for a verified event intake has nothing to do with (a deletion,
  a note webhook). A webhook is a doorbell: intake re-reads the ticket through the API.
- `poll_new_tickets(since) -> list[PsaTicket]`: the tickets in the vendor's "new" status for the
  connection's company with an id above the watermark `since`, oldest first, every page read.

plus `fetch_ticket(ticket_id) -> PsaTicket`, the authoritative read a webhook leads to, and for what happens to
a ticket afterwards (tickets/updates.py):

- `fetch_entries(ticket) -> list[PsaEntry]`: the ticket's notes (CW), TicketNotes (Autotask) or actions (Halo),
  oldest first, each with who wrote it: the ticket's contact, a person of the MSP, or this integration itself.
- `reopen_ticket(ticket_id)`: back to the vendor's "new" status, when a requester says the fix did not hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class WebhookEvent:
    """A webhook whose signature checked out: which ticket it rings for, and what happened to it."""

    vendor: str
    ticket_id: str
    action: str = ""  # "added" / "created" / "updated" ... as the vendor names it, lower-cased


@dataclass(frozen=True)
class PsaTicket:
    """A PSA ticket reduced to what intake needs. `company_id` is the PSA's own company (or client) key:
    the only thing the tenant is ever derived from."""

    vendor: str
    id: str
    company_id: str
    subject: str
    body: str = ""
    requester_email: str = ""
    requester_name: str = ""
    board: str = ""  # CW board name, Autotask queue id, Halo team: what the help-desk filter matches
    status: str = ""
    created_at: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    # Who the ticket is assigned to, when that is a person (a CW member, an Autotask resource, a Halo agent) other
    # than this integration's own API identity; "" when nobody or Rallied.
    assignee: str = ""
    # The status as lifecycle reads it: "new" (the vendor's new status), "closed", or "open" (anything a person
    # moved it to: In Progress, Waiting on Customer ...). Rallied itself only ever sets new and closed.
    state: str = ""


# Who wrote a PSA entry. The requester is recognised by being the ticket's contact, never by what the text says.
REQUESTER, STAFF, OWN, OTHER = "requester", "staff", "rallied", "other"


@dataclass(frozen=True)
class PsaEntry:
    """One note or action on a PSA ticket, reduced to what lifecycle needs. Ids grow with time within a vendor."""

    id: int
    author: str  # REQUESTER (the ticket's contact), STAFF (a member/resource/agent), OWN (this integration), OTHER
    text: str = ""
    internal: bool = False
    subject: str = ""  # a note title or e-mail subject, where the vendor keeps one
    automatic: bool = False  # the vendor marked it as an automatic message (an out-of-office reply)
    author_name: str = ""

