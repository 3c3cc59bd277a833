"""Words in another sense and a new password asked plainly (tickets/triage/vetoes.py, rules._settle): "till 8pm" is
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
