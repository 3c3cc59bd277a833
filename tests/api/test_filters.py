"""The API lists answer their query filters: each filter returns the rows it names and only those, and a value it
cannot mean is a 400 naming the parameter (never the whole list, as before issue 16)."""

from __future__ import annotations

from datetime import timedelta
from datetime import timezone as dt_timezone
from itertools import count
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from playbooks.models import Action
from tenants.models import Tenant
from tenants.services import create_api_token
from tests.helpers import token_client
from tickets.models import Ticket

_seq = count(1)
NOW = timezone.now()


@pytest.fixture
def lead_api(world):
    """The service lead's own token: sees all three demo tenants."""
    _, key = create_api_token(actor="system:test", name="lead-api", user=get_user_model().objects.get(username="lead"))
    return token_client(key)


def _ticket(slug: str = "contoso", *, status: str = "received", category: str = "", subject: str = "Help",
            requester: str = "adele.vance@contoso.example", name: str = "Adele Vance",
            days_ago: float = 0) -> Ticket:
    n = next(_seq)
    return Ticket.objects.create(
        tenant=Tenant.objects.get(slug=slug), external_id=f"filter-{n}", subject=subject, body="",
        requester_email=requester, requester_name=name, status=status, category=category,
        received_at=NOW - timedelta(days=days_ago))


def _ids(client, url: str) -> list[int]:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def _bad(client, url: str, param: str) -> None:
    response = client.get(url)
    assert response.status_code == 400, response.content
    assert param in response.json(), response.json()


@pytest.mark.django_db
def test_status_filter_returns_only_that_status_and_refuses_an_unknown_one(lead_api):
    escalated, received = _ticket(status="escalated"), _ticket(status="received")
    ids = _ids(lead_api, "/api/v1/tickets/?status=escalated&limit=1000")
    assert escalated.pk in ids and received.pk not in ids
    assert set(Ticket.objects.filter(pk__in=ids).values_list("status", flat=True)) == {"escalated"}
    _bad(lead_api, "/api/v1/tickets/?status=bogus", "status")


@pytest.mark.django_db
def test_category_filter(lead_api):
    unlock, reset = _ticket(category="account_unlock"), _ticket(category="password_reset")
    ids = _ids(lead_api, "/api/v1/tickets/?category=account_unlock&limit=1000")
    assert unlock.pk in ids and reset.pk not in ids
    assert set(Ticket.objects.filter(pk__in=ids).values_list("category", flat=True)) == {"account_unlock"}
    _bad(lead_api, "/api/v1/tickets/?category=coffee", "category")


@pytest.mark.django_db
def test_tenant_filter_narrows_but_never_widens_a_tokens_reach(lead_api, tenant_key):
    contoso, fabrikam = _ticket("contoso"), _ticket("fabrikam")
    ids = _ids(lead_api, "/api/v1/tickets/?tenant=fabrikam&limit=1000")
    assert fabrikam.pk in ids and contoso.pk not in ids
    assert set(Ticket.objects.filter(pk__in=ids).values_list("tenant__slug", flat=True)) == {"fabrikam"}
    # A contoso-bound token asking for fabrikam's tickets gets none of them; its own tenant still answers.
    contoso_api = token_client(tenant_key("contoso"))
    assert _ids(contoso_api, "/api/v1/tickets/?tenant=fabrikam&limit=1000") == []
    assert contoso.pk in _ids(contoso_api, "/api/v1/tickets/?tenant=contoso&limit=1000")


@pytest.mark.django_db
def test_created_range_filters_and_bad_dates(lead_api):
    old, mid, new = _ticket(days_ago=30), _ticket(days_ago=10), _ticket(days_ago=0.01)
    after = (NOW - timedelta(days=20)).isoformat().replace("+00:00", "Z")
    before = (NOW - timedelta(days=1)).isoformat().replace("+00:00", "Z")
    ids = _ids(lead_api, f"/api/v1/tickets/?created_after={after}&created_before={before}&limit=1000")
    assert mid.pk in ids and old.pk not in ids and new.pk not in ids
    assert new.pk in _ids(lead_api, f"/api/v1/tickets/?created_after={before}&limit=1000")
    assert old.pk in _ids(lead_api, f"/api/v1/tickets/?created_before={after}&limit=1000")
    _bad(lead_api, "/api/v1/tickets/?created_after=yesterday", "created_after")
    _bad(lead_api, "/api/v1/tickets/?created_before=2026-13-45T00:00:00Z", "created_before")
    # Parses, but is no instant the database can compare with: a 400, not a server error.
    _bad(lead_api, "/api/v1/tickets/?created_after=0001-01-01T00:00:00%2B05:00", "created_after")
    # An offset PostgreSQL would refuse (beyond ±15:59) still means one instant: the same rows as in UTC.
    far = (NOW - timedelta(days=20)).astimezone(dt_timezone(-timedelta(hours=17, minutes=5))).isoformat()
    ids = _ids(lead_api, f"/api/v1/tickets/?created_after={quote(far)}&created_before={before}&limit=1000")
    assert mid.pk in ids and old.pk not in ids and new.pk not in ids


@pytest.mark.django_db
def test_search_matches_subject_and_requester(lead_api):
    printer = _ticket(subject="Printer on floor 3 jams")
    megan = _ticket(subject="Locked out", requester="megan.bowen@contoso.example", name="Megan Bowen")
    other = _ticket(subject="VPN drops")
    assert _ids(lead_api, "/api/v1/tickets/?search=floor%203%20printer&limit=1000") == [printer.pk]
    by_email = _ids(lead_api, "/api/v1/tickets/?search=megan.bowen&limit=1000")
    by_name = _ids(lead_api, "/api/v1/tickets/?search=Bowen&limit=1000")
    assert megan.pk in by_email and megan.pk in by_name
    assert other.pk not in by_email + by_name and printer.pk not in by_email + by_name


@pytest.mark.django_db
def test_ordering_on_created_updated_and_status(lead_api):
    first = _ticket(status="resolved", days_ago=3, subject="zz-order")
    second = _ticket(status="escalated", days_ago=2, subject="zz-order")
    third = _ticket(status="received", days_ago=1, subject="zz-order")
    url = "/api/v1/tickets/?search=zz-order&ordering="
    assert _ids(lead_api, url) == [third.pk, second.pk, first.pk]  # newest first by default
    assert _ids(lead_api, url + "created") == [first.pk, second.pk, third.pk]
    assert _ids(lead_api, url + "-created") == [third.pk, second.pk, first.pk]
    assert _ids(lead_api, url + "status") == [second.pk, third.pk, first.pk]
    first.save()  # auto_now: the oldest ticket is now the most recently updated
    assert _ids(lead_api, url + "-updated")[0] == first.pk
    assert _ids(lead_api, url + "updated")[-1] == first.pk
    _bad(lead_api, "/api/v1/tickets/?ordering=body", "ordering")
    _bad(lead_api, "/api/v1/tickets/?ordering=-created,secret", "ordering")


def _action(ticket: Ticket, *, status: str, kind: str = "add_to_group", decision: str = "approval",
            days_ago: float = 0) -> Action:
    n = next(_seq)
    return Action.objects.create(ticket=ticket, kind=kind, target="adele.vance@contoso.example",
                                 params={"target": "adele.vance@contoso.example", "group": "Finance-Readers"},
                                 decision=decision, status=status, idempotency_key=f"filter-test:{n}",
                                 created_at=NOW - timedelta(days=days_ago))


@pytest.mark.django_db
def test_action_list_filters(lead_api):
    contoso, fabrikam = _ticket("contoso"), _ticket("fabrikam")
    waiting = _action(contoso, status="awaiting_approval", days_ago=5)
    done = _action(fabrikam, status="succeeded", kind="unlock_account", decision="autonomous", days_ago=1)

    def ids(query: str) -> list[int]:
        return [i for i in _ids(lead_api, f"/api/v1/actions/?limit=1000&{query}") if i in (waiting.pk, done.pk)]

    assert ids("status=awaiting_approval") == [waiting.pk]
    assert ids("decision=autonomous") == [done.pk]
    assert ids("kind=unlock_account") == [done.pk]
    assert ids("tenant=contoso") == [waiting.pk]
    after = (NOW - timedelta(days=3)).isoformat().replace("+00:00", "Z")
    assert ids(f"created_after={after}") == [done.pk]
    assert ids(f"created_before={after}") == [waiting.pk]
    assert ids("ordering=-created") == [done.pk, waiting.pk]
    assert ids("ordering=created") == [waiting.pk, done.pk]
    for param, value in (("status", "bogus"), ("decision", "maybe"), ("kind", "format_disk"),
                         ("created_after", "soon"), ("ordering", "params")):
        _bad(lead_api, f"/api/v1/actions/?{param}={value}", param)


