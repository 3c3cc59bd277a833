"""The okta SDK reads `response.status` of a None response when the connection closes before an answer (seen under
load in `update_user`): the connector turns that into its one error type, retryable, never an AttributeError."""

from __future__ import annotations

import pytest

from rallied.connectors.base import ConnectorError
from tests.connectors.test_okta import ROBERT, connector, state

STEVEN = "steven.buchanan@northwind.example"


def _user_row(sandbox, login):
    return state(sandbox)["users"][login]


def test_a_write_the_sandbox_hangs_up_on_is_a_retryable_ambiguous_connector_error(sandbox):
    k = connector(sandbox)
    user = k.get_user(ROBERT)
    # update_user (POST /api/v1/users/{id}) is where the SDK raised AttributeError in production.
    sandbox.sandbox.add_fault(vendor="okta", method="POST", path=rf"/users/{user.id}$", drop=True, times=1)
    with pytest.raises(ConnectorError) as err:
        k.set_manager(user, "nancy.davolio@northwind.example")
    assert err.value.code == "no_response" and not err.value.permanent and err.value.ambiguous
    # Sent once, never repeated blindly; the sandbox hung up before applying it, so the profile is unchanged.
    posts = [r for r in sandbox.sandbox.requests("okta") if r["method"] == "POST" and r["path"].endswith(user.id)]
    assert len(posts) == 1
    assert _user_row(sandbox, ROBERT)["profile"].get("managerId") != k.get_user("nancy.davolio@northwind.example").id


def test_a_lifecycle_write_dropped_is_the_same_error(sandbox):
    k = connector(sandbox)
    user = k.get_user(STEVEN)
    sandbox.sandbox.add_fault(vendor="okta", method="POST", path=r"/lifecycle/suspend$", drop=True, times=1)
    with pytest.raises(ConnectorError) as err:
        k.disable_user(user)
    assert err.value.code == "no_response" and err.value.ambiguous
    assert _user_row(sandbox, STEVEN)["status"] != "SUSPENDED"
    k.disable_user(user)  # retried by the caller once the vendor answers again: it lands
    assert _user_row(sandbox, STEVEN)["status"] == "SUSPENDED"


def test_a_read_dropped_once_is_retried_and_answers(sandbox):
    k = connector(sandbox)
    sandbox.sandbox.add_fault(vendor="okta", method="GET", path=r"/users/robert", drop=True, times=1)
    assert k.get_user(ROBERT).upn == ROBERT
    gets = [r for r in sandbox.sandbox.requests("okta") if r["method"] == "GET" and "/users/robert" in r["path"]]
    assert len(gets) == 2  # the dropped one, then the retry


def test_a_read_dropped_every_time_ends_in_the_connector_error(sandbox):
    k = connector(sandbox, max_retries=1)
    sandbox.sandbox.add_fault(vendor="okta", method="GET", path=r"/users/robert", drop=True)
    with pytest.raises(ConnectorError) as err:
        k.get_user(ROBERT)
    assert err.value.code in ("no_response", "connection_error") and not err.value.permanent
