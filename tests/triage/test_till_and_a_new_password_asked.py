"""Words in another sense and a new password asked plainly (tickets/triage/vetoes.py, settling.settle): "till 8pm" is
"until", not a cash register's password; "changed my password on my iPhone" names where the change was made, not a
password the phone keeps; "please just set me a new one" after a refused password asks for a reset, which also lifts
the lockout beside it. And the near readings: a till's own password, a password a phone keeps. holdout28 (a hospital
group's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("password expired", "My password expired and the change page rejects every new one I try. Can someone reset it "
                         "please? I'm in clinic till 6pm.", "password_reset"),
    ("locked", "Changed my password on my iPhone yesterday, now the desktop says the password is wrong and after "
               "3 tries it locked. Please just set me a new one.", "password_reset"),
])
def test_until_and_a_new_one_asked_read_as_the_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("till", "The till on checkout 2 won't take my password."),
    ("phone", "After the change the mail password on my iPhone keeps getting rejected."),
])
def test_a_tills_or_a_phones_own_password_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # Every new password refused by the rules it must meet, and one asked for.
    ("password rules", "Forced password change this morning, and whatever I type is too weak according to the screen. "
                       "Could you set a temporary one for me?", "password_reset"),
    ("Kennwort", "Mein neues Kennwort entspricht angeblich nicht den Richtlinien, egal was ich eingebe. Können Sie "
                 "mir ein neues setzen?", "password_reset"),
    # Near miss: the rules asked about, nothing set.
    ("password rules", "Which characters does the new password policy require? Mine was not complex enough, I managed "
                       "on the third try.", "other"),
])
def test_a_password_refused_by_its_rules_and_one_asked(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason
