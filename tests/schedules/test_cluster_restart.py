"""A step scheduled for later runs at its time although the cluster was restarted in between, for real: a
`manage.py qcluster` subprocess is stopped before the time (SIGTERM for one ticket, kill -9 of its whole process
group for the other), a new one is started, and the sandbox's own state and request log show each leaver's account
disabled at or after its time, exactly once, and the ticket settled.

One test covers both stops, so the wait for django-q2's scheduler (it first looks at the schedules about 30 s after
a cluster starts) is paid once: cluster A is stopped with SIGTERM after ticket 1 was scheduled, cluster B killed
with SIGKILL after ticket 2 was scheduled, and cluster C, started after both times were set, runs both.
"""

from __future__ import annotations

import json
import signal
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from django_q.models import Schedule

from playbooks.choices import ActionStatus
from tests.onboarding.test_onboarding import REQUESTER, approve_all, live
from tests.schedules.cluster import Cluster, until
from tests.trust.helpers import submit
from tickets.choices import TicketStatus
from tickets.models import Ticket

LEAVERS = {
    "alex.wilber@contoso.example": ("Leaver: Alex Wilber", "Alex Wilber's last day is 2030-05-03. Please offboard "
                                    "alex.wilber@contoso.example and disable him at 5 pm that day."),
    "adele.vance@contoso.example": ("Leaver: Adele Vance", "Adele Vance's last day is 2030-05-03. Please offboard "
                                    "adele.vance@contoso.example and disable her at 5 pm that day."),
}
AHEAD = timedelta(seconds=15)  # a stop takes a second or two; a loaded 2-core machine gets ample slack


def _scheduled(address: str) -> Ticket:
    """The leaver's offboarding, approved by a technician and waiting on its schedules (in the year 2030)."""
    ticket = approve_all(submit("contoso", REQUESTER["contoso"], *LEAVERS[address]))
    assert ticket.actions.exists()
    assert not ticket.actions.exclude(status=ActionStatus.APPROVED).exists()
    assert Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} ").count() == ticket.actions.count()
    return ticket


def _bring_forward(ticket: Ticket, at: Any) -> None:
    """As if the ticket had asked for `at`: the steps' time and their schedules' next run (seconds, not a date)."""
    ticket.actions.update(not_before=at)
    Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} ").update(next_run=at)


def _disables(sandbox: Any, address: str) -> list[dict[str, Any]]:
    """Graph writes that turned the account's sign-in off, from the sandbox's request log."""
    user_id = sandbox.sandbox.state()["graph"]["contoso"]["users"][address]["id"]
    rows = []
    for row in sandbox.sandbox.writes("graph"):
        body = row["body"] or ""
        if (row["method"] == "PATCH" and row["path"].rstrip("/").rsplit("/", 1)[-1] in (address, user_id)
                and '"accountEnabled"' in body) and json.loads(body).get("accountEnabled") is False:
            rows.append(row)
    return rows


def _enabled(sandbox: Any, address: str) -> bool:
    return sandbox.sandbox.state()["graph"]["contoso"]["users"][address]["accountEnabled"]


@pytest.mark.django_db(transaction=True)
def test_scheduled_disables_run_at_their_time_after_a_sigterm_and_a_kill_9(world: Any, sandbox: Any,
                                                                           tmp_path: Path) -> None:
    live("contoso")
    alex, adele = LEAVERS
    first, second = _scheduled(alex), _scheduled(adele)
    log = tmp_path / "cluster.log"
    times: dict[str, Any] = {}

    with Cluster(log) as a:
        a.wait_running()
        times[alex] = timezone.now() + AHEAD
        _bring_forward(first, times[alex])
        a.stop(signal.SIGTERM)
        assert timezone.now() < times[alex]  # gone before the time
    with Cluster(log) as b:
        b.wait_running()
        times[adele] = timezone.now() + AHEAD
        _bring_forward(second, times[adele])
        b.stop(signal.SIGKILL)
        assert timezone.now() < times[adele]
    # Nothing had run: neither cluster lived to look at its schedules.
    assert _enabled(sandbox, alex) and _enabled(sandbox, adele)
    assert not _disables(sandbox, alex) and not _disables(sandbox, adele)

    with Cluster(log) as c:
        c.wait_running()
        # django-q2 looks at its schedules about every 30 s: the generous deadline is for a loaded machine.
        until(lambda: not _enabled(sandbox, alex) and not _enabled(sandbox, adele),
              timeout=(max(times.values()) - timezone.now()).total_seconds() + 150, what="both disables")
        for ticket in (first, second):
            until(lambda ticket=ticket: Ticket.objects.get(pk=ticket.pk).status in (
                TicketStatus.RESOLVED, TicketStatus.ESCALATED), timeout=90, what=f"ticket {ticket.pk} to settle")
        time.sleep(0.5)  # a duplicate run would land now; none may
    for address, ticket in ((alex, first), (adele, second)):
        disables = _disables(sandbox, address)
        assert len(disables) == 1, disables  # once
        assert disables[0]["at"] >= times[address].timestamp()  # not before its time
        assert disables[0]["status"] == 204 or 200 <= disables[0]["status"] < 300
        assert not ticket.actions.exclude(status=ActionStatus.SUCCEEDED).exists()
        # Each ONCE schedule (repeats=-1) was deleted by django-q2 as it rang: none is left in the table.
        assert not Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} ").exists()
