"""Okta, through the official `okta` SDK (async, aiohttp), called from synchronous workers.

Three things the SDK does not do the way a worker needs, handled here:
- It is async. Workers are sync and may or may not already run an event loop, so every operation
  runs with `asyncio.run` in a short-lived thread of its own, with a fresh client: an aiohttp
  session is never shared across loops.
- It reads `OKTA_*` environment variables and `okta.yaml` files, which would let a stray file or
  variable redirect a tenant's calls. The client is built from the Connection alone; the one
  testing switch (contracts §2.1, `testing.testingDisableHttpsCheck`) is set only for a loopback
  `http://` org, i.e. the sandbox.
- Its 429 back-off sleeps `X-Rate-Limit-Reset - Date + 1` with no cap (a worker could block for an
  hour) and it repeats 503/504 writes blindly. So the SDK's own retries are off (`maxRetries: 0`)
  and `_call` retries only 429s — refused before acting, so safe for any write — with a capped wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import ipaddress
import json
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any, ClassVar, TypeVar
from unittest import mock
from urllib.parse import urlsplit

import okta.client
from okta.client import Client as OktaClient
from okta.config.config_setter import ConfigSetter
from okta.errors.http_error import HTTPError
from okta.errors.okta_api_error import OktaAPIError
from okta.models.create_user_request import CreateUserRequest

from rallied.connectors.base import ConnectorError, DirectoryUser, IdentityConnector

log = logging.getLogger("rallied.connectors.okta")
T = TypeVar("T")

# Directory-style names for Okta factors (type, provider), the same words the directory file uses.
FACTOR_NAMES = {
    ("push", "OKTA"): "okta_verify_push",
    ("token:software:totp", "OKTA"): "okta_verify_totp",
    ("token:software:totp", "GOOGLE"): "google_authenticator",
    ("sms", "OKTA"): "sms",
    ("call", "OKTA"): "call",
    ("email", "OKTA"): "email",
    ("webauthn", "FIDO"): "webauthn",
}
DISABLED_STATUSES = {"SUSPENDED", "DEPROVISIONED", "STAGED"}
_CONFIG_LOCK = threading.Lock()  # the ConfigSetter swap below is process-wide for its few microseconds


def _is_loopback_http(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "http":
        return False
    try:
        return parts.hostname == "localhost" or ipaddress.ip_address(parts.hostname or "").is_loopback
    except ValueError:
        return False


class _ConnectionOnlyConfig(ConfigSetter):
    """The SDK's defaults and nothing else: no OKTA_* variables, no ~/.okta/okta.yaml, no ./okta.yaml."""

    allow_http = False

    def _update_config(self) -> None:
        self._apply_default_values()
        if self.allow_http:
            self._config["testing"]["testingDisableHttpsCheck"] = True


