"""Writing back to the tenant's PSA: the ticket there, notes, the requester reply, time and status.

A PSA that is down must not lose the work: each write is recorded on the timeline with its
outcome, and a failure is kept as the connection's last error for the service lead to see.

A PSA ticket number that came with the ticket (an API submission's `psa_ticket_id`, a webhook or a poll) is
believed only once the PSA itself says that ticket belongs to the tenant's company and that its contact is the
requester (`check_psa_ticket`); until then nothing is written to it, so a number typed into an API call cannot
get a reply, a note or a close onto another customer's ticket.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from audit.services import record
from rallied.connectors import ConnectorError, PsaConnector
from rallied.kept_updates import update_where
from rallied.logs import log_ids
from tenants.models import Connection
from tenants.selectors import connector_for, psa_connection
from tickets.choices import TicketStatus
from tickets.models import Ticket
from tickets.psa_marks import mark_of
from tickets.services import add_event
from tickets.updates import stop_if_taken_over

log = logging.getLogger("rallied.psa")
ACTOR = "system:psa"
CHECKED = "psa.checked"  # the timeline row that remembers a PSA ticket's check (its data says ok or not)
OPENED = "psa.opened"  # Rallied opened the PSA ticket itself, for this requester and the tenant's company


@dataclass(frozen=True)
class PsaCheck:
    """Whether Rallied may write to the ticket's PSA ticket: True, False (with the reason), or None when the PSA
    could not be asked just now (nothing is written then, and the next write asks again)."""

    ok: bool | None
    reason: str = ""


def psa_of(ticket: Ticket) -> tuple[Connection | None, PsaConnector | None]:
    connection = psa_connection(ticket.tenant, ticket.source)
    if connection is None:
        return None, None
    return connection, connector_for(connection)  # type: ignore[return-value]


def note_psa_failure(ticket: Ticket, connection: Connection, what: str, exc: ConnectorError) -> None:
    Connection.objects.filter(pk=connection.pk).update(last_error=f"{what}: {exc}"[:2000],
                                                      last_error_at=timezone.now())
    add_event(ticket=ticket, actor=ACTOR, kind="psa.error", message=f"{what} failed: {exc}")
    record(actor=ACTOR, verb="psa.error", obj=ticket, tenant=ticket.tenant, outcome="error",
           details={"operation": what, "error": str(exc)[:500]})


def check_psa_ticket(ticket: Ticket) -> PsaCheck:
    """Read the referenced PSA ticket once and remember whether it is this tenant's and this requester's.

    A copy without a PSA ticket id is not read again (issue 17: once per check, four times per reset): an id stored
    since is one Rallied opened or linked (_store_opened, the only writer of a later id, with its OPENED row in the
    same commit), which passes here anyway, so the stale copy gets the answer the fresh one would."""
    if not ticket.psa_ticket_id or ticket.events.filter(kind=OPENED).exists():
        return PsaCheck(True)  # none yet (ensure_psa_ticket opens one), or one Rallied opened for this requester
    remembered = ticket.events.filter(kind=CHECKED).order_by("-pk").first()
    if remembered is not None:
        return PsaCheck(bool(remembered.data.get("ok")), remembered.message)
    connection, psa = psa_of(ticket)
    if psa is None or connection is None:
        return PsaCheck(True)  # no PSA connection: nothing is ever written anywhere
    ref = ticket.psa_ticket_id
    try:
        found = psa.fetch_ticket(ref)
    except ConnectorError as exc:
        if exc.permanent and (exc.code in ("bad_ticket_id", "not_found", "wrong_client")
                              or exc.status in (400, 403, 404)):
            shown = ref if ref.isascii() and ref.isdigit() else repr(ref[:64])
            return _remember(ticket, ok=False, reason=f"PSA ticket {shown} is not a ticket of this tenant's "
                             f"company in {connection.get_vendor_display()} ({exc.message[:200]}).")
        note_psa_failure(ticket, connection, "check PSA ticket", exc)
        return PsaCheck(None, f"PSA ticket {ref} could not be checked: {exc}")
    company = (ticket.tenant.psa_company_id or "").strip().lower()
    if not company or found.company_id.strip().lower() != company:
        return _remember(ticket, ok=False, reason=f"PSA ticket {ref} belongs to another company, not to "
                         f"{ticket.tenant.name}'s; nothing was written to it.")
    contact = found.requester_email.strip().lower()
    if not contact:
        return _remember(ticket, ok=False, reason=f"PSA ticket {ref} has no contact, and Rallied acts only for the "
                         "ticket's contact (never a name in its text); nothing was written to it.")
    if contact != ticket.requester_email.strip().lower():
        # The contact's address is another person's: it stays out of the reason (and so out of notes and chat).
        return _remember(ticket, ok=False, reason=f"PSA ticket {ref}'s contact is not the requester "
                         f"{ticket.requester_email}; nothing was written to it.")
    return _remember(ticket, ok=True, reason=f"PSA ticket {ref} is {ticket.tenant.name}'s and its contact is the "
                     "requester.")


def look_before_writing(ticket: Ticket, *, just_read: bool = False) -> bool:
    """Read the PSA ticket right before Rallied's next write (to the PSA or, for an action, to the directory):
    False when a person has taken it over (tickets/updates.py), now or earlier; then nothing is written.

    A PSA that cannot be read just now does not stop the write: the write itself fails or is retried, and the
    poller and webhooks keep watching. `just_read`: the caller read the whole ticket a moment ago, with no write
    since, so its status and PSA fields are not read again (issue 17).
    """
    if not just_read:
        ticket.refresh_from_db(fields=["status", "psa_ticket_id", "psa_seen"])
    if ticket.status == TicketStatus.TAKEN_OVER:
        return False
    if not ticket.psa_ticket_id or check_psa_ticket(ticket).ok is not True:
        return True  # no PSA ticket yet, or one Rallied may not write to anyway (write_back withholds)
    connection, psa = psa_of(ticket)
    if psa is None or connection is None:
        return True
    try:
        found = psa.fetch_ticket(ticket.psa_ticket_id)
        entries = psa.fetch_entries(found)
    except ConnectorError as exc:
        log.info("ticket %s: PSA ticket not read before writing: %s", ticket.pk, exc, extra=log_ids(ticket=ticket))
        return True
    stop_if_taken_over(ticket=ticket, psa_ticket=found, entries=entries, actor=f"integration:{connection.vendor}")
    ticket.refresh_from_db(fields=["status"])
    return ticket.status != TicketStatus.TAKEN_OVER


def _remember(ticket: Ticket, *, ok: bool, reason: str) -> PsaCheck:
    add_event(ticket=ticket, actor=ACTOR, kind=CHECKED, message=reason,
              data={"ok": ok, "psa_ticket": ticket.psa_ticket_id[:64]})
    record(actor=ACTOR, verb="psa.ticket_checked" if ok else "psa.ticket_refused", obj=ticket, tenant=ticket.tenant,
           outcome="ok" if ok else "refused", details={"psa_ticket": ticket.psa_ticket_id[:64], "reason": reason})
    return PsaCheck(ok, reason)


def ensure_psa_ticket(ticket: Ticket, *, with_opening: Callable[[], object] | None = None) -> str:
    """The PSA's id for this ticket; an API-submitted ticket gets one opened so the MSP can bill it.

    `with_opening()` runs in the commit that stores the PSA ticket this call opened (or found by its mark): not when
    the ticket had one already, nor when none could be opened.

    Opened once: the ticket Rallied opens carries the ticket's mark (tickets/psa_marks.py), and before opening one
    the PSA is asked for a ticket with that mark, which a worker killed after the PSA's answer and before this
    transaction's commit left behind. It is linked, not opened again."""
    if ticket.psa_ticket_id:
        return ticket.psa_ticket_id
    # Another step of this ticket may have opened it since this copy was read: the locked read below finds it. (An
    # unlocked read first only spared a stale copy the lock, and cost every first write-back a statement, issue 17.)
    connection, psa = psa_of(ticket)
    if psa is None or connection is None:
        return ""
    with transaction.atomic():
        # One opener at a time: two steps of one ticket (an approval's "waiting" reply and the approved action's
        # write-back) each opened a PSA ticket, and the PSA poll then took the spare one in as a new request and
        # ran it again (a kill -9 bench run, 1 duplicate group add in 300 tickets). The second waits here, then
        # finds the first one's id.
        locked = Ticket.objects.select_for_update(of=("self",)).only("pk", "psa_ticket_id").get(pk=ticket.pk)
        if locked.psa_ticket_id:
            ticket.psa_ticket_id = locked.psa_ticket_id
            return ticket.psa_ticket_id
        mark = mark_of(ticket.pk)
        what = "look for the PSA ticket opened earlier"
        try:
            psa_id = psa.find_marked_ticket(mark)
            found = psa_id is not None
            if psa_id is None:
                what = "open PSA ticket"
                psa_id = psa.create_ticket(summary=ticket.subject, description=ticket.body,
                                           contact_email=ticket.requester_email, mark=mark)
        except ConnectorError as exc:  # never opened blind: a ticket that is there already would be doubled
            note_psa_failure(ticket, connection, what, exc)
            return ""
        how = ("found in the PSA by its mark (opened for this ticket by a worker that stopped before recording "
               "it)") if found else "opened"
        _store_opened(ticket, psa_id, f"PSA ticket {psa_id} {how}.", mark)
        if with_opening is not None:
            with_opening()
    return psa_id


