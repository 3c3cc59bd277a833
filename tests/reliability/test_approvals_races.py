"""Issue 13: check-then-act races in approvals/, each run one after another and from 8 threads at once (the concurrent
runs mean most on PostgreSQL; SQLite serialises every write).

- The refusal watch (approvals/kill_switch.check_refusals) alerted when it found no alert in its window: the workers
  deciding the tickets of one campaign each found none and each alerted the service lead.
"""

from __future__ import annotations

import logging

import pytest

from approvals.bursts import WATCH_VERB
from approvals.kill_switch import check_refusals
from audit.models import AuditEvent
from tenants.models import Tenant
from tests.chat.helpers import channel
from tests.reliability.helpers import crashes, deliver_many
from tests.trust.helpers import business_hours, pin_clock

pytestmark = pytest.mark.django_db(transaction=True)  # several connections: each must see the others' commits
FIFTY = pytest.mark.parametrize("threads", [1, 8], ids=["sequential", "concurrent"])


@pytest.fixture(autouse=True)
def _errors_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)


@FIFTY
def test_a_refusal_burst_checked_by_many_workers_at_once_alerts_the_lead_once(world, sandbox, monkeypatch, caplog,
                                                                              threads):
    import workflow.decisions
    from tests.trust.test_kill_switch import junk

    pin_clock(monkeypatch, business_hours())
    monkeypatch.setattr(workflow.decisions, "check_refusals", lambda *, tenant: False)  # the burst forms unannounced
    junk(5)
    assert not AuditEvent.objects.filter(verb=WATCH_VERB).exists()
    rung = deliver_many(50, lambda: check_refusals(tenant=Tenant.objects.get(slug="contoso")), threads=threads)

    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    assert rung.results.count(True) == 1
    assert AuditEvent.objects.filter(verb=WATCH_VERB).count() == 1
    assert AuditEvent.objects.filter(verb="staff.notified", details__topic=WATCH_VERB).count() == 1
    assert len([m for m in channel(sandbox)["messages"] if "refused attempts" in m["text"]]) == 1
