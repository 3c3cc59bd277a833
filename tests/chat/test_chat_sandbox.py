"""The simulated Slack and Teams speak their vendors' contracts (HTTP 200 + ok:false, 202, signatures)."""

from __future__ import annotations

import requests

from sandbox.vendors import slack as slack_sandbox
from sandbox.vendors import teams as teams_sandbox


def api(sandbox, method: str) -> str:
    return f"{sandbox.url}/slack/api/{method}"


def bearer() -> dict[str, str]:
    return {"Authorization": f"Bearer {slack_sandbox.bot_token()}"}


def test_slack_errors_are_http_200_with_ok_false(sandbox):
    no_token = requests.post(api(sandbox, "chat.postMessage"), json={"channel": "C1", "text": "x"}, timeout=5)
    assert (no_token.status_code, no_token.json()) == (200, {"ok": False, "error": "not_authed"})
    wrong = requests.post(api(sandbox, "auth.test"), headers={"Authorization": "Bearer xoxb-nope"}, timeout=5)
    assert wrong.json() == {"ok": False, "error": "invalid_auth"}
    empty = requests.post(api(sandbox, "chat.postMessage"), headers=bearer(),
                          json={"channel": slack_sandbox.channel_id("contoso")}, timeout=5)
    assert empty.json() == {"ok": False, "error": "no_text"}


def test_slack_accepts_form_bodies_with_a_token_argument(sandbox):
    channel = slack_sandbox.channel_id("northwind")
    response = requests.post(api(sandbox, "chat.postMessage"), timeout=5,
                             data={"token": slack_sandbox.bot_token(), "channel": channel, "text": "hi",
                                   "blocks": '[{"type": "divider"}]'})
    body = response.json()
    assert body["ok"] is True and body["channel"] == channel
    stored = sandbox.sandbox.state()["slack"]["channels"][channel]["messages"]
    assert [(m["ts"], m["blocks"]) for m in stored] == [(body["ts"], [{"type": "divider"}])]


def test_each_tenant_has_its_own_channel_and_workflow(sandbox):
    state = sandbox.sandbox.state()
    names = {c["tenant"] for c in state["slack"]["channels"].values()}
    assert names == {"contoso", "northwind", "fabrikam"}
    assert len(state["teams"]["workflows"]) == 3
    assert all("sig" not in w for w in state["teams"]["workflows"].values())  # the state dump hides secrets
    url = teams_sandbox.Teams.connection_for({"slug": "fabrikam", "name": "F"}, sandbox.url)["credentials"]
    assert "sig=" in url["webhook_url"]
    unsigned = requests.post(url["webhook_url"].split("?")[0], json={}, timeout=5)
    assert unsigned.status_code == 401 and unsigned.json()["error"]["code"] == "DirectApiAuthorizationRequired"