def link_marked_psa_ticket(ticket: Ticket, psa_id: str) -> str:
    """A PSA ticket carrying `ticket`'s mark turned up (the poll, a webhook): it is the ticket's own when the
    ticket has none yet. Returns the PSA ticket id the ticket writes to now (another one: `psa_id` is a spare)."""
    with transaction.atomic():
        locked = Ticket.objects.select_for_update(of=("self",)).only("pk", "psa_ticket_id").get(pk=ticket.pk)
        if locked.psa_ticket_id:
            return locked.psa_ticket_id
        _store_opened(ticket, psa_id, f"PSA ticket {psa_id} linked: it carries this ticket's mark (opened by a "
                      "worker that stopped before recording it).", mark_of(ticket.pk))
    return psa_id


def _store_opened(ticket: Ticket, psa_id: str, message: str, mark: str) -> None:
    update_where(Ticket, {"pk": ticket.pk}, {"psa_ticket_id": psa_id})
    ticket.psa_ticket_id = psa_id
    add_event(ticket=ticket, actor=ACTOR, kind=OPENED, message=message, data={"psa_ticket": psa_id, "mark": mark})


def _keep_unposted(ticket: Ticket, internal_note: str) -> None:
    """An internal note the PSA did not take stays on the ticket's timeline, so an escalation's reason and triage
    note still reach the technician who opens the ticket here. Only the internal note: the requester's reply may
    carry one-time secret links, and the timeline is shown over the API."""
    if internal_note:
        add_event(ticket=ticket, actor=ACTOR, kind="psa.unposted", message=internal_note[:4000])


