"""What study set h77 (an agricultural machinery maker's queue) taught, each on both sides, in our own sentences.

- vetoes.py: a reset declined by name ("unlock only, no reset") leaves the unlock; a reset's missing link does not.
- already_done.py: a reset said to have worked with its time between ("the reset from this morning worked"), closed;
  a newcomer's user said made already ("Benutzer ist schon angelegt") leaves only the hardware.
- discounts.py: a notice retold with its sender and its demand as a that-clause ("an email from 'IT team' that I must
  reset my password") asks for nothing of its own.
- not_the_account.py: a shop floor's booking terminal locked by its process, and the directory's sign-in said fine in
  a terse note ("windows login fine") beside one application's lock.
- patterns.py / vocabulary.py: a person taken off a SharePoint site is a membership, not a leaver's account; the admin
  centre's licence part numbers and one plan "instead of" another are a licence change.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("unlock only", "Account of our trainee in purchasing is locked. Only unlock it please, no reset: he knows the "
                    "password he set on Monday."),
    ("Konto gesperrt", "Bitte nur mein Konto entsperren, kein Reset nötig, ich habe mich nur vertippt."),
    ("compte bloqué", "Mon compte est bloqué, merci de le débloquer, sans réinitialisation s'il vous plaît."),
    ("locked", "Locked after the holidays. Just unlock, without a password reset, I remember it now."),
])
def test_an_unlock_whose_reset_is_declined_stays_an_unlock(subject, body):
    assert triage(subject, body).category == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("reset", "No reset link came through on my phone. Please reset my password, I am locked out."),
    ("password", "There is no reset option in the portal, could you reset my password for me?"),
])
def test_a_reset_whose_link_is_missing_is_still_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("sorted", "The password reset you did yesterday evening worked, I'm back in. You can close the ticket."),
    ("done", "My unlock from this morning worked fine, please close."),
    ("erledigt", "Das Zurücksetzen von gestern Abend hat geklappt, das Ticket kann geschlossen werden."),
])
def test_a_reset_said_to_have_worked_with_its_time_between_asks_for_nothing(subject, body):
    assert triage(subject, body).category == "other"


def test_a_reset_from_this_morning_that_has_not_worked_is_no_close():
    result = triage("still broken", "The password reset from this morning has not worked, I still cannot log in, "
                                    "please reset it again.")
    assert result.category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("Neue Kollegin Werkstatt", "Neue Kollegin in der Werkstatt ab 15.05., Benutzer ist schon angelegt. Bitte "
                                "Notebook und Diensthandy vorbereiten."),
    ("new starter kit", "New technician in the test field from 2 June, user is already created. We need a laptop "
                        "and a rugged phone on his desk."),
])
def test_a_newcomer_whose_user_is_made_already_needs_only_hardware(subject, body):
    assert triage(subject, body).category == "other"


def test_a_newcomer_whose_user_is_still_to_make_is_an_onboarding():
    result = triage("new starter", "New technician in the test field from 2 June, please create the user and prepare "
                                   "a laptop.")
    assert result.category == "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("odd mail", "Received an email from 'IT Service Team' that I have to reset my password today. Didn't open the "
                 "link, half of the sales office got the same."),
    ("Mail", "Ich habe eine Mail von Microsoft bekommen, dass ich mein Passwort sofort zurücksetzen muss. Nichts "
             "angeklickt."),
])
def test_a_notice_retold_with_its_demand_asks_for_nothing(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("expired", "Got an email saying my password expired, please reset it for me."),
    ("Passwort", "Habe eine Mail bekommen, dass mein Passwort abgelaufen ist. Bitte zurücksetzen, ich komme nicht rein."),
])
def test_a_notice_retold_beside_a_plea_of_ones_own_is_still_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("paint shop terminal", "The production terminal in the paint shop is locked with 'order not confirmed', workers "
                            "cannot book anything."),
    ("BDE gesperrt", "BDE-Terminal in Halle 4 gesperrt, Meldung 'Auftrag offen', bitte dringend."),
])
def test_a_shop_floor_terminal_locked_by_its_process_is_no_account(subject, body):
    assert triage(subject, body).category == "other"


def test_a_terminal_servers_lockout_is_still_an_unlock():
    result = triage("locked", "The terminal server says my account is locked, please unlock it.")
    assert result.category == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("CRM locked", "My user is locked in the CRM after the update, message 'user locked by system'. Windows login "
                   "fine."),
    ("ERP gesperrt", "Im ERP steht 'Benutzer gesperrt'. Windows-Anmeldung ok."),
])
def test_one_applications_lock_beside_a_terse_working_windows_is_no_unlock(subject, body):
    assert triage(subject, body).category == "other"


def test_a_windows_login_asked_about_is_no_working_sign_in():
    result = triage("locked", "Windows login ok? No, my account keeps locking, please unlock it.")
    assert result.category == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("sharepoint", "Please remove freelancer user from sharepoint site 'Dealer Days 2024', the campaign is over."),
    ("site", "Remove external user j.berg from the team site Suppliers, the project is over."),
])
def test_a_person_taken_off_a_site_is_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


def test_a_leavers_account_removed_is_still_an_offboarding():
    result = triage("leaver", "Markus left on Friday, please disable his user account and remove his access.")
    assert result.category == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("licence", "SPE_E5 instead of SPE_E3 for the new controller Lena Vogt, approved by her manager."),
    ("Lizenz", "Bitte E5 statt E3 für Herrn Brandt, Freigabe liegt vor."),
    ("licence", "Please assign ENTERPRISEPACK to Ana Ruiz."),
])
def test_licence_part_numbers_and_one_plan_instead_of_another_are_a_licence_change(subject, body):
    assert triage(subject, body).category == "license_change"


@pytest.mark.parametrize(("subject", "body"), [
    ("invoice", "Our ENTERPRISEPACK renewal invoice arrived, forwarding it to purchasing for the records."),
    ("question", "Is E5 better than E3 for the security team? Just asking for the budget plan."),
])
def test_a_part_number_named_without_a_change_is_no_licence_change(subject, body):
    assert triage(subject, body).category == "other"
