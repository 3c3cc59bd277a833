"""Which of two requests a ticket is, when both are asked (settling.settle), for cases unseen text brought up.

Both sides each time: the wording that now settles one way, and its neighbour that must keep settling the other way.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _category(subject: str, body: str) -> str:
    return triage(subject, body).category


# -- a leaver whose account is disabled and whose mail goes to the manager ------------------------------------------

@pytest.mark.parametrize(("subject", "body"), [
    ("Leaver: Tom Reyes", "Tom Reyes leaves on Friday. Please disable his account that evening and give his manager "
                          "Ana access to his mailbox for a month."),
    ("Départ", "M. Paul Girard quitte la société le 30 mai. Merci de désactiver son compte ce jour-là et de donner "
               "accès à sa boîte mail à sa responsable."),
    ("Baja", "Lucía Gómez deja la empresa el viernes. Por favor desactivad su cuenta y dad acceso a su buzón a su jefe."),
])
def test_a_leaver_disabled_with_the_mailbox_handed_over_is_an_offboarding(subject, body):
    assert _category(subject, body) == "offboarding"


def test_a_leavers_mailbox_alone_stays_a_mailbox_request():
    body = "Tom Reyes left last week. Please give his manager Ana access to his mailbox for a month."
    assert _category("Tom's mail", body) == "mailbox_access"


# -- a newcomer who is to run the writer's own calendar ------------------------------------------------------------

def test_a_new_assistant_to_manage_my_calendar_is_a_delegation():
    body = ("My new assistant, Ben Ortiz, starts on Monday. He needs to manage my calendar and send invites on my "
            "behalf. Could you set that up?")
    assert _category("Assistant access", body) == "mailbox_access"


@pytest.mark.parametrize(("subject", "body"), [
    ("New assistant", "My new assistant, Ben Ortiz, starts on Monday. Please create his account and give him access "
                      "to my calendar."),
    ("New starter", "Our new engineer Ravi Das starts on Monday and needs access to the support shared mailbox."),
])
def test_a_newcomer_still_onboarded(subject, body):
    assert _category(subject, body) == "onboarding"
