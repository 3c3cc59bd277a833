"""Set h143's meanings, in our own sentences, both sides of each:

- a sign-out the writer suffers, told as a symptom (tickets/triage/sign_outs_suffered.py), against a sign-out asked;
- a group or mailbox seen in one program and missing in another (tickets/triage/access_not_showing.py), against a
  membership asked;
- a reset done by a colleague and sent only to be on record (tickets/triage/already_done.py), against a lockout
  raised as a ticket;
- which app to install, asked (tickets/triage/intent_words.py's HOW_TO), against a factor's reset asked beside it;
- a prefixed group and the account it is for, in shorthand (tickets/triage/said_briefly.py), against the group's fault;
- a newcomer of any profession named with their title and their start (tickets/triage/joiner_leaver_words.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("kicked out all the time", "Since Tuesday's patch I keep getting signed out of Outlook and OneDrive, really tiresome."),
    ("signed out of everything", "I've been signed out of Teams, Word and the intranet twice today already."),
    ("Abmeldung", "Seit dem Update werde ich ständig überall abgemeldet und muss mich jede Stunde neu anmelden."),
    ("déconnexion", "Je suis déconnecté de partout depuis ce matin, je dois me reconnecter toutes les heures."),
    ("sesión", "Desde la actualización tengo que volver a iniciar sesión cada hora en Teams y Outlook."),
    ("uitgelogd", "Ik word steeds uitgelogd uit Teams en moet elk uur opnieuw inloggen."),
])
def test_a_sign_out_suffered_is_no_revoke(subject, body):
    assert triage(subject, body).category != "session_revoke"


@pytest.mark.parametrize(("subject", "body"), [
    ("laptop stolen", "My laptop was stolen on the train, please sign me out of everything."),
    ("hacked", "I was logged out of everything and my password no longer works, I think my account was hacked."),
    ("Alle Sitzungen", "Handy verloren, bitte alle Sitzungen von mir beenden."),
])
def test_a_sign_out_asked_or_a_takeover_stays_a_revoke(subject, body):
    assert triage(subject, body).category == "session_revoke"


@pytest.mark.parametrize(("subject", "body"), [
    ("group missing in outlook", "Harbour Office isn't visible among my groups in new Outlook, but it is in Teams."),
    ("shared inbox", "The invoices shared mailbox shows in OWA but not in the desktop Outlook."),
    ("Gruppe fehlt", "In Teams wird die Gruppe Einkauf Nord angezeigt, in Outlook aber nicht."),
    ("groupe", "Le groupe Ventes Sud apparaît dans Teams mais pas dans Outlook."),
    ("grupo", "El grupo Compras aparece en Teams pero no en Outlook."),
    ("groep", "De groep Inkoop staat wel in Teams maar niet in Outlook."),
])
def test_seen_in_one_program_and_not_another_is_a_fault(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Sales group", "Please add me to the Sales Team group, my colleagues see it in Teams but I don't."),
    ("shared mailbox", "I need the accounts shared mailbox adding to my Outlook please."),
])
def test_a_membership_asked_stays_one(subject, body):
    assert triage(subject, body).category in ("group_membership", "mailbox_access")


@pytest.mark.parametrize(("subject", "body"), [
    ("t.ward", "Tom Ward's password was reset by me at the front desk; he's back in. Just logging this."),
    ("Passwort", "Habe Herrn Maier am Telefon das Passwort zurückgesetzt, er ist wieder drin. Nur zur Dokumentation."),
    ("reset done", "Reset the password of the night nurse, she is back in. Only noting it for the records."),
])
def test_a_reset_done_and_logged_for_the_record_asks_nothing(subject, body):
    assert triage(subject, body).category == "other"


def test_a_lockout_raised_as_a_ticket_stays_an_unlock():
    assert triage("locked", "She is locked out again, just logging it so someone can unlock her account.").category == (
        "account_unlock")


@pytest.mark.parametrize(("subject", "body"), [
    ("authenticator", "Which authenticator app should we install on our phones? Asking before the MFA switch-on."),
    ("MFA", "Welche App muss ich für die MFA herunterladen? Ich habe ein iPhone."),
    ("MFA", "Quelle application dois-je télécharger pour la MFA ?"),
    ("MFA", "¿Qué aplicación tengo que descargar para el MFA?"),
    ("MFA", "Welke app moet ik downloaden voor MFA?"),
])
def test_which_app_to_install_is_a_question(subject, body):
    assert triage(subject, body).category == "other"


def test_a_factor_reset_asked_beside_the_app_question_stays_one():
    body = "Got a new phone, please reset my MFA so I can set up the authenticator again. Which app do I download?"
    assert triage("MFA new phone", body).category == "mfa_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("access", "GG_Einkauf_Lesen für m.mueller"),
    ("group", "GRP-Compta pour j.dupont, merci"),
    ("group", "SG_Ventas para j.lopez"),
    ("groep", "GG-Inkoop voor p.devries"),
    ("SG-Reports", "pls SG-Reports-Viewers for k.owusu thanks"),
])
def test_a_prefixed_group_for_an_account_is_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("SG", "SG-VPN-Users for everyone is broken since the firewall change"),
    ("SG-Finance", "SG-Finance-Read for j.smith is missing members, why?"),
])
def test_a_prefixed_groups_fault_is_no_membership(subject, body):
    assert triage(subject, body).category != "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("new vet", "Heads up: new practice vet Dr Kaur joins us on the 2nd; she'll need her accounts."),
    ("new locum", "New locum Dr Osei joining on the 3rd, needs the usual logins."),
    ("Neue Ärztin", "Neue Tierärztin Dr. Berger beginnt am 1. Juli in Köln, bitte alles einrichten."),
    ("Nouvelle", "Nouvelle vétérinaire Dr Moreau arrive lundi à Lyon, merci de tout préparer."),
    ("Nieuwe", "Nieuwe dierenarts dr. Visser begint maandag, graag alles klaarzetten."),
])
def test_a_titled_newcomer_starting_is_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


def test_a_titled_person_who_starts_something_else_is_no_newcomer():
    assert triage("printer", "Our new boss Mr Smith starts to complain about the printer on floor 2.").category == "other"
