"""One read of each person per step of a ticket (issue 17): a colleague named without an address is looked up while
the ticket is planned, and the decision in the same step resolves and verifies the same person; it reads her once.
The execution is another step, and reads her afresh right before its write. Counted from the sandbox's own log, the
change checked in the directory."""

from __future__ import annotations

import pytest

from playbooks.models import Action
from tests.targets.helpers import approve_as_technician, let_group_adds_run, submit

MEGAN, ALEX = "megan.bowen@contoso.example", "alex.wilber@contoso.example"
# The planning step: the name search, Alex (one $batch: her user with what needs her id), the group (asked twice: by
# the planner, which checks it exists, and by the decision), Megan the requester (one $batch).
START_STEP_CALLS = 5  # 7 when a user was read before her $batch; 9 when the decision read Alex again; 18 unbatched


def alex_reads(sandbox) -> list[int]:  # type: ignore[no-untyped-def]
    """The log rows at which Alex was read in full: her user, then the $batch of what needs her id."""
    return [r["n"] for r in sandbox.sandbox.requests("graph")
            if r["method"] == "GET" and r["path"] == f"/v1.0/users/{ALEX}"]


@pytest.mark.django_db
def test_a_colleague_named_in_the_ticket_is_read_once_to_plan_and_decide_and_again_to_write(tenant_key, sandbox):
    let_group_adds_run("contoso")
    ticket = submit(tenant_key, "contoso", "per-step", MEGAN, "Please add Alex Wilber to the Finance-Readers group.",
                    name="Megan Bowen")
    action = Action.objects.get(ticket=ticket)
    assert action.status == "awaiting_approval" and action.target == ALEX  # decided; a first add asks a technician
    assert len(alex_reads(sandbox)) == 1  # planning found her; the decision did not ask again
    started = sandbox.sandbox.calls("graph")
    assert len(started) == START_STEP_CALLS, [(r["method"], r["path"]) for r in started]
    batch_paths = {r["path"] for r in sandbox.sandbox.requests("graph") if r["batch"] is not None}
    assert f"/v1.0/users/{ALEX}/transitiveMemberOf" in batch_paths  # her roles were read (by the UPN asked for)

    assert approve_as_technician(action).status == "succeeded"
    reads = alex_reads(sandbox)
    writes = [w["n"] for w in sandbox.sandbox.writes("graph")]
    assert len(reads) == 2 and len(writes) == 1 and reads[1] < writes[0]  # afresh, right before the write
    assert ALEX in sandbox.sandbox.state()["graph"]["contoso"]["groups"]["Finance-Readers"]
