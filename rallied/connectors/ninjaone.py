"""NinjaOne public API v2 (../shared/contracts/rmm/README.md): devices, owners, custom fields, tags, scripts.

Config: `organization_id` (the tenant's NinjaOne organization: every device call checks the device belongs to it),
`allowed_scripts` (ids), `diagnostics_script`, `result_field` (the custom field the diagnostics script writes),
optional `owner_field`, `ticket_field`. Credentials: `client_id`, `client_secret`, and `refresh_token` (from a
technician's one-time consent with offline_access; it rotates).

The vendor's quirks, all here:
- Two token lanes: client credentials for reads and writes; the user-context token (refresh grant) only for
  script/run, which refuses anything else with 403 user_context_required. NinjaOne rotates the refresh token on
  every use, so the new one is handed to `on_credentials_changed` at once: losing it means a technician must consent
  again.
- Rate limiting may come as a 429 or as an HTML page with status 200: any text/html answer is throttling. Reads are
  retried with back-off; a write is never repeated blind.
- script/run answers 204 with no run id; the result comes back only through the custom field the script writes,
  which is polled until it carries a timestamp from after the run.
- Four error envelopes (auth, resultCode/errorMessage/incidentId, errorMessage as {code, params}, raw text).
"""

from __future__ import annotations

import json
import time
from typing import Any

import requests

from rallied import http
from rallied.connectors.base import ConnectorError, check_text, check_whole_number
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

PAGE = 1000
THROTTLE_RETRIES = 3
TOKEN_MARGIN = 60.0  # refresh the access token this many seconds before it runs out
GIB = 1024**3


def ninja_errors(response: requests.Response) -> tuple[str | None, str]:
    """(code, message) from NinjaOne's envelopes, in the contract's order (§6.4); an HTML page is throttling."""
    if "text/html" in response.headers.get("Content-Type", ""):
        if response.status_code >= 500:  # a gateway's error page: a server error like any other
            return None, f"NinjaOne failed with HTTP {response.status_code} (an HTML error page)"
        return "rate_limited", f"NinjaOne is throttling (rate-limit page, HTTP {response.status_code})"
    try:
        data = response.json()
    except ValueError:
        return None, (response.text or response.reason or "")[:300]
    if isinstance(data, dict):
        if "error" in data:
            return str(data["error"]), str(data.get("error_description") or data["error"])
        message = data.get("errorMessage")
        if isinstance(message, dict):
            return str(message.get("code") or "") or None, f"{message.get('code')} {message.get('params') or ''}"
        if message or "resultCode" in data:
            incident = f" (incident {data['incidentId']})" if data.get("incidentId") else ""
            return str(data.get("resultCode") or "") or None, f"{message or data.get('resultCode')}{incident}"
    return None, str(data)[:300]


