"""Writing back to the tenant's PSA: the ticket there, notes, the requester reply, time and status.

A PSA that is down must not lose the work: each write is recorded on the timeline with its
outcome, and a failure is kept as the connection's last error for the service lead to see.
"""

from __future__ import annotations

import logging

from django.utils import timezone

from audit.services import record
from rallied.connectors import ConnectorError, PsaConnector
from tenants.models import Connection
from tenants.selectors import connector_for, psa_connection
from tickets.models import Ticket
from tickets.services import add_event

log = logging.getLogger("rallied.psa")
ACTOR = "system:psa"


def _psa(ticket: Ticket) -> tuple[Connection | None, PsaConnector | None]:
    connection = psa_connection(ticket.tenant, ticket.source)
    if connection is None:
        return None, None
    return connection, connector_for(connection)  # type: ignore[return-value]


def _failed(ticket: Ticket, connection: Connection, what: str, exc: ConnectorError) -> None:
    Connection.objects.filter(pk=connection.pk).update(last_error=f"{what}: {exc}"[:2000],
                                                      last_error_at=timezone.now())
    add_event(ticket=ticket, actor=ACTOR, kind="psa.error", message=f"{what} failed: {exc}")
    record(actor=ACTOR, verb="psa.error", obj=ticket, tenant=ticket.tenant, outcome="error",
           details={"operation": what, "error": str(exc)[:500]})


def ensure_psa_ticket(ticket: Ticket) -> str:
    """The PSA's id for this ticket; an API-submitted ticket gets one opened so the MSP can bill it."""
    if not ticket.psa_ticket_id:  # another step of this ticket may have opened it since this copy was read
        ticket.refresh_from_db(fields=["psa_ticket_id"])
    if ticket.psa_ticket_id:
        return ticket.psa_ticket_id
    connection, psa = _psa(ticket)
    if psa is None or connection is None:
        return ""
    try:
        psa_id = psa.create_ticket(summary=ticket.subject, description=ticket.body,
                                   contact_email=ticket.requester_email)
    except ConnectorError as exc:
        _failed(ticket, connection, "open PSA ticket", exc)
        return ""
    if not Ticket.objects.filter(pk=ticket.pk, psa_ticket_id="").update(psa_ticket_id=psa_id):
        # A concurrent step opened one first: write to that one, so the ticket's notes stay together.
        ticket.refresh_from_db(fields=["psa_ticket_id"])
        log.warning("ticket %s: PSA ticket %s opened twice; using %s", ticket.pk, psa_id, ticket.psa_ticket_id)
        return ticket.psa_ticket_id
    ticket.psa_ticket_id = psa_id
    add_event(ticket=ticket, actor=ACTOR, kind="psa.opened", message=f"PSA ticket {psa_id} opened.")
    return psa_id


def write_back(ticket: Ticket, *, internal_note: str = "", reply: str = "", minutes: int = 0,
               close: bool = False) -> bool:
    """Post what there is to post; True when every write succeeded (or there is no PSA)."""
    connection, psa = _psa(ticket)
    if psa is None or connection is None:
        return True
    psa_id = ensure_psa_ticket(ticket)
    if not psa_id:
        return False
    steps = []
    if internal_note:
        steps.append(("internal note", lambda: psa.add_note(psa_id, internal_note, internal=True)))
    if reply:
        steps.append(("reply to requester", lambda: psa.add_note(psa_id, reply, internal=False)))
    if minutes:
        steps.append(("time entry", lambda: psa.add_time_entry(psa_id, minutes=minutes,
                                                             notes="Resolved by Rallied")))
    if close:
        steps.append(("close", lambda: psa.close_ticket(psa_id)))
    ok = True
    for what, call in steps:
        try:
            call()
        except ConnectorError as exc:
            _failed(ticket, connection, what, exc)
            ok = False
            break
        add_event(ticket=ticket, actor=ACTOR, kind="psa.write", message=f"PSA {what} posted.")
        record(actor=ACTOR, verb=f"psa.{what.replace(' ', '_')}", obj=ticket, tenant=ticket.tenant,
               details={"psa_ticket": psa_id})
    return ok
