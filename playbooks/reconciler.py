"""The reconciler: settles actions whose worker died or whose vendor answer was ambiguous.

A django-q2 schedule runs `reconcile_actions` every minute, and nothing stops two runs (or two
clusters) overlapping, so every step that acts is a conditional update only one caller can win:

- `executing` past its lease -> `unknown_outcome` (the transition is the reconciler's claim);
- `unknown_outcome` with no live lease -> a short reconciler lease on the same row.

The holder then reads the vendor's state. A change the vendor shows is settled at once; "not there" is believed
only after a grace period (`RALLIED_RECONCILE_GRACE_SECONDS` after the latest intent): a write that hung past the
client's timeout can still land seconds later, and settling it as "did not reach the vendor" would be false.

Kinds that are safe to repeat (`ActionKind.safe_to_repeat`) are completed: already in the wanted state ->
`succeeded`, otherwise run once more through the executor, after a new audit "intent" event. A kind whose state the
vendor cannot show is repeated only where its connector says why a second write is harmless there
(`IdentityConnector.harmless_repeats`, e.g. revoke_sessions on Okta and Google), and the intent carries that reason;
anywhere else it is settled as failed for a technician rather than written again blind. A vendor whose evidence is a
lagging report (`IdentityConnector.lagging_evidence`: Google's Reports API) gets RALLIED_RECONCILE_REPORT_LAG_SECONDS
before "no change yet" is believed. The others (password
reset, MFA reset/TAP, user creation) are never repeated: they are settled from what the vendor shows. A temporary
password was put aside encrypted with the claim (write-ahead, playbooks.services.claim_action): when the write
landed it is confirmed and the ticket resolves through the normal delivery (workflow/delivery.py decides who gets
it); when it did not, it is destroyed. Only a secret that exists nowhere (a TAP the vendor picked and the dead
worker never stored) leaves a `follow_up` that makes `settle_ticket` (workflow/lifecycle.py) escalate the ticket.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from audit.models import AuditEvent
from audit.services import WRITE_AHEAD, record, unit_of_work
from playbooks.choices import ActionStatus, DecisionMode
from playbooks.executor import ExecutionRefused, identity_for, run_claimed
from playbooks.models import Action
from playbooks.scheduling import clear_used_schedules, lost_schedules, restore_schedule
from playbooks.selectors import ACTION_WITH_TICKET
from playbooks.services import LEASE, transition_action
from rallied.connectors import ConnectorError, DirectoryUser, IdentityConnector
from rallied.kinds import RMM_KINDS, get_kind, mailbox_rights
from rallied.tasks import dispatch, waiting_doorbells
from tickets.choices import TicketStatus
from tickets.secrets import confirm_secret, destroy_secret, secret_put_aside
from tickets.services import add_event

log = logging.getLogger("rallied.reconciler")
ACTOR = "system:reconciler"
MAX_ATTEMPTS = 3  # the executor's claim plus at most two repeats of a kind that is safe to repeat
# Vendors stamp changes with their own clock (Graph: whole seconds), so "after the intent" allows some skew.
CLOCK_SKEW = timedelta(minutes=2)
GIVE_UP_AFTER = timedelta(hours=1)  # a vendor unreadable this long after the intent: a technician decides
BATCH = 200
EXECUTE = "playbooks.tasks.execute_action_task"


@dataclass
class Settlement:
    """What the vendor's state says about an action whose outcome was unknown."""

    status: str  # succeeded | failed
    message: str
    evidence: dict[str, Any] = field(default_factory=dict)
    follow_up: str = ""  # a success that still needs a technician
    # A success whose secret must reach someone: what the technician is told when no secret was put aside
    # before the call (a TAP the vendor picked, or a password put aside that has since expired).
    if_secret_lost: str = ""
    undetermined: bool = False  # "failed" only because the vendor shows nothing either way (yet)


def grace_period() -> timedelta:
    """How long after an intent the vendor's "no change" is believed. Never shorter than the client's own
    timeout: a write can still be in the vendor's hands when the client gives up on it."""
    return timedelta(seconds=max(settings.RALLIED_RECONCILE_GRACE_SECONDS, settings.RALLIED_HTTP_TIMEOUT))


def report_lag_grace() -> timedelta:
    """How long after an intent a vendor's "no report of it yet" is believed, where its only evidence is a report that
    lags behind the write (IdentityConnector.lagging_evidence). Never shorter than the usual grace period."""
    return max(grace_period(), timedelta(seconds=settings.RALLIED_RECONCILE_REPORT_LAG_SECONDS))


def _too_early(action: Action, now: datetime, *, grace: timedelta | None = None) -> bool:
    return now < _intent(action)[0] + (grace or grace_period())


def reconcile_actions(*, now: datetime | None = None) -> dict[str, int]:
    """One pass over every action that needs settling; returns how many ended which way.

    Keys: completed (safe kind done), settled (other kind settled from vendor state), failed, still_unknown,
    deferred (vendor unreadable, tried again next pass), waiting (the vendor shows no change yet and the grace
    period is not over), skipped (another reconciler holds it), redelivered, error (a bug; logged, and the action
    comes back once its lease lapses).
    """
    now = now or timezone.now()
    summary: Counter[str] = Counter()
    for action_id in _candidates(now):
        try:
            summary[reconcile_action(action_id=action_id, now=now)] += 1
        except Exception:  # one action's bug must not stall the others; its lease lapses and it comes back
            log.exception("reconciling action %s failed", action_id)
            summary["error"] += 1
    redelivered = _redeliver_stalled(now)
    if redelivered:
        summary["redelivered"] = redelivered
    restored = _restore_lost_schedules(now)
    if restored:
        summary["schedules_restored"] = restored
    cleared = clear_used_schedules()
    if cleared:
        summary["schedules_cleared"] = cleared
    if summary:
        log.info("reconciler pass: %s", dict(summary))
    return dict(summary)


def _candidates(now: datetime) -> list[int]:
    dead = Q(status=ActionStatus.EXECUTING, lease_until__lt=now)
    unknown = Q(status=ActionStatus.UNKNOWN_OUTCOME) & (Q(lease_until__isnull=True) | Q(lease_until__lt=now))
    return list(Action.objects.filter(dead | unknown).order_by("pk").values_list("pk", flat=True)[:BATCH])


def reconcile_action(*, action_id: int, now: datetime | None = None) -> str:
    """Take one action (or lose the race and leave it) and settle it; returns the outcome's summary key."""
    now = now or timezone.now()
    action = _take(action_id, now)
    if action is None:
        return "skipped"
    try:
        return _settle(action, now)
    except ConnectorError as exc:
        if exc.permanent or now - _intent(action)[0] > GIVE_UP_AFTER:
            _conclude(action, Settlement(
                ActionStatus.FAILED,
                f"Could not read {exc.vendor}'s state to settle this action: {exc}. It was not repeated; "
                "check the account in the vendor's console and finish it by hand.",
                {"read_error": str(exc)[:300]}))
            return "failed"
        # A vendor that is down now may answer next minute: give the action back.
        _release(action)
        log.warning("action %s: vendor state unreadable (%s); trying again next pass", action.pk, exc)
        return "deferred"


def _release(action: Action) -> None:
    """Give the action back, unsettled, for a later pass."""
    Action.objects.filter(pk=action.pk, status=ActionStatus.UNKNOWN_OUTCOME,
                          lease_until=action.lease_until).update(lease_until=None)


def _take(action_id: int, now: datetime) -> Action | None:
    """The conditional update that makes this reconciler the only one acting on the action."""
    action = ACTION_WITH_TICKET.first(pk=action_id)
    if action is None:
        return None
    hold = now + LEASE
    if action.status == ActionStatus.EXECUTING:
        if action.lease_until is None or action.lease_until >= now:
            return None  # a live worker holds it
        won = transition_action(
            action=action, to=ActionStatus.UNKNOWN_OUTCOME, actor=ACTOR, lease_until=hold,
            message="The worker stopped during the vendor call (its lease ran out); reading the vendor's state.",
            details={"lease_until": action.lease_until.isoformat()},
        )
        return action if won else None
    if action.status == ActionStatus.UNKNOWN_OUTCOME:
        free = Q(lease_until__isnull=True) | Q(lease_until__lt=now)
        won = Action.objects.filter(free, pk=action.pk, status=ActionStatus.UNKNOWN_OUTCOME).update(
            lease_until=hold, updated_at=now)
        if won == 1:
            action.lease_until = hold
            return action
    return None


