"""A person said to have left on a day or a date, with their account asked closed (tickets/triage/left_on_a_day.py):
an offboarding. And the near misses that keep their reading: a trip begun on that day, a person said to come back, a
leaver's mailbox handed to the manager. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("disable login r.hale", "Rita Hale left on Thursday, please disable her login."),
    ("account", "Mia Lund left yesterday - can you deactivate her account"),
    ("leaver", "Omar left on 14 March and his account should be disabled."),
    ("account", "please disable the account of k.brandt, he left on the 2nd."),
    ("Konto sperren", "Herr Kraus ist gestern gegangen, bitte sein Konto deaktivieren."),
    ("compte", "Mme Roux est partie vendredi, merci de désactiver son compte."),
    ("cuenta", "Luis se fue el viernes, desactivad su cuenta por favor."),
    ("account", "Sanne is vrijdag vertrokken, graag haar account blokkeren."),
])
def test_a_leaving_dated_by_its_day_with_the_account_to_close_is_an_offboarding(subject, body):
    assert triage(subject, body).category == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("vpn", "Tom left on Monday for the trade fair; please disable his old VPN token, he has a new one."),
    ("out of office", "Ana left yesterday, back on the 12th. Please disable her account's auto-forward."),
    ("Konto", "Herr Kraus ist gestern gegangen und ab Montag wieder da, bitte den Zugang nicht deaktivieren."),
])
def test_a_day_away_is_no_leaving(subject, body):
    assert triage(subject, body).category != "offboarding"


def test_a_leaver_of_a_day_whose_mailbox_goes_to_the_manager_stays_a_mailbox_grant():
    body = "Sarah Moss left on Friday; please give her manager Leo Park full access to her mailbox."
    assert triage("mailbox of s.moss", body).category == "mailbox_access"
