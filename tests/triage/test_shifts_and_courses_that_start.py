"""A thing that starts is no newcomer (tickets/triage/joiner_leaver_words.py NOT_A_THING_STARTING, used by the onboarding words
in joiner_leaver_words.NEWBIE and patterns.py): a shift, a course, a training said to begin beside a password or a lock, in the
languages beyond English too. And the near reading that stays: a person said to start. Set h93 (a media publisher's)
showed a night shift's start read as a newcomer's; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Passwort abgelaufen", "Passwort abgelaufen, komme am Kassenrechner nicht mehr rein. Meine Schicht fängt um 6 an.",
     "password_reset"),
    ("gesperrt", "Konto gesperrt, die Schulung beginnt am Montag und ich brauche Zugang.", "account_unlock"),
    ("mot de passe", "Mot de passe expiré, je ne peux plus me connecter et la formation commence lundi.",
     "password_reset"),
    ("contraseña", "Contraseña caducada, no puedo entrar y el turno empieza el lunes a las 6.", "password_reset"),
])
def test_a_thing_that_starts_beside_a_password_is_no_newcomer(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Neue Kollegin", "Unsere neue Kollegin Frau Roth fängt am 1. an, bitte Konto und E-Mail anlegen."),
    ("new starter", "New starter Omar Haddad starts on Monday in dispatch, please create his accounts."),
])
def test_a_person_who_starts_is_still_a_newcomer(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason
