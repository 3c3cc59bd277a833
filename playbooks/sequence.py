"""Steps that depend on each other run one after another: an onboarding's steps wait for the account, and an
offboarding's steps run in the standard sequence's order (playbooks/offboarding.py).

Approved actions are each queued on their own (playbooks/services._queue_follow_up), so without this a group
membership for a new hire could run before the account exists, and fail. An action is a step of a sequence when its
ticket has a `create_user` action for the same target in the same intent (playbooks/onboarding.py plans them in
order). Such a step:
- waits (left approved, not claimed) while any earlier action of its intent has not ended;
- is rejected, never run, once the account's creation ended without success (nothing to act on);
- runs otherwise. When a step ends, the steps still approved after it are rung again (`ring_next`); a step rung
  early just waits again, so a duplicate doorbell or the sweep's re-drive is harmless.
Each step still runs exactly once (the claim), so a rerun after a crash resumes where the sequence stopped.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from playbooks.choices import DONE_STATUSES, ActionStatus
from playbooks.models import Action
from rallied.tasks import dispatch

RUN, WAIT, SKIP = "run", "wait", "skip"
EXECUTE = "playbooks.tasks.execute_action_task"


def onboarding_ticket(action: Action) -> bool:
    """Whether the action's ticket asks for an onboarding (read from the ticket already loaded: no query, so every
    other ticket's path costs what it did, tests/workflow/test_ticket_cost.py)."""
    ticket = action.ticket
    return ticket.category == "onboarding" or any(
        isinstance(i, dict) and i.get("kind") == "onboarding" for i in ticket.intents or [])


def offboarding_ticket(action: Action) -> bool:
    """Whether the action's ticket asks for an offboarding (read from the ticket already loaded, as above)."""
    ticket = action.ticket
    return ticket.category == "offboarding" or any(
        isinstance(i, dict) and i.get("kind") == "offboarding" for i in ticket.intents or [])


def _offboarding_turn(action: Action) -> tuple[str, str]:
    """An offboarding's steps run in the order planned (playbooks/offboarding.py): each waits while an earlier
    step of its intent has not ended; the licences are never removed unless the mailbox conversion succeeded (a
    user mailbox without a licence is deleted after 30 days)."""
    earlier = list(Action.objects.filter(ticket_id=action.ticket_id, intent=action.intent, pk__lt=action.pk)
                   .values_list("kind", "status"))
    if any(status not in DONE_STATUSES for _, status in earlier):
        return WAIT, ""
    if action.kind == "remove_license" and any(kind == "convert_mailbox" and status != ActionStatus.SUCCEEDED
                                               for kind, status in earlier):
        return SKIP, (f"Not run: {action.target}'s mailbox was not converted to shared, and removing the licence "
                      "first would delete it after 30 days.")
    return RUN, ""


def _account_step(action: Action) -> Action | None:
    """The create_user action this action's sequence starts with (the latest one for its target), if any."""
    if action.kind == "create_user":
        return action
    if not onboarding_ticket(action):
        return None
    return (Action.objects.filter(ticket_id=action.ticket_id, intent=action.intent, kind="create_user",
                                  target__iexact=action.target, pk__lt=action.pk).order_by("-pk").first())


def turn_of(action: Action) -> tuple[str, str]:
    """(RUN | WAIT | SKIP, why) for an approved action about to be claimed; SKIP: rejected, never run. A step the
    ticket asked for at a later time waits for it (playbooks/scheduling.py)."""
    if action.not_before is not None and action.not_before > timezone.now():
        return WAIT, ""
    if offboarding_ticket(action) and not onboarding_ticket(action):
        return _offboarding_turn(action)
    account = _account_step(action)
    if account is None or account.pk == action.pk:
        return RUN, ""
    if account.status in DONE_STATUSES and account.status != ActionStatus.SUCCEEDED:
        return SKIP, f"Not run: the account {action.target} was not created ({account.get_status_display()})."
    earlier = Action.objects.filter(ticket_id=action.ticket_id, intent=action.intent, pk__gte=account.pk,
                                    pk__lt=action.pk).exclude(status__in=DONE_STATUSES)
    return (WAIT, "") if earlier.exists() else (RUN, "")


def ring_next(action: Action) -> None:
    """Once `action` ended: queue the approved steps after it in its sequence (after this transaction commits)."""
    later = Action.objects.filter(ticket_id=action.ticket_id, intent=action.intent, pk__gt=action.pk,
                                  status=ActionStatus.APPROVED)
    if offboarding_ticket(action) and not onboarding_ticket(action):
        # Only the next step: it rings the one after it when it ends, so the order holds without a burst.
        waiting = list(later.order_by("pk").values_list("pk", flat=True)[:1])
    else:
        account = _account_step(action)
        if account is None:
            return
        waiting = list(later.filter(target__iexact=account.target).order_by("pk").values_list("pk", flat=True))
    for action_id in waiting:
        transaction.on_commit(lambda action_id=action_id: dispatch(EXECUTE, action_id))


__all__ = ["RUN", "SKIP", "WAIT", "offboarding_ticket", "onboarding_ticket", "ring_next", "turn_of"]
