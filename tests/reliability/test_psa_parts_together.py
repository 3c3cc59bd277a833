"""The PSA write-back's note, reply and time entry go out together, the close after them (issue 17): three calls
that waited on each other were half of a reset's ConnectWise time. Each part is still posted exactly once, and one
the PSA refuses does not hold back, or undo, the parts it took."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from rallied.connectors import connector_classes
from tests.helpers import post_ticket, psa_ticket, ticket_payload, token_client
from tickets.models import PsaWriteBack, Ticket

pytestmark = pytest.mark.django_db(transaction=True)
ADELE = "adele.vance@contoso.example"


def submit(tenant_key: Any, external_id: str) -> Ticket:
    created = post_ticket(token_client(tenant_key("contoso")), ticket_payload(external_id, ADELE))
    assert created.status_code == 201, created.content
    return Ticket.objects.get(pk=created.json()["id"])


def meeting_at(monkeypatch: pytest.MonkeyPatch, parties: int) -> None:
    """ConnectWise's note and time-entry calls each wait until `parties` of them are under way at once: calls made
    one after another never meet, and the write-back then stops with the barrier broken."""
    cls = connector_classes()["connectwise"]
    barrier = threading.Barrier(parties, timeout=20)
    for name in ("add_note", "add_time_entry"):
        real = getattr(cls, name)

        def waiting(self, *args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            barrier.wait()
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, waiting)


def test_the_note_reply_and_time_entry_are_posted_together_and_the_close_after_them(world, tenant_key, sandbox,
                                                                                     monkeypatch):
    meeting_at(monkeypatch, 3)
    ticket = submit(tenant_key, "together-1")
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    state = psa_ticket(sandbox, ticket.psa_ticket_id)
    assert state["closedFlag"] is True
    writes = [r for r in sandbox.sandbox.writes("connectwise") if r["path"].rsplit("/", 1)[-1] != "tickets"]
    parts = [("note" if r["path"].endswith("/notes") else "time" if "/time/" in r["path"] else "close")
             for r in writes]
    assert sorted(parts[:3]) == ["note", "note", "time"] and parts[3:] == ["close"]  # each once, the close last
    row = PsaWriteBack.objects.get(ticket=ticket)
    assert row.status == "done" and sorted(row.accepted) == ["close", "note", "reply", "time"] and row.in_flight == ""


def test_a_part_the_psa_refuses_does_not_hold_back_the_ones_it_took(world, tenant_key, sandbox):
    sandbox.sandbox.add_fault(vendor="connectwise", method="POST", path=r"/time/entries$", statuses=[400])
    ticket = submit(tenant_key, "together-2")
    row = PsaWriteBack.objects.get(ticket=ticket)
    assert sorted(row.accepted) == ["note", "reply"] and row.in_flight == ""  # refused: not in flight, not sent again
    assert row.status == "failed" and "time entry" in row.last_error
    ticket.refresh_from_db()
    assert ticket.status == "escalated"  # never resolved without every part; a technician takes it from here
    state = psa_ticket(sandbox, ticket.psa_ticket_id)
    assert state["closedFlag"] is False
    paths = [r["path"] for r in sandbox.sandbox.writes("connectwise")]
    assert len([p for p in paths if p.endswith("/time/entries")]) == 1  # refused once, never asked again
    assert not any(p.endswith(f"/tickets/{ticket.psa_ticket_id}") for p in paths)  # no close
