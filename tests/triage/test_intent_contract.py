"""The shared intent contract (rallied/intents.py) and where triage stores it on the ticket."""

from __future__ import annotations

import pytest

from rallied.categories import CATEGORIES
from rallied.intents import CATEGORY_OF, INTENT_KINDS, MAILBOX_RIGHTS, Intent, category_of, legacy_intents
from rallied.kinds import KINDS
from tests.helpers import committed, post_ticket, ticket_payload
from tickets.models import Ticket
from tickets.triage import ACTION_CATEGORIES, triage


def test_every_intent_kind_has_an_action_category():
    assert set(CATEGORY_OF) == set(INTENT_KINDS)
    assert set(CATEGORY_OF.values()) <= set(ACTION_CATEGORIES)
    # Every directly asked kind is an action Rallied can run (swap_license arrives with the licence catalogue).
    assert set(INTENT_KINDS) - {"onboarding", "offboarding", "swap_license"} <= set(KINDS)


def test_session_revoke_is_an_action_category_and_other_stays_last():
    assert "session_revoke" in ACTION_CATEGORIES
    assert CATEGORIES[-1] == "other" and "other" not in ACTION_CATEGORIES


def test_an_intent_survives_its_stored_form():
    intent = Intent("grant_mailbox_access", target_name="Sarah Lee", object="billing@contoso.example",
                    rights=("SendAs",), text="give Sarah Send As on billing@")
    stored = intent.to_dict()
    assert stored["rights"] == ["SendAs"]
    assert Intent.from_dict(stored) == intent
    assert intent.category == "mailbox_access"


def test_rights_keep_one_order_and_no_repeats():
    one = Intent("grant_mailbox_access", rights=("SendOnBehalf", "FullAccess", "FullAccess"))
    assert one.rights == ("FullAccess", "SendOnBehalf")
    assert one == Intent("grant_mailbox_access", rights=("FullAccess", "SendOnBehalf"))
    assert set(one.rights) <= set(MAILBOX_RIGHTS)


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        ({"kind": "format_disk"}, "unknown intent kind"),
        ({"target": "a@b.example"}, "needs a kind"),
        ({"kind": "grant_mailbox_access", "rights": ["Owner"]}, "unknown mailbox right"),
        ({"kind": "grant_mailbox_access", "rights": "SendAs"}, "list of strings"),
        ({"kind": "add_to_group", "object": 42}, "must be a string"),
        ({"kind": "add_to_group", "group": "Billing"}, "unknown intent field"),
        ({"kind": "add_to_group", "object": "x" * 600}, "longer than"),
        ("reset_password", "must be an object"),
    ],
)
def test_a_malformed_intent_is_refused_with_a_reason(data, complaint):
    with pytest.raises(ValueError, match=complaint):
        Intent.from_dict(data)


def test_missing_values_read_as_not_said():
    intent = Intent.from_dict({"kind": "add_to_group", "object": None, "rights": None})
    assert intent.object == "" and intent.rights == ()


@pytest.mark.parametrize(
    ("category", "entities", "expected"),
    [
        ("password_reset", {"target_user": "a@x.example"}, Intent("reset_password", target="a@x.example")),
        ("account_unlock", {"target_name": "Alex Wilber"}, Intent("unlock_account", target_name="Alex Wilber")),
        ("mfa_reset", {}, Intent("reset_mfa")),
        ("session_revoke", {}, Intent("revoke_sessions")),
        ("mailbox_access", {"mailbox": "billing@x.example", "target_name": "Sarah"},
         Intent("grant_mailbox_access", target_name="Sarah", object="billing@x.example")),
        ("group_membership", {"group": "Finance-Readers"}, Intent("add_to_group", object="Finance-Readers")),
        ("license_change", {"license": "E3", "target_user": "b@x.example"},
         Intent("assign_license", target="b@x.example", object="E3")),
        ("onboarding", {"new_hire_name": "Ann Lee", "start_date": "2026-03-02"},
         Intent("onboarding", target_name="Ann Lee", when="2026-03-02")),
        ("offboarding", {"leaver_name": "Paul Grant", "target_user": "p@x.example", "last_day": "2026-01-31"},
         Intent("offboarding", target="p@x.example", target_name="Paul Grant", when="2026-01-31")),
    ],
)
def test_an_old_ticket_means_its_categorys_one_intent(category, entities, expected):
    assert legacy_intents(category, entities) == [expected]
    assert category_of([expected]) == category


def test_an_old_other_ticket_asks_for_nothing():
    assert legacy_intents("other", {"target_user": "a@x.example"}) == []
    assert category_of([]) == "other"


def test_triage_returns_the_intents_with_the_category_of_the_first():
    result = triage("Forgot password", "Hi, I forgot my password. Can you reset it please?")
    assert result.category == "password_reset"
    assert [i["kind"] for i in result.intents] == ["reset_password"]
    assert result.to_dict()["intents"] == result.intents


def test_a_question_yields_no_intent():
    result = triage("Printer", "The printer on floor 2 prints blank pages since this morning.")
    assert result.category == "other" and result.intents == []


@pytest.mark.django_db
def test_the_pipeline_stores_the_intents_on_the_ticket(contoso_api, sandbox):
    with committed():
        response = post_ticket(contoso_api, ticket_payload(
            "intents-1", "megan.bowen@contoso.example", subject="Finance-Readers",
            body="Please add alex.wilber@contoso.example to the Finance-Readers group.\n\nMegan Bowen",
            name="Megan Bowen"))
    assert response.status_code == 201, response.content
    ticket = Ticket.objects.get(pk=response.json()["id"])
    assert ticket.category == "group_membership"
    assert [Intent.from_dict(i) for i in ticket.intents] == [
        Intent("add_to_group", target="alex.wilber@contoso.example", object="Finance-Readers",
               text="Please add alex.wilber@contoso.example to the Finance-Readers group.")
    ]
    assert ticket.triage["intents"] == ticket.intents
