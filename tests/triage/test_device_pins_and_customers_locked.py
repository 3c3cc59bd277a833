"""A sign-in PIN forgotten while the password still works (tickets/triage/vetoes.py), and one of the firm's customers
said locked out of the service the firm runs for them (tickets/triage/other_parties.py). And the near tickets that still
ask: the password forgotten beside the PIN, the writer's own lock beside a customer's word. Set h114 (a private bank's)
showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("hello pin", "I forgot my Windows Hello PIN this morning, signing in with the password still works. How do I set a new PIN?"),
    ("PIN", "Habe meine Windows-Hello-PIN vergessen, mit dem Kennwort komme ich noch rein. Wie setze ich sie neu?"),
    ("code PIN", "J'ai oublié le code PIN Windows Hello, le mot de passe fonctionne encore."),
    ("PIN", "Olvidé el PIN de Windows Hello, con la contraseña sí puedo entrar."),
    ("pincode", "Pincode van Windows Hello vergeten, met mijn wachtwoord lukt het nog wel."),
    ("laptop pin", "need to reset the PIN on my laptop, the password is fine"),
])
def test_a_forgotten_sign_in_pin_is_not_a_password_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("forgot everything", "Forgot my Hello PIN and my password as well, please reset the password so I can get in."),
    ("Kennwort", "PIN vergessen und mein Kennwort ist abgelaufen, bitte das Kennwort zurücksetzen."),
    ("password", "I forgot my password, please reset it. The PIN doesn't help either."),
])
def test_a_password_forgotten_beside_the_pin_is_still_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("client locked", "Our client (Mrs. Keller, 40-1187) is locked out of the online banking after three wrong codes. Please unlock, she calls back at 3."),
    ("Kunde gesperrt", "Kundin 12-3345 hat sich in der Banking-App gesperrt. Bitte entsperren, sie wartet am Telefon."),
    ("client bloqué", "Le client 5521 est bloqué sur l'espace client en ligne, merci de le débloquer."),
    ("cliente bloqueado", "El cliente 5521 se ha quedado bloqueado en la banca online, por favor desbloquear."),
    ("klant geblokkeerd", "Klant 5521 is geblokkeerd in de app, graag deblokkeren."),
])
def test_a_customer_locked_out_of_our_service_is_not_a_staff_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "I'm locked out of my account, customer meeting at 10, please unlock asap."),
    ("Konto gesperrt", "Mein Konto ist gesperrt, bitte entsperren. Der Kunde wartet auf das Angebot."),
    ("locked", "The VPN client is fine but my account is locked, please unlock it."),
])
def test_the_writers_own_lock_beside_a_customer_is_still_an_unlock(subject, body):
    assert triage(subject, body).category == "account_unlock"
