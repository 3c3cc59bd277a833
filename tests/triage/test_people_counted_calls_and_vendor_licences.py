"""A group counted in people, French's "visio" for a video call, a licence whose message sends the reader to its vendor,
access said held plainly to a mailbox that misbehaves, and a second factor said to work fine in the five languages
(tickets/triage/other_senses.py, another_kind.py). And the near tickets that still ask: a group to join, a Visio
licence, a person's licence, access to a mailbox, a factor to reset. Near-miss set 7 (a bus and tram operator's)
showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("School trip", "We are a group of 24 pupils travelling to the museum on 3 June. Do we need to register the group?"),
    ("Gruppenfahrt", "Wir möchten mit einer Gruppe von 30 Senioren nach Bad Ems fahren. Muss die Gruppe angemeldet werden?"),
    ("Sortie", "Nous sommes un groupe de 15 élèves, faut-il inscrire le groupe avant le voyage ?"),
    ("Excursión", "Somos un grupo de 20 alumnos, ¿hay que apuntar al grupo antes?"),
    ("Schoolreis", "We komen met een groep van 30 leerlingen, moeten we de groep vooraf aanmelden?"),
])
def test_a_group_counted_in_people_is_not_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_group_to_join_is_still_a_membership():
    assert triage("Gruppe", "Bitte fügen Sie mich der Gruppe Planung-Lesen hinzu.").category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("Salle", "Pour la réunion de jeudi on fait une visio Teams, l'écran de la salle est noir. Pouvez-vous vérifier ?"),
    ("Réunion", "La visioconférence de la salle B coupe le son. Pouvez-vous regarder ?"),
])
def test_a_video_call_in_french_is_not_a_visio_licence(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Licence Visio", "Bonjour, pourriez-vous m'attribuer une licence Visio pour les schémas ? Merci."),
    ("Licencia Visio", "Necesito una licencia de Visio para hacer diagramas en Visio."),
])
def test_a_visio_licence_asked_for_is_still_a_licence_change(subject, body):
    assert triage(subject, body).category == "license_change"


@pytest.mark.parametrize(("subject", "body"), [
    ("Simulator", "The signalling trainer shows 'Licence expired - contact your vendor' when it starts. Who has the "
                  "support contract?"),
    ("Software", "Das Messprogramm meldet 'Lizenz abgelaufen, bitte Hersteller kontaktieren'. Wer betreut das?"),
    ("Logiciel", "Le logiciel de mesure affiche « licence expirée, contactez votre fournisseur »."),
])
def test_a_licence_that_sends_the_reader_to_its_vendor_is_the_vendors(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_persons_licence_asked_is_still_a_licence_change():
    assert triage("licence", "My Visio licence expired, please assign me a new one.").category == "license_change"


@pytest.mark.parametrize(("subject", "body"), [
    ("Gedeelde mailbox", "In de gedeelde mailbox planning@ openen de agenda-items niet. Toegang heb ik gewoon."),
    ("Postfach", "Im Postfach disposition@ lassen sich keine Anhänge öffnen. Zugriff habe ich ja."),
    ("Boîte partagée", "Dans la boîte partagée accueil@ les pièces jointes ne s'ouvrent pas, j'ai bien accès."),
])
def test_a_mailbox_misbehaving_where_access_is_held_is_a_fault(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_access_to_a_mailbox_asked_is_still_mailbox_access():
    assert triage("Postfach", "Bitte geben Sie mir Zugriff auf das Postfach disposition@.").category == "mailbox_access"


@pytest.mark.parametrize(("subject", "body"), [
    ("Nuevo móvil", "Tengo un móvil nuevo. El Authenticator lo he pasado yo y funciona bien. ¿Cómo configuro el correo?"),
    ("Neues Handy", "Neues Diensthandy bekommen, den Authenticator hab ich selbst umgezogen, funktioniert einwandfrei. "
                    "Wie richte ich Outlook ein?"),
    ("Nieuwe telefoon", "Nieuwe telefoon gekregen, de Authenticator heb ik zelf overgezet en werkt prima. Hoe krijg ik "
                        "mijn mail erop?"),
])
def test_a_second_factor_said_to_work_fine_is_in_hand(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_second_factor_that_fails_is_still_an_mfa_reset():
    assert triage("MFA", "My authenticator app doesn't work on the new phone, please reset my MFA.").category == "mfa_reset"
