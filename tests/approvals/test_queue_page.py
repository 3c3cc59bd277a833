"""The review queue page: who sees what, the order, the filters, the counts and what one card shows."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from sandbox.demo import demo_password
from tests.approvals.factories import VERIFIED, waiting, web


def card_ids(response) -> list[int]:
    return [int(pk) for pk in re.findall(r'id="card-(\d+)"', response.content.decode())]


def count_of(response, slug: str) -> int:
    match = re.search(rf'data-testid="count-{slug}">(\d+)<', response.content.decode())
    assert match, f"no count for {slug}"
    return int(match.group(1))


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_the_login_page(world):
    response = Client().get("/queue/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/queue/")


@pytest.mark.django_db
def test_technician_signs_in_on_the_queue_login_page(world):
    client = Client()
    page = client.get("/accounts/login/?next=/queue/")
    assert page.status_code == 200 and b"Sign in" in page.content
    wrong = client.post("/accounts/login/", {"username": "tech", "password": "not-it", "next": "/queue/"})
    assert wrong.status_code == 200 and b"did not match" in wrong.content
    right = client.post("/accounts/login/", {"username": "tech", "password": demo_password(), "next": "/queue/"})
    assert right.status_code == 302 and right["Location"] == "/queue/"
    assert client.get("/queue/").status_code == 200
    out = client.post("/accounts/logout/")
    assert out.status_code == 302
    assert client.get("/queue/").status_code == 302


@pytest.mark.django_db
def test_queue_shows_only_tenants_the_technician_may_approve_on(world):
    contoso = waiting("contoso")
    northwind = waiting("northwind", requester="nancy.davolio@northwind.example",
                        params={"target": "nancy.davolio@northwind.example", "group": "Paralegals"})
    fabrikam = waiting("fabrikam", requester="tom.higgins@fabrikam.example",
                       params={"target": "tom.higgins@fabrikam.example", "group": "Estimating"})

    tech = web("tech").get("/queue/")  # technician on contoso and northwind
    assert set(card_ids(tech)) == {contoso.pk, northwind.pk}
    assert b"Fabrikam" not in tech.content

    tech2 = web("tech2").get("/queue/")  # technician on all three
    assert set(card_ids(tech2)) == {contoso.pk, northwind.pk, fabrikam.pk}

    auditor = web("auditor").get("/queue/")  # may view the tenants, may not approve
    assert card_ids(auditor) == []
    assert b"no approve permission" in auditor.content

    # Asking for a tenant outside one's permissions by slug shows nothing from it.
    assert card_ids(web("tech").get("/queue/", {"tenant": "fabrikam"})) == [contoso.pk, northwind.pk]


@pytest.mark.django_db
def test_oldest_first_by_default_and_newest_on_request(world):
    middle = waiting(waiting_minutes=30)
    old = waiting(waiting_minutes=90)
    new = waiting(waiting_minutes=1)
    client = web("tech")
    assert card_ids(client.get("/queue/")) == [old.pk, middle.pk, new.pk]
    assert card_ids(client.get("/queue/", {"order": "newest"})) == [new.pk, middle.pk, old.pk]


@pytest.mark.django_db
def test_filters_by_tenant_kind_and_age(world):
    group = waiting(waiting_minutes=10)
    unlock = waiting(kind="unlock_account", params={"target": "alex.wilber@contoso.example"}, waiting_minutes=300)
    northwind = waiting("northwind", requester="nancy.davolio@northwind.example",
                        params={"target": "nancy.davolio@northwind.example", "group": "Paralegals"},
                        waiting_minutes=70)
    client = web("tech")
    assert card_ids(client.get("/queue/", {"tenant": "northwind"})) == [northwind.pk]
    assert card_ids(client.get("/queue/", {"kind": "unlock_account"})) == [unlock.pk]
    assert card_ids(client.get("/queue/", {"age": "1h"})) == [unlock.pk, northwind.pk]
    assert card_ids(client.get("/queue/", {"age": "4h"})) == [unlock.pk]
    assert card_ids(client.get("/queue/", {"tenant": "contoso", "kind": "add_to_group"})) == [group.pk]
    # Nonsense filter values are ignored, not an error.
    assert sorted(card_ids(client.get("/queue/", {"kind": "drop_tables", "age": "x"}))) == sorted(
        [group.pk, unlock.pk, northwind.pk])


@pytest.mark.django_db
def test_counts_per_tenant_cover_everything_waiting(world):
    for _ in range(3):
        waiting("contoso")
    waiting("northwind", requester="nancy.davolio@northwind.example",
            params={"target": "nancy.davolio@northwind.example", "group": "Paralegals"})
    waiting("contoso", expires_minutes=-1)  # expired: can no longer be decided, not counted
    response = web("tech").get("/queue/", {"tenant": "northwind"})
    assert count_of(response, "contoso") == 3
    assert count_of(response, "northwind") == 1
    assert count_of(response, "all") == 4
    assert len(card_ids(response)) == 1


@pytest.mark.django_db
def test_a_card_holds_everything_needed_to_decide(world):
    action = waiting(
        subject="Need Finance-Readers before the board meeting",
        reasons=["The requester is neither the target's manager nor an authorised requester.",
                 "Risk signal: urgency or secrecy pressure in the request."],
        params={"target": "alex.wilber@contoso.example", "group": "Finance-Readers"},
        verification={**VERIFIED, "relation": "none", "risk_signals": ["urgency or secrecy pressure in the request"]},
        triage={"summary": "Asks to add a colleague to the finance group."},
    )
    html = web("tech").get("/queue/").content.decode()
    card = html[html.index(f'id="card-{action.pk}"'):]
    for expected in [
        "Need Finance-Readers before the board meeting",  # the ticket
        "Asks to add a colleague to the finance group.",  # triage summary
        "Adele Vance", "adele.vance@contoso.example",  # the requester
        "Found in the directory as Adele Vance; has no known relation to the target",  # how they were verified
        "Add to group", "alex.wilber@contoso.example", "Finance-Readers",  # the proposed action and parameters
        "neither the target&#x27;s manager nor an authorised requester",  # the policy's reason
        "Risk signals", "urgency or secrecy pressure in the request",  # risk signal, shown once
        "medium risk", "Contoso Dental Group", f"ticket #{action.ticket_id}",
    ]:
        assert expected in card, expected
    assert card.count("urgency or secrecy pressure in the request") == 1


@pytest.mark.django_db
def test_two_approver_card_shows_progress_and_hides_approve_from_who_already_approved(world):
    from django.contrib.auth import get_user_model

    from approvals.services import approve_action

    action = waiting(approvals_required=2)
    approve_action(actor=get_user_model().objects.get(username="tech"), action_id=action.pk, version=1)
    mine = web("tech").get("/queue/").content.decode()
    assert "Needs 2 approvers · 1 given (tech)" in mine
    assert f'action="/queue/{action.pk}/approve/"' not in mine
    theirs = web("tech2").get("/queue/").content.decode()
    assert f'action="/queue/{action.pk}/approve/"' in theirs


@pytest.mark.django_db
def test_pages_of_fifty(world):
    actions = [waiting(waiting_minutes=200 - i) for i in range(55)]
    client = web("tech")
    first = client.get("/queue/")
    assert card_ids(first) == [a.pk for a in actions[:50]]
    assert b"Page 1 of 2" in first.content
    assert card_ids(client.get("/queue/", {"page": 2})) == [a.pk for a in actions[50:]]


@pytest.mark.django_db
def test_low_risk_cards_offer_bulk_selection_others_do_not(world):
    unlock = waiting(kind="unlock_account", params={"target": "alex.wilber@contoso.example"})
    group = waiting()
    html = web("tech").get("/queue/").content.decode()
    assert f'value="{unlock.pk}:1" form="bulk-form"' in html
    assert f'value="{group.pk}:1" form="bulk-form"' not in html
