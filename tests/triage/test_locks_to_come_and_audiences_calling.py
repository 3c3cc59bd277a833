"""A lockout asked about as something still to come, with the verb first (tickets/triage/vetoes.py), and the login of a
publisher's or broadcaster's reader, listener or viewer, reported by the staff who took the call
(tickets/triage/other_parties.py). Neither is a directory account to unlock or reset. And the near readings that stay
requests: a lock that keeps coming back, a lock had now with an unlock asked, the writer's own password, a device
called a reader. Set h113 (a media house's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Sabbatical ab März", "Ich gehe ab März für sechs Monate ins Sabbatical. Wird mein Konto in der Zeit gesperrt? "
                           "Ich würde gern weiter die Newsletter bekommen."),
    ("Elternzeit", "Werde ich während der Elternzeit gesperrt? Was muss ich vorher machen?"),
    ("Congé", "Je pars en congé sans solde. Mon compte sera-t-il bloqué pendant ce temps ? Je voudrais garder mes mails."),
    ("Excedencia", "Me voy de excedencia un año. ¿Se bloqueará mi cuenta mientras no estoy? Quisiera leer el correo."),
    ("Verlof", "Ik ga drie maanden met verlof. Wordt mijn account in die tijd geblokkeerd? Ik wil mijn mail blijven lezen."),
])
def test_a_lock_still_to_come_is_no_unlock(subject, body):
    result = triage(subject, body)
    assert result.category != "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Konto gesperrt", "Mein Konto ist seit heute früh gesperrt, bitte entsperren."),
    ("Gesperrt", "Wird mein Konto ständig gesperrt? Schon dreimal heute, bitte wieder entsperren."),
    ("Verrouillé", "Mon compte est bloqué depuis ce matin, pouvez-vous le débloquer ?"),
    ("Geblokkeerd", "Mijn account is geblokkeerd, kunnen jullie het ontgrendelen?"),
])
def test_a_lock_had_now_stays_an_unlock(subject, body):
    assert triage(subject, body).category == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("App login listener", "A listener rang the studio line (member no 88812), he can't get into the station app and "
                           "the password reset link never comes. Can someone look at the app login?"),
    ("E-Paper", "Eine Leserin rief an (Abo 55120), sie kommt nicht in die E-Paper-App, die Passwort-Mail kommt nie an."),
    ("Appli", "Un auditeur a appelé le standard, il ne peut plus se connecter à l'appli, le mail de mot de passe "
              "n'arrive pas."),
    ("Kijker", "Een kijker belde vanochtend: hij kan niet inloggen in de app, de wachtwoordmail komt niet aan."),
])
def test_an_audiences_own_login_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category != "password_reset", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Password", "The badge reader at the door is fine, but I forgot my Windows password. Please reset it."),
    ("Passwort", "Ich bin Leser-Redakteur und habe mein Passwort vergessen, bitte zurücksetzen."),
])
def test_staffs_own_password_beside_a_reader_stays_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"
