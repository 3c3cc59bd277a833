"""Four readings from set h142, in our own sentences, each with near sentences that keep their old reading:

- a scanner or copier refused on a folder, beyond English, is the device's profile to look at (vetoes.py);
- a new group to be built, its directory named before its kind ("a new Entra security group"), is no membership
  (vetoes.py);
- a person's e-mail set up on a phone or tablet is the device's set-up, no account to create (joiner_leaver_words.py);
- a second factor's prompt that no longer comes on a new phone is a re-registration, not a phone that held none
  (second_factor.py);
- an agency worker called by any word, a login with a dot in their name, "not coming back" said tersely: a leaver
  (stays_or_goes.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _reads(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Scanordner", "Das Multifunktionsgerät im Lager bricht ab mit 'Zugriff verweigert', sobald wir Rechnungen ablegen wollen."),
    ("Scan", "Der Drucker im 2. OG meldet beim Ablegen in den Ordner Lieferscheine einen Fehler."),
    ("scan", "Le copieur affiche 'accès refusé' quand on numérise vers le dossier Factures."),
    ("escaneo", "La fotocopiadora da 'acceso denegado' al escanear a la carpeta Albaranes."),
    ("scannen", "Bij het scannen naar de map Facturen geeft het kopieerapparaat 'toegang geweigerd'."),
])
def test_a_device_refused_on_a_folder_is_no_membership(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("group for trial", "For the fleet trial we'd like you to make a new Entra security group, members to follow in a month."),
    ("group", "Can you set up an Azure AD security group for the kiosk pilot? We'll fill it later."),
    ("group", "We need a new Entra security group for the signage screens."),
    ("Gruppe", "Bitte eine neue Entra-Sicherheitsgruppe für das Pilotprojekt anlegen, erstmal ohne Mitglieder."),
])
def test_a_new_group_to_build_is_no_membership(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("group", "Please add Lena Roth to the Entra security group SG-Fleet-Trial."),
    ("Gruppe", "Bitte Herrn Weber in die Sicherheitsgruppe Fuhrpark aufnehmen."),
])
def test_a_person_put_in_an_existing_group_keeps_the_membership(subject, body):
    _reads(subject, body, "group_membership")


@pytest.mark.parametrize(("subject", "body"), [
    ("tablet for surveyor", "Our surveyor Gary Platt has swapped his handset; could you please set up his e-mail on the new phone for him"),
    ("tablet", "Site manager got a new iPad today, could someone set up her e-mail account on the new tablet"),
    ("mobile", "please set up their email on the company phone, both are in the van team"),
])
def test_mail_put_on_a_device_is_no_account_to_create(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter", "New joiner Ellie Moss starts on Monday in dispatch, please set up her email and login."),
    ("new hire", "New hire Omar Said starts 3 June, please create his email account."),
])
def test_a_newcomers_mail_to_create_stays_onboarding(subject, body):
    _reads(subject, body, "onboarding")


@pytest.mark.parametrize(("subject", "body"), [
    ("Handywechsel", "Seit dem Wechsel aufs neue Smartphone erhalte ich keinen Bestätigungscode mehr, die App war nur auf dem alten Gerät."),
    ("new phone", "Swapped to a new work phone, the authenticator is gone and I get no sign-in approval any more."),
    ("nouveau téléphone", "Nouveau téléphone pro, l'application d'authentification est perdue et je ne reçois plus de code de vérification."),
])
def test_a_prompt_that_no_longer_comes_on_a_new_phone_is_a_factor_reset(subject, body):
    _reads(subject, body, "mfa_reset")


@pytest.mark.parametrize(("subject", "body"), [
    ("Handy verloren", "Mein Diensthandy ist verloren, da war kein Authenticator drauf. Bitte die SIM sperren."),
    ("lost phone", "Lost my work phone on the train, there was no authenticator on it, only calls. Can you block the SIM?"),
])
def test_a_lost_phone_that_held_no_factor_stays_other(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("cleaner", "Night shift: agency cleaner m.ross, not coming back. Please disable the login before Friday."),
    ("agency", "agency picker j.moss won't be coming back, please disable his login"),
    ("leaver", "Please deactivate the account for agency operative T.Hale, he is not coming back."),
])
def test_an_agency_worker_not_coming_back_is_a_leaver(subject, body):
    _reads(subject, body, "offboarding")


@pytest.mark.parametrize(("subject", "body"), [
    ("laptop repair", "the contractor's laptop is not coming back from repair this week, can we lend him one?"),
    ("agency", "the agency is not coming back to us about the invoices, who should I chase?"),
])
def test_a_thing_or_a_firm_not_coming_back_is_no_leaver(subject, body):
    _reads(subject, body, "other")
