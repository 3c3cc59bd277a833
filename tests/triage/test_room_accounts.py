"""A meeting room's own account, whose password its Teams panel reports expired (tickets/triage/logins_elsewhere.py):
a resource account the room's device uses, no person's password to reset. And the near readings that stay resets: a
person's own password, said beside a room. Sets h87 and h90 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("room panel", "The Teams panel in room B2 shows 'sign in required', probably the room account password has "
                   "expired. Board meeting at 10."),
    ("Raum", "Das Teams-Display im Besprechungsraum 4 meldet 'Kennwort abgelaufen' für das Raumkonto. Heute keine "
             "Meetings möglich."),
    ("salle", "L'écran Teams de la salle Rhône affiche 'mot de passe expiré' pour le compte de la salle."),
    ("sala", "La pantalla de Teams de la sala Norte dice 'contraseña caducada' para la cuenta de la sala."),
    ("ruimte", "Het Teams-scherm in vergaderruimte Maas meldt 'wachtwoord verlopen' voor het ruimteaccount."),
])
def test_a_room_accounts_password_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("password", "I was booking the meeting room and now my password expired, please reset my password"),
    ("password", "my password expired while in room 4, can you reset it"),
])
def test_a_persons_own_password_beside_a_room_stays_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("room account", "please reset the password of the shared room account room7-av, the trainer needs it tomorrow"),
    ("Raumkonto", "Bitte das Kennwort vom Raumkonto Saal-3 zurücksetzen, niemand kennt es mehr."),
])
def test_a_reset_asked_for_a_room_account_stays_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason
