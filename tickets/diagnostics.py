"""Storing what the RMM found on the requester's computer, so the escalation note carries it.

The figures go on the ticket's triage (`triage["diagnostics"]`, which the escalation note template renders), on
the timeline and in the audit trail. They inform the technician; nothing here changes what an action may do.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from audit.services import record
from rallied.actors import Actor
from tickets.models import Ticket
from tickets.services import add_event


def save_diagnostics(*, ticket: Ticket, actor: Actor, diagnostics: dict[str, Any]) -> None:
    """Keep the diagnostics on the ticket. `diagnostics` holds plain words and figures, never a credential."""
    with transaction.atomic():
        locked = Ticket.objects.select_for_update().get(pk=ticket.pk)
        triage = {**(locked.triage or {}), "diagnostics": diagnostics}
        Ticket.objects.filter(pk=ticket.pk).update(triage=triage)
        ticket.triage = triage
        add_event(ticket=ticket, actor=actor, kind="rmm.diagnostics", message=diagnostics.get("headline", ""),
                  data=diagnostics)
        record(actor=actor, verb="rmm.diagnosed", obj=ticket, tenant=ticket.tenant,
               details={"vendor": diagnostics.get("vendor"), "devices": diagnostics.get("devices", []),
                        "outcome": diagnostics.get("outcome")})
