"""notify_staff: the audit record always, the tenant's Slack channel and Teams webhook when it has them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import transaction

from approvals.expiry import expire_request
from approvals.models import ApprovalRequest
from approvals.notify import notify_staff
from audit.models import AuditEvent
from tenants.models import Connection, Tenant
from tests.chat.helpers import buttons, card_messages, channel, context_text, teams_posts, waiting_group_add
from tests.helpers import committed

pytestmark = pytest.mark.django_db


def notices(sandbox, slug: str = "contoso") -> list[str]:
    return [m["text"] for m in channel(sandbox, slug)["messages"] if not m["blocks"]]


def test_notice_reaches_slack_and_teams_after_commit(world, sandbox):
    tenant = Tenant.objects.get(slug="contoso")
    with committed(), transaction.atomic():
        notify_staff(tenant=tenant, subject="Tenant paused", text="Burst of resets <!channel>", topic="tenant.paused")
        assert notices(sandbox) == []  # nothing leaves before the caller's work is committed
    assert notices(sandbox) == ["*Tenant paused*\nBurst of resets &lt;!channel&gt;"]
    [post] = teams_posts(sandbox)
    assert [b["text"] for b in post["card"]["body"]] == ["Tenant paused", "Burst of resets ‹!channel›"]
    assert AuditEvent.objects.filter(verb="staff.notified", tenant=tenant).count() == 1
    assert notices(sandbox, "northwind") == []


def test_notice_is_not_sent_when_the_caller_rolls_back(world, sandbox):
    tenant = Tenant.objects.get(slug="contoso")
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        notify_staff(tenant=tenant, subject="Tenant paused", text="x", topic="tenant.paused")
        raise RuntimeError("the caller failed")
    assert notices(sandbox) == [] and teams_posts(sandbox) == []


def test_chat_failure_never_undoes_the_callers_work(world, sandbox):
    sandbox.sandbox.add_fault(vendor="slack", statuses=[500])
    tenant = Tenant.objects.get(slug="contoso")
    with committed():
        notify_staff(tenant=tenant, subject="Tenant paused", text="x", topic="tenant.paused")
    assert AuditEvent.objects.filter(verb="staff.notified").count() == 1
    assert AuditEvent.objects.filter(verb="chat.error", outcome="error").count() == 1
    assert "post notice" in Connection.objects.get(tenant=tenant, vendor="slack").last_error
    assert len(teams_posts(sandbox)) == 1  # Teams still got it


def test_tenant_without_chat_connections_only_gets_the_audit_record(world, sandbox):
    tenant = Tenant.objects.get(slug="contoso")
    Connection.objects.filter(tenant=tenant, vendor__in=["slack", "teams"]).update(disabled=True)
    with committed():
        notify_staff(tenant=tenant, subject="Tenant paused", text="x", topic="tenant.paused")
    assert notices(sandbox) == [] and teams_posts(sandbox) == []
    assert AuditEvent.objects.filter(verb="staff.notified").count() == 1


def test_expired_approval_is_announced_and_its_card_loses_its_buttons(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    request = ApprovalRequest.objects.get(action=action)
    with committed():
        assert expire_request(request_id=request.pk, now=request.expires_at + timedelta(seconds=1))
    card = card_messages(sandbox)[0]
    assert buttons(card) == [] and "Expired" in context_text(card)
    assert any(n.startswith("*Approval expired: Add to group") for n in notices(sandbox))
    # Teams cannot edit its card: the expiry notice is the follow-up there.
    assert "Approval expired" in str(teams_posts(sandbox)[-1]["card"]["body"])