class OktaConnector(IdentityConnector):
    vendor = "okta"
    supports: ClassVar[frozenset[str]] = frozenset(
        {
            "reset_password",
            "unlock_account",
            "revoke_sessions",
            "reset_mfa",
            "add_to_group",
            "remove_from_group",
            "create_user",
            "disable_user",
        }
    )

    # -- plumbing ---------------------------------------------------------------------------------
    def _client(self) -> OktaClient:
        settings = {
            "orgUrl": self.base_url,
            "authorizationMode": "SSWS",
            "token": self.credentials["token"],
            "rateLimit": {"maxRetries": 0},  # see the module docstring: 429s are retried by _call
            "requestTimeout": 0,  # per-attempt time limits come from asyncio.wait_for in _call
            "cache": {"enabled": False},
            "logging": {"enabled": False},  # SDK debug logs would print request bodies
        }
        config_class = type(
            "_Cfg", (_ConnectionOnlyConfig,), {"allow_http": _is_loopback_http(self.base_url)}
        )
        try:
            with _CONFIG_LOCK, mock.patch.object(okta.client, "ConfigSetter", config_class):
                return OktaClient(settings)
        except ValueError as exc:  # the SDK's config validation: a bad Connection, not a passing failure
            raise ConnectorError(
                f"Invalid Okta connection: {exc}", vendor=self.vendor, permanent=True, code="bad_config"
            ) from exc

    @property
    def _auth(self) -> dict[str, str]:
        # okta 3.4.6 builds the per-request header as "SSWS" + token with no space (configuration.py
        # auth_settings), which overrides its own correct default header; Okta documents
        # "SSWS {token}". `_request_auth` is the SDK's per-call override, so the header is set here.
        return {
            "in": "header",
            "type": "api_key",
            "key": "Authorization",
            "value": f"SSWS {self.credentials['token']}",
        }

    def _run(self, operation: Callable[[OktaClient], Awaitable[T]]) -> T:
        """Run one async operation to completion on a private loop in its own thread."""

        async def main() -> T:
            return await operation(self._client())

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="okta-sdk") as pool:
            return pool.submit(asyncio.run, main()).result()

    async def _call(
        self,
        method: Callable[..., Awaitable[tuple[Any, ...]]],
        *args: Any,
        write: bool = False,
        raw: bool = False,
        **kwargs: Any,
    ) -> Any:
        """One SDK call: per-attempt timeout, capped 429 retries, every failure as a ConnectorError."""
        retries = int(self.config.get("max_retries", 2))
        max_wait = float(self.config.get("max_wait", 30))
        for attempt in range(retries + 1):
            try:
                result = await asyncio.wait_for(
                    method(*args, _request_auth=self._auth, **kwargs), self.timeout
                )
            except TimeoutError as exc:
                raise ConnectorError(
                    f"okta did not answer within {self.timeout:g}s",
                    vendor=self.vendor,
                    permanent=False,
                    code="timeout",
                    ambiguous=write,
                ) from exc
            data, err = (result[0], result[-1]) if len(result) in (2, 3) else (result, None)
            if err is None:
                # raw: the SDK's ApiResponse, for bodies its model drops (see reset_password)
                return result[1] if raw and len(result) == 3 else data
            error = self._map_error(err, write)
            if error.status == 429 and attempt < retries and (error.retry_after or 0) <= max_wait:
                wait = error.retry_after if error.retry_after is not None else 2.0**attempt
                log.info("okta answered 429; waiting %.1fs (attempt %d)", wait, attempt + 1)
                await asyncio.sleep(wait)
                continue
            raise error
        raise AssertionError("unreachable")

    def _map_error(self, err: Exception, write: bool) -> ConnectorError:
        if isinstance(err, OktaAPIError | HTTPError):
            status = err.status
            headers = err.headers if isinstance(err, OktaAPIError) else err.response_headers
            retry_after = self._retry_after(headers) if status in (429, 503) else None
            code = getattr(err, "error_code", None)
            summary = getattr(err, "error_summary", "") or err.message
            causes = "; ".join(c.get("errorSummary", "") for c in getattr(err, "error_causes", []) or [])
            message = f"{summary} ({causes})" if causes else summary
            permanent = status is not None and 400 <= status < 500 and status != 429
            return ConnectorError(
                message,
                vendor=self.vendor,
                permanent=permanent,
                status=status,
                code=code,
                retry_after=retry_after,
                ambiguous=write and status is not None and status >= 500,
            )
        # Transport failures: aiohttp errors, or the SDK's own "Request Timeout exceeded".
        return ConnectorError(
            f"Could not reach okta: {type(err).__name__}: {err}",
            vendor=self.vendor,
            permanent=False,
            code="connection_error",
            ambiguous=write,
        )

    @staticmethod
    def _retry_after(headers: Any) -> float | None:
        """Okta says when the window resets (epoch seconds) relative to its own Date; +1 as the SDK does."""
        if headers is None:
            return None
        if headers.get("Retry-After"):
            with contextlib.suppress(ValueError):
                return max(0.0, float(headers["Retry-After"]))
        reset, date = headers.get("X-Rate-Limit-Reset"), headers.get("Date")
        if not reset:
            return None
        try:
            now = email.utils.parsedate_to_datetime(date).timestamp() if date else time.time()
            return max(0.0, float(reset) - now + 1)
        except (TypeError, ValueError):
            return None

    # -- reads ------------------------------------------------------------------------------------
    def get_user(self, identifier: str) -> DirectoryUser | None:
        async def op(client: OktaClient) -> DirectoryUser | None:
            try:
                user = await self._call(client.get_user, identifier)
            except ConnectorError as exc:
                if exc.status == 404:
                    return None
                raise
            profile = user.profile
            roles, factors, manager = await asyncio.gather(
                self._call(client.list_assigned_roles_for_user, user.id),
                self._call(client.list_factors, user.id),
                self._manager_login(client, profile),
            )
            role_types = tuple(sorted({self._role_type(r) for r in roles or []} - {""}))
            methods = tuple(self._factor_name(f) for f in factors or [])
            status = self._status(user)
            return DirectoryUser(
                id=user.id,
                upn=profile.login,
                display_name=profile.display_name
                or f"{profile.first_name or ''} {profile.last_name or ''}".strip(),
                mail=profile.email or "",
                enabled=status not in DISABLED_STATUSES,
                locked=status == "LOCKED_OUT",
                manager_upn=manager,
                admin_roles=role_types,
                mfa_methods=methods,
                raw={
                    "status": status,
                    "profile": profile.to_dict(),
                    "password_changed": user.password_changed.isoformat() if user.password_changed else None,
                },
            )

        return self._run(op)

    async def _manager_login(self, client: OktaClient, profile: Any) -> str | None:
        """profile.managerId is authoritative (Okta's manager link); profile.manager is a text fallback."""
        if profile.manager_id:
            try:
                manager = await self._call(client.get_user, profile.manager_id)
                return manager.profile.login
            except ConnectorError as exc:
                if exc.status != 404:
                    raise
        return profile.manager if profile.manager and "@" in profile.manager else None

    @staticmethod
    def _status(user: Any) -> str:
        return getattr(user.status, "value", user.status) or ""

    @staticmethod
    def _role_type(role: Any) -> str:
        inner = getattr(role, "actual_instance", None) or role
        value = getattr(inner, "type", None)
        return str(getattr(value, "value", value) or "")

    @staticmethod
    def _factor_name(factor: Any) -> str:
        inner = getattr(factor, "actual_instance", None) or factor
        ftype = str(getattr(inner.factor_type, "value", inner.factor_type))
        provider = str(getattr(inner.provider, "value", inner.provider) or "")
        return FACTOR_NAMES.get((ftype, provider), ftype)

    def password_was_reset_since(self, user: DirectoryUser, since_iso: str) -> bool | None:
        """Okta moves passwordChanged when a temp password is issued: the reconciler can settle a reset."""

        async def op(client: OktaClient) -> bool | None:
            current = await self._call(client.get_user, user.id)
            if not current.password_changed:
                return None
            return current.password_changed >= datetime.fromisoformat(since_iso.replace("Z", "+00:00"))

        return self._run(op)

    # -- writes -----------------------------------------------------------------------------------
    def reset_password(self, user: DirectoryUser, *, temporary_password: str | None = None) -> str:  # type: ignore[override]
        """Expire the password and have Okta issue a temporary one; returns it (a secret: never log it).

        Okta generates the temporary password itself (expire_password_with_temp_password), so a
        caller's `temporary_password` cannot be applied: the executor must deliver the returned value.
        """
        self.ensure_allowed("reset_password")

        async def op(client: OktaClient) -> str:
            # okta 3.4.6 deserializes this response as a `User` and drops `tempPassword` (the spec says
            # schema `tempPassword`), so the value is read from the SDK's raw response body.
            response = await self._call(
                client.expire_password_with_temp_password,
                user.id,
                write=True,
                raw=True,
                revoke_sessions=bool(self.config.get("revoke_sessions_on_reset", True)),
            )
            try:
                return str(json.loads(response.raw_data)["tempPassword"])
            except (TypeError, ValueError, KeyError) as exc:
                # The password was reset but we can't hand it over: the executor must escalate, not retry.
                raise ConnectorError(
                    "Okta did not return a temporary password.",
                    vendor=self.vendor,
                    permanent=True,
                    code="no_temp_password",
                ) from exc

        return self._run(op)

    def unlock_account(self, user: DirectoryUser) -> None:
        """LOCKED_OUT -> ACTIVE. Safe to repeat: an already-active user counts as unlocked."""
        self.ensure_allowed("unlock_account")

        async def op(client: OktaClient) -> None:
            try:
                await self._call(client.unlock_user, user.id, write=True)
            except ConnectorError as exc:
                if exc.status != 400:
                    raise
                current = await self._call(client.get_user, user.id)
                if self._status(current) != "ACTIVE":
                    raise

        self._run(op)

    def revoke_sessions(self, user: DirectoryUser) -> None:
        self.ensure_allowed("revoke_sessions")
        self._run(lambda c: self._call(c.revoke_user_sessions, user.id, write=True, oauth_tokens=True))

    def reset_mfa(self, user: DirectoryUser) -> None:
        """Okta's re-enrolment: reset every factor; the user enrols again at next sign-in."""
        self.ensure_allowed("reset_mfa")
        self._run(lambda c: self._call(c.reset_factors, user.id, write=True))

    async def _group_id(self, client: OktaClient, name: str) -> str:
        groups = await self._call(client.list_groups, search=f'profile.name eq "{name}"')
        if not groups:
            raise ConnectorError(
                f"No Okta group named '{name}'.",
                vendor=self.vendor,
                permanent=True,
                status=404,
                code="group_not_found",
            )
        return groups[0].id

    def add_to_group(self, user: DirectoryUser, group: str) -> None:
        self.ensure_allowed("add_to_group")

        async def op(client: OktaClient) -> None:
            await self._call(
                client.assign_user_to_group, await self._group_id(client, group), user.id, write=True
            )

        self._run(op)

    def remove_from_group(self, user: DirectoryUser, group: str) -> None:
        self.ensure_allowed("remove_from_group")

        async def op(client: OktaClient) -> None:
            await self._call(
                client.unassign_user_from_group, await self._group_id(client, group), user.id, write=True
            )

        self._run(op)

    def create_user(
        self,
        *,
        login: str,
        first_name: str,
        last_name: str,
        email: str | None = None,
        groups: tuple[str, ...] = (),
        manager: str | None = None,
        activate: bool = True,
    ) -> DirectoryUser:
        """Create (and by default activate) a user without a password: Okta e-mails the activation."""
        self.ensure_allowed("create_user")

        async def op(client: OktaClient) -> str:
            group_ids = [await self._group_id(client, g) for g in groups]
            profile: dict[str, Any] = {
                "login": login,
                "email": email or login,
                "firstName": first_name,
                "lastName": last_name,
            }
            if manager:
                profile["manager"] = manager
            body = CreateUserRequest.from_dict(
                {"profile": profile, **({"groupIds": group_ids} if group_ids else {})}
            )
            created = await self._call(client.create_user, body, write=True, activate=activate)
            return created.id

        user_id = self._run(op)
        found = self.get_user(user_id)
        if found is None:  # created a moment ago; only a broken vendor gets here
            raise ConnectorError("Created user is not readable.", vendor=self.vendor, permanent=False)
        return found

    def disable_user(self, user: DirectoryUser) -> None:
        """Suspend (reversible, the default) or deactivate (deprovisions apps) per config `disable_mode`."""
        self.ensure_allowed("disable_user")
        mode = self.config.get("disable_mode", "suspend")

        async def op(client: OktaClient) -> None:
            if mode == "deactivate":
                await self._call(client.deactivate_user, user.id, write=True, send_email=False)
            else:
                await self._call(client.suspend_user, user.id, write=True)

        self._run(op)

    # -- verification -----------------------------------------------------------------------------
    def push_verify(
        self, user: DirectoryUser, factor: str | None = None, *, time_limit: float | None = None
    ) -> str:
        """Send an Okta Verify push and wait for the answer: "allow", "deny" or "timeout".

        `factor` is a factor id, or None for the user's push factor. The wait stops at `time_limit`
        (config `push_timeout`, default 60 s), polling every `push_poll_interval` seconds.
        """
        limit = float(time_limit if time_limit is not None else self.config.get("push_timeout", 60))
        interval = float(self.config.get("push_poll_interval", 2.0))

        async def op(client: OktaClient) -> str:
            factors = await self._call(client.list_factors, user.id)
            chosen = None
            for f in factors or []:
                inner = getattr(f, "actual_instance", None) or f
                if (factor and inner.id == factor) or (
                    not factor and self._factor_name(f) == "okta_verify_push"
                ):
                    chosen = inner
                    break
            if chosen is None:
                raise ConnectorError(
                    "The user has no Okta Verify push factor.",
                    vendor=self.vendor,
                    permanent=True,
                    code="no_push_factor",
                )
            started = time.monotonic()
            challenge = await self._call(client.verify_factor, user.id, chosen.id, write=True)
            result = str(getattr(challenge.factor_result, "value", challenge.factor_result))
            poll = challenge.links.poll.href if challenge.links and challenge.links.poll else None
            while result == "WAITING" and poll:
                if time.monotonic() - started + interval > limit:
                    return "timeout"
                await asyncio.sleep(interval)
                transaction_id = poll.rstrip("/").rsplit("/", 1)[-1]
                status = await self._call(
                    client.get_factor_transaction_status, user.id, chosen.id, transaction_id
                )
                result = str(getattr(status.factor_result, "value", status.factor_result))
            return {"SUCCESS": "allow", "REJECTED": "deny"}.get(result, "timeout")

        return self._run(op)
