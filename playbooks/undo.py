"""Undo: what a succeeded action changed, and the one action that puts it back.

The before-state is recorded when the action runs (`before_state_of`, called by the executor with what the vendor
answered: each connector reads the state before it writes). An undo is itself an action of the ticket, the inverse
kind with the parameters that restore that state, keyed `undo:<id of the action undone>`: the unique idempotency key
makes a second request for the same undo find the first one instead of writing twice, and the undo then goes
through the same decision (workflow/undo.py calls the one re-decision function), claim, intent event and reconciler
as every other action.

An undo is not undone in turn: its key says it is an undo, and `undo_plan` refuses it. Putting the change back once
more is a new request (a ticket), decided from scratch, not a replay of a reversal: so "undo, redo, undo" can never
loop on one approval.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Q

from audit.services import record
from playbooks.choices import ActionStatus
from playbooks.models import Action
from rallied.actors import Actor
from rallied.kinds import MAILBOX_RIGHTS, get_kind
from tenants.selectors import why_cannot_run
from tickets.services import add_event

UNDO_PREFIX = "undo:"

# Kinds that cannot be undone, each with why, in words a technician can repeat to the client.
IRREVERSIBLE: dict[str, str] = {
    "reset_password": "a password that was set cannot be unset: the old password is not known to anyone, Rallied "
                      "included. Reset it again if needed.",
    "reset_mfa": "deleted MFA methods (or a Temporary Access Pass that was issued) cannot be brought back: the user "
                 "enrols their authenticator again.",
    "revoke_sessions": "revoked sign-in sessions cannot be restored: the user signs in again.",
    "unlock_account": "an unlock is not undone by locking the account again: disable the user if access must stop.",
    "create_user": "a created account is not deleted by an undo: disable it (or delete it by hand) if it must go.",
    "restore_device": "it is itself the undo of a device step: tag or unassign the device again as a new request.",
    "scramble_password": "the leaver's password was set to a random one nobody knows; the old one is not known to "
                         "anyone. Reset it if the account must be used again.",
    "remove_mfa_methods": "deleted MFA methods cannot be brought back: the user enrols their authenticator again.",
}


class NotUndoable(Exception):
    """This action cannot be undone; the message says why."""


@dataclass(frozen=True)
class UndoPlan:
    kind: str
    params: dict[str, Any]
    summary: str  # what the undo will do, for the timeline, the audit trail and the PSA note


# An undo that ended without running (refused by the floor, rejected, expired, failed) leaves the change in place:
# asking again makes a new attempt, keyed `undo:<id>:<attempt>`, so the key still makes each attempt happen once.
RETRYABLE = {ActionStatus.BLOCKED, ActionStatus.REJECTED, ActionStatus.EXPIRED, ActionStatus.FAILED,
             ActionStatus.WITHDRAWN}


def undo_key(action: Action, attempt: int = 1) -> str:
    return f"{UNDO_PREFIX}{action.pk}" + (f":{attempt}" if attempt > 1 else "")


def undone_action_id(action: Action) -> int | None:
    """The id of the action `action` undoes, or None when it is not an undo."""
    key = action.idempotency_key or ""
    if not key.startswith(UNDO_PREFIX):
        return None
    head = key[len(UNDO_PREFIX):].split(":", 1)[0]
    return int(head) if head.isdigit() else None


def undo_attempts(action: Action) -> list[Action]:
    """Every undo requested for `action`, first to last."""
    key = undo_key(action)
    return list(Action.objects.filter(Q(idempotency_key=key) | Q(idempotency_key__startswith=f"{key}:"))
                .order_by("pk"))


def undo_of(action: Action) -> Action | None:
    """The latest undo requested for `action`, if any."""
    attempts = undo_attempts(action)
    return attempts[-1] if attempts else None


def discard_undecided(*, undo: Action, actor: Actor, why: str) -> bool:
    """An undo that could not be decided (the directory did not answer) is removed before anything ran, so asking
    again starts afresh rather than finding a request stuck undecided; the audit trail keeps both."""
    with transaction.atomic():
        gone, _ = Action.objects.filter(pk=undo.pk, status=ActionStatus.PROPOSED).delete()
        if gone:
            add_event(ticket=undo.ticket, actor=actor, kind="action.undo_not_done", data={"undo": undo.pk},
                      message=f"The undo ({undo.kind} {undo.target}) could not be decided and was dropped: {why}")
            record(actor=actor, verb="action.undo_not_decided", obj=undo.ticket, tenant=undo.ticket.tenant,
                   outcome="failure", details={"undo_action": undo.pk, "kind": undo.kind, "why": why[:500]})
    return bool(gone)


def before_state_of(kind: str, result: dict[str, Any]) -> dict[str, Any]:
    """What held before the action changed it, from the vendor's answer kept in `result` (the executor calls this
    when the action succeeds). Empty for kinds that have nothing to restore."""
    r = result or {}
    if kind in ("add_to_group", "remove_from_group") and "was_member" in r:
        state: dict[str, Any] = {"member": bool(r["was_member"])}
        if r.get("role_before"):
            state["role"] = r["role_before"]
        return state
    if kind in ("assign_license", "remove_license") and "changed" in r:
        # assign: changed means it was not held; remove: changed means it was.
        return {"held": bool(r["changed"]) == (kind == "remove_license")}
    if kind == "swap_license" and "before" in r:
        return {"licences": list(r.get("before") or []), "after": list(r.get("after") or [])}
    if kind in ("grant_mailbox_access", "revoke_mailbox_access") and "before" in r:
        return {"rights": list(r.get("before") or []), "after": list(r.get("after") or [])}
    if kind in ("tag_device", "unassign_device") and isinstance(r.get("before"), dict):
        return {"assignment": r["before"], "device": r.get("device")}
    if kind == "convert_mailbox" and r.get("type_before"):
        return {"mailbox_type": r["type_before"]}
    if kind == "hide_from_address_list" and "was_hidden" in r:
        return {"hidden": bool(r["was_hidden"])}
    if kind == "set_manager" and "manager_before" in r:
        # None: the user had no manager (a new hire's first). Kept, so the undo can say why it does nothing.
        return {"manager": r["manager_before"] or None}
    if kind == "set_mail_forwarding" and "forwarding_before" in r:
        return {"forwarding": r["forwarding_before"], "kept_copy": bool(r.get("kept_copy_before"))}
    if kind == "disable_user" and "was_enabled" in r:
        state = {"enabled": bool(r["was_enabled"])}
        if r.get("mode"):
            state["mode"] = r["mode"]
        return state
    return {}


def undo_plan(action: Action) -> UndoPlan:
    """The inverse action that restores `action`'s before-state; NotUndoable says why there is none."""
    if undone_action_id(action) is not None:
        raise NotUndoable("This action is itself an undo, and an undo is not undone: ask for the change again as a "
                          "new request, which is decided from scratch.")
    if action.kind in IRREVERSIBLE:
        raise NotUndoable(f"{get_kind(action.kind).label} cannot be undone: {IRREVERSIBLE[action.kind]}")
    if action.status == ActionStatus.UNDONE:
        raise NotUndoable("This action was undone already.")
    if action.status != ActionStatus.SUCCEEDED:
        raise NotUndoable(f"Only a succeeded action can be undone; this one is {action.get_status_display().lower()}.")
    state = action.before_state or before_state_of(action.kind, action.result or {})
    if not state:
        raise NotUndoable("Its before-state was not recorded when it ran (it may have been settled by the "
                          "reconciler from the vendor's state), so Rallied cannot tell what to restore: change it "
                          "by hand.")
    plan = _PLANNERS[action.kind](action, state)
    # The client's stack today, not the one the action ran on (a client moved from Entra to Okta keeps its history):
    # an undo its identity provider cannot do would only be made to be refused by the decision (the same capability
    # check, approvals.policy._rule_capability), so the button and the API say so instead, and what to put back.
    gap = why_cannot_run(action.ticket.tenant, plan.kind, plan.params)
    if gap:
        raise NotUndoable(f"{gap} Put it back by hand: {plan.summary}.")
    return plan


