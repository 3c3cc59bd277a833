"""One application's own login, while the writer says the directory's sign-in works (tickets/triage/not_the_account.py).

"Windows one is fine", "Windows and Outlook work fine", "Windows geht", "Windows fonctionne", "Outlook funciona",
"Windows werkt gewoon": the account the help desk runs opens, so the password forgotten or the account locked beside it
is that application's, for its own administrator. And the near readings that stay requests: the directory's own
account said locked or forgotten, a "works" taken back by a negation. holdout28 (a hospital group's) showed them;
the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Rostering password", "Forgot my password for the rostering system, please reset it. Windows one is fine."),
    ("LIMS locked", "The lab system says my account is locked, contact the administrator. Windows and Outlook work fine."),
    ("Kennwort Laborsystem", "Ich habe mein Kennwort für das Laborsystem vergessen, bitte zurücksetzen. Windows geht."),
    ("Compte bloqué", "Le logiciel de planning dit que mon compte est bloqué. Windows fonctionne."),
    ("Cuenta bloqueada", "La aplicación de farmacia dice que mi cuenta está bloqueada. Outlook funciona bien."),
    ("Wachtwoord vergeten", "Ik ben mijn wachtwoord van het roosterprogramma vergeten, graag resetten. Windows werkt gewoon."),
])
def test_an_applications_own_login_beside_a_working_sign_in_is_that_applications(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The directory's own account is the one that fails: what works is only where the old password is still kept.
    ("locked", "My Windows account is locked again, Outlook works fine on the phone. Please unlock it.", "account_unlock"),
    ("password", "I forgot my Windows password, please reset it. Email still works on my phone.", "password_reset"),
    # A negation after the verb takes the working sign-in back.
    ("Kennwort", "Outlook geht nicht, ich habe mein Passwort vergessen, bitte zurücksetzen.", "password_reset"),
    ("locked out", "I'm locked out of my account after too many tries, please unlock it.", "account_unlock"),
])
def test_the_directorys_own_login_failing_is_still_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# A logistics firm's set (h71): a second factor that every other application accepts, with one portal demanding it
# and never prompting, is that portal's fault, not a factor to re-enrol; a factor lost, with a reset asked, still is.
# The sentences are our own.
@pytest.mark.parametrize(("subject", "body"), [
    ("portal", "The booking portal says I need multi-factor authentication, but no MFA prompt ever shows. All other "
               "apps work."),
    ("MFA", "Das Zollportal verlangt MFA, es kommt aber keine Anfrage aufs Handy. Andere Anwendungen funktionieren."),
    ("MFA", "Le portail exige la MFA mais aucune notification n'arrive; les autres applications fonctionnent."),
])
def test_a_factor_other_apps_accept_is_no_mfa_reset(subject, body):
    result = triage(subject, body)
    assert result.category != "mfa_reset", result.reason


def test_a_lost_factor_with_a_reset_asked_stays_an_mfa_reset_beside_other_apps():
    result = triage("new phone", "New phone, the authenticator is gone so no other apps work for me either. Please "
                                 "reset my MFA.")
    assert result.category == "mfa_reset", result.reason


def test_no_other_apps_working_is_no_factor_said_to_pass():
    result = triage("new phone", "New phone since Monday, the authenticator is gone, so no other apps work either.")
    assert result.category == "mfa_reset", result.reason
