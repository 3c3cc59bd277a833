"""Google Workspace through the Admin SDK Directory API, over plain HTTP.

Why not google-api-python-client: we call about ten Directory endpoints, and every outbound call
must go through `rallied.http` so Retry-After, backoff and "a failed write may have landed" are
decided in one place. The Google client would bring a second HTTP stack (httplib2 with its own
retries and error types) plus google-auth and the discovery machinery: large dependencies that
would bypass those rules. The service-account flow is small enough to do here with PyJWT and
cryptography: sign a JWT-bearer assertion (RS256; iss = the service account, sub = the admin it
impersonates through domain-wide delegation, scope, aud = token_uri), exchange it at `token_uri`,
cache the access token until shortly before it expires.

Least privilege on Google's side too: the token asks only for the OAuth scopes the service
account's allowed action kinds need (read scopes always), so a read-only connection cannot write
even if our own scope check were bypassed.

Google quirks held here:
- userKey may be the primary e-mail, an alias or the numeric id; we write by id once we know it.
- Rate limits arrive as 429 or as 403 with reason rateLimitExceeded/userRateLimitExceeded; the
  latter is a refusal before acting, so it is reported as temporary, not permanent.
- Google has no account lockout an admin can clear (failed sign-ins trigger login challenges, not a
  lock), so `unlock_account` is not supported; a suspended account is `disable_user`'s inverse.
- There is no "password last changed" on the User resource: `password_was_reset_since` reads the
  Reports API admin activity (CHANGE_PASSWORD). Reports lag behind, so "not found" means "can't
  say" (None), never False: a reconciler must not repeat a reset because a report is late.
- reset_mfa turns 2-Step Verification off (the user enrols again at next sign-in); it returns no
  secret, unlike Entra's Temporary Access Pass.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import quote

import jwt
import requests

from rallied import http
from rallied.connectors.base import (
    NAME_SEARCH_LIMIT,
    ConnectorError,
    DirectoryObject,
    DirectoryUser,
    IdentityConnector,
    name_words,
)
from rallied.connectors.leaver import unknowable_password
from rallied.kinds import GROUP_ROLES

SCOPE = "https://www.googleapis.com/auth/"
READ_SCOPES = ("admin.directory.user.readonly", "admin.directory.group.readonly")
KIND_SCOPES = {
    "reset_password": ("admin.directory.user", "admin.reports.audit.readonly"),
    "disable_user": ("admin.directory.user",),
    "enable_user": ("admin.directory.user",),
    "create_user": ("admin.directory.user",),
    "set_manager": ("admin.directory.user",),
    "revoke_sessions": ("admin.directory.user.security",),
    "reset_mfa": ("admin.directory.user.security",),
    "add_to_group": ("admin.directory.group.member",),
    "remove_from_group": ("admin.directory.group.member",),
    "scramble_password": ("admin.directory.user",),
    "remove_mfa_methods": ("admin.directory.user.security",),
    "hide_from_address_list": ("admin.directory.user",),
    "show_in_address_list": ("admin.directory.user",),
}
JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded"})

# (token_uri, client_email, subject, scopes) -> (access token, expires at). Shared by every instance
# in the process: workers build a connector per action and must not mint a token each time.
_TOKENS: dict[tuple[str, str, str, str], tuple[str, float]] = {}
_TOKENS_LOCK = threading.Lock()


def google_error(response: requests.Response) -> tuple[str | None, str]:
    """(reason, message) from Google's envelope; the OAuth endpoint's {error, error_description} too."""
    try:
        data = response.json()
    except ValueError:
        return None, (response.text or response.reason or "")[:500]
    err = data.get("error") if isinstance(data, dict) else None
    if isinstance(err, dict):
        reasons = [e.get("reason") for e in err.get("errors") or [] if isinstance(e, dict)]
        return (reasons[0] if reasons else err.get("status")), str(err.get("message") or "")
    return http.default_error_parser(response)


def google_literal(value: str) -> str:
    """A quoted value for a Directory API user query: backslash and single quote escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


