"""The execution guarantees at the connector edge, the same four faults for all six vendors, injected by the sandbox:

- 429 with Retry-After: a read waits as told and is repeated; a write is sent once and reported ambiguous,
  whether the vendor refused it or applied it before answering;
- 5xx: a read is retried within a fixed bound; a write is not repeated and is reported ambiguous;
- a permanent 4xx: ConnectorError(permanent=True) carrying the vendor's own message;
- a hang: a timeout error, ambiguous for a write, well before the vendor would have answered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from rallied import http
from rallied.connectors import autotask as amod
from rallied.connectors import connector_classes
from rallied.connectors import google as gmod
from rallied.connectors import halopsa as hmod
from rallied.connectors.base import ConnectorError
from rallied.connectors.okta.sdk import OktaSdkConnector

ADELE, ROBERT, PRIYA = "adele.vance@contoso.example", "robert.king@northwind.example", "priya.shah@fabrikam.example"
D = "/admin/directory/v1"
Ctx = dict[str, Any]


@dataclass(frozen=True)
class Profile:
    """How to exercise one vendor: a write and its effect, a read, and a request it must refuse."""

    slug: str
    prepare: Callable[[Any], Ctx]  # runs before any fault: reads the write needs (user, zone, token)
    write: Callable[[Any, Ctx], Any]
    write_path: str  # regex over the sandbox path of the write request
    landed: Callable[[dict[str, Any]], int]  # how many times the write's effect is in the vendor state
    read: Callable[[Any], Any]
    read_path: str
    refused: Callable[[Any, Ctx], Any]
    message: str  # a phrase of the vendor's own refusal
    read_attempts: int  # the bound: first try + retries


def _notes_cw(st):
    return len(st["connectwise"]["tickets"]["1001"]["notes"])


def _notes_at(st):
    return sum(1 for db in st["autotask"].values() for n in db["notes"] if n["ticketID"] == 7001)


PROFILES: dict[str, Profile] = {
    "entra": Profile(
        "contoso", lambda c: {"user": c.get_user(ADELE)},
        lambda c, x: c.add_to_group(x["user"], "Billing Team"), r"/members/\$ref$",
        lambda st: st["graph"]["contoso"]["groups"]["Billing Team"].count(ADELE),
        lambda c: c.get_user(ADELE), r"^/v1\.0/users/adele\.vance@contoso\.example$",
        lambda c, x: c.reset_password(x["user"], temporary_password="short"), "complexity", 4),
    "okta": Profile(
        "northwind", lambda c: {"user": c.get_user(ROBERT)},
        lambda c, x: c.unlock_account(x["user"]), r"/lifecycle/unlock$",
        lambda st: [e["event"] for e in st["okta"]["northwind"]["events"]].count("unlock"),
        lambda c: c.get_user(ROBERT), r"^/api/v1/users/robert\.king@northwind\.example$",
        lambda c, x: c.create_user("x.y@northwind.example", "X Y", temporary_password="short"),
        "Password requirements were not met", 3),
    "google": Profile(
        "fabrikam", lambda c: {"user": c.get_user(PRIYA)},
        lambda c, x: c.add_to_group(x["user"], "estimating@fabrikam.example"), r"/groups/[^/]+/members$",
        lambda st: int(PRIYA in st["google"]["groups"]["estimating@fabrikam.example"]["members"]),
        lambda c: c.get_user(PRIYA), rf"^{D}/users/priya\.shah@fabrikam\.example$",
        lambda c, x: c.reset_password(x["user"], temporary_password="short"), "Invalid Password", 4),
    "connectwise": Profile(
        "contoso", lambda c: {}, lambda c, x: c.add_note("1001", "Done.", internal=True), r"/notes$",
        _notes_cw, lambda c: c.get_ticket("1001"), r"/service/tickets/1001$",
        lambda c, x: c.add_note("1001", "   ", internal=True), "Text is required.", 4),
    "autotask": Profile(
        "northwind", lambda c: {"zone": c.zone_url()}, lambda c, x: c.add_note("7001", "Done.", internal=True),
        r"/Tickets/7001/Notes$", _notes_at, lambda c: c.get_ticket("7001"), r"/Tickets/7001$",
        lambda c, x: c.create_ticket(summary="", description="d", contact_email="a@b.example"),
        "title is required.", 4),
    "halopsa": Profile(
        "fabrikam", lambda c: {"ticket": c.get_ticket("1001")},  # also fetches the token
        lambda c, x: c.add_note("1001", "Done.", internal=True), r"^/api/Actions$",
        lambda st: sum(1 for a in st["halopsa"]["actions"] if a["ticket_id"] == 1001),
        lambda c: c.get_ticket("1001"), r"^/api/Tickets/1001$",
        lambda c, x: c.add_note("999999", "x", internal=True), "A valid ticket_id is required.", 4),
}
VENDORS = sorted(PROFILES)


@pytest.fixture(autouse=True)
def _fresh_caches():
    amod._ZONES.clear()
    gmod._TOKENS.clear()
    hmod._TOKENS.clear()


@pytest.fixture
def vendor_under_test(make_connector):
    """(profile, connector, context) for the parametrized vendor, prepared before any fault."""

    def build(vendor: str, **kw: Any) -> tuple[Profile, Any, Ctx]:
        profile = PROFILES[vendor]
        kinds = set(connector_classes()[vendor].supports)
        conn = make_connector(vendor, profile.slug, allowed_kinds=kinds, **kw)
        return profile, conn, profile.prepare(conn)

    return build


def inject(sandbox, vendor: str, **fault: Any) -> int:
    """Add a fault; returns where the request log stood, so `hits` counts only what follows."""
    since = len(sandbox.sandbox.requests())
    sandbox.sandbox.add_fault(vendor={"entra": "graph"}.get(vendor, vendor), **fault)
    return since


def hits(sandbox, vendor: str, method: str, pattern: str, since: int) -> int:
    prefix = {"entra": "graph"}.get(vendor, vendor)
    return sum(1 for r in sandbox.sandbox.requests(prefix, since) if r["method"] == method
               and re.search(pattern, r["path"]))


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_429_to_a_read_waits_as_told_then_reads(vendor_under_test, sandbox, vendor, monkeypatch):
    okta_waits: list[float | None] = []  # Okta's SDK path waits in asyncio; its back-off records the wait here

    def record(attempt, retry_after, cap):  # type: ignore[no-untyped-def]
        okta_waits.append(retry_after)
        return 0.0

    monkeypatch.setattr(OktaSdkConnector, "_backoff", staticmethod(record))
    profile, conn, _ = vendor_under_test(vendor)
    since = inject(sandbox, vendor, method="GET", path=profile.read_path, statuses=[429], retry_after=1, times=1)
    assert profile.read(conn) is not None
    assert (okta_waits if vendor == "okta" else conn.waits) == [1.0]
    assert hits(sandbox, vendor, "GET", profile.read_path, since) == 2


@pytest.mark.parametrize("applied", [False, True], ids=["refused", "applied"])
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_429_to_a_write_is_sent_once_and_ambiguous(vendor_under_test, sandbox, vendor, applied):
    profile, conn, ctx = vendor_under_test(vendor)
    fault = {"apply_then_fail": 429} if applied else {"statuses": [429]}
    since = inject(sandbox, vendor, method="POST", path=profile.write_path, retry_after=1, times=1, **fault)
    with pytest.raises(ConnectorError) as err:
        profile.write(conn, ctx)
    assert err.value.ambiguous and not err.value.permanent and err.value.status == 429
    assert conn.waits == []
    assert hits(sandbox, vendor, "POST", profile.write_path, since) == 1
    assert profile.landed(sandbox.sandbox.state()) == (1 if applied else 0)


@pytest.mark.parametrize("vendor", VENDORS)
def test_one_5xx_on_a_read_is_retried(vendor_under_test, sandbox, vendor):
    profile, conn, _ = vendor_under_test(vendor)
    since = inject(sandbox, vendor, method="GET", path=profile.read_path, statuses=[502], times=1)
    assert profile.read(conn) is not None
    assert hits(sandbox, vendor, "GET", profile.read_path, since) == 2


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_persistent_5xx_on_a_read_stops_at_the_bound(vendor_under_test, sandbox, vendor, monkeypatch):
    monkeypatch.setattr(http, "_backoff", lambda attempt, retry_after, cap: 0.01)  # the bound matters, not the wait
    monkeypatch.setattr(OktaSdkConnector, "_backoff", staticmethod(lambda attempt, retry_after, cap: 0.01))
    profile, conn, _ = vendor_under_test(vendor)
    since = inject(sandbox, vendor, method="GET", path=profile.read_path, statuses=[502])
    with pytest.raises(ConnectorError) as err:
        profile.read(conn)
    assert not err.value.permanent and err.value.status == 502
    assert hits(sandbox, vendor, "GET", profile.read_path, since) == profile.read_attempts


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_5xx_on_a_write_is_ambiguous_and_never_repeated(vendor_under_test, sandbox, vendor):
    profile, conn, ctx = vendor_under_test(vendor)
    since = inject(sandbox, vendor, method="POST", path=profile.write_path, apply_then_fail=502, times=1)
    with pytest.raises(ConnectorError) as err:
        profile.write(conn, ctx)
    assert err.value.ambiguous and not err.value.permanent
    assert hits(sandbox, vendor, "POST", profile.write_path, since) == 1
    assert profile.landed(sandbox.sandbox.state()) == 1  # it did land: the executor settles, never repeats


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_permanent_4xx_carries_the_vendors_message(vendor_under_test, sandbox, vendor):
    profile, conn, ctx = vendor_under_test(vendor)
    with pytest.raises(ConnectorError) as err:
        profile.refused(conn, ctx)
    assert err.value.permanent and not err.value.ambiguous and err.value.vendor == vendor
    assert profile.message in err.value.message
    assert err.value.status is not None and 400 <= err.value.status < 600


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_hang_on_a_write_is_a_timeout_not_a_wait(vendor_under_test, sandbox, vendor):
    profile, conn, ctx = vendor_under_test(vendor, timeout=0.5)
    since = inject(sandbox, vendor, method="POST", path=profile.write_path, hang=1.5, times=1)
    with pytest.raises(ConnectorError) as err:
        profile.write(conn, ctx)
    # A write that waited out the hang would have landed (no error): "timeout" proves the client gave up at its
    # own timeout. No wall-clock bound: a loaded machine would break it without anything being wrong.
    assert err.value.code == "timeout" and err.value.ambiguous and not err.value.permanent
    assert hits(sandbox, vendor, "POST", profile.write_path, since) == 1
