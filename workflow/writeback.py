"""Resolving a ticket through its PSA: resolved only once the PSA has accepted the reply and the close.

When every action succeeded, settle_ticket (workflow/lifecycle.py) moves the ticket to `writing_back` ("Waiting for
the PSA") and `begin_resolution` sends the secrets where they go, writes the done reply and records the write-back
(tickets/psa_writeback.py), then makes the first attempt. A PSA that is down leaves the row pending; the
`rallied.retry_writebacks` schedule (every minute, rallied/schedules.py) makes the next attempts, with capped backoff.

- Every part accepted: the ticket is resolved.
- The reply accepted: its one-time links are in the requester's hands, so the stored copies are forgotten then, and
  not before (until then the secret can still reach its owner).
- Not accepted by `give_up_at` (RALLIED_WRITEBACK_GIVE_UP_MINUTES, shorter than a link's life), a permanent refusal,
  or the ticket taken over meanwhile: each secret whose link never went out is kept for a technician to hand over
  (tickets/secrets.hold_for_handover), staff are told, and the ticket is escalated. Never resolved without its reply.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from approvals.notify import notify_staff
from audit.services import unit_of_work
from playbooks.models import Action
from playbooks.selectors import IntentOutcome
from rallied.logs import log_ids
from tickets.choices import WRITEBACK_OPEN, TicketStatus, WriteBackPart, WriteBackStatus
from tickets.models import OneTimeSecret, PsaWriteBack, Ticket
from tickets.psa_writeback import LABELS, LEASE, attempt_writeback, end_writeback, open_writeback
from tickets.secrets import forget_links, hold_for_handover
from tickets.services import transition_ticket
from workflow import messages
from workflow.billing import rallied_work_seconds
from workflow.choices import ReplyStage, ReplyStatus
from workflow.delivery import deliver_secrets
from workflow.escalation import escalate
from workflow.models import RequesterReply
from workflow.reentry import follow_waiting
from workflow.replies import Prepared, finish_reply, prepare_reply
from workflow.value_report import minutes_saved_on_resolving

log = logging.getLogger("rallied.writeback")
ACTOR = "system:writeback"
BATCH = 200


def give_up_after() -> timedelta:
    return timedelta(minutes=int(getattr(settings, "RALLIED_WRITEBACK_GIVE_UP_MINUTES", 30)))


def begin_resolution(*, ticket: Ticket, actions: list[Action], now: datetime | None = None,
                     outcomes: list[IntentOutcome] | None = None) -> str:
    """The ticket is `writing_back`: deliver its secrets, write its reply and record what goes to the PSA.

    `outcomes`: the intents' outcomes the caller read from `actions` (settle_ticket), for the note."""
    now = now or timezone.now()
    deliveries = deliver_secrets(ticket, actions)  # owner, the policy's manager, or a technician's hand-over
    # The reply's claim and the write-back that posts it commit together: a claimed reply always has its poster. A
    # unit of work: its events wait pending (issue 17), since no PSA call below depends on them (each part is
    # marked in flight on its row before its call, tickets/psa_writeback.py).
    with unit_of_work():
        # The ticket is writing_back, as this task read it (its round with it) and moved or found it: the round is
        # not read again (issue 17), as the round's actions were chosen from the same read.
        reply = prepare_reply(ticket=ticket, stage=ReplyStage.DONE, deliveries=deliveries, round_actions=actions,
                              round_read=True)
        if reply is not None and reply.unsaved:  # how it was written, for the row that a later attempt finishes
            reply.row.save(update_fields=["language", "drafted_by", "fallback_reason", "updated_at"])
        row = open_writeback(ticket=ticket, actor=ACTOR, note=messages.resolution_note(ticket, actions, outcomes),
                             reply=reply.text if reply else "", close=True,
                             # The time entry bills Rallied's own part only (workflow/billing.py).
                             worked_seconds=rallied_work_seconds(ticket), first_attempt_at=now,
                             give_up_at=now + give_up_after(),
                             # The round the reply was claimed for, in this transaction: the write-back's too.
                             round_=reply.row.round if reply is not None else None,
                             claim=True)  # the first attempt follows at once: claimed in this commit
        if row is None:  # another settle of this ticket opened it first, and posts it
            transaction.set_rollback(True)
            return ticket.status
    # A first round's actions are all the ticket's: the move to resolved counts its minutes from them, as read with
    # their approval requests at the settle's start (not read again, issue 17). row.ticket is this ticket.
    ticket.settled_actions = actions if ticket.round == 0 and ticket.round_started_at is None else None
    return drive_writeback(row.pk, now=now, claimed=row, reply=reply.row if reply is not None else None)


