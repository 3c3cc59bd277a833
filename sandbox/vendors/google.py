"""Google Workspace in the sandbox: the OAuth token endpoint and the Admin SDK Directory API subset.

Contract: the Admin SDK Directory API v1 (its discovery document's subset is what the contract tests check). Paths
are the discovery document's (`admin/directory/v1/...`) under this vendor's prefix; errors use
Google's envelope `{"error": {"code", "message", "errors": [{"message", "domain", "reason"}],
"status"}}`; signOut, twoStepVerification.turnOff and members.delete answer 204 with no body.

Auth is a service account with domain-wide delegation, as in production: the client signs a
JWT-bearer assertion (RS256) with the service account's private key and exchanges it at `/token`.
Each tenant's key pair is derived deterministically from its slug (`service_account_key`), so
`seed_demo`, the sandbox process and the tests agree on it without sharing state. The access
tokens are HMAC-signed and stateless: they survive a sandbox reset, like a real token survives
nothing happening on Google's side. All of these keys are sandbox-only.

The Reports API's admin activity list (`admin/reports/v1/activity/...`, [memory], not in the spec
subset) is modelled only for CHANGE_PASSWORD events: it is how a client learns that a password
reset landed, since the Directory API's User has no "password last changed" field.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from sandbox.core import Request, Response, Vendor
from sandbox.vendors import google_query

SCOPE = "https://www.googleapis.com/auth/"
USER_READ = {f"{SCOPE}admin.directory.user", f"{SCOPE}admin.directory.user.readonly"}
USER_WRITE = {f"{SCOPE}admin.directory.user"}
SECURITY = {f"{SCOPE}admin.directory.user.security"}
GROUP_READ = {f"{SCOPE}admin.directory.group", f"{SCOPE}admin.directory.group.readonly"}
MEMBER_WRITE = {f"{SCOPE}admin.directory.group", f"{SCOPE}admin.directory.group.member"}
MEMBER_READ = GROUP_READ | MEMBER_WRITE | {f"{SCOPE}admin.directory.group.member.readonly"}
REPORTS = {f"{SCOPE}admin.reports.audit.readonly"}
# What the sandbox's domain-wide delegation grants each tenant's service account.
DELEGATED_SCOPES = USER_READ | SECURITY | MEMBER_READ | MEMBER_WRITE | REPORTS

JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
TOKEN_LIFETIME = 3599
SHORT_LIVED = ("Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. "
               "Check your iat and exp values in the JWT claim.")
UNAUTHORIZED_CLIENT = ("Client is unauthorized to retrieve access tokens using this method, or client not "
                       "authorized for any of the scopes requested.")
SEED_ADMIN_ROLE = "_SEED_ADMIN_ROLE"  # the directory file's marker for a super admin
_TOKEN_KEY = hashlib.sha256(b"rallied-sandbox-google-token-key").digest()
_STATUS = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
           409: "ALREADY_EXISTS", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE"}
_REASONS = {"TooManyRequests": "rateLimitExceeded", "ServiceUnavailable": "backendError",
            "NotFound": "notFound", "MethodNotAllowed": "badRequest"}
_WRITABLE = ("orgUnitPath", "relations", "organizations", "phones", "changePasswordAtNextLogin",
             "includeInGlobalAddressList")


# -- deterministic identities ---------------------------------------------------------------------
def client_email(slug: str) -> str:
    return f"rallied-{slug}@rallied-sandbox.iam.gserviceaccount.com"


def _digits(*parts: str, n: int = 21) -> str:
    return str(int(hashlib.sha256(":".join(parts).encode()).hexdigest(), 16))[:n]


def _is_probable_prime(c: int, rand: Callable[[], bytes]) -> bool:
    d, r = c - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for _ in range(24):  # Miller-Rabin with derived bases: error below 4**-24
        x = pow(2 + int.from_bytes(rand(), "big") % (c - 3), d, c)
        if x in (1, c - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, c)
            if x == c - 1:
                break
        else:
            return False
    return True


@functools.lru_cache(maxsize=8)
def service_account_key(slug: str) -> rsa.RSAPrivateKey:
    """The tenant's RSA-2048 service-account key, derived from its slug (sandbox-only, ~0.4 s once).

    `cryptography` cannot seed its generator, so primes come from a SHA-512 stream here.
    """
    counter = itertools.count(1)

    def rand() -> bytes:
        return hashlib.sha512(f"rallied-sandbox-google-key:{slug}:{next(counter)}".encode()).digest()

    small = [p for p in range(3, 2000, 2) if all(p % q for q in range(3, int(p**0.5) + 1, 2))]

    def prime() -> int:
        while True:
            c = int.from_bytes(rand() + rand(), "big") | (3 << 1022) | 1
            if all(c % p for p in small) and (c - 1) % 65537 and _is_probable_prime(c, rand):
                return c

    p, q = prime(), prime()
    d = pow(65537, -1, (p - 1) * (q - 1))
    public = rsa.RSAPublicNumbers(65537, p * q)
    return rsa.RSAPrivateNumbers(
        p, q, d, rsa.rsa_crt_dmp1(d, p), rsa.rsa_crt_dmq1(d, q), rsa.rsa_crt_iqmp(p, q), public
    ).private_key()


def private_key_pem(slug: str) -> str:
    return service_account_key(slug).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _sign(payload: str) -> str:
    return _b64(hmac.new(_TOKEN_KEY, payload.encode(), hashlib.sha256).digest())


def issue_token(slug: str, subject: str, scopes: list[str], now: float | None = None) -> str:
    claims = {"t": slug, "sub": subject, "scp": scopes, "exp": int((now or time.time()) + TOKEN_LIFETIME)}
    payload = _b64(json.dumps(claims, sort_keys=True).encode())
    return f"ya29.sbx.{payload}.{_sign(payload)}"


def read_token(token: str) -> dict[str, Any] | None:
    parts = token.split(".")
    if len(parts) != 4 or parts[:2] != ["ya29", "sbx"] or not hmac.compare_digest(parts[3], _sign(parts[2])):
        return None
    claims = json.loads(base64.urlsafe_b64decode(parts[2] + "=" * (-len(parts[2]) % 4)))
    return claims if claims.get("exp", 0) > time.time() else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _etag(obj: Any) -> str:
    return '"' + hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()[:27] + '"'


def _by_id(record: dict[str, Any]) -> str:
    return record["id"]


class GoogleWorkspace(Vendor):
    prefix = "google"

    def reset(self, directory: dict[str, Any]) -> None:
        self.tenants: dict[str, dict[str, Any]] = {}
        self.users: dict[str, dict[str, Any]] = {}  # id -> record; keys starting "_" are private
        self.groups: dict[str, dict[str, Any]] = {}  # email -> record
        self.members: dict[str, dict[str, str]] = {}  # group email -> member email -> role
        self.activities: list[dict[str, Any]] = []
        for tenant in directory.get("tenants", []):
            if tenant.get("idp") == "google":
                self._seed(tenant)

    def _seed(self, tenant: dict[str, Any]) -> None:
        slug = tenant["slug"]
        customer = "C0" + _digits("customer", slug, n=7)
        self.tenants[slug] = {"domains": [d.lower() for d in tenant["domains"]], "customerId": customer,
                              "client_email": client_email(slug)}
        for group in tenant.get("groups", []):
            email = group["email"].lower()
            self.groups[email] = {"kind": "admin#directory#group", "id": "0" + _digits("group", email, n=14),
                                  "email": email, "name": group.get("name", email), "description": "",
                                  "adminCreated": True, "aliases": [a.lower() for a in group.get("aliases", [])],
                                  "_tenant": slug}
            self.members[email] = {}
        for person in tenant.get("users", []):
            user = self._new_user(slug, person["email"], person.get("display_name", ""))
            user["aliases"] = [a.lower() for a in person.get("aliases", [])]
            roles = person.get("roles") or []
            user["isAdmin"] = SEED_ADMIN_ROLE in roles
            user["isDelegatedAdmin"] = bool(roles) and not user["isAdmin"]
            user["isEnrolledIn2Sv"] = bool(person.get("mfa"))
            # Backup codes come with 2SV (ten, as Google issues them); app passwords only where the world names any.
            user["_backupCodes"] = 10 if person.get("mfa") else 0
            user["_asps"] = [{"kind": "admin#directory#asp", "codeId": n, "name": name, "userKey": user["id"],
                              "creationTime": "1700000000000", "lastTimeUsed": "0"}
                             for n, name in enumerate(person.get("app_passwords", []), start=1)]
            user["suspended"] = (person.get("state") or {}).get("enabled") is False
            if user["suspended"]:
                user["suspensionReason"] = "ADMIN"
            if person.get("manager"):
                user["relations"] = [{"value": person["manager"].lower(), "type": "manager"}]
            if person.get("job_title") or person.get("department"):
                user["organizations"] = [{"title": person.get("job_title") or "",
                                          "department": person.get("department") or "", "primary": True}]
            if person.get("mobile"):
                user["phones"] = [{"value": person["mobile"], "type": "mobile"}]
            for group in person.get("groups", []):
                self.members.setdefault(group.lower(), {})[user["primaryEmail"]] = "MEMBER"

    def _new_user(self, slug: str, email: str, display_name: str) -> dict[str, Any]:
        email = email.lower()
        given, _, family = display_name.partition(" ")
        user = {
            "kind": "admin#directory#user", "id": _digits("user", email), "primaryEmail": email,
            "name": {"givenName": given, "familyName": family, "fullName": display_name},
            "isAdmin": False, "isDelegatedAdmin": False, "lastLoginTime": "1970-01-01T00:00:00.000Z",
            "creationTime": _now(), "agreedToTerms": True, "suspended": False, "archived": False,
            "changePasswordAtNextLogin": False, "ipWhitelisted": False,
            "emails": [{"address": email, "primary": True}], "aliases": [], "nonEditableAliases": [],
            "customerId": self.tenants[slug]["customerId"], "orgUnitPath": "/", "isMailboxSetup": True,
            "isEnrolledIn2Sv": False, "isEnforcedIn2Sv": False, "includeInGlobalAddressList": True,
            "_tenant": slug, "_passwordChangedAt": None,
        }
        self.users[user["id"]] = user
        return user

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        if tenant.get("idp") != "google":
            return None
        slug = tenant["slug"]
        admins = [u["email"] for u in tenant.get("users", []) if SEED_ADMIN_ROLE in (u.get("roles") or [])]
        return {
            "vendor": "google",
            "base_url": f"{sandbox_url}/google",
            "config": {"domain": tenant["domains"][0], "admin_subject": admins[0] if admins else "",
                       "token_uri": f"{sandbox_url}/google/token"},
            "credentials": {"client_email": client_email(slug), "private_key": private_key_pem(slug),
                            "private_key_id": _digits("key", slug, n=40)},
        }

    def routes(self) -> list[tuple[str, str, Any]]:
        d, reports = r"/admin/directory/v1", r"/admin/reports/v1/activity"
        api = [
            ("GET", rf"{d}/users", self.list_users),
            ("POST", rf"{d}/users", self.insert_user),
            ("GET", rf"{d}/users/(?P<user>[^/]+)", self.get_user),
            ("PUT", rf"{d}/users/(?P<user>[^/]+)", self.update_user),
            ("PATCH", rf"{d}/users/(?P<user>[^/]+)", self.update_user),
            ("POST", rf"{d}/users/(?P<user>[^/]+)/signOut", self.sign_out),
            ("POST", rf"{d}/users/(?P<user>[^/]+)/twoStepVerification/turnOff", self.turn_off_2sv),
            ("POST", rf"{d}/users/(?P<user>[^/]+)/verificationCodes/invalidate", self.invalidate_codes),
            ("GET", rf"{d}/users/(?P<user>[^/]+)/asps", self.list_asps),
            ("DELETE", rf"{d}/users/(?P<user>[^/]+)/asps/(?P<code>[^/]+)", self.delete_asp),
            ("GET", rf"{d}/groups", self.list_groups),
            ("GET", rf"{d}/groups/(?P<group>[^/]+)", self.get_group),
            ("GET", rf"{d}/groups/(?P<group>[^/]+)/members", self.list_members),
            ("POST", rf"{d}/groups/(?P<group>[^/]+)/members", self.insert_member),
            ("GET", rf"{d}/groups/(?P<group>[^/]+)/members/(?P<member>[^/]+)", self.get_member),
            ("DELETE", rf"{d}/groups/(?P<group>[^/]+)/members/(?P<member>[^/]+)", self.delete_member),
            ("GET", rf"{d}/groups/(?P<group>[^/]+)/hasMember/(?P<member>[^/]+)", self.has_member),
            ("GET", rf"{reports}/users/(?P<user>[^/]+)/applications/admin", self.list_activities),
        ]
        return [("POST", r"/token", self.token)] + [(m, p, self._authed(h)) for m, p, h in api]

    def dump(self) -> dict[str, Any]:
        # Never a password: only whether and when it changed, and its SHA-256.
        users = {}
        for u in self.users.values():
            users[u["primaryEmail"]] = {**self._public(u), "tenant": u["_tenant"],
                                        "passwordChangedAt": u["_passwordChangedAt"],
                                        "passwordSha256": u.get("_passwordSha256"),
                                        "signedOutAt": u.get("_signedOutAt"),
                                        "backupCodes": u.get("_backupCodes", 0),
                                        "appPasswords": [a["name"] for a in u.get("_asps") or []]}
        groups = {e: {**self._public(g), "members": dict(sorted(self.members.get(e, {}).items()))}
                  for e, g in self.groups.items()}
        return {"tenants": self.tenants, "users": users, "groups": groups}

    # -- envelope and auth --------------------------------------------------------------------------
    def error(self, status: int, code: str, message: str) -> Response:
        reason = _REASONS.get(code, code)
        errors = [{"message": message, "domain": "global", "reason": reason}]
        status_name = _STATUS.get(status, "UNKNOWN")
        body = {"code": status, "message": message, "errors": errors, "status": status_name}
        return Response(status, {"error": body})

    def _oauth_error(self, status: int, error: str, description: str) -> Response:
        return Response(status, {"error": error, "error_description": description})

    def authenticate(self, req: Request) -> Response | None:
        if req.path == "/token":
            return None
        header = req.header("authorization") or ""
        expected = "Expected OAuth 2 access token, login cookie or other valid authentication credential."
        if not header.startswith("Bearer "):
            missing = "Request is missing required authentication credential."
            return self.error(401, "required", f"{missing} {expected}")
        claims = read_token(header[len("Bearer "):])
        if claims is None or claims["t"] not in self.tenants:
            return self.error(401, "authError", f"Request had invalid authentication credentials. {expected}")
        return None

    def _authed(self, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        """The core routes after authenticate(); this puts the token's tenant and scopes on the request."""

        def run(req: Request) -> Response:
            claims = read_token((req.header("authorization") or "")[len("Bearer "):]) or {}
            req.params.update(_tenant=claims["t"], _scopes=" ".join(claims["scp"]), _sub=claims["sub"])
            return handler(req)

        return run

    def _denied(self, req: Request, needed: set[str]) -> Response | None:
        if needed & set(req.params.get("_scopes", "").split()):
            return None
        return self.error(403, "insufficientPermissions", "Request had insufficient authentication scopes.")

    @staticmethod
    def _public(record: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in record.items() if not k.startswith("_")}
        out["etag"] = _etag(out)
        return out

    # -- token ----------------------------------------------------------------------------------------
    def token(self, req: Request) -> Response:
        form = req.form()
        if form.get("grant_type") != JWT_BEARER or not form.get("assertion"):
            return self._oauth_error(400, "unsupported_grant_type", "Invalid grant_type.")
        try:
            unverified = jwt.decode(form["assertion"], options={"verify_signature": False})
        except jwt.PyJWTError:
            return self._oauth_error(400, "invalid_grant", "Invalid JWT Signature.")
        slug = next((s for s, t in self.tenants.items() if t["client_email"] == unverified.get("iss")), None)
        if slug is None:
            return self._oauth_error(401, "invalid_client", "The OAuth client was not found.")
        try:
            claims = jwt.decode(
                form["assertion"], service_account_key(slug).public_key(), algorithms=["RS256"],
                audience=f"{req.base_url}/token", options={"require": ["iss", "aud", "exp", "iat", "scope"]},
            )
        except jwt.ExpiredSignatureError:
            return self._oauth_error(400, "invalid_grant", SHORT_LIVED)
        except jwt.InvalidAudienceError:
            return self._oauth_error(400, "invalid_grant", "Invalid JWT: Failed audience check.")
        except jwt.PyJWTError:
            return self._oauth_error(400, "invalid_grant", "Invalid JWT Signature.")
        if claims["exp"] - claims["iat"] > 3600:
            return self._oauth_error(400, "invalid_grant", SHORT_LIVED)
        scopes = sorted(set(str(claims["scope"]).split()))
        subject = self._find_user(str(claims.get("sub") or ""))
        if subject is None or subject["_tenant"] != slug:
            return self._oauth_error(400, "invalid_grant", "Invalid email or User ID")
        is_admin = subject["isAdmin"] or subject["isDelegatedAdmin"]
        if not scopes or not set(scopes) <= DELEGATED_SCOPES or not is_admin or subject["suspended"]:
            return self._oauth_error(401, "unauthorized_client", UNAUTHORIZED_CLIENT)
        token = issue_token(slug, subject["primaryEmail"], scopes)
        return Response(200, {"access_token": token, "expires_in": TOKEN_LIFETIME, "token_type": "Bearer"})

    # -- lookups --------------------------------------------------------------------------------------
    def _find_user(self, key: str) -> dict[str, Any] | None:
        key = unquote(key).lower()
        if key in self.users:
            return self.users[key]
        return next((u for u in self.users.values() if key == u["primaryEmail"] or key in u["aliases"]), None)

    def _user_or_error(self, req: Request, key: str) -> dict[str, Any] | Response:
        user = self._find_user(key)
        if user is not None and user["_tenant"] == req.params["_tenant"]:
            return user
        if user is None and "@" in key and not self._own_domain(req, unquote(key)):
            return self.error(403, "forbidden", "Not Authorized to access this resource/api")
        return self.error(404, "notFound", "Resource Not Found: userKey")

    def _own_domain(self, req: Request, email: str) -> bool:
        return email.lower().rpartition("@")[2] in self.tenants[req.params["_tenant"]]["domains"]

    def _group_or_error(self, req: Request) -> dict[str, Any] | Response:
        key = unquote(req.params["group"]).lower()
        # The group's e-mail, an alias or its id, as groups.get documents groupKey.
        group = self.groups.get(key) or next(
            (g for g in self.groups.values() if g["id"] == key or key in g.get("aliases", [])), None)
        if group is None or group["_tenant"] != req.params["_tenant"]:
            if "@" in key and not self._own_domain(req, key):
                return self.error(403, "forbidden", "Not Authorized to access this resource/api")
            return self.error(404, "notFound", "Resource Not Found: groupKey")
        return group

    def _page(self, req: Request, items: list[Any], default: int, cap: int) -> tuple[list[Any], str | None]:
        size = min(max(int(req.arg("maxResults") or default), 1), cap)
        start = int(base64.urlsafe_b64decode(req.arg("pageToken") or "MA==").decode() or 0)
        end = start + size
        token = base64.urlsafe_b64encode(str(end).encode()).decode() if end < len(items) else None
        return items[start:end], token

    def _scope_of_listing(self, req: Request) -> Response | None:
        tenant = self.tenants[req.params["_tenant"]]
        domain, customer = req.arg("domain"), req.arg("customer")
        if domain is None and customer is None:
            return self.error(400, "badRequest", "Bad Request")
        if (domain is not None and domain.lower() not in tenant["domains"]) or (
            customer is not None and customer not in ("my_customer", tenant["customerId"])
        ):
            return self.error(403, "forbidden", "Not Authorized to access this resource/api")
        return None

    # -- users ----------------------------------------------------------------------------------------
    def get_user(self, req: Request) -> Response:
        user = self._denied(req, USER_READ) or self._user_or_error(req, req.params["user"])
        return user if isinstance(user, Response) else Response(200, self._public(user))

    def list_users(self, req: Request) -> Response:
        denied = self._denied(req, USER_READ) or self._scope_of_listing(req)
        if denied:
            return denied
        domain = (req.arg("domain") or "").lower()
        users = [u for u in self.users.values() if u["_tenant"] == req.params["_tenant"]]
        if domain:
            users = [u for u in users if u["primaryEmail"].endswith("@" + domain)]
        if req.arg("query"):
            try:
                wanted = google_query.matcher(req.arg("query") or "")
                users = [u for u in users if wanted(u)]
            except google_query.QueryError:
                return self.error(400, "invalid", "Invalid Input: query")
        users.sort(key=_by_id)
        page, token = self._page(req, users, 100, 500)
        body: dict[str, Any] = {"kind": "admin#directory#users", "users": [self._public(u) for u in page]}
        if token:
            body["nextPageToken"] = token
        body["etag"] = _etag(body)
        return Response(200, body)

    def insert_user(self, req: Request) -> Response:
        denied = self._denied(req, USER_WRITE)
        if denied:
            return denied
        data = req.json() or {}
        email = str(data.get("primaryEmail") or "").lower()
        name = data.get("name") or {}
        if not email or not name.get("givenName") or not name.get("familyName") or not data.get("password"):
            return self.error(400, "required", "Invalid Input: primaryEmail, name and password are required")
        if not self._own_domain(req, email):
            return self.error(403, "forbidden", "Not Authorized to access this resource/api")
        if self._find_user(email) is not None:
            return self.error(409, "duplicate", "Entity already exists.")
        bad = self._password_error(data)
        if bad:
            return bad
        user = self._new_user(req.params["_tenant"], email, f"{name['givenName']} {name['familyName']}")
        self._apply(req, user, data)
        return Response(200, self._public(user))

    def update_user(self, req: Request) -> Response:
        user = self._denied(req, USER_WRITE) or self._user_or_error(req, req.params["user"])
        if isinstance(user, Response):
            return user
        data = req.json() or {}
        bad = self._password_error(data)
        if bad:
            return bad
        self._apply(req, user, data)
        return Response(200, self._public(user))

    def _password_error(self, data: dict[str, Any]) -> Response | None:
        if "hashFunction" in data and data["hashFunction"] not in ("MD5", "SHA-1", "crypt"):
            return self.error(400, "invalid", "Invalid Input: hashFunction")
        if "password" in data and not data.get("hashFunction") and not 8 <= len(str(data["password"])) <= 100:
            return self.error(400, "invalid", "Invalid Password")
        return None

    def _apply(self, req: Request, user: dict[str, Any], data: dict[str, Any]) -> None:
        for key in _WRITABLE:
            if key in data:
                user[key] = data[key]
        if "name" in data:
            user["name"] = {**data["name"], "fullName": f"{data['name'].get('givenName', '')} "
                            f"{data['name'].get('familyName', '')}".strip()}
        if "suspended" in data:
            user["suspended"] = bool(data["suspended"])
            if user["suspended"]:
                user["suspensionReason"] = "ADMIN"
            else:
                user.pop("suspensionReason", None)
        if data.get("password"):
            # The password itself is dropped here: the sandbox keeps only the fact, the time and a digest (so a
            # test can prove the account has the password that was delivered).
            user["_passwordChangedAt"] = _now()
            user["_passwordSha256"] = hashlib.sha256(str(data["password"]).encode()).hexdigest()
            self.activities.append({"time": user["_passwordChangedAt"], "tenant": user["_tenant"],
                                    "actor": req.params["_sub"], "target": user["primaryEmail"]})

    def sign_out(self, req: Request) -> Response:
        user = self._denied(req, SECURITY) or self._user_or_error(req, req.params["user"])
        if isinstance(user, Response):
            return user
        user["_signedOutAt"] = _now()
        return Response(204)

    def turn_off_2sv(self, req: Request) -> Response:
        user = self._denied(req, SECURITY) or self._user_or_error(req, req.params["user"])
        if isinstance(user, Response):
            return user
        user["isEnrolledIn2Sv"] = False
        return Response(204)

    def invalidate_codes(self, req: Request) -> Response:
        user = self._denied(req, SECURITY) or self._user_or_error(req, req.params["user"])
        if isinstance(user, Response):
            return user
        user["_backupCodes"] = 0
        return Response(204)

    def list_asps(self, req: Request) -> Response:
        user = self._denied(req, SECURITY) or self._user_or_error(req, req.params["user"])
        if isinstance(user, Response):
            return user
        return Response(200, {"kind": "admin#directory#asps", "items": list(user.get("_asps") or [])})

    def delete_asp(self, req: Request) -> Response:
        user = self._denied(req, SECURITY) or self._user_or_error(req, req.params["user"])
        if isinstance(user, Response):
            return user
        left = [a for a in user.get("_asps") or [] if str(a["codeId"]) != req.params["code"]]
        if len(left) == len(user.get("_asps") or []):
            return self.error(404, "notFound", "Resource Not Found: codeId")
        user["_asps"] = left
        return Response(204)

    # -- groups and members ---------------------------------------------------------------------------
    def list_groups(self, req: Request) -> Response:
        denied = self._denied(req, GROUP_READ)
        if denied:
            return denied
        groups = [g for g in self.groups.values() if g["_tenant"] == req.params["_tenant"]]
        if req.arg("userKey"):
            user = self._user_or_error(req, req.arg("userKey") or "")
            if isinstance(user, Response):
                return user
            groups = [g for g in groups if user["primaryEmail"] in self.members.get(g["email"], {})]
        elif (denied := self._scope_of_listing(req)) is not None:
            return denied
        page, token = self._page(req, sorted(groups, key=lambda g: g["email"]), 200, 200)
        body: dict[str, Any] = {"kind": "admin#directory#groups", "groups": list(map(self._group_view, page))}
        if token:
            body["nextPageToken"] = token
        body["etag"] = _etag(body)
        return Response(200, body)

    def _group_view(self, group: dict[str, Any]) -> dict[str, Any]:
        return {**self._public(group), "directMembersCount": str(len(self.members.get(group["email"], {})))}

    def get_group(self, req: Request) -> Response:
        group = self._denied(req, GROUP_READ) or self._group_or_error(req)
        return group if isinstance(group, Response) else Response(200, self._group_view(group))

    def _member_view(self, email: str, role: str) -> dict[str, Any]:
        user = self._find_user(email)
        kind = "USER" if user else "GROUP"
        ident = user["id"] if user else self.groups.get(email, {}).get("id", _digits("member", email))
        body = {"kind": "admin#directory#member", "id": ident, "email": email, "role": role, "type": kind,
                "status": "ACTIVE"}
        return {**body, "etag": _etag(body)}

    def _member_key(self, req: Request) -> str | None:
        key = unquote(req.params["member"]).lower()
        user = self._find_user(key)
        if user is not None:
            return user["primaryEmail"]
        return next((g["email"] for g in self.groups.values() if key in (g["email"], g["id"])), None)

    def list_members(self, req: Request) -> Response:
        group = self._denied(req, MEMBER_READ) or self._group_or_error(req)
        if isinstance(group, Response):
            return group
        rows = sorted(self.members[group["email"]].items())
        roles = set((req.arg("roles") or "").upper().split(",")) - {""}
        rows = [(e, r) for e, r in rows if not roles or r in roles]
        page, token = self._page(req, rows, 200, 200)
        body: dict[str, Any] = {"kind": "admin#directory#members",
                                "members": [self._member_view(e, r) for e, r in page]}
        if token:
            body["nextPageToken"] = token
        body["etag"] = _etag(body)
        return Response(200, body)

    def insert_member(self, req: Request) -> Response:
        group = self._denied(req, MEMBER_WRITE) or self._group_or_error(req)
        if isinstance(group, Response):
            return group
        data = req.json() or {}
        email = str(data.get("email") or "").lower()
        role = str(data.get("role") or "MEMBER").upper()
        if role not in ("OWNER", "MANAGER", "MEMBER"):
            return self.error(400, "invalid", "Invalid Input: role")
        user = self._find_user(email)
        if (user is None or user["_tenant"] != req.params["_tenant"]) and email not in self.groups:
            return self.error(404, "notFound", "Resource Not Found: memberKey")
        email = user["primaryEmail"] if user else email
        if email in self.members[group["email"]]:
            return self.error(409, "duplicate", "Member already exists.")
        self.members[group["email"]][email] = role
        return Response(200, self._member_view(email, role))

    def get_member(self, req: Request) -> Response:
        group = self._denied(req, MEMBER_READ) or self._group_or_error(req)
        if isinstance(group, Response):
            return group
        email = self._member_key(req)
        if email is None or email not in self.members[group["email"]]:
            return self.error(404, "notFound", "Resource Not Found: memberKey")
        return Response(200, self._member_view(email, self.members[group["email"]][email]))

    def delete_member(self, req: Request) -> Response:
        group = self._denied(req, MEMBER_WRITE) or self._group_or_error(req)
        if isinstance(group, Response):
            return group
        email = self._member_key(req)
        if email is None or email not in self.members[group["email"]]:
            return self.error(404, "notFound", "Resource Not Found: memberKey")
        del self.members[group["email"]][email]
        return Response(204)

    def has_member(self, req: Request) -> Response:
        group = self._denied(req, MEMBER_READ) or self._group_or_error(req)
        if isinstance(group, Response):
            return group
        email = self._member_key(req)
        if email is None:
            return self.error(404, "notFound", "Resource Not Found: memberKey")
        return Response(200, {"isMember": email in self.members[group["email"]]})

    # -- reports (admin activity: password changes only) -----------------------------------------------
    def list_activities(self, req: Request) -> Response:
        denied = self._denied(req, REPORTS)
        if denied:
            return denied
        if req.arg("eventName", "CHANGE_PASSWORD") != "CHANGE_PASSWORD":
            return Response(200, {"kind": "admin#reports#activities", "items": []})
        actor = unquote(req.params["user"]).lower()
        target = (req.arg("filters") or "").partition("USER_EMAIL==")[2].lower()
        since = dt.datetime.fromisoformat(req.arg("startTime") or "1970-01-01T00:00:00Z")
        items = []
        for event in reversed(self.activities):  # newest first, as the Reports API lists them
            if event["tenant"] != req.params["_tenant"] or dt.datetime.fromisoformat(event["time"]) < since:
                continue
            if (actor != "all" and event["actor"] != actor) or (target and event["target"] != target):
                continue
            items.append({
                "kind": "admin#reports#activity",
                "id": {"time": event["time"], "applicationName": "admin",
                       "uniqueQualifier": _digits("activity", event["time"], event["target"]),
                       "customerId": self.tenants[event["tenant"]]["customerId"]},
                "actor": {"email": event["actor"]},
                "events": [{"type": "USER_SETTINGS", "name": "CHANGE_PASSWORD",
                            "parameters": [{"name": "USER_EMAIL", "value": event["target"]}]}],
            })
        return Response(200, {"kind": "admin#reports#activities", "items": items})
