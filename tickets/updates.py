"""What happens to a ticket in the PSA after intake: a person taking it over, or the requester writing back.

Read from the PSA itself (a webhook is a doorbell; the poller asks again for tickets Rallied still watches; every
write looks first, tickets/psa.look_before_writing), never from a webhook body:

- **A person takes over** when the PSA ticket is assigned to a person (a CW member, an Autotask resource, a Halo
  agent other than Rallied's own API identity), when a person moved its status to anything but new or closed
  (In Progress, Waiting on Customer ...), when a person closed it while Rallied was still working, or when a
  technician wrote a note. The ticket becomes `taken_over` (tickets/services.take_over_ticket) and Rallied writes
  nothing more to it; workflow/ withdraws what was pending.
- **The requester writes back** when a new public entry's author is the ticket's contact (never decided by what
  the text says). What it reads as: an automatic reply (out of office) or thanks changes nothing; "still not
  working" reopens the ticket with its history; anything else is a new request, triaged as part of the same
  ticket (workflow/reentry.py).

`psa_seen` on the ticket is the newest PSA entry already read, so each entry is acted on once.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction

from rallied.actors import Actor
from rallied.connectors.psa_types import REQUESTER, STAFF, PsaEntry, PsaTicket
from tickets.choices import OPEN_STATUSES, TicketStatus
from tickets.models import PsaWriteBack, Ticket
from tickets.services import note_requester_reply, take_over_ticket

log = logging.getLogger("rallied.intake")
# Timeline kinds of Rallied's own writes to the PSA ticket (tickets/psa.py writes them).
PSA_WRITE, PSA_OPENED = "psa.write", "psa.opened"

# An out-of-office or other automatic answer, by its subject or opening words (RFC 3834 auto-replies are filed
# by the PSAs' mail processing with these subjects; the header itself rarely survives into a note).
_AUTOMATIC = re.compile(
    r"^\s*(automatic reply|auto[- ]?reply|autoreply|auto:|out of (the )?office|ooo\b|abwesenheitsnotiz|"
    r"r[ée]ponse automatique|undeliverable|delivery status notification)", re.I)
_AUTOMATIC_BODY = re.compile(r"\b(I am|I'm|I will be) (currently )?out of (the )?office\b|\bthis is an automatic\b",
                             re.I)
_STILL_BROKEN = re.compile(
    r"\bstill\b[^.!?\n]{0,60}?(\bnot\b|n'?t\b|\bno\b|broken|\bfail|locked|cannot|unable|error|same)"
    r"|\b(didn'?t|did not|doesn'?t|does not|isn'?t|is not|not|won'?t|wasn'?t) (work|working|help|fix|fixed|solve)"
    r"|\b(same|the) (problem|issue|error) (again|still|is back|came back)\b"
    r"|\bagain\b[^.!?\n]{0,40}\b(locked|fail|error)"
    r"|\b(it|this|that)'?s? (is )?(back|broken again)\b", re.I)
_THANKS = re.compile(r"\b(thanks?|thank you|thx|ty|cheers|much appreciated|appreciate it|great|perfect|works now|"
                     r"working now|all good|sorted|solved|brilliant)\b", re.I)
# Words that ask for something: a message with them is a request, however politely it starts.
_ASKS = re.compile(r"\b(please|pls|could you|can you|would you|also|need|needs|add|reset|unlock|remove|give|grant|"
                   r"access|set up|create|would like|want|help)\b", re.I)
_QUOTED = re.compile(r"(^>.*$)|(^-{2,}\s*original message\s*-{2,}[\s\S]*)|(^on .{0,200}wrote:[\s\S]*)", re.I | re.M)
THANKS_MAX_CHARS = 200  # longer than a thank-you note: it says something more, and is read as a request


@dataclass
class UpdateResult:
    """What one read of a PSA ticket found: whether a person took it over, and what the requester wrote."""

    taken_over: str = ""
    replies: list[str] = field(default_factory=list)

    @property
    def detail(self) -> str:
        if self.taken_over:
            return f"Taken over: {self.taken_over}."
        if self.replies:
            return "Requester replied: " + ", ".join(self.replies) + "."
        return "Already received."


def own_words(text: str) -> str:
    """The message without the quoted conversation below it."""
    return _QUOTED.sub("", text or "").strip()


def reads_as(entry: PsaEntry) -> str:
    """automatic | thanks | still_broken | new_request, for an entry the requester wrote."""
    words = own_words(entry.text)
    if entry.automatic or _AUTOMATIC.search(entry.subject or "") or _AUTOMATIC.search(words) or (
            _AUTOMATIC_BODY.search(words)):
        return "automatic"
    if _STILL_BROKEN.search(words):
        return "still_broken"
    if not words or (len(words) <= THANKS_MAX_CHARS and _THANKS.search(words) and "?" not in words
                     and not _ASKS.search(words)):
        return "thanks"
    return "new_request"


def closed_by_rallied(ticket: Ticket) -> bool:
    """Whether the PSA ticket's close is Rallied's own: its last close or reopen write there was a close, or its
    write-back has sent the close and not yet recorded the answer. In that window the PSA already shows the ticket
    closed, and a poll reading it then took Rallied's own close for a person's (seen as a flaky takeover in
    tests/reliability/test_duplicate_deliveries.py's fifty concurrent polls)."""
    last = (ticket.events.filter(kind="psa.write", data__step__in=("close", "reopen")).order_by("-pk")
            .values_list("data", flat=True).first())
    if last and last.get("step") == "close":
        return True
    # The parts in flight are committed before their calls (tickets/psa_writeback._send), so a close sent is seen.
    return PsaWriteBack.objects.filter(ticket=ticket, round=ticket.round, in_flight__contains="close").exists()


def takeover_reason(ticket: Ticket, psa_ticket: PsaTicket, new_entries: list[PsaEntry]) -> str:
    """Why a person now owns the ticket ('' when nobody took it)."""
    if psa_ticket.assignee:
        return f"assigned to {psa_ticket.assignee} in {psa_ticket.vendor}"
    if psa_ticket.state == "open":
        return f"moved to status '{psa_ticket.status}' in {psa_ticket.vendor} by a person"
    if psa_ticket.state == "closed" and ticket.status in OPEN_STATUSES and not closed_by_rallied(ticket):
        return f"closed in {psa_ticket.vendor} by a person while Rallied was working on it"
    if psa_ticket.state != "closed" and ticket.status == TicketStatus.RESOLVED and closed_by_rallied(ticket):
        return f"reopened in {psa_ticket.vendor} by a person after Rallied closed it"
    staff = [e for e in new_entries if e.author == STAFF]
    if staff:
        return f"a technician ({staff[0].author_name or 'someone'}) wrote on it in {psa_ticket.vendor}"
    return ""


def wrote_since(ticket: Ticket, read_at: datetime) -> bool:
    """Whether Rallied wrote to the PSA ticket after `read_at` (each write is on the timeline once the PSA took it)."""
    return ticket.events.filter(kind__in=(PSA_WRITE, PSA_OPENED), at__gte=read_at).exists()


def stop_if_taken_over(*, ticket: Ticket, psa_ticket: PsaTicket, entries: list[PsaEntry], actor: Actor,
                       read_at: datetime | None = None) -> str:
    """Take the ticket over when the PSA says a person has it; the reason, or ''. Reads no entry as handled.

    `read_at`: when the PSA read began. A read older than one of Rallied's own writes is not judged: two pollers (or a
    poll and a webhook) reading while the ticket is being closed saw it open, then found it resolved here, and took
    the "reopen" for a person's. The next read, newer than every write, judges instead.
    """
    if read_at is not None and wrote_since(ticket, read_at):
        log.debug("ticket %s: PSA read predates Rallied's own write; not judged for a takeover", ticket.pk)
        return ""
    reason = takeover_reason(ticket, psa_ticket, [e for e in entries if e.id > ticket.psa_seen])
    if reason and take_over_ticket(ticket=ticket, actor=actor, reason=f"A person took this ticket: {reason}.",
                                   data={"psa_ticket": psa_ticket.id, "state": psa_ticket.state,
                                         "assignee": psa_ticket.assignee}):
        log.info("ticket %s taken over: %s", ticket.pk, reason, extra={"ticket_id": ticket.pk})
    return reason


def follow_update(*, ticket: Ticket, psa_ticket: PsaTicket, entries: list[PsaEntry], actor: Actor,
                  read_at: datetime | None = None) -> UpdateResult:
    """Act once on what is new on the PSA ticket: a takeover first (a person's ticket is theirs, replies included),
    then each of the requester's new messages, oldest first."""
    result = UpdateResult()
    with transaction.atomic():
        # Lock the ticket row only: with the join, PostgreSQL also locks the tenant FOR UPDATE, and every audit
        # event's foreign key to that tenant then waits on it while this holds its chain's head: a deadlock.
        locked = Ticket.objects.select_for_update(of=("self",)).select_related("tenant").get(pk=ticket.pk)
        new = [e for e in entries if e.id > locked.psa_seen]
        result.taken_over = stop_if_taken_over(ticket=locked, psa_ticket=psa_ticket, entries=entries, actor=actor,
                                               read_at=read_at)
        if new:
            Ticket.objects.filter(pk=locked.pk).update(psa_seen=max(e.id for e in new))
        first_text = own_words(locked.body)
        for entry in new:
            if entry.author != REQUESTER or entry.internal:
                continue
            if own_words(entry.text) == first_text:  # the ticket's own first message, filed as a note (CW)
                continue
            kind = reads_as(entry)
            note_requester_reply(ticket=locked, actor=actor, entry_id=entry.id, kind=kind,
                                 text=own_words(entry.text) or entry.text, subject=entry.subject)
            result.replies.append(kind)
    ticket.refresh_from_db(fields=["status", "psa_seen"])
    return result
