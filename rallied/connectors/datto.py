"""Datto RMM API v2 (../shared/contracts/rmm/README.md §7.1): devices, user-defined fields, sites, quick jobs.

Config: `site_uid` (the tenant's Datto site), `sites` (every site of the tenant, the main one included: every device
call checks the device is in one, and a device is only ever moved between them), `allowed_scripts`
(component uids), `diagnostics_script`, `owner_udf` (the UDF that holds the owner's address, e.g. "udf1").
Credentials: `api_key`, `api_secret` (the API user's keys).

The vendor's quirks, all here:
- The token comes from /auth/oauth/token with the fixed public client (HTTP Basic public-client:public) and the
  password grant on the API keys; it lasts 100 hours, and is fetched again once when a call answers 401.
- 600 requests per 60 s per account: a 429 (Retry-After honoured by the HTTP module for reads).
- Datto has no owner and no tags: "tagging" is a UDF write, a "location" is a site move.
- A quick job's result is read directly: the job's status per device, then its stdout.
- Timestamps are ISO strings in the spec and epoch milliseconds in some payloads: both are read.
"""

from __future__ import annotations

import json
import time
from typing import Any

import requests

from rallied import http
from rallied.connectors.base import ConnectorError, check_text
from rallied.connectors.rmm_types import (
    DeviceHealth,
    RmmConnector,
    RmmDevice,
    ScriptResult,
    check_script_list,
    check_tagging,
    days_since,
    logon_matches,
)

PAGE = 250  # Datto's largest page
GIB = 1024**3
DONE = {"Success", "Warning", "Failure"}


def datto_errors(response: requests.Response) -> tuple[str | None, str]:
    try:
        data = response.json()
    except ValueError:
        return None, (response.text or response.reason or "")[:300]
    if isinstance(data, dict):
        if "error" in data:
            return str(data["error"]), str(data.get("error_description") or data["error"])
        if "message" in data:
            return str(data.get("code") or "") or None, str(data["message"])
    return None, str(data)[:300]


