"""The password the writer just changed, forgotten (new_password_forgotten.py): however the prompts or the phone
misbehave after the change, nobody knows the password now set, so it is a reset. And the near misses: a change that
worked with an app still holding the old one stays a fault for a technician. Sets h121, h122 and h124 showed it; the
sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Teams keeps asking", "teams keeps prompting for my password. i changed it on monday and i don't remember which one i set"),
    ("Password", "since I changed my password my phone stopped syncing, and now I can't recall what I set it to either"),
    ("Outlook", "outlook keeps asking for my password, changed it friday and honestly don't know what to. need a new one"),
])
def test_a_new_password_forgotten_is_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("Outlook", "outlook keeps asking for my password since I changed it yesterday, the new one works everywhere else"),
    ("Phone", "since I changed my password my phone mail stopped syncing and I don't know what to do"),
    ("Rules", "outlook keeps asking for my password after the change, I don't know the new password rules"),
])
def test_an_app_holding_the_old_password_stays_a_fault(subject, body):
    assert triage(subject, body).category != "password_reset"