def _nothing(what: str) -> NotUndoable:
    return NotUndoable(f"Nothing to undo: {what}, so this action changed nothing.")


def _group(action: Action, state: dict[str, Any]) -> UndoPlan:
    group, adding_back = action.params.get("group", ""), action.kind == "remove_from_group"
    if state["member"] != adding_back:
        raise _nothing(f"{action.target} was {'not ' if adding_back else 'already '}a member of {group}")
    if adding_back:
        role = str(state.get("role") or "MEMBER").upper()
        if role == "MEMBER":
            return UndoPlan("add_to_group", {"target": action.target, "group": group},
                            f"add {action.target} back to {group}")
        # The role they held is given back with them (Google's members.insert `role`). Above MEMBER it manages the
        # group: the floor lets this undo, and only this, ask for it, and a technician confirms it.
        return UndoPlan("add_to_group", {"target": action.target, "group": group, "role": role},
                        f"add {action.target} back to {group} as {role}, the role recorded when they were removed")
    return UndoPlan("remove_from_group", {"target": action.target, "group": group},
                    f"remove {action.target} from {group} again")


def _licence(action: Action, state: dict[str, Any]) -> UndoPlan:
    licence, giving_back = action.params.get("license", ""), action.kind == "remove_license"
    if state["held"] != giving_back:
        raise _nothing(f"{action.target} {'did not hold' if giving_back else 'already held'} {licence}")
    kind = "assign_license" if giving_back else "remove_license"
    verb = "give back" if giving_back else "take back"
    return UndoPlan(kind, {"target": action.target, "license": licence}, f"{verb} {licence} of {action.target}")


