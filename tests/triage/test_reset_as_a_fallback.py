"""A locked account whose password reset is offered only as a fallback (tickets/triage/reset_as_a_fallback.py): the
unlock is the request. And the near readings that stay resets: a reset asked outright beside the lockout. Sets
holdout43, holdout44 and holdout102 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "My account got locked this morning. If you have to reset the password as well, no problem, I just need to work."),
    ("account locked", "Windows says my account is locked. I'm not sure if I forgot the password, please try unlocking it first."),
    ("locked", "locked out of my login since the weekend, please unlock first and I'll see whether my password still works"),
    ("Konto gesperrt", "Mein Konto ist gesperrt. Bitte zuerst entsperren, notfalls das Passwort zurücksetzen."),
    ("compte bloqué", "Mon compte est bloqué. Merci de le débloquer d'abord, réinitialisez le mot de passe si besoin."),
    ("cuenta bloqueada", "Mi cuenta está bloqueada. Desbloqueadla primero, si hace falta restableced la contraseña."),
    ("account geblokkeerd", "Mijn account is geblokkeerd. Graag eerst ontgrendelen, indien nodig het wachtwoord resetten."),
])
def test_a_reset_offered_as_a_fallback_leaves_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "I'm locked out and I forgot my password, please reset it."),
    ("locked + password", "account locked after too many tries, I really can't remember the password, could you reset it for me"),
    ("Konto gesperrt", "Mein Konto ist gesperrt und ich habe mein Passwort vergessen, bitte zurücksetzen."),
])
def test_a_reset_asked_outright_stays_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason
