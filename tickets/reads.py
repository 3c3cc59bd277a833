"""Reads of a ticket that every step of the pipeline makes, kept compiled (rallied/kept_queries.py)."""

from __future__ import annotations

from rallied.kept_queries import KeptQuery
from tickets.models import Ticket

# A step's ticket with its tenant, by pk: what each task of the pipeline reads first (start, settle, finalise, a
# decision, a re-entry, a schedule). TICKET_WITH_TENANT.get(pk=...) is
# Ticket.objects.select_related("tenant").get(pk=...), compiled once per process.
TICKET_WITH_TENANT: KeptQuery[Ticket] = KeptQuery(lambda pk: Ticket.objects.select_related("tenant").filter(pk=pk),
                                              pk=int)
