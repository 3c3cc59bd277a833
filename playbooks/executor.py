"""Executing one action exactly once against the tenant's identity provider.

The order is the guarantee: claim (approved -> executing, with the audit "intent" event and, for a temporary
password, the password itself stored encrypted: committed) then the vendor call, then the outcome. A failure the
vendor may have applied anyway (timeout after sending, 5xx to a write, a crash) becomes `unknown_outcome`, never a
blind retry; the reconciler settles it from the vendor's state and delivers or destroys the password put aside.
A write the vendor refused destroys it here.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.utils import timezone

from audit.services import unit_of_work
from playbooks.choices import ActionStatus, DecisionMode
from playbooks.models import Action
from playbooks.selectors import ACTION_WITH_TICKET
from playbooks.sequence import SKIP, WAIT, turn_of
from playbooks.services import claim_action, still_unknown, transition_action
from playbooks.signals import action_crashed
from playbooks.undo import before_state_of, undone_action_id
from rallied.connectors import ConnectorError, DirectoryUser, IdentityConnector, ScopeError
from rallied.connectors.rmm_types import RmmConnector
from rallied.kinds import RMM_KINDS, get_kind
from rallied.logs import log_ids
from tenants.models import Connection, ServiceAccount
from tenants.selectors import connection_for, connector_for, identity_connection, service_account_for
from tenants.services import note_service_account_used
from tickets.models import OneTimeSecret
from tickets.psa import look_before_writing
from tickets.secrets import (
    confirm_secret,
    destroy_secret,
    label_for,
    put_aside_secret,
    secret_put_aside,
    store_secret,
    value_for_vendor,
)

log = logging.getLogger("rallied.executor")
ACTOR = "system:executor"


class ExecutionRefused(Exception):
    """The action cannot run here (no connection, no service account scope, no such user)."""


def _run(connector: IdentityConnector, action: Action, *, password: str | None = None
         ) -> tuple[dict[str, Any], str | None]:
    """Call the vendor. Returns (result safe to store, secret or None).

    `password`: the temporary password put aside with the claim, for the kinds that set one (reset, onboarding).
    """
    if get_kind(action.kind).secret_chosen_first and not password:
        raise ExecutionRefused(f"No temporary password was put aside for this {action.kind}; nothing was sent.")
    if action.kind == "create_user":
        return _create_user(connector, action, str(password))
    user = connector.get_user(action.target)
    if user is None:
        raise ExecutionRefused(f"{action.target} no longer exists in the directory.")
    _refuse_if_admin_since_decision(action, user)
    # An optional parameter left empty (an edit form posts every field of the kind) is not passed at all: the
    # connector's own default holds, and a vendor without that option (Entra's groups have no roles) is not asked.
    extra = {k: v for k, v in action.params.items() if k != "target" and v not in (None, "", [])}
    if action.kind == "reset_password":
        # Every connector sets the password it is given (Okta's too, rallied/connectors/okta): the one put aside.
        connector.reset_password(user, temporary_password=password)
        return {"force_change_at_next_sign_in": True, "user_id": user.id}, password
    # The connector's own declaration (kind -> method) is what runs: the same table `connectors --matrix` prints.
    method = getattr(connector, connector.supports.get(action.kind, ""), None)
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
    elif isinstance(outcome, bool):  # licences answer whether anything changed: the before-state of an undo
        result["changed"] = outcome
    elif isinstance(outcome, str) and get_kind(action.kind).returns_secret:
        secret = outcome
    if action.kind == "disable_user":  # read just before the write: an undo enables only an account that was
        result["was_enabled"] = user.enabled
    return result, secret


def _refuse_if_admin_since_decision(action: Action, user: DirectoryUser) -> None:
    """An action decided to run on its own was decided on a target holding no directory admin role (the safety
    floor never lets one run unattended on an admin: approvals/policy.py). The read just above is the fresh one, a
    moment before the write: if the target has gained a role since, the decision's premise is gone, so nothing is
    written and the action fails to a technician, who decides with what is true now. Whether the vendor itself would
    refuse (Entra's helpdesk role cannot set an admin's password) is not ours to rely on: Okta's and Google's
    service accounts may well be allowed. An action a person approved was approved knowing the target, so it runs.
    """
    if action.decision == DecisionMode.AUTONOMOUS and user.is_admin:
        roles = ", ".join(user.admin_roles)
        raise ExecutionRefused(f"Not run: {action.target} holds a directory admin role ({roles}) that the decision "
                               "did not see; an admin is never changed without a technician.")


def _run_rmm(connector: RmmConnector, action: Action) -> tuple[dict[str, Any], None]:
    """A device step through the tenant's RMM. The device's assignment is read just before the write and kept
    (`before`), so the undo (restore_device) puts back exactly what was there: owner, fields, tags, location."""
    device = str(action.params.get("device") or "")
    if action.kind == "tag_device":
        return {"device": device, **connector.onboard_device(device, action.target)}, None
    if action.kind == "unassign_device":
        return {"device": device, **connector.offboard_device(device)}, None
    undone = undone_action_id(action)
    state = (Action.objects.filter(pk=undone).values_list("before_state", flat=True).first() or {}) if undone else {}
    if not state.get("assignment"):
        raise ExecutionRefused("No recorded assignment to restore: this restore is not the undo of a device step.")
    after = connector.restore_assignment(device, state["assignment"])
    return {"device": device, "device_name": after.name, "restored": state["assignment"]}, None


def _create_user(connector: IdentityConnector, action: Action, password: str) -> tuple[dict[str, Any], str | None]:
    """Onboarding: the account must not exist yet; it gets a temporary password, delivered like a reset's."""
    if connector.get_user(action.target) is not None:
        raise ExecutionRefused(f"{action.target} already exists in the directory.")
    method = getattr(connector, connector.supports.get("create_user", ""), None)
    if method is None:
        raise ExecutionRefused(f"The {connector.vendor} connector cannot perform create_user.")
    details = {k: str(action.params[k]) for k in ("job_title", "department") if action.params.get(k)}
    user = method(action.target, str(action.params.get("display_name") or ""), temporary_password=password, **details)
    return {"force_change_at_next_sign_in": True, "user_id": user.id}, password


