"""A device asked to be unlocked and reset is the device's to wipe or re-enrol, not anyone's password to set anew
(tickets/triage/devices_and_notices.py); the bare "unlock and reset" with a person's account or password named stays
a reset. Our own sentences, both sides."""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("tablet frozen", "the picking tablet in aisle 4 froze on the sign in page, can you unlock and reset it please"),
    ("Handscanner", "Der Handscanner an Tor 2 hängt, bitte entsperren und zurücksetzen."),
    ("tablette", "La tablette de la réception est bloquée, pouvez-vous la débloquer et la réinitialiser ?"),
    ("terminal", "El terminal de la caja 3 está bloqueado, por favor desbloquear y reiniciar."),
    ("scanner", "De handscanner van magazijn B doet niets meer, graag ontgrendelen en resetten."),
])
def test_a_device_unlocked_and_reset_is_no_password_reset(subject, body):
    result = triage(subject, body)
    assert result.category not in ("password_reset", "account_unlock"), result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "I am locked out of my account again, please unlock and reset my password"),
    ("account", "can you unlock and reset the account of jvrtq, she is at the front desk tablet waiting"),
    ("Konto gesperrt", "Mein Konto ist gesperrt, bitte entsperren und das Passwort zurücksetzen."),
])
def test_an_account_unlocked_and_reset_stays_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason
