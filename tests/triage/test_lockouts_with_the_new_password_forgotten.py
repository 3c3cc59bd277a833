"""A lockout with the new password forgotten, said without the apostrophe ("dont remember"), is a reset: the lock and
the reset are asked together (tickets/triage/already_done.py reads the denial); a new password the writer does know
leaves only the lock. The sentences are our own.
"""

from __future__ import annotations

from tickets.triage import triage


def test_a_lockout_with_the_new_password_forgotten_is_a_reset():
    result = triage("account locked", "got locked out this morning and i dont remember the new password from Monday")
    assert result.category == "password_reset", result.reason


def test_a_lockout_with_the_new_password_known_stays_an_unlock():
    result = triage("account locked", "locked out again, i do remember the new password, please unlock me")
    assert result.category == "account_unlock", result.reason