def _password_put_aside(action: Action) -> OneTimeSecret:
    """The temporary password the claim stored (write-ahead). An action claimed before secrets were put aside
    gets one now, committed before the call all the same."""
    # The claim's own row when this worker made the claim (services.claim_action); a reconciler's re-claim reads it.
    secret = getattr(action, "claimed_secret", None) or secret_put_aside(action)
    if secret is None:
        with transaction.atomic():
            secret = put_aside_secret(ticket=action.ticket, action=action, kind=action.kind)
    return secret


def execute_action(*, action_id: int) -> str:
    """Claim and run one approved action. Returns its final status (or 'not-claimed').

    Right before the vendor write the ticket's PSA ticket is read once more: a person who took it over meanwhile
    (assigned it, moved it, wrote on it) stops the action here, withdrawn, and the claim refuses it anyway.
    """
    pending = ACTION_WITH_TICKET.first(pk=action_id)
    if pending is None or pending.status != ActionStatus.APPROVED:
        return "not-claimed"
    turn, why = turn_of(pending)  # an onboarding step waits for the steps before it (playbooks/sequence.py)
    if turn == WAIT:
        return "waiting"
    if turn == SKIP:
        transition_action(action=pending, to=ActionStatus.REJECTED, actor=ACTOR, message=why)
        return pending.status
    # The ticket came with the action a moment ago (turn_of only reads): its status is not read again.
    if not look_before_writing(pending.ticket, just_read=True):
        transition_action(action=pending, to=ActionStatus.WITHDRAWN, actor=ACTOR,
                          message="Not run: a person took the ticket over in the PSA.")
        return pending.status
    action = claim_action(action_id=action_id, actor=ACTOR)
    if action is None:
        return "not-claimed"
    return run_claimed(action)


def identity_for(action: Action) -> tuple[IdentityConnector, ServiceAccount]:
    """The tenant's identity connector (its RMM connector for a device step) and the service account allowed this
    kind; refused otherwise."""
    if action.kind in RMM_KINDS:
        connection = connection_for(action.ticket.tenant, Connection.RMM_VENDORS)
        if connection is None:
            raise ExecutionRefused("The tenant has no RMM connection.")
    else:
        connection = identity_connection(action.ticket.tenant)
    if connection is None:
        raise ExecutionRefused("The tenant has no identity provider connection.")
    account = service_account_for(connection, action.kind)
    if account is None:
        raise ExecutionRefused(f"No service account of the tenant is allowed to {action.kind}.")
    return connector_for(connection), account  # type: ignore[return-value]


