"""A word can name something other than the request it looks like: a vendor's "Wartungsankündigung" is an
announcement, not a "Kündigung"; a password manager's vault that will not unlock is not a locked account; a phone named
in one sentence does not make the password asked for in the next one the phone's. holdout18 showed each; the sentences
are our own, with both sides of each reading.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Wartungsankündigung", "Sehr geehrte Kunden, am Sonntag zwischen 6 und 8 Uhr ist das Laborportal nicht erreichbar."),
    ("Ankündigung Update", "Ankündigung: am Freitag wird die neue Version der Praxissoftware eingespielt. Ihr Support-Team"),
    ("Releaseankuendigung", "Releaseankuendigung Version 4.2 fuer das Dokumentenmanagement, keine Aktion erforderlich."),
])
def test_an_announcement_is_no_notice_to_leave(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Kündigung", "Frau Brandt hat gekündigt, letzter Arbeitstag ist der 30.9. Bitte Konto zum Monatsende sperren."),
    ("Kündigung Herr Ost", "Kündigung von Herrn Ost zum 31.10., bitte alle Zugänge deaktivieren."),
])
def test_a_notice_to_leave_is_still_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("LastPass vault", "my lastpass vault won't unlock since the update, master password says wrong"),
    ("bitwarden", "Can't unlock Bitwarden on my laptop, it keeps saying invalid master password."),
    ("1Password", "1Password is locked and the emergency kit is at home"),
])
def test_a_password_vault_that_will_not_unlock_is_no_account_lockout(subject, body):
    result = triage(subject, body)
    assert result.category != "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "I'm locked out of my account after too many attempts, please unlock it."),
    ("unlock", "Please unlock the account of j.doe, she typed her password wrong too often."),
])
def test_an_account_locked_out_is_still_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("self-service", "The reset page sends a text to my mobile that never comes. I just need my Windows password reset."),
    ("SSPR", "No code on my phone again. Please reset my network password, I start at 8."),
])
def test_a_phone_in_another_sentence_does_not_own_the_password(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("phone", "The mail password on my iPhone is wrong, how do I change it there?"),
    ("mobile", "Forgot the unlock password on my mobile, it is a personal device."),
])
def test_a_password_a_phone_keeps_is_not_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category != "password_reset", result.reason