class DattoConnector(RmmConnector):
    vendor = "datto"
    required_config = ("site_uid",)
    required_credentials = ("api_key", "api_secret")
    config_checks = {"site_uid": check_text(64), "sites": check_script_list, "allowed_scripts": check_script_list,
                     "owner_udf": check_text(8), "tag_udf": check_text(8), "tagging": check_tagging}
    supports = {"tag_device": "onboard_device", "unassign_device": "offboard_device",
                "restore_device": "restore_assignment"}
    operations = {"find_devices": "find_devices", "tag_device": "tag_device", "unassign_device": "unassign_device",
                  "run_script": "run_script", "device_health": "device_health"}
    capability_notes = {"find_devices": "owner UDF, last logon", "tag_device": "UDF, site",
                        "run_script": "quick job stdout"}

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.site_uid = str(self.config.get("site_uid") or "")
        listed = self.config.get("sites") if isinstance(self.config.get("sites"), list) else []
        self.sites = [self.site_uid, *(str(s) for s in listed if str(s) != self.site_uid)]
        self.owner_udf = str(self.config.get("owner_udf") or "udf1")
        self._access: tuple[str, float] | None = None

    def _token(self) -> str:
        if self._access and self._access[1] - 60 > time.time():
            return self._access[0]
        response = http.send(
            "POST", f"{self.base_url}/auth/oauth/token", vendor=self.vendor, auth=("public-client", "public"),
            data={"grant_type": "password", "username": self.credentials.get("api_key", ""),
                  "password": self.credentials.get("api_secret", "")},
            timeout=self.timeout, error_parser=datto_errors, sleep=self.sleep, idempotent=True)
        data = response.json()
        self._access = (data["access_token"], time.time() + float(data.get("expires_in") or 360000))
        return self._access[0]

    def _call(self, method: str, path: str, *, params: dict[str, Any] | None = None, body: Any = None) -> Any:
        for renewed in (False, True):
            try:
                response = http.send(method, f"{self.base_url}/api/v2{path}", vendor=self.vendor, params=params,
                                     json=body, timeout=self.timeout, error_parser=datto_errors, sleep=self.sleep,
                                     headers={"Authorization": f"Bearer {self._token()}"})
            except ConnectorError as exc:
                if exc.status == 401 and not renewed:
                    self._access = None
                    continue
                raise
            return response.json() if response.content else None
        raise AssertionError("unreachable")

    def _site_devices(self) -> list[dict[str, Any]]:
        """Every device of the tenant's sites, page by page until Datto gives no next page."""
        rows: list[dict[str, Any]] = []
        for site in self.sites:
            page = 0
            while True:
                data = self._call("GET", f"/site/{site}/devices", params={"page": page, "max": PAGE}) or {}
                rows.extend(data.get("devices") or [])
                if not (data.get("pageDetails") or {}).get("nextPageUrl"):
                    break
                page += 1
        return rows

    def _device(self, device_id: str) -> dict[str, Any]:
        data = self._call("GET", f"/device/{device_id}")
        if not data or data.get("siteUid") not in self.sites:
            raise ConnectorError(f"Device {device_id} is not in this tenant's Datto sites.", vendor=self.vendor,
                                 permanent=True, status=404, code="not_found")
        return data

    def _record(self, data: dict[str, Any], matched_by: str = "") -> RmmDevice:
        owner = str((data.get("udf") or {}).get(self.owner_udf) or "") or None
        return RmmDevice(id=str(data["uid"]), name=str(data.get("hostname") or ""), online=bool(data.get("online")),
                         matched_by=matched_by, owner=owner, last_user=str(data.get("lastLoggedInUser") or ""),
                         organization=str(data.get("siteUid")), raw=data)

    # -- operations -------------------------------------------------------------------------------
    def find_devices(self, address: str) -> list[RmmDevice]:
        devices = self._site_devices()
        owned = [self._record(d, "owner") for d in devices
                 if str((d.get("udf") or {}).get(self.owner_udf) or "").lower() == address.lower()]
        if owned:
            return owned
        return [self._record(d, "last logged-on user") for d in devices
                if logon_matches(str(d.get("lastLoggedInUser") or ""), address)]

    def tag_device(self, device_id: str, *, owner: str | None = None, fields: dict[str, str] | None = None,
                   tag: str | None = None, location_id: str | None = None, untag: str | None = None,
                   owner_name: str = "") -> RmmDevice:
        """Owner and fields are UDF writes (Datto has no owner or tags: a tag goes to the `tag_udf`, replacing the
        spare pool's `untag`); a location is a site move, only between the tenant's own sites. Each only if asked;
        the device is read back afterwards."""
        if location_id and location_id not in self.sites:
            raise ConnectorError(f"Site {location_id} is not one of this tenant's sites; the device was not moved.",
                                 vendor=self.vendor, permanent=True, code="site_not_allowed")
        device = self._device(device_id)
        udfs = dict(fields or {})
        if owner:
            udfs[self.owner_udf] = owner
        held = str((device.get("udf") or {}).get(self.tag_udf) or "")
        if tag:
            udfs[self.tag_udf] = tag
        elif untag and held.lower() == untag.lower():
            udfs[self.tag_udf] = ""
        if udfs:
            self._call("POST", f"/device/{device['uid']}/udf", body=udfs)
        if location_id and location_id != device.get("siteUid"):
            self._call("PUT", f"/device/{device['uid']}/site/{location_id}")
        return self._record(self._device(device_id))

    @property
    def tag_udf(self) -> str:
        return str(self.config.get("tag_udf") or "udf2")

    def unassign_device(self, device_id: str) -> RmmDevice:
        """Datto has no owner: the owner UDF (and the tagging's field) is cleared (an empty string clears a UDF)."""
        device = self._device(device_id)
        cleared = {name: "" for name in (self.owner_udf, self.tagging.get("field")) if name}
        self._call("POST", f"/device/{device['uid']}/udf", body=cleared)
        return self._record(self._device(device_id))

    def all_devices(self) -> list[RmmDevice]:
        return [self._record(d) for d in self._site_devices()]

    def _marks(self, device: RmmDevice) -> set[str]:
        held = str((device.raw.get("udf") or {}).get(self.tag_udf) or "").lower()
        return {held} if held else set()

    def assignment(self, device_id: str) -> dict[str, Any]:
        device = self._device(device_id)
        udf = device.get("udf") or {}
        names = [str(n) for n in dict.fromkeys((self.owner_udf, self.tag_udf, self.tagging.get("field"))) if n]
        held_tag = str(udf.get(self.tag_udf) or "")
        return {"owner": str(udf.get(self.owner_udf) or "") or None, "fields": {n: udf.get(n) for n in names},
                "tags": [held_tag] if held_tag else [], "location": device.get("siteUid")}

    def restore_assignment(self, device_id: str, state: dict[str, Any]) -> RmmDevice:
        device = self._device(device_id)
        udfs = {str(k): "" if v is None else str(v) for k, v in (state.get("fields") or {}).items()}
        if udfs:
            self._call("POST", f"/device/{device['uid']}/udf", body=udfs)
        location = state.get("location")
        if location and location != device.get("siteUid") and location in self.sites:
            self._call("PUT", f"/device/{device['uid']}/site/{location}")
        return self._record(self._device(device_id))

    def run_script(self, device_id: str, script: str) -> ScriptResult:
        """Run an allowed component as a quick job and read its stdout; never waits past the timeout."""
        self.ensure_script_allowed(script)
        device = self._device(device_id)
        if not device.get("online"):
            raise ConnectorError(f"Device {device.get('hostname')} is offline; component {script} was not sent.",
                                 vendor=self.vendor, permanent=False, code="device_offline")
        answer = self._call("PUT", f"/device/{device['uid']}/quickjob",
                            body={"jobName": "Rallied diagnostics", "jobComponent": {"componentUid": str(script),
                                                                                     "variables": []}}) or {}
        job = (answer.get("job") or {}).get("uid")
        if not job:
            raise ConnectorError("Datto accepted the quick job without a job id.", vendor=self.vendor,
                                 permanent=False, code="no_job", ambiguous=True)
        deadline = time.monotonic() + self.script_timeout
        while True:
            result = self._call("GET", f"/job/{job}/results/{device['uid']}") or {}
            status = result.get("jobDeploymentStatus")
            if status in DONE:
                break
            if time.monotonic() >= deadline:
                raise self._give_up(str(script), str(device.get("hostname") or device_id))
            self.poll_sleep(self.poll_interval)
        if status == "Failure":
            raise ConnectorError(f"Component {script} failed on {device.get('hostname')}.", vendor=self.vendor,
                                 permanent=False, code="script_failed")
        out = self._call("GET", f"/job/{job}/results/{device['uid']}/stdout") or []
        text = "".join(str(part.get("stdData") or "") for part in out)[:20000]
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        return ScriptResult(script=str(script), device=str(device["uid"]), text=text,
                            data=data if isinstance(data, dict) else None)

    def device_health(self, device_id: str, *, live: bool = True) -> DeviceHealth:
        device = self._device(device_id)
        health = DeviceHealth(device=str(device["uid"]), name=str(device.get("hostname") or ""),
                              online=bool(device.get("online")), uptime_days=days_since(device.get("lastReboot")),
                              pending_reboot=bool(device.get("rebootRequired")))
        audit = self._call("GET", f"/audit/device/{device['uid']}") or {}
        for disk in audit.get("logicalDisks") or []:
            size, free = disk.get("size") or 0, disk.get("freespace") or 0
            if size:
                health.disks.append((str(disk.get("diskIdentifier") or ""), round(100 * free / size, 1),
                                     round(free / GIB, 1)))
        memory = (audit.get("systemInfo") or {}).get("totalPhysicalMemory")
        health.memory_gb = round(memory / GIB, 1) if memory else None
        script = self.diagnostics_script()
        if live and script and health.online:
            health.merge_script(self.run_script(device_id, script).data or {})
        return health
