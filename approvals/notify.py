"""Telling MSP staff something needs them: an approval waiting, an approval expired, a tenant paused, an action
they approved that failed.

One function, so every caller says the same thing the same way. It always writes an audit event (the
durable record a service lead can find); chat delivery (the tenant's Slack channel and Teams webhook,
when it has those connections) runs after the caller's transaction commits, in a task, and a delivery
failure is recorded on the connection but never undoes the caller's work.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction

from approvals.channels.cards import slack_escape
from approvals.channels.once import ALREADY, record_once
from audit.models import AuditEvent
from audit.services import record
from rallied.tasks import dispatch
from tenants.models import Tenant

log = logging.getLogger(__name__)
VERB = "staff.notified"


def notify_staff(*, tenant: Tenant, subject: str, text: str, topic: str, obj: Any = None, once: str = "") -> bool:
    """Record that staff of `tenant` were told `subject`; `topic` is a short machine name ("approval.expired").

    `once`: a key naming what this notice is about ("action-crashed:42"); a second notice with the same key, from a
    task delivered twice, records and posts nothing. False when nothing was recorded for that reason."""
    if once and not record_once(tenant=tenant, key=once):
        log.info("staff notice %s for tenant=%s was given already", once, tenant.slug)
        return False
    event = record(actor="system", verb=VERB, obj=obj, tenant=tenant,
                   details={"topic": topic, "subject": subject, "text": text})
    log.info("staff notified tenant=%s topic=%s subject=%s", tenant.slug, topic, subject)
    transaction.on_commit(lambda: dispatch("approvals.tasks.deliver_notice_task", event.pk))
    return True


def deliver_notice(event_id: int) -> str:
    """Post a recorded notice to the tenant's chat channels, once per channel however often this task is delivered
    (approvals/channels/once.py); an approval's cards are redrawn as well (an edit to what they show: repeatable)."""
    from approvals.channels.followup import refresh_cards
    from approvals.channels.slack import post_slack_notice
    from approvals.channels.teams import post_teams_notice
    from approvals.models import ApprovalRequest

    event = AuditEvent.objects.select_related("tenant").filter(pk=event_id, verb=VERB).first()
    if event is None or event.tenant is None:
        return "gone"
    subject, text = str(event.details.get("subject") or ""), str(event.details.get("text") or "")
    say = {"tenant": event.tenant, "subject": subject, "text": text, "key": f"notice:{event.pk}"}
    sent = [name for name, ok in (("slack", post_slack_notice(**say)), ("teams", post_teams_notice(**say))) if ok]
    if event.object_type == "playbooks.action" and event.object_id.isdigit():
        # e.g. "approval expired": the Slack card must lose its buttons (Teams just got the notice).
        request = ApprovalRequest.objects.filter(action_id=int(event.object_id)).first()
        if request is not None:
            refresh_cards(request, teams=False)
    return ",".join(sent) or "none"


# -- an approved action failed --------------------------------------------------------------------------------------
FAILED_TOPIC = "action.failed_after_approval"


def tell_approvers_of_failure(action_id: int) -> str:
    """Tell each technician who approved this action that it failed: a Slack message to them alone (the queue's
    badge reads the same facts from the database). Queued once the failure commits (playbooks' transition sends
    action_settled, workflow/receivers.py rings this task), and safe to deliver twice, even at once: each message
    is claimed per (action, technician) before it is posted (approvals/channels/once.py), and only the delivery that
    claimed it posts and records it.

    The message names the action, its target, the ticket and the vendor's reason, and links to the recently-decided
    page; never parameters, results or anything a one-time secret could be in."""
    from approvals.channels.slack import post_slack_direct
    from approvals.choices import ReviewDecision
    from approvals.models import Review
    from playbooks.choices import ActionStatus
    from playbooks.models import Action

    action = (Action.objects.select_related("ticket__tenant")
              .filter(pk=action_id, status=ActionStatus.FAILED).first())
    if action is None:
        return "not failed"
    tenant = action.ticket.tenant
    approvers = {r.reviewer for r in Review.objects.select_related("reviewer").filter(
        request__action=action, decision__in=[ReviewDecision.APPROVE, ReviewDecision.APPROVE_WITH_EDITS])}
    answers = []
    for user in sorted(approvers, key=lambda u: u.pk):
        subject, text = failure_message(action)
        slack = post_slack_direct(tenant=tenant, user=user, text=f"*{slack_escape(subject, 200)}*\n{text}",
                                  key=f"action-failed:{action.pk}")
        if slack == ALREADY:
            continue  # another delivery of this task told them (or is telling them now)
        record(actor="system", verb=VERB, obj=action, tenant=tenant,
               details={"topic": FAILED_TOPIC, "to": user.get_username(), "subject": subject, "slack": slack})
        answers.append(f"{user.get_username()}:{slack}")
    return ",".join(answers) or "nobody to tell"


def failure_message(action: Any) -> tuple[str, str]:
    """(subject, Slack text) for an approved action that failed. The vendor's reason is cut short, escaped for Slack
    and any one-time link path in it masked; nothing else from the action travels."""
    from django.conf import settings
    from django.urls import reverse

    from rallied.kinds import get_kind
    from rallied.logs import mask_secret_paths

    ticket = action.ticket
    what = f"{get_kind(action.kind).label} for {action.target}"
    where = f"{ticket.tenant.name}, ticket #{ticket.pk}" + (f" (PSA {ticket.psa_ticket_id})"
                                                           if ticket.psa_ticket_id else "")
    reason = mask_secret_paths(action.error or "no reason was given")
    link = settings.RALLIED_PUBLIC_URL.rstrip("/") + reverse("queue-decided") + "?outcome=failed&mine=on"
    subject = f"An action you approved failed: {what}"
    text = (f"{slack_escape(what, 300)} ({slack_escape(where, 200)}) did not go through.\n"
            f"Why: {slack_escape(reason, 300)}\nThe ticket is back with a technician. {link}")
    return subject, text
