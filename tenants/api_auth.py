"""API token authentication: `Authorization: Token <key>` (or Bearer). Each token is bound to its tenants."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from tenants.models import ApiToken

# `last_used_at` tells a service lead whether a token is still in use, to the minute at best: writing it on every
# request was one UPDATE (and one commit) per API call, the busiest row of an intake burst (issue 17).
LAST_USED_EVERY = timedelta(minutes=1)


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
        token = (
            ApiToken.objects.select_related("tenant", "user")
            .filter(key_hash=ApiToken.hash_key(header[1]), revoked=False)
            .first()
        )
        if token is None or (token.user is not None and not token.user.is_active):
            raise exceptions.AuthenticationFailed("Invalid or revoked token.")
        now = timezone.now()
        if token.last_used_at is None or now - token.last_used_at >= LAST_USED_EVERY:
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        return (token.user or IntegrationUser(token)), token

    def authenticate_header(self, request) -> str:  # type: ignore[no-untyped-def]
        return "Token"


class ApiTokenScheme(OpenApiAuthenticationExtension):
    """Describes the token header in /api/v1/schema/ (drf-spectacular finds this subclass by itself)."""

    target_class = ApiTokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):  # type: ignore[no-untyped-def]
        return {"type": "apiKey", "in": "header", "name": "Authorization",
                "description": "`Token <key>`: a tenant-bound key (an integration) or a person's key."}
