"""NinjaOne's device assets in the sandbox: diagnostics reads, custom fields, tags, owners and script runs.

A mixin of sandbox/vendors/ninjaone.py's `NinjaOne` (which holds the state, tokens and routes), split out to keep
each module readable. The contract is that module's docstring.
"""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

from sandbox.core import Request, Response
from sandbox.fleet import DAY, GIB, diagnostics, stable_uid

DIAG_FIELD = "diagLastResult"
DIAG_SCRIPT, CLEANUP_SCRIPT = 57, 58
SCRIPTS = [
    {"id": DIAG_SCRIPT, "name": "Helpdesk - Network and performance diagnostics",
     "description": "Writes JSON to diagLastResult", "language": "powershell"},
    {"id": CLEANUP_SCRIPT, "name": "Helpdesk - Clear temp files and restart spooler",
     "description": "Deletes temp files; restarts the print spooler", "language": "powershell"},
]
FIELDS = [  # name, type, apiPermission, scriptPermission
    ("assignedUser", "TEXT", "READ_WRITE", "READ_ONLY"),
    ("onboardingTicket", "TEXT", "READ_WRITE", "NONE"),
    (DIAG_FIELD, "TEXT_MULTILINE", "READ_WRITE", "READ_WRITE"),
    ("assetTag", "TEXT", "READ_ONLY", "NONE"),
]
USER_CONTEXT = {"error": "user_context_required",
                "error_description": "Access key does not have user context which is required for this request",
                "error_code": 5}


