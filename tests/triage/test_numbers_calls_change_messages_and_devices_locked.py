"""Four readings set h141 showed (the sentences are our own):

- a newcomer's phone number, extension or direct dial asked (tickets/triage/starter_hardware.py): the phone system's to
  arrange, no onboarding, unless an account is asked beside it;
- the phone named as the call a password was told on (tickets/triage/vetoes.py): no device holding a copy, so the
  desk's new password is still asked;
- the system's own message that it cannot change the writer's password (tickets/triage/said_briefly.py): a change
  refused, which the desk mends with a reset (label sheet: a password-change error);
- "locked out of the laptop - lorries waiting": the place word after a dash is not what one is locked out of
  (tickets/triage/not_the_account.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("number for starter", "our new starter in the call centre needs a direct dial, Zoe Lamb, first day Tuesday"),
    ("extension", "new hire Ben Ash starts Monday in dispatch and needs a desk phone number / extension"),
    ("Teams number", "new joiner Amy Fox needs a Teams phone number, she starts next week in support"),
    ("Durchwahl", "Neue Kollegin im Vertrieb braucht eine Durchwahl, Frau Kim Roth, Start am Montag"),
    ("ligne directe", "nouvelle arrivée lundi au service client, Marie Dupont, il lui faut une ligne directe"),
])
def test_a_newcomers_phone_number_is_no_onboarding(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter", "new starter Tom Hale starts Monday in sales; please create an account with mail for him, plus a Teams number"),
    ("new starter", "new joiner Ana Cruz starts Monday, needs a user account and a direct dial"),
])
def test_a_newcomers_account_asked_beside_the_number_stays_an_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("temp password wrong", "the temp password your colleague gave me on the phone is refused as incorrect, can you set a new one? j.ode"),
    ("password", "the password you read out to me on the phone doesn't work, please set me a new one. m.kay"),
    ("temporary password", "the interim password your agent gave me on the phone gets rejected, please set another one. k.lim"),
    ("new password", "what you told me on the phone this morning as my new password is not accepted, please reset it again"),
])
def test_a_password_told_on_a_call_is_no_phones_password(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("phone mail", "my password on the phone mail app is wrong since yesterday, outlook on the pc is fine"),
    ("iphone", "my iPhone asks again and again for the mail password, the laptop is fine"),
])
def test_a_password_kept_on_a_phone_keeps_its_veto(subject, body):
    assert triage(subject, body).category != "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("can't change password", "ctrl+alt+del, change password shows 'unable to update your password' every time, I'm at home"),
    ("password change", "changing my password gives the error 'your password cannot be changed at this time'"),
    ("Kennwort ändern", "beim Wechseln zeigt Windows die Meldung, dass Ihr Passwort nicht geändert werden kann"),
    ("mot de passe", "en changeant mon mot de passe j'ai le message : impossible de modifier votre mot de passe"),
    ("contraseña", "al cambiarla sale el mensaje: no se puede cambiar su contraseña"),
    ("wachtwoord", "bij het wijzigen krijg ik de melding: uw wachtwoord kan niet worden gewijzigd"),
])
def test_the_systems_message_that_the_password_cannot_change_is_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("backup job", "the backup job log shows 'unable to change the password for svc_backup', can someone look?"),
    ("how to", "how do I change my password on the intranet? I can't find the page"),
])
def test_a_service_accounts_message_or_a_how_to_is_no_reset(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out of laptop - vans at the gate", "can't get into the dispatch laptop, need it unlocked now. user t.finn"),
    ("locked out of pc - lorries queuing", "the goods-in pc won't let me in, please unlock it quickly. user a.reid"),
    ("locked out of the terminal, yard full", "need the weighbridge terminal unlocked, user m.odu"),
])
def test_a_device_locked_before_a_dash_is_an_unlock(subject, body):
    assert triage(subject, body).category == "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("van", "locked out of the delivery van, the key fob is dead"),
    ("store room", "locked out of the goods-in store room, the keypad code changed"),
])
def test_a_place_locked_stays_no_account(subject, body):
    assert triage(subject, body).category == "other"
