"""What a telecom operator's call-centre queue (set h75) taught, in our own sentences, both sides of each rule:

- a tool's own reset control (a button, a link, a menu entry) that errors when clicked is that tool's fault, not a
  password to set (vetoes.py), unless the writer's own password is named or a reset is asked;
- a share's "capacity planning" or "full control" is no storage fault of the share (vetoes.py);
- a newcomer's hardware when their account is said created already, cited from a message, or asked for by HR already
  ("Benutzerkonto hat HR schon beantragt"), and "new user" naming the newcomer (starter_hardware.py);
- a "mail list" is a distribution list (vocabulary.DISTRIBUTION_LIST), and a Teams team named with its product
  before it in German or Dutch is the same team (patterns.py);
- a Microsoft plan named by its part number ("ENTERPRISEPACK", "SPE_E3") is a licence (vocabulary.SKU_PART_NUMBER);
- a password the writer says something "won't accept" is the same refusal as "not accepted" (patterns.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Reset button broken", "When I press the 'Reset user password' button in the billing tool I get an error. "
                            "Happens for every subscriber I try."),
    ("Admin console", "The reset password link in the admin console does nothing when I click it, tried on several "
                      "accounts."),
    ("Fehler im Admin-Tool", "Wenn ich auf \"Passwort zurücksetzen\" klicke, kommt ein Fehler 503."),
    ("Erreur outil", "Quand je clique sur « réinitialiser le mot de passe » dans l'outil support, j'ai une erreur."),
    ("Error herramienta", "Al hacer clic en 'restablecer contraseña' sale un error en la herramienta de soporte."),
    ("Fout in tool", "Als ik op de knop 'wachtwoord resetten' klik krijg ik een foutmelding."),
])
def test_a_tools_reset_control_that_fails_is_no_reset(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Password", "The forgot password link gives an error, can you reset my password please?"),
    ("Password", "I forgot my password and the 'reset password' link on the login page shows error 500."),
    ("Password reset", "Please reset my password, the self-service option is not working."),
    ("Passwort", "Ich habe mein Passwort vergessen und beim Klick auf \"Passwort vergessen\" kommt ein Fehler."),
])
def test_a_broken_reset_control_beside_the_writers_own_password_stays_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize("body", [
    "Please give Dana Cole change access to the logistics share S:\\Routes, she takes over capacity planning next "
    "month.",
    "Please grant Omar read access to the regional share, he will do the capacity review while I am off.",
])
def test_capacity_work_on_a_share_is_no_storage_fault(body):
    assert triage("share access", body).category == "group_membership"


@pytest.mark.parametrize("body", [
    "The projects share is at full capacity, nobody can save anything.",
    "The team drive is full again since this morning.",
])
def test_a_share_out_of_room_is_still_a_fault(body):
    assert triage("share problem", body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("new user laptop", "Our new starter joins on the 12th and still has no laptop. His account is created already "
                        "according to the HR mail. Any news on the delivery?"),
    ("Neue Kollegin Ausstattung", "Neue Kollegin fängt am 3.5. in der Buchhaltung an, das Benutzerkonto hat die "
                                  "Personalabteilung schon beantragt. Sie braucht noch Laptop und Headset."),
])
def test_a_newcomers_hardware_with_the_account_handled_is_a_delivery(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("new user", "Please add new user for the warehouse team, Ana Ruiz, starts Monday. Laptop and headset too."),
    ("new user laptop", "New starter Ana Ruiz joins on the 12th, please create her account and get a laptop ready."),
    ("Neue Kollegin", "Neue Kollegin fängt am 3.5. an, bitte Benutzerkonto anlegen. Sie braucht auch einen Laptop."),
])
def test_a_newcomers_account_still_to_make_stays_an_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("mail list", "please add the 3 new cashiers to the store-north mail list"),
    ("mail list", "Can you take Bram off the events mail list? He moved to logistics."),
    ("Teams", "Bitte Frau Kurz ins Teams-Team \"Einkauf Nord\" aufnehmen."),
    ("Teams", "Kunnen jullie Joost in het Teams-kanaal 'Planning' zetten?"),
])
def test_a_mail_list_or_a_teams_team_joined_is_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("mail list", "the sales mail list bounces every message since Monday"),
    ("mail list", "who owns the finance maillist?"),
    ("Teams", "Im Teams-Team \"Einkauf Nord\" fehlen seit gestern alle Dateien."),
])
def test_a_mail_list_or_team_with_a_fault_or_a_question_is_not(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize("body", [
    "please move j.smith from STANDARDPACK to SPE_E3",
    "ENTERPRISEPACK for k.lee please, she needs the desktop apps",
    "remove VISIOCLIENT from m.ross, the project is over",
])
def test_a_plan_named_by_its_part_number_is_a_licence(body):
    assert triage("licence", body).category == "license_change"


def test_a_question_about_part_numbers_asks_for_no_licence():
    assert triage("licence", "What is the difference between STANDARDPACK and ENTERPRISEPACK?").category == "other"


def test_a_password_manager_that_wont_take_the_master_password_wants_a_reset():
    result = triage("vault master password not accepted",
                    "the company password manager won't accept my master password since this morning")
    assert result.category == "password_reset"


@pytest.mark.parametrize("body", [
    "Outlook won't accept my password since this morning",
    "the guest wifi won't accept the password on the sticker",
])
def test_a_program_refusing_a_password_alone_is_no_reset(body):
    assert triage("login problem", body).category == "other"
