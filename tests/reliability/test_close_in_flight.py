"""A PSA ticket shown closed while Rallied's own close is in flight is Rallied's close, not a person's takeover
(tickets/updates.closed_by_rallied): the PSA closes the ticket before its answer is recorded, and a poll reading in
that window must not hand the ticket to a person. Both sides: with no close of Rallied's sent, it is a person's."""

from __future__ import annotations

import pytest
from django.utils import timezone

from rallied.connectors.psa_types import PsaTicket
from tenants.models import Tenant
from tickets.models import PsaWriteBack, Ticket
from tickets.updates import takeover_reason


def _writing_back(in_flight: str) -> Ticket:
    ticket = Ticket.objects.create(tenant=Tenant.objects.get(slug="contoso"), source="connectwise",
                                   external_id="cif-1", subject="Reset", body="Please reset my password.",
                                   requester_email="adele.vance@contoso.example", status="writing_back")
    PsaWriteBack.objects.create(ticket=ticket, round=ticket.round, parts=["note", "close"], accepted=["note"],
                                in_flight=in_flight, next_attempt_at=timezone.now(), give_up_at=timezone.now())
    return ticket


CLOSED = PsaTicket(vendor="connectwise", id="77", company_id="c", subject="Reset", state="closed")


@pytest.mark.django_db
def test_a_close_rallied_sent_and_the_psa_shows_is_not_a_takeover(world):
    assert takeover_reason(_writing_back("close"), CLOSED, []) == ""


@pytest.mark.django_db
def test_a_close_nobody_at_rallied_sent_is_a_persons(world):
    assert takeover_reason(_writing_back(""), CLOSED, []) == ("closed in connectwise by a person while Rallied was "
                                                              "working on it")