def _settle(action: Action, now: datetime) -> str:
    kind = get_kind(action.kind)
    try:
        connector, _ = identity_for(action)
    except ExecutionRefused as exc:
        _conclude(action, Settlement(ActionStatus.FAILED, f"{exc} The outcome could not be checked; "
                                     "check the account by hand."))
        return "failed"
    if action.kind in RMM_KINDS:  # an RMM step: no directory user to read; its device is a technician's to check
        name = action.params.get("device_name") or action.params.get("device")
        _conclude(action, Settlement(ActionStatus.FAILED, f"The RMM call for device {name} did not report back; "
                                     "it was not repeated. Check the device's owner and tags in the RMM by hand."))
        return "failed"
    user = connector.get_user(action.target)
    if kind.safe_to_repeat:
        return _complete(action, connector, user, now)
    settlement = _from_vendor_state(action, connector, user)
    # "No report of it yet" from a vendor whose reports lag is not yet "it did not land": wait longer for those.
    lagging = settlement.undetermined and action.kind in connector.lagging_evidence
    if settlement.status == ActionStatus.FAILED and _too_early(action, now,
                                                               grace=report_lag_grace() if lagging else None):
        _release(action)  # the write may still be in the vendor's hands: look again after the grace period
        return "waiting"
    _conclude(action, settlement)
    return "settled" if settlement.status == ActionStatus.SUCCEEDED else "failed"


# -- kinds that are safe to repeat -----------------------------------------------------------------


def _complete(action: Action, connector: IdentityConnector, user: DirectoryUser | None, now: datetime) -> str:
    if user is None:
        _conclude(action, Settlement(ActionStatus.FAILED, f"{action.target} no longer exists in the directory."))
        return "failed"
    reached = goal_reached(connector, user, action)
    if reached:
        _conclude(action, Settlement(ActionStatus.SUCCEEDED, "The vendor already shows the change; not repeated.",
                                     {"checked": action.kind, "goal_reached": True}))
        return "completed"
    if _too_early(action, now):  # a repeat now could be the second of two writes that both land
        _release(action)
        return "waiting"
    harmless = connector.harmless_repeats.get(action.kind, "") if reached is None else ""
    if reached is None and not harmless:
        _conclude(action, Settlement(
            ActionStatus.FAILED,
            f"{connector.vendor} cannot show whether {action.kind} for {action.target} landed, and a second write "
            "is not known to be harmless there, so it was not repeated. Check the account and finish it by hand.",
            {"checked": action.kind, "goal_reached": None}))
        return "failed"
    if action.attempts >= MAX_ATTEMPTS:
        _conclude(action, Settlement(
            ActionStatus.FAILED,
            f"{action.attempts} attempts and the vendor never confirmed the change. Check the account and "
            "finish it by hand."))
        return "failed"
    if action.ticket.tenant.paused and action.decision == DecisionMode.AUTONOMOUS:
        _conclude(action, Settlement(
            ActionStatus.FAILED,
            "The tenant is paused (kill switch), so this autonomous action was not run again. Check the "
            "account and finish it by hand if it is still wanted."))
        return "failed"
    if action.ticket.status == TicketStatus.TAKEN_OVER:  # a person has the ticket: no new write from Rallied
        _conclude(action, Settlement(
            ActionStatus.FAILED,
            "A person took the ticket over in the PSA, so this action was not run again. Check the account; the "
            "vendor did not show the change."))
        return "failed"
    if not _claim_repeat(action, now, why=harmless):
        return "skipped"
    status = run_claimed(action, actor=ACTOR)
    return {ActionStatus.SUCCEEDED: "completed", ActionStatus.FAILED: "failed"}.get(status, "still_unknown")


def goal_reached(connector: IdentityConnector, user: DirectoryUser, action: Action) -> bool | None:
    """Does the directory already show what the action wanted? None when this read can't tell."""
    if action.kind == "unlock_account":
        return not user.locked
    if action.kind == "disable_user":
        return not user.enabled
    if action.kind == "enable_user":
        return user.enabled
    if action.kind == "set_manager":  # every IdP's get_user reads the manager back (DirectoryUser.manager_upn)
        return (user.manager_upn or "").lower() == str(action.params.get("manager", "")).lower()
    role = str(action.params.get("role") or "MEMBER").upper()
    if action.kind == "add_to_group" and role != "MEMBER":  # in the group is not enough: in it with that role
        read_role = getattr(connector, "member_role", None)
        return read_role(user, str(action.params.get("group", ""))) == role if callable(read_role) else None
    if action.kind in ("set_mail_forwarding", "clear_mail_forwarding"):
        read_forwarding = getattr(connector, "mail_forwarding", None)
        if not callable(read_forwarding):
            return None
        wanted = str(action.params.get("forward_to") or "").lower() or None
        return read_forwarding(user) == wanted
    if action.kind in ("add_to_group", "remove_from_group"):
        member = _is_member(connector, user, str(action.params.get("group", "")))
        if member is None:
            return None
        return member if action.kind == "add_to_group" else not member
    if action.kind in ("grant_mailbox_access", "revoke_mailbox_access"):
        return _mailbox_rights_as_asked(connector, user, action)
    if action.kind in ("assign_license", "remove_license") and callable(getattr(connector, "holds_license", None)):
        holds = connector.holds_license(user, str(action.params.get("license", "")))  # type: ignore[attr-defined]
        return holds if action.kind == "assign_license" else not holds
    if action.kind == "swap_license" and callable(getattr(connector, "holds_license", None)):
        held = connector.holds_license  # type: ignore[attr-defined]
        new, old = str(action.params.get("new_license", "")), str(action.params.get("license", ""))
        return bool(held(user, new) and not held(user, old))
    if action.kind == "revoke_sessions":  # a repeat would be a second write the vendor never needed
        check = getattr(connector, "sessions_revoked_since", None)
        return check(user, (_intent(action)[0] - CLOCK_SKEW).isoformat()) if callable(check) else None
    return None  # the vendor cannot show it: repeated only if its connector says why that is harmless


def _mailbox_rights_as_asked(connector: IdentityConnector, user: DirectoryUser, action: Action) -> bool | None:
    """Every asked right held (a grant) or none of them (a revoke); None when the rights or the read are missing."""
    read = getattr(connector, "mailbox_rights_held", None)
    try:
        asked = set(mailbox_rights(action.params.get("rights")))
    except ValueError:
        asked = set()
    if not callable(read) or not asked:
        return None
    held = set(read(user, str(action.params.get("mailbox", ""))))
    return asked <= held if action.kind == "grant_mailbox_access" else not asked & held


def _is_member(connector: IdentityConnector, user: DirectoryUser, group: str) -> bool | None:
    check = getattr(connector, "is_member", None)
    if callable(check):
        return bool(check(user, group))
    groups = user.raw.get("groups")  # Entra's get_user lists the groups by display name
    if isinstance(groups, list):
        return group.lower() in {str(g).lower() for g in groups}
    return None


def _claim_repeat(action: Action, now: datetime, *, why: str = "") -> bool:
    """Count the attempt and write the audit "intent" event before calling the vendor again. `why`: the vendor cannot
    show the outcome, and this is why a second write is harmless there (IdentityConnector.harmless_repeats)."""
    _, authority = _intent(action)
    with unit_of_work(chain=WRITE_AHEAD):  # as the first claim's (playbooks.services.claim_action)
        won = Action.objects.filter(pk=action.pk, status=ActionStatus.UNKNOWN_OUTCOME,
                                    lease_until=action.lease_until).update(
            attempts=F("attempts") + 1, lease_until=now + LEASE, updated_at=now)
        if won != 1:
            return False
        action.refresh_from_db(fields=["attempts", "lease_until"])
        because = f" The vendor cannot show whether it landed: {why}" if why else ""
        add_event(ticket=action.ticket, actor=ACTOR, kind="action.repeat", data={"action": action.pk},
                  message=f"{action.kind} {action.target}: safe to repeat; running it again "
                          f"(attempt {action.attempts}).{because}")
        record(actor=ACTOR, verb="action.intent", obj=action, tenant=action.ticket.tenant, authority=authority,
               details={"kind": action.kind, "target": action.target, "params": action.params,
                        "attempt": action.attempts, "repeat_after": "unknown_outcome",
                        **({"repeat_harmless_because": why} if why else {})})
    return True


# -- kinds that are never repeated -----------------------------------------------------------------


def _from_vendor_state(action: Action, connector: IdentityConnector, user: DirectoryUser | None) -> Settlement:
    vendor = connector.vendor
    if action.kind == "create_user":
        if user is None:
            return Settlement(ActionStatus.FAILED, f"{vendor} has no account {action.target}: it was not created. "
                              "It was not tried again; run the onboarding again if it is still wanted.",
                              {"account_exists": False})
        return Settlement(ActionStatus.SUCCEEDED, f"{vendor} shows the account {action.target}.",
                          {"account_exists": True, "user_id": user.id},
                          if_secret_lost="The account exists, but its first password was lost when the worker "
                                         "stopped. Reset its password and hand it over through a verified channel.")
    if user is None:
        return Settlement(ActionStatus.FAILED, f"{action.target} no longer exists in the directory.")
    if action.kind == "reset_password":
        return _password_settlement(action, connector, user)
    if action.kind == "reset_mfa":
        return _mfa_settlement(vendor, user)
    return Settlement(ActionStatus.FAILED, f"Rallied cannot tell whether {action.kind} reached {vendor}. It was "
                      "not repeated; check the account and finish it by hand.")


def _password_settlement(action: Action, connector: IdentityConnector, user: DirectoryUser) -> Settlement:
    began, _ = _intent(action)
    changed = connector.password_was_reset_since(user, (began - CLOCK_SKEW).isoformat())
    evidence = {"password_changed_since_intent": changed, "intent_at": began.isoformat()}
    if changed:
        return Settlement(
            ActionStatus.SUCCEEDED, f"{connector.vendor} shows a password change after this reset began.", evidence,
            if_secret_lost="The password was reset, but the temporary password was lost when the worker stopped: "
                           "nobody holds it and no link was sent. Verify the requester again and issue a new reset.")
    if changed is False:
        return Settlement(ActionStatus.FAILED, f"The reset did not reach {connector.vendor}: no password change since "
                          "it began, and nothing was sent to the requester. It was not tried again; verify the "
                          "requester and reset the password.", evidence)
    return Settlement(ActionStatus.FAILED, f"Rallied cannot tell whether the reset reached {connector.vendor}: it "
                      "does not report this account's password changes. It was not repeated; check the account's "
                      "audit log, then reset the password if needed.", evidence, undetermined=True)


def _mfa_settlement(vendor: str, user: DirectoryUser) -> Settlement:
    methods = sorted(user.mfa_methods)
    evidence = {"mfa_methods": methods}
    if "temporaryAccessPass" in methods:
        return Settlement(ActionStatus.SUCCEEDED, f"{vendor} shows a Temporary Access Pass on the account.", evidence,
                          if_secret_lost="A Temporary Access Pass was issued but lost when the worker stopped; "
                                         "nobody holds it. Delete it, verify the user again and issue a new one.")
    if not methods:
        return Settlement(ActionStatus.SUCCEEDED, f"{vendor} shows no MFA method left on the account.", evidence,
                          follow_up="The MFA methods were reset, but the requester was not told. Confirm with the "
                                    "user that they can enrol again.")
    return Settlement(ActionStatus.FAILED, f"The MFA reset did not reach {vendor}: the user still has "
                      f"{', '.join(methods)}. It was not tried again; verify the user and reset MFA.", evidence)


# -- writes ------------------------------------------------------------------------------------------


def _conclude(action: Action, settlement: Settlement) -> bool:
    """unknown_outcome -> succeeded | failed, with the evidence on the timeline and in the audit trail.

    The secret put aside before the call goes with the outcome, in the same transaction: confirmed for delivery
    when the write landed, destroyed when it did not (the audit says so, never its value).
    """
    secret = secret_put_aside(action)
    succeeded = settlement.status == ActionStatus.SUCCEEDED
    follow_up = settlement.follow_up
    if succeeded and settlement.if_secret_lost and secret is None:
        follow_up = settlement.if_secret_lost
    evidence = {**settlement.evidence, **({"prepared_before_call": True} if secret is not None else {})}
    result = {**(action.result or {}), "settled_by": "reconciler", "evidence": evidence}
    fields: dict[str, Any] = {"lease_until": None, "result": result}
    if follow_up:
        result["follow_up"] = follow_up
    if not succeeded:
        fields["error"] = settlement.message[:2000]
    with transaction.atomic():
        # Its ticket is settled once this commits (transition_action sends action_settled).
        won = transition_action(action=action, to=settlement.status, actor=ACTOR, message=settlement.message,
                                details={"settled_by": "reconciler", "evidence": evidence,
                                         "follow_up": follow_up}, **fields)
        if won and secret is not None:
            if succeeded:
                confirm_secret(secret)
            else:
                destroy_secret(secret=secret, actor=ACTOR,
                               why=f"the action was settled as failed. {settlement.message}")
    return won


def _redeliver_stalled(now: datetime) -> int:
    """Ring again for approved actions nobody claimed (a Redis broker loses a task whose cluster died).

    The claim is conditional, so a doorbell that rings twice runs the action once.
    """
    # A step waiting for the time the ticket asked for is its schedule's to ring (playbooks/scheduling.py).
    stalled = list(Action.objects.filter(status=ActionStatus.APPROVED, updated_at__lt=now - redeliver_after())
                   .exclude(not_before__gt=now).values_list("pk", flat=True)[:BATCH])
    queued = waiting_doorbells() if stalled else set()
    if queued is None:  # a backlog deeper than it reads: any doorbell may still wait in it (workflow/sweep._ring)
        return 0
    rung = 0
    for action_id in stalled:
        if (EXECUTE, (action_id,)) in queued:
            continue  # a busy cluster, not a lost doorbell
        # Touch first, so the next pass waits another redeliver_after() before ringing again.
        if Action.objects.filter(pk=action_id, status=ActionStatus.APPROVED).update(updated_at=now):
            dispatch(EXECUTE, action_id)
            rung += 1
    return rung


def _restore_lost_schedules(now: datetime) -> int:
    """A step waiting for a later time whose schedule is gone gets it back, so it is listed (admin, queue) and rings
    at its time; were it not restored, `_redeliver_stalled` would still ring it once the time has come."""
    lost = lost_schedules(now)
    for action in lost:
        with transaction.atomic():
            restore_schedule(action)
    return len(lost)


def redeliver_after() -> timedelta:
    """An approved action nobody claimed this long had its doorbell lost (rallied/settings.py says why this long)."""
    return timedelta(seconds=int(getattr(settings, "RALLIED_SWEEP_APPROVED_AFTER_SECONDS", 45)))


def _intent(action: Action) -> tuple[datetime, str]:
    """When the latest vendor call for this action began, and on whose authority (its audit intent event).

    Intents always chain (audit.services.WRITE_AHEAD); NULLS LAST keeps a pending one, should it ever exist, from
    sorting first on PostgreSQL."""
    event = (AuditEvent.objects.filter(verb="action.intent", object_type="playbooks.action",
                                       object_id=str(action.pk)).order_by(F("seq").desc(nulls_last=True))
             .values("at", "authority").first())
    if event is None:  # no intent, no vendor call: the claim writes both in one transaction
        return action.created_at, "reconciler"
    return event["at"], event["authority"]
