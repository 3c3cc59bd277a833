"""Telling MSP staff something needs them: an approval waiting, an approval expired, a tenant paused.

One function, so every caller says the same thing the same way. It always writes an audit event (the
durable record a service lead can find); chat delivery (the tenant's Slack channel and Teams webhook,
when it has those connections) runs after the caller's transaction commits, in a task, and a delivery
failure is recorded on the connection but never undoes the caller's work.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction

from audit.models import AuditEvent
from audit.services import record
from rallied.tasks import dispatch
from tenants.models import Tenant

log = logging.getLogger(__name__)
VERB = "staff.notified"


def notify_staff(*, tenant: Tenant, subject: str, text: str, topic: str, obj: Any = None) -> None:
    """Record that staff of `tenant` were told `subject`; `topic` is a short machine name ("approval.expired")."""
    event = record(actor="system", verb=VERB, obj=obj, tenant=tenant,
                   details={"topic": topic, "subject": subject, "text": text})
    log.info("staff notified tenant=%s topic=%s subject=%s", tenant.slug, topic, subject)
    transaction.on_commit(lambda: dispatch("approvals.tasks.deliver_notice_task", event.pk))


def deliver_notice(event_id: int) -> str:
    """Post a recorded notice to the tenant's chat channels; an approval's cards are redrawn as well."""
    from approvals.channels.followup import refresh_cards
    from approvals.channels.slack import post_slack_notice
    from approvals.channels.teams import post_teams_notice
    from approvals.models import ApprovalRequest

    event = AuditEvent.objects.select_related("tenant").filter(pk=event_id, verb=VERB).first()
    if event is None or event.tenant is None:
        return "gone"
    subject, text = str(event.details.get("subject") or ""), str(event.details.get("text") or "")
    sent = [name for name, ok in (("slack", post_slack_notice(tenant=event.tenant, subject=subject, text=text)),
                                  ("teams", post_teams_notice(tenant=event.tenant, subject=subject, text=text)))
            if ok]
    if event.object_type == "playbooks.action" and event.object_id.isdigit():
        # e.g. "approval expired": the Slack card must lose its buttons (Teams just got the notice).
        request = ApprovalRequest.objects.filter(action_id=int(event.object_id)).first()
        if request is not None:
            refresh_cards(request, teams=False)
    return ",".join(sent) or "none"
