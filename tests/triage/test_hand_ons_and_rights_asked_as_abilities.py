"""A hand-on above a forward ("Please action." over an HR leaver notice) asks for what the forward asks
(tickets/triage/reference.approved_request); a mailbox right named as what someone may do ("Can Priya send on behalf of
reservations@?") is that right asked for (tickets/triage/questions.py). nearmiss3 showed both; the sentences are our
own, with a forwarded notice that asks for nothing and a question that only asks how.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage

_LEAVER_NOTICE = ("-----Original Message-----\nFrom: HR Notifications\nSubject: Leaver - Tom Baker\nEmployee: Tom Baker\n"
                  "Department: Sales\nLeaving date: 30/04\nPlease complete the IT leaver process on the leaving date.")


@pytest.mark.parametrize("hand_on", ["Please action.", "Please handle.", "For action.", "Bitte erledigen.",
                                     "Merci de traiter.", "Graag afhandelen."])
def test_a_hand_on_above_a_forwarded_leaver_notice_asks_for_it(hand_on):
    result = triage("FW: Leaver - Tom Baker", f"{hand_on}\n\n{_LEAVER_NOTICE}")
    assert result.category == "offboarding", result.reason


def test_a_hand_on_above_a_forwarded_expiry_notice_asks_for_nothing():
    result = triage("FW: Your password expires in 3 days", "Please action.\n\n-----Original Message-----\nFrom: "
                    "Microsoft\nSubject: Your password expires in 3 days\nYour password will expire in 3 days.")
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("send as", "Can Priya Shah send on behalf of reservations@harbourview.example? She manages the inbox already."),
    ("sales@", "Could Tom Becker send as sales@contoso.com? His replies go out under his own name."),
])
def test_a_mailbox_right_asked_as_an_ability_is_asked(subject, body):
    result = triage(subject, body)
    assert result.category == "mailbox_access", result.reason


def test_how_send_as_works_is_still_a_question():
    result = triage("send as", "How does Send As work? What is the difference to Send on Behalf?")
    assert result.category == "other", result.reason


# holdout48 (a hospital trust's): a right asked for a person named at length ("can the new ward clerk Priya Shah get
# ...?") is asked as a request; the same words after "what" ask about the rules.
def test_a_right_asked_for_a_person_named_at_length_is_asked():
    result = triage("calendar", "Can the new ward clerk Priya Shah get edit rights to my calendar?")
    assert result.category == "mailbox_access", result.reason


def test_what_rights_someone_can_get_is_a_question():
    result = triage("calendar rights", "What rights can the secretaries of a consultant get on his calendar? Just "
                                       "wondering how it is set up.")
    assert result.category == "other", result.reason


def test_a_vendor_asked_so_as_to_get_a_login_is_no_right_asked():
    # "Could IT contact the vendor to get ...": what "get" is for is the vendor's act; a colleague who held the login
    # and has left is why, not a leaver to offboard.
    result = triage("portal login", "Could IT contact the publisher to get the firm's admin login for their portal? "
                                    "The colleague who held it has left and nobody knows it.")
    assert result.category == "other", result.reason


# holdout59: a pointer to the forward ("pls see below") hands it on as "Please action." does. Our own sentences.
@pytest.mark.parametrize("pointer", ["Please see below.", "See the mail below.", "Siehe unten.",
                                     "Voir ci-dessous.", "Ver abajo.", "Zie hieronder."])
def test_a_pointer_above_a_forwarded_leaver_notice_asks_for_it(pointer):
    result = triage("FW: Leaver - Tom Baker", f"{pointer}\n\n{_LEAVER_NOTICE}")
    assert result.category == "offboarding", result.reason


def test_a_pointer_above_a_forwarded_expiry_notice_asks_for_nothing():
    result = triage("FW: Your password expires in 3 days", "Please see below.\n\n-----Original Message-----\nFrom: "
                    "Microsoft\nSubject: Your password expires in 3 days\nYour password will expire in 3 days.")
    assert result.category == "other", result.reason


def test_a_pointer_with_a_question_of_its_own_is_not_a_hand_on():
    result = triage("FW: Leaver - Tom Baker", f"See below. Is this the right form to use?\n\n{_LEAVER_NOTICE}")
    assert result.category != "offboarding" or result.needs_human, result.reason
