"""Entra's user read as one Graph `$batch` (issue 17): the user and the reads about them together, each item judged
on its own answer inside the batch's 200, only the throttled items sent again, and after the wait Graph asked for.
Checked from the sandbox's request log."""

from __future__ import annotations

import pytest

from rallied.connectors.base import ConnectorError
from sandbox.vendors.entra import user_id

ADELE = "adele.vance@contoso.example"
LYNNE = "lynne.robbins@contoso.example"  # no manager in the directory


def items(sandbox) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r for r in sandbox.sandbox.requests("graph") if r["batch"] is not None]


def envelopes(sandbox) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r for r in sandbox.sandbox.calls("graph") if r["path"] == "/v1.0/$batch"]


def test_one_read_is_one_batch_of_the_user_and_what_is_about_them(entra, sandbox):
    adele = entra.get_user(ADELE)
    assert adele.manager_upn == "megan.bowen@contoso.example" and adele.mfa_methods == ("microsoftAuthenticator",)
    assert [r["path"] for r in sandbox.sandbox.calls("graph")] == ["/v1.0/$batch"]
    assert len(items(sandbox)) == 5


def test_a_missing_manager_is_an_answer_not_an_error(entra, sandbox):
    lynne = entra.get_user(LYNNE)
    assert lynne is not None and lynne.manager_upn is None
    manager = next(r for r in items(sandbox) if r["path"].endswith("/manager"))
    assert manager["status"] == 404  # answered inside the batch's 200
    assert len(envelopes(sandbox)) == 1 and entra.waits == []  # and not asked again


def test_only_the_throttled_item_is_sent_again_after_its_retry_after(entra, sandbox):
    sandbox.sandbox.add_fault(vendor="graph", method="GET", path="/transitiveMemberOf$", statuses=[429],
                              retry_after=3, times=1)
    admin = entra.get_user("it.admin@contoso.example")
    assert admin.admin_roles == ("Global Administrator",)  # the roles come from the item that was throttled
    first, second = envelopes(sandbox)
    assert len([r for r in items(sandbox) if r["batch"] == first["n"]]) == 5
    again = [r for r in items(sandbox) if r["batch"] == second["n"]]
    assert [(r["path"].rsplit("/", 1)[-1], r["status"]) for r in again] == [("transitiveMemberOf", 200)]
    assert entra.waits == [3.0]


def test_an_item_throttled_every_time_fails_the_read_as_transient(entra, sandbox):
    sandbox.sandbox.add_fault(vendor="graph", method="GET", path="/authentication/methods$", statuses=[503],
                              retry_after=1)
    with pytest.raises(ConnectorError) as err:
        entra.get_user(ADELE)
    assert not err.value.permanent and err.value.status == 503 and err.value.retry_after == 1
    assert len(envelopes(sandbox)) == 4 and entra.waits == [1.0, 1.0, 1.0]  # three retries, as a lone read has
    assert [len([i for i in items(sandbox) if i["batch"] == e["n"]]) for e in envelopes(sandbox)] == [5, 1, 1, 1]


def test_a_refused_item_is_a_permanent_error_with_graphs_code(entra, sandbox):
    sandbox.sandbox.add_fault(vendor="graph", method="GET", path="/transitiveMemberOf$", statuses=[403])
    with pytest.raises(ConnectorError) as err:
        entra.get_user(ADELE)
    assert err.value.permanent and err.value.status == 403 and err.value.code == "InjectedFault"
    assert len(envelopes(sandbox)) == 1 and entra.waits == []  # a refusal is not asked again


def test_risk_the_tenant_cannot_read_is_unknown_not_an_error(entra, sandbox):
    sandbox.sandbox.add_fault(vendor="graph", method="GET", path="/riskyUsers", statuses=[403])
    diego = entra.get_user("diego.siciliani@contoso.example")  # risky in the directory
    assert diego is not None and not diego.risky and not diego.locked
    by_id = entra.get_user(diego.id)  # read by id, its risk is riskyUsers/{id}: unknown the same way
    assert by_id is not None and not by_id.risky and not by_id.locked


def test_risk_read_by_upn_and_by_id_agree(entra, sandbox):
    diego = entra.get_user("diego.siciliani@contoso.example")
    assert diego.risky and diego.locked  # the riskyUsers list filtered to his UPN
    by_id = entra.get_user(diego.id)
    assert by_id.risky and by_id.locked
    assert {k: by_id.raw["risk"][k] for k in ("id", "riskState", "riskLevel")} == {
        k: diego.raw["risk"][k] for k in ("id", "riskState", "riskLevel")}
    assert not entra.get_user(ADELE).risky  # no risk recorded: an empty list


def test_a_throttled_batch_is_retried_whole_as_any_read(entra, sandbox):
    sandbox.sandbox.add_fault(vendor="graph", method="POST", path=r"/\$batch$", statuses=[429], retry_after=2,
                              times=1)
    assert entra.get_user(ADELE).manager_upn == "megan.bowen@contoso.example"
    assert len(envelopes(sandbox)) == 2 and entra.waits == [2.0]
    assert sandbox.sandbox.writes("graph") == []


def test_every_item_reads_the_user_asked_for(entra, sandbox):
    entra.get_user(ADELE)
    assert {r["path"] for r in items(sandbox)} == {
        f"/v1.0/users/{ADELE}", f"/v1.0/users/{ADELE}/manager", f"/v1.0/users/{ADELE}/transitiveMemberOf",
        "/v1.0/identityProtection/riskyUsers", f"/v1.0/users/{ADELE}/authentication/methods"}


def test_a_user_found_by_mail_is_read_by_the_id_the_search_found(entra, sandbox):
    uid = user_id(ADELE)
    sandbox.sandbox.vendor("graph").tenant_by_slug("contoso").users[uid]["mail"] = "a.vance@contoso.example"
    assert entra.get_user("a.vance@contoso.example").id == uid
    first, search, second = sandbox.sandbox.calls("graph")
    assert (first["path"], search["path"], second["path"]) == ("/v1.0/$batch", "/v1.0/users", "/v1.0/$batch")
    assert {r["path"] for r in items(sandbox) if r["batch"] == second["n"]} == {
        f"/v1.0/users/{uid}/manager", f"/v1.0/users/{uid}/transitiveMemberOf",
        f"/v1.0/identityProtection/riskyUsers/{uid}", f"/v1.0/users/{uid}/authentication/methods"}
