"""What the identity providers were asked to change, counted from the sandbox's own request log.

A durability bench must not trust the database it is testing: whether a reset was applied twice, or applied
without our database knowing, is read from the vendor's side. The sandbox logs every request with the status its
handler gave (`applied`; a write landed when that is 2xx, even if an injected fault answered something else), and
`/_control/state` maps each vendor's user ids to addresses. From those this module says, per (kind, user, group),
how many writes landed, and compares that with the actions our database recorded. No Django here: the harnesses
and their test (tests/reliability/test_vendor_writes.py) import it as plain Python.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

_USER = r"(?P<user>[^/]+)"
_GROUP = r"(?P<group>[^/]+)"
# (sandbox prefix, method, path after the prefix, action kind). The routes the Entra and Okta connectors write to
# for the kinds the benches run (rallied/connectors/entra, rallied/connectors/okta).
ROUTES: list[tuple[str, str, re.Pattern[str], str]] = [
    ("graph", "PATCH", re.compile(rf"^/v1\.0/users/{_USER}$"), "reset_password"),
    ("graph", "POST", re.compile(r"^/v1\.0/identityProtection/riskyUsers/dismiss$"), "unlock_account"),
    ("graph", "POST", re.compile(rf"^/v1\.0/groups/{_GROUP}/members/\$ref$"), "add_to_group"),
    # An Okta reset sets Rallied's password (Update user with credentials), then expires it and ends the sessions.
    ("okta", "POST", re.compile(rf"^/api/v1/users/{_USER}$"), "reset_password"),
    ("okta", "POST", re.compile(rf"^/api/v1/users/{_USER}/lifecycle/expire_password$"), "expire_password"),
    ("okta", "DELETE", re.compile(rf"^/api/v1/users/{_USER}/sessions$"), "revoke_sessions"),
    ("okta", "POST", re.compile(rf"^/api/v1/users/{_USER}/lifecycle/unlock$"), "unlock_account"),
    ("okta", "PUT", re.compile(rf"^/api/v1/groups/{_GROUP}/users/{_USER}$"), "add_to_group"),
]
READS = {"GET", "HEAD"}
# Writes that are steps of another kind's change (an Okta reset expires the password it set and ends the sessions):
# counted for duplicates, but compared with our actions through the kind they belong to.
STEPS_OF = {"expire_password": "reset_password", "revoke_sessions": "reset_password"}


@dataclass(frozen=True)
class Write:
    """One write request to an identity provider, as the sandbox logged it."""

    kind: str  # the action kind it carries out, or "other"
    user: str  # the user's address (or the vendor's id when the state did not name it); "" for "other"
    group: str  # the vendor's group id for a group change, else ""
    landed: bool  # the vendor's own handler accepted it (2xx)
    at: float
    route: str = ""  # for "other": "<vendor> <method> <path>"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.user, self.group)


def user_aliases(state: dict[str, Any]) -> dict[str, str]:
    """Every id and address by which Graph or Okta may name a user -> the user's lower-case address."""
    aliases: dict[str, str] = {}
    for vendor in ("graph", "okta"):
        for tenant in (state.get(vendor) or {}).values():
            for address, user in (tenant.get("users") or {}).items():
                aliases[address.lower()] = address.lower()
                if user.get("id"):
                    aliases[str(user["id"]).lower()] = address.lower()
    return aliases


def _landed(row: dict[str, Any]) -> bool:
    status = row.get("applied", row.get("status"))
    return isinstance(status, int) and 200 <= status < 300


def _body(row: dict[str, Any]) -> dict[str, Any]:
    try:
        body = json.loads(row.get("body") or "{}")
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _users_written(kind: str, match: re.Match[str], row: dict[str, Any]) -> list[str]:
    """Whose account a write changes: the path names it, or (Graph) the body does."""
    if "user" in match.groupdict() and match["user"]:
        return [match["user"]]
    body = _body(row)
    if kind == "unlock_account":
        return [str(u) for u in body.get("userIds") or []]
    ref = body.get("@odata.id")
    return [str(ref).rstrip("/").rpartition("/")[2]] if isinstance(ref, str) else []


def classify(row: dict[str, Any], aliases: dict[str, str]) -> list[Write]:
    """The identity-provider writes one logged request made (none for a read or another vendor's request)."""
    vendor, method, path = row.get("vendor"), str(row.get("method", "")).upper(), row.get("path", "")
    # A Graph $batch envelope is no write of its own: the sandbox logs each of its items as a row, classified here.
    if vendor not in ("graph", "okta") or method in READS or path.endswith("/$batch"):
        return []
    landed, at = _landed(row), float(row.get("at") or 0)
    for route_vendor, route_method, pattern, kind in ROUTES:
        match = pattern.match(path) if (vendor, method) == (route_vendor, route_method) else None
        if match is None:
            continue
        # A Graph PATCH (Okta POST) of a user is a reset only when it carries a password profile (credentials).
        if kind == "reset_password" and ("passwordProfile" if vendor == "graph" else "credentials") not in _body(row):
            break
        group = match.groupdict().get("group") or ""
        return [Write(kind, aliases.get(u.lower(), u.lower()), group, landed, at)
                for u in _users_written(kind, match, row)]
    return [Write("other", "", "", landed, at, route=f"{vendor} {method} {path}")]


def identity_writes(rows: Iterable[dict[str, Any]], aliases: dict[str, str]) -> list[Write]:
    return [write for row in rows for write in classify(row, aliases)]


@dataclass
class Tally:
    """Writes per (kind, user, group): landed, and attempts the vendor refused."""

    landed: Counter[tuple[str, str, str]]
    refused: Counter[tuple[str, str, str]]

    @property
    def duplicates(self) -> dict[tuple[str, str, str], int]:
        """Changes that landed more than once: the count of extra writes for each."""
        return {key: n - 1 for key, n in self.landed.items() if n > 1 and key[0] != "other"}

    def landed_for(self, kind: str, user: str) -> int:
        return sum(n for (k, u, _), n in self.landed.items() if (k, u) == (kind, user.lower()))


def tally(writes: Iterable[Write]) -> Tally:
    landed: Counter[tuple[str, str, str]] = Counter()
    refused: Counter[tuple[str, str, str]] = Counter()
    for write in writes:
        key = write.key if write.kind != "other" else ("other", write.route, "")
        (landed if write.landed else refused)[key] += 1
    return Tally(landed, refused)


@dataclass
class Agreement:
    """Where our database and the vendor disagree about what happened."""

    unseen_successes: list[tuple[str, str]]  # our action succeeded; the vendor shows no write that landed
    missed_changes: list[tuple[str, str]]  # a write landed; our action for it did not succeed


def compare(tallied: Tally, actions: Iterable[tuple[str, str, str]],
            succeeded: frozenset[str] = frozenset({"succeeded", "undone"})) -> Agreement:
    """Compare (kind, target, status) of our actions with the writes that landed, for the kinds counted here."""
    counted = {kind for _, _, _, kind in ROUTES} - set(STEPS_OF)
    ours: dict[tuple[str, str], bool] = {}
    for kind, target, status in actions:
        if kind in counted:
            key = (kind, target.lower())
            ours[key] = ours.get(key, False) or status in succeeded
    unseen = sorted(key for key, ok in ours.items() if ok and not tallied.landed_for(*key))
    written = {(kind, user) for (kind, user, _), n in tallied.landed.items() if kind in counted and n}
    missed = sorted(key for key in written if not ours.get(key, False))
    return Agreement(unseen, missed)
