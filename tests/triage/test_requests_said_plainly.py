"""Requests the engine missed for want of a reading: a password someone may know is to change even when asked as
"how do I"; a person taken out of a team in Teams; an access level granted on a site; a group named by its role
suffix; a leaver whose leaving is dated; a leaver's notice that also lists the laptop; an account set up for a
newcomer said with the verb after it. holdout20 showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("password", "how do I change my password? I think someone saw me typing it", "password_reset"),
    ("password", "how can i change my password, my colleague may have seen me typing it in", "password_reset"),
    ("team", "please take Priya Shah off the Night Shift channel, she changed teams", "group_membership"),
    ("team", "please remove Gary Lowe from the Xmas Planning team in Teams, he moved", "group_membership"),
    ("site", "can you give Lena write access to the HR Policies site", "group_membership"),
    ("group", "need Sales-RW added to my account", "group_membership"),
    ("group", "please get HR-Readers added to john's account", "group_membership"),
    ("leaver", "please disable the account of j.smith, he left last month", "offboarding"),
    ("disable", "can you disable the login for Omar Haddad, he left 3 weeks ago", "offboarding"),
    ("leaver", "Leaver: Tom Fry, Sales, last day Friday. Please collect his laptop.", "offboarding"),
    ("new manager", "caller wants account set up for new store manager starting Monday", "onboarding"),
])
def test_the_request_is_read(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("password", "how do I change my password?"),
    ("files", "remove the old files from the Marketing team in Teams"),
    ("site", "I can't access the Leeds site, badge not working"),
    ("laptop", "he left his laptop in the car last week, can someone pick it up"),
    ("laptop", "please collect the laptop from the leaver on floor 2"),
    ("voicemail", "hi, i left a voicemail 2 days ago about my printer"),
    ("rehire", "Jo Park left in June last year and is coming back; is her old laptop still in stock?"),
])
def test_the_near_misses_stay_with_a_person(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason
