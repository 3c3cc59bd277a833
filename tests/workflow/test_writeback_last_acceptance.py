"""The PSA's acceptance of a write-back's last part ends it in the same statement (tickets/psa_writeback._accept),
but only a write-back still `posting`: one that left it meanwhile (withdrawn by a takeover, say) keeps the part the
PSA accepted and stays as it was moved."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tenants.models import Tenant
from tickets.models import PsaWriteBack, Ticket
from tickets.psa_writeback import _accept

pytestmark = pytest.mark.django_db


def _row(status: str, parts: list[str], accepted: list[str], flying: str = "close") -> PsaWriteBack:
    ticket = Ticket.objects.create(tenant=Tenant.objects.get(slug="contoso"), external_id="wb-1", subject="s",
                                   status="writing_back")
    return PsaWriteBack.objects.create(ticket=ticket, parts=parts, accepted=accepted, status=status,
                                       in_flight=flying, reply_encrypted="x", attempts=1,
                                       lease_until=timezone.now() + timedelta(minutes=5),
                                       give_up_at=timezone.now() + timedelta(minutes=30))


def test_the_last_part_accepted_ends_a_posting_write_back(world):
    row = _row("posting", ["note", "close"], ["note"])
    _accept(row, ["close"], "psa-1")
    stored = PsaWriteBack.objects.get(pk=row.pk)
    assert (stored.status, stored.accepted, stored.in_flight) == ("done", ["note", "close"], "")
    assert stored.finished_at is not None and stored.lease_until is None and stored.reply_encrypted == ""
    assert row.status == "done"


def test_a_part_accepted_before_the_last_leaves_the_write_back_posting(world):
    row = _row("posting", ["note", "close"], [], flying="note")
    _accept(row, ["note"], "psa-1", then=("close",))
    stored = PsaWriteBack.objects.get(pk=row.pk)
    assert (stored.status, stored.accepted, stored.in_flight) == ("posting", ["note"], "close")
    assert stored.finished_at is None


def test_a_write_back_that_left_posting_keeps_the_acceptance_and_its_status(world):
    row = _row("withdrawn", ["note", "close"], ["note"])
    row.status = "posting"  # as the attempt read it, before a takeover withdrew it
    _accept(row, ["close"], "psa-1")
    stored = PsaWriteBack.objects.get(pk=row.pk)
    assert (stored.status, stored.accepted, stored.in_flight) == ("withdrawn", ["note", "close"], "")
    assert stored.finished_at is None and row.status == "posting"
