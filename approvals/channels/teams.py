"""Teams approvals: a card posted through the tenant's Workflows webhook, with a signed single-use link.

Webhooks cannot call back, so the card's only button opens `/approvals/link/<token>/`. The token is
signed (django.core.signing, its own salt) and names one ApprovalLink row by nonce, plus the action
and version it was made for. The page behind it still demands a signed-in technician with approve
permission; the link alone decides nothing. A link is spent by the decision made through it, and
refused once spent, expired, tampered with, or made for an older version of the action.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import asdict, dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from approvals.channels.cards import ApprovalView, teams_card, teams_escape, view_of
from approvals.channels.once import hold_request_row, post_once
from approvals.channels.slack import record_chat_error
from approvals.chat_models import ApprovalLink, ChatMessage, ChatVendor, DeliveryState
from approvals.choices import Channel, RequestStatus
from approvals.models import ApprovalRequest
from approvals.services import ApprovalRefused, approve_action, reject_action
from audit.services import record
from rallied.actors import Actor
from rallied.connectors.teams import TeamsConnector
from tenants.models import Connection, Tenant
from tenants.otp import SecondFactorProof
from tenants.selectors import connection_for, connector_for

ACTOR = "system:teams"
LINK_SALT = "rallied.approvals.link"
# A link never outlives its request; this caps it even for a request that is never closed.
LINK_MAX_AGE = timedelta(days=2)


class LinkRefused(Exception):
    """The link cannot be used; `status` is the HTTP status the page answers with."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def teams_connector(tenant: Tenant) -> tuple[Connection | None, TeamsConnector | None]:
    connection = connection_for(tenant, {ChatVendor.TEAMS})
    if connection is None:
        return None, None
    return connection, connector_for(connection)  # type: ignore[return-value]


# -- links ----------------------------------------------------------------------------------------
def create_approval_link(*, request: ApprovalRequest) -> str:
    """A new single-use link for the request's current version; returns its absolute URL."""
    nonce = secrets.token_urlsafe(16)
    expires = min(request.expires_at, timezone.now() + LINK_MAX_AGE)
    ApprovalLink.objects.create(request=request, nonce=nonce, action_version=request.action.version,
                                expires_at=expires)
    token = signing.TimestampSigner(salt=LINK_SALT).sign_object(
        {"a": request.action_id, "v": request.action.version, "n": nonce})
    return settings.RALLIED_PUBLIC_URL.rstrip("/") + reverse("approval-link", args=[token])


def read_approval_link(token: str) -> ApprovalLink:
    """The link row a token names, if the token is genuine, unexpired and unused; LinkRefused otherwise."""
    try:
        data = signing.TimestampSigner(salt=LINK_SALT).unsign_object(
            token, max_age=LINK_MAX_AGE.total_seconds())
    except signing.SignatureExpired as exc:
        raise LinkRefused("This approval link has expired.", 410) from exc
    except signing.BadSignature as exc:
        raise LinkRefused("This approval link is not valid.", 404) from exc
    link = (ApprovalLink.objects.select_related("request__action__ticket__tenant")
            .filter(nonce=str(data.get("n") or "")).first())
    if link is None or link.request.action_id != data.get("a") or link.action_version != data.get("v"):
        raise LinkRefused("This approval link is not valid.", 404)
    if link.used_at is not None:
        raise LinkRefused("This approval link has already been used.", 410)
    if link.expires_at <= timezone.now():
        raise LinkRefused("This approval link has expired.", 410)
    return link


@dataclass
class LinkDecision:
    """What a decision through a link did, for the page to say."""

    decision: str
    request: ApprovalRequest