def run_claimed(action: Action, *, actor: str = ACTOR) -> str:
    """Call the vendor for an action this worker holds: claimed by `execute_action`, or re-claimed by the
    reconciler (an `unknown_outcome` action of a kind that is safe to repeat, its intent event written)."""
    try:
        connector, account = identity_for(action)
        connector.ensure_allowed(action.kind)
        put_aside = _password_put_aside(action) if get_kind(action.kind).secret_chosen_first else None
        password = value_for_vendor(put_aside) if put_aside is not None else None
        result, secret = (_run_rmm(connector, action) if action.kind in RMM_KINDS  # type: ignore[arg-type]
                          else _run(connector, action, password=password))
    except (ExecutionRefused, ScopeError) as exc:
        _finish(action, ActionStatus.FAILED, actor=actor, error=str(exc))
    except ConnectorError as exc:
        if exc.ambiguous:
            _finish(action, ActionStatus.UNKNOWN_OUTCOME, actor=actor, error=str(exc))
        else:
            _finish(action, ActionStatus.FAILED, actor=actor, error=str(exc))
    except Exception as exc:  # we cannot know whether the vendor applied it: settle, don't repeat
        log.exception("action %s crashed during the vendor call", action.pk, extra=log_ids(action=action))
        _finish(action, ActionStatus.UNKNOWN_OUTCOME, actor=actor,
                error=f"{type(exc).__name__} during the vendor call")
        _tell_crashed(action)
    else:
        with unit_of_work():  # the secret, the outcome and its audit event: one commit
            _keep_secret(action, secret, put_aside)
            if _finish(action, ActionStatus.SUCCEEDED, actor=actor, result=result,
                       before_state=before_state_of(action.kind, result)):
                note_service_account_used(account=account)
            else:
                # The reconciler settled this action while we were slow (lease expired): its word stands, and so
                # does what it did with the password put aside (confirmed or destroyed); a TAP is not kept.
                transaction.set_rollback(True)
    return action.status  # a done status has sent action_settled (transition_action), which settles the ticket


def _tell_crashed(action: Action) -> None:
    transaction.on_commit(lambda: action_crashed.send(sender=Action, action_id=action.pk, ticket_id=action.ticket_id))


def settle_crashed(action_id: int, exc: BaseException) -> str:
    """An exception escaped `execute_action` (the claim or the recording of the outcome, not the vendor call).

    Claimed (`executing`): the vendor may have been called, so it becomes `unknown_outcome` for the reconciler to
    read, never a repeat. Still `approved`: the claim did not commit and nothing was called, so it is not run
    (a crash that repeats would otherwise be redelivered forever). Either way the ticket goes to a technician.
    """
    action = Action.objects.select_related("ticket").filter(pk=action_id).first()
    if action is None:
        return "gone"
    error = f"{type(exc).__name__} while running the action"
    if action.status == ActionStatus.EXECUTING:
        _finish(action, ActionStatus.UNKNOWN_OUTCOME, error=error)
        _tell_crashed(action)
    elif action.status == ActionStatus.APPROVED:
        with transaction.atomic():
            transition_action(action=action, to=ActionStatus.REJECTED, actor=ACTOR, error=error[:2000],
                              message=f"Not run: {error}, before any vendor call.")
            _tell_crashed(action)
    return action.status


def _keep_secret(action: Action, value: str | None, put_aside: OneTimeSecret | None = None) -> None:
    """The write succeeded: the password put aside becomes deliverable; a secret the vendor picked (a TAP) is
    stored now, the only moment it exists.

    `put_aside`: the row the vendor was handed the value of, read before the call (not read again, issue 17). Had
    the reconciler destroyed or confirmed it meanwhile, it settled the action too: _finish then loses, and
    run_claimed rolls this confirmation back with the rest."""
    put_aside = put_aside if put_aside is not None else secret_put_aside(action)
    if put_aside is not None:
        confirm_secret(put_aside, value=value)
    elif value:
        store_secret(ticket=action.ticket, action=action, label=label_for(action.kind), value=value)


def _destroy_unsent(action: Action, *, actor: str, why: str) -> None:
    """The action failed without its write landing: nobody may ever receive the password put aside for it."""
    secret = secret_put_aside(action)
    if secret is not None:
        destroy_secret(secret=secret, actor=actor, why=why)


def _finish(action: Action, to: str, *, actor: str = ACTOR, error: str = "",
            result: dict[str, Any] | None = None, before_state: dict[str, Any] | None = None) -> bool:
    """Record the outcome; False when the action is no longer ours (another worker or the reconciler moved it)."""
    fields: dict[str, Any] = {"lease_until": None, "executed_at": timezone.now()}
    if before_state:  # what an undo restores (playbooks/undo.py)
        fields["before_state"] = before_state
    if error:
        fields["error"] = error[:2000]
    if result is not None:
        fields["result"] = result
    if to == action.status:  # a reconciler's repeat was ambiguous again: still unknown, left for the next pass
        return still_unknown(action=action, actor=actor, error=error)
    with unit_of_work():
        won = transition_action(action=action, to=to, actor=actor, message=error or "done",
                                details={"result": result or {}}, **fields)
        if won and to == ActionStatus.FAILED:  # refused before acting: the vendor never set it
            _destroy_unsent(action, actor=actor, why=f"the action failed before the vendor applied it ({error[:200]})")
    if not won:
        log.warning("action %s: outcome %s not recorded, the action moved meanwhile", action.pk, to,
                    extra=log_ids(action=action))
    return won
