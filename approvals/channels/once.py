"""Posting a chat message once per (what, where), however often its task is delivered.

django-q2 may deliver a task twice and the sweep rings a lost doorbell again, so "post if nothing was posted yet"
is a race two deliveries both win. Instead each post first claims a ChatDelivery row, unique on (key, destination),
in a transaction of its own: only the delivery whose insert wins calls the vendor. The outcome is written on the row
afterwards:

- posted: with the vendor's message id;
- failed: the vendor refused it (a ConnectorError that is not `ambiguous`): nothing reached the channel, so a later
  delivery may claim it again;
- unknown: the answer was ambiguous (a timeout or a throttled post may still have gone out). Never repeated: a
  technician would see the same message twice. A row left `claimed` (the worker died during the call) is the same;
- undeliverable: there is nowhere to post it (a technician without a linked Slack account); settled, not retried.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from approvals.chat_models import ChatDelivery, DeliveryState
from rallied.connectors import ConnectorError
from tenants.models import Tenant

log = logging.getLogger("rallied.chat")
ALREADY = "already"  # another delivery claimed it: this one posts nothing


class Undeliverable(Exception):
    """Raised by a post callback when there is nowhere to post; the message says why ("not linked")."""


def claim_delivery(*, tenant: Tenant, key: str, destination: str) -> ChatDelivery | None:
    """The claimed row if this caller may post; None when another delivery holds it or it is settled.

    Inside the caller's transaction when there is one (so a staff notice's claim commits with its audit event), in
    its own otherwise: on PostgreSQL a second insert of the same pair waits for the first to commit, then fails.
    """
    try:
        with transaction.atomic():
            return ChatDelivery.objects.create(tenant=tenant, key=key, destination=destination)
    except IntegrityError:
        pass
    # Only a post the vendor refused outright is taken again: nothing of it reached anyone.
    retaken = ChatDelivery.objects.filter(key=key, destination=destination, state=DeliveryState.FAILED).update(
        state=DeliveryState.CLAIMED, attempts=F("attempts") + 1, claimed_at=timezone.now(), error="")
    return ChatDelivery.objects.get(key=key, destination=destination) if retaken else None


def settle_delivery(delivery: ChatDelivery, *, state: str, message_id: str = "", error: str = "") -> None:
    ChatDelivery.objects.filter(pk=delivery.pk, state=DeliveryState.CLAIMED).update(
        state=state, message_id=message_id[:64], error=error[:500], settled_at=timezone.now())
    delivery.state = state


def post_once(*, tenant: Tenant, key: str, destination: str, post: Callable[[], str],
              on_error: Callable[[ConnectorError], Any] | None = None,
              then: Callable[[str], Any] | None = None) -> str:
    """Claim (key, destination), call `post` (it returns the vendor's message id, raises ConnectorError or
    Undeliverable), and record the outcome; returns the state reached, or ALREADY when this delivery lost the claim.

    `on_error` records a vendor error where the service lead sees it (the connection's last error); `then` runs with
    the message id in the transaction that marks the row posted, so what the caller keeps about the message (a card's
    channel and ts) is never missing from a posted row.
    """
    delivery = claim_delivery(tenant=tenant, key=key, destination=destination)
    if delivery is None:
        log.info("chat %s -> %s: already claimed by another delivery; not posted again", key, destination)
        return ALREADY
    try:
        message_id = post()
    except Undeliverable as exc:
        settle_delivery(delivery, state=DeliveryState.UNDELIVERABLE, error=str(exc))
        return DeliveryState.UNDELIVERABLE.value
    except ConnectorError as exc:
        state = (DeliveryState.UNKNOWN if exc.ambiguous else DeliveryState.FAILED).value
        settle_delivery(delivery, state=state, error=str(exc))
        if on_error is not None:
            on_error(exc)
        return state
    with transaction.atomic():
        settle_delivery(delivery, state=DeliveryState.POSTED, message_id=message_id)
        if then is not None:
            then(message_id)
    return DeliveryState.POSTED.value


def record_once(*, tenant: Tenant, key: str) -> bool:
    """Claim a staff notice that must be recorded once (destination "staff"); False when it was already.

    Runs in the caller's transaction: the claim and the notice's audit event commit or roll back together.
    """
    delivery = claim_delivery(tenant=tenant, key=key, destination="staff")
    if delivery is None:
        return False
    settle_delivery(delivery, state=DeliveryState.POSTED)
    return True


def hold_request_row(request_pk: int) -> None:
    """Lock an approval request's row (FOR NO KEY UPDATE) before a card's row and audit event are written for it.

    Why: the card's row references the request, and PostgreSQL checks that reference at COMMIT (Django's foreign
    keys are deferred), i.e. after the audit event has locked its tenant's chain head. A decision on the request
    locks the request's row first and the head after it, so the two waited on each other: the kill -9 run
    (bench/kill_run.py) saw that deadlock twice, each time failing a card post and the ticket step queued behind
    it. Taken here, the request's lock comes first on both sides. SQLite has no row locks: a no-op there.
    """
    from approvals.models import ApprovalRequest

    list(ApprovalRequest.objects.select_for_update(no_key=True).filter(pk=request_pk).values_list("pk", flat=True))

