"""What set h130 showed triage misread, each said in general terms with our own sentences, and its near misses:

- a program that keeps the writer out because it counts the user as signed in already (objects.py): its session, no
  lockout and no password; a real lockout beside an "already logged in" of the writer's own stays an unlock;
- a prompt to enrol in the self-service password reset (self_service_tools.py): an enrolment, no reset; a forgotten
  password beside it stays a reset;
- a newcomer's hardware with the access said to be HR's, in German's singular "Zugang" (starter_hardware.py);
- sign-in codes that stopped arriving after the writer changed number (objects.py): the factor's number to change;
- a colleague to look after the writer's inbox while away (objects.py): a mailbox delegation; IT asked to look is not;
- a person put "in" a named share, and a bare access level on a site (folders_joined.py, patterns.py);
- a contract for a person named by their account that ends (joiner_leaver_words.py): a leaver;
- a counted stock of licences moved between people (discounts.py): a licence change, not a licence held beside a fault;
- a lockout where the writer forgot "the new one" (password_troubles.py, said_briefly.py): a reset.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("can't get into stock system", "the stock program says my user is already signed in somewhere and refuses me, "
                                    "locked out since lunch"),
    ("Gesperrt im Lager", "Das Lagerprogramm meldet, der Benutzer sei bereits angemeldet, und lässt mich nicht rein."),
    ("bloqué", "Le logiciel de paie affiche que l'utilisateur est déjà connecté, je suis bloqué dehors."),
    ("bloqueado", "El programa de nóminas dice que el usuario ya ha iniciado sesión y me deja bloqueado."),
    ("buitengesloten", "Het kassaprogramma zegt dat gebruiker kassa2 al ingelogd is, ik ben buitengesloten."),
])
def test_a_program_counting_the_user_as_signed_in_is_no_lockout(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "Locked out of my account after too many attempts, I'm already logged in on my phone though."),
    ("unlock", "My account is locked out, please unlock it. Teams says I'm already signed in on the laptop."),
])
def test_a_lockout_beside_the_writers_own_sign_in_stays_an_unlock(subject, body):
    assert triage(subject, body).category == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("Pop-up", "Every morning a window wants me to enrol my mobile in SSPR. Should I trust it?"),
    ("Registrierung", "Ich werde ständig aufgefordert, mich für die Self-Service-Kennwortzurücksetzung zu registrieren."
                      " Ist das echt?"),
    ("Inscription", "Une page me demande de m'inscrire à la réinitialisation du mot de passe en libre-service."),
])
def test_a_prompt_to_enrol_in_the_self_service_reset_is_no_reset(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("password", "I forgot my password; the page asked me to register for SSPR first."),
    ("password", "Forgot my password and the self service password reset says I'm not registered, please reset it."),
])
def test_a_forgotten_password_beside_the_enrolment_stays_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


def test_a_newcomers_hardware_with_the_access_left_to_hr_is_no_onboarding():
    body = ("Ab dem 1. Juni verstärkt Herr Yilmaz die Buchhaltung. Bitte Notebook und Monitor bestellen, den Zugang "
            "beantragt die Personalabteilung selbst.")
    assert triage("Notebook für neuen Kollegen", body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("no codes", "The sign-in texts stopped coming; I got a new number last month and can't approve anything."),
    ("SMS-Codes", "Seit ich die Handynummer gewechselt habe, kommen keine SMS-Codes mehr an."),
    ("codes SMS", "J'ai changé de numéro, les codes SMS n'arrivent plus."),
    ("códigos", "Cambié de número y ya no me llegan los códigos SMS para entrar."),
    ("sms-codes", "Mijn telefoonnummer is gewijzigd, de sms-codes komen niet meer aan."),
])
def test_codes_lost_after_a_number_change_are_a_factor_reset(subject, body):
    assert triage(subject, body).category == "mfa_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("new phone", "New phone but the same number, the sms codes arrive fine, I just need Outlook set up."),
    ("number", "I changed my mobile number, please update it in the phone list on the intranet."),
])
def test_a_number_change_with_no_codes_lost_is_no_factor_reset(subject, body):
    assert triage(subject, body).category != "mfa_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("holiday cover", "Could Ben Ortiz keep an eye on my mailbox during my holiday? Back on the 20th."),
    ("Urlaub", "Kann Frau Wolf mein Postfach während meines Urlaubs betreuen?"),
    ("absence", "Je pars en congé lundi, Léa peut surveiller ma boîte mail pendant deux semaines."),
    ("vacaciones", "¿Puede Marta atender mi correo mientras estoy de vacaciones?"),
    ("verlof", "Kan Pieter mijn mailbox bijhouden tijdens mijn verlof?"),
])
def test_a_colleague_to_look_after_my_inbox_is_mailbox_access(subject, body):
    assert triage(subject, body).category == "mailbox_access"


@pytest.mark.parametrize(("subject", "body"), [
    ("inbox", "Can you check my inbox, it keeps crashing when I open it."),
    ("ipad", "Can I read my mail on the iPad?"),
    ("missing", "Could someone check my mailbox, mails from yesterday are missing."),
])
def test_it_asked_to_look_at_my_inbox_is_no_mailbox_access(subject, body):
    assert triage(subject, body).category != "mailbox_access"


@pytest.mark.parametrize(("subject", "body"), [
    ("legal share", "Please put Ravi Kumar in the legal share from Monday, his manager agreed."),
    ("site rights", "Need edit on the Audit 2025 sharepoint site, I can only view it. Owner is m.berg."),
])
def test_a_person_in_a_share_or_a_level_on_a_site_is_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("scans", "Please put the scans in the finance share before the audit."),
    ("editing", "I need to edit on the HR site but the page shows an error."),
])
def test_things_in_a_share_or_an_edit_verb_are_no_membership(subject, body):
    assert triage(subject, body).category != "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("contract end", "Contract for ext_jnorris ends Thursday, please remove his remote access and all rights."),
    ("Vertragsende", "Der Vertrag von ext_mhuber endet am Freitag, bitte alle Zugänge sperren."),
])
def test_a_contract_for_an_account_that_ends_is_a_leaver(subject, body):
    assert triage(subject, body).category == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("contract", "Our contract for adobe.cloud ends next month, please advise on renewal."),
    ("printers", "The maintenance contract for the printers ends Friday."),
])
def test_a_contract_for_a_thing_that_ends_is_no_leaver(subject, body):
    assert triage(subject, body).category != "offboarding"


def test_a_counted_stock_of_licences_moved_between_people_is_a_licence_change():
    body = "We have 3 Visio licences with people who are gone, please take them back and assign one to m.ross."
    assert triage("Visio seats", body).category == "license_change"


def test_a_licence_held_beside_a_fault_stays_other():
    assert triage("Visio", "I have a Visio licence but it won't open the drawing.").category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("locked again", "Locked out again and I honestly can't recall the new one."),
    ("Gesperrt", "Konto gesperrt, und das neue habe ich vergessen."),
    ("bloqué", "Compte bloqué, j'ai oublié le nouveau."),
])
def test_a_lockout_with_the_new_one_forgotten_is_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("locked", "Locked out after too many tries, please unlock."),
    ("Gesperrt", "Konto gesperrt, das neue Handy habe ich zu Hause vergessen."),
])
def test_a_lockout_without_the_password_forgotten_stays_an_unlock(subject, body):
    assert triage(subject, body).category == "account_unlock"
