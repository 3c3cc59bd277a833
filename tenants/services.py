"""Every write to tenants and their credentials: tokens, connections, roles, the kill switch."""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from audit.services import record
from rallied.actors import Actor
from rallied.connectors import ConnectorError, IdentityConnector
from tenants import access
from tenants.connection_checks import check_connection
from tenants.models import ApiToken, Connection, ServiceAccount, Tenant
from tenants.selectors import connector_for, identity_connection

log = logging.getLogger(__name__)


def create_api_token(*, actor: Actor, name: str, tenant: Tenant | None = None,
                     user: Any = None) -> tuple[ApiToken, str]:
    """A new token bound to exactly one tenant or one user. The key is returned once and never stored."""
    if (tenant is None) == (user is None):
        raise ValueError("A token is bound to exactly one tenant or one user.")
    key = "rl_" + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(name=name, tenant=tenant, user=user, prefix=key[:10],
                                        key_hash=ApiToken.hash_key(key))
        record(actor=actor, verb="api_token.created", obj=token, tenant=tenant,
               details={"name": name, "user": getattr(user, "username", None)})
    return token, key


# A service account's last_used_at tells a service lead whether Rallied still acts through it, to the minute at best
# (as an API token's, tenants/api_auth.LAST_USED_EVERY): it was an UPDATE on every vendor write (issue 17).
LAST_USED_EVERY = timedelta(minutes=1)


def note_service_account_used(*, account: ServiceAccount, at: datetime | None = None) -> None:
    """Mark `account` used at `at` (now), unless it was marked less than a minute before.

    `account` as this task read it (tenants/selectors.service_accounts_of) says when it was last written: within
    the minute nothing is sent. Otherwise the update is conditional on the row being that old, so two workers
    writing at once, or one holding an older copy, never move it back."""
    now = at or timezone.now()
    if account.last_used_at is not None and now - account.last_used_at < LAST_USED_EVERY:
        return
    stale = Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - LAST_USED_EVERY)
    ServiceAccount.objects.filter(stale, pk=account.pk).update(last_used_at=now)
    account.last_used_at = now


def save_connection(*, actor: Actor, tenant: Tenant, vendor: str, base_url: str, config: dict,
                    credentials: dict | None = None) -> Connection:
    """Create or update the tenant's connection to `vendor`. `credentials` None keeps the stored ones.

    Raises ValidationError (by field, naming the missing keys, never a value) when the vendor's connector could not
    work with the result: refused now rather than failing later as a silent 401."""
    with transaction.atomic():
        connection, _ = Connection.objects.select_for_update().get_or_create(tenant=tenant, vendor=vendor,
                                                                             defaults={"base_url": base_url})
        kept = connection.get_credentials() if credentials is None and connection.has_credentials else {}
        check_connection(vendor, config, credentials if credentials is not None else kept)
        connection.base_url = base_url
        connection.config = config
        if credentials is not None:
            connection.set_credentials(credentials)
        connection.save()
        record(actor=actor, verb="connection.saved", obj=connection, tenant=tenant,
               details={"vendor": vendor, "base_url": base_url, "credentials_changed": credentials is not None})
    return connection


def grant_role(*, actor: Actor, user: Any, tenant: Tenant, role: str) -> bool:
    """Give a staff member a role on a tenant; audited when it changes something (seeding again changes nothing)."""
    with transaction.atomic():
        added = access.grant_role(user, tenant, role)
        if added:
            record(actor=actor, verb="role.granted", obj=tenant, tenant=tenant,
                   details={"user": user.get_username(), "role": role, "permissions": added})
    return bool(added)


def pause_tenant(*, actor: Actor, tenant: Tenant, reason: str) -> bool:
    with transaction.atomic():
        won = Tenant.objects.filter(pk=tenant.pk, paused=False).update(paused=True, paused_reason=reason[:300],
                                                                        paused_at=timezone.now())
        if won:
            record(actor=actor, verb="tenant.paused", obj=tenant, tenant=tenant, details={"reason": reason})
    return bool(won)


def resume_tenant(*, actor: Actor, tenant: Tenant, comment: str = "") -> bool:
    """Turn the kill switch off again. A service lead's act (MANAGE on the tenant), never the system's.

    True if the tenant was paused and is now resumed; the audit event keeps who, why it had been paused, and
    the comment.
    """
    from django.core.exceptions import PermissionDenied

    if isinstance(actor, str) or not access.can(actor, access.MANAGE, tenant):
        raise PermissionDenied("Only a service lead of this tenant may resume its autonomy.")
    with transaction.atomic():
        locked = Tenant.objects.select_for_update().get(pk=tenant.pk)
        if not locked.paused:
            return False
        was = locked.paused_reason
        now = timezone.now()
        Tenant.objects.filter(pk=tenant.pk, paused=True).update(paused=False, paused_reason="", resumed_at=now)
        record(actor=actor, verb="tenant.resumed", obj=locked, tenant=locked,
               details={"was_paused_for": was, "comment": comment[:500]})
    tenant.paused, tenant.paused_reason, tenant.resumed_at = False, "", now
    return True


def set_tenant_mode(*, actor: Actor, tenant: Tenant, mode: str) -> bool:
    """Switch a tenant between plan (read-only) and live. True if the mode changed.

    People need MANAGE on the tenant; going live is the service lead's call, so it is audited with who made it.
    """
    from django.core.exceptions import PermissionDenied

    if mode not in Tenant.Mode.values:
        raise ValueError(f"Unknown tenant mode: {mode!r}.")
    if not isinstance(actor, str) and not access.can(actor, access.MANAGE, tenant):
        raise PermissionDenied("You may not change this tenant's mode.")
    with transaction.atomic():
        locked = Tenant.objects.select_for_update().get(pk=tenant.pk)
        old = locked.mode
        if old == mode:
            return False
        locked.mode = mode
        locked.save(update_fields=["mode"])  # save(): django-auditlog records the change as well
        record(actor=actor, verb="tenant.mode_changed", obj=locked, tenant=locked, details={"from": old, "to": mode})
    tenant.mode = mode
    return True


# Counting past this changes nothing: the kill switch's burst stops growing at 100 actions, reached at 5,000 users
# (approvals/bursts.py: MAX_BURST x USERS_PER_BURST_ACTION).
DIRECTORY_COUNT_CAP = 10_000


def count_directory_users(*, actor: Actor, tenant: Tenant) -> int | None:
    """Count the users in the tenant's directory through its identity provider and keep the number on the tenant
    (what the kill switch's burst is sized to). None when there is no IdP connection or it did not answer: the
    last count stays, a failed count never shrinks the burst to the smallest tenant's."""
    connection = identity_connection(tenant)
    idp = connector_for(connection) if connection is not None else None
    if not isinstance(idp, IdentityConnector):
        return None
    try:
        count = idp.count_users(up_to=DIRECTORY_COUNT_CAP)
    except ConnectorError as exc:
        log.warning("counting %s's directory users failed: %s", tenant.slug, exc)
        return None
    with transaction.atomic():
        if Tenant.objects.filter(pk=tenant.pk).exclude(directory_users=count).update(directory_users=count):
            record(actor=actor, verb="tenant.directory_counted", obj=tenant, tenant=tenant,
                   details={"users": count, "was": tenant.directory_users})
    tenant.directory_users = count
    return count

