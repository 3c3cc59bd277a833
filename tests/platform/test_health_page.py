"""/health/ as a load balancer or `curl` asks for it: no Accept header of their own, so `*/*`, the HTML page.

tests/reliability/test_health.py reads the JSON answer; this one makes sure the default answer renders too (the
library's template is only found when its app is installed; without it a healthy deployment answered 500).
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from django_q.models import Schedule, Task

from rallied.schedules import PREFIX
from workflow.health import RECONCILE_TASK

pytestmark = pytest.mark.django_db


def test_a_healthy_deployment_answers_200_to_a_plain_get(world):
    now = timezone.now()
    Schedule.objects.filter(name__startswith=PREFIX).update(next_run=now + timedelta(seconds=30))
    Task.objects.create(id=uuid.uuid4().hex, name="reconcile", func=RECONCILE_TASK, started=now, stopped=now,
                        success=True)
    response = Client().get("/health/", HTTP_ACCEPT="*/*")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "ClusterHeartbeat" in response.content.decode()


def test_an_unhealthy_one_answers_500_with_the_page_not_a_crash(world):
    response = Client().get("/health/")  # no reconciler pass, no cluster: unhealthy
    assert response.status_code == 500
    assert "the reconciler has not run recently" in response.content.decode()
