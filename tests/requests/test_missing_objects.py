"""A group or mailbox the directory does not have is one part handed over; a privileged one still stops the ticket.

Both sides of the same line, each read from the sandbox's own state. A group no directory object answers to
("Finance-Writers", a typo of Finance-Readers) is found when the plan is made: that part goes to a technician as
`missing`, with "no group called ..." as its reason, and the password reset asked in the same ticket still runs.
An admin group, whether the directory has it or only its name says so, is the safety floor's: refused, and the
refusal still stops the whole ticket (nothing of it runs), exactly as before.
"""

from __future__ import annotations

import pytest

from playbooks.selectors import intent_outcomes
from tests.requests import effects
from tests.requests.harness import describe, drive, verdict
from tests.requests.spec import ADELE, NAMES, NANCY, Row, Want
from tests.trust.helpers import business_hours, pin_clock


def _row(row_id: str, slug: str, requester: str, body: str, group: str, outcome: str = "missing") -> Row:
    return Row(id=row_id, slug=slug, lang="en", cat="multi", requester=requester, name=NAMES[requester],
               subject="Two things", body=body,
               wants=(Want("reset_password", requester), Want("add_to_group", requester, group, outcome=outcome)))


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "requester", "group"), [
    ("contoso", ADELE, "Finance-Writers"),  # Entra
    ("northwind", NANCY, "Accounting-Team"),  # Okta
])
def test_a_group_the_directory_lacks_is_handed_over_and_the_rest_is_done(slug, requester, group, world, sandbox,
                                                                         monkeypatch, mailoutbox):
    pin_clock(monkeypatch, business_hours())
    row = _row(f"missing-{slug}", slug, requester,
               f"Hi, please reset my password and add me to {group}. Thanks", group)
    run = drive(row, sandbox)
    assert not verdict(run), describe(run)  # reset done at the vendor, the add not, the reply says which is which
    (added,) = [o for o in intent_outcomes(run.ticket) if o.kind == "add_to_group"]
    assert [g["code"] for g in added.gaps] == ["missing"]
    assert f"No group called '{group}'" in added.reason
    assert not run.ticket.actions.filter(kind="add_to_group").exists()  # never planned, so never put to anyone


@pytest.mark.django_db
def test_a_group_pointed_at_but_not_named_is_asked_about_and_the_rest_is_done(world, sandbox, monkeypatch,
                                                                             mailoutbox):
    pin_clock(monkeypatch, business_hours())
    row = _row("pointed-contoso", "contoso", ADELE,
               "Hello, please reset my password, and could you also add me to the one Sam talked about? Thanks", "")
    run = drive(row, sandbox)
    assert not verdict(run), describe(run)  # not dropped: listed as a technician's, the reset done at the vendor
    (added,) = [o for o in intent_outcomes(run.ticket) if o.kind == "add_to_group"]
    assert "does not say which group" in added.reason


@pytest.mark.django_db
@pytest.mark.parametrize("group", [
    "Privileged Admins",  # in the directory, and an admin group
    "Domain Admins",  # not in the directory, but named as an admin group: the floor's, not a mere typo
])
def test_an_admin_group_is_still_refused_and_stops_the_whole_ticket(group, world, sandbox, monkeypatch, mailoutbox):
    pin_clock(monkeypatch, business_hours())
    row = _row("admin-group", "contoso", ADELE, f"Hi, please reset my password and add me to {group}. Thanks",
               group, outcome="ambiguous")
    run = drive(row, sandbox)
    assert run.ticket.status == "escalated", describe(run)
    reset = Want("reset_password", ADELE)
    assert not effects.happened(reset, "contoso", run.before, run.after), "the floor's refusal stops the reset too"
    assert not effects.changed(run.before, run.after), "nothing of a refused ticket changes at the vendor"
    refused = run.ticket.actions.get(kind="add_to_group")
    assert refused.params["group"] == group and refused.status != "succeeded"
    assert run.approvals == 0  # refused outright: never put to a technician to approve
