"""Issue 12's acceptance suite: requests with several intents, mailbox rights, licences, group removals and sessions,
in five languages, on all three tenants, each run through the real pipeline and connectors on the sandbox.

A row passes when the ticket ends as expected (resolved only when every part was done, else escalated with the done
parts listed), the sandbox shows every done part for the right person and object and nothing else, nothing handed
over happened, the plan says why each handed-over part was not done, and no reply says done for anything that was
not. Rows that need issue 12 work not on main yet are strict xfails naming that part (pending.py), so each one turns
into a failure, to be taken off the list, the moment it starts passing.
"""

from __future__ import annotations

import pytest

from tests.requests.harness import describe, drive, verdict
from tests.requests.pending import PENDING
from tests.requests.rows import ROWS
from tests.trust.helpers import business_hours, pin_clock


def _param(row):
    marks = [pytest.mark.xfail(strict=True, reason=PENDING[row.id])] if row.id in PENDING else []
    return pytest.param(row, id=row.id, marks=marks)


@pytest.mark.django_db
@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_request_is_done_as_asked_or_handed_over_with_the_rest(row, world, sandbox, monkeypatch, mailoutbox):
    pin_clock(monkeypatch, business_hours())
    run = drive(row, sandbox)
    problems = verdict(run)
    assert not problems, describe(run)
