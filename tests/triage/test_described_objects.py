"""A group described instead of named ("the group my manager mentioned") is no group name.

Read as a name, the clause sent the directory looking for a group called "manager mentioned"; the planner then
planned an add the safety floor refused, and that refusal stopped the ticket's other request too. Read as no name,
the intent is a `missing` hand-over ("which group?") and the rest of the ticket runs (tests/requests c-missing-group).
Checked from both sides: a real name next to such a clause is still read.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _groups(body: str) -> list[str]:
    """The group of each add the ticket stores (triage's intents)."""
    return [i["object"] for i in triage("Request", body).intents if i["kind"] == "add_to_group"]


@pytest.mark.parametrize("body", [
    "Please add me to the group my manager mentioned.",
    "Please add me to the group that my manager mentioned.",
    "Could you put me in the group Sam talked about?",
    "Please add me to the group which Sam set up last week.",
    "Bitte nehmen Sie mich in die Gruppe auf, die Sam erwähnt hat.",
    "Bitte fügen Sie mich der Gruppe hinzu, von der mein Chef gesprochen hat.",
    "Merci de m'ajouter au groupe dont ma responsable a parlé.",
    "Merci de m'ajouter au groupe que Sam a mentionné.",
    "Por favor añadidme al grupo que mencionó mi jefa.",
    "Por favor añadidme al grupo del que habló Sam.",
    "Kunnen jullie mij toevoegen aan de groep waar mijn leidinggevende het over had?",
    "Voeg mij toe aan de groep die Sam noemde.",
])
def test_a_group_described_by_a_clause_is_unnamed_in_five_languages(body):
    assert _groups(body) == [""]


@pytest.mark.parametrize(("body", "group"), [
    ("Please add me to Finance-Readers, the group my manager mentioned.", "Finance-Readers"),
    ("Please add me to the Finance-Readers group that my manager mentioned.", "Finance-Readers"),
    ("Please add me to the group Finance-Readers which Sam mentioned.", "Finance-Readers"),
    ("Bitte fügen Sie mich der Gruppe Vertrieb hinzu, die Sam erwähnt hat.", "Vertrieb"),
    ("Merci de m'ajouter au groupe Finance-Readers dont ma responsable a parlé.", "Finance-Readers"),
    ("Por favor añadidme al grupo Finance-Readers que mencionó mi jefa.", "Finance-Readers"),
    ("Voeg mij toe aan de groep Finance-Readers die Sam noemde.", "Finance-Readers"),
    ("Please add me to our Billing Team group.", "Billing Team"),
])
def test_a_named_group_is_still_read_beside_a_clause_about_it(body, group):
    assert _groups(body) == [group]


@pytest.mark.parametrize("body", [
    "Hello, please reset my password, and could you also add me to the one Sam talked about? Thanks",
    "Merci de réinitialiser mon mot de passe et de m'ajouter à celui dont Sam a parlé.",
    "Por favor restableced mi contraseña y añadidme al que mencionó Sam.",
    "Kunnen jullie mijn wachtwoord resetten en mij toevoegen aan degene waar Sam het over had?",
])
def test_a_group_pointed_at_without_a_group_word_is_still_an_add_with_no_name(body):
    # Before, no add was read at all: the reset ran and the ticket closed as done with half the request dropped.
    kinds = [(i["kind"], i["object"]) for i in triage("Request", body).intents]
    assert kinds == [("reset_password", ""), ("add_to_group", "")]


def test_a_mailbox_described_by_a_clause_is_unnamed_but_a_named_one_is_read():
    def mailboxes(body: str) -> list[str]:
        return [i["object"] for i in triage("Request", body).intents if i["kind"] == "grant_mailbox_access"]

    assert mailboxes("Please give me full access to the mailbox my manager mentioned.") == [""]
    assert mailboxes("Please give me full access to the mailbox Billing.") == ["Billing"]
