"""The second factor's codes refused while the writer says nothing changed (tickets/triage/other_senses.py): the
factor is in hand and makes codes, so a clock or a sync is to look at, not a factor to register again. And the near
readings that stay MFA resets: a new phone, a re-registration asked. holdout28 (a hospital group's) showed them; the
sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Verification code not accepted", "The verification code keeps failing when I sign in to email from home. Same "
                                       "phone, nothing changed."),
    ("Authenticator", "My authenticator codes are rejected every time I sign in from home. Same phone, nothing changed."),
    ("Bestätigungscode", "Der Bestätigungscode ist beim Anmelden von zu Hause immer falsch. Gleiches Handy, nichts "
                         "geändert."),
    ("Code de vérification", "Le code de vérification est refusé à chaque connexion depuis chez moi. Même téléphone, "
                             "rien n'a changé."),
    ("Verificatiecode", "De verificatiecode is steeds ongeldig als ik thuis inlog. Zelfde telefoon, niets veranderd."),
])
def test_codes_refused_with_nothing_changed_ask_for_no_mfa_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("MFA", "My authenticator codes are rejected since I got a new phone. Please reset my MFA."),
    ("MFA", "Authenticator code wrong every time, same phone, nothing changed. Please reset my MFA."),
])
def test_a_reset_asked_or_a_new_phone_is_still_an_mfa_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "mfa_reset", result.reason


# Holdouts 53 and 66: a second factor misbehaving, reported with nothing asked of it.
@pytest.mark.parametrize(("subject", "body"), [
    ("sms codes", "the verification texts for sign-in stopped coming to my mobile this morning, same number as before"),
    ("no prompt", "When I log in from the hotel I'm no longer getting the MFA prompt at all. Is that normal? Is my "
                  "account still secure?"),
    ("MFA-Abfrage", "Ich bekomme keine MFA-Abfrage mehr, wenn ich mich von zu Hause anmelde. Ist das normal?"),
    ("MFA", "Je ne reçois plus la demande MFA quand je me connecte depuis chez moi. Est-ce normal ?"),
    ("MFA", "Ya no me pide el MFA al iniciar sesión desde casa. ¿Es normal?"),
    ("MFA", "Ik krijg geen MFA-melding meer als ik thuis inlog. Is dat normaal?"),
])
def test_a_factor_that_misbehaves_with_nothing_asked_is_a_fault(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # A new or lost phone beside it, or a reset asked: the factor is to register again.
    ("sms codes", "got a new phone last week, same number as before, but the MFA sms codes do not arrive anymore. "
                  "please reset my MFA"),
    ("no prompt", "I lost my phone and I'm not getting the MFA prompt anymore, can you re-register my authenticator?"),
])
def test_a_factor_to_move_or_reset_stays_mfa(subject, body):
    assert triage(subject, body).category == "mfa_reset"


# A packaging manufacturer's set (h83): the factor's prompt that stopped coming though it worked until lately, with
# nothing asked, is a fault to trace; a new phone or a re-registration asked beside it stays an MFA reset.
@pytest.mark.parametrize(("subject", "body"), [
    ("no push", "the authenticator push no longer shows up on my phone when I connect to the VPN. it worked fine "
                "yesterday."),
    ("MFA", "Die MFA-Anfrage kommt auf dem Handy nicht mehr an. Gestern ging es noch."),
    ("MFA", "Je ne reçois plus la notification MFA sur mon téléphone. Ça marchait hier."),
    ("MFA", "Ya no me llega la notificación MFA al móvil, funcionaba ayer."),
    ("MFA", "Ik krijg geen MFA-melding meer op mijn telefoon. Gisteren werkte het nog."),
])
def test_a_prompt_that_stopped_though_it_worked_lately_is_a_fault(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new phone", "I got a new phone today and the authenticator push no longer arrives, it worked yesterday on the old "
                  "one. please reset my MFA"),
    ("MFA", "The MFA push stopped appearing, it worked yesterday. Can you reset my MFA so I can register again?"),
])
def test_a_stopped_prompt_with_a_reset_or_new_phone_stays_an_mfa_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "mfa_reset", result.reason


# Sets holdout103 and nearmiss7 (two writers): the prompt asked for too often, with nothing asked but whether it is a
# setting, is the sign-in policy's frequency to read; a reset asked, a new phone or codes refused beside it stay MFA.
@pytest.mark.parametrize(("subject", "body"), [
    ("authenticator daily", "since last week the authenticator wants an approval every single morning, it didn't "
                            "before. did a setting change?"),
    ("MFA", "Die Authenticator-Bestätigung kommt an den Kassen-PCs gefühlt jede Stunde. Geht das anders?"),
    ("MFA", "La validation MFA revient toutes les heures sur les postes de l'accueil, est-ce voulu ?"),
    ("MFA", "El autenticador me pide aprobar cada mañana, ¿es un cambio de configuración?"),
    ("MFA", "De authenticator vraagt elke ochtend om bevestiging, is dat een nieuwe instelling?"),
])
def test_a_prompt_asked_too_often_is_the_policys_frequency(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("mfa", "I got a new phone and now the MFA prompt comes every time and goes to the old one. please reset my MFA"),
    ("mfa", "the authenticator asks every morning and then says the code is wrong, please reset it"),
])
def test_a_frequent_prompt_with_a_reset_asked_stays_mfa(subject, body):
    result = triage(subject, body)
    assert result.category == "mfa_reset", result.reason
