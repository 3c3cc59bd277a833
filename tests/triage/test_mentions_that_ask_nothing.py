"""A word of a request is not a request. A notice the writer retells ("got an email saying a sign-in was blocked") or
a prompt they did not set off is a possible compromise for a person to read; a forgetting the writer denies is no
forgotten password. holdout20 showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("odd email", "I got an email saying a sign-in to my account was blocked from Vietnam. Should I be worried?"),
    ("notification", "received a notification about a blocked login attempt from abroad, never been there"),
    ("prompts", "getting authenticator prompts on my phone that I didn't request, denied all of them"),
    ("weird", "random MFA prompts this morning, about five of them. I pressed deny."),
])
def test_a_retold_notice_or_an_unasked_prompt_is_for_a_person(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("locked", "got an email saying my account was locked, please unlock it", "account_unlock"),
    ("locked", "I'm locked out, got an email saying too many attempts", "account_unlock"),
    ("prompts", "I keep getting MFA prompts I didn't request, can you reset my MFA?", "mfa_reset"),
])
def test_a_notice_beside_a_request_or_the_writers_own_lockout_is_still_acted_on(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body"), [
    ("Unlock", "please unlock the account for Ana Ruiz, she hasn't forgotten her password, her tablet kept retrying"),
    ("locked", "please unlock my account, I didn't forget my password, I just mistyped it 5 times"),
    ("gesperrt", "Konto gesperrt, sie hat ihr Passwort nicht vergessen, bitte entsperren"),
])
def test_a_denied_forgetting_leaves_an_unlock(subject, body):
    assert triage(subject, body).category == "account_unlock"


def test_a_forgetting_said_is_still_a_reset():
    assert triage("locked", "I forgot my password and I'm locked out, please unlock").category == "password_reset"
