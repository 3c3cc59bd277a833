"""A leaver's account closed with their memberships taken away is an offboarding
(tickets/triage/account_closed_with_its_groups.py); a membership taken away alone, or an account closed while someone
else is added, keeps its reading. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _reads(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("agency worker finishing", "agency worker qlmvt finishes on the 30th, please disable his account that evening and "
                                "remove him from all groups"),
    ("moving to the parent company", "Harriet Okafor joins the parent company in March and gets a login there. Please "
                                     "disable her login on our side and remove her from every group we run."),
    ("baja", "Lucía Marín se va el viernes. Desactivad su cuenta ese día y quitadle el acceso a las carpetas del "
             "equipo, por favor."),
])
def test_an_account_closed_with_its_groups_is_an_offboarding(subject, body):
    _reads(subject, body, "offboarding")


@pytest.mark.parametrize(("subject", "body"), [
    ("projects group", "please remove Sam Reyes from the projects group, he moved to the Leeds office"),
])
def test_a_membership_taken_away_alone_stays_one(subject, body):
    _reads(subject, body, "group_membership")


def test_an_account_closed_while_another_is_added_is_not_read_as_a_leaver():
    result = triage("swap", "please disable the old kiosk login and add the new kiosk account to the Kiosk group")
    assert result.category != "offboarding", result.reason
