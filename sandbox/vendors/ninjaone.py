"""NinjaOne public API v2 in the sandbox, on the contract in ../shared/contracts/rmm/README.md (§2-§5).

One NinjaOne instance for the MSP: an organization per tenant the world gives to NinjaOne (sandbox/fleet.py), each
with its "Main Office" location, its end users and its computers. Each tenant connects through its own API client,
so rotating one tenant's refresh token never breaks another's.

- OAuth at /ws/oauth/token: client_credentials (no user context, no refresh token), authorization_code (from
  /ws/oauth/authorize, which consents at once: a test stands in for the technician) and refresh_token, which
  rotates: the old refresh token stops working the moment a new one is issued.
- Every route is served under /v2 and /api/v2 (both work in production).
- script/run needs a user-context token (403 user_context_required otherwise) and answers 204 with no body. The
  run shows as a job for `script_delay` seconds, then ends: an activity is written and the diagnostics script's
  JSON lands in the device's `diagLastResult` custom field. An offline device's job ends UNCOMPLETED with no
  result; a device in `silent` never finishes (the script that never reports).
- Rate limiting in the forms the contract leaves open: `throttle = {"mode": "html"|"html403"|"429", "times": n}`
  answers the next n API calls (of `"method"` only, when given) with an HTML "Too many requests" page (status 200 or
  403) or a bare 429.
- Errors in NinjaOne's envelopes: auth `{"error","error_description","error_code"}`, server and not-found
  `{"resultCode":"FAILURE","errorMessage","incidentId"}`, validation `{"errorMessage":{"code","params"}}`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import secrets
import time
from typing import Any
from urllib.parse import urlencode

from sandbox.core import Request, Response, Vendor
from sandbox.fleet import DAY, GIB, RMM_OF, SPARE_TAG, fleet, stable_uid, tenant_number
from sandbox.vendors.ninjaone_assets import (  # noqa: F401  (the tests name the scripts and fields from here)
    CLEANUP_SCRIPT,
    DIAG_FIELD,
    DIAG_SCRIPT,
    FIELDS,
    SCRIPTS,
    USER_CONTEXT,
    NinjaOneAssets,
)

SPARE_TAG_ID = 3
SCOPES = {"monitoring", "management", "control", "offline_access"}
WRITE = "management"
MODELS = {"laptop": "Latitude 5440", "desktop": "OptiPlex 7010"}
NOT_AUTHENTICATED = {"error": "not_authenticated", "error_description": "Invalid credentials", "error_code": 10}
RATE_PAGE = ("<!DOCTYPE html><html><head><title>429 Too Many Requests</title></head><body><h1>Too many requests"
             "</h1><p>Request limit exceeded. Please retry later.</p></body></html>")


def client_id(slug: str) -> str:
    return "ninja-" + hashlib.sha256(f"rallied-sandbox:ninja-client:{slug}".encode()).hexdigest()[:20]


def client_secret(slug: str) -> str:
    return hashlib.sha256(f"rallied-sandbox:ninja-secret:{slug}".encode()).hexdigest()[:40]


def seed_refresh_token(slug: str) -> str:
    """The refresh token a technician's one-time consent left for this tenant (valid until first rotated)."""
    return "nrt-" + hashlib.sha256(f"rallied-sandbox:ninja-refresh:{slug}".encode()).hexdigest()[:40]


