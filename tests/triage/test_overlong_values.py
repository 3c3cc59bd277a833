"""A ticket whose person, group or mailbox is longer than any real one is handed to a person, never acted on.

Pasted data (a log line, a base64 blob, a run of one character) can sit exactly where a name or an address goes.
An intent refuses values that long (rallied/intents.py), and triage used to raise there instead of answering.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage

LONG = 5_000


@pytest.mark.parametrize(
    "body",
    [
        "reset the password for " + "x" * LONG,
        "unlock " + "Abc" * (LONG // 3) + " please",
        "add me to the " + "-".join(["Sales"] * (LONG // 6)) + " group",
        "Bitte " + "É" * 1_500 + " zur Gruppe " + "É" * 1_500 + " hinzufügen",
        "remove {0} from the {0} distribution list".format("-".join(["Sales"] * (LONG // 6))),
    ],
)
def test_a_value_longer_than_any_name_goes_to_a_person(body: str) -> None:
    result = triage("request", body)
    assert result.category == "other" and result.needs_human
    assert "longer than" in result.reason and not result.intents


def test_an_address_longer_than_a_mailbox_can_be_is_not_read_as_one() -> None:
    # RFC 5321: at most 64 characters before the @. One more, and it is not a person to add.
    at_limit = triage("DL", "add " + "a" * 64 + "@fabrikam.example to the Sales distribution list")
    over = triage("DL", "add " + "a" * 65 + "@fabrikam.example to the Sales distribution list")
    assert at_limit.entities.get("target_user") == "a" * 64 + "@fabrikam.example"
    assert "target_user" not in over.entities
    assert all(i["target"] != "a" * 65 + "@fabrikam.example" for i in over.intents)
    # Between the address limit and the intent's, triage used to raise on the address as the person.
    pasted = triage("DL", "add " + "a" * 1_200 + "@" + "b" * 300 + ".example to the Sales distribution list")
    assert all(len(i["target"]) <= 254 for i in pasted.intents)


def test_ordinary_names_and_groups_are_still_read() -> None:
    result = triage("Group", "Please add Tom Becker to the Sales-EMEA group.")
    assert result.category == "group_membership" and not result.needs_human
    assert [(i["target_name"], i["object"]) for i in result.intents] == [("Tom Becker", "Sales-EMEA")]