class NinjaOneAssets:
    """Handlers over the state `NinjaOne.reset` builds; `device`, `filtered`, `invalid` and `not_found` are its."""

    devices: dict[int, dict[str, Any]]
    figures: dict[int, dict[str, Any]]
    fields: dict[int, dict[str, Any]]
    tags: dict[int, dict[str, Any]]
    device_tags: dict[int, set[int]]
    users: dict[int, dict[str, Any]]
    orgs: dict[int, dict[str, Any]]
    jobs: list[dict[str, Any]]
    activities: list[dict[str, Any]]
    runs: list[dict[str, Any]]
    silent: set[int]
    script_delay: float
    now: float
    lock: Any
    _ids: Any

    def device(self, req: Request) -> dict[str, Any] | None:
        raise NotImplementedError

    def filtered(self, req: Request) -> list[dict[str, Any]] | Response:
        raise NotImplementedError

    def visible(self, req: Request) -> list[dict[str, Any]]:
        raise NotImplementedError

    def grant_of(self, req: Request) -> dict[str, Any]:
        raise NotImplementedError

    def client_slug(self, req: Request) -> str:
        raise NotImplementedError

    @staticmethod
    def invalid(code: str, **params: Any) -> Response:
        return Response(400, {"errorMessage": {"code": code, "params": {k: str(v) for k, v in params.items()}}})

    def not_found(self, what: str) -> Response:
        raise NotImplementedError

    # -- diagnostics reads ------------------------------------------------------------------------
    def volumes(self, req: Request) -> Response:
        device = self.device(req)
        return Response(200, device["volumes"]) if device else self.not_found("Device")

    def disks(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        f = self.figures[device["id"]]
        return Response(200, [{"model": "NVMe PC SN740", "size": int(f["disk_gb"] * GIB), "status": f["disk_status"],
                               "smartCapable": True, "mediaType": "SSD", "interfaceType": "SCSI"}])

    def nics(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        wifi = self.figures[device["id"]]["kind"] == "laptop"
        return Response(200, [{"adapterName": "Intel(R) Wi-Fi 6E AX211" if wifi else "Intel(R) Ethernet I219-LM",
                               "interfaceType": "WIRELESS" if wifi else "ETHERNET", "ipAddress": device["ipAddresses"],
                               "defaultGateway": f"10.{device['organizationId']}.0.1", "dnsServers": "10.0.0.2",
                               "linkSpeed": "866000000" if wifi else "1000000000", "macAddress": device["macAddresses"],
                               "status": "UP", "mtu": "1500"}])

    def alerts(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        f, out = self.figures[device["id"]], []
        if f["cpu_pct"] >= 90:
            out.append({"uid": stable_uid(str(device["id"]), "cpu"), "deviceId": device["id"],
                        "message": f"CPU utilization above 90% for 15 minutes ({f['cpu_pct']}%)",
                        "severity": "MAJOR", "priority": "HIGH", "sourceType": "CONDITION_AGENT_CPU",
                        "createTime": time.time() - 1800})
        return Response(200, out)

    def device_health(self, req: Request) -> Response:
        rows = self.filtered(req)
        if isinstance(rows, Response):
            return rows
        results = []
        for d in rows:
            f = self.figures[d["id"]]
            bad = f["cpu_pct"] >= 90 or 100 * f["free_gb"] / f["disk_gb"] < 10
            results.append({"deviceId": d["id"], "offline": d["offline"], "alertCount": int(f["cpu_pct"] >= 90),
                            "activeJobCount": sum(j["deviceId"] == d["id"] for j in self.jobs),
                            "pendingOSPatchesCount": 3 if bad else 0,
                            "pendingRebootReason": "OS_UPDATES" if d["os"]["needsReboot"] else "",
                            "healthStatus": "UNHEALTHY" if bad else "HEALTHY"})
        return Response(200, {"cursor": {"name": secrets.token_hex(4), "offset": 0, "count": len(results),
                                         "expires": time.time() + 600}, "results": results})

    # -- custom fields ----------------------------------------------------------------------------
    def get_fields(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        readable = {name for name, _, api, _ in FIELDS if api in ("READ_ONLY", "READ_WRITE")}
        return Response(200, {k: v for k, v in self.fields[device["id"]].items() if k in readable})

    def patch_fields(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        body = req.json() or {}
        writable = {name for name, _, api, _ in FIELDS if api in ("WRITE_ONLY", "READ_WRITE")}
        for name in body:
            if name not in writable:
                return self.invalid("attribute_not_found", name=name)
        self.fields[device["id"]].update(body)
        return Response(204)

    def fields_report(self, req: Request) -> Response:
        rows = self.filtered(req)
        if isinstance(rows, Response):
            return rows
        wanted = set(filter(None, (req.arg("fields") or "").split(",")))
        readable = {name for name, _, api, _ in FIELDS if api in ("READ_ONLY", "READ_WRITE")}
        results = [{"deviceId": d["id"], "fields": {k: v for k, v in self.fields[d["id"]].items()
                                                    if k in readable and (not wanted or k in wanted)}} for d in rows]
        return Response(200, {"cursor": {"name": secrets.token_hex(4), "offset": 0, "count": len(results),
                                         "expires": time.time() + 600}, "results": results})

    def field_definitions(self, req: Request) -> Response:
        return Response(200, [{"id": n, "name": name, "label": name, "type": kind, "definitionScope": ["NODE"],
                               "apiPermission": api, "scriptPermission": script, "technicianPermission": "EDITABLE"}
                              for n, (name, kind, api, script) in enumerate(FIELDS, start=1)])

    # -- tags -------------------------------------------------------------------------------------
    def list_tags(self, req: Request) -> Response:
        return Response(200, {"tags": [{**t, "targetsCount": sum(t["id"] in s for s in self.device_tags.values())}
                                       for t in self.tags.values()]})

    def create_tag(self, req: Request) -> Response:
        body = req.json() or {}
        name = str(body.get("name") or "")
        if not 1 <= len(name) <= 40:
            return self.invalid("invalid_name", name=name)
        if any(t["name"].lower() == name.lower() for t in self.tags.values()):
            return Response(409, {"errorMessage": {"code": "tag_already_exists", "params": {"name": name}}})
        tag_id = max(self.tags, default=0) + 1
        now = time.time()
        self.tags[tag_id] = {"id": tag_id, "name": name, "description": str(body.get("description") or ""),
                             "createTime": now, "updateTime": now, "createdByUserId": 9, "updatedByUserId": 9}
        return Response(200, self.tags[tag_id])

    def manage_tags(self, req: Request) -> Response:
        if req.params["asset"] != "device":
            return self.invalid("invalid_asset_type", assetType=req.params["asset"])
        body = req.json() or {}
        mine = {d["id"] for d in self.visible(req)}
        ids = [int(i) for i in body.get("assetIds", [])]
        unknown = [i for i in [*body.get("tagIdsToAdd", []), *body.get("tagIdsToRemove", [])] if i not in self.tags]
        if any(i not in mine for i in ids) or unknown:
            return self.invalid("invalid_request", assetIds=ids, tagIds=unknown)
        for device_id in ids:
            self.device_tags[device_id] |= set(body.get("tagIdsToAdd", []))
            self.device_tags[device_id] -= set(body.get("tagIdsToRemove", []))
            self.devices[device_id]["tags"] = sorted(self.tags[t]["name"] for t in self.device_tags[device_id])
        return Response(204)

    # -- owner and end users ----------------------------------------------------------------------
    def set_owner(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        user = next((u for u in self.users.values() if u["uid"] == req.params["owner"]
                     and u["organizationId"] == device["organizationId"]), None)
        if user is None:
            return self.not_found("User")
        self._unassign(device)
        device["assignedOwnerUid"] = user["uid"]
        user["assignedDeviceIds"].append(device["id"])
        return Response(204)

    def remove_owner(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        self._unassign(device)
        return Response(204)

    def _unassign(self, device: dict[str, Any]) -> None:
        previous = device.pop("assignedOwnerUid", None)
        for user in self.users.values():
            if user["uid"] == previous and device["id"] in user["assignedDeviceIds"]:
                user["assignedDeviceIds"].remove(device["id"])

    def end_users(self, req: Request) -> Response:
        slug = self.client_slug(req)
        return Response(200, [u for u in self.users.values() if self.orgs[u["organizationId"]]["slug"] == slug])

    def create_end_user(self, req: Request) -> Response:
        """POST /v2/user/end-users: an end user of the organization named in the body (one of the client's)."""
        body = req.json() or {}
        slug = self.client_slug(req)
        org = self.orgs.get(int(body.get("organizationId") or 0))
        if org is None or org["slug"] != slug:
            return self.invalid("invalid_organization", organizationId=body.get("organizationId"))
        email = str(body.get("email") or "").lower()
        for key in ("firstName", "lastName"):
            if not 1 <= len(str(body.get(key) or "")) <= 150:
                return self.invalid("invalid_" + key, **{key: body.get(key)})
        if any(u["email"] == email for u in self.users.values()):
            return self.invalid("email_already_exists", email=email)
        user_id = max(self.users, default=500) + 1
        self.users[user_id] = {
            "id": user_id, "uid": stable_uid(slug, "end-user", email), "enabled": True,
            "firstName": body["firstName"], "lastName": body["lastName"], "email": email,
            "phone": str(body.get("phone") or ""), "organizationId": org["id"],
            "fullPortalAccess": bool(body.get("fullPortalAccess")), "mustChangePw": False, "mfaConfigured": False,
            "scimUser": False, "authType": "NATIVE", "invitationStatus": "PENDING", "assignedDeviceIds": [],
            "accessibleDeviceIds": []}
        return Response(200, self.users[user_id])

    # -- scripting --------------------------------------------------------------------------------
    def scripts(self, req: Request) -> Response:
        return Response(200, [{**s, "active": True, "architecture": ["64"], "operatingSystems": ["Windows"],
                               "scriptParameters": [], "scriptVariables": [], "createdBy": "tech",
                               "lastUpdatedBy": "tech", "createdOn": self.now - 200 * DAY,
                               "updatedOn": self.now - 30 * DAY} for s in SCRIPTS])

    def scripting_options(self, req: Request) -> Response:
        if self.device(req) is None:
            return self.not_found("Device")
        return Response(200, {
            "categories": [{"id": 1, "name": "Maintenance", "internal": True}, {"id": 3, "name": "Helpdesk",
                                                                               "internal": False}],
            "scripts": [{"type": "ACTION", "uid": stable_uid("ninja-action", "reboot"), "name": "Reboot",
                         "language": "", "description": "", "architecture": [], "categoryId": 1}]
            + [{"type": "SCRIPT", "id": s["id"], "name": s["name"], "language": s["language"],
                "description": s["description"], "architecture": ["64"], "categoryId": 3} for s in SCRIPTS],
            "credentials": {"roles": ["system", "loggedonuser", "SR_LOCAL_ADMINISTRATOR", "SR_DOMAIN_ADMINISTRATOR"],
                            "credentials": []}})

    def run_script(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        if not self.grant_of(req)["user_context"]:
            return Response(403, USER_CONTEXT)
        body = req.json() or {}
        script = next((s for s in SCRIPTS if body.get("type") == "SCRIPT" and s["id"] == body.get("id")), None)
        if script is None:
            return self.invalid("script_not_found", id=body.get("id"))
        run_as = str(body.get("runAs") or "")
        if not (run_as in ("system", "loggedonuser") or run_as.startswith("SR_") or run_as.isdigit()):
            return self.invalid("invalid_credential_role", runAs=run_as)
        now = time.time()
        job = {"uid": stable_uid("job", str(next(self._ids))), "deviceId": device["id"],
               "message": f"Running {script['name']}", "createTime": now, "updateTime": now,
               "sourceName": script["name"], "subject": script["name"], "userId": 9,
               "jobStatus": "IN_PROCESS", "jobType": "SCRIPTING", "data": {}}
        self.jobs.append(job)
        self.runs.append({"device": device["id"], "script": script["id"], "runAs": run_as, "at": now,
                          "parameters": body.get("parameters", "")})
        self._activity(device["id"], "ACTION", "START_REQUESTED", None, f"{script['name']} requested",
                       script["name"], job["uid"])
        return Response(204)

    def _settle(self) -> None:
        """Finish the script runs whose time has come (the agent reporting back)."""
        with self.lock:  # called from `authenticate`, which runs before the vendor lock is taken
            self._settle_locked()

    def _settle_locked(self) -> None:
        now = time.time()
        for job in list(self.jobs):
            device_id = job["deviceId"]
            if device_id in self.silent or now < job["createTime"] + self.script_delay:
                continue
            self.jobs.remove(job)
            offline = self.devices[device_id]["offline"]
            result = "UNCOMPLETED" if offline else "SUCCESS"
            if not offline and job["sourceName"] == SCRIPTS[0]["name"]:
                self.fields[device_id][DIAG_FIELD] = json.dumps(diagnostics(self.figures[device_id], now))
            self._activity(device_id, "ACTION", "COMPLETED", result, f"{job['sourceName']} completed",
                           job["sourceName"], job["uid"])

    def _activity(self, device_id: int, kind: str, status: str, result: str | None, message: str, source: str,
                  series: str = "") -> None:
        row = {"id": next(self._ids), "activityTime": time.time(), "deviceId": device_id, "severity": "NONE",
               "priority": "NONE", "activityType": kind, "statusCode": status, "status": status.title(),
               "sourceName": source, "subject": message, "userId": 9, "message": message, "type": kind.title(),
               "data": {}}
        if series:
            row["seriesUid"] = series
        if result:
            row["activityResult"] = result
        self.activities.append(row)

    def device_jobs(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        return Response(200, [j for j in self.jobs if j["deviceId"] == device["id"]])

    def device_activities(self, req: Request) -> Response:
        device = self.device(req)
        if device is None:
            return self.not_found("Device")
        rows = [a for a in self.activities if a["deviceId"] == device["id"]]
        if req.arg("newerThan"):
            rows = [a for a in rows if a["id"] > int(req.arg("newerThan") or 0)]
        if req.arg("olderThan"):
            rows = [a for a in rows if a["id"] < int(req.arg("olderThan") or 0)]
        if req.arg("seriesUid"):
            rows = [a for a in rows if a.get("seriesUid") == req.arg("seriesUid")]
        rows = sorted(rows, key=lambda a: -a["id"])[: int(req.arg("pageSize") or 200)]
        last = max((a["id"] for a in self.activities), default=0)
        return Response(200, {"lastActivityId": last, "lastNodeActivityId": last, "activities": rows})
