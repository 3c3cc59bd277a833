"""The execution guarantees (playbooks/executor.py, playbooks/reconciler.py) at the connector edge, proven with the sandbox's fault injection."""

from __future__ import annotations

import json

import pytest

from rallied.connectors.base import ConnectorError
from tests.sandbox.vendor_helpers import state

ADELE = "adele.vance@contoso.example"
NOTES = r"/service/tickets/\d+/notes$"


def count(sandbox, vendor, method, path_part):
    return sum(1 for r in sandbox.sandbox.requests(vendor) if r["method"] == method and path_part in r["path"])


def notes_of(sandbox, ticket="1001"):
    return state(sandbox.url)["connectwise"]["tickets"][ticket]["notes"]


def test_a_429_to_a_note_is_ambiguous_and_the_note_is_never_posted_twice(cw, sandbox):
    # The note landed and then the answer was 429: a repeat would show the client the same note twice.
    sandbox.sandbox.add_fault(vendor="connectwise", method="POST", path=NOTES, apply_then_fail=429, retry_after=7,
                              times=1)
    with pytest.raises(ConnectorError) as err:
        cw.add_note("1001", "Done.", internal=False)
    assert err.value.ambiguous and not err.value.permanent
    assert err.value.status == 429 and err.value.retry_after == 7  # the caller learns when it may look again
    assert cw.waits == []
    assert len(notes_of(sandbox)) == 1
    assert count(sandbox, "connectwise", "POST", "/notes") == 1


def test_a_429_to_a_status_change_waits_as_told_and_repeats_it(cw, sandbox):
    # A status `replace` is idempotent by design: sent twice, the ticket is as if sent once.
    sandbox.sandbox.add_fault(vendor="connectwise", method="PATCH", path=r"/service/tickets/1001$", statuses=[429],
                              retry_after=7, times=1)
    cw.close_ticket("1001")
    assert cw.waits == [7.0]  # Retry-After honoured, not guessed
    assert state(sandbox.url)["connectwise"]["tickets"]["1001"]["closedFlag"] is True
    assert count(sandbox, "connectwise", "PATCH", "/service/tickets/1001") == 2


def test_graph_429_on_password_reset_is_ambiguous_and_not_sent_again(entra, sandbox):
    adele = entra.get_user(ADELE)
    sandbox.sandbox.add_fault(vendor="graph", method="PATCH", statuses=[429], retry_after=3, times=1)
    with pytest.raises(ConnectorError) as err:
        entra.reset_password(adele, temporary_password="Temp-Pass-4821!")
    assert err.value.ambiguous and err.value.status == 429
    assert entra.waits == []
    assert count(sandbox, "graph", "PATCH", "/v1.0/users/") == 1
    assert not (state(sandbox.url)["graph"]["contoso"]["users"][ADELE]["password"] or {}).get("sha256")


def test_429_on_a_read_until_retries_run_out_is_transient_with_retry_after(cw, sandbox):
    sandbox.sandbox.add_fault(vendor="connectwise", method="GET", path=r"/tickets/1001$", statuses=[429],
                              retry_after=2)
    with pytest.raises(ConnectorError) as err:
        cw.get_ticket("1001")
    assert not err.value.permanent and not err.value.ambiguous
    assert err.value.status == 429 and err.value.retry_after == 2
    assert cw.waits == [2.0, 2.0, 2.0]
    assert count(sandbox, "connectwise", "GET", "/tickets/1001") == 4


def test_5xx_on_a_read_is_retried(entra, sandbox):
    sandbox.sandbox.add_fault(vendor="graph", method="GET", path=r"^/v1\.0/users/[^/]+$", statuses=[500], times=1)
    user = entra.get_user(ADELE)
    assert user is not None and user.upn == ADELE
    # The user's own read (inside the batch: the reads about her carry her address in their paths too) went twice.
    assert [r["status"] for r in sandbox.sandbox.requests("graph") if r["path"] == f"/v1.0/users/{ADELE}"] == [500, 200]
    assert len(entra.waits) == 1


def test_5xx_on_a_write_is_ambiguous_and_not_repeated(cw, sandbox):
    sandbox.sandbox.add_fault(vendor="connectwise", method="POST", path=NOTES, statuses=[502])
    with pytest.raises(ConnectorError) as err:
        cw.add_note("1001", "Done.", internal=True)
    assert err.value.ambiguous and not err.value.permanent and err.value.status == 502
    assert count(sandbox, "connectwise", "POST", "/notes") == 1