def decide_with_link(*, actor: Actor, token: str, decision: str, text: str = "",
                     second_factor: SecondFactorProof | None = None) -> LinkDecision:
    """Approve or reject through a link. The link is spent only if the decision is recorded. The link's page is a
    signed-in web page, so it proves a second factor as the queue does (`second_factor`, tenants/otp.py)."""
    if decision not in ("approve", "reject"):
        raise ApprovalRefused("Choose approve or reject.")
    with transaction.atomic():
        link = read_approval_link(token)
        spent = ApprovalLink.objects.filter(pk=link.pk, used_at__isnull=True).update(
            used_at=timezone.now(), used_by=actor if getattr(actor, "is_authenticated", False) else None)
        if spent != 1:
            raise LinkRefused("This approval link has already been used.", 410)
        # Either service raising rolls back the spend above: a refused decision leaves the link usable.
        if decision == "approve":
            approve_action(actor=actor, action_id=link.request.action_id, version=link.action_version,
                           comment=text, channel=Channel.TEAMS, second_factor=second_factor)
        else:
            reject_action(actor=actor, action_id=link.request.action_id, reason=text, channel=Channel.TEAMS)
    link.request.refresh_from_db()
    return LinkDecision(decision=decision, request=link.request)


# -- cards ----------------------------------------------------------------------------------------
def post_teams_card(*, request: ApprovalRequest, follow_up: bool = False) -> bool:
    """Post the request's card (first time) or its new state (after a decision) to the tenant's channel.

    A Workflows webhook cannot edit an earlier card, so every change is a new card; while the request
    is still open it carries a fresh link, since links are single-use. Each card is posted once however often its
    doorbell rings (approvals/channels/once.py): the first one per request, a follow-up once per state of the
    request (its view without the link), so two refreshes of one decision post one card.
    """
    if not follow_up and ChatMessage.objects.filter(request=request, vendor=ChatVendor.TEAMS).exists():
        return False  # the doorbell rang twice
    if follow_up and not ChatMessage.objects.filter(request=request, vendor=ChatVendor.TEAMS).exists():
        return False  # no card was ever posted there: nothing to follow up
    connection, teams = teams_connector(request.action.ticket.tenant)
    if teams is None or connection is None:
        return False
    view = view_of(request)
    key = f"approval-card:{request.pk}" + (f":state:{_digest(view)}" if follow_up else "")
    with_link: list[bool] = []

    def post() -> str:
        link = create_approval_link(request=request) if request.status == RequestStatus.OPEN else None
        with_link.append(link is not None)
        teams.post_card(teams_card(view, link))
        return ""  # a Workflows webhook answers 202 with no id

    def remember(_: str) -> None:
        hold_request_row(request.pk)  # before the card's row and the audit head: see hold_request_row
        message, created = ChatMessage.objects.get_or_create(request=request, vendor=ChatVendor.TEAMS)
        if not created:
            ChatMessage.objects.filter(pk=message.pk).update(updated_at=timezone.now())
        record(actor=ACTOR, verb="chat.card_posted", obj=request.action, tenant=connection.tenant,
               details={"vendor": "teams", "follow_up": follow_up, "with_link": with_link[-1],
                        "version": request.action.version})

    return post_once(tenant=connection.tenant, key=key, destination="teams", post=post, then=remember,
                     on_error=lambda exc: record_chat_error(connection=connection, what="post approval card", exc=exc,
                                                            obj=request.action)) == DeliveryState.POSTED


def _digest(view: ApprovalView) -> str:
    """A short fingerprint of what a card shows, to tell a new state from the same one refreshed twice."""
    return hashlib.sha256(json.dumps(asdict(view), sort_keys=True, default=str).encode()).hexdigest()[:24]


def post_teams_notice(*, tenant: Tenant, subject: str, text: str, key: str) -> bool:
    """A plain notice card to the tenant's Teams channel, once per `key`; False if this call did not post it."""
    connection, teams = teams_connector(tenant)
    if teams is None or connection is None:
        return False

    def post() -> str:
        teams.post_text(title=teams_escape(subject, 200), text=teams_escape(text, 2500))
        return ""

    return post_once(tenant=tenant, key=key, destination="teams", post=post, on_error=lambda exc: record_chat_error(
        connection=connection, what="post notice", exc=exc)) == DeliveryState.POSTED
