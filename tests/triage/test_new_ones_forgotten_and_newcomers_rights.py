"""A lockout where the writer has also forgotten the password (the one just changed, or "the right one"), which is a
reset (tickets/triage/vetoes.py, patterns.py); and a newcomer given a named right on a mailbox that exists, which is
that grant and not an onboarding (tickets/triage/newcomer_mailbox_rights.py). With the near tickets that stay as
they were. Sets holdout6, 7, 10 (lockouts) and holdout5, 77 (newcomers' mailboxes) showed them; the sentences are
our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "Changed my password this morning, now my phone mail keeps asking for the old password "
                   "and I'm locked out. Honestly I can't remember what I changed it to. Please help."),
    ("locked", "I reset my password on Monday and the password on my phone is still the old one, now the account is "
               "locked. I don't remember the new one either, please sort it."),
    ("gesperrt", "Passwort gestern geändert, das alte Passwort steckt noch im Handy und jetzt bin ich gesperrt. Das "
                 "neue Passwort habe ich leider vergessen."),
    ("bloqué", "J'ai changé mon mot de passe hier, le mot de passe sur mon téléphone est l'ancien et mon compte est "
               "bloqué. J'ai oublié le nouveau mot de passe."),
    ("locked out again", "Typed my password wrong too often and the account says locked. Truth is I don't even "
                         "remember what the right one is now."),
])
def test_a_lockout_with_the_password_forgotten_is_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # The phone's stale password locked the account, but the writer knows the new one: an unlock.
    ("locked", "I changed my password yesterday and the old password on my phone keeps locking my account. Please "
               "unlock me, I know the new one."),
    ("gesperrt", "Konto gesperrt, vermutlich wegen des alten Passworts auf dem Handy. Bitte entsperren."),
])
def test_a_lockout_from_a_phones_stale_password_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("orders mailbox", "Please give full access and send as on orders@example.com to the new buyer Tom Reyes, he "
                       "starts on Monday."),
    ("dispatch inbox", "full access to the dispatch mailbox for new driver planner rkwzt, starts tomorrow"),
    ("Postfach einkauf", "Bitte Vollzugriff auf das Postfach einkauf@example.com für die neue Kollegin Frau Brandt, "
                         "sie fängt am 1.3. an."),
])
def test_a_newcomers_right_on_a_mailbox_is_a_mailbox_grant(subject, body):
    result = triage(subject, body)
    assert result.category == "mailbox_access", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # An account asked for the newcomer too: the onboarding leads, the mailbox right is one of its steps.
    ("new starter", "New starter Lena Hoff starts on Monday in accounts. Please create her account and email, and "
                    "give her full access to the invoices@example.com mailbox."),
    ("neuer Mitarbeiter", "Neuer Mitarbeiter Jan Ober ab 1.4. im Vertrieb. Bitte Benutzerkonto anlegen und "
                          "Vollzugriff auf das Postfach vertrieb@example.com."),
])
def test_a_newcomer_whose_account_is_asked_stays_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason
