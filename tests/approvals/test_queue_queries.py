"""The queue page's query count does not grow with the number of waiting approvals (10,000 over 50 tenants)."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from approvals.models import ApprovalRequest
from tests.approvals.factories import seed_waiting_bulk, web


def queries_for(client, path: str = "/queue/") -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


FILTERED = "/queue/?tenant={slug}&kind=unlock_account&age=15m&order=newest&page=2"


@pytest.mark.django_db
def test_query_count_is_the_same_for_a_handful_and_for_ten_thousand(world):
    tech = get_user_model().objects.get(username="tech")
    client = web("tech")
    seed_waiting_bulk(total=5, tenants=5, approver=tech, prefix="few")
    client.get("/queue/")  # warm caches (content types, permissions) that a running server already has
    few, html = queries_for(client)
    assert len(re.findall(r'id="card-\d+"', html)) == 5
    few_filtered, html = queries_for(client, FILTERED.format(slug="few-01"))
    assert len(re.findall(r'id="card-\d+"', html)) == 1

    seed_waiting_bulk(total=10_000, tenants=50, approver=tech, prefix="many")
    assert ApprovalRequest.objects.count() == 10_005
    many, html = queries_for(client)
    assert len(re.findall(r'id="card-\d+"', html)) == 50  # one page
    assert 'data-testid="count-all">10005<' in html
    assert 'data-testid="count-many-49">200<' in html
    assert many == few, f"{few} queries for 5 rows, {many} for 10,005"
    many_filtered, html = queries_for(client, FILTERED.format(slug="many-01"))
    assert many_filtered == few_filtered
    assert "Page 2 of" in html
