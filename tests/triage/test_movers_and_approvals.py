"""Whose change it is. Someone who moves inside the firm (a new role, team or engagement) is not a leaver, whatever the
subject calls them: their memberships change. And "Approved." above a forwarded request approves that request: the
request is the forwarded one, and its "me" is its author, not the approver who sent it. holdout19 showed both; the
sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver from approvers", "please take j.hart out of the ap-approvers group, she changed role to HR last week"),
    ("channels", "Remove Omar Said from the 'Harbour Bid' team, he has moved to another engagement."),
    ("mover", "Kim Tran was transferred to the Leeds office, please remove her from the london-staff group."),
])
def test_a_move_inside_the_firm_is_a_membership_change_not_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver", "Ben Cole has left the company and moved to another employer. Please disable his account."),
    ("leaver home drive", "a.rossi left last week, her files moved to the team share, then delete the account please"),
])
def test_a_leaver_is_still_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


def test_an_approval_above_a_forwarded_request_is_that_request_for_its_author():
    body = ("Approved.\n\n-----Original Message-----\nFrom: Dana Holt\n"
            "Please add me to Audit-NL-Readers so I can open the Dutch audit memos.")
    result = triage("FW: Approval - Audit-NL-Readers", body)
    assert result.category == "group_membership", result.reason
    # The one to add wrote the forwarded message; the approver who sent it is not the account to change.
    assert result.needs_human and "forwarded" in result.reason


@pytest.mark.parametrize("newest", ["Genehmigt, bitte umsetzen.", "Goedgekeurd.", "Approved - please proceed"])
def test_an_approval_in_any_language_approves_the_forwarded_request(newest):
    body = f"{newest}\n\n-----Original Message-----\nFrom: Lea Brun\nPlease add me to Tax-FR-Readers for the Lyon file."
    result = triage("FW: Zugriff Tax-FR-Readers", body)
    assert result.category == "group_membership", result.reason
    assert result.needs_human


@pytest.mark.parametrize("newest", ["Can we talk about this first?", "Why does she need this?", "Not approved."])
def test_words_other_than_an_approval_do_not_make_the_forward_a_request(newest):
    body = f"{newest}\n\n-----Original Message-----\nFrom: Lea Brun\nPlease add me to Tax-FR-Readers for the Lyon file."
    result = triage("FW: Tax-FR-Readers", body)
    assert result.category != "group_membership" or result.needs_human, result.reason
