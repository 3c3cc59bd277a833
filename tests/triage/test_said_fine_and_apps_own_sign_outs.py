"""Things said fine, and programs' own sign-outs and locks, that a food manufacturer's tickets (set h88) showed the
engine read as requests: a new password said not needed beside a lock (vetoes.py), "all good now" with the ticket
closed (already_done.py), a second factor moved over fine with only mail left to set up, a program's local user and
a machine's driver (not_the_account.py), a licence said in order and an app's sign-out leaving its session
(other_senses.py), and Power BI Pro shortened to "PBI Pro" (vocabulary.py). Each beside a near ticket that still asks. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("locked", "My account is locked after the holidays, please unlock it. No new password needed, I remember it."),
    ("gesperrt", "Mein Konto ist gesperrt, bitte entsperren. Ein neues Passwort ist nicht nötig."),
    ("locked out", "Locked out again this morning, can you unlock me? A new one is not required, I know the password."),
])
def test_a_lock_whose_new_password_is_said_not_needed_is_an_unlock(subject, body):
    assert triage(subject, body).category == "account_unlock"


def test_a_new_password_asked_beside_the_lock_is_still_a_reset():
    result = triage("locked", "Account locked and I forgot the password, new password needed please.")
    assert result.category == "password_reset", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("solved", "I was locked out earlier, used the self-service portal and all good now. You can close the ticket."),
    ("erledigt", "War gesperrt, habe es über das Portal gelöst, jetzt ist alles gut. Ticket kann geschlossen werden."),
    ("résolu", "J'étais bloqué ce matin, tout est ok maintenant, vous pouvez clôturer le ticket."),
    ("opgelost", "Ik was geblokkeerd, alles werkt nu. De melding mag dicht."),
])
def test_everything_said_fine_now_with_the_close_asks_for_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_lock_still_there_beside_a_close_of_another_ticket_is_still_an_unlock():
    result = triage("locked", "My account is locked again, please unlock it.")
    assert result.category == "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new phone", "New work phone arrived. The authenticator moved over fine, I only need Outlook set up, it asks for "
                  "Company Portal."),
    ("neues Handy", "Neues Diensthandy: Authenticator problemlos übertragen, es fehlt nur noch die Mail-App."),
])
def test_a_factor_said_moved_over_fine_asks_for_no_reset(subject, body):
    assert triage(subject, body).category != "mfa_reset"


def test_a_factor_not_moved_to_the_new_phone_is_still_a_reset():
    result = triage("new phone", "I have a new phone and the authenticator is gone, please reset my MFA so I can "
                                 "set it up again.")
    assert result.category == "mfa_reset", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("badge app locked", "The visitor badge software says 'user locked' for our receptionist. It's a local Paxton "
                         "user, not Windows."),
    ("Waage", "Die Waagensoftware meldet 'Benutzer gesperrt', das ist ein lokaler Mettler-Benutzer."),
    ("label printer app", "The labelling station says operator locked for Tom, Windows login on this PC is fine, it "
                          "is only in the label app."),
])
def test_a_programs_local_user_locked_is_not_an_unlock_of_the_account(subject, body):
    assert triage(subject, body).category == "other"


def test_a_local_domain_account_locked_is_still_the_directorys():
    result = triage("locked", "My local domain account is locked out, please unlock it.")
    assert result.category == "account_unlock", result.reason


def test_a_machines_driver_locked_out_is_a_person_to_unlock():
    result = triage("locked", "Forklift driver at the warehouse cannot sign in, Windows says his account is locked. "
                              "Please unlock it.")
    assert result.category == "account_unlock", result.reason


def test_the_forklift_itself_locked_is_still_the_machines():
    assert triage("forklift", "The forklift terminal shows locked after the battery change.").category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Visio crashes", "Visio crashes when I export to PDF. The licence is fine, the about screen shows Plan 2."),
    ("Excel Absturz", "Excel stürzt beim Speichern ab, die Lizenz ist gültig."),
    ("Acrobat", "Acrobat se ferme à l'ouverture des fichiers, la licence est bien active."),
])
def test_a_licence_said_in_order_beside_a_fault_asks_for_no_licence(subject, body):
    assert triage(subject, body).category != "license_change"


def test_a_licence_asked_for_is_still_a_licence():
    result = triage("Visio", "Please assign a Visio licence to me, I need it for the floor plans.")
    assert result.category == "license_change", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("kiosk", "On the visitor kiosk, sign out doesn't end the session, the next visitor sees the previous name."),
    ("Terminal", "Am Lagerterminal beendet das Abmelden die Sitzung nicht, der Nächste sieht die alten Aufträge."),
])
def test_an_apps_sign_out_leaving_its_session_is_a_fault(subject, body):
    assert triage(subject, body).category != "session_revoke"


def test_a_sign_out_everywhere_asked_is_still_a_revoke():
    result = triage("phone stolen", "My phone was stolen, please sign me out of all sessions everywhere.")
    assert result.category == "session_revoke", result.reason


def test_power_bi_pro_shortened_is_a_licence():
    result = triage("PBI Pro", "Can you give PBI Pro to mkowal please, he has to share the shift dashboard.")
    assert result.category == "license_change", result.reason


def test_a_pbi_report_is_no_licence():
    assert triage("PBI report", "The PBI margin report shows last week's figures, refresh seems stuck.").category == "other"
