"""The Claude engine's intents, checked before they are stored: a fake answer (no client, no key) per shape."""

from __future__ import annotations

import pytest

from tickets.triage.llm import InvalidAnswer, _from_answer, answered_intents, validate

SUBJECT = "Access"
BODY = "Hi, please give Sarah Lee Send As on billing@contoso.example and reset my password. Thanks, Megan"


def _answer(category: str, intents: list[dict] | None, **entities: str) -> dict:
    data = {
        "category": category, "confidence": 0.92, "entities": entities, "summary": "", "area": "email",
        "first_checks": [], "needs_human": False, "reason": "clear",
    }
    if intents is not None:
        data["intents"] = intents
    return validate(data)


def test_the_models_intents_are_kept_in_order_with_the_category_first():
    data = _answer("mailbox_access", [
        {"kind": "reset_password", "text": "reset my password"},
        {"kind": "grant_mailbox_access", "target_name": "Sarah Lee", "object": "billing@contoso.example",
         "rights": ["SendAs"]},
    ])
    result = _from_answer(data, SUBJECT, BODY)
    assert [i["kind"] for i in result.intents] == ["grant_mailbox_access", "reset_password"]
    assert result.intents[0]["rights"] == ["SendAs"] and result.intents[0]["target_name"] == "Sarah Lee"


def test_an_answer_without_intents_means_its_categorys_one_intent():
    data = _answer("mailbox_access", None, mailbox="billing@contoso.example", target_name="Sarah Lee")
    intents = answered_intents(data, SUBJECT, BODY)
    assert [(i.kind, i.object, i.target_name) for i in intents] == [
        ("grant_mailbox_access", "billing@contoso.example", "Sarah Lee")]


def test_other_acts_on_nothing_whatever_the_model_listed():
    data = _answer("other", [{"kind": "reset_password"}])
    assert answered_intents(data, SUBJECT, BODY) == []


@pytest.mark.parametrize(
    ("intents", "complaint"),
    [
        # An invented person or object: the model may only use the ticket's own words.
        ([{"kind": "grant_mailbox_access", "target_name": "Bob Jones", "object": "billing@contoso.example"}],
         "target_name 'Bob Jones' is not in the ticket"),
        ([{"kind": "grant_mailbox_access", "target": "ceo@contoso.example", "object": "billing@contoso.example"}],
         "not in the ticket"),
        ([{"kind": "grant_mailbox_access", "object": "payroll@contoso.example"}], "not in the ticket"),
        # More access than the schema knows, or a kind Rallied does not take from a ticket.
        ([{"kind": "grant_mailbox_access", "object": "billing@contoso.example", "rights": ["Owner"]}],
         "unknown mailbox right"),
        ([{"kind": "delete_mailbox", "object": "billing@contoso.example"}], "unknown intent kind"),
        ([{"kind": "grant_mailbox_access", "object": "billing@contoso.example", "group": "x"}], "unknown intent field"),
        # The category says one thing, the intents another.
        ([{"kind": "reset_password"}], "no intent of the category mailbox_access"),
    ],
)
def test_a_wrong_intent_is_an_invalid_answer(intents, complaint):
    with pytest.raises(InvalidAnswer, match=complaint):
        answered_intents(_answer("mailbox_access", intents), SUBJECT, BODY)


def test_intents_must_be_a_list():
    with pytest.raises(InvalidAnswer, match="intents must be a list"):
        _answer("password_reset", {"kind": "reset_password"})  # type: ignore[arg-type]


def test_a_partial_address_counts_as_the_tickets_words():
    body = "Give Sarah Send As on billing@ please"
    data = _answer("mailbox_access", [{"kind": "grant_mailbox_access", "target_name": "Sarah", "object": "billing@",
                                      "rights": ["SendAs"]}])
    assert answered_intents(data, "Send As", body)[0].object == "billing@"
