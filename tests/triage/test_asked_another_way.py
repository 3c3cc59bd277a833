"""Requests and non-requests said in words the engine did not read: a message sent to a list and to be recalled is
no membership; an account "can be removed" and a contractor whose project is over make a leaver; "the new guy" is a
newcomer; an approval signed with the approver's name still approves what is forwarded; "wants it reset" asks for
the reset; "kann man das freischalten?" asks for it; a newcomer's form that opens with the role; an account asked for
in another ticket leaves the laptop alone; a product's seat is a licence, and content inside a product ("the
dashboards in Power BI") is not. holdout16 showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("leaver", "consultant j.berg completed the assignment on Friday, the account can be disabled", "offboarding"),
    ("contractor", "contractor ext.lwong finished his contract yesterday, please remove the account", "offboarding"),
    ("new", "new guy in the stores team starts Monday and has no login yet, can someone set it up?", "onboarding"),
    ("reset", "caller locked herself out after changing her password, wants it reset", "password_reset"),
    ("Rechte", "Frau Kaya braucht Leserechte auf dem Ordner Einkauf. Kann man das freischalten?", "group_membership"),
    ("New hire", "Position: Buyer\nLocation: Leeds\nStart date: 2025-05-02\nManager: P. Ward\nEquipment: laptop",
     "onboarding"),
    ("seat", "can you give an Adobe Acrobat seat to Mia Chen", "license_change"),
])
def test_the_request_said_another_way_is_read(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("oops", "I sent the bonus file to the wrong distribution list, can you recall it from everyone's inbox?"),
    ("recall", "please recall the mail I sent to the all-staff list this morning"),
    ("laptop", "please prepare a laptop for new starter Ana Lima starting Monday, her account request was raised in "
               "another ticket"),
    ("seat", "please assign a desk seat to the new intern"),
    ("seat", "need a spare seat for the training room"),
    ("dashboards", "need access to the sales reports in Power BI Pro, my manager can see them"),
])
def test_the_near_misses_stay_with_a_person(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_an_approval_signed_with_a_name_approves_the_forwarded_request():
    body = ("Approved.\n\nMaria\n\n-----Original Message-----\nFrom: Lee, Sam\nSent: Monday 09:12\nTo: Diaz, Maria\n"
            "Subject: access\n\nHi Maria, could you approve my access to \\\\fs01\\finance\\budget? Thanks, Sam")
    result = triage("FW: access budget share", body)
    assert result.category == "group_membership", result.reason
    assert "approves a request forwarded below it" in result.reason


def test_a_product_asked_for_is_still_a_licence():
    assert triage("pbi", "I need a Power BI Pro licence to publish my reports").category == "license_change"


def test_a_list_to_join_is_still_a_membership():
    assert triage("DL", "please add me to the sales-uk distribution list").category == "group_membership"
