"""Graph's `$batch` in the sandbox, called with plain requests: each item answered as a lone call would be, inside
the batch's 200, logged on its own, and meeting the faults set on its own path."""

from __future__ import annotations

import pytest

from sandbox.vendors.entra import user_id
from tests.sandbox.vendor_helpers import graph, graph_token, raw_session, state

ADELE = "adele.vance@contoso.example"


def batch(sandbox, requests: list[dict], token: str | None = None):  # type: ignore[no-untyped-def]
    return graph(sandbox.url, "POST", "/$batch", token=token or graph_token(sandbox.url),
                 json={"requests": requests})


def by_id(response) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return {item["id"]: item for item in response.json()["responses"]}


def test_each_item_is_answered_as_the_same_lone_call(sandbox):
    token = graph_token(sandbox.url)
    uid = user_id(ADELE)
    reads = {"user": f"/users/{ADELE}?$select=id,accountEnabled", "manager": f"/users/{uid}/manager",
             "methods": f"/users/{uid}/authentication/methods", "nobody": "/users/nobody@contoso.example"}
    answered = batch(sandbox, [{"id": k, "method": "GET", "url": u} for k, u in reads.items()], token)
    items = by_id(answered)
    assert [i["id"] for i in answered.json()["responses"]] == list(reversed(reads))  # any order: match by id
    for key, url in reads.items():
        path, _, query = url.partition("?")
        alone = graph(sandbox.url, "GET", path, token=token, params=dict([query.split("=")]) if query else None)
        assert items[key]["status"] == alone.status_code
        body = alone.json()
        if "error" in body:  # a failed item carries Graph's error envelope, each with its own request id
            assert items[key]["body"]["error"]["code"] == body["error"]["code"] == "Request_ResourceNotFound"
        else:
            assert items[key]["body"] == body
    assert items["user"]["body"]["accountEnabled"] is True and items["manager"]["body"]["userPrincipalName"]


def test_items_are_logged_under_their_batch_and_a_batch_of_reads_is_no_write(sandbox):
    uid = user_id(ADELE)
    by_id(batch(sandbox, [{"id": "1", "method": "GET", "url": f"/users/{uid}/manager"},
                          {"id": "2", "method": "GET", "url": f"/users/{uid}/transitiveMemberOf"}]))
    log = sandbox.sandbox.requests("graph")
    envelope = next(r for r in log if r["path"] == "/v1.0/$batch")
    items = [r for r in log if r["batch"] == envelope["n"]]
    assert [r["path"] for r in items] == [f"/v1.0/users/{uid}/manager", f"/v1.0/users/{uid}/transitiveMemberOf"]
    assert [r["status"] for r in items] == [200, 200]
    assert sandbox.sandbox.calls("graph") == [envelope]  # one HTTP call
    assert sandbox.sandbox.writes("graph") == []


def test_a_write_inside_a_batch_lands_and_counts_as_a_write(sandbox):
    answered = by_id(batch(sandbox, [{"id": "w", "method": "PATCH", "url": f"/users/{ADELE}",
                                      "headers": {"Content-Type": "application/json"},
                                      "body": {"accountEnabled": False}}]))
    assert answered["w"]["status"] == 204
    assert state(sandbox.url)["graph"]["contoso"]["users"][ADELE]["accountEnabled"] is False
    assert [w["path"] for w in sandbox.sandbox.writes("graph")] == [f"/v1.0/users/{ADELE}"]


def test_a_throttled_item_is_answered_inside_the_200_with_its_retry_after(sandbox):
    uid = user_id(ADELE)
    sandbox.sandbox.add_fault(vendor="graph", method="GET", path="/transitiveMemberOf$", statuses=[429],
                              retry_after=7, times=1)
    items = by_id(batch(sandbox, [{"id": "m", "method": "GET", "url": f"/users/{uid}/manager"},
                                  {"id": "g", "method": "GET", "url": f"/users/{uid}/transitiveMemberOf"}]))
    assert items["m"]["status"] == 200
    assert items["g"]["status"] == 429 and items["g"]["headers"]["Retry-After"] == "7"
    assert items["g"]["body"]["error"]["code"] == "TooManyRequests"


def test_a_latency_fault_is_met_once_by_the_batch_not_by_each_item(sandbox):
    sandbox.sandbox.add_fault(vendor="graph", latency=0.01, times=1)  # the batch's HTTP call takes the one hit
    uid = user_id(ADELE)
    items = by_id(batch(sandbox, [{"id": str(n), "method": "GET", "url": f"/users/{uid}/manager"} for n in range(3)]))
    assert {i["status"] for i in items.values()} == {200}
    assert sandbox.sandbox.faults[0].hits == 1


def test_a_failed_dependency_is_answered_424_and_not_run(sandbox):
    items = by_id(batch(sandbox, [
        {"id": "a", "method": "GET", "url": "/users/nobody@contoso.example"},
        {"id": "b", "method": "PATCH", "url": f"/users/{ADELE}", "dependsOn": ["a"],
         "headers": {"Content-Type": "application/json"}, "body": {"accountEnabled": False}},
    ]))
    assert items["a"]["status"] == 404 and items["b"]["status"] == 424
    assert state(sandbox.url)["graph"]["contoso"]["users"][ADELE]["accountEnabled"] is True
    assert sandbox.sandbox.writes("graph") == []


@pytest.mark.parametrize("requests,message", [
    ([{"id": str(n), "method": "GET", "url": "/users"} for n in range(21)], "maximum of 20"),
    ([{"id": "1", "method": "GET", "url": "/users"}, {"id": "1", "method": "GET", "url": "/users"}], "unique"),
    ([], "Invalid batch payload"),
])
def test_a_wrong_envelope_is_refused_whole(sandbox, requests, message):
    answered = batch(sandbox, requests)
    assert answered.status_code == 400 and message in answered.json()["error"]["message"]
    assert [r["path"] for r in sandbox.sandbox.requests("graph")] == ["/v1.0/$batch"]  # no item ran


def test_an_item_is_held_to_the_batch_token(sandbox):
    # No token on the batch: refused before any item runs. An item's own Authorization does not rescue it.
    unauthorised = graph(sandbox.url, "POST", "/$batch", json={"requests": [
        {"id": "1", "method": "GET", "url": f"/users/{ADELE}",
         "headers": {"Authorization": f"Bearer {graph_token(sandbox.url)}"}}]})
    assert unauthorised.status_code == 401
    assert [r["path"] for r in sandbox.sandbox.requests("graph")] == ["/v1.0/$batch"]


def test_a_client_cannot_pose_as_a_batch_item(sandbox):
    token = graph_token(sandbox.url)
    raw_session().get(f"{sandbox.url}/graph/v1.0/users/{ADELE}", timeout=5,
                      headers={"Authorization": f"Bearer {token}", "X-Sandbox-Batch-Of": "0"})
    assert [r["batch"] for r in sandbox.sandbox.requests("graph")] == [None]

