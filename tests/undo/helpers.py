"""Helpers of the undo tests: an action that really ran on the sandbox, the vendor state it touched, an undo."""

from __future__ import annotations

import copy
from typing import Any

from django.contrib.auth import get_user_model

from approvals.services import approve_action
from playbooks.executor import execute_action
from playbooks.models import Action
from rallied.kinds import KINDS
from tenants.models import ServiceAccount, Tenant
from tests.helpers import committed, second_factor
from tickets.models import Ticket
from tickets.services import ingest_ticket
from workflow.undo import UndoRequest, undo_action

REQUESTER = {"contoso": "megan.bowen@contoso.example", "northwind": "nancy.davolio@northwind.example",
             "fabrikam": "kim.abercrombie@fabrikam.example"}
VOLATILE = {"etag", "events", "lastUpdated", "statusChanged", "lastLoginTime"}


def user(username: str) -> Any:
    return get_user_model().objects.get(username=username)


def done_action(slug: str, kind: str, target: str, params: dict[str, Any], key: str) -> Action:
    """An action of a resolved ticket that the executor ran against the sandbox, as in production."""
    Tenant.objects.filter(slug=slug).update(mode=Tenant.Mode.LIVE)  # Fabrikam starts in plan mode
    tenant = Tenant.objects.get(slug=slug)
    for account in ServiceAccount.objects.filter(connection__tenant=tenant):
        account.allowed_kinds = sorted({*account.allowed_kinds} & set(KINDS) | {kind, "enable_user"})
        account.save()
    ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api", external_id=f"undo-{key}",
                              subject="Access change", body="See the action.", enqueue=False,
                              requester_email=REQUESTER[slug])
    # Settled before it runs, so the test drives only the action (settling a ticket is tested elsewhere).
    Ticket.objects.filter(pk=ticket.pk).update(status="resolved")
    action = Action.objects.create(ticket=ticket, kind=kind, target=target, params={"target": target, **params},
                                   decision="autonomous", status="approved", idempotency_key=f"test:undo:{key}")
    with committed():
        assert execute_action(action_id=action.pk) == "succeeded", Action.objects.get(pk=action.pk).error
    action.refresh_from_db()
    return action


def request_undo(action: Action, *, by: str = "lead", reason: str = "Asked for by mistake.") -> UndoRequest:
    with committed():
        return undo_action(actor=user(by), action=action, reason=reason)


def approve_as(undo: Action, username: str) -> Action:
    """`username` approves, with their second factor and (where the proof is pending) a call-back."""
    with committed():
        approve_action(actor=user(username), action_id=undo.pk, comment="checked", identity_check="callback",
                       second_factor=second_factor(user(username)))
    undo.refresh_from_db()
    return undo


def run_undo(action: Action, *, by: str = "lead") -> Action:
    """`by` requests the undo and, while it waits for approval, other technicians approve it (whoever asked for an
    undo cannot approve it); returns the undo action."""
    undo = request_undo(action, by=by).undo
    for approver in ("tech2", "lead"):
        if undo.status == "awaiting_approval" and approver != by:
            undo = approve_as(undo, approver)
    undo.refresh_from_db()
    return undo


def normalised(value: Any) -> Any:
    """Vendor state without what moves by itself (etags, timestamps, event logs) and with lists as sets, so two
    reads compare equal exactly when the directory holds the same things."""
    if isinstance(value, dict):
        return {k: normalised(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        items = [normalised(v) for v in value]
        try:
            return sorted(items, key=repr)
        except TypeError:
            return items
    return value


def idp_state(sandbox: Any, slug: str) -> Any:
    """Everything the tenant's identity provider (and, on Entra, Exchange) holds, from the sandbox's own state."""
    st = sandbox.sandbox.state()
    if slug == "contoso":
        data = {"graph": st["graph"]["contoso"], "exchange": st["exchange"]["contoso"]}
    elif slug == "northwind":
        data = st["okta"]["northwind"]
    else:
        data = {"users": st["google"]["users"], "groups": st["google"]["groups"]}
    return normalised(copy.deepcopy(data))
