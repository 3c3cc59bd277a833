"""The Okta connector: directory reads, identity writes and Okta Verify push, through the `okta` SDK.

How the SDK is driven (sync workers, isolated config, bounded retries) lives in `sdk.py`.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

from okta.client import Client as OktaClient
from okta.models.create_user_request import CreateUserRequest
from okta.models.update_user_request import UpdateUserRequest
from okta.models.user_next_login import UserNextLogin

from rallied.connectors.base import NAME_SEARCH_LIMIT, ConnectorError, DirectoryObject, DirectoryUser, name_words
from rallied.connectors.okta.leaver import LEAVER_KINDS, LeaverMixin

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
# Okta user risk levels that make the user a "risky user" for the policy's risk signals; LOW is not.
RISKY_LEVELS = {"HIGH", "MEDIUM"}
_KINDS = (
    "reset_password", "unlock_account", "revoke_sessions", "reset_mfa", "add_to_group", "remove_from_group",
    "create_user", "disable_user", "enable_user", "set_manager", *LEAVER_KINDS,
)


def okta_literal(value: str) -> str:
    """A string literal for Okta's search/filter language: backslash and double quote escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def next_cursor(headers: Mapping[str, Any]) -> str | None:
    """The `after` value of the Link rel="next" header, if there is a next page."""
    links = headers.get("Link") or headers.get("link") or ""
    for link in (links if isinstance(links, list) else str(links).split(",")):
        if 'rel="next"' in link:
            query = parse_qs(urlsplit(link.strip().split(";")[0].strip("<> ")).query)
            return (query.get("after") or [None])[0]
    return None


# Statuses in which a user can sign in (at most after changing the password): an unlock has nothing to do.
NOT_LOCKED = frozenset({"ACTIVE", "PASSWORD_EXPIRED", "RECOVERY"})