class GoogleConnector(IdentityConnector):
    vendor = "google"
    required_config = ("admin_subject",)
    required_credentials = ("client_email", "private_key")
    # Every kind with an OAuth scope is a method of the same name. No unlock (Google has no lockout an
    # admin can clear), no licences (a separate Licensing API) and no mailbox delegation here.
    supports: ClassVar[Mapping[str, str]] = {kind: kind for kind in KIND_SCOPES}
    group_roles: ClassVar[tuple[str, ...]] = GROUP_ROLES  # members.insert `role`
    capability_notes: ClassVar[Mapping[str, str]] = {"reset_mfa": "2SV off", "disable_user": "suspend",
                                                     "enable_user": "unsuspend",
                                                     "remove_mfa_methods": "2SV off, codes, app passwords",
                                                     "hide_from_address_list": "includeInGlobalAddressList",
                                                     "show_in_address_list": "includeInGlobalAddressList"}
    unsupported_notes: ClassVar[Mapping[str, str]] = {
        # Gmail delegation is the Gmail API's users.settings.delegates, which needs the mailbox owner's own
        # delegated token per user: not something this Directory service account does.
        "grant_mailbox_access": "Gmail delegates: Gmail API",
        "revoke_mailbox_access": "Gmail delegates: Gmail API",
        # Google has no shared mailbox to convert a user's into (and the Directory API no delegation).
        "convert_mailbox": "no shared mailboxes",
        # Gmail's forwarding is users.settings.forwardingAddresses (Gmail API, the mailbox owner's own token and a
        # confirmation mail to the target); our Directory contract has no forwarding setting.
        "set_mail_forwarding": "Gmail forwarding: Gmail API",
        "clear_mail_forwarding": "Gmail forwarding: Gmail API",
    }
    # The Directory API's User shows no trace of users.signOut (no "sessions valid from"), so a sign-out whose answer
    # was lost is sent again rather than guessed.
    harmless_repeats: ClassVar[Mapping[str, str]] = {
        "revoke_sessions": "Google's users.signOut answers 204 with no body whatever the user's state, and two "
                           "sign-outs leave what one does: every web and device session from before the second is "
                           "ended. The only effect of the repeat is that a session opened between the two also ends, "
                           "and the user signs in again, which is what the sign-out asks of them anyway.",
    }
    # A password change shows only in the Reports API's admin activity, which lags behind the write (minutes, and at
    # times longer): the reconciler waits longer before it settles "no report yet" as failed.
    lagging_evidence: ClassVar[frozenset[str]] = frozenset({"reset_password"})

    # -- auth -----------------------------------------------------------------------------------------
    @property
    def scopes(self) -> str:
        if self.config.get("scopes"):
            names = set(self.config["scopes"])
        else:
            names = set(READ_SCOPES)
            for kind in self.allowed_kinds & set(self.supports):
                names.update(KIND_SCOPES[kind])
        return " ".join(sorted(n if n.startswith("https://") else SCOPE + n for n in names))

    def _cache_key(self) -> tuple[str, str, str, str]:
        token_uri = self.config.get("token_uri") or "https://oauth2.googleapis.com/token"
        issuer, subject = self.credentials.get("client_email", ""), self.config.get("admin_subject", "")
        return token_uri, issuer, subject, self.scopes

    def _access_token(self) -> str:
        key = self._cache_key()
        with _TOKENS_LOCK:
            cached = _TOKENS.get(key)
        if cached and cached[1] > time.time() + 60:
            return cached[0]
        token_uri, issuer, subject, scopes = key
        if not (issuer and subject and self.credentials.get("private_key")):
            raise ConnectorError("The Google connection needs client_email, private_key and admin_subject.",
                                 vendor=self.vendor, permanent=True, code="misconfigured")
        now = int(time.time())
        claims = {"iss": issuer, "sub": subject, "scope": scopes, "aud": token_uri, "iat": now,
                  "exp": now + 3600}
        kid = self.credentials.get("private_key_id")
        try:
            assertion = jwt.encode(claims, self.credentials["private_key"], algorithm="RS256",
                                   headers={"kid": kid} if kid else None)
        except (ValueError, TypeError, jwt.PyJWTError) as exc:  # an unreadable key: never retry
            raise ConnectorError("The Google service-account key could not be used to sign.",
                                 vendor=self.vendor, permanent=True, code="bad_private_key") from exc
        response = http.send("POST", token_uri, vendor=self.vendor, data={"grant_type": JWT_BEARER,
                             "assertion": assertion}, timeout=self.timeout, error_parser=google_error,
                             sleep=self.sleep, idempotent=True)  # a token request changes nothing: repeatable
        body = response.json()
        with _TOKENS_LOCK:
            _TOKENS[key] = (body["access_token"], time.time() + float(body.get("expires_in", 3600)))
        return body["access_token"]

    def _forget_token(self) -> None:
        with _TOKENS_LOCK:
            _TOKENS.pop(self._cache_key(), None)

    # -- transport ------------------------------------------------------------------------------------
    def _call(self, method: str, path: str, *, params: dict[str, Any] | None = None, body: Any = None,
              ok_statuses: tuple[int, ...] = ()) -> requests.Response:
        """One Directory call; a 401 (token revoked or expired early) gets one fresh token, nothing more."""
        for attempt in (1, 2):
            headers = {"Authorization": f"Bearer {self._access_token()}", "Accept": "application/json"}
            try:
                return http.send(method, f"{self.base_url}/{path}", vendor=self.vendor, headers=headers,
                                 params=params, json=body, timeout=self.timeout, error_parser=google_error,
                                 ok_statuses=ok_statuses, sleep=self.sleep)
            except ConnectorError as exc:
                if exc.status == 401 and attempt == 1:  # refused before acting: safe to repeat once
                    self._forget_token()
                    continue
                if exc.status == 403 and exc.code in RATE_LIMIT_REASONS:
                    exc.permanent = False
                raise
        raise AssertionError("unreachable")

    @staticmethod
    def _key(value: str) -> str:
        return quote(value, safe="@")

    def _user_path(self, user: DirectoryUser) -> str:
        return f"admin/directory/v1/users/{self._key(user.id or user.upn)}"

    # -- reads ----------------------------------------------------------------------------------------
    def get_user(self, identifier: str) -> DirectoryUser | None:
        response = self._call("GET", f"admin/directory/v1/users/{self._key(identifier)}", ok_statuses=(404,))
        if response.status_code == 404:
            return None
        return self._to_user(response.json())

    def count_users(self, *, up_to: int) -> int:
        """users.list, ids only, 500 a page (the API's maximum), confined to the tenant as `_search_users` is."""
        params: dict[str, Any] = {"maxResults": 500, "fields": "nextPageToken,users(id)"}
        if self.config.get("domain"):
            params["domain"] = self.config["domain"]
        else:
            params["customer"] = "my_customer"
        count = 0
        while count < up_to:
            data = self._call("GET", "admin/directory/v1/users", params=params).json()
            count += len(data.get("users") or [])
            if not data.get("nextPageToken"):
                break
            params["pageToken"] = data["nextPageToken"]
        return min(count, up_to)

    def find_users_by_name(self, name: str, *, limit: int = NAME_SEARCH_LIMIT) -> list[DirectoryUser]:
        """users.list with a search query: `name:'First Last'` for a full name; one word is a first
        name (`givenName:First*`) or a last name (`familyName:'Last'`), two listings as the query
        language has no OR.

        Google's `:` is a word match, so the results may include "Alex Wilber-Smith" for "Alex
        Wilber": the caller compares display names exactly. Values sit in single quotes with `\\`
        and `'` escaped by a backslash ("O'Brien" -> 'O\\'Brien'). The listing is confined to the
        tenant (`domain` from the connection, else `customer=my_customer`).
        """
        words = name_words(name)
        if not words:
            return []
        if len(words) > 1:
            return self._search_users(f"name:{google_literal(' '.join(words))}", limit)
        if re.fullmatch(r"[^\W_]+(?:-[^\W_]+)*", words[0]):
            given = f"givenName:{words[0]}*"  # every given name starting with it
        else:
            given = f"givenName:{google_literal(words[0])}"  # the prefix form takes no quotes
        found = {u.id: u for u in self._search_users(given, limit)}
        for user in self._search_users(f"familyName:{google_literal(words[0])}", limit):
            found.setdefault(user.id, user)
        return list(found.values())[:limit]

    def _search_users(self, query: str, limit: int) -> list[DirectoryUser]:
        """Up to `limit` users of the tenant matching a users.list `query`, following pages."""
        params: dict[str, Any] = {"query": query, "maxResults": min(limit, 500), "viewType": "admin_view"}
        if self.config.get("domain"):
            params["domain"] = self.config["domain"]
        else:
            params["customer"] = "my_customer"
        found: list[DirectoryUser] = []
        while True:
            data = self._call("GET", "admin/directory/v1/users", params=params).json()
            found.extend(self._to_user(item) for item in data.get("users") or [])
            if len(found) >= limit or not data.get("nextPageToken"):
                return found[:limit]
            params["pageToken"] = data["nextPageToken"]

    def _to_user(self, data: dict[str, Any]) -> DirectoryUser:
        roles: tuple[str, ...] = ()
        if data.get("isAdmin"):
            roles = ("Super Admin",)
        elif data.get("isDelegatedAdmin"):
            roles = ("Delegated Admin",)
        # relations is free-form; the manager relation's value is the manager's e-mail as seeded.
        manager = next((r.get("value") for r in data.get("relations") or []
                        if isinstance(r, dict) and r.get("type") == "manager"), None)
        return DirectoryUser(
            id=str(data["id"]),
            upn=data["primaryEmail"],
            display_name=(data.get("name") or {}).get("fullName", ""),
            mail=data["primaryEmail"],
            enabled=not data.get("suspended", False),
            locked=False,  # Google has no lockout state
            manager_upn=manager.lower() if isinstance(manager, str) else None,
            admin_roles=roles,
            mfa_methods=("2sv",) if data.get("isEnrolledIn2Sv") else (),
            raw=data,
        )

    def find_groups(self, identifier: str) -> list[DirectoryObject]:
        """The group `identifier` names: groups.get takes its e-mail, an alias or its id; a name is matched
        (case-insensitively, exactly) over the groups.list pages, which have no search by name."""
        if "@" in identifier:
            response = self._call("GET", f"admin/directory/v1/groups/{self._key(identifier)}", ok_statuses=(404,))
            return [] if response.status_code == 404 else [self._to_group(response.json())]
        params: dict[str, Any] = {"maxResults": 200}
        if self.config.get("domain"):
            params["domain"] = self.config["domain"]
        else:
            params["customer"] = "my_customer"
        found: list[DirectoryObject] = []
        while True:
            data = self._call("GET", "admin/directory/v1/groups", params=params).json()
            found += [self._to_group(g) for g in data.get("groups") or []
                      if str(g.get("name") or "").casefold() == identifier.casefold()]
            if not data.get("nextPageToken"):
                return found
            params["pageToken"] = data["nextPageToken"]

    @staticmethod
    def _to_group(data: dict[str, Any]) -> DirectoryObject:
        email = str(data.get("email") or "").lower()
        aliases = tuple(str(a).lower() for a in [*(data.get("aliases") or []), *(data.get("nonEditableAliases") or [])])
        return DirectoryObject(id=str(data.get("id") or email), key=email, name=str(data.get("name") or ""),
                               address=email, aliases=aliases)

    def is_member(self, user: DirectoryUser, group: str) -> bool:
        path = f"admin/directory/v1/groups/{self._key(group)}/hasMember/{self._key(user.upn)}"
        return bool(self._call("GET", path).json().get("isMember"))

    def password_was_reset_since(self, user: DirectoryUser, since_iso: str) -> bool | None:
        response = self._call(
            "GET", "admin/reports/v1/activity/users/all/applications/admin",
            params={"eventName": "CHANGE_PASSWORD", "startTime": since_iso,
                    "filters": f"USER_EMAIL=={user.upn}"},
        )
        return True if response.json().get("items") else None

    # -- writes ---------------------------------------------------------------------------------------
    def reset_password(self, user: DirectoryUser, *, temporary_password: str) -> None:
        self.ensure_allowed("reset_password")
        # hashFunction omitted: Google hashes the clear value itself; we never hold a hash to send.
        self._call("PUT", self._user_path(user),
                   body={"password": temporary_password, "changePasswordAtNextLogin": True})

    def revoke_sessions(self, user: DirectoryUser) -> None:
        self.ensure_allowed("revoke_sessions")
        self._call("POST", f"{self._user_path(user)}/signOut")

    def reset_mfa(self, user: DirectoryUser) -> None:
        self.ensure_allowed("reset_mfa")
        self._call("POST", f"{self._user_path(user)}/twoStepVerification/turnOff")

    # -- offboarding: nothing is issued to the leaver --------------------------------------------------
    def scramble_password(self, user: DirectoryUser) -> dict[str, Any]:
        """users.update with a random password nobody receives (rallied/connectors/leaver.py)."""
        self.ensure_allowed("scramble_password")
        self._call("PUT", self._user_path(user),
                   body={"password": unknowable_password(), "changePasswordAtNextLogin": False})
        return {"scrambled": True}

    def remove_mfa_methods(self, user: DirectoryUser) -> dict[str, Any]:
        """2-Step Verification off, the backup codes invalidated, every app password deleted: what the Directory
        API offers of a user's second factors (a security key or the phone prompt goes with 2SV)."""
        self.ensure_allowed("remove_mfa_methods")
        path, removed = self._user_path(user), []
        if user.raw.get("isEnrolledIn2Sv"):
            self._call("POST", f"{path}/twoStepVerification/turnOff")
            removed.append("2sv")
        self._call("POST", f"{path}/verificationCodes/invalidate")
        for asp in self._call("GET", f"{path}/asps").json().get("items") or []:
            self._call("DELETE", f"{path}/asps/{asp['codeId']}", ok_statuses=(404,))
            removed.append(f"app password {asp.get('name') or asp['codeId']}")
        return {"removed": removed}

    def _address_list(self, user: DirectoryUser, kind: str, *, hidden: bool) -> dict[str, Any]:
        self.ensure_allowed(kind)
        was_hidden = user.raw.get("includeInGlobalAddressList") is False
        shown = self._call("PUT", self._user_path(user), body={"includeInGlobalAddressList": not hidden}).json()
        if shown.get("includeInGlobalAddressList") is hidden:
            raise ConnectorError(f"Google still shows {user.upn} {'in' if hidden else 'out of'} the address list.",
                                 vendor=self.vendor, permanent=True, code="not_confirmed")
        return {"was_hidden": was_hidden}

    def hide_from_address_list(self, user: DirectoryUser) -> dict[str, Any]:
        return self._address_list(user, "hide_from_address_list", hidden=True)

    def show_in_address_list(self, user: DirectoryUser) -> dict[str, Any]:
        return self._address_list(user, "show_in_address_list", hidden=False)

    def disable_user(self, user: DirectoryUser) -> None:
        self.ensure_allowed("disable_user")
        self._call("PUT", self._user_path(user), body={"suspended": True})

    def enable_user(self, user: DirectoryUser) -> None:
        """The undo of disable_user: the account is no longer suspended."""
        self.ensure_allowed("enable_user")
        self._call("PUT", self._user_path(user), body={"suspended": False})

    def member_role(self, user: DirectoryUser, group: str) -> str | None:
        """The user's role in the group, None when not a member (the reconciler's read of a role given)."""
        return self._member_role(user, group)

    def _member_role(self, user: DirectoryUser, group: str) -> str | None:
        """The user's role in the group (MEMBER, MANAGER, OWNER), None when not a member: members.get by e-mail.
        Google's 404 names the key it missed; a missing group is an error, a missing member the answer."""
        path = f"admin/directory/v1/groups/{self._key(group)}/members/{self._key(user.upn)}"
        response = self._call("GET", path, ok_statuses=(404,))
        if response.status_code == 404:
            reason, message = google_error(response)
            if "memberKey" not in message:
                raise ConnectorError(message or f"No Google group '{group}'.", vendor=self.vendor, permanent=True,
                                     status=404, code=reason or "notFound")
            return None
        return str(response.json().get("role") or "MEMBER")

    def add_to_group(self, user: DirectoryUser, group: str, role: str | None = None) -> dict[str, Any]:
        """Add the user to the group (e-mail or id) with `role` (MEMBER when not given; members.insert `role`), then
        read the role back. `changed` is False (and it is success) when they were in it already with that role.

        Whether a role above MEMBER may be given at all is the floor's question (approvals/policy.py: only the undo
        of a removal, restoring the role recorded then). A member holding another role is not changed here: moving
        someone's role in a group they are still in is a technician's call, so it fails saying so."""
        self.ensure_allowed("add_to_group")
        wanted = str(role or "MEMBER").upper()
        if wanted not in GROUP_ROLES:
            raise ConnectorError(f"{role!r} is not a Google group role ({', '.join(GROUP_ROLES)}).",
                                 vendor=self.vendor, permanent=True, code="invalid_role")
        before = self._member_role(user, group)
        if before is None:
            try:
                self._call("POST", f"admin/directory/v1/groups/{self._key(group)}/members",
                           body={"email": user.upn, "role": wanted})
            except ConnectorError as exc:
                if not (exc.status == 409 and exc.code == "duplicate"):  # added meanwhile: read below what holds
                    raise
        after = self._member_role(user, group)
        if after != wanted and (role is not None or after is None):
            raise ConnectorError(f"Google shows {user.upn} in {group} as {after or 'no member'}, not {wanted}"
                                 f"{'; their role was not changed' if before else ''}.", vendor=self.vendor,
                                 permanent=True, code="not_confirmed")
        return {"group": group, "group_type": "google_group", "via": "google", "was_member": before is not None,
                "role_before": before, "role": after, "changed": before is None}

    def remove_from_group(self, user: DirectoryUser, group: str) -> dict[str, Any]:
        """Remove the user; `role_before` keeps what they were (an OWNER removed is given back as an OWNER by the
        undo), `changed` is False (and it is success) when they were not a member."""
        self.ensure_allowed("remove_from_group")
        role = self._member_role(user, group)
        if role is not None:
            try:
                self._call("DELETE", f"admin/directory/v1/groups/{self._key(group)}/members/{self._key(user.upn)}")
            except ConnectorError as exc:
                if not (exc.status == 404 and "memberKey" in exc.message):  # removed meanwhile: the goal holds
                    raise
        return {"group": group, "group_type": "google_group", "via": "google", "was_member": role is not None,
                "role_before": role, "changed": role is not None}

    def groups_of(self, user: DirectoryUser) -> list[str] | None:
        found: list[str] = []
        token = None
        while True:
            params = {"userKey": user.upn, **({"pageToken": token} if token else {})}
            data = self._call("GET", "admin/directory/v1/groups", params=params).json()
            found += [g["email"] for g in data.get("groups") or [] if g.get("email")]
            token = data.get("nextPageToken")
            if not token:
                return found

    def set_manager(self, user: DirectoryUser, manager: str) -> dict[str, Any]:
        """Google has no manager link, only the free-form `relations` list: the manager relation is replaced, every
        other relation kept (a PATCH of `relations` replaces the whole list)."""
        self.ensure_allowed("set_manager")
        current = self._call("GET", f"admin/directory/v1/users/{self._key(user.upn)}").json()
        kept = [r for r in current.get("relations") or [] if isinstance(r, dict) and r.get("type") != "manager"]
        body = {"relations": [*kept, {"value": manager.lower(), "type": "manager"}]}
        self._call("PATCH", f"admin/directory/v1/users/{self._key(user.upn)}", body=body)
        return {"manager": manager.lower(), "manager_before": user.manager_upn}

    def create_user(self, upn: str, display_name: str, *, temporary_password: str, job_title: str | None = None,
                    department: str | None = None) -> DirectoryUser:
        self.ensure_allowed("create_user")
        # Google requires both names; a one-word display name fills both.
        given, _, family = display_name.strip().partition(" ")
        given = given or upn.split("@")[0]
        body = {
            "primaryEmail": upn,
            "name": {"givenName": given, "familyName": family or given},
            "password": temporary_password,
            "changePasswordAtNextLogin": True,
        }
        if job_title or department:  # Google keeps both in the user's primary organization
            body["organizations"] = [{k: v for k, v in (("title", job_title), ("department", department),
                                                        ("primary", True)) if v}]
        return self._to_user(self._call("POST", "admin/directory/v1/users", body=body).json())
