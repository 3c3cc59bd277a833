"""A new hire's form dates the arrival in a start field, and the share it lists is a step of the onboarding
(tickets/triage/settling.py); "onboarding" naming a guide or a team, and a reset said not needed, ask for neither
(tickets/triage/objects.py, vetoes.py). The sentences are our own.
"""

from __future__ import annotations

from tickets.triage import triage


def test_a_new_hire_form_with_a_start_field_and_a_share_is_an_onboarding():
    body = ("Name: Jonas Berg\nStart: 02.06.2025\nTeam: Hangar night shift\nRole: technician\n"
            "Needs: user account, email, access to the tooling share\n\nPeople team")
    result = triage("New hire form - technician", body)
    assert result.category == "onboarding", result.reason


def test_a_share_asked_for_a_colleague_already_here_stays_a_membership():
    result = triage("tooling share", "please give Jonas Berg access to the tooling share, he moved to the hangar team")
    assert result.category == "group_membership", result.reason


def test_a_leavers_checklist_signed_by_the_onboarding_team_is_not_an_onboarding():
    result = triage("leaver checklist open", "The leaver checklist line 'IT account' is still open for mkpl, last day "
                                             "was 30.06. please do it. - HR Onboarding/Offboarding team")
    assert result.category != "onboarding", result.reason


def test_a_reset_page_tested_for_the_onboarding_guide_asks_for_nothing():
    result = triage("reset page error", "the password reset page shows an error. I don't need a reset myself, I was "
                                        "checking the link for our onboarding guide. can you look at it")
    assert result.category == "other", result.reason


def test_a_newcomer_named_by_the_onboarding_team_stays_an_onboarding():
    result = triage("new starter", "New starter Amal Haddad starts on Monday in claims, please create her account "
                                   "and mailbox. Thanks, HR onboarding team")
    assert result.category == "onboarding", result.reason


def test_a_reset_asked_stays_a_reset():
    result = triage("password", "I forgot my password, please reset it")
    assert result.category == "password_reset", result.reason
