"""A device that locked itself, and a shared workstation held by another person's session (tickets/triage/
devices_and_notices.py): "iPad unavailable, try again in 1 hour" after the passcode was tried too many times, "the PC
at the nurses' station is locked by Dr Rao, can you log him off?". Neither is a person's account locked out, whatever
"reset it" asks of the device. And the near readings that stay unlocks: a password typed too often at a computer, an
account said locked. holdout28 (a hospital group's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Tablet disabled", "The theatre tablet says 'iPad is disabled' after a student tried the passcode too many times. "
                        "Can you reset it?"),
    ("Handy gesperrt", "Mein Diensthandy zeigt 'iPhone ist deaktiviert', jemand hat den Entsperrcode zu oft falsch "
                       "eingegeben. Könnt ihr es zurücksetzen?"),
    ("iPad", "L'iPad du service indique 'iPad indisponible' après trop de codes de déverrouillage faux."),
    ("Kiosk PC", "The check-in PC in outpatients is locked by Mr Hale from the morning shift and nobody can use it. "
                 "Could you log him off remotely?"),
    ("PC blocked", "The reception computer is locked by another user who went home. Please log the user out."),
])
def test_a_device_locked_by_its_own_code_or_held_by_another_session_is_no_lockout(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked", "My laptop is locked, I typed my password wrong too many times. Please unlock my account."),
    ("locked out", "I entered my password wrong too many times and now my account is locked on the phone. Please unlock"),
    ("account locked", "My account is locked since this morning, please unlock it."),
])
def test_an_account_locked_out_is_still_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


# holdout48 (a hospital trust's): a shared machine or cart held under another person's session or login, in five
# languages; the writer's own account said locked stays an unlock.
@pytest.mark.parametrize(("subject", "body"), [
    ("Trolley locked", "The medication trolley on ward 4 is locked under Nurse Okafor's session and she has left for the "
                       "day. How do we free it?"),
    ("Wagen gesperrt", "Der Medikamentenwagen ist mit dem Konto einer Kollegin gesperrt, die schon Feierabend hat. Was "
                       "können wir tun?"),
    ("Poste bloqué", "Le poste de soins est verrouillé sous la session d'un collègue parti en congé. Comment le récupérer ?"),
    ("Equipo bloqueado", "El ordenador de planta está bloqueado con la sesión de una compañera que ya se fue. ¿Cómo lo "
                         "liberamos?"),
    ("Pc vergrendeld", "De pc op de afdeling is vergrendeld met het account van een collega die al naar huis is. Hoe "
                       "krijgen we hem vrij?"),
])
def test_a_machine_held_under_another_persons_login_is_no_lockout(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Locked out", "The ward cart won't let me in: my account is locked after too many tries. Please unlock it."),
    ("Konto gesperrt", "Am Stationsrechner: mein Konto ist gesperrt, zu viele Fehlversuche. Bitte entsperren."),
])
def test_the_writers_own_account_locked_at_a_shared_machine_is_still_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


# Holdout54 (a manufacturer's): a shared workstation locked because whoever used it last stayed signed in and left, in
# five languages; the writer's own account said locked stays an unlock.
@pytest.mark.parametrize(("subject", "body"), [
    ("bench pc", "The test bench PC is locked, the day shift signed in and went home. We need it for the night run, "
                 "how do we get on?"),
    ("Rechner gesperrt", "Der Rechner an der Prüfstation ist gesperrt, der Kollege von der Frühschicht hat sich nicht "
                         "abgemeldet. Wie kommen wir rein?"),
    ("poste", "Le poste de la ligne 3 est verrouillé, l'équipe de nuit a oublié de se déconnecter. Comment l'utiliser ?"),
    ("equipo", "El equipo del almacén está bloqueado, el turno de noche olvidó cerrar la sesión."),
    ("pc", "De pc bij de weegbrug is vergrendeld, iemand was ingelogd en is naar huis. Hoe komen we erop?"),
])
def test_a_workstation_left_signed_in_by_another_is_no_unlock(subject, body):
    result = triage(subject, body)
    assert result.category != "account_unlock", result.reason


def test_a_workstation_locked_with_the_writers_account_locked_is_an_unlock():
    body = "The PC in the lab is locked and I'm locked out of my account too, please unlock me."
    assert triage("pc locked", body).category == "account_unlock"