class NinjaOneConnector(RmmConnector):
    vendor = "ninjaone"
    required_config = ("organization_id",)
    required_credentials = ("client_id", "client_secret")
    config_checks = {"organization_id": check_whole_number(1, 2**31 - 1), "allowed_scripts": check_script_list,
                     "result_field": check_text(80), "owner_field": check_text(80), "tagging": check_tagging}
    supports = {"tag_device": "onboard_device", "unassign_device": "offboard_device",
                "restore_device": "restore_assignment"}
    operations = {"find_devices": "find_devices", "tag_device": "tag_device", "unassign_device": "unassign_device",
                  "run_script": "run_script", "device_health": "device_health"}
    capability_notes = {"find_devices": "owner, last logon, search", "tag_device": "owner, field, tag, location",
                        "run_script": "result via custom field"}

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.organization_id = int(self.config.get("organization_id") or 0)
        self._tokens: dict[bool, tuple[str, float]] = {}  # user_context -> (access token, expires at)

    # -- tokens -----------------------------------------------------------------------------------
    def _token(self, user_context: bool) -> str:
        held = self._tokens.get(user_context)
        if held and held[1] - TOKEN_MARGIN > time.time():
            return held[0]
        form = {"client_id": self.credentials.get("client_id", ""),
                "client_secret": self.credentials.get("client_secret", "")}
        if user_context:
            refresh = self.credentials.get("refresh_token")
            if not refresh:
                raise ConnectorError("NinjaOne scripts need a technician's consent (no refresh token is stored).",
                                     vendor=self.vendor, permanent=True, code="reconsent_required")
            form.update(grant_type="refresh_token", refresh_token=refresh)
        else:
            form.update(grant_type="client_credentials", scope="monitoring management")
        try:
            # A refresh is not repeatable: the token it spends is gone once NinjaOne has seen it.
            response = http.send("POST", f"{self.base_url}/ws/oauth/token", vendor=self.vendor, data=form,
                                 timeout=self.timeout, error_parser=ninja_errors, sleep=self.sleep,
                                 idempotent=not user_context)
        except ConnectorError as exc:
            if user_context and exc.code in ("invalid_token", "expired_token", "invalid_grant"):
                raise ConnectorError(
                    "NinjaOne refused the stored refresh token (expired or already used): a technician must "
                    "consent again before scripts can run.", vendor=self.vendor, permanent=True,
                    status=exc.status, code="reconsent_required") from exc
            raise
        data = response.json()
        if user_context and data.get("refresh_token"):
            self.credentials["refresh_token"] = data["refresh_token"]
            if self.on_credentials_changed is not None:
                self.on_credentials_changed(dict(self.credentials))
        self._tokens[user_context] = (data["access_token"], time.time() + float(data.get("expires_in") or 3600))
        return data["access_token"]

    # -- requests ---------------------------------------------------------------------------------
    def _call(self, method: str, path: str, *, params: dict[str, Any] | None = None, body: Any = None,
              user_context: bool = False) -> Any:
        """One API call; None for an empty answer (204). Throttling and an expired token are handled here."""
        renewed = False
        for attempt in range(THROTTLE_RETRIES + 1):
            try:
                response = http.send(method, f"{self.base_url}/v2{path}", vendor=self.vendor, params=params,
                                     json=body, timeout=self.timeout, error_parser=ninja_errors, sleep=self.sleep,
                                     headers={"Authorization": f"Bearer {self._token(user_context)}"})
            except ConnectorError as exc:
                if exc.status == 401 and exc.code == "not_authenticated" and not renewed:
                    self._tokens.pop(user_context, None)  # the token expired early or was revoked: one new one
                    renewed = True
                    continue
                if exc.code == "rate_limited" and exc.status != 429:  # an HTML page with a 4xx (a 403 seen)
                    self._throttled(method, attempt, exc.status or 0)
                    continue
                raise
            if "text/html" not in response.headers.get("Content-Type", ""):
                return response.json() if response.content else None
            # NinjaOne's rate limit may arrive as an HTML page with a 200: never parsed as data.
            self._throttled(method, attempt, response.status_code)
        raise AssertionError("unreachable")

    def _throttled(self, method: str, attempt: int, status: int) -> None:
        """A rate-limit page: wait and let a read try again; a write, or the last try, ends in a temporary error
        (a write is reported unsettled: NinjaOne may have taken it before the page was served)."""
        if method != "GET" or attempt == THROTTLE_RETRIES:
            raise ConnectorError("NinjaOne is throttling (rate-limit page)", vendor=self.vendor, permanent=False,
                                 status=status, code="rate_limited", ambiguous=method != "GET")
        self.sleep(min(2.0 ** attempt, 8.0))

    def _pages(self, path: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Keyset paging: pageSize, after = the last id seen; stop on a short page."""
        rows: list[dict[str, Any]] = []
        after = 0
        while True:
            page = self._call("GET", path, params={**(params or {}), "pageSize": PAGE, "after": after}) or []
            rows.extend(page)
            if len(page) < PAGE:
                return rows
            after = max(int(r["id"]) for r in page)

    def _device(self, device_id: str) -> dict[str, Any]:
        """The device, refused unless it belongs to this tenant's organization (§6.15)."""
        data = self._call("GET", f"/device/{int(device_id)}")
        if not data or int(data.get("organizationId") or 0) != self.organization_id:
            raise ConnectorError(f"Device {device_id} is not in this tenant's NinjaOne organization.",
                                 vendor=self.vendor, permanent=True, status=404, code="not_found")
        return data

    def _record(self, data: dict[str, Any], matched_by: str = "", owner: str | None = None) -> RmmDevice:
        return RmmDevice(id=str(data["id"]), name=str(data.get("displayName") or data.get("systemName") or ""),
                         online=not data.get("offline", False), matched_by=matched_by, owner=owner,
                         last_user=str(data.get("lastLoggedInUser") or ""),
                         organization=str(data.get("organizationId")), raw=data)

    def _end_user(self, address: str) -> dict[str, Any] | None:
        users = self._call("GET", "/user/end-users") or []
        return next((u for u in users if str(u.get("email", "")).lower() == address.lower()
                     and int(u.get("organizationId") or 0) == self.organization_id), None)

    # -- operations -------------------------------------------------------------------------------
    def find_devices(self, address: str) -> list[RmmDevice]:
        user = self._end_user(address)
        if user and user.get("assignedDeviceIds"):
            return [self._record(self._device(str(i)), "owner", address) for i in user["assignedDeviceIds"]]
        detailed = self._pages("/devices-detailed", {"df": f"org = {self.organization_id}"})
        field_name = self.config.get("owner_field")
        if field_name:
            report = self._call("GET", "/queries/custom-fields", params={"df": f"org = {self.organization_id}",
                                                                         "fields": field_name}) or {}
            ids = {r["deviceId"] for r in report.get("results", [])
                   if str((r.get("fields") or {}).get(field_name, "")).lower() == address.lower()}
            if ids:
                return [self._record(d, "custom field") for d in detailed if d["id"] in ids]
        by_logon = [self._record(d, "last logged-on user") for d in detailed
                    if logon_matches(str(d.get("lastLoggedInUser") or ""), address)]
        if by_logon:
            return by_logon
        found = self._call("GET", "/devices/search", params={"q": address.split("@")[0], "limit": 10}) or {}
        return [self._record(d, "search") for d in found.get("devices", [])
                if int(d.get("organizationId") or 0) == self.organization_id
                and logon_matches(str(d.get("matchAttrValue") or ""), address)]

    def tag_device(self, device_id: str, *, owner: str | None = None, fields: dict[str, str] | None = None,
                   tag: str | None = None, location_id: int | None = None, untag: str | None = None,
                   owner_name: str = "") -> RmmDevice:
        """Assign the owner (by address), set custom fields, add an asset tag (and take `untag` off), move location;
        each only if asked. An owner who is no end user of the organization yet (a new hire) is created first.

        Idempotent: a tag that exists is reused, an owner already set is set again to the same person."""
        device = self._device(device_id)
        if owner:
            user = self._end_user(owner) or self._new_end_user(owner, owner_name)
            self._call("POST", f"/device/{device['id']}/owner/{user['uid']}")
        if fields:
            self._call("PATCH", f"/device/{device['id']}/custom-fields", body=dict(fields))
        held = {str(t).lower() for t in device.get("tags") or []}
        remove = [self._tag_id(untag)] if untag and untag.lower() in held else []
        if tag or remove:
            self._call("POST", "/tag/device", body={"assetIds": [device["id"]],
                                                     "tagIdsToAdd": [self._tag_id(tag)] if tag else [],
                                                     "tagIdsToRemove": remove})
        if location_id is not None:
            self._call("PATCH", f"/device/{device['id']}", body={"organizationId": self.organization_id,
                                                                  "locationId": int(location_id)})
        return self._record(self._device(device_id), owner=owner)  # read back: what NinjaOne now holds

    def _new_end_user(self, address: str, name: str) -> dict[str, Any]:
        first, _, last = (name or address.split("@")[0].replace(".", " ").title()).partition(" ")
        return self._call("POST", "/user/end-users", body={
            "firstName": first[:150] or address[:150], "lastName": (last or first)[:150], "email": address,
            "organizationId": self.organization_id, "fullPortalAccess": False}) or {}

    def unassign_device(self, device_id: str) -> RmmDevice:
        device = self._device(device_id)
        self._call("DELETE", f"/device/{device['id']}/owner")
        cleared = {name: "" for name in (self.config.get("owner_field"), self.tagging.get("field")) if name}
        if cleared:
            self._call("PATCH", f"/device/{device['id']}/custom-fields", body=cleared)
        return self._record(self._device(device_id))

    def all_devices(self) -> list[RmmDevice]:
        return [self._record(d) for d in self._pages("/devices-detailed", {"df": f"org = {self.organization_id}"})]

    def _marks(self, device: RmmDevice) -> set[str]:
        return {str(t).lower() for t in device.raw.get("tags") or []}

    def assignment(self, device_id: str) -> dict[str, Any]:
        device = self._device(device_id)
        uid = device.get("assignedOwnerUid")
        owner = next((str(u.get("email")) for u in (self._call("GET", "/user/end-users") or [])
                      if uid and u.get("uid") == uid), None)
        names = [str(n) for n in dict.fromkeys((self.tagging.get("field"), self.config.get("owner_field"))) if n]
        values = (self._call("GET", f"/device/{device['id']}/custom-fields") or {}) if names else {}
        return {"owner": owner, "fields": {n: values.get(n) for n in names},
                "tags": sorted(str(t) for t in device.get("tags") or []), "location": device.get("locationId")}

    def restore_assignment(self, device_id: str, state: dict[str, Any]) -> RmmDevice:
        device = self._device(device_id)
        owner = state.get("owner")
        if owner:
            self.tag_device(device_id, owner=str(owner))
        elif device.get("assignedOwnerUid"):
            self._call("DELETE", f"/device/{device['id']}/owner")
        fields = {str(k): "" if v is None else str(v) for k, v in (state.get("fields") or {}).items()}
        if fields:
            self._call("PATCH", f"/device/{device['id']}/custom-fields", body=fields)
        want = {str(t).lower(): str(t) for t in state.get("tags") or []}
        have = {str(t).lower(): str(t) for t in device.get("tags") or []}
        add = [self._tag_id(name) for low, name in want.items() if low not in have]
        remove = [self._tag_id(name) for low, name in have.items() if low not in want]
        if add or remove:
            self._call("POST", "/tag/device", body={"assetIds": [device["id"]], "tagIdsToAdd": add,
                                                     "tagIdsToRemove": remove})
        location = state.get("location")
        if location is not None and location != device.get("locationId"):
            self._call("PATCH", f"/device/{device['id']}", body={"organizationId": self.organization_id,
                                                                  "locationId": int(location)})
        return self._record(self._device(device_id), owner=str(owner) if owner else None)

    def _tag_id(self, name: str) -> int:
        def find() -> int | None:
            tags = (self._call("GET", "/tag") or {}).get("tags", [])
            return next((int(t["id"]) for t in tags if str(t.get("name", "")).lower() == name.lower()), None)

        found = find()
        if found is not None:
            return found
        try:
            return int(self._call("POST", "/tag", body={"name": name[:40], "description": "Set by Rallied"})["id"])
        except ConnectorError as exc:
            if exc.status == 409:  # created meanwhile: read it again rather than fail
                again = find()
                if again is not None:
                    return again
            raise

    def run_script(self, device_id: str, script: str) -> ScriptResult:
        """Run an allowed script, wait for its run to complete, and read what it wrote to the result field.

        NinjaOne returns no run id: the run is recognised as the first completed activity of this script after the
        newest activity seen before sending it (the contract's §3.8 pattern). Never waits past `script_timeout`."""
        self.ensure_script_allowed(script)
        device = self._device(device_id)
        name = str(device.get("systemName") or device_id)
        if device.get("offline"):
            raise ConnectorError(f"Device {name} is offline; script {script} was not sent.", vendor=self.vendor,
                                 permanent=False, code="device_offline")
        options = self._call("GET", f"/device/{device['id']}/scripting/options") or {}
        offered = next((s for s in options.get("scripts", [])
                        if s.get("type") == "SCRIPT" and str(s.get("id")) == str(script)), None)
        if offered is None:
            raise ConnectorError(f"Script {script} is not offered for device {name}.", vendor=self.vendor,
                                 permanent=True, code="script_not_offered")
        activities = f"/device/{device['id']}/activities"
        before = (self._call("GET", activities, params={"pageSize": 10}) or {}).get("lastActivityId") or 0
        started = time.time()
        self._call("POST", f"/device/{device['id']}/script/run",
                   body={"type": "SCRIPT", "id": int(script), "runAs": "system"}, user_context=True)
        deadline = time.monotonic() + self.script_timeout
        while True:
            newer = (self._call("GET", activities, params={"newerThan": before, "pageSize": 100}) or {})
            done = [a for a in newer.get("activities", []) if a.get("statusCode") == "COMPLETED"
                    and a.get("sourceName") == offered.get("name")]
            if done:
                break
            if time.monotonic() >= deadline:
                raise self._give_up(str(script), name)
            self.poll_sleep(self.poll_interval)
        outcome = done[-1].get("activityResult")
        if outcome != "SUCCESS":
            raise ConnectorError(f"Script {script} ended {outcome} on {name}.", vendor=self.vendor, permanent=False,
                                 code="script_failed")
        value = (self._call("GET", f"/device/{device['id']}/custom-fields") or {}).get(
            str(self.config.get("result_field") or "diagLastResult"))
        data = self._fresh(value, started)
        return ScriptResult(script=str(script), device=str(device["id"]), text=str(value) if data else "", data=data)

    @staticmethod
    def _fresh(value: Any, started: float) -> dict[str, Any] | None:
        """The field's JSON when the script wrote it after `started` (an older value is a previous run's)."""
        if not isinstance(value, str):
            return None
        try:
            data = json.loads(value[:20000])
        except ValueError:
            return None
        stamp = data.get("ts") if isinstance(data, dict) else None
        return data if isinstance(stamp, (int, float)) and stamp >= started - 1 else None

    def device_health(self, device_id: str, *, live: bool = True) -> DeviceHealth:
        device = self._device(device_id)
        os_info = device.get("os") or {}
        health = DeviceHealth(device=str(device["id"]), name=str(device.get("systemName") or ""),
                              online=not device.get("offline", False),
                              uptime_days=days_since(os_info.get("lastBootTime")),
                              pending_reboot=bool(os_info.get("needsReboot")))
        for volume in device.get("volumes") or []:
            capacity, free = volume.get("capacity") or 0, volume.get("freeSpace") or 0
            if capacity:
                health.disks.append((str(volume.get("driveLetter") or volume.get("name")),
                                     round(100 * free / capacity, 1), round(free / GIB, 1)))
        capacity = (device.get("memory") or {}).get("capacity")
        health.memory_gb = round(capacity / GIB, 1) if capacity else None
        disks = self._call("GET", f"/device/{device['id']}/disks") or []
        bad = [str(d.get("status")) for d in disks if str(d.get("status", "OK")).upper() not in ("OK", "")]
        health.disk_status = bad[0] if bad else ("OK" if disks else None)
        health.alerts = [str(a.get("message")) for a in self._call("GET", f"/device/{device['id']}/alerts") or []]
        script = self.diagnostics_script()
        if live and script and health.online and self.credentials.get("refresh_token"):
            health.merge_script(self.run_script(device_id, script).data or {})
        return health
