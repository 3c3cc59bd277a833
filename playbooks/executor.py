"""Executing one action exactly once against the tenant's identity provider (DESIGN §6).

The order is the guarantee: claim (approved -> executing, with the audit "intent" event, committed)
then the vendor call, then the outcome. A failure the vendor may have applied anyway (timeout after
sending, 5xx to a write, a crash) becomes `unknown_outcome`, never a blind retry; the reconciler
settles it from the vendor's state.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.utils import timezone

from playbooks.choices import ActionStatus
from playbooks.kinds import get_kind
from playbooks.models import Action
from playbooks.services import claim_action, transition_action
from rallied.connectors import ConnectorError, IdentityConnector, ScopeError
from tenants.models import ServiceAccount
from tenants.selectors import connector_for, identity_connection, service_account_for
from tickets.secrets import generate_password, store_secret

log = logging.getLogger("rallied.executor")
ACTOR = "system:executor"


class ExecutionRefused(Exception):
    """The action cannot run here (no connection, no service account scope, no such user)."""


def _run(connector: IdentityConnector, action: Action) -> tuple[dict[str, Any], str | None]:
    """Call the vendor. Returns (result safe to store, secret or None)."""
    user = connector.get_user(action.target)
    if user is None:
        raise ExecutionRefused(f"{action.target} no longer exists in the directory.")
    extra = {k: v for k, v in action.params.items() if k != "target"}
    if action.kind == "reset_password":
        password = generate_password()
        applied = connector.reset_password(user, temporary_password=password)
        if isinstance(applied, str) and applied:
            password = applied  # Okta picks the temporary password itself; deliver the one that was set
        return {"force_change_at_next_sign_in": True, "user_id": user.id}, password
    method = getattr(connector, action.kind, None)
    if method is None:
        raise ExecutionRefused(f"The {connector.vendor} connector cannot perform {action.kind}.")
    # Required parameters go positionally, in the kind's schema order: connectors name them their own way
    # (Entra's add_to_group(user, group_name), Okta's add_to_group(user, group)).
    spec = get_kind(action.kind).params
    required = [k for k, rule in spec.items() if k != "target" and rule.get("required")]
    outcome = method(user, *[extra.pop(k) for k in required if k in extra], **extra)
    secret = None
    result: dict[str, Any] = {"user_id": user.id}
    if isinstance(outcome, dict):
        secret = outcome.pop("secret", None)
        result.update(outcome)
    elif isinstance(outcome, str) and get_kind(action.kind).returns_secret:
        secret = outcome
    return result, secret


def execute_action(*, action_id: int) -> str:
    """Claim and run one approved action. Returns its final status (or 'not-claimed')."""
    action = claim_action(action_id=action_id, actor=ACTOR)
    if action is None:
        return "not-claimed"
    ticket = action.ticket
    try:
        connection = identity_connection(ticket.tenant)
        if connection is None:
            raise ExecutionRefused("The tenant has no identity provider connection.")
        account = service_account_for(connection, action.kind)
        if account is None:
            raise ExecutionRefused(f"No service account of the tenant is allowed to {action.kind}.")
        connector = connector_for(connection)
        connector.ensure_allowed(action.kind)
        result, secret = _run(connector, action)  # type: ignore[arg-type]
    except (ExecutionRefused, ScopeError) as exc:
        _finish(action, ActionStatus.FAILED, error=str(exc))
    except ConnectorError as exc:
        if exc.ambiguous:
            _finish(action, ActionStatus.UNKNOWN_OUTCOME, error=str(exc))
        else:
            _finish(action, ActionStatus.FAILED, error=str(exc))
    except Exception as exc:  # we cannot know whether the vendor applied it: settle, don't repeat
        log.exception("action %s crashed during the vendor call", action.pk)
        _finish(action, ActionStatus.UNKNOWN_OUTCOME, error=f"{type(exc).__name__} during the vendor call")
    else:
        with transaction.atomic():
            if secret:
                store_secret(ticket=ticket, action=action, label=_secret_label(action.kind), value=secret)
            _finish(action, ActionStatus.SUCCEEDED, result=result)
            ServiceAccount.objects.filter(pk=account.pk).update(last_used_at=timezone.now())
    from tickets.tasks import enqueue_finalise

    transaction.on_commit(lambda: enqueue_finalise(ticket.pk))
    return action.status


def _secret_label(kind: str) -> str:
    return "Temporary Access Pass" if kind == "reset_mfa" else "Temporary password"


def _finish(action: Action, to: str, *, error: str = "", result: dict[str, Any] | None = None) -> None:
    fields: dict[str, Any] = {"lease_until": None, "executed_at": timezone.now()}
    if error:
        fields["error"] = error[:2000]
    if result is not None:
        fields["result"] = result
    transition_action(action=action, to=to, actor=ACTOR, message=error or "done",
                      details={"result": result or {}}, **fields)
