"""Simulated Okta Management API: users, lifecycle, factors with push verify, groups, roles.

One sandbox serves every Okta tenant of the directory under one prefix, so the org is chosen by the
SSWS token (each tenant gets its own deterministic, sandbox-only token). Quirks kept from the real
service because the okta SDK depends on them: errors are Okta's JSON envelope with
`Content-Type: application/json`; every response carries `Date` and `X-Rate-Limit-*` (the SDK refuses
to retry a 429 without them); paging `Link` headers come as `self` first and `next` last (the SDK
keeps only the last header of a name).
"""

from __future__ import annotations

import hashlib
import re
import time
import uuid
from datetime import UTC, datetime
from email.utils import formatdate
from typing import Any
from urllib.parse import quote, urlencode

from sandbox.core import JSON, Handler, Request, Response, Vendor
from sandbox.vendors import okta_search

RATE_LIMIT = 600  # per-minute bucket, as Okta reports it for /api/v1/users
SEEDED_AT = "2024-01-02T09:00:00.000Z"
# The directory file names factors the way people say them; Okta names them by type and provider.
FACTORS = {
    "okta_verify_push": ("push", "OKTA", "opf"),
    "okta_verify_totp": ("token:software:totp", "OKTA", "ost"),
    "google_authenticator": ("token:software:totp", "GOOGLE", "uft"),
    "sms": ("sms", "OKTA", "mbl"),
    "call": ("call", "OKTA", "clf"),
    "email": ("email", "OKTA", "emf"),
    "webauthn": ("webauthn", "FIDO", "fwf"),
}
ROLE_LABELS = {
    "SUPER_ADMIN": "Super Administrator",
    "ORG_ADMIN": "Organizational Administrator",
    "USER_ADMIN": "Group Administrator",
    "HELP_DESK_ADMIN": "Help Desk Administrator",
    "APP_ADMIN": "Application Administrator",
    "READ_ONLY_ADMIN": "Read-only Administrator",
}


def sandbox_token(slug: str) -> str:
    """The sandbox-only SSWS token of a tenant: deterministic, shaped like an Okta API token."""
    return "00" + hashlib.sha256(f"rallied-sandbox-okta:{slug}".encode()).hexdigest()[:40]


def okta_id(prefix: str, *parts: str) -> str:
    """A stable 20-character Okta-style id (00u… users, 00g… groups, opf… factors)."""
    return prefix + hashlib.sha1("|".join(parts).encode()).hexdigest()[: 20 - len(prefix)]  # noqa: S324


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class OktaVendor(Vendor):
    prefix = "okta"

    # -- state ------------------------------------------------------------------------------------
    def reset(self, directory: dict[str, Any]) -> None:
        self.orgs: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, str] = {}
        for tenant in directory.get("tenants", []):
            if tenant.get("idp") == "okta":
                self.tokens[sandbox_token(tenant["slug"])] = tenant["slug"]
                self.orgs[tenant["slug"]] = self._seed(tenant)

    def _seed(self, tenant: dict[str, Any]) -> dict[str, Any]:
        slug = tenant["slug"]
        org: dict[str, Any] = {
            "users": {},
            "groups": {},
            "members": set(),
            "factors": {},
            "roles": {},
            "transactions": {},
            "events": [],
        }
        for group in tenant.get("groups", []):
            gid = okta_id("00g", slug, group["name"])
            org["groups"][gid] = {
                "id": gid,
                "created": SEEDED_AT,
                "lastUpdated": SEEDED_AT,
                "lastMembershipUpdated": SEEDED_AT,
                "objectClass": ["okta:user_group"],
                "type": "BUILT_IN" if group.get("kind") == "built_in" else "OKTA_GROUP",
                "profile": {"name": group["name"], "description": group.get("description") or ""},
            }
        ids = {u["login"]: okta_id("00u", slug, u["login"]) for u in tenant.get("users", [])}
        for person in tenant.get("users", []):
            uid = ids[person["login"]]
            first, _, last = person.get("display_name", person["login"]).partition(" ")
            profile = {
                "firstName": first,
                "lastName": last or first,
                "displayName": person.get("display_name"),
                "email": person["login"],
                "login": person["login"],
                "title": person.get("job_title"),
                "department": person.get("department"),
                "mobilePhone": person.get("mobile"),
                # Okta's manager attributes: managerId is the manager's user id; manager holds their login.
                "manager": person.get("manager"),
                "managerId": ids.get(person.get("manager") or ""),
            }
            user = self._new_user(uid, profile, status=(person.get("state") or {}).get("status", "ACTIVE"))
            user["created"] = user["lastUpdated"] = user["statusChanged"] = SEEDED_AT
            user["_sandbox"] = {
                "push_response": person.get("push_response", "approve"),
                "vip": bool(person.get("vip")),
                # Okta's user risk (GET/PUT /api/v1/users/{id}/risk); the directory file has no risk field yet.
                "risk_level": str(person.get("risk_level") or "NONE").upper(),
            }
            org["users"][uid] = user
            for name in person.get("groups", []):
                org["members"].add((okta_id("00g", slug, name), uid))
            org["factors"][uid] = [self._factor(slug, uid, kind, person) for kind in person.get("mfa", [])]
            org["roles"][uid] = [self._role(slug, uid, role) for role in person.get("roles", [])]
        return org

    def _new_user(self, uid: str, profile: dict[str, Any], status: str) -> dict[str, Any]:
        stamp = now_iso()
        return {
            "id": uid,
            "status": status,
            "created": stamp,
            "activated": stamp if status != "STAGED" else None,
            "statusChanged": stamp,
            "lastLogin": None,
            "lastUpdated": stamp,
            "passwordChanged": SEEDED_AT,
            "type": {"id": "oty1sandboxdefault00"},
            "profile": profile,
            "credentials": {"password": {}, "provider": {"type": "OKTA", "name": "OKTA"}},
        }

    def _factor(self, slug: str, uid: str, kind: str, person: dict[str, Any]) -> dict[str, Any]:
        factor_type, provider, prefix = FACTORS.get(kind, (kind, "OKTA", "fct"))
        profile: dict[str, Any] = {}
        if factor_type in ("sms", "call"):
            profile = {
                "phoneNumber": re.sub(r"[^\d+]", "", person.get("mobile") or "")
            }  # E.164, as Okta stores it
        elif factor_type == "push":
            profile = {
                "name": "iPhone",
                "platform": "IOS",
                "version": "17.4",
                "credentialId": person["login"],
            }
        elif factor_type == "webauthn":
            profile = {"authenticatorName": "Security key", "credentialId": okta_id("", slug, uid, kind)}
        return {
            "id": okta_id(prefix, slug, uid, kind),
            "factorType": factor_type,
            "provider": provider,
            "vendorName": provider,
            "status": "ACTIVE",
            "created": SEEDED_AT,
            "lastUpdated": SEEDED_AT,
            "profile": profile,
        }

    def _role(self, slug: str, uid: str, role: str) -> dict[str, Any]:
        return {
            "id": okta_id("ra1", slug, uid, role),
            "label": ROLE_LABELS.get(role, role),
            "type": role,
            "status": "ACTIVE",
            "created": SEEDED_AT,
            "lastUpdated": SEEDED_AT,
            "assignmentType": "USER",
        }

    def dump(self) -> JSON:
        """The state for /_control/state. Never holds a clear password: only that one was set, when, and its
        SHA-256 (so a test can prove the account has the password that was delivered)."""
        out: dict[str, Any] = {}
        for slug, org in self.orgs.items():
            out[slug] = {
                "users": {
                    u["profile"]["login"]: {
                        "id": u["id"],
                        "status": u["status"],
                        "passwordChanged": u["passwordChanged"],
                        "passwordSha256": u.get("_sandbox", {}).get("password_sha256"),
                        "groups": sorted(
                            org["groups"][g]["profile"]["name"] for g, m in org["members"] if m == uid
                        ),
                        "factors": [f["factorType"] for f in org["factors"].get(uid, [])],
                        "roles": [r["type"] for r in org["roles"].get(uid, [])],
                        "profile": u["profile"],
                    }
                    for uid, u in org["users"].items()
                },
                "events": list(org["events"]),
            }
        return out

    # -- the vendor's envelope and headers ----------------------------------------------------------
    def _headers(self, remaining: int | None = None) -> list[tuple[str, str]]:
        now = time.time()
        # Date is set here, from the same clock as X-Rate-Limit-Reset, so the SDK's backoff
        # (reset - Date + 1) is exact: a 429 resets at the current second, so the wait is ~1 s.
        reset = int(now) if remaining == 0 else int(now) + 60
        return [
            ("Date", formatdate(now, usegmt=True)),
            ("X-Rate-Limit-Limit", str(RATE_LIMIT)),
            ("X-Rate-Limit-Remaining", str(RATE_LIMIT - 1 if remaining is None else remaining)),
            ("X-Rate-Limit-Reset", str(reset)),
            ("X-Okta-Request-Id", uuid.uuid4().hex[:20]),
        ]

    def error(self, status: int, code: str, message: str, causes: list[str] | None = None) -> Response:
        okta_codes = {
            400: ("E0000001", "Api validation failed"),
            401: ("E0000011", "Invalid token provided"),
            403: ("E0000006", "You do not have permission to perform the requested action"),
            404: ("E0000007", "Not found: Resource not found"),
            405: ("E0000022", "The endpoint does not support the provided HTTP method"),
            429: ("E0000047", "API call exceeded rate limit due to too many requests."),
            500: ("E0000009", "Internal Server Error"),
            503: ("E0000010", "Service is in read only mode"),
        }
        if not re.fullmatch(r"E\d{7}", code):  # an injected fault or the core's generic codes
            code, summary = okta_codes.get(status, ("E0000009", message))
            message = summary if status in okta_codes else message
        body = {
            "errorCode": code,
            "errorSummary": message,
            "errorLink": code,
            "errorId": "oae" + uuid.uuid4().hex[:19],
            "errorCauses": [{"errorSummary": c} for c in causes or []],
        }
        return Response(status, body, headers=self._headers(remaining=0 if status == 429 else None))

    def ok(
        self, body: JSON | None, status: int = 200, extra: list[tuple[str, str]] | None = None
    ) -> Response:
        return Response(status, body, headers=self._headers() + (extra or []))

    def authenticate(self, req: Request) -> Response | None:
        auth = req.header("authorization") or ""
        token = auth[5:].strip() if auth.startswith("SSWS ") else None
        if token not in self.tokens:
            return self.error(401, "E0000011", "Invalid token provided")
        return None

    def org(self, req: Request) -> dict[str, Any]:
        return self.orgs[self.tokens[(req.header("authorization") or "")[5:].strip()]]

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        if tenant.get("idp") != "okta":
            return None
        return {
            "vendor": "okta",
            "base_url": f"{sandbox_url}/okta",
            "config": {"org": tenant["slug"]},
            "credentials": {"token": sandbox_token(tenant["slug"])},
        }

    # -- routes -----------------------------------------------------------------------------------
    def routes(self) -> list[tuple[str, str, Handler]]:
        u = r"/api/v1/users/(?P<uid>[^/]+)"
        return [
            ("GET", r"/api/v1/users", self.list_users),
            ("POST", r"/api/v1/users", self.create_user),
            ("GET", u, self.get_user),
            ("POST", u, self.update_user),
            ("PUT", u, self.update_user),
            ("GET", u + r"/groups", self.user_groups),
            ("GET", u + r"/roles", self.user_roles),
            ("POST", u + r"/lifecycle/(?P<op>[a-z_]+)", self.lifecycle),
            ("GET", u + r"/factors", self.list_factors),
            ("DELETE", u + r"/factors/(?P<fid>[^/]+)", self.delete_factor),
            ("POST", u + r"/factors/(?P<fid>[^/]+)/verify", self.verify_factor),
            ("GET", u + r"/factors/(?P<fid>[^/]+)/transactions/(?P<tid>[^/]+)", self.transaction),
            ("DELETE", u + r"/sessions", self.revoke_sessions),
            ("GET", u + r"/risk", self.get_risk),
            ("PUT", u + r"/risk", self.put_risk),
            ("GET", r"/api/v1/groups", self.list_groups),
            ("GET", r"/api/v1/groups/(?P<gid>[^/]+)", self.get_group),
            ("GET", r"/api/v1/groups/(?P<gid>[^/]+)/users", self.group_users),
            ("PUT", r"/api/v1/groups/(?P<gid>[^/]+)/users/(?P<uid>[^/]+)", self.add_member),
            ("DELETE", r"/api/v1/groups/(?P<gid>[^/]+)/users/(?P<uid>[^/]+)", self.remove_member),
        ]

    # -- helpers ----------------------------------------------------------------------------------
    def _find_user(self, req: Request) -> dict[str, Any] | None:
        """By id, login, or login shortname when unambiguous (as the real getUser)."""
        users = self.org(req)["users"]
        key = req.params["uid"]
        if key in users:
            return users[key]
        found = [u for u in users.values() if u["profile"]["login"].lower() == key.lower()]
        if not found:
            found = [u for u in users.values() if u["profile"]["login"].split("@")[0].lower() == key.lower()]
        return found[0] if len(found) == 1 else None

    def _not_found(self, what: str, key: str) -> Response:
        return self.error(404, "E0000007", f"Not found: Resource not found: {key} ({what})")

    def _user_json(self, req: Request, user: dict[str, Any]) -> dict[str, Any]:
        body = {k: v for k, v in user.items() if not k.startswith("_")}
        body["profile"] = {k: v for k, v in user["profile"].items() if v is not None}
        href = f"{req.base_url}/api/v1/users/{user['id']}"
        body["_links"] = {"self": {"href": href}}
        return body

    def _page(self, req: Request, items: list[dict[str, Any]], path: str) -> Response:
        """Cursor paging with `limit`/`after`; Link rel=self first, rel=next last (what the SDK reads)."""
        limit = min(int(req.arg("limit") or 200), 200)
        after = req.arg("after")
        start = next((i + 1 for i, x in enumerate(items) if x["id"] == after), 0) if after else 0
        page = items[start : start + limit]
        keep = {k: v[0] for k, v in req.query.items() if k not in ("after",)}
        self_query = {**keep, **({"after": after} if after else {})}
        links = [
            ("Link", f'<{req.base_url}{path}?{urlencode(self_query, quote_via=quote)}>; rel="self"'),
        ]
        if start + limit < len(items):
            nxt = urlencode({**keep, "after": page[-1]["id"], "limit": limit}, quote_via=quote)
            links.append(("Link", f'<{req.base_url}{path}?{nxt}>; rel="next"'))
        return self.ok(page, extra=links)

    @staticmethod
    def _matches(user: dict[str, Any], expression: str) -> bool | None:
        """Okta's filter/search language (okta_search): `attr eq|sw|co "v"`, and/or, (); None = unparseable."""
        try:
            return okta_search.matches(user, expression)
        except okta_search.SearchError:
            return None

    def _events(self, req: Request, user: dict[str, Any], what: str) -> None:
        self.org(req)["events"].append({"at": now_iso(), "user": user["profile"]["login"], "event": what})

    # -- users ------------------------------------------------------------------------------------
    def list_users(self, req: Request) -> Response:
        users = list(self.org(req)["users"].values())
        expression = req.arg("search") or req.arg("filter")
        if expression:
            matched = [u for u in users if self._matches(u, expression)]
            if any(self._matches(u, expression) is None for u in users[:1]):
                return self.error(
                    400, "E0000031", "Invalid search criteria.", [f"Unsupported expression: {expression}"]
                )
            users = matched
        elif req.arg("q"):
            q = req.arg("q", "").lower()
            users = [
                u
                for u in users
                if u["status"] != "DEPROVISIONED"
                and any(
                    str(u["profile"].get(k) or "").lower().startswith(q)
                    for k in ("firstName", "lastName", "email", "login")
                )
            ]
        elif not req.arg("search"):
            users = [u for u in users if u["status"] != "DEPROVISIONED"]
        return self._page(req, [self._user_json(req, u) for u in users], "/api/v1/users")

    def get_user(self, req: Request) -> Response:
        user = self._find_user(req)
        return self.ok(self._user_json(req, user)) if user else self._not_found("User", req.params["uid"])

    def _risk_json(self, req: Request, user: dict[str, Any]) -> dict[str, Any]:
        level = user.get("_sandbox", {}).get("risk_level", "NONE")
        body: dict[str, Any] = {"riskLevel": level}
        if level != "NONE":
            body["reason"] = "Admin override risk"
        body["_links"] = {"user": {"href": f"{req.base_url}/api/v1/users/{user['id']}"}}
        return body

    def get_risk(self, req: Request) -> Response:
        user = self._find_user(req)
        return self.ok(self._risk_json(req, user)) if user else self._not_found("User", req.params["uid"])

    def put_risk(self, req: Request) -> Response:
        """Upsert a user's risk (an admin override): riskLevel HIGH or LOW."""
        user = self._find_user(req)
        if user is None:
            return self._not_found("User", req.params["uid"])
        level = str((req.json() or {}).get("riskLevel", "")).upper()
        if level not in ("HIGH", "LOW"):
            return self.error(400, "E0000001", "Api validation failed: riskLevel", ["riskLevel: HIGH or LOW"])
        user.setdefault("_sandbox", {})["risk_level"] = level
        return self.ok(self._risk_json(req, user))

    def create_user(self, req: Request) -> Response:
        body = req.json() or {}
        profile = body.get("profile") or {}
        missing = [k for k in ("login", "email", "firstName", "lastName") if not profile.get(k)]
        if missing:
            return self.error(
                400,
                "E0000001",
                "Api validation failed: login",
                [f"{k}: The field cannot be left blank" for k in missing],
            )
        org = self.org(req)
        if any(u["profile"]["login"].lower() == profile["login"].lower() for u in org["users"].values()):
            return self.error(
                400,
                "E0000001",
                "Api validation failed: login",
                ["login: An object with this field already exists in the current organization"],
            )
        activate = (req.arg("activate") or "true") == "true"
        password = ((body.get("credentials") or {}).get("password") or {}).get("value")
        if password is not None and (not isinstance(password, str) or len(password) < 8):
            return self.error(400, "E0000001", "Api validation failed: password",
                              ["password: Password requirements were not met. At least 8 characters."])
        uid = okta_id("00u", "created", profile["login"], uuid.uuid4().hex)
        user = self._new_user(uid, dict(profile), status="ACTIVE" if activate else "STAGED")
        if password:  # only the fact is kept, never the value; nextLogin=changePassword expires it at once
            user["passwordChanged"] = now_iso()
            if activate and req.arg("nextLogin") == "changePassword":
                user["status"] = "PASSWORD_EXPIRED"
        user["_sandbox"] = {"push_response": "approve", "vip": False}
        if password:
            self._set_password(user, password, user["passwordChanged"])
        org["users"][uid] = user
        for gid in body.get("groupIds") or []:
            if gid in org["groups"]:
                org["members"].add((gid, uid))
        org["factors"][uid], org["roles"][uid] = [], []
        self._events(req, user, "created")
        return self.ok(self._user_json(req, user))

    def update_user(self, req: Request) -> Response:
        user = self._find_user(req)
        if not user:
            return self._not_found("User", req.params["uid"])
        body = req.json() or {}
        password = ((body.get("credentials") or {}).get("password") or {}).get("value")
        if password is not None and (not isinstance(password, str) or len(password) < 8):
            return self.error(400, "E0000001", "Api validation failed: password",
                              ["password: Password requirements were not met. At least 8 characters."])
        if "profile" in body or req.method == "PUT":
            profile = body.get("profile") or {}
            # POST is a partial update; PUT replaces the profile.
            user["profile"] = {**user["profile"], **profile} if req.method == "POST" else dict(profile)
        stamp = now_iso()
        user["lastUpdated"] = stamp
        if password:  # an admin sets the password ("Update user password"); the user stays ACTIVE
            self._set_password(user, password, stamp)
            self._events(req, user, "password_set")
        return self.ok(self._user_json(req, user))

    @staticmethod
    def _set_password(user: dict[str, Any], password: str, stamp: str) -> None:
        # A digest only, never the value: enough for a test to prove which password the account has.
        user["passwordChanged"] = stamp
        user.setdefault("_sandbox", {})["password_sha256"] = hashlib.sha256(password.encode()).hexdigest()

    def user_groups(self, req: Request) -> Response:
        user = self._find_user(req)
        if not user:
            return self._not_found("User", req.params["uid"])
        org = self.org(req)
        groups = [org["groups"][g] for g in org["groups"] if (g, user["id"]) in org["members"]]
        return self._page(req, groups, f"/api/v1/users/{user['id']}/groups")

    def user_roles(self, req: Request) -> Response:
        user = self._find_user(req)
        if not user:
            return self._not_found("User", req.params["uid"])
        return self.ok(self.org(req)["roles"].get(user["id"], []))

    def lifecycle(self, req: Request) -> Response:
        user = self._find_user(req)
        if not user:
            return self._not_found("User", req.params["uid"])
        op, status = req.params["op"], user["status"]
        # (allowed from, new status, response) per operation, as the Okta lifecycle documents it.
        rules: dict[str, tuple[set[str] | None, str | None]] = {
            "unlock": ({"LOCKED_OUT"}, "ACTIVE"),
            "suspend": ({"ACTIVE"}, "SUSPENDED"),
            "unsuspend": ({"SUSPENDED"}, "ACTIVE"),
            "deactivate": (None, "DEPROVISIONED"),
            "activate": ({"STAGED", "PROVISIONED"}, "ACTIVE"),
            "reactivate": ({"PROVISIONED"}, "PROVISIONED"),
            "reset_factors": (None, None),
            "reset_password": ({"ACTIVE", "LOCKED_OUT", "PASSWORD_EXPIRED", "RECOVERY"}, "RECOVERY"),
            "expire_password": ({"ACTIVE", "LOCKED_OUT", "PASSWORD_EXPIRED", "RECOVERY"}, "PASSWORD_EXPIRED"),
            "expire_password_with_temp_password": (
                {"ACTIVE", "LOCKED_OUT", "PASSWORD_EXPIRED", "RECOVERY"},
                "PASSWORD_EXPIRED",
            ),
        }
        if op not in rules:
            return self._not_found("Lifecycle operation", op)
        allowed, new_status = rules[op]
        if op == "reset_password" and req.arg("sendEmail") is None:
            return self.error(
                400,
                "E0000028",
                "The request is missing a required parameter.",
                ["sendEmail: The parameter is required"],
            )
        if allowed is not None and status not in allowed:
            return self.error(
                400,
                "E0000001",
                f"Api validation failed: {op}",
                [f"Cannot {op.replace('_', ' ')} a user that is {status}"],
            )
        if op == "deactivate" and status == "DEPROVISIONED":
            return self._not_found("User", req.params["uid"])  # Okta would delete on a second deactivate
        stamp = now_iso()
        if new_status:
            user["status"], user["statusChanged"] = new_status, stamp
        user["lastUpdated"] = stamp
        org = self.org(req)
        body: dict[str, Any] = {}
        if op == "reset_factors":
            org["factors"][user["id"]] = []
        elif op == "reset_password":
            if req.arg("sendEmail") == "false":
                body = {
                    "summary": "Reset password without sending email",
                    "resetPasswordUrl": f"{req.base_url}/signin/reset-password/{uuid.uuid4().hex[:20]}",
                }
        elif op == "expire_password_with_temp_password":
            # The clear password goes to the caller once; the state keeps only that it happened.
            body = {"tempPassword": f"Tmp{uuid.uuid4().hex[:9]}!"}
            self._set_password(user, body["tempPassword"], stamp)
        elif op == "expire_password":
            body = self._user_json(req, user)
        if req.arg("revokeSessions") == "true":
            self._events(req, user, "sessions_revoked")
        self._events(req, user, op)
        return self.ok(body)

    # -- factors and push -------------------------------------------------------------------------
    def list_factors(self, req: Request) -> Response:
        user = self._find_user(req)
        if not user:
            return self._not_found("User", req.params["uid"])
        return self.ok(
            [self._factor_json(req, user, f) for f in self.org(req)["factors"].get(user["id"], [])]
        )

    def _factor_json(self, req: Request, user: dict[str, Any], factor: dict[str, Any]) -> dict[str, Any]:
        base = f"{req.base_url}/api/v1/users/{user['id']}/factors/{factor['id']}"
        links: dict[str, Any] = {
            "self": {"href": base, "hints": {"allow": ["GET", "DELETE"]}},
            "user": {"href": f"{req.base_url}/api/v1/users/{user['id']}"},
        }
        if factor["factorType"] in ("push", "sms", "call", "email", "token:software:totp"):
            links["verify"] = {"href": f"{base}/verify", "hints": {"allow": ["POST"]}}
        return {**factor, "_links": links}

    def _find_factor(self, req: Request) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        user = self._find_user(req)
        if not user:
            return None, None
        factors = self.org(req)["factors"].get(user["id"], [])
        return user, next((f for f in factors if f["id"] == req.params["fid"]), None)

    def delete_factor(self, req: Request) -> Response:
        user, factor = self._find_factor(req)
        if not user or not factor:
            return self._not_found("UserFactor", req.params["fid"])
        self.org(req)["factors"][user["id"]].remove(factor)
        self._events(req, user, f"factor_deleted:{factor['factorType']}")
        return self.ok(None, status=204)

    def verify_factor(self, req: Request) -> Response:
        user, factor = self._find_factor(req)
        if not user or not factor:
            return self._not_found("UserFactor", req.params["fid"])
        if factor["factorType"] != "push":
            return self.error(
                400, "E0000001", "Api validation failed: factor", ["The sandbox only verifies push factors"]
            )
        if user["status"] not in ("ACTIVE", "PASSWORD_EXPIRED", "RECOVERY"):
            return self.error(403, "E0000068", "Invalid Passcode/Answer")  # Okta refuses a push for these
        tid = "v2mst." + uuid.uuid4().hex[:22]
        self.org(req)["transactions"][tid] = {
            "uid": user["id"],
            "fid": factor["id"],
            "polls": 0,
            "answer": user["_sandbox"]["push_response"],
        }
        self._events(req, user, "push_sent")
        poll = f"{req.base_url}/api/v1/users/{user['id']}/factors/{factor['id']}/transactions/{tid}"
        return self.ok(self._push_body(poll, "WAITING", req, user, factor), status=201)

    def _push_body(
        self, poll: str, result: str, req: Request, user: dict[str, Any], factor: dict[str, Any]
    ) -> dict[str, Any]:
        factor_url = f"{req.base_url}/api/v1/users/{user['id']}/factors/{factor['id']}"
        links: dict[str, Any] = {}
        if result == "WAITING":
            links["poll"] = {"href": poll, "hints": {"allow": ["GET"]}}
            links["cancel"] = {"href": poll, "hints": {"allow": ["DELETE"]}}
        elif result in ("REJECTED", "TIMEOUT"):
            # Okta also sends a `factor` link here, but okta 3.4.6 types that link as a whole UserFactor
            # and fails to parse an href; the verify link (to push again) is what a client needs.
            links["verify"] = {"href": f"{factor_url}/verify", "hints": {"allow": ["POST"]}}
        return {
            "factorResult": result,
            "expiresAt": datetime.fromtimestamp(time.time() + 300, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "_links": links,
        }

    def transaction(self, req: Request) -> Response:
        user, factor = self._find_factor(req)
        tx_id = req.params["tid"]
        tx = self.org(req)["transactions"].get(tx_id)
        if not user or not factor or not tx or tx["uid"] != user["id"]:
            return self._not_found("Transaction", req.params["tid"])
        tx["polls"] += 1
        # The phone answers after the first poll; an unanswered push expires after the second.
        result = "WAITING"
        if tx["answer"] == "approve" and tx["polls"] >= 2:
            result = "SUCCESS"
        elif tx["answer"] == "deny" and tx["polls"] >= 2:
            result = "REJECTED"
        elif tx["answer"] == "timeout" and tx["polls"] >= 3:
            result = "TIMEOUT"
        if result != "WAITING":
            self._events(req, user, f"push_{result.lower()}")
        poll = f"{req.base_url}/api/v1/users/{user['id']}/factors/{factor['id']}/transactions/{tx_id}"
        return self.ok(self._push_body(poll, result, req, user, factor))

    def revoke_sessions(self, req: Request) -> Response:
        user = self._find_user(req)
        if not user:
            return self._not_found("User", req.params["uid"])
        self._events(req, user, "sessions_revoked")
        if req.arg("oauthTokens") == "true":  # the tokens Okta issued to apps for the user go too
            self._events(req, user, "oauth_tokens_revoked")
        return self.ok(None, status=204)

    # -- groups -----------------------------------------------------------------------------------
    def list_groups(self, req: Request) -> Response:
        groups = list(self.org(req)["groups"].values())
        expression = req.arg("search") or req.arg("filter")
        if expression:
            m = re.fullmatch(r'\s*(profile\.name|id|type)\s+eq\s+"([^"]*)"\s*', expression)
            if not m:
                return self.error(400, "E0000031", "Invalid search criteria.")
            attr, value = m.groups()
            groups = [
                g for g in groups if str(g["profile"]["name"] if attr == "profile.name" else g[attr]) == value
            ]
        elif req.arg("q"):
            groups = [g for g in groups if g["profile"]["name"].lower().startswith(req.arg("q", "").lower())]
        return self._page(req, groups, "/api/v1/groups")

    def get_group(self, req: Request) -> Response:
        group = self.org(req)["groups"].get(req.params["gid"])
        return self.ok(group) if group else self._not_found("UserGroup", req.params["gid"])

    def group_users(self, req: Request) -> Response:
        org = self.org(req)
        if req.params["gid"] not in org["groups"]:
            return self._not_found("UserGroup", req.params["gid"])
        users = [
            self._user_json(req, u)
            for uid, u in org["users"].items()
            if (req.params["gid"], uid) in org["members"]
        ]
        return self._page(req, users, f"/api/v1/groups/{req.params['gid']}/users")

    def _membership(self, req: Request) -> tuple[dict[str, Any] | None, Response | None]:
        org = self.org(req)
        group = org["groups"].get(req.params["gid"])
        if not group:
            return None, self._not_found("UserGroup", req.params["gid"])
        if req.params["uid"] not in org["users"]:
            return None, self._not_found("User", req.params["uid"])
        if group["type"] != "OKTA_GROUP":  # Everyone and app groups are not managed by hand
            return None, self.error(
                403, "E0000006", "You do not have permission to perform the requested action"
            )
        return group, None

    def add_member(self, req: Request) -> Response:
        _group, denied = self._membership(req)
        if denied:
            return denied
        self.org(req)["members"].add((req.params["gid"], req.params["uid"]))
        return self.ok(None, status=204)

    def remove_member(self, req: Request) -> Response:
        _group, denied = self._membership(req)
        if denied:
            return denied
        self.org(req)["members"].discard((req.params["gid"], req.params["uid"]))
        return self.ok(None, status=204)
