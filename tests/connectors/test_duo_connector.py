"""DuoConnector: signed requests, and each user's push answer from the directory."""

from __future__ import annotations

import pytest

from rallied.connectors.base import ConnectorError
from sandbox.vendors.duo import Duo


def test_check_is_signed_and_accepted(duo, sandbox):
    assert duo.check() is True
    call = sandbox.sandbox.requests("duo")[0]
    assert call["method"] == "GET" and call["path"] == "/auth/v2/check" and call["headers"]["date"]


@pytest.mark.parametrize("username,expected", [
    ("adele.vance@contoso.example", "allow"),
    ("alex.wilber@contoso.example", "deny"),
    ("johanna.lorenz@contoso.example", "deny"),  # disabled
    ("nobody@contoso.example", "deny"),
])
def test_push_answers(duo, username, expected):
    assert duo.push(username, display_text="Password reset for ticket 1001") == expected


def test_push_contract(duo, sandbox):
    duo.push("adele.vance@contoso.example", display_text="Reset password")
    call = sandbox.sandbox.requests("duo")[-1]
    assert call["method"] == "POST" and call["path"] == "/auth/v2/auth"
    assert call["headers"]["content-type"] == "application/x-www-form-urlencoded"
    assert "factor=push" in call["body"] and "username=adele.vance%40contoso.example" in call["body"]
    assert sandbox.sandbox.state()["duo"]["pushes"][-1]["result"] == "allow"


def test_push_timeout(duo, sandbox, monkeypatch):
    monkeypatch.setattr(Duo, "push_wait", 0.05)
    users = sandbox.sandbox.vendors["duo"].apps[duo.config["integration_key"]]["users"]
    users["sarah.lee@contoso.example"]["push_response"] = "timeout"
    assert duo.push("sarah.lee@contoso.example", display_text="Unlock") == "timeout"


def test_wrong_secret_key_is_refused(make_connector):
    duo = make_connector("duo", credentials={"secret_key": "0" * 40})
    with pytest.raises(ConnectorError) as err:
        duo.push("adele.vance@contoso.example", display_text="x")
    assert err.value.status == 401 and err.value.permanent and "Invalid signature" in err.value.message
