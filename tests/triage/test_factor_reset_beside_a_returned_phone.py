"""A second factor asked to be reset beside a phone swapped or handed back (tickets/triage/starter_hardware.py,
_IDENTITY): the phone is hardware, but the factor is the account's, so the reset is no hardware logistics. And the
near ticket: a leaver's phone handed back with the app merely named, which stays logistics. Set h104 showed the
meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Authenticator nach Handytausch", "Mein Diensthandy wurde getauscht, das alte habe ich schon zurückgegeben. Die "
                                       "Authenticator-App ist leer, bitte MFA zurücksetzen."),
    ("MFA after phone swap", "Work phone swapped yesterday and the old one is handed back already, so the approvals "
                             "go nowhere. Please reset my MFA."),
])
def test_a_factor_reset_asked_beside_a_returned_phone_is_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "mfa_reset", result.reason


def test_a_leavers_phone_handed_back_with_the_app_named_stays_logistics():
    result = triage("Handy Rückgabe", "Das Diensthandy von Frau Lenz (Austritt zum 31.) wurde zurückgegeben, die "
                                      "Authenticator-App ist noch drauf. Bitte abholen.")
    assert result.category == "other", result.reason