def resume_writeback(ticket: Ticket, actions: list[Action], *, now: datetime | None = None) -> str:
    """A settle rung again for a ticket waiting for the PSA (the sweep): carry its write-back on from where it is."""
    now = now or timezone.now()
    row = ticket.writebacks.filter(round=ticket.round).first()
    if row is None:
        # The settle that moved it to writing_back is recording what to post right now, or it died before it could.
        # Only the second gets a new beginning: two would each deliver the secrets. Timed from the move itself, not
        # from updated_at, which every ring of the sweep touches (workflow/sweep._ring): timed from that, a ticket
        # rung each minute never looked abandoned, and waited until the sweep gave up on it.
        if settle_may_be_running(ticket, now):
            return ticket.status
        return begin_resolution(ticket=ticket, actions=actions, now=now)
    if row.status in WRITEBACK_OPEN:
        return drive_writeback(row.pk, now=now)
    return _after(row, now)


def writing_back_since(ticket: Ticket) -> datetime:
    """When the ticket moved to `writing_back` (its status event; updated_at for a row that has none)."""
    at = (ticket.events.filter(kind="status", to_status=TicketStatus.WRITING_BACK)
          .order_by("-at").values_list("at", flat=True).first())
    return at or ticket.updated_at


def settle_may_be_running(ticket: Ticket, now: datetime) -> bool:
    """Whether the settle that moved the ticket to `writing_back` may still be recording its write-back: its task
    runs for at most Q_CLUSTER's timeout (django-q2 stops it then), which LEASE covers."""
    return writing_back_since(ticket) > now - LEASE


def drive_writeback(writeback_id: int, *, now: datetime | None = None, claimed: PsaWriteBack | None = None,
                    reply: RequesterReply | None = None) -> str:
    """One attempt at the write-back if it is due, then what its outcome means for the ticket. `claimed`: the row
    begin_resolution opened already claimed for this attempt; `reply`: the done reply's row it claimed with it."""
    now = now or timezone.now()
    attempt = attempt_writeback(writeback_id=writeback_id, now=now, claimed=claimed)
    if attempt is None:  # not due yet, or another worker has it
        return Ticket.objects.filter(writebacks__pk=writeback_id).values_list("status", flat=True).get()
    # The row as the attempt left it (it held the row's lease), not read again (issue 17). Its ticket's status is
    # the one read right before the PSA calls: a person who took it over since makes the move to resolved lose.
    row = attempt.row
    assert row is not None
    if attempt.error:
        log.info("ticket %s: write-back attempt %s stopped: %s", row.ticket_id, row.attempts, attempt.error,
                 extra=log_ids(ticket=row.ticket))
    return _after(row, now, reply=reply)


def _after(row: PsaWriteBack, now: datetime, *, reply: RequesterReply | None = None) -> str:
    ticket = row.ticket
    # No PSA call between the reply's bookkeeping and the move to resolved: one commit for both (issue 17).
    with unit_of_work():
        if WriteBackPart.REPLY in row.accepted or WriteBackPart.REPLY not in row.parts:
            _reply_delivered(ticket, row.round, reply)
        resolved = row.status == WriteBackStatus.DONE and _resolve(ticket)
    if row.status == WriteBackStatus.PENDING and now >= row.give_up_at:
        missing = ", ".join(LABELS[WriteBackPart(p)] for p in row.missing)
        reason = (f"The PSA did not accept the {missing} for {int(give_up_after().total_seconds() // 60)} minutes "
                  f"({row.last_error[:300]}).")
        if end_writeback(row=row, to=WriteBackStatus.FAILED, reason=reason):
            _hand_to_technician(row, reason)
    elif row.status in (WriteBackStatus.FAILED, WriteBackStatus.WITHDRAWN):
        _hand_to_technician(row, f"The PSA write-back stopped: {row.last_error[:300]}.")
    if not resolved:  # moved just now, by this call, the status is known; otherwise it is read
        ticket.refresh_from_db(fields=["status"])
    return ticket.status