def _swap(action: Action, state: dict[str, Any]) -> UndoPlan:
    before, after = set(state.get("licences") or []), set(state.get("after") or [])
    added, removed = sorted(after - before), sorted(before - after)
    if not added and not removed:
        raise _nothing(f"{action.target}'s licences were already as asked")
    if len(added) == 1 and len(removed) == 1:
        return UndoPlan("swap_license", {"target": action.target, "license": added[0], "new_license": removed[0]},
                        f"swap {action.target} back from {added[0]} to {removed[0]}")
    if not added and len(removed) == 1:  # the new licence was held already: only the old one went
        return UndoPlan("assign_license", {"target": action.target, "license": removed[0]},
                        f"give back {removed[0]} of {action.target}")
    raise NotUndoable(f"The swap changed {', '.join(sorted(before ^ after))}: more than one opposite swap restores, "
                      "so it is left to a technician.")


def _mailbox(action: Action, state: dict[str, Any]) -> UndoPlan:
    before, after = set(state.get("rights") or []), set(state.get("after") or [])
    granting_back = action.kind == "revoke_mailbox_access"
    changed = (before - after) if granting_back else (after - before)
    rights = [r for r in MAILBOX_RIGHTS if r in changed]
    mailbox = action.params.get("mailbox", "")
    if not rights:
        raise _nothing(f"{action.target}'s rights on {mailbox} were already as asked")
    kind = "grant_mailbox_access" if granting_back else "revoke_mailbox_access"
    value: Any = rights[0] if len(rights) == 1 else rights
    verb = "give back" if granting_back else "take back"
    return UndoPlan(kind, {"target": action.target, "mailbox": mailbox, "rights": value},
                    f"{verb} {', '.join(rights)} on {mailbox} for {action.target}")


def _disable(action: Action, state: dict[str, Any]) -> UndoPlan:
    if not state["enabled"]:
        raise _nothing(f"{action.target} was already disabled")
    if state.get("mode") == "deactivate":
        raise NotUndoable("The account was deactivated (Okta's deprovisioning), not suspended: reactivating it sends "
                          "a new activation and does not bring back its app assignments, so a technician does it.")
    return UndoPlan("enable_user", {"target": action.target}, f"enable {action.target} again")


def _device(action: Action, state: dict[str, Any]) -> UndoPlan:
    """Put the device's assignment back as it was read before the step: the executor reads it from this action's
    before-state (playbooks/executor._run_rmm), so the undo carries only which device."""
    before = state["assignment"]
    name = action.params.get("device_name") or action.params.get("device")
    owner = before.get("owner") or "no owner"
    tags = ", ".join(before.get("tags") or []) or "none"
    return UndoPlan("restore_device", {"target": action.target, "device": str(action.params.get("device", "")),
                                       "device_name": str(action.params.get("device_name") or "")},
                    f"put {name} back as it was in the RMM ({owner}; tags: {tags})")


