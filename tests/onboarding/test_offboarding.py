"""Offboarding on the sandbox, judged from each vendor's own state: sign-in blocked, sessions revoked, every group
membership removed (what it was recorded for undo), and every other step of the standard sequence named in the PSA
note as a technician's, never skipped silently."""

from __future__ import annotations

from typing import Any

import pytest

from playbooks.choices import ActionStatus
from tests.helpers import internal_notes, psa_ticket
from tests.onboarding.test_onboarding import REQUESTER, approve_all, live
from tests.trust.helpers import submit

pytestmark = pytest.mark.django_db

TECHNICIAN_STEPS = ("Reset the password", "Remove every MFA method", "Convert the mailbox to a shared mailbox",
                    "Remove the licences once the mailbox is converted", "Hide the account from the global address")


def directory(sandbox: Any, slug: str, address: str) -> dict[str, Any]:
    state = sandbox.sandbox.state()
    if slug == "contoso":
        user = state["graph"]["contoso"]["users"][address]
        groups = {name for name, members in state["graph"]["contoso"]["groups"].items() if address in members}
        return {"enabled": user["accountEnabled"], "groups": groups,
                "sessions_from": user["signInSessionsValidFromDateTime"]}
    if slug == "northwind":
        user = state["okta"]["northwind"]["users"][address]
        revoked = [e for e in state["okta"]["northwind"].get("events", [])
                   if e.get("user") == address and "session" in str(e.get("event"))]
        return {"enabled": user["status"] == "ACTIVE", "groups": set(user["groups"]), "sessions_from": len(revoked)}
    user = state["google"]["users"][address]
    groups = {email for email, g in state["google"]["groups"].items() if address in g["members"]}
    return {"enabled": not user["suspended"], "groups": groups, "sessions_from": None}


CASES = [
    ("contoso", "alex.wilber@contoso.example", "Alex Wilber", {"All Staff"}, set()),
    ("northwind", "janet.leverling@northwind.example", "Janet Leverling", {"Paralegals", "Litigation-DL"},
     {"Everyone"}),
    ("fabrikam", "priya.shah@fabrikam.example", "Priya Shah", {"staff@fabrikam.example"}, set()),
]


@pytest.mark.parametrize(("slug", "address", "name", "removed", "kept"), CASES, ids=[c[0] for c in CASES])
def test_an_offboarding_ends_with_every_step_done_or_named_for_a_technician(
        world: Any, sandbox: Any, slug: str, address: str, name: str, removed: set[str], kept: set[str]) -> None:
    live(slug)
    before = directory(sandbox, slug, address)
    assert before["enabled"] and removed <= before["groups"]
    ticket = approve_all(submit(slug, REQUESTER[slug], f"Leaver: {name}",
                                f"Please offboard {address}, today was their last day."))

    after = directory(sandbox, slug, address)
    assert not after["enabled"]
    assert not removed & after["groups"]
    assert kept <= after["groups"]  # a membership the directory manages itself is not touched
    if slug != "fabrikam":
        assert after["sessions_from"] != before["sessions_from"]
    removals = ticket.actions.filter(kind="remove_from_group")
    assert {a.params["group"].casefold() for a in removals} == {g.casefold() for g in removed}
    assert all(a.status == ActionStatus.SUCCEEDED for a in removals)
    # What each removal undid is kept with it, for the undo.
    assert all(a.result for a in removals)
    # Nothing of the sequence is skipped silently: the rest is a technician's, named on the ticket.
    assert ticket.status == "escalated"
    plan = ticket.intent_plans.get()
    listed = " ".join(g["reason"] for g in plan.gaps)
    for step in TECHNICIAN_STEPS:
        assert step in listed, step
    if slug == "contoso":
        notes = "\n".join(internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id)))
        assert "Convert the mailbox" in notes and "global address list" in notes


def test_the_directory_that_cannot_be_read_leaves_the_groups_to_a_technician(world: Any, sandbox: Any) -> None:
    live("fabrikam")
    sandbox.sandbox.add_fault(vendor="google", method="GET", path=r"/groups$", statuses=[403])
    ticket = approve_all(submit("fabrikam", REQUESTER["fabrikam"], "Leaver: Priya Shah",
                                "Please offboard priya.shah@fabrikam.example, today was her last day."))
    assert not ticket.actions.filter(kind="remove_from_group").exists()
    assert "Remove the account from every group" in " ".join(g["reason"] for g in ticket.intent_plans.get().gaps)
    assert "priya.shah@fabrikam.example" in sandbox.sandbox.state()["google"]["groups"]["staff@fabrikam.example"][
        "members"]
