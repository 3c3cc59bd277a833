"""The sandbox's write faults, set over its control API: one fault for every write route of a vendor (`writes`),
and a fault for one Exchange cmdlet (`body_contains`), since Exchange sends every cmdlet to one POST path."""

from __future__ import annotations

import json
from typing import Any

import requests

from rallied.connectors import ConnectorError


def add_fault(sandbox: Any, **spec: Any) -> None:
    response = requests.post(f"{sandbox.url}/_control/faults", json=spec, timeout=5)
    assert response.status_code == 201, response.text


def test_a_writes_fault_meets_every_write_and_no_read(make_connector, sandbox):
    entra = make_connector("entra", allowed_kinds={"add_to_group", "revoke_sessions"})
    add_fault(sandbox, vendor="graph", writes=True, apply_then_fail=429, retry_after=1)
    adele = entra.get_user("adele.vance@contoso.example")  # reads pass through untouched
    for write in (lambda: entra.add_to_group(adele, "Finance-Readers"), lambda: entra.revoke_sessions(adele)):
        try:
            write()
        except ConnectorError as exc:
            assert exc.ambiguous and exc.status == 429 and exc.retry_after == 1
        else:
            raise AssertionError("the write fault did not apply")
    rows = sandbox.sandbox.writes("graph")
    assert [r["status"] for r in rows] == [429, 429] and all(200 <= r["applied"] < 300 for r in rows)
    assert all(r["status"] != 429 for r in sandbox.sandbox.requests("graph") if r["method"] == "GET")
    groups = sandbox.sandbox.state()["graph"]["contoso"]["groups"]
    assert groups["Finance-Readers"].count("adele.vance@contoso.example") == 1


def test_a_body_fault_meets_only_the_cmdlet_it_names(make_connector, sandbox):
    entra = make_connector("entra", allowed_kinds={"grant_mailbox_access"})
    add_fault(sandbox, vendor="exchange", method="POST", body_contains="Add-MailboxPermission", apply_then_fail=503,
              retry_after=1)
    assert entra.find_mailboxes("billing@contoso.example")  # Get-Mailbox: same path, another cmdlet, untouched
    adele = entra.get_user("adele.vance@contoso.example")
    try:
        entra.grant_mailbox_access(adele, "billing@contoso.example", "FullAccess")
    except ConnectorError as exc:
        assert exc.ambiguous and exc.status == 503
    else:
        raise AssertionError("the cmdlet fault did not apply")
    answers = [(json.loads(r["body"])["CmdletInput"]["CmdletName"], r["status"])
               for r in sandbox.sandbox.requests("exchange")]
    assert [status for name, status in answers if name == "Add-MailboxPermission"] == [503]
    assert {status for name, status in answers if name != "Add-MailboxPermission"} == {200}
    assert "FullAccess" in entra.mailbox_rights_held(adele, "billing@contoso.example")
