"""A computer left locked under someone else's sign-in (tickets/triage/not_the_account.py, _LOCKED_UNDER_ANOTHER): the
screen is locked with a colleague's session, no account is locked out. And the near tickets that are lockouts: an
account said locked on a computer, and a colleague's account asked to be unlocked. Set h104 showed the meaning; the
sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("packing station pc", "The packing station PC is locked with the user of the late shift, she left and we need the "
                           "label queue that is open on it."),
    ("pc locked by night shift", "Warehouse PC locked by the night shift user, nobody can unlock it and the pick list is "
                                 "open on it."),
    ("Rechner gesperrt", "Der Rechner an der Waage ist mit dem Benutzer der Nachtschicht gesperrt, der Kollege ist "
                         "schon zu Hause. Wir können nicht entsperren."),
    ("poste verrouillé", "Le poste de la réception est verrouillé avec la session d'un collègue parti en congé, on "
                         "n'arrive pas à le débloquer."),
])
def test_a_computer_locked_under_another_sign_in_is_no_lockout(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "My PC says my account is locked out after I mistyped the password. Please unlock it, I know it."),
    ("colleague locked", "My colleague rtwqe is locked out of his account on the workshop PC, please unlock his "
                         "account, he knows his password."),
])
def test_an_account_locked_out_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason
