"""How long a leaver's mailbox or files are kept, asked directly or for someone else, is a policy question
(tickets/triage/retention_asked.py). And the near readings that stay actions: a leaver's account closed or their
mailbox shared, asked in words beside the question. Sets holdout90 and holdout91 showed the meaning; the sentences are
our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver data", "our team lead wants to know how long a leaver's mailbox is kept before it is deleted"),
    ("onedrive after leaving", "fyi: after a colleague leaves, how long do we retain their OneDrive, and what happens "
                               "to the files then"),
    ("Postfach Ausgeschiedene", "Wie lange wird das Postfach eines ausgeschiedenen Mitarbeiters bei uns aufbewahrt?"),
    ("boîte d'un ancien", "Combien de temps conserve-t-on la boîte mail d'un salarié parti ?"),
    ("buzón de quien se fue", "¿Cuánto tiempo se guardan los archivos de alguien que dejó la empresa?"),
    ("vertrokken collega", "Hoe lang bewaren we de mailbox van een vertrokken collega?"),
])
def test_retention_asked_is_no_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "label"), [
    ("leaver", "Tom left last Friday; please disable his account. how long is his OneDrive kept afterwards?",
     "offboarding"),
    ("leaver mailbox", "Anna has left; please give me full access to her mailbox. how long will it be kept?",
     "mailbox_access"),
])
def test_an_action_asked_beside_the_question_stays(subject, body, label):
    result = triage(subject, body)
    assert result.category == label, result.reason
