"""Okta's user risk (GET /api/v1/users/{id}/risk, okta SDK 3.4.6 UserRiskApi) fills DirectoryUser.risky, which the
trust layer turns into a risk signal, as Entra's riskyUsers does."""

from __future__ import annotations

import pytest

NANCY = "nancy.davolio@northwind.example"


def set_risk(sandbox, login: str, level: str) -> None:
    org = sandbox.sandbox.vendor("okta").orgs["northwind"]
    (user,) = [u for u in org["users"].values() if u["profile"]["login"] == login]
    user["_sandbox"]["risk_level"] = level


@pytest.mark.parametrize(("level", "risky"), [("NONE", False), ("LOW", False), ("MEDIUM", True), ("HIGH", True)])
def test_okta_risk_level_sets_the_risky_flag(make_connector, sandbox, level, risky):
    set_risk(sandbox, NANCY, level)
    user = make_connector("okta", "northwind").get_user(NANCY)
    assert user.risky is risky and user.raw["risk_level"] == level
    paths = [r["path"] for r in sandbox.sandbox.requests() if r["path"].endswith("/risk")]
    assert paths and all(r.startswith("/api/v1/users/00u") for r in paths), paths
