"""The Entra ID (Azure AD) login authority: OpenID discovery and the client-credentials token endpoint.

msal only accepts https authorities, so the connector keeps the real authority
(https://login.microsoftonline.com/{tid}) and rewrites its requests to this vendor;
that is why the discovery document advertises the real host, not the sandbox's.
"""

from __future__ import annotations

import datetime as dt
import hmac
import uuid
from typing import Any

from sandbox.core import Request, Response, Vendor
from sandbox.vendors.graph import ids

REAL_AUTHORITY = "https://login.microsoftonline.com"
SCOPE_AUDIENCES = {
    f"{ids.GRAPH_AUDIENCE}/.default": ids.GRAPH_AUDIENCE,
    f"{ids.EXCHANGE_AUDIENCE}/.default": ids.EXCHANGE_AUDIENCE,
}


class EntraLogin(Vendor):
    prefix = "entra"

    def reset(self, directory: dict[str, Any]) -> None:
        # tenant id -> (slug, client id, client secret); the directory's Entra tenants only.
        self.apps: dict[str, tuple[str, str, str]] = {}
        for tenant in directory.get("tenants", []):
            if tenant.get("idp") == "entra":
                slug = tenant["slug"]
                self.apps[ids.tenant_id(slug)] = (slug, ids.client_id(slug), ids.client_secret(slug))
        self.issued = 0

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        if tenant.get("idp") != "entra":
            return None
        slug = tenant["slug"]
        return {
            "vendor": "entra",
            "base_url": f"{sandbox_url}/graph/v1.0",
            "config": {
                "tenant_id": ids.tenant_id(slug),
                "client_id": ids.client_id(slug),
                "authority_url": f"{sandbox_url}/entra",
                "exchange_url": f"{sandbox_url}/exchange",
                "default_usage_location": "US",
            },
            "credentials": {"client_secret": ids.client_secret(slug)},
        }

    def routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("GET", r"/(?P<tid>[^/]+)/v2\.0/\.well-known/openid-configuration", self.openid_configuration),
            ("POST", r"/(?P<tid>[^/]+)/oauth2/v2\.0/token", self.token),
            ("GET", r"/common/discovery/instance", self.discovery_instance),
        ]

    def dump(self) -> dict[str, Any]:
        return {
            "tenants": [{"slug": s, "tenant_id": t, "client_id": c} for t, (s, c, _) in self.apps.items()],
            "tokens_issued": self.issued,
        }

    def error(self, status: int, code: str, message: str) -> Response:
        return self._oauth_error(status, code, message, 0)

    # -- handlers ---------------------------------------------------------------------------------
    def openid_configuration(self, req: Request) -> Response:
        tid = req.params["tid"]
        if tid not in self.apps:
            return self._oauth_error(400, "invalid_tenant", f"AADSTS90002: Tenant '{tid}' not found.", 90002)
        base = f"{REAL_AUTHORITY}/{tid}"
        return Response(
            200,
            {
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "issuer": f"{base}/v2.0",
                "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt"],
                "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
                "tenant_region_scope": "NA",
            },
        )

    def token(self, req: Request) -> Response:
        tid = req.params["tid"]
        form = req.form()
        if tid not in self.apps:
            return self._oauth_error(400, "invalid_tenant", f"AADSTS90002: Tenant '{tid}' not found.", 90002)
        if form.get("grant_type") != "client_credentials":
            return self._oauth_error(
                400,
                "unsupported_grant_type",
                "AADSTS70003: The app requested an unsupported grant type.",
                70003,
            )
        _, expected_client, expected_secret = self.apps[tid]
        if form.get("client_id") != expected_client:
            return self._oauth_error(
                400,
                "unauthorized_client",
                f"AADSTS700016: Application with identifier '{form.get('client_id')}' was not found "
                f"in the directory '{tid}'.",
                700016,
            )
        if not hmac.compare_digest(form.get("client_secret", ""), expected_secret):
            return self._oauth_error(
                401,
                "invalid_client",
                "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request "
                "is the client secret value, not the client secret ID.",
                7000215,
            )
        scopes = form.get("scope", "").split()
        audiences = {SCOPE_AUDIENCES.get(s) for s in scopes}
        if len(scopes) != 1 or None in audiences:
            return self._oauth_error(
                400,
                "invalid_scope",
                f"AADSTS1002012: The provided value for scope {form.get('scope')} is not valid. "
                "Client credential flows must have a scope value with /.default suffixed to the resource "
                "identifier (application ID URI).",
                1002012,
            )
        self.issued += 1
        return Response(
            200,
            {
                "token_type": "Bearer",
                "expires_in": ids.TOKEN_LIFETIME,
                "ext_expires_in": ids.TOKEN_LIFETIME,
                "access_token": ids.issue_token(tid, expected_client, audiences.pop()),
            },
        )

    def discovery_instance(self, req: Request) -> Response:
        return Response(
            200,
            {
                "tenant_discovery_endpoint": f"{REAL_AUTHORITY}/common/v2.0/.well-known/openid-configuration",
                "api-version": "1.1",
                "metadata": [
                    {
                        "preferred_network": "login.microsoftonline.com",
                        "preferred_cache": "login.windows.net",
                        "aliases": [
                            "login.microsoftonline.com",
                            "login.windows.net",
                            "login.microsoft.com",
                            "sts.windows.net",
                        ],
                    }
                ],
            },
        )

    @staticmethod
    def _oauth_error(status: int, error: str, description: str, code: int) -> Response:
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ")
        trace = str(uuid.uuid4())
        return Response(
            status,
            {
                "error": error,
                "error_description": f"{description} Trace ID: {trace} Timestamp: {now}",
                "error_codes": [code] if code else [],
                "timestamp": now,
                "trace_id": trace,
                "correlation_id": str(uuid.uuid4()),
            },
        )