class NinjaOne(NinjaOneAssets, Vendor):
    prefix = "ninjaone"
    # Seconds a script runs before it reports (the agent's round trip); tests shorten or stretch it.
    script_delay = float(os.environ.get("RALLIED_SANDBOX_NINJA_SCRIPT_DELAY", "0.3"))
    token_ttl = 3600

    def reset(self, directory: dict[str, Any]) -> None:
        now = time.time()
        self.now = now
        self.clients: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, dict[str, Any]] = {}  # access token -> {client, scopes, user_context, expires}
        self.refresh_tokens: dict[str, str] = {}  # refresh token -> client id
        self.codes: dict[str, dict[str, Any]] = {}
        self.orgs: dict[int, dict[str, Any]] = {}
        self.devices: dict[int, dict[str, Any]] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.fields: dict[int, dict[str, Any]] = {}  # device id -> custom field values
        self.figures: dict[int, dict[str, Any]] = {}
        self.tags: dict[int, dict[str, Any]] = {}
        self.device_tags: dict[int, set[int]] = {}
        self.jobs: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []
        self.runs: list[dict[str, Any]] = []  # every accepted script/run, for "this script never ran" checks
        self.silent: set[int] = set()
        self.throttle: dict[str, Any] = {}
        self._ids = itertools.count(88000)
        # The spare pool's tag exists before any device is added (each spare laptop carries it).
        self.tags = {SPARE_TAG_ID: {"id": SPARE_TAG_ID, "name": SPARE_TAG, "description": "Spare pool",
                                    "createTime": now - 90 * DAY, "updateTime": now - 90 * DAY,
                                    "createdByUserId": 9, "updatedByUserId": 9}}
        user_ids = itertools.count(501)
        for tenant in directory.get("tenants", []):
            if RMM_OF.get(tenant["slug"]) != "ninjaone":
                continue
            slug = tenant["slug"]
            number = tenant_number(slug)
            self.clients[client_id(slug)] = {"secret": client_secret(slug), "slug": slug}
            self.refresh_tokens[seed_refresh_token(slug)] = client_id(slug)
            org_id = number * 10
            self.orgs[org_id] = {"id": org_id, "name": tenant["name"], "description": "", "slug": slug,
                                 "nodeApprovalMode": "AUTOMATIC", "tags": [], "fields": {}, "userData": {},
                                 "locations": [{"id": org_id * 10 + 1, "name": "Main Office", "address": "",
                                                "description": ""},
                                               {"id": org_id * 10 + 2, "name": "Remote", "address": "",
                                                "description": "Home workers"}]}
            by_address: dict[str, dict[str, Any]] = {}
            for machine in fleet(tenant):
                address = machine["owner"] or machine["user_address"]
                if address and address not in by_address:
                    uid = stable_uid(slug, "end-user", address)
                    by_address[address] = {
                        "id": next(user_ids), "uid": uid, "enabled": True, "firstName": machine["first_name"],
                        "lastName": machine["last_name"], "email": address, "phone": "", "organizationId": org_id,
                        "fullPortalAccess": False, "mustChangePw": False, "mfaConfigured": False, "scimUser": False,
                        "authType": "NATIVE", "invitationStatus": "PENDING", "assignedDeviceIds": [],
                        "accessibleDeviceIds": []}
                self._add_device(machine, org_id, by_address.get(machine["owner"] or ""), now)
            for user in by_address.values():
                self.users[user["id"]] = user

    def _add_device(self, machine: dict[str, Any], org_id: int, owner: dict[str, Any] | None, now: float) -> None:
        f = machine["figures"]
        device_id = machine["number"]
        server = f["kind"] == "server"
        device = {
            "id": device_id, "uid": machine["uid"], "organizationId": org_id, "locationId": org_id * 10 + 1,
            "nodeClass": "WINDOWS_SERVER" if server else "WINDOWS_WORKSTATION", "nodeRoleId": 2 if server else 1,
            "rolePolicyId": 7, "approvalStatus": "APPROVED", "offline": f["offline"],
            "displayName": machine["host"], "systemName": machine["host"],
            "dnsName": f"{machine['host']}.{self.orgs[org_id]['slug']}.local", "netbiosName": machine["host"],
            "created": now - 400 * DAY, "lastContact": now - (3 * DAY if f["offline"] else 60),
            "lastUpdate": now - (3 * DAY if f["offline"] else 120), "userData": {}, "tags": [],
            "ipAddresses": [f"10.{org_id}.0.{device_id % 250}"], "macAddresses": ["00:15:5D:01:02:03"],
            "publicIP": "203.0.113.7", "deviceType": "AGENT", "lastLoggedInUser": machine["logon"],
            "os": {"manufacturer": "Microsoft Corporation",
                   "name": "Windows Server 2022 Standard" if server else "Windows 11 Pro", "architecture": "64-bit",
                   "lastBootTime": now - f["uptime_days"] * DAY, "buildNumber": "22631", "releaseId": "23H2",
                   "locale": "en-US", "language": "en", "needsReboot": f["uptime_days"] > 30},
            "system": {"name": machine["host"], "manufacturer": "Dell Inc.",
                       "model": MODELS.get(f["kind"], "PowerEdge T350"),
                       "serialNumber": f"SN{device_id}", "domain": f"{self.orgs[org_id]['slug']}.local",
                       "numberOfProcessors": 1, "totalPhysicalMemory": f["memory_gb"] * GIB, "virtualMachine": False,
                       "chassisType": "LAPTOP" if f["kind"] == "laptop" else "DESKTOP"},
            "memory": {"capacity": f["memory_gb"] * GIB},
            "processors": [{"name": "13th Gen Intel(R) Core(TM) i5-1345U", "architecture": "x64",
                            "maxClockSpeed": 1600000000, "clockSpeed": 1600000000, "numCores": 10,
                            "numLogicalCores": 12}],
            "volumes": [{"name": "C:", "driveLetter": "C:", "label": "OS", "deviceType": "Local Disk",
                         "fileSystem": "NTFS", "autoMount": True, "compressed": False,
                         "capacity": int(f["disk_gb"] * GIB), "freeSpace": int(f["free_gb"] * GIB),
                         "serialNumber": "1A2B3C4D"}],
        }
        if owner is not None:
            device["assignedOwnerUid"] = owner["uid"]
            owner["assignedDeviceIds"].append(device_id)
            owner["accessibleDeviceIds"].append(device_id)
        self.devices[device_id] = device
        self.figures[device_id] = f
        self.fields[device_id] = {"assetTag": f"HIT-{device_id}"}
        self.device_tags[device_id] = {SPARE_TAG_ID} if machine.get("spare") else set()
        device["tags"] = [SPARE_TAG] if machine.get("spare") else []

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        if RMM_OF.get(tenant["slug"]) != "ninjaone":
            return None
        return {
            "vendor": "ninjaone",
            "base_url": f"{sandbox_url}/ninjaone",
            "config": {"organization_id": tenant_number(tenant["slug"]) * 10, "allowed_scripts": [DIAG_SCRIPT],
                       "diagnostics_script": DIAG_SCRIPT, "result_field": DIAG_FIELD,
                       # A new hire's device: owner, the assignedUser field and a tag, taken from the spare pool.
                       "tagging": {"owner": True, "field": "assignedUser", "tag": "onboarded",
                                   "spare_tag": SPARE_TAG},
                       # The sandbox's scripts report within a second: look often, so a demo ticket is not kept waiting.
                       "poll_interval": 0.1},
            "credentials": {"client_id": client_id(tenant["slug"]), "client_secret": client_secret(tenant["slug"]),
                            "refresh_token": seed_refresh_token(tenant["slug"])},
        }

    def routes(self) -> list[tuple[str, str, Any]]:
        v2 = "(?:/api)?/v2"
        return [
            ("POST", r"/ws/oauth/token", self.token),
            ("GET", r"/ws/oauth/authorize", self.authorize),
            ("GET", v2 + r"/organizations", self.list_orgs),
            ("GET", v2 + r"/organization/(?P<org>\d+)", self.get_org),
            ("GET", v2 + r"/organization/(?P<org>\d+)/locations", self.org_locations),
            ("GET", v2 + r"/organization/(?P<org>\d+)/devices", self.org_devices),
            ("GET", v2 + r"/devices", self.list_devices),
            ("GET", v2 + r"/devices-detailed", self.list_devices_detailed),
            ("GET", v2 + r"/devices/search", self.search),
            ("GET", v2 + r"/device/(?P<id>\d+)", self.get_device),
            ("PATCH", v2 + r"/device/(?P<id>\d+)", self.patch_device),
            ("GET", v2 + r"/device/(?P<id>\d+)/last-logged-on-user", self.last_logon),
            ("GET", v2 + r"/queries/logged-on-users", self.logged_on_users),
            ("GET", v2 + r"/device/(?P<id>\d+)/volumes", self.volumes),
            ("GET", v2 + r"/device/(?P<id>\d+)/disks", self.disks),
            ("GET", v2 + r"/device/(?P<id>\d+)/network-interfaces", self.nics),
            ("GET", v2 + r"/device/(?P<id>\d+)/alerts", self.alerts),
            ("GET", v2 + r"/queries/device-health", self.device_health),
            ("GET", v2 + r"/device/(?P<id>\d+)/custom-fields", self.get_fields),
            ("PATCH", v2 + r"/device/(?P<id>\d+)/custom-fields", self.patch_fields),
            ("GET", v2 + r"/device-custom-fields", self.field_definitions),
            ("GET", v2 + r"/queries/custom-fields", self.fields_report),
            ("GET", v2 + r"/tag", self.list_tags),
            ("POST", v2 + r"/tag", self.create_tag),
            ("POST", v2 + r"/tag/(?P<asset>[a-z]+)", self.manage_tags),
            ("POST", v2 + r"/device/(?P<id>\d+)/owner/(?P<owner>[0-9a-f-]+)", self.set_owner),
            ("DELETE", v2 + r"/device/(?P<id>\d+)/owner", self.remove_owner),
            ("GET", v2 + r"/user/end-users", self.end_users),
            ("POST", v2 + r"/user/end-users", self.create_end_user),
            ("GET", v2 + r"/automation/scripts", self.scripts),
            ("GET", v2 + r"/device/(?P<id>\d+)/scripting/options", self.scripting_options),
            ("POST", v2 + r"/device/(?P<id>\d+)/script/run", self.run_script),
            ("GET", v2 + r"/device/(?P<id>\d+)/jobs", self.device_jobs),
            ("GET", v2 + r"/device/(?P<id>\d+)/activities", self.device_activities),
        ]

    def dump(self) -> dict[str, Any]:
        self._settle()
        return {"organizations": {str(k): {kk: vv for kk, vv in v.items() if kk != "slug"}
                                  for k, v in self.orgs.items()},
                "devices": {str(k): {**v, "customFields": self.fields[k],
                                     "assetTags": sorted(self.tags[t]["name"] for t in self.device_tags[k])}
                            for k, v in self.devices.items()},
                "end_users": {u["email"]: u for u in self.users.values()},
                "tags": list(self.tags.values()), "jobs": self.jobs, "activities": self.activities,
                "runs": self.runs}

    def control(self, method: str, rest: str, body: bytes, host: str) -> Response:
        """Test switches: /throttle {"mode","times","method"}, /silent {"device"}, /revoke-refresh-tokens."""
        data = json.loads(body or b"{}")
        with self.lock:
            if rest == "/throttle" and method == "POST":
                self.throttle = {"mode": data.get("mode", "html"), "times": int(data.get("times", 1))}
                if data.get("method"):
                    self.throttle["method"] = str(data["method"]).upper()
            elif rest == "/silent" and method == "POST":
                self.silent.add(int(data["device"]))
            elif rest == "/revoke-refresh-tokens" and method == "POST":
                self.refresh_tokens.clear()
            else:
                return Response(404, {"error": "no such control"})
        return Response(200, {"ok": True})

    # -- envelopes --------------------------------------------------------------------------------
    def error(self, status: int, code: str, message: str) -> Response:
        if status == 429:
            return Response(429, None)  # the API gateway's bare 429
        if status in (401, 403) and code in ("not_authenticated", "insufficient_privileges"):
            return Response(status, {"error": code, "error_description": message, "error_code": 10})
        return Response(status, {"resultCode": "FAILURE", "errorMessage": message,
                                 "incidentId": f"WEB_MGMT_SERVICE-{secrets.token_hex(3)}-{int(time.time())}"})

    def not_found(self, what: str) -> Response:
        return self.error(404, "not_found", f"{what} not found")

    # -- authentication ---------------------------------------------------------------------------
    def authenticate(self, req: Request) -> Response | None:
        if req.path.startswith("/ws/oauth/"):
            return None
        with self.lock:
            throttled = self.throttle.get("times", 0) > 0 and self.throttle.get("method", req.method) == req.method
            if throttled:
                self.throttle["times"] -= 1
        if throttled:
            if self.throttle["mode"] == "429":
                return Response(429, None)
            status = 403 if self.throttle["mode"] == "html403" else 200
            return Response(status, RATE_PAGE, content_type="text/html; charset=utf-8")
        header = req.header("authorization") or ""
        grant = self.tokens.get(header[7:]) if header.startswith("Bearer ") else None
        if grant is None or grant["expires"] <= time.time():
            return Response(401, NOT_AUTHENTICATED)
        need = WRITE if req.method != "GET" else "monitoring"
        if need not in grant["scopes"] and not (need == "monitoring" and WRITE in grant["scopes"]):
            return Response(401, {"error": "insufficient_privileges",
                                  "error_description": f"Scope '{need}' required", "error_code": 13})
        self._settle()
        return None

    def grant_of(self, req: Request) -> dict[str, Any]:
        return self.tokens[(req.header("authorization") or "")[7:]]

    def client_slug(self, req: Request) -> str:
        return str(self.clients[self.grant_of(req)["client"]]["slug"])

    def _issue(self, client: str, scopes: set[str], user_context: bool) -> dict[str, Any]:
        access = "nat-" + secrets.token_urlsafe(24)
        self.tokens[access] = {"client": client, "scopes": scopes, "user_context": user_context,
                               "expires": time.time() + self.token_ttl}
        body = {"access_token": access, "token_type": "Bearer", "expires_in": self.token_ttl,
                "scope": " ".join(sorted(scopes - {"offline_access"}))}
        if user_context and "offline_access" in scopes:
            refresh = "nrt-" + secrets.token_urlsafe(30)
            self.refresh_tokens[refresh] = client
            body["refresh_token"] = refresh
        return body

    def token(self, req: Request) -> Response:
        form = req.form()
        client = self.clients.get(form.get("client_id", ""))
        if client is None:
            return Response(401, {"resultCode": "Client app not exist"})
        if not secrets.compare_digest(client["secret"], form.get("client_secret", "")):
            return Response(401, {"error": "invalid_client", "error_description": "Bad client credentials"})
        grant = form.get("grant_type")
        if grant == "client_credentials":
            scopes = set(form.get("scope", "monitoring").split()) & (SCOPES - {"offline_access"})
            return Response(200, self._issue(form["client_id"], scopes or {"monitoring"}, False))
        if grant == "authorization_code":
            code = self.codes.pop(form.get("code", ""), None)
            if code is None or code["client"] != form["client_id"] or code["redirect_uri"] != form.get("redirect_uri"):
                return Response(400, {"error": "invalid_grant", "error_description": "Invalid authorization code"})
            return Response(200, self._issue(form["client_id"], code["scopes"], True))
        if grant == "refresh_token":
            owner = self.refresh_tokens.pop(form.get("refresh_token", ""), None)  # rotation: used once
            if owner != form["client_id"]:
                return Response(400, {"error": "invalid_token", "error_description": "Refresh token is invalid or "
                                      "expired"})
            return Response(200, self._issue(owner, {"monitoring", "management", "offline_access"}, True))
        return Response(400, {"error": "unsupported_grant_type", "error_description": str(grant)})

    def authorize(self, req: Request) -> Response:
        """The technician's consent, given at once: redirects back with a one-time code."""
        cid, redirect = req.arg("client_id", ""), req.arg("redirect_uri", "")
        if cid not in self.clients or not redirect:
            return Response(302, None, headers=[("Location", "/ws/oauth/error?error=unauthorized_client&"
                                                 "error_description=Invalid+redirect_uri")])
        code = secrets.token_urlsafe(16)
        self.codes[code] = {"client": cid, "redirect_uri": redirect,
                            "scopes": set((req.arg("scope") or "monitoring").split()) & SCOPES}
        query = urlencode({"code": code, "state": req.arg("state", "")})
        return Response(302, None, headers=[("Location", f"{redirect}?{query}")])

    # -- scope of the caller ----------------------------------------------------------------------
    def visible(self, req: Request) -> list[dict[str, Any]]:
        """The devices this API client's organization holds (an API client sees its own tenant only)."""
        slug = self.client_slug(req)
        return [d for d in self.devices.values() if self.orgs[d["organizationId"]]["slug"] == slug]

    def device(self, req: Request) -> dict[str, Any] | None:
        found = self.devices.get(int(req.params["id"]))
        return found if found is not None and found in self.visible(req) else None

    def page(self, req: Request, rows: list[dict[str, Any]]) -> Response:
        """Keyset paging: pageSize, after = last id; a bare array."""
        size = int(req.arg("pageSize") or 1000)
        after = int(req.arg("after") or 0)
        rows = sorted((r for r in rows if r["id"] > after), key=lambda r: r["id"])
        return Response(200, rows[:size])

    def filtered(self, req: Request) -> list[dict[str, Any]] | Response:
        rows = self.visible(req)
        df = (req.arg("df") or "").strip()
        for clause in filter(None, re.split(r"\s+AND\s+", df, flags=re.I)):
            m = re.fullmatch(r"(org|loc|id|class)\s*(=|eq|!=|neq)\s*(\w+)|(online|offline)", clause.strip(), re.I)
            if not m:
                return self.invalid("invalid_filter", df=df)
            if m.group(4):
                want_offline = m.group(4).lower() == "offline"
                rows = [d for d in rows if d["offline"] == want_offline]
                continue
            key = {"org": "organizationId", "loc": "locationId", "id": "id", "class": "nodeClass"}[m.group(1).lower()]
            value: Any = m.group(3) if key == "nodeClass" else int(m.group(3))
            same = m.group(2).lower() in ("=", "eq")
            rows = [d for d in rows if (d[key] == value) == same]
        return rows

    # -- organizations and devices ----------------------------------------------------------------
    def _org_visible(self, req: Request) -> dict[str, Any] | None:
        org = self.orgs.get(int(req.params["org"]))
        slug = self.client_slug(req)
        return org if org and org["slug"] == slug else None

    def list_orgs(self, req: Request) -> Response:
        slug = self.client_slug(req)
        return self.page(req, [{k: v for k, v in o.items() if k not in ("slug", "locations")}
                               for o in self.orgs.values() if o["slug"] == slug])

    def get_org(self, req: Request) -> Response:
        org = self._org_visible(req)
        if org is None:
            return self.not_found("Organization")
        return Response(200, {**{k: v for k, v in org.items() if k not in ("slug", "tags", "fields")},
                              "policies": [{"nodeRoleId": 1, "policyId": 7}], "settings": {}})

    def org_locations(self, req: Request) -> Response:
        org = self._org_visible(req)
        return Response(200, org["locations"]) if org else self.not_found("Organization")

    @staticmethod
    def basic(device: dict[str, Any]) -> dict[str, Any]:
        keep = ("id", "uid", "organizationId", "locationId", "nodeClass", "nodeRoleId", "rolePolicyId",
                "approvalStatus", "offline", "displayName", "systemName", "dnsName", "netbiosName", "created",
                "lastContact", "lastUpdate", "assignedOwnerUid", "userData", "tags")
        return {k: device[k] for k in keep if k in device}

    def org_devices(self, req: Request) -> Response:
        org = self._org_visible(req)
        if org is None:
            return self.not_found("Organization")
        return self.page(req, [self.basic(d) for d in self.visible(req) if d["organizationId"] == org["id"]])

    def list_devices(self, req: Request) -> Response:
        rows = self.filtered(req)
        return rows if isinstance(rows, Response) else self.page(req, [self.basic(d) for d in rows])

    def list_devices_detailed(self, req: Request) -> Response:
        rows = self.filtered(req)
        return rows if isinstance(rows, Response) else self.page(req, rows)

    def search(self, req: Request) -> Response:
        q = (req.arg("q") or "").strip().lower()
        limit = int(req.arg("limit") or 100)
        found = []
        for d in self.visible(req):
            for attr in ("systemName", "displayName", "lastLoggedInUser"):
                if q and q in str(d.get(attr, "")).lower():
                    found.append({**self.basic(d), "score": 100 if str(d[attr]).lower().endswith(q) else 60,
                                  "matchAttr": attr, "matchAttrValue": d[attr]})
                    break
        return Response(200, {"query": req.arg("q") or "", "devices": found[:limit]})

    def get_device(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        org = self.orgs[device["organizationId"]]
        location = next(loc for loc in org["locations"] if loc["id"] == device["locationId"])
        return Response(200, {**device, "references": {"organization": {"id": org["id"], "name": org["name"]},
                                                       "location": {"id": location["id"], "name": location["name"]}}})

    def patch_device(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        body = req.json() or {}
        org_id = int(body.get("organizationId", device["organizationId"]))
        if org_id not in self.orgs:
            return self.invalid("invalid_organization", organizationId=org_id)
        location = body.get("locationId", device["locationId"] if org_id == device["organizationId"] else None)
        if location is None or location not in {loc["id"] for loc in self.orgs[org_id]["locations"]}:
            return self.invalid("invalid_location", locationId=location)
        device.update(organizationId=org_id, locationId=int(location))
        for key in ("displayName", "userData"):
            if key in body:
                device[key] = body[key]
        self._activity(device["id"], "SYSTEM", "NODE_UPDATED", "SUCCESS", "Device updated", "")
        return Response(204)

    def last_logon(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        return Response(200, {"userName": device["lastLoggedInUser"], "logonTime": device["lastContact"] - 3600})

    def logged_on_users(self, req: Request) -> Response:
        rows = self.filtered(req)
        if isinstance(rows, Response):
            return rows
        results = [{"userName": d["lastLoggedInUser"], "logonTime": d["lastContact"] - 3600, "deviceId": d["id"]}
                   for d in rows]
        return Response(200, {"cursor": {"name": secrets.token_hex(4), "offset": 0, "count": len(results),
                                         "expires": time.time() + 600}, "results": results})
