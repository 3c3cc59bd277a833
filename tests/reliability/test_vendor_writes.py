"""The durability benches count vendor writes from the sandbox's request log (bench/vendor_writes.py): the count
must see a repeated reset as a duplicate, a write the vendor applied and then answered 503 as landed, a write
refused before the vendor's handler as not landed, and a disagreement with our database either way.

The writes are made by the real Entra and Okta connectors, so a connector that changes its routes breaks this test
rather than silently zeroing the bench's counts. The log is read over HTTP, masked, as the benches read it.
"""

from __future__ import annotations

import random

import pytest
import requests

from bench.durability import MIX, plan_tickets
from bench.vendor_writes import compare, identity_writes, tally, user_aliases
from rallied.connectors import ConnectorError, build_connector
from tests.sandbox.vendor_helpers import connection

ADELE = "adele.vance@contoso.example"
DIEGO = "diego.siciliani@contoso.example"  # starts locked (risky) in the demo world
ROBERT = "robert.king@northwind.example"  # starts LOCKED_OUT in the demo world
NANCY = "nancy.davolio@northwind.example"


def identity(server, slug: str, vendor: str):
    conn = connection(server.url, slug, vendor)
    connector = build_connector(vendor, base_url=conn["base_url"], config={**conn["config"], "push_poll_interval": 0},
                                credentials=conn["credentials"], timeout=3.0,
                                allowed_kinds=["reset_password", "unlock_account", "add_to_group"])
    connector.sleep = lambda seconds: None
    return connector


def counted(server):
    rows = requests.get(f"{server.url}/_control/requests", timeout=5).json()
    state = requests.get(f"{server.url}/_control/state", timeout=5).json()
    return tally(identity_writes(rows, user_aliases(state)))


def test_each_change_counts_once_and_a_repeated_reset_is_a_duplicate(sandbox):
    entra, okta = identity(sandbox, "contoso", "entra"), identity(sandbox, "northwind", "okta")
    adele = entra.get_user(ADELE)
    entra.reset_password(adele, temporary_password="Bench-Pass-4821!")
    entra.reset_password(adele, temporary_password="Bench-Pass-4822!")  # the repeat a kill -9 run must catch
    entra.unlock_account(entra.get_user(DIEGO))
    entra.add_to_group(adele, "Billing Team")
    okta.reset_password(okta.get_user(NANCY), temporary_password="Bench-Pass-4823!")
    okta.unlock_account(okta.get_user(ROBERT))
    okta.add_to_group(okta.get_user(NANCY), "VPN Users")  # she is already in Paralegals: no write

    counts = counted(sandbox)

    assert counts.duplicates == {("reset_password", ADELE, ""): 1}
    assert counts.landed_for("reset_password", ADELE) == 2
    for kind, user in [("unlock_account", DIEGO), ("add_to_group", ADELE), ("reset_password", NANCY),
                       ("unlock_account", ROBERT), ("add_to_group", NANCY)]:
        assert counts.landed_for(kind, user) == 1, (kind, user)
    assert not [key for key in counts.landed if key[0] == "other"]  # every write above was recognised


def test_applied_then_503_is_landed_and_refused_before_the_handler_is_not(sandbox):
    entra = identity(sandbox, "contoso", "entra")
    adele = entra.get_user(ADELE)
    sandbox.sandbox.add_fault(vendor="graph", method="PATCH", apply_then_fail=503, times=1)
    with pytest.raises(ConnectorError):
        entra.reset_password(adele, temporary_password="Bench-Pass-4821!")
    sandbox.sandbox.clear_faults()
    sandbox.sandbox.add_fault(vendor="graph", method="POST", path=r"/members/", statuses=[403], times=1)
    with pytest.raises(ConnectorError):
        entra.add_to_group(adele, "Billing Team")

    patch = next(r for r in sandbox.sandbox.requests("graph") if r["method"] == "PATCH")
    assert (patch["status"], patch["applied"]) == (503, 204)
    counts = counted(sandbox)
    assert counts.landed_for("reset_password", ADELE) == 1  # the vendor changed it, whatever it answered
    assert counts.landed_for("add_to_group", ADELE) == 0
    assert sum(counts.refused.values()) == 1


def test_disagreements_with_our_database_are_named_both_ways(sandbox):
    entra = identity(sandbox, "contoso", "entra")
    entra.reset_password(entra.get_user(ADELE), temporary_password="Bench-Pass-4821!")
    counts = counted(sandbox)

    # Our database says Diego's unlock succeeded (the vendor saw nothing) and Adele's reset failed (it landed).
    ours = [("reset_password", ADELE, "failed"), ("unlock_account", DIEGO, "succeeded")]
    agreement = compare(counts, ours)
    assert agreement.unseen_successes == [("unlock_account", DIEGO)]
    assert agreement.missed_changes == [("reset_password", ADELE)]
    # And when both sides agree there is nothing to report.
    agreed = compare(counts, [("reset_password", ADELE.upper(), "succeeded")])
    assert (agreed.unseen_successes, agreed.missed_changes) == ([], [])


def test_the_ticket_mix_keeps_its_proportions_with_one_user_per_ticket():
    plans = plan_tickets(300, random.Random(1), prefix="kill-")
    assert len(plans) == 300 and len({p.user for p in plans}) == 300
    weights = sum(w for _, _, w in MIX)
    for tenant, kind, weight in MIX:
        assert sum(1 for p in plans if (p.tenant, p.kind) == (tenant, kind)) == 300 * weight // weights
    assert {p.user.split("@")[1] for p in plans if p.tenant == "northwind"} == {"northwind.example"}


def test_acceptance_counts_only_resets_the_vendor_shows_landed_and_a_ticket_waiting_for_a_person_is_not_lost():
    from collections import Counter

    from bench.durability import Report, acceptance_failures, landed_resets_in_kill
    from bench.vendor_writes import Agreement, Tally

    landed = Counter({("reset_password", "a@x", ""): 1, ("reset_password", "b@x", ""): 1})
    tallied = Tally(landed, Counter())
    # c's worker died before its write reached the vendor: not a reset that landed during a kill.
    report = Report(statuses={"api:1": "resolved", "api:2": "awaiting_approval", "api:3": "received"},
                    waiting={"api:2"}, reasons=Counter(), actions=[], died=3,
                    landed_in_kill={"a@x": "resolved", "b@x": "escalated", "c@x": "escalated"},
                    delivered={"a@x"}, settled_at={})

    assert landed_resets_in_kill(report, tallied) == (2, 1)
    assert report.lost == {"api:3": "received"}
    failures = acceptance_failures(report, tallied, Agreement([], []))
    assert failures == ["1 ticket(s) lost: {'received': 1}",
                        "only 1 of 2 resets that landed during a kill delivered their password"]