class OktaConnector(LeaverMixin):
    vendor = "okta"
    required_credentials = ("token",)
    # Okta has no licences (apps are assigned through groups) and no mailboxes.
    supports: ClassVar[Mapping[str, str]] = {kind: kind for kind in _KINDS}
    capability_notes: ClassVar[Mapping[str, str]] = {
        "revoke_sessions": "sessions + OAuth tokens",
        "reset_password": "temp password by Okta",
        "reset_mfa": "reset factors",
        "disable_user": "suspend",
        "enable_user": "unsuspend",
        "remove_mfa_methods": "reset factors",
    }
    unsupported_notes: ClassVar[Mapping[str, str]] = {
        # Okta signs people in to the mail system; the mailbox and its delegates live in that system.
        "grant_mailbox_access": "no mailboxes in Okta",
        "revoke_mailbox_access": "no mailboxes in Okta",
        "convert_mailbox": "no mailboxes in Okta",
        "hide_from_address_list": "no address list in Okta",
        "show_in_address_list": "no address list in Okta",
        "set_mail_forwarding": "no mailboxes in Okta",
        "clear_mail_forwarding": "no mailboxes in Okta",
    }
    # Nothing in the contract's Management API shows a session revocation (the user's passwordChanged, lastUpdated and
    # statusChanged stay as they were; the System Log is not part of it), so a revoke whose answer was lost is sent
    # again rather than guessed.
    harmless_repeats: ClassVar[Mapping[str, str]] = {
        "revoke_sessions": "Okta's DELETE /users/{id}/sessions answers 204 whether or not the user has a session, and "
                           "two revocations leave what one does: no session or OAuth token from before the second. "
                           "The only effect of the repeat is that a session opened between the two also ends, and "
                           "the user signs in again, which is what the revocation asks of them anyway.",
    }

    # -- reads ------------------------------------------------------------------------------------
    def get_user(self, identifier: str) -> DirectoryUser | None:
        async def op(client: OktaClient) -> DirectoryUser | None:
            try:
                user = await self._call(client.get_user, identifier)
            except ConnectorError as exc:
                if exc.status != 404:
                    raise
                user = await self._by_address(client, identifier)
                if user is None:
                    return None
            profile = user.profile
            roles, factors, manager, risk = await asyncio.gather(
                self._call(client.list_assigned_roles_for_user, user.id),
                self._call(client.list_factors, user.id),
                self._manager_login(client, profile),
                self._risk_level(client, user.id),
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
                risky=risk in RISKY_LEVELS,
                raw={
                    "status": status,
                    "risk_level": risk,
                    "profile": profile.to_dict(),
                    "password_changed": user.password_changed.isoformat() if user.password_changed else None,
                },
            )

        return self._run(op)

    async def _by_address(self, client: OktaClient, address: str) -> Any:
        """The one user whose primary or secondary e-mail is `address` when it is not their login (an alias)."""
        if "@" not in address:
            return None
        literal = okta_literal(address)
        found = await self._call(client.list_users, search=f"profile.email eq {literal} or "
                                                          f"profile.secondEmail eq {literal}", limit=2) or []
        return found[0] if len(found) == 1 else None

    def find_groups(self, identifier: str) -> list[DirectoryObject]:
        """Okta groups named `identifier`: `q` (a case-insensitive prefix search), kept when the name is equal."""
        async def op(client: OktaClient) -> list[DirectoryObject]:
            groups = await self._call(client.list_groups, q=identifier, limit=200) or []
            found = []
            for group in groups:
                # GroupProfile is an anyOf (Okta or AD group profile); its fields are in the plain dict.
                name = str((group.profile.to_dict() if group.profile else {}).get("name") or "")
                if name.casefold() == identifier.casefold():
                    found.append(DirectoryObject(id=group.id, key=name, name=name))
            return found

        return self._run(op)

    async def _risk_level(self, client: OktaClient, user_id: str) -> str:
        """Okta's user risk (GET /api/v1/users/{id}/risk): HIGH, MEDIUM, LOW or NONE. An org without the
        feature (or a token without okta.users.risk.read) answers 403/404: that is "" (unknown), not an error."""
        try:
            found = await self._call(client.get_user_risk, user_id)
        except ConnectorError as exc:
            if exc.status in (403, 404):
                return ""
            raise
        level = getattr(found, "risk_level", None)
        return str(getattr(level, "value", level) or "").upper()

    def count_users(self, *, up_to: int) -> int:
        """GET /api/v1/users, 200 a page, following the `after` cursor of the Link rel="next" header (Okta's
        cursor is opaque: it is read from the link, never made up). Deprovisioned users are not listed."""

        async def op(client: OktaClient) -> int:
            count, after = 0, None
            while count < up_to:
                response = await self._call(client.list_users, limit=200, raw=True,
                                            **({"after": after} if after else {}))
                count += len(json.loads(response.raw_data or b"[]") or [])
                after = next_cursor(response.headers or {})
                if not after:
                    break
            return min(count, up_to)

        return self._run(op)

    def find_users_by_name(self, name: str, *, limit: int = NAME_SEARCH_LIMIT) -> list[DirectoryUser]:
        """Okta `search` on the profile: displayName, then first + last name (many orgs leave displayName empty).

        A full name is an `eq` match; one word is a first name (`sw`, starts with) or a last name
        (`profile.lastName eq`). Values are SCIM-style string literals: backslashes and double
        quotes escaped; the SDK URL-encodes the expression.
        """
        words = name_words(name)
        if not words:
            return []
        full = " ".join(words)
        if len(words) == 1:
            searches = [f"profile.displayName sw {okta_literal(full)}", f"profile.firstName sw {okta_literal(full)}",
                        f"profile.lastName eq {okta_literal(full)}"]
        else:
            first, last = words[0], " ".join(words[1:])
            searches = [
                f"profile.displayName eq {okta_literal(full)}",
                f"profile.firstName eq {okta_literal(first)} and profile.lastName eq {okta_literal(last)}",
            ]

        async def op(client: OktaClient) -> list[DirectoryUser]:
            found: dict[str, DirectoryUser] = {}
            for expression in searches:
                for user in await self._call(client.list_users, search=expression, limit=limit) or []:
                    found.setdefault(user.id, self._listed_user(user))
            return list(found.values())[:limit]

        return self._run(op)

    def _listed_user(self, user: Any) -> DirectoryUser:
        profile = user.profile
        status = self._status(user)
        return DirectoryUser(
            id=user.id,
            upn=profile.login,
            display_name=profile.display_name or f"{profile.first_name or ''} {profile.last_name or ''}".strip(),
            mail=profile.email or "",
            enabled=status not in DISABLED_STATUSES,
            locked=status == "LOCKED_OUT",
            raw={"status": status},
        )

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

    def mfa_factors(self, user: DirectoryUser) -> list[dict[str, str]]:
        """The user's enrolled factors as {id, name}: what a targeted `delete_factor` needs."""

        async def op(client: OktaClient) -> list[dict[str, str]]:
            factors = await self._call(client.list_factors, user.id)
            return [
                {"id": str((getattr(f, "actual_instance", None) or f).id), "name": self._factor_name(f)}
                for f in factors or []
            ]

        return self._run(op)

    def password_was_reset_since(self, user: DirectoryUser, since_iso: str) -> bool | None:
        """Okta moves passwordChanged when a temp password is issued: the reconciler can settle a reset."""

        async def op(client: OktaClient) -> bool | None:
            current = await self._call(client.get_user, user.id)
            if not current.password_changed:
                return None
            return current.password_changed >= datetime.fromisoformat(since_iso.replace("Z", "+00:00"))

        return self._run(op)

    # -- writes -----------------------------------------------------------------------------------
    def reset_password(self, user: DirectoryUser, *, temporary_password: str) -> None:
        """Set the temporary password Rallied chose, then expire it so the user picks their own at sign-in.

        Rallied chooses it (not Okta's expire_password_with_temp_password, which picks one and returns it) so it
        is stored encrypted before this call: a worker that dies after Okta applied it leaves a password the
        reconciler can still deliver (playbooks/reconciler.py). Once the password is set, a failure of the
        calls after it must not read as "nothing happened": it is reported as ambiguous, and the reconciler
        settles the action from `passwordChanged`.
        """
        self.ensure_allowed("reset_password")
        request = UpdateUserRequest.from_dict({"credentials": {"password": {"value": temporary_password}}})

        async def op(client: OktaClient) -> None:
            await self._call(client.update_user, user.id, request, write=True)
            try:
                await self._call(client.expire_password, user.id, write=True)
                if self.config.get("revoke_sessions_on_reset", True):
                    await self._call(client.revoke_user_sessions, user.id, write=True, oauth_tokens=True)
            except ConnectorError as exc:
                raise ConnectorError(
                    f"Okta set the password, then failed to finish the reset: {exc.message}",
                    vendor=self.vendor, permanent=False, status=exc.status, code=exc.code, ambiguous=True,
                ) from exc

        self._run(op)

    def unlock_account(self, user: DirectoryUser) -> None:
        """LOCKED_OUT -> ACTIVE. Safe to repeat: a user who is not locked out counts as unlocked."""
        self.ensure_allowed("unlock_account")

        async def op(client: OktaClient) -> None:
            try:
                await self._call(client.unlock_user, user.id, write=True)
            except ConnectorError as exc:
                if exc.status != 400:
                    raise
                current = await self._call(client.get_user, user.id)
                # Okta refuses to unlock anyone not LOCKED_OUT. "Reset my password, I'm locked out" resets first,
                # which leaves the user PASSWORD_EXPIRED: not locked, and able to sign in with the new password.
                # A suspended or deprovisioned user is not "unlocked" by this, so that refusal stands.
                if self._status(current) not in NOT_LOCKED:
                    raise

        self._run(op)

    def revoke_sessions(self, user: DirectoryUser) -> None:
        self.ensure_allowed("revoke_sessions")
        self._run(lambda c: self._call(c.revoke_user_sessions, user.id, write=True, oauth_tokens=True))

    def reset_mfa(self, user: DirectoryUser) -> None:
        """Okta's re-enrolment: reset every factor; the user enrols again at next sign-in."""
        self.ensure_allowed("reset_mfa")
        self._run(lambda c: self._call(c.reset_factors, user.id, write=True))

    async def _group(self, client: OktaClient, name: str) -> Any:
        """The one Okta group named `name` (an exact `profile.name eq` search)."""
        groups = await self._call(client.list_groups, search=f"profile.name eq {okta_literal(name)}") or []
        if len(groups) != 1:
            raise ConnectorError(
                f"{'No' if not groups else 'More than one'} Okta group named '{name}'.",
                vendor=self.vendor, permanent=True, status=404 if not groups else 409, code="group_not_found",
            )
        group = groups[0]
        kind = str(getattr(group.type, "value", group.type) or "")
        if kind != "OKTA_GROUP":
            # Everyone (BUILT_IN) and groups imported from an app or a directory (APP_GROUP) are mastered
            # elsewhere: Okta refuses their members with a bare 403, which would read as a missing permission.
            origin = "built in" if kind == "BUILT_IN" else "imported from an app or a directory"
            raise ConnectorError(
                f"The Okta group '{name}' is {origin}: its members are managed there, not in Okta.",
                vendor=self.vendor, permanent=True, status=403, code="group_not_writable",
            )
        return group

    async def _in_group(self, client: OktaClient, user: DirectoryUser, group_id: str) -> bool:
        groups = await self._call(client.list_user_groups, user.id) or []
        return any(g.id == group_id for g in groups)

    def _change_membership(self, user: DirectoryUser, group: str, *, add: bool) -> dict[str, Any]:
        """Okta's PUT and DELETE of a membership answer 204 whether or not anything changed, so the membership is
        read before: the result says what it was (the undo of a removal) and whether this call changed it."""
        async def op(client: OktaClient) -> dict[str, Any]:
            found = await self._group(client, group)
            was_member = await self._in_group(client, user, found.id)
            if was_member != add:
                call = client.assign_user_to_group if add else client.unassign_user_from_group
                await self._call(call, found.id, user.id, write=True)
            return {"group": group, "group_id": found.id, "group_type": "okta_group", "via": "okta",
                    "was_member": was_member, "changed": was_member != add}

        return self._run(op)

    def add_to_group(self, user: DirectoryUser, group: str) -> dict[str, Any]:
        self.ensure_allowed("add_to_group")
        return self._change_membership(user, group, add=True)

    def remove_from_group(self, user: DirectoryUser, group: str) -> dict[str, Any]:
        self.ensure_allowed("remove_from_group")
        return self._change_membership(user, group, add=False)

    def is_member(self, user: DirectoryUser, group: str) -> bool:
        """Is the user in the group named `group`? A read, so the reconciler settles a group change that may have
        landed from Okta's state instead of sending it again."""
        async def op(client: OktaClient) -> bool:
            groups = await self._call(client.list_user_groups, user.id) or []
            names = {str((g.profile.to_dict() if g.profile else {}).get("name") or "").casefold() for g in groups}
            return group.casefold() in names

        return self._run(op)

    def create_user(
        self,
        upn: str,
        display_name: str = "",
        *,
        temporary_password: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
        groups: tuple[str, ...] = (),
        manager: str | None = None,
        job_title: str | None = None,
        department: str | None = None,
    ) -> DirectoryUser:
        """Create and activate a user.

        With `temporary_password` Okta sets it expired (`nextLogin=changePassword`): the user must
        change it at first sign-in, as with Entra and Google. Without one, Okta e-mails an activation
        link. First and last names default to the display name's first and remaining words.
        """
        self.ensure_allowed("create_user")
        given, _, family = display_name.strip().partition(" ")
        profile: dict[str, Any] = {
            "login": upn,
            "email": email or upn,
            "firstName": first_name or given or upn.split("@")[0],
            "lastName": last_name or family or given or upn.split("@")[0],
        }
        if manager:
            profile["manager"] = manager
        if job_title:
            profile["title"] = job_title
        if department:
            profile["department"] = department
        body: dict[str, Any] = {"profile": profile}
        options: dict[str, Any] = {"activate": True}
        if temporary_password:
            body["credentials"] = {"password": {"value": temporary_password}}
            options["next_login"] = UserNextLogin.CHANGEPASSWORD

        async def op(client: OktaClient) -> str:
            group_ids = [(await self._group(client, g)).id for g in groups]
            request = CreateUserRequest.from_dict({**body, **({"groupIds": group_ids} if group_ids else {})})
            created = await self._call(client.create_user, request, write=True, **options)
            return created.id

        user_id = self._run(op)
        found = self.get_user(user_id)
        if found is None:  # created a moment ago; only a broken vendor gets here
            raise ConnectorError("Created user is not readable.", vendor=self.vendor, permanent=False)
        return found

    def groups_of(self, user: DirectoryUser) -> list[str] | None:
        """Okta groups only: Everyone (BUILT_IN) and app-imported groups are managed outside Okta's memberships."""
        async def op(client: OktaClient) -> list[str]:
            groups = await self._call(client.list_user_groups, user.id) or []
            # GroupProfile is an anyOf (Okta or AD group profile): its fields are in the plain dict (find_groups).
            names = [str((g.profile.to_dict() if g.profile else {}).get("name") or "") for g in groups
                     if str(getattr(g.type, "value", g.type)) == "OKTA_GROUP"]
            return [name for name in names if name]

        return self._run(op)

    def set_manager(self, user: DirectoryUser, manager: str) -> dict[str, Any]:
        """Okta keeps the manager in the profile: `managerId` (the link get_user reads) and `manager` (the login, for
        the apps that read the text); a partial update (POST) leaves the rest of the profile as it was."""
        self.ensure_allowed("set_manager")

        async def op(client: OktaClient) -> str:
            boss = await self._call(client.get_user, manager)
            request = UpdateUserRequest.from_dict({"profile": {"manager": boss.profile.login, "managerId": boss.id}})
            await self._call(client.update_user, user.id, request, write=True)
            return str(boss.profile.login)

        return {"manager": self._run(op).lower(), "manager_before": user.manager_upn}

    def delete_factor(self, user: DirectoryUser, factor_id: str) -> bool:
        """Unenrol one factor (part of an MFA reset); False when it was already gone."""
        self.ensure_allowed("reset_mfa")

        async def op(client: OktaClient) -> bool:
            try:
                await self._call(client.unenroll_factor, user.id, factor_id, write=True)
            except ConnectorError as exc:
                if exc.status == 404:
                    return False
                raise
            return True

        return self._run(op)

    def disable_user(self, user: DirectoryUser) -> dict[str, Any]:
        """Suspend (reversible, the default) or deactivate (deprovisions apps) per config `disable_mode`; the result
        names the mode, since only a suspension is undone by `enable_user` (playbooks/undo.py)."""
        self.ensure_allowed("disable_user")
        mode = self.config.get("disable_mode", "suspend")

        async def op(client: OktaClient) -> None:
            if mode == "deactivate":
                await self._call(client.deactivate_user, user.id, write=True, send_email=False)
            else:
                await self._call(client.suspend_user, user.id, write=True)

        self._run(op)
        return {"mode": "deactivate" if mode == "deactivate" else "suspend"}

    def enable_user(self, user: DirectoryUser) -> None:
        """The undo of a suspension: `lifecycle/unsuspend` (a deactivated user is not undone here)."""
        self.ensure_allowed("enable_user")

        async def op(client: OktaClient) -> None:
            await self._call(client.unsuspend_user, user.id, write=True)

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
