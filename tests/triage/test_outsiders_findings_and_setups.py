"""What set h92 (a chain of private clinics and laboratories) showed the engine misread; the sentences are our own.

A referring doctor's practice or a patient whose portal login is locked or forgotten (tickets/triage/other_parties.py),
the mail named without its "e" beside Windows as what works (not_the_account.py), a phishing mail called "fishy"
(other_senses.py), an audit rule's finding pasted for review (devices_and_notices.py), a question whether the writer
may do a thing themself or IT must, from when, or what will be needed later (questions.py), and a starter's laptop
stuck in its own set-up (starter_hardware.py). Each with a near sentence that stays the request it was.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("results portal", "The referring GP practice in Northside phoned: their login to the results portal is locked."),
    ("Befundportal", "Die einsendende Praxis Dr. Holm meldet, ihr Zugang zum Befundportal ist gesperrt."),
    ("portail", "Le médecin traitant du patient appelle : son accès au portail des résultats est bloqué."),
    ("portal", "El médico remitente llamó: su acceso al portal de resultados está bloqueado."),
    ("portaal", "De verwijzende huisarts belde: hun account voor het uitslagenportaal is geblokkeerd."),
    ("app login", "Patient rang reception this morning, she cannot reset her password in the appointments app."),
])
def test_an_outside_practices_or_a_patients_login_is_not_staffs(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("locked", "Our practice nurse is locked out of her Windows account, please unlock it.", "account_unlock"),
    ("password", "Dr Kern forgot her password, please reset it for her.", "password_reset"),
])
def test_staff_of_the_practice_itself_are_still_requests(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Laborprogramm gesperrt", "Im Laborprogramm ist mein Benutzer gesperrt. Windows und Mail gehen normal.", "other"),
    ("Planning", "Mon compte du logiciel de planning est bloqué. Windows et mail marchent.", "other"),
    # The directory's own account locked, with mail not said to work: still the unlock.
    ("Konto gesperrt", "Mein Windows-Konto ist gesperrt, bitte entsperren.", "account_unlock"),
])
def test_mail_without_its_e_said_to_work_sets_an_apps_lock_apart(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("odd mail", "Received 'your password expires tonight, click to keep it' from a strange address. "
                 "Looks fishy, I did not click it.", "other"),
    ("mail", "Got a sketchy message saying my mailbox is full, haven't opened the link. Sending it on.", "other"),
    # A password that really expired, asked to be reset: the request it was.
    ("password", "My password expired this morning, please reset it.", "password_reset"),
])
def test_a_mail_called_fishy_is_a_phishing_report(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("[SIEM] account created", "Detection rule: account 'svc.temp2' created by admin_x outside the joiner process. Please review."),
    ("Alarm", "Überwachungsregel: Benutzer 'prakt3' wurde ohne Eintrittsprozess angelegt. Bitte prüfen."),
    ("Alerte", "Règle d'audit : compte 'stagiaire9' ajouté au groupe Admins hors processus. Merci de vérifier."),
])
def test_an_audit_rules_finding_is_for_a_person_to_weigh(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_new_starter_asked_for_beside_a_rule_name_is_still_an_onboarding():
    result = triage("new starter", "New starter Maria Lind begins on 3 March in Finance, please create her account.")
    assert result.category == "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("own list", "Can I create a contact group for my suppliers myself or does the service desk have to do that?"),
    ("Verteiler", "Kann ich so einen Verteiler selbst anlegen oder muss das die IT machen?"),
    ("liste", "Puis-je créer cette liste de diffusion moi-même ou est-ce que l'informatique doit le faire ?"),
    ("lista", "¿Puedo crear la lista de distribución yo o lo tiene que hacer informática?"),
    ("lijst", "Kan ik zelf een distributielijst aanmaken of moet ICT dat doen?"),
    ("new colleague", "From when can I file the request for a new colleague starting in May, and what details do you need?"),
    ("Neue Kollegin", "Ab wann kann ich den Antrag für eine neue Kollegin (Start 1.9.) stellen?"),
    ("authenticator", "Quick question: will we need the authenticator for the remote desktop after the switch? Want to brief my team."),
])
def test_whose_hands_from_when_and_what_later_are_questions(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("distribution list", "Please add me to the suppliers distribution list.", "group_membership"),
    ("new colleague", "New colleague Tom Berg starts on 1 May in Accounts, please create his account.", "onboarding"),
    ("MFA", "I got a new phone, please reset my authenticator so I can register it.", "mfa_reset"),
])
def test_the_same_things_asked_for_stay_requests(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter laptop", "The new starter's laptop is stuck at 'Getting your account ready' for an hour, error 0x800705b4. "
                           "User mbrandt starts today."),
    ("Laptop Neue", "Der Laptop der neuen Mitarbeiterin hängt bei 'Konto wird eingerichtet', Fehler 80180018."),
])
def test_a_starters_laptop_stuck_in_its_own_setup_is_a_device_fault(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_starters_laptop_fault_with_the_account_asked_is_still_an_onboarding():
    result = triage("new starter", "New starter Ola Nilsen starts Monday in Sales; please create his account. "
                                   "His laptop is stuck at 'Preparing your device'.")
    assert result.category == "onboarding", result.reason