def test_5xx_on_password_reset_is_ambiguous_and_not_repeated(entra, sandbox):
    adele = entra.get_user(ADELE)
    sandbox.sandbox.add_fault(vendor="graph", method="PATCH", statuses=[500])
    with pytest.raises(ConnectorError) as err:
        entra.reset_password(adele, temporary_password="Temp-Pass-4821!")
    assert err.value.ambiguous
    assert count(sandbox, "graph", "PATCH", "/v1.0/users/") == 1


def test_permanent_4xx_carries_the_vendor_message(cw):
    with pytest.raises(ConnectorError) as err:
        cw.add_note("1001", "   ", internal=True)
    assert err.value.permanent and not err.value.ambiguous and err.value.status == 400
    assert "Text is required." in err.value.message and err.value.code == "InvalidObject"


def test_hang_on_a_write_times_out_as_ambiguous(make_connector, sandbox):
    cw = make_connector("connectwise", timeout=0.4)
    sandbox.sandbox.add_fault(vendor="connectwise", method="POST", path=NOTES, hang=1.2, times=1)
    with pytest.raises(ConnectorError) as err:
        cw.add_note("1001", "Done.", internal=True)
    # A write that waited out the hang would have landed (no error): "timeout" proves the client gave up at its
    # own timeout. No wall-clock bound: a loaded machine would break it without anything being wrong.
    assert err.value.code == "timeout" and err.value.ambiguous
    assert count(sandbox, "connectwise", "POST", "/notes") == 1


def test_hang_on_a_read_is_retried(make_connector, sandbox):
    cw = make_connector("connectwise", timeout=0.4)
    sandbox.sandbox.add_fault(vendor="connectwise", method="GET", path=r"/tickets/1001$", hang=1.0, times=1)
    assert cw.get_ticket("1001")["id"] == 1001
    assert count(sandbox, "connectwise", "GET", "/tickets/1001") == 2


def test_apply_then_fail_is_ambiguous_but_the_write_landed(entra, sandbox):
    adele = entra.get_user(ADELE)
    sandbox.sandbox.add_fault(vendor="graph", method="POST", path=r"/members/\$ref$", apply_then_fail=500, times=1)
    with pytest.raises(ConnectorError) as err:
        entra.add_to_group(adele, "Billing Team")
    assert err.value.ambiguous
    assert ADELE in state(sandbox.url)["graph"]["contoso"]["groups"]["Billing Team"]
    # Safe to settle by repeating: Graph's "already exist" is success, and nothing changes.
    assert entra.add_to_group(adele, "Billing Team")["changed"] is False


def test_apply_then_fail_on_a_note_leaves_exactly_one_note(cw, sandbox):
    sandbox.sandbox.add_fault(vendor="connectwise", method="POST", path=NOTES, apply_then_fail=500, times=1)
    with pytest.raises(ConnectorError) as err:
        cw.add_note("1001", "Done.", internal=False)
    assert err.value.ambiguous
    assert len(notes_of(sandbox)) == 1  # the write landed once and was not repeated


def test_duo_push_5xx_is_ambiguous_and_never_pushed_twice(duo, sandbox):
    sandbox.sandbox.add_fault(vendor="duo", method="POST", path="/auth/v2/auth", statuses=[500])
    with pytest.raises(ConnectorError) as err:
        duo.push(ADELE, display_text="Reset")
    assert err.value.ambiguous
    assert count(sandbox, "duo", "POST", "/auth/v2/auth") == 1


def test_graph_paging_follows_absolute_next_links(entra, sandbox):
    users = list(entra.pages("/users", {"$top": 4, "$select": "id,userPrincipalName"}))
    assert len(users) == 9 and len({u["id"] for u in users}) == 9
    gets = [r for r in sandbox.sandbox.requests("graph") if r["path"] == "/v1.0/users"]
    assert len(gets) == 3 and "$skiptoken" in gets[1]["query"] and gets[1]["query"]["$top"] == "4"


def test_exchange_fault_is_reported_by_exchange(entra, sandbox):
    sandbox.sandbox.add_fault(vendor="exchange", method="POST", body_contains="Add-MailboxPermission", statuses=[500])
    with pytest.raises(ConnectorError) as err:
        entra.grant_mailbox_access(entra.get_user(ADELE), "billing@contoso.example", "FullAccess")
    assert err.value.vendor == "exchange" and err.value.ambiguous
    sent = [json.loads(r["body"])["CmdletInput"]["CmdletName"] for r in sandbox.sandbox.requests("exchange")]
    # The rights held are read first; the one write is the one that failed, and it was not repeated.
    assert sent[-1] == "Add-MailboxPermission" and sent.count("Add-MailboxPermission") == 1
    assert all(name.startswith("Get-") for name in sent[:-1])