def _convert(action: Action, state: dict[str, Any]) -> UndoPlan:
    before, now = state["mailbox_type"], action.params.get("mailbox_type", "")
    if before == now:
        raise _nothing(f"{action.target}'s mailbox was already {before}")
    return UndoPlan("convert_mailbox", {"target": action.target, "mailbox_type": before},
                    f"convert {action.target}'s mailbox back to {before}")


def _hide(action: Action, state: dict[str, Any]) -> UndoPlan:
    if state["hidden"]:
        raise _nothing(f"{action.target} was already hidden from the address list")
    return UndoPlan("show_in_address_list", {"target": action.target},
                    f"show {action.target} in the address list again")


def _manager(action: Action, state: dict[str, Any]) -> UndoPlan:
    before, now = (state.get("manager") or "").lower(), str(action.params.get("manager", "")).lower()
    if not before:
        # set_manager only ever names a manager: clearing one is a different write no connector makes, so a user
        # who had none (a new hire) keeps the one set until a technician removes it by hand.
        raise NotUndoable(f"{action.target} had no manager before, and Rallied sets managers but never clears one: "
                          "remove the manager by hand in the directory if it must go.")
    if before == now:
        raise _nothing(f"{action.target}'s manager was already {before}")
    return UndoPlan("set_manager", {"target": action.target, "manager": before},
                    f"set {action.target}'s manager back to {before}")


def _forwarding(action: Action, state: dict[str, Any]) -> UndoPlan:
    before, now = state.get("forwarding"), str(action.params.get("forward_to", "")).lower()
    if before == now:
        raise _nothing(f"{action.target}'s mail was already forwarded to {now}")
    if before is None:
        return UndoPlan("clear_mail_forwarding", {"target": action.target},
                        f"stop forwarding {action.target}'s mail to {now}")
    if not state.get("kept_copy"):
        # Rallied forwards with a copy kept in the mailbox; one that forwarded without a copy is set back by hand.
        raise NotUndoable(f"{action.target}'s mail was forwarded to {before} without a copy in the mailbox before; "
                          "Rallied always keeps a copy, so a technician sets the old forwarding back by hand.")
    return UndoPlan("set_mail_forwarding", {"target": action.target, "forward_to": before},
                    f"forward {action.target}'s mail to {before} again, as before")


_PLANNERS = {
    "add_to_group": _group, "remove_from_group": _group,
    "assign_license": _licence, "remove_license": _licence, "swap_license": _swap,
    "grant_mailbox_access": _mailbox, "revoke_mailbox_access": _mailbox,
    "disable_user": _disable, "set_manager": _manager, "convert_mailbox": _convert, "hide_from_address_list": _hide,
    "tag_device": _device, "unassign_device": _device, "set_mail_forwarding": _forwarding,
}


def create_undo_action(*, action: Action, actor: Actor, plan: UndoPlan, reason: str) -> tuple[Action, bool]:
    """The undo of `action` as a proposed action of its ticket; (the existing undo, False) when this attempt was
    requested already (two requests at once): the unique key makes each attempt happen once. The caller asks for a
    new attempt only after the previous one ended without running (RETRYABLE)."""
    attempt = len(undo_attempts(action)) + 1
    with transaction.atomic():
        undo, created = Action.objects.get_or_create(
            idempotency_key=undo_key(action, attempt),
            defaults={"ticket_id": action.ticket_id, "kind": plan.kind, "target": plan.params["target"],
                      "params": plan.params, "intent": action.intent},
        )
        if created:
            undo.ticket = action.ticket
            add_event(ticket=action.ticket, actor=actor, kind="action.undo_requested",
                      message=f"Undo of {action.kind} {action.target} requested: {plan.summary}. Why: {reason}",
                      data={"action": action.pk, "undo": undo.pk, "requested_by": getattr(actor, "pk", None)})
            record(actor=actor, verb="action.undo_requested", obj=action, tenant=action.ticket.tenant,
                   details={"kind": action.kind, "target": action.target, "undo_action": undo.pk,
                            "undo_kind": plan.kind, "undo_params": plan.params, "reason": reason[:500],
                            "before_state": action.before_state})
    return undo, created
