"""A done reply whose row its settle holds is finished only while still claimed (workflow/replies.finish_reply with
if_claimed, from workflow/writeback._reply_delivered): once, with its timeline row, however many steps finish it."""

from __future__ import annotations

import pytest

from tenants.models import Tenant
from tickets.models import Ticket, TicketEvent
from workflow.models import RequesterReply
from workflow.replies import Prepared, finish_reply

pytestmark = pytest.mark.django_db


def _claimed() -> RequesterReply:
    ticket = Ticket.objects.create(tenant=Tenant.objects.get(slug="contoso"), external_id="fin-1", subject="s",
                                   status="writing_back")
    return RequesterReply.objects.create(ticket=ticket, stage="done", round=0, status="claimed", language="fr",
                                         drafted_by="template")


def test_a_claimed_reply_is_finished_as_posted_with_its_language_and_timeline_row(world):
    row = _claimed()
    finish_reply(Prepared(row, ""), posted=True, if_claimed=True)
    stored = RequesterReply.objects.get(pk=row.pk)
    assert (stored.status, stored.language, stored.drafted_by) == ("posted", "fr", "template")
    assert stored.updated_at >= stored.created_at and row.status == "posted"
    assert TicketEvent.objects.filter(ticket=row.ticket, kind="reply.posted").count() == 1


def test_a_reply_finished_already_is_not_finished_again(world):
    row = _claimed()
    stale = RequesterReply.objects.get(pk=row.pk)  # a copy read while it was still claimed
    finish_reply(Prepared(row, ""), posted=False, if_claimed=True)
    finish_reply(Prepared(stale, ""), posted=True, if_claimed=True)
    assert RequesterReply.objects.get(pk=row.pk).status == "failed" and stale.status == "claimed"
    assert list(TicketEvent.objects.filter(ticket=row.ticket, kind__startswith="reply.")
                .values_list("kind", flat=True)) == ["reply.failed"]
