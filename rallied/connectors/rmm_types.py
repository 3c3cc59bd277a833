"""What every RMM connector shares (NinjaOne, Datto RMM): the device and health records, the script allow-list and
the operations the capability matrix lists.

An RMM connector answers the help desk: which computers are this person's (`find_devices`), tag one for a new owner
(`tag_device`, at onboarding) or take the owner off it (`unassign_device`, at offboarding), run a script the service
lead allowed and read what it reported (`run_script`), and how healthy a computer is (`device_health`). Each vendor
class holds only its quirks; the allow-list, the record shapes and the device matching live here so both vendors
behave alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, ClassVar

from rallied.connectors.base import Connector, ConnectorError

RMM_OPERATIONS = ("find_devices", "tag_device", "unassign_device", "run_script", "device_health")

# How a device was found for a person, strongest first: the RMM's own owner record beats our custom field, which
# beats the last person who happened to log on (the contract's §6.9: never act on the weakest alone when a stronger
# one exists).
MATCHED_BY = ("owner", "custom field", "last logged-on user", "search")


@dataclass(frozen=True)
class RmmDevice:
    id: str  # what the connector takes back (NinjaOne: the numeric id; Datto: the device uid)
    name: str
    online: bool
    matched_by: str = ""
    owner: str | None = None  # the owner's address, when the RMM records one
    last_user: str = ""  # as the RMM reports it (DOMAIN\\user)
    organization: str = ""  # NinjaOne organization id / Datto site uid
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class ScriptResult:
    """What an allowed script reported: `data` when it wrote JSON, `text` always."""

    script: str
    device: str
    text: str
    data: dict[str, Any] | None = None


@dataclass
class DeviceHealth:
    """The figures a technician reads first on a "slow" ticket. None means "the RMM did not say"."""

    device: str
    name: str
    online: bool
    uptime_days: float | None = None
    disks: list[tuple[str, float, float]] = field(default_factory=list)  # (drive, free %, free GB)
    disk_status: str | None = None  # "OK" or the RMM's word for a failing disk
    memory_gb: float | None = None
    cpu_pct: float | None = None
    mem_pct: float | None = None
    gateway_ms: float | None = None
    public_ms: float | None = None
    loss_pct: float | None = None
    down_mbps: float | None = None
    up_mbps: float | None = None
    alerts: list[str] = field(default_factory=list)
    pending_reboot: bool = False
    live: bool = False  # the live figures (CPU, ping, speed) came from a diagnostics script run just now

    def merge_script(self, data: Mapping[str, Any]) -> None:
        """Fold in the JSON the diagnostics script reported (the contract's §4 shape)."""
        ping = data.get("pingMs") if isinstance(data.get("pingMs"), Mapping) else {}
        self.gateway_ms = _number(ping.get("gateway"))
        others = [_number(v) for k, v in ping.items() if k != "gateway"]
        self.public_ms = next((v for v in others if v is not None), None)
        for name, key in (("cpu_pct", "cpuPct"), ("mem_pct", "memPct"), ("loss_pct", "lossPct"),
                          ("down_mbps", "downMbps"), ("up_mbps", "upMbps")):
            setattr(self, name, _number(data.get(key)))
        if self.uptime_days is None:
            self.uptime_days = _number(data.get("uptimeDays"))
        self.live = True


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def epoch_seconds(value: Any) -> float | None:
    """A vendor timestamp as epoch seconds: seconds or milliseconds (values past 1e12), or an ISO-8601 string."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) / 1000 if value >= 1e12 else float(value)
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return None
    return None


def days_since(value: Any, now: float | None = None) -> float | None:
    when = epoch_seconds(value)
    return None if when is None else max(0.0, ((now or time.time()) - when) / 86400)


def logon_matches(logon: str, address: str) -> bool:
    """Whether a last logged-on user (`DOMAIN\\user`, `user@domain`, `.\\user`) is the person at `address`.

    Only the exact account name counts (the address's local part, or the whole address): "avance" is not taken for
    adele.vance, since a wrong match would run diagnostics on a stranger's computer."""
    name = logon.rsplit("\\", 1)[-1].strip().lower()
    address = address.strip().lower()
    return bool(name) and name in (address, address.split("@")[0])


class ScriptNotAllowed(ConnectorError):
    """The tenant's allow-list does not name this script: refused before any request."""

    def __init__(self, vendor: str, script: str) -> None:
        super().__init__(f"Script {script} is not on this tenant's allow-list; it was not run.", vendor=vendor,
                         permanent=True, code="script_not_allowed")


class RmmConnector(Connector):
    """An RMM. Reads need nothing more than the connection; running a script needs the tenant's allow-list."""

    # RMM operation (RMM_OPERATIONS) -> the method that performs it (the matrix's "RMM operations" table).
    operations: ClassVar[Mapping[str, str]] = {}
    # How long a script may take to report before the run is given up as silent, and how often to look.
    script_timeout: float = 120.0
    poll_interval: float = 3.0

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.script_timeout = float(self.config.get("script_timeout", self.script_timeout))
        self.poll_interval = float(self.config.get("poll_interval", self.poll_interval))
        # Polling waits go through here (not `sleep`, which tests record instead of waiting).
        self.poll_sleep: Callable[[float], None] = time.sleep
        # Called with the new credentials when the vendor rotates one (a refresh token): the caller stores them, or
        # the next run holds a token that no longer works.
        self.on_credentials_changed: Callable[[dict[str, Any]], None] | None = None

    @property
    def allowed_scripts(self) -> frozenset[str]:
        """The tenant's allow-list (config `allowed_scripts`): least privilege, empty means no script at all."""
        listed = self.config.get("allowed_scripts") or []
        return frozenset(str(s) for s in listed) if isinstance(listed, list) else frozenset()

    def ensure_script_allowed(self, script: str) -> None:
        if str(script) not in self.allowed_scripts:
            raise ScriptNotAllowed(self.vendor, str(script))

    def diagnostics_script(self) -> str | None:
        """The configured diagnostics script, when it is also on the allow-list."""
        script = self.config.get("diagnostics_script")
        return str(script) if script is not None and str(script) in self.allowed_scripts else None

    def find_devices(self, address: str) -> list[RmmDevice]:
        """The person's computers, found the strongest way that finds any (MATCHED_BY); several are all returned."""
        raise NotImplementedError

    def tag_device(self, device_id: str, **tags: Any) -> RmmDevice:
        """Owner, fields, tag and location, each only if given; `untag` names a tag to take off (the spare pool's)."""
        raise NotImplementedError

    def unassign_device(self, device_id: str) -> RmmDevice:
        """Take the owner (and the owner field) off the device; the device is read back afterwards."""
        raise NotImplementedError

    def run_script(self, device_id: str, script: str) -> ScriptResult:
        raise NotImplementedError

    def device_health(self, device_id: str, *, live: bool = True) -> DeviceHealth:
        """Inventory figures, plus the diagnostics script's live figures when `live` and it is allowed."""
        raise NotImplementedError

    # -- the device steps of onboarding and offboarding (rallied/kinds.RMM_KINDS) -----------------------------------
    @property
    def tagging(self) -> dict[str, Any]:
        """How the tenant tags a new hire's device (config `tagging`, checked by `check_tagging`)."""
        value = self.config.get("tagging")
        return dict(value) if isinstance(value, dict) else {}

    def all_devices(self) -> list[RmmDevice]:
        """Every device of the tenant (its organization or sites)."""
        raise NotImplementedError

    def assignment(self, device_id: str) -> dict[str, Any]:
        """What the device steps may change, read now: {"owner", "fields", "tags", "location"} (the before-state an
        undo restores). Only the fields the tenant's tagging names are read."""
        raise NotImplementedError

    def restore_assignment(self, device_id: str, state: Mapping[str, Any]) -> RmmDevice:
        """Put back an `assignment` read earlier: the owner (or none), the fields, the tags and the location."""
        raise NotImplementedError

    def spare_devices(self) -> list[RmmDevice]:
        """The devices the tenant set aside for new hires (tagging `spare_tag`); none when it names no spare tag."""
        marker = str(self.tagging.get("spare_tag") or "").strip().lower()
        if not marker:
            return []
        return [replace(d, matched_by="spare") for d in self.all_devices() if marker in self._marks(d)]

    def _marks(self, device: RmmDevice) -> set[str]:
        """The device's tags, lower case (NinjaOne tags, Datto's tag UDF)."""
        raise NotImplementedError

    def onboard_device(self, device_id: str, address: str, *, name: str = "") -> dict[str, Any]:
        """Tag the device for `address` as the tenant configures, the spare tag taken off. Returns the before-state
        (read just before the write) and what the RMM holds afterwards."""
        config = self.tagging
        before = self.assignment(device_id)
        spare = str(config.get("spare_tag") or "")
        after = self.tag_device(device_id, owner=address if config.get("owner") else None,
                                fields={str(config["field"]): address} if config.get("field") else None,
                                tag=str(config["tag"]) if config.get("tag") else None,
                                location_id=config.get("location"), untag=spare or None, owner_name=name)
        return {"before": before, "device_name": after.name, "owner": after.owner}

    def offboard_device(self, device_id: str) -> dict[str, Any]:
        before = self.assignment(device_id)
        after = self.unassign_device(device_id)
        return {"before": before, "device_name": after.name}

    def _give_up(self, script: str, device: str) -> ConnectorError:
        return ConnectorError(
            f"Script {script} on device {device} did not report within {self.script_timeout:g}s; nothing was read.",
            vendor=self.vendor, permanent=False, code="script_no_result")


def check_script_list(value: Any) -> str:
    if not isinstance(value, list) or not all(isinstance(s, (str, int)) and not isinstance(s, bool) for s in value):
        return "must be a list of script ids"
    return ""


TAGGING_KEYS = ("owner", "field", "tag", "location", "spare_tag")


def check_tagging(value: Any) -> str:
    """The tenant's tagging config: which of owner / custom field / tag / location the onboarding sets, and the tag
    that marks devices set aside for new hires. Errors name the key at fault, for the admin form."""
    if not isinstance(value, dict):
        return 'must be an object such as {"owner": true, "field": "assignedUser", "tag": "Onboarded"}'
    unknown = sorted(set(value) - set(TAGGING_KEYS))
    if unknown:
        return f"has unknown keys {', '.join(unknown)} (known: {', '.join(TAGGING_KEYS)})"
    if "owner" in value and not isinstance(value["owner"], bool):
        return "owner must be true or false"
    for key in ("field", "tag", "spare_tag"):
        if key in value and (not isinstance(value[key], str) or not 1 <= len(value[key].strip()) <= 40):
            return f"{key} must be a name of 1 to 40 characters"
    location = value.get("location")
    if "location" in value and (isinstance(location, bool) or not isinstance(location, (int, str)) or location == ""):
        return "location must be a location id (NinjaOne) or site uid (Datto)"
    if not any(value.get(key) for key in ("owner", "field", "tag", "location")):
        return "sets nothing: name at least one of owner, field, tag or location"
    return ""
