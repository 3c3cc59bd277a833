"""Words of a request in tickets that ask for none: an earlier ticket chased because nobody came back or it was closed
undone (tickets/triage/process_records.py), a licence pool counted against a threshold (same), a service's downtime
announced ahead (devices_and_notices.py), a login at a journal's or publisher's system and a library's lending account
(other_parties.py), licences billed to another cost centre (another_kind.py), and a group named only as the people a
fault reaches (other_senses.py). Each with the near reading that stays what it was.

A university's tickets (set h85) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("INC0051234 again", "Wrote about INC0051234 on Tuesday, nobody got back to me. I still can't reach the reset page."),
    ("Nachfrage", "Zu meinem Ticket INC0051234 (Passwort zurücksetzen): niemand hat sich bisher gemeldet."),
    ("relance", "Ticket INC0051234 pour l'accès au dossier : personne ne m'a rappelé depuis lundi."),
    ("seguimiento", "Sobre el ticket INC0051234 del desbloqueo: nadie me ha llamado todavía."),
    ("opvolging", "Mijn ticket INC0051234 over de distributielijst: niemand heeft teruggebeld."),
    ("RE: INC0051234", "Ticket INC0051234 is marked as resolved, but I am still not on the project list."),
    ("Rückfrage", "Im Ticket INC0051234 steht 'erledigt', aber ich bin noch nicht in der Gruppe."),
])
def test_an_earlier_ticket_chased_is_for_a_person(subject, body):
    assert triage(subject, body).category == "other"


def test_a_ticket_chased_with_the_change_asked_again_is_still_the_request():
    result = triage("INC0051234", "Ticket INC0051234, nobody called back. Please reset my password now, I am locked out.")
    assert result.category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("[Licence watch] PROJECT_PLAN", "Product PROJECT_PLAN: 47/50 assigned. Threshold 90% exceeded. Automatic message."),
    ("[Lizenzwächter] Visio", "Visio: 96/100 zugewiesen, Schwellenwert 95% erreicht."),
    ("[suivi licences] Visio", "Seuil de 90 % dépassé : 92/100 attribuées pour Visio."),
])
def test_a_licence_pool_counted_against_a_threshold_names_no_one(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Maintenance notice", "Heads-up for the desk: the sign-in portal (password reset, authenticator setup) will be down on "
                           "Sunday 05:00-08:00. Please tell anyone who calls."),
    ("Wartung", "Das Self-Service-Portal (Passwort ändern, MFA einrichten) wird am Samstag von 6 bis 9 Uhr nicht "
                "erreichbar sein."),
    ("maintenance", "Le portail (réinitialisation du mot de passe, MFA) sera indisponible dimanche matin."),
    ("mantenimiento", "El portal de contraseñas y MFA estará fuera de servicio el sábado por la mañana."),
    ("onderhoud", "Het portaal voor wachtwoord en MFA zal zaterdag van 6 tot 9 niet beschikbaar zijn."),
])
def test_downtime_announced_ahead_asks_for_no_reset(subject, body):
    assert triage(subject, body).category == "other"


def test_downtime_beside_a_reset_asked_in_words_is_still_the_reset():
    body = "The portal will be down tonight, so please reset my password now, I forgot it."
    assert triage("password", body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("journal login", "My reviewer account on the journal's submission system is locked, can you unlock it? I review for them."),
    ("Verlag", "Mein Passwort für das Verlagsportal ist abgelaufen, bitte zurücksetzen."),
    ("library", "My library account is blocked because of a late book, but I returned it. Can you unlock it?"),
    ("Bibliothek", "Mein Leserkonto ist gesperrt wegen Mahngebühren, könnt ihr das entsperren?"),
    ("bibliothèque", "Mon compte lecteur est bloqué pour un retard, pouvez-vous le débloquer ?"),
    ("biblioteca", "Mi cuenta de la biblioteca está bloqueada por un préstamo atrasado, ¿podéis desbloquearla?"),
    ("bibliotheek", "Mijn lenerspas is geblokkeerd vanwege een boete, kunnen jullie die deblokkeren?"),
])
def test_an_outside_partys_login_is_not_the_directorys(subject, body):
    result = triage(subject, body)
    assert result.category not in ("account_unlock", "password_reset"), result.reason


def test_the_writers_own_locked_account_is_still_an_unlock():
    assert triage("locked", "My account is locked after too many tries, please unlock it.").category == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("licence billing", "From March the E3 licences of our lab should be charged to cost centre 5520 instead of 5510."),
    ("Kostenstelle", "Die Lizenzen des Instituts bitte ab Januar über Kostenstelle 4711 statt 4712 abrechnen."),
    ("cost centre", "Could you change the cost centre for our Adobe licences? Nothing else changes."),
])
def test_licences_billed_elsewhere_change_no_ones_seat(subject, body):
    assert triage(subject, body).category == "other"


def test_a_licence_asked_for_with_its_cost_centre_is_still_a_licence():
    result = triage("Visio", "Please assign a Visio licence to Tom Ward, cost centre 5520.")
    assert result.category == "license_change"


@pytest.mark.parametrize(("subject", "body"), [
    ("Outlook", "Outlook crashes when sending to the partner firm. It affects the whole working group."),
    ("Drucker", "Der Drucker im 2. Stock druckt nur leere Seiten, betrifft die ganze Projektgruppe."),
    ("imprimante", "L'imprimante ne marche plus, ça touche tout le groupe."),
    ("correo", "Los correos externos rebotan desde ayer, afecta a todo el grupo."),
    ("mail", "Externe mails komen terug, het geldt voor de hele werkgroep."),
])
def test_a_group_named_as_those_a_fault_reaches_is_no_membership(subject, body):
    assert triage(subject, body).category == "other"


def test_a_person_asked_into_the_working_group_is_still_a_membership():
    result = triage("Gruppe", "Bitte Frau Lenz (lenzk) in die Arbeitsgruppe Statik aufnehmen.")
    assert result.category == "group_membership"
