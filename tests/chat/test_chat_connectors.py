"""The Slack and Teams connectors against the sandbox: the calls, the vendors' error shapes, throttling."""

from __future__ import annotations

import pytest
import requests

from rallied.connectors import ConnectorError, build_connector, connector_classes
from rallied.connectors.slack import SlackConnector
from rallied.connectors.teams import TeamsConnector, adaptive_card
from sandbox.vendors import slack as slack_sandbox
from sandbox.vendors import teams as teams_sandbox

CONTOSO = {"slug": "contoso", "name": "Contoso Dental Group"}


def slack(sandbox, **overrides) -> SlackConnector:
    row = slack_sandbox.Slack.connection_for(CONTOSO, sandbox.url)
    credentials = {**row["credentials"], **overrides}
    connector = build_connector("slack", base_url=row["base_url"], config=row["config"], credentials=credentials)
    connector.sleep = lambda seconds: None  # type: ignore[attr-defined]
    return connector  # type: ignore[return-value]


def teams(sandbox, webhook_url: str | None = None) -> TeamsConnector:
    row = teams_sandbox.Teams.connection_for(CONTOSO, sandbox.url)
    credentials = {"webhook_url": webhook_url or row["credentials"]["webhook_url"]}
    return build_connector("teams", base_url=row["base_url"], config=row["config"],
                           credentials=credentials)  # type: ignore[return-value]


def messages(sandbox) -> list[dict]:
    return sandbox.sandbox.state()["slack"]["channels"][slack_sandbox.channel_id("contoso")]["messages"]


def test_registry_knows_both_chat_connectors():
    classes = connector_classes()
    assert classes["slack"] is SlackConnector and classes["teams"] is TeamsConnector


def test_slack_check_post_and_update(sandbox):
    connector = slack(sandbox)
    assert connector.check()["team_id"] == slack_sandbox.TEAM_ID
    channel, ts = connector.post_message(text="hello", blocks=[{"type": "section",
                                                                "text": {"type": "mrkdwn", "text": "*hi*"}}])
    assert channel == slack_sandbox.channel_id("contoso")
    connector.update_message(channel=channel, ts=ts, text="changed", blocks=[])
    [message] = messages(sandbox)
    assert (message["ts"], message["text"], message["blocks"]) == (ts, "changed", [])
    # The bot token travelled as a bearer header, never in the body or the query.
    post = next(r for r in sandbox.sandbox.requests("slack") if r["path"] == "/api/chat.postMessage")
    assert slack_sandbox.bot_token() not in post["body"] and not post["query"]


def test_slack_bad_token_is_a_permanent_error(sandbox):
    with pytest.raises(ConnectorError) as caught:
        slack(sandbox, bot_token="xoxb-wrong").post_message(text="hello")
    assert (caught.value.code, caught.value.permanent, caught.value.vendor) == ("invalid_auth", True, "slack")
    assert messages(sandbox) == []


def test_slack_unknown_channel_and_message(sandbox):
    connector = slack(sandbox)
    with pytest.raises(ConnectorError) as caught:
        connector.post_message(text="hello", channel="C0NOPE")
    assert caught.value.code == "channel_not_found"
    with pytest.raises(ConnectorError) as caught:
        connector.update_message(channel=slack_sandbox.channel_id("contoso"), ts="1.2", text="x", blocks=[])
    assert caught.value.code == "message_not_found"


def test_slack_ephemeral_only_reaches_channel_members(sandbox):
    connector = slack(sandbox)
    connector.post_ephemeral(user=slack_sandbox.member_id("tech"), text="only you")
    with pytest.raises(ConnectorError) as caught:
        connector.post_ephemeral(user="U0STRANGER", text="only you")
    assert caught.value.code == "user_not_in_channel"


@pytest.mark.parametrize("applied", [False, True])
def test_a_rate_limited_post_is_never_sent_again(sandbox, applied):
    # Slack may have posted it anyway (apply_then_fail): a second chat.postMessage would show the card twice.
    fault = {"apply_then_fail": 429} if applied else {"statuses": [429]}
    sandbox.sandbox.add_fault(vendor="slack", path=r"chat\.postMessage", retry_after=1, times=1, **fault)
    connector = slack(sandbox)
    waits: list[float] = []
    connector.sleep = waits.append  # type: ignore[method-assign]
    with pytest.raises(ConnectorError) as caught:
        connector.post_message(text="hello")
    assert caught.value.code == "ratelimited" and caught.value.ambiguous and not caught.value.permanent
    assert waits == []
    assert len(messages(sandbox)) == (1 if applied else 0)
    assert [r["path"] for r in sandbox.sandbox.writes("slack")] == ["/api/chat.postMessage"]


def test_a_rate_limited_card_redraw_waits_once_then_redraws(sandbox):
    # chat.update sets the message to the content given: repeating it leaves the card as once.
    connector = slack(sandbox)
    channel, ts = connector.post_message(text="hello")
    sandbox.sandbox.add_fault(vendor="slack", path=r"chat\.update", statuses=[429], retry_after=1, times=1)
    waits: list[float] = []
    connector.sleep = waits.append  # type: ignore[method-assign]
    connector.update_message(channel=channel, ts=ts, text="approved", blocks=[])
    assert waits == [1.0]
    [message] = messages(sandbox)
    assert message["text"] == "approved"


def test_slack_persistent_rate_limit_is_transient_with_retry_after(sandbox):
    sandbox.sandbox.add_fault(vendor="slack", path=r"chat\.postMessage", statuses=[429], retry_after=30)
    with pytest.raises(ConnectorError) as caught:
        slack(sandbox).post_message(text="hello")
    assert (caught.value.code, caught.value.permanent, caught.value.retry_after) == ("ratelimited", False, 30.0)
    assert messages(sandbox) == []


def test_slack_unreachable_is_a_connector_error():
    connector = build_connector("slack", base_url="http://127.0.0.1:9/api/", config={"channel": "C1"},
                                credentials={"bot_token": "xoxb-x"}, timeout=1)
    with pytest.raises(ConnectorError) as caught:
        connector.post_message(text="hello")  # type: ignore[attr-defined]
    assert caught.value.code == "connection_error" and not caught.value.permanent


def test_slack_needs_a_token():
    with pytest.raises(ConnectorError):
        build_connector("slack", base_url="http://127.0.0.1:9/api/", credentials={})


def test_teams_posts_an_adaptive_card(sandbox):
    teams(sandbox).post_card(adaptive_card([{"type": "TextBlock", "text": "hello"}]))
    [post] = sandbox.sandbox.vendor("teams").posts("contoso")
    assert post["card"]["body"][0]["text"] == "hello"
    [request] = sandbox.sandbox.requests("teams")
    assert '"contentType": "application/vnd.microsoft.card.adaptive"' in request["body"]


def test_teams_wrong_signature_is_refused(sandbox):
    good = teams_sandbox.Teams.connection_for(CONTOSO, sandbox.url)["credentials"]["webhook_url"]
    bad = good.rsplit("sig=", 1)[0] + "sig=forged"
    with pytest.raises(ConnectorError) as caught:
        teams(sandbox, bad).post_text(title="t", text="x")
    assert (caught.value.status, caught.value.code, caught.value.permanent) == (
        401, "DirectApiInvalidAuthorizationSignature", True)
    assert sandbox.sandbox.vendor("teams").posts("contoso") == []


def test_teams_sandbox_refuses_a_malformed_envelope(sandbox):
    url = teams_sandbox.Teams.connection_for(CONTOSO, sandbox.url)["credentials"]["webhook_url"]
    assert requests.post(url, json={"text": "legacy connector format"}, timeout=5).status_code == 400
    card = {"type": "message", "attachments": [{"contentType": "text/plain", "content": "x"}]}
    assert requests.post(url, json=card, timeout=5).status_code == 400
    assert sandbox.sandbox.vendor("teams").posts("contoso") == []


def test_teams_needs_a_webhook_url():
    with pytest.raises(ConnectorError):
        build_connector("teams", base_url="http://127.0.0.1:9/teams", credentials={})
