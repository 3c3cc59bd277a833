"""django-auditlog's record of a change names who made it and from where (rallied.middleware.AuditlogContextMiddleware).

The views below are this module's own URLs, served through the whole of settings.MIDDLEWARE by the test client: a
change to a model registered with auditlog (a playbook) made during a request, by a person signed in or by a caller
without a session, and one made outside any request after them.
"""

from __future__ import annotations

import pytest
from auditlog.models import LogEntry
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.test import Client
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from playbooks.models import Playbook


@csrf_exempt
def rename_playbook(request: HttpRequest, pk: int) -> HttpResponse:
    playbook = Playbook.objects.get(pk=pk)
    playbook.name = request.POST["name"]
    playbook.save()
    return HttpResponse("ok")


urlpatterns = [path("test-auditlog/<int:pk>/", rename_playbook)]


def latest_entry(playbook: Playbook) -> LogEntry:
    return LogEntry.objects.get_for_object(playbook).order_by("-pk").first()


@pytest.mark.urls(__name__)
@pytest.mark.django_db
def test_a_change_names_the_person_signed_in_and_the_callers_address():
    playbook = Playbook.objects.create(category="zz_auditlog_test", name="Before")
    lead = get_user_model().objects.create_user("lead-auditlog", "lead@msp.example", "pw")
    client = Client(REMOTE_ADDR="203.0.113.7")
    client.force_login(lead)

    assert client.post(f"/test-auditlog/{playbook.pk}/", {"name": "By the lead"},
                       HTTP_X_FORWARDED_PORT="4431").status_code == 200

    entry = latest_entry(playbook)
    assert entry.changes_dict["name"] == ["Before", "By the lead"]
    assert (entry.actor, entry.actor_email, entry.remote_addr, entry.remote_port) == (
        lead, "lead@msp.example", "203.0.113.7", 4431)

    # A caller without a session (an integration's token) has no person to name; its address is still kept.
    anonymous = Client(REMOTE_ADDR="198.51.100.4")
    assert anonymous.post(f"/test-auditlog/{playbook.pk}/", {"name": "By a caller"}).status_code == 200
    entry = latest_entry(playbook)
    assert entry.changes_dict["name"] == ["By the lead", "By a caller"]
    assert (entry.actor, entry.remote_addr) == (None, "198.51.100.4")

    # Once the requests are over, nothing of theirs is left for a change made outside one (this thread served them).
    playbook.name = "By a command"
    playbook.save()
    entry = latest_entry(playbook)
    assert entry.changes_dict["name"] == ["By a caller", "By a command"]
    assert (entry.actor, entry.remote_addr) == (None, None)
