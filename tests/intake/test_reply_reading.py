"""How a requester's message in the PSA is read (tickets/updates.reads_as), and the sandbox's person controls."""

from __future__ import annotations

import pytest
import requests

from rallied.connectors.psa_types import REQUESTER, PsaEntry
from tickets.updates import reads_as


def entry(text: str, subject: str = "") -> PsaEntry:
    return PsaEntry(id=1, author=REQUESTER, text=text, subject=subject)


@pytest.mark.parametrize(("text", "subject", "expected"), [
    ("Thanks, that worked!", "", "thanks"),
    ("Thank you so much :)", "RE: Password reset please", "thanks"),
    ("Perfect, all good now. Cheers, Adele", "", "thanks"),
    ("", "", "thanks"),
    ("> Your password was reset.\n> Rallied", "", "thanks"),  # nothing but the quoted conversation
    ("I am out of the office until Monday.", "Automatic reply: Password reset please", "automatic"),
    ("Out of office: back on the 4th", "", "automatic"),
    ("Hello, I'm currently out of the office with no access to e-mail.", "RE: Locked out", "automatic"),
    ("It's still not working, I still can't sign in.", "", "still_broken"),
    ("Thanks, but it didn't work: same error.", "", "still_broken"),
    ("Still locked out!", "", "still_broken"),
    ("I still can't log in!", "", "still_broken"),
    ("Tried again this morning, still doesnt let me in", "", "still_broken"),
    ("The same problem is back this morning.", "", "still_broken"),
    ("Thanks! Could you also add me to the VPN Users group?", "", "new_request"),
    ("Thanks. Please also unlock Megan's account, she is locked out too.", "", "new_request"),
    ("One more thing: I need access to the Finance shared mailbox.", "", "new_request"),
])
def test_a_requesters_message_reads_as(text, subject, expected):
    assert reads_as(entry(text, subject)) == expected


def test_a_quoted_still_not_working_below_thanks_is_not_the_requesters_words():
    text = "Great, works now, thanks!\n\nOn Monday, IT wrote:\n> Is it still not working?"
    assert reads_as(entry(text)) == "thanks"


@pytest.mark.parametrize(("body", "status"), [
    ({"act": "dance"}, 400),
    ({"act": "reply"}, 400),  # a reply needs its text
    ({"act": "assign", "who": "nobody"}, 400),
])
def test_bad_person_controls_change_nothing(sandbox, body, status):
    before = sandbox.sandbox.state()["connectwise"]["tickets"]["1001"]
    answer = requests.post(f"{sandbox.url}/_control/vendors/connectwise/tickets/1001/person", json=body, timeout=10)
    assert answer.status_code == status, answer.text
    assert sandbox.sandbox.state()["connectwise"]["tickets"]["1001"] == before


@pytest.mark.parametrize("vendor", ["connectwise", "autotask", "halopsa"])
def test_a_person_act_on_an_unknown_ticket_is_a_404(sandbox, vendor):
    answer = requests.post(f"{sandbox.url}/_control/vendors/{vendor}/tickets/999999/person", json={"act": "assign"},
                           timeout=10)
    assert answer.status_code == 404