def write_back(ticket: Ticket, *, internal_note: str = "", reply: str = "", worked_seconds: float | None = None,
               close: bool = False, reopen: bool = False) -> bool:
    """Post what there is to post; True when every write succeeded (or there is no PSA).

    `worked_seconds` is Rallied's own work on the ticket: it becomes a time entry billed as the connection's
    config says (work type, agreement or contract, billable or not), rounded up to its increment."""
    connection, psa = psa_of(ticket)
    if psa is None or connection is None:
        return True
    check = check_psa_ticket(ticket)
    if check.ok and not look_before_writing(ticket):
        add_event(ticket=ticket, actor=ACTOR, kind="psa.withheld",
                  message="Nothing was written to the PSA: a person has taken this ticket over.")
        return False
    if not check.ok:
        # Kept on the timeline for the technician; a reply is not (it may carry a one-time link).
        kept = f"\n\nThe internal note, kept here instead:\n{internal_note}" if internal_note else ""
        add_event(ticket=ticket, actor=ACTOR, kind="psa.withheld",
                  message=f"Nothing was written to the PSA: {check.reason}{kept}")
        return False
    psa_id = ensure_psa_ticket(ticket)
    if not psa_id:
        _keep_unposted(ticket, internal_note)
        return False
    steps = []
    if reopen:  # first, so the note lands on a ticket that is open again in the technician's queue
        steps.append(("reopen", lambda: psa.reopen_ticket(psa_id)))
    if internal_note:
        steps.append(("internal note", lambda: psa.add_note(psa_id, internal_note, internal=True)))
    if reply:
        steps.append(("reply to requester", lambda: psa.add_note(psa_id, reply, internal=False)))
    if worked_seconds is not None:
        minutes = psa.billable_minutes(worked_seconds)
        notes = f"Resolved by Rallied ({round(worked_seconds)} s of automated work)."
        steps.append(("time entry", lambda: psa.add_time_entry(psa_id, minutes=minutes, notes=notes)))
    if close:
        steps.append(("close", lambda: psa.close_ticket(psa_id)))
    ok = True
    for what, call in steps:
        try:
            call()
        except ConnectorError as exc:
            note_psa_failure(ticket, connection, what, exc)
            if what == "internal note":
                _keep_unposted(ticket, internal_note)
            ok = False
            break
        add_event(ticket=ticket, actor=ACTOR, kind="psa.write", message=f"PSA {what} posted.", data={"step": what})
        record(actor=ACTOR, verb=f"psa.{what.replace(' ', '_')}", obj=ticket, tenant=ticket.tenant,
               details={"psa_ticket": psa_id})
    return ok
