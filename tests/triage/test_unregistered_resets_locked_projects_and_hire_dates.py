"""Three readings taught from set h136, in our own sentences:

- the self-service reset refusing a writer who never signed up for it, a reset asked of the desk: a password reset
  (tickets/triage/self_service_tools.py), while a prompt to sign up stays no reset;
- a project or a job locked in a business application: no unlock (tickets/triage/another_kind.py), while an account
  locked on a project's portal stays one;
- an HR system's hire notice with its labelled hire date: an onboarding (the "start field" signal,
  tickets/triage/patterns.py), while a termination notice listing the old hire date stays an offboarding.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("SSPR", "The self-service password reset says my account is not registered. I need a password reset please."),
    ("reset portal", "tried SSPR this morning, it says I was never enrolled - need a password reset please, k.obi"),
    ("Passwort", "Die Self-Service-Kennwortzurücksetzung sagt, ich bin nicht registriert. Brauche ein neues Passwort."),
    ("mot de passe", "La réinitialisation du mot de passe en libre-service dit que je ne suis pas inscrit, "
                     "j'ai besoin d'un nouveau mot de passe."),
])
def test_a_self_service_reset_refused_for_want_of_sign_up_leaves_the_desks_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("SSPR pop-up", "A pop-up says I'm not registered for SSPR yet and should register now. Is this phishing?"),
    ("Pop-up", "Each morning a prompt asks me to register for SSPR. Is it genuine?"),
])
def test_a_prompt_to_sign_up_stays_no_reset(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("project locked", "Project 77-102 ring road is locked in the site tool, can't edit Monday's diary. Who reopens it?"),
    ("Projekt gesperrt", "Projekt 2024-17 ist im ERP gesperrt, ich kann keine Stunden buchen."),
    ("projet", "Le projet Lyon Nord est verrouillé dans l'outil, impossible de modifier le journal."),
    ("proyecto", "El proyecto 88 está bloqueado en SAP, no puedo imputar horas."),
    ("project", "Het project A12 is geblokkeerd in het planningssysteem, ik kan niets wijzigen."),
])
def test_a_project_locked_in_a_business_tool_is_no_unlock(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("project portal", "My account on the project portal is locked, please unlock it."),
    ("locked out", "I am locked out of the project site after three tries, please unlock my account."),
])
def test_an_account_locked_on_a_projects_portal_stays_an_unlock(subject, body):
    assert triage(subject, body).category == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("[HR] New Hire: Priya Nair", "Automated message from the HR system.\nEvent: Hire\nEmployee: Priya Nair (5521)\n"
                                  "Job: Site Surveyor\nHire Date: 14/10/2024"),
    ("Neuer Mitarbeiter: Jonas Weber", "Automatische Nachricht aus dem HR-System.\nName: Jonas Weber\n"
                                       "Abteilung: Einkauf\nEinstellungsdatum: 01.10.2024"),
])
def test_an_hr_systems_hire_notice_with_its_hire_date_is_an_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


def test_a_termination_notice_listing_the_hire_date_stays_an_offboarding():
    body = ("Automated message.\nEvent: Termination\nEmployee: Ana Ruiz\nHire Date: 03/02/2019\n"
            "Termination Date: 30/09/2024")
    assert triage("[HR] Termination: Ana Ruiz", body).category == "offboarding"


def test_a_record_update_naming_a_hire_date_is_no_onboarding():
    body = "Employee: Ana Ruiz\nHire date: 03/02/2019\nNew cost centre: 4410"
    assert triage("Employee record updated", body).category == "other"
