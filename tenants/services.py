"""Every write to tenants and their credentials: tokens, connections, roles, the kill switch."""

from __future__ import annotations

import secrets
from typing import Any

from django.db import transaction

from audit.services import record
from tenants import access
from tenants.models import ApiToken, Connection, Tenant


def create_api_token(*, actor: Any, name: str, tenant: Tenant | None = None, user: Any = None) -> tuple[ApiToken, str]:
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


def save_connection(*, actor: Any, tenant: Tenant, vendor: str, base_url: str, config: dict,
                    credentials: dict | None = None) -> Connection:
    with transaction.atomic():
        connection, _ = Connection.objects.get_or_create(tenant=tenant, vendor=vendor,
                                                         defaults={"base_url": base_url})
        connection.base_url = base_url
        connection.config = config
        if credentials is not None:
            connection.set_credentials(credentials)
        connection.save()
        record(actor=actor, verb="connection.saved", obj=connection, tenant=tenant,
               details={"vendor": vendor, "base_url": base_url, "credentials_changed": credentials is not None})
    return connection


def grant_role(*, actor: Any, user: Any, tenant: Tenant, role: str) -> None:
    with transaction.atomic():
        access.grant_role(user, tenant, role)
        record(actor=actor, verb="role.granted", obj=tenant, tenant=tenant,
               details={"user": user.get_username(), "role": role})


def pause_tenant(*, actor: Any, tenant: Tenant, reason: str) -> bool:
    with transaction.atomic():
        won = Tenant.objects.filter(pk=tenant.pk, paused=False).update(paused=True, paused_reason=reason[:300])
        if won:
            record(actor=actor, verb="tenant.paused", obj=tenant, tenant=tenant, details={"reason": reason})
    return bool(won)
