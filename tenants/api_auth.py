"""API token authentication: `Authorization: Token <key>` (or Bearer). Each token is bound to its tenants."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from tenants.models import ApiToken


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
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
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