def _reply_delivered(ticket: Ticket, round_: int, reply: RequesterReply | None = None) -> None:
    """The PSA took the reply (or there was none to send): the links are the requester's alone now. `reply`: the
    round's done reply as its claim left it, finished only while still claimed, without reading it again."""
    forget_links(ticket)
    if reply is not None:
        finish_reply(Prepared(reply, ""), posted=True, if_claimed=True)
        return
    # The ticket and its tenant come with the row: finish_reply's timeline row and audit event name them.
    row = RequesterReply.objects.select_related("ticket__tenant").filter(
        ticket=ticket, stage=ReplyStage.DONE, round=round_, status=ReplyStatus.CLAIMED).first()
    if row is not None:
        finish_reply(Prepared(row, ""), posted=True)


def _resolve(ticket: Ticket) -> bool:
    # Not read again (issue 17): the ticket was read moments ago, with its write-back row after the attempt
    # (drive_writeback) or by the settle that found it writing back (resume_writeback), and the move below is
    # conditional on that status, so a ticket a person took over meanwhile loses the move quietly, as before.
    if ticket.status != TicketStatus.WRITING_BACK:
        return False
    minutes = minutes_saved_on_resolving(ticket, getattr(ticket, "settled_actions", None))  # begin_resolution's
    if not transition_ticket(ticket=ticket, to=TicketStatus.RESOLVED, actor=ACTOR,
                             message="Every action succeeded, and the PSA accepted the reply and the close.",
                             minutes_saved=minutes):
        return False
    follow_waiting(ticket)  # a new request the requester wrote meanwhile is this ticket's next round
    return ticket.status == TicketStatus.RESOLVED


def _hand_to_technician(row: PsaWriteBack, reason: str) -> None:
    """The write-back will not finish: secrets that never went out wait for a technician; the ticket is theirs."""
    ticket = row.ticket
    reply = RequesterReply.objects.filter(ticket=ticket, stage=ReplyStage.DONE, round=row.round,
                                          status=ReplyStatus.CLAIMED).first()
    if reply is not None:
        finish_reply(Prepared(reply, ""), posted=False)
    for secret in OneTimeSecret.objects.filter(ticket=ticket).filter(~Q(link_encrypted=""), ~Q(ciphertext="")):
        owner = secret.action.target
        hold_for_handover(secret=secret, owner=owner, actor=ACTOR,
                          why="the reply carrying its link never reached the requester through the PSA")
        notify_staff(tenant=ticket.tenant, subject=f"Ticket #{ticket.pk}: hand over a {secret.label.lower()}",
                     text=f"The PSA did not take the reply with the {secret.label.lower()} for {owner}; it waits "
                          f"for a technician to hand it over: {settings.RALLIED_PUBLIC_URL.rstrip('/')}"
                          f"{reverse('secret-handover', args=[secret.pk])}",
                     topic="secret.handover", obj=ticket)
    ticket.refresh_from_db(fields=["status"])
    if ticket.status == TicketStatus.WRITING_BACK:
        escalate(ticket, f"{reason} Nothing more goes to the PSA on its own; please take it from here.",
                 actor=ACTOR)
        notify_staff(tenant=ticket.tenant, subject=f"Ticket #{ticket.pk}: the PSA did not take the resolution",
                     text=f"{ticket.subject[:120]}: {reason}", topic="psa.writeback_failed", obj=ticket)


def retry_writebacks(*, now: datetime | None = None) -> dict[str, int]:
    """Every minute: each write-back whose next attempt is due (or whose worker died mid-attempt) tries again."""
    now = now or timezone.now()
    due = (PsaWriteBack.objects.filter(Q(status=WriteBackStatus.PENDING, next_attempt_at__lte=now)
                                       | Q(status=WriteBackStatus.POSTING, lease_until__lt=now))
           .order_by("next_attempt_at").values_list("pk", flat=True)[:BATCH])
    counts = {"resolved": 0, "escalated": 0, "waiting": 0, "error": 0}
    for pk in list(due):
        try:
            status = drive_writeback(pk, now=now)
        except Exception:  # one ticket's problem must not stop the others' retries
            log.exception("write-back %s: retry failed", pk)
            counts["error"] += 1
            continue
        key = {TicketStatus.RESOLVED: "resolved", TicketStatus.ESCALATED: "escalated"}.get(status, "waiting")
        counts[key] += 1
    return counts
