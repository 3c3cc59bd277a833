"""Datto RMM API v2 in the sandbox, on the contract in ../shared/contracts/rmm/README.md §7.1.

One Datto account for the MSP: two sites per tenant the world gives to Datto (its office, where its computers are,
and "Remote workers"), plus the MSP's own lab. Each tenant's API user has its own key and secret and sees its own
tenant's sites only (a fake-choice: Datto API users can be restricted to sites).

- Token: POST /auth/oauth/token, HTTP Basic public-client:public, form grant_type=password with the API key and
  secret; tokens last 100 hours.
- Devices page by page (`page`, `max`, `pageDetails.nextPageUrl`); user-defined fields udf1..udf30 (an omitted one
  is unchanged, an empty string clears it); site moves; the device audit (CPU, memory, disks).
- Quick jobs run a component; after `job_delay` seconds the job is completed and its stdout holds the
  diagnostics JSON. An offline device's job stays "active" and its result "Pending"; so does any device in `silent`.
- Rate limit: `throttle = n` answers the next n calls 429 (Datto's 600 requests per 60 s, exceeded).
- Timestamps: the spec types them as date-time strings, and so does the sandbox [fake-choice: real payloads may be
  epoch milliseconds; the connector reads both].
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import os
import secrets
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from sandbox.core import Request, Response, Vendor
from sandbox.fleet import DAY, GIB, HEALTHY, RMM_OF, SPARE_TAG, diagnostics, fleet, stable_uid, tenant_number

ACCOUNT_UID = "HARBOR01"
DIAG_COMPONENT = stable_uid("datto-component", "diagnostics")
CLEANUP_COMPONENT = stable_uid("datto-component", "cleanup")
COMPONENTS = [
    {"id": 301, "uid": DIAG_COMPONENT, "name": "Helpdesk - Network and performance diagnostics",
     "description": "Prints the diagnostics JSON to stdout", "categoryCode": "scripts", "credentialsRequired": False,
     "variables": []},
    {"id": 302, "uid": CLEANUP_COMPONENT, "name": "Helpdesk - Clear temp files and restart spooler",
     "description": "Deletes temp files; restarts the print spooler", "categoryCode": "scripts",
     "credentialsRequired": False, "variables": []},
]


def api_key(slug: str) -> str:
    return "DK" + hashlib.sha256(f"rallied-sandbox:datto-key:{slug}".encode()).hexdigest()[:24].upper()


def api_secret(slug: str) -> str:
    return hashlib.sha256(f"rallied-sandbox:datto-secret:{slug}".encode()).hexdigest()[:32]


def site_uid(slug: str) -> str:
    return stable_uid("datto-site", slug)


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class Datto(Vendor):
    prefix = "datto"
    job_delay = float(os.environ.get("RALLIED_SANDBOX_DATTO_JOB_DELAY", "0.3"))
    token_ttl = 100 * 3600

    def reset(self, directory: dict[str, Any]) -> None:
        now = time.time()
        self.keys: dict[str, dict[str, str]] = {}
        self.tokens: dict[str, dict[str, Any]] = {}
        self.sites: dict[str, dict[str, Any]] = {}
        self.devices: dict[str, dict[str, Any]] = {}
        self.figures: dict[str, dict[str, Any]] = {}
        self.jobs: dict[str, dict[str, Any]] = {}
        self.silent: set[str] = set()
        self.throttle = 0
        self._ids = itertools.count(7001)
        tenants = [t for t in directory.get("tenants", []) if RMM_OF.get(t["slug"]) == "datto"]
        lab = {"slug": "harbor-lab", "name": "Harbor IT lab", "users": []}
        for tenant in [*tenants, lab]:
            slug = tenant["slug"]
            self.keys[api_key(slug)] = {"secret": api_secret(slug), "slug": slug}
            for n, (uid, name) in enumerate([(site_uid(slug), tenant["name"]),
                                             (site_uid(f"{slug}-remote"), f"{tenant['name']} - Remote workers")]):
                self.sites[uid] = {"id": tenant_number(slug) * 10 + n, "uid": uid, "accountUid": ACCOUNT_UID,
                                   "name": name, "description": "", "notes": "", "onDemand": False,
                                   "splashtopAutoInstall": False, "slug": slug,
                                   "portalUrl": f"https://merlot.centrastage.net/site/{uid}"}
            for machine in fleet(tenant):
                self._add_device(machine, self.sites[site_uid(slug)], now)

    def _add_device(self, machine: dict[str, Any], site: dict[str, Any], now: float) -> None:
        f = {**HEALTHY, **machine["figures"]}
        udf = {f"udf{n}": "" for n in range(1, 31)}
        udf["udf1"] = machine["owner"] or ""
        udf["udf2"] = SPARE_TAG if machine.get("spare") else ""  # the tag UDF: the spare pool's mark
        device = {
            "id": machine["number"], "uid": machine["uid"], "siteId": site["id"], "siteUid": site["uid"],
            "siteName": site["name"], "deviceType": {"category": "Server" if f["kind"] == "server" else
                                                     ("Laptop" if f["kind"] == "laptop" else "Desktop"),
                                                     "type": "Windows"},
            "hostname": machine["host"], "intIpAddress": f"10.20.0.{machine['number'] % 250}",
            "operatingSystem": "Microsoft Windows 11 Pro 23H2" if f["kind"] != "server"
            else "Microsoft Windows Server 2022 Standard",
            "lastLoggedInUser": machine["logon"], "domain": machine["logon"].split("\\")[0],
            "a64Bit": True, "rebootRequired": f["uptime_days"] > 30, "online": not f["offline"], "suspended": False,
            "deleted": False, "lastSeen": iso(now - (3 * DAY if f["offline"] else 60)),
            "lastReboot": iso(now - f["uptime_days"] * DAY), "lastAuditDate": iso(now - 3600),
            "creationDate": iso(now - 400 * DAY), "udf": udf, "snmpEnabled": False, "deviceClass": "device",
            "portalUrl": f"https://merlot.centrastage.net/device/{machine['number']}",
        }
        self.devices[device["uid"]] = device
        self.figures[device["uid"]] = f

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        if RMM_OF.get(tenant["slug"]) != "datto":
            return None
        return {
            "vendor": "datto",
            "base_url": f"{sandbox_url}/datto",
            "config": {"site_uid": site_uid(tenant["slug"]),
                       "sites": [site_uid(tenant["slug"]), site_uid(f"{tenant['slug']}-remote")],
                       "allowed_scripts": [DIAG_COMPONENT],
                       "diagnostics_script": DIAG_COMPONENT, "owner_udf": "udf1", "tag_udf": "udf2",
                       # A new hire's device: the owner UDF and the tag UDF, taken from the spare pool.
                       "tagging": {"owner": True, "tag": "onboarded", "spare_tag": SPARE_TAG},
                       # The sandbox's scripts report within a second: look often, so a demo ticket is not kept waiting.
                       "poll_interval": 0.1},
            "credentials": {"api_key": api_key(tenant["slug"]), "api_secret": api_secret(tenant["slug"])},
        }

    def routes(self) -> list[tuple[str, str, Any]]:
        v2 = r"/api/v2"
        return [
            ("POST", r"/auth/oauth/token", self.token),
            ("GET", v2 + r"/account/devices", self.account_devices),
            ("GET", v2 + r"/account/sites", self.account_sites),
            ("GET", v2 + r"/site/(?P<site>[^/]+)/devices", self.site_devices),
            ("GET", v2 + r"/device/id/(?P<id>\d+)", self.device_by_id),
            ("GET", v2 + r"/device/(?P<uid>[^/]+)", self.get_device),
            ("POST", v2 + r"/device/(?P<uid>[^/]+)/udf", self.set_udf),
            ("PUT", v2 + r"/device/(?P<uid>[^/]+)/site/(?P<site>[^/]+)", self.move_site),
            ("PUT", v2 + r"/device/(?P<uid>[^/]+)/quickjob", self.quick_job),
            ("GET", v2 + r"/account/components", self.components),
            ("GET", v2 + r"/job/(?P<job>[^/]+)", self.get_job),
            ("GET", v2 + r"/job/(?P<job>[^/]+)/results/(?P<uid>[^/]+)", self.job_results),
            ("GET", v2 + r"/job/(?P<job>[^/]+)/results/(?P<uid>[^/]+)/stdout", self.job_stdout),
            ("GET", v2 + r"/job/(?P<job>[^/]+)/results/(?P<uid>[^/]+)/stderr", self.job_stderr),
            ("GET", v2 + r"/audit/device/(?P<uid>[^/]+)", self.audit),
            ("GET", v2 + r"/system/request_rate", self.request_rate),
        ]

    def dump(self) -> dict[str, Any]:
        return {"sites": {k: {kk: vv for kk, vv in v.items() if kk != "slug"} for k, v in self.sites.items()},
                "devices": self.devices, "jobs": self.jobs}

    def control(self, method: str, rest: str, body: bytes, host: str) -> Response:
        """Test switches: /throttle {"times"}, /silent {"device": uid}."""
        data = json.loads(body or b"{}")
        with self.lock:
            if rest == "/throttle" and method == "POST":
                self.throttle = int(data.get("times", 1))
            elif rest == "/silent" and method == "POST":
                self.silent.add(str(data["device"]))
            else:
                return Response(404, {"error": "no such control"})
        return Response(200, {"ok": True})

    def error(self, status: int, code: str, message: str) -> Response:
        return Response(status, {"code": status, "message": message})

    # -- authentication ---------------------------------------------------------------------------
    def authenticate(self, req: Request) -> Response | None:
        if req.path == "/auth/oauth/token":
            return None
        with self.lock:
            throttled = self.throttle > 0
            self.throttle -= int(throttled)
        if throttled:
            return Response(429, {"code": 429, "message": "Rate limit exceeded: 600 requests per 60 seconds"},
                            headers=[("Retry-After", "1")])
        header = req.header("authorization") or ""
        grant = self.tokens.get(header[7:]) if header.startswith("Bearer ") else None
        if grant is None or grant["expires"] <= time.time():
            return Response(401, {"error": "invalid_token", "error_description": "Access token expired or invalid"})
        return None

    def token(self, req: Request) -> Response:
        basic = req.header("authorization") or ""
        try:
            pair = base64.b64decode(basic[6:]).decode() if basic.startswith("Basic ") else ""
        except ValueError:
            pair = ""
        if pair != "public-client:public":
            return Response(401, {"error": "unauthorized", "error_description": "Full authentication is required"})
        form = req.form()
        key = self.keys.get(form.get("username", ""))
        if form.get("grant_type") != "password" or key is None or not secrets.compare_digest(
                key["secret"], form.get("password", "")):
            return Response(400, {"error": "invalid_grant", "error_description": "Bad credentials"})
        access = "dat-" + secrets.token_urlsafe(24)
        self.tokens[access] = {"slug": key["slug"], "expires": time.time() + self.token_ttl}
        return Response(200, {"access_token": access, "token_type": "bearer", "expires_in": self.token_ttl,
                              "scope": "default", "jti": secrets.token_hex(8)})

    def slug_of(self, req: Request) -> str:
        return self.tokens[(req.header("authorization") or "")[7:]]["slug"]

    def own_sites(self, req: Request) -> set[str]:
        slug = self.slug_of(req)
        return {uid for uid, site in self.sites.items() if site["slug"] == slug}

    def device(self, req: Request) -> dict[str, Any] | None:
        """The API user sees only its own tenant's sites."""
        found = self.devices.get(req.params["uid"])
        return found if found is not None and found["siteUid"] in self.own_sites(req) else None

    def not_found(self, what: str) -> Response:
        return self.error(404, "not_found", f"{what} was not found.")

    # -- devices ----------------------------------------------------------------------------------
    def paged(self, req: Request, key: str, rows: list[dict[str, Any]]) -> Response:
        page, size = int(req.arg("page") or 0), min(int(req.arg("max") or 250), 250)
        chunk = rows[page * size:(page + 1) * size]
        query = {k: v[0] for k, v in req.query.items() if k != "page"}
        next_url = (f"{req.base_url}{req.path}?{urlencode({**query, 'page': page + 1})}"
                    if (page + 1) * size < len(rows) else None)
        details: dict[str, Any] = {"count": len(chunk), "totalCount": len(rows)}
        if next_url:
            details["nextPageUrl"] = next_url
        if page > 0:
            details["prevPageUrl"] = f"{req.base_url}{req.path}?{urlencode({**query, 'page': page - 1})}"
        return Response(200, {"pageDetails": details, key: chunk})

    def mine(self, req: Request, site: str | None = None) -> list[dict[str, Any]]:
        own = {site} if site else self.own_sites(req)
        return sorted((d for d in self.devices.values() if d["siteUid"] in own), key=lambda d: d["id"])

    def account_devices(self, req: Request) -> Response:
        rows = self.mine(req)
        if req.arg("hostname"):
            rows = [d for d in rows if str(req.arg("hostname")).lower() in d["hostname"].lower()]
        return self.paged(req, "devices", rows)

    def account_sites(self, req: Request) -> Response:
        own = self.own_sites(req)
        return self.paged(req, "sites", [{k: v for k, v in s.items() if k != "slug"} for s in self.sites.values()
                                         if s["uid"] in own])

    def site_devices(self, req: Request) -> Response:
        if req.params["site"] not in self.own_sites(req):
            return self.not_found("Site")
        return self.paged(req, "devices", self.mine(req, req.params["site"]))

    def device_by_id(self, req: Request) -> Response:
        found = next((d for d in self.mine(req) if d["id"] == int(req.params["id"])), None)
        return Response(200, found) if found else self.not_found("Device")

    def get_device(self, req: Request) -> Response:
        device = self.device(req)
        return Response(200, device) if device else self.not_found("Device")

    def set_udf(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        body = req.json() or {}
        if not isinstance(body, dict) or any(k not in device["udf"] or not isinstance(v, str) for k, v in body.items()):
            return self.error(400, "invalid", "Request data is invalid.")
        device["udf"].update(body)
        return Response(200)

    def move_site(self, req: Request) -> Response:
        device = self.device(req)
        site = self.sites.get(req.params["site"])
        if device is None or site is None or site["uid"] not in self.own_sites(req):
            return self.not_found("Device and/or site")
        device.update(siteId=site["id"], siteUid=site["uid"], siteName=site["name"])
        return Response(200)

    def audit(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        f = self.figures[device["uid"]]
        return Response(200, {
            "portalUrl": device["portalUrl"],
            "systemInfo": {"manufacturer": "Lenovo", "model": "ThinkPad T14 Gen 4", "totalPhysicalMemory":
                           f["memory_gb"] * GIB, "username": device["lastLoggedInUser"], "totalCpuCores": 10},
            "processors": [{"name": "13th Gen Intel(R) Core(TM) i5-1345U"}],
            "logicalDisks": [{"description": "Local Fixed Disk", "diskIdentifier": "C:",
                              "freespace": int(f["free_gb"] * GIB), "size": int(f["disk_gb"] * GIB)}],
            "physicalMemory": [{"module": "DIMM0", "size": f["memory_gb"] * GIB, "type": "DDR5", "speed": "5600"}],
        })

    # -- quick jobs -------------------------------------------------------------------------------
    def components(self, req: Request) -> Response:
        return self.paged(req, "components", COMPONENTS)

    def quick_job(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        body = req.json() or {}
        component = next((c for c in COMPONENTS if c["uid"] == (body.get("jobComponent") or {}).get("componentUid")),
                         None)
        if component is None or not body.get("jobName"):
            return self.error(400, "invalid", "Request data is invalid.")
        now = time.time()
        job = {"id": next(self._ids), "uid": stable_uid("datto-job", secrets.token_hex(8)), "name": body["jobName"],
               "dateCreated": iso(now), "status": "active", "device": device["uid"], "component": component,
               "created": now, "variables": (body["jobComponent"] or {}).get("variables", [])}
        self.jobs[job["uid"]] = job
        return Response(200, {"job": self.public_job(job),
                              "jobComponents": [{"uid": component["uid"], "name": component["name"],
                                                 "variables": job["variables"]}]})

    def done(self, job: dict[str, Any]) -> bool:
        device = self.devices[job["device"]]
        return (device["online"] and job["device"] not in self.silent
                and time.time() >= job["created"] + self.job_delay)

    @staticmethod
    def public_job(job: dict[str, Any]) -> dict[str, Any]:
        return {k: job[k] for k in ("id", "uid", "name", "dateCreated", "status")}

    def job_for(self, req: Request) -> dict[str, Any] | None:
        job = self.jobs.get(req.params["job"])
        if job is None or self.devices[job["device"]]["siteUid"] not in self.own_sites(req):
            return None
        if self.done(job):
            job["status"] = "completed"
        return job

    def get_job(self, req: Request) -> Response:
        job = self.job_for(req)
        return Response(200, self.public_job(job)) if job else self.not_found("Job")

    def job_results(self, req: Request) -> Response:
        job = self.job_for(req)
        if job is None or job["device"] != req.params["uid"]:
            return self.not_found("Job or device")
        done = job["status"] == "completed"
        return Response(200, {"jobUid": job["uid"], "deviceUid": job["device"], "ranOn": job["dateCreated"],
                              "jobDeploymentStatus": "Success" if done else "Pending",
                              "componentResults": [{"componentUid": job["component"]["uid"],
                                                    "componentName": job["component"]["name"],
                                                    "componentStatus": "Success", "numberOfWarnings": 0,
                                                    "hasStdOut": True, "hasStdErr": False}] if done else []})

    def job_stdout(self, req: Request) -> Response:
        job = self.job_for(req)
        if job is None or job["device"] != req.params["uid"]:
            return self.not_found("Job or device")
        if job["status"] != "completed":
            return Response(200, [])
        out = (json.dumps(diagnostics(self.figures[job["device"]], job["created"] + self.job_delay))
               if job["component"]["uid"] == DIAG_COMPONENT else "Removed 1,204 temp files. Spooler restarted.")
        return Response(200, [{"componentUid": job["component"]["uid"], "componentName": job["component"]["name"],
                               "stdData": out}])

    def job_stderr(self, req: Request) -> Response:
        job = self.job_for(req)
        if job is None or job["device"] != req.params["uid"]:
            return self.not_found("Job or device")
        return Response(200, [])

    def request_rate(self, req: Request) -> Response:
        return Response(200, {"slidingTimeWindowSizeSeconds": 60, "accountUid": ACCOUNT_UID, "accountCount": 12,
                              "accountRateLimit": 600, "accountCutOffRatio": 0.9})
