"""Slack buttons and Teams links carry no edits for the playbooks' kinds either: an edit smuggled into the request
(a leaver's step pointed at the directory admin) is ignored, the version shown is what is approved, and the admin's
account is exactly as before in the sandbox while the leaver's step runs on the leaver."""

from __future__ import annotations

from typing import Any

import pytest

from playbooks.choices import ActionStatus
from tests.chat.test_playbooks_every_channel import ADMIN, ALEX, LEAVER_BODY, _live, on_web
from tests.onboarding.test_offboarding import directory
from tests.onboarding.test_onboarding import REQUESTER
from tests.trust.helpers import submit
from tests.trust.test_edit_floor_matrix import slack_press_with_edit, teams_link_with_edit

pytestmark = pytest.mark.django_db
SMUGGLE = {"slack": slack_press_with_edit, "teams": teams_link_with_edit}


@pytest.mark.parametrize("path", sorted(SMUGGLE))
def test_a_chat_approval_of_a_leavers_step_ignores_an_edit_onto_the_admin(world: Any, sandbox: Any, path: str) -> None:
    _live()
    ticket = submit("contoso", REQUESTER["contoso"], "Leaver: Alex Wilber", LEAVER_BODY.format(ALEX))
    admin_before = directory(sandbox, "contoso", ADMIN)
    first = ticket.actions.order_by("pk").first()
    assert first is not None and first.kind == "disable_user"
    SMUGGLE[path](first, {"target": ADMIN})
    first.refresh_from_db()
    assert (first.target, first.version, first.params) == (ALEX, 1, {"target": ALEX})
    assert first.status == ActionStatus.SUCCEEDED, (first.status, first.error)  # the first step: its turn now
    assert not directory(sandbox, "contoso", ALEX)["enabled"]
    assert directory(sandbox, "contoso", ADMIN) == admin_before
    # The rest of the sequence still waits for a technician; the queue approves it as shown.
    for action in ticket.actions.filter(status=ActionStatus.AWAITING_APPROVAL).order_by("pk"):
        assert on_web(action).startswith("Approved"), action.kind
    assert directory(sandbox, "contoso", ADMIN) == admin_before
