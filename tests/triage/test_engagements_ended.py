"""A student, guest researcher or agency worker whose time here ended, the access to be closed (stays_or_goes.py):
"is not coming back,", "finished last friday", "contract of ... ends 30.09". And the near misses: a thing not coming
back, a student finishing a task, a contract end asked about or to be extended. Sets h121 and h123 showed it; the
sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Agency worker", "the agency worker on the packing line (agency_k77) is not coming back, please remove his access"),
    ("Student", "my PhD student tvogel finished last week, please close his account"),
    ("Guest", "guest researcher contract of Dr. Lind (dlind) ends 31.10, not renewed. please disable the account after that"),
])
def test_an_engagement_ended_is_offboarding(subject, body):
    assert triage(subject, body).category == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("Extend", "the contract of jdoe ends 30.09, please extend his account until december"),
    ("Loaner", "the contractor's laptop is not coming back from repair, can we get a loaner?"),
    ("Print", "my student finished the report, can you print it on the A3 printer"),
    ("Printer", "the printer is not coming back, please order a new one"),
    ("Home", "jo is not coming back to the office, she works from home now, please set up vpn"),
    ("Question", "when my student assistant contract ends 30.09, what happens to my account?"),
])
def test_things_tasks_and_questions_are_no_leaver(subject, body):
    assert triage(subject, body).category != "offboarding"
