"""Locks that are not an account's (tickets/triage/not_the_account.py): furniture a key opens and a machine's operator
panel its PIN opens are no lockout, and unlocking one's own screen is the moment a fault shows, not a lockout. And the
near request that stays: a person locked out. near-miss set 1 showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("rack locked", "The server rack in the basement is locked and nobody can find the key. We need to swap a switch "
                    "today."),
    ("locker", "My locker in the changing room is locked and I lost the key, can IT unlock it?"),
    ("HMI locked", "The HMI on press 4 is locked with the operator PIN of the early shift. Please help, production is "
                   "waiting."),
])
def test_furniture_or_a_machine_panel_that_is_locked_is_no_lockout(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("flicker after unlock", "Every time I unlock my laptop the docking station loses the second screen for a few "
                             "seconds."),
    ("Fenster springen", "Wenn ich meinen Rechner entsperre, springen alle Fenster auf den ersten Monitor. Bitte "
                         "prüfen."),
])
def test_a_fault_seen_when_unlocking_ones_screen_is_no_lockout(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "I'm locked out of my account, please unlock it"),
    ("account locked", "After the weekend my account is locked when I log in to my laptop, please unlock it."),
])
def test_a_person_locked_out_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason
