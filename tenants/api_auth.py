"""API token authentication: `Authorization: Token <key>` (or Bearer). Each token is bound to its tenants."""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass
from datetime import timedelta

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from tenants.models import ApiToken, Tenant

# `last_used_at` tells a service lead whether a token is still in use, to the minute at best: writing it on every
# request was one UPDATE (and one commit) per API call, the busiest row of an intake burst (issue 17).
LAST_USED_EVERY = timedelta(minutes=1)
# A tenant-bound token (a PSA integration, the whole of an intake burst) is remembered by this process for this long
# after it was read, by its key's hash: the lookup, a SELECT joining the tenant, was a fifth of a submission's CPU
# (issue 17). A save or delete of any token or tenant in this process forgets them all at once (the admin's revoke
# below); a revocation made in another process, or by a bare UPDATE, applies here within this many seconds. A user
# token is read every time: its person's deactivation and permissions apply at once.
REMEMBER_SECONDS = 5.0
_remembered: dict[str, tuple[float, ApiToken]] = {}


@dataclass(frozen=True)
class IntegrationUser:
    """Stands in for request.user when a tenant token (a PSA integration, not a person) calls."""

    token: ApiToken
    is_authenticated: bool = True
    is_active: bool = True
    is_superuser: bool = False
    email: str = ""

    def get_username(self) -> str:
        return f"token:{self.token.name}"


class ApiTokenAuthentication(authentication.BaseAuthentication):
    keywords = ("token", "bearer")

    def authenticate(self, request):  # type: ignore[no-untyped-def]
        header = authentication.get_authorization_header(request).decode("latin-1").split()
        if not header or header[0].lower() not in self.keywords:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Malformed Authorization header.")
        token = _token_for(ApiToken.hash_key(header[1]))
        if token is None or (token.user is not None and not token.user.is_active):
            raise exceptions.AuthenticationFailed("Invalid or revoked token.")
        now = timezone.now()
        if token.last_used_at is None or now - token.last_used_at >= LAST_USED_EVERY:
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
            _note_used(token, now)
        return (token.user or IntegrationUser(token)), token

    def authenticate_header(self, request) -> str:  # type: ignore[no-untyped-def]
        return "Token"


def _token_for(key_hash: str) -> ApiToken | None:
    """The unrevoked token with this key hash, remembered (tenant tokens only) for REMEMBER_SECONDS.

    Each request gets its own copy of the token and its tenant: the remembered ones stay as read, whatever a
    request sets on its copy, and threads never share an instance."""
    remembered = _remembered.get(key_hash)
    if remembered is not None and remembered[0] > time.monotonic():
        return _copy(remembered[1])
    token = (ApiToken.objects.select_related("tenant", "user")
             .filter(key_hash=key_hash, revoked=False).first())
    if token is None or token.tenant_id is None:
        _remembered.pop(key_hash, None)
        return token
    _remembered[key_hash] = (time.monotonic() + REMEMBER_SECONDS, token)
    return _copy(token)


def _copy(token: ApiToken) -> ApiToken:
    own = copy.copy(token)
    if token.tenant_id is not None:
        own.tenant = copy.copy(token.tenant)
    return own


def _note_used(token: ApiToken, at) -> None:  # type: ignore[no-untyped-def]
    """The remembered token's last_used_at is the one just written, so the next minute's requests do not write it."""
    remembered = _remembered.get(token.key_hash)
    if remembered is not None:
        remembered[1].last_used_at = at


@receiver(post_save, sender=ApiToken, dispatch_uid="api_auth_forget_token_saved")
@receiver(post_delete, sender=ApiToken, dispatch_uid="api_auth_forget_token_deleted")
@receiver(post_save, sender=Tenant, dispatch_uid="api_auth_forget_tenant_saved")
@receiver(post_delete, sender=Tenant, dispatch_uid="api_auth_forget_tenant_deleted")
def forget_tokens(**kwargs) -> None:  # type: ignore[no-untyped-def]
    """A token revoked or deleted, or a tenant changed, in this process: no remembered token outlives it here."""
    _remembered.clear()


class ApiTokenScheme(OpenApiAuthenticationExtension):
    """Describes the token header in /api/v1/schema/ (drf-spectacular finds this subclass by itself)."""

    target_class = ApiTokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):  # type: ignore[no-untyped-def]
        return {"type": "apiKey", "in": "header", "name": "Authorization",
                "description": "`Token <key>`: a tenant-bound key (an integration) or a person's key."}
