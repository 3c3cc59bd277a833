"""A new password declined in so many words beside a lock (tickets/triage/disclaimed.py, _NO_NEW_PASSWORD): the
writer knows the password and wants only the lock lifted. And the near tickets that still want a password: a reset
asked outright, and a new one waited for that never came. Set h104 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("locked after typos", "My account got locked after a few typos this morning. I know my password, so just unlock "
                           "it please, no new password."),
    ("Konto gesperrt", "Mein Konto ist nach Tippfehlern gesperrt. Passwort weiß ich noch, bitte nur entsperren, "
                       "kein neues Passwort nötig."),
    ("Benutzer gesperrt Lager", "Benutzer lagx2 im Lager gesperrt. Bitte entsperren, wir brauchen kein neues "
                                "Kennwort."),
    ("compte bloqué", "Mon compte est bloqué depuis ce matin. Merci de le débloquer, pas besoin de nouveau mot de "
                      "passe, je le connais."),
    ("cuenta bloqueada", "Mi cuenta está bloqueada. Por favor desbloquearla, sin contraseña nueva, la recuerdo."),
    ("account geblokkeerd", "Mijn account is geblokkeerd na typfouten. Graag ontgrendelen, geen nieuw wachtwoord "
                            "nodig."),
    ("locked", "locked out at the front desk pc, please unlock, I don't need a new password"),
])
def test_a_lock_with_the_new_password_declined_is_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked and forgot", "I'm locked out and I forgot my password too, please reset it and send me a new password."),
    ("Konto gesperrt", "Konto gesperrt und Passwort vergessen. Bitte zurücksetzen und ein neues Passwort schicken."),
    ("still no password", "You said you'd reset my password yesterday but I got no new password. I'm locked out, "
                          "please send me a new password."),
])
def test_a_new_password_still_wanted_stays_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason
