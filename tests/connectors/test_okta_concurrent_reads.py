"""Okta's user read sends its independent reads together (issue 17): once the user is found, its roles, factors and
risk are asked at once (asyncio.gather in the connector), so a slow Okta costs one wait for them, not three. Seen from
the sandbox's log: with every Okta answer held back, the three arrive before any of them could have been answered."""

from __future__ import annotations

NANCY = "nancy.davolio@northwind.example"
LATENCY = 0.5  # each Okta answer waits this long


def test_roles_factors_and_risk_are_asked_at_once(make_connector, sandbox):
    sandbox.sandbox.add_fault(vendor="okta", latency=LATENCY)
    user = make_connector("okta", "northwind").get_user(NANCY)
    assert user is not None and user.upn == NANCY

    log = sandbox.sandbox.requests("okta")
    reads = {part: next(r for r in log if r["method"] == "GET" and r["path"].endswith(part))
             for part in ("/roles", "/factors", "/risk")}
    arrived = sorted(r["at"] for r in reads.values())
    # One after another, each would arrive at least LATENCY after the one before it was sent.
    assert arrived[-1] - arrived[0] < LATENCY, {p: r["at"] - arrived[0] for p, r in reads.items()}
    user_read = next(r for r in log if r["method"] == "GET" and "/users/" in r["path"])
    assert user_read["n"] < min(r["n"] for r in reads.values())  # they need the user's id: found first
