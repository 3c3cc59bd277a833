"""Mailbox rights one by one, read back from Exchange; Entra groups routed by kind (Graph or Exchange).

Every assertion is on the sandbox's own state: the mailbox's FullAccess / SendAs / SendOnBehalf lists and the
group's members, for the right person, with everything else as it was.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from playbooks.executor import _run as executor_dispatch
from playbooks.models import Action
from playbooks.reconciler import goal_reached
from rallied.connectors.base import ConnectorError
from tests.sandbox.vendor_helpers import state

ADELE, DIEGO, MEGAN = "adele.vance@contoso.example", "diego.siciliani@contoso.example", "megan.bowen@contoso.example"
BILLING, FRONTDESK = "billing@contoso.example", "frontdesk@contoso.example"
RIGHTS = ("full_access", "send_as", "send_on_behalf")


def box(sandbox: Any, address: str) -> dict[str, list[str]]:
    found = state(sandbox.url)["exchange"]["contoso"][address]
    return {right: sorted(found[right]) for right in RIGHTS}


def members(sandbox: Any, group: str) -> list[str]:
    return state(sandbox.url)["graph"]["contoso"]["groups"][group]


def cmdlets(sandbox: Any) -> list[dict[str, Any]]:
    return [json.loads(r["body"])["CmdletInput"] for r in sandbox.sandbox.requests("exchange")]


def exchange_writes(sandbox: Any) -> list[str]:
    return [c["CmdletName"] for c in cmdlets(sandbox) if not c["CmdletName"].startswith("Get-")]


def graph_writes(sandbox: Any) -> list[tuple[str, str]]:
    return [(r["method"], r["path"]) for r in sandbox.sandbox.writes("graph")]  # a $batch of reads is none


# -- mailbox rights ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("right", "field"), [("FullAccess", "full_access"), ("SendAs", "send_as"),
                                              ("SendOnBehalf", "send_on_behalf")])
def test_each_right_is_granted_alone_and_removed_alone(entra, sandbox, right, field):
    adele = entra.get_user(ADELE)
    before = box(sandbox, BILLING)
    granted = entra.grant_mailbox_access(adele, BILLING, right)
    after = box(sandbox, BILLING)
    assert after == {**before, field: sorted(before[field] + [ADELE])}  # that right, that person, nothing else
    assert granted == {"mailbox": BILLING, "rights": [right], "changed": [right], "before": [], "after": [right]}

    revoked = entra.revoke_mailbox_access(adele, BILLING, right)
    assert box(sandbox, BILLING) == before
    assert (revoked["before"], revoked["after"], revoked["changed"]) == ([right], [], [right])


def test_send_on_behalf_is_a_set_mailbox_hashtable_change(entra, sandbox):
    entra.grant_mailbox_access(entra.get_user(ADELE), BILLING, "SendOnBehalf")
    [write] = [c for c in cmdlets(sandbox) if c["CmdletName"] == "Set-Mailbox"]
    assert {r["headers"].get("x-anchormailbox") for r in sandbox.sandbox.requests("exchange")} == {f"UPN:{BILLING}"}
    assert write["Parameters"] == {"Identity": BILLING, "GrantSendOnBehalfTo": {
        "@odata.type": "#Exchange.GenericHashTable", "add": ADELE}}
    # Exchange lists a send-on-behalf delegate by name, not address; the read-back still recognises Adele.
    [mailbox] = [r for r in entra.exchange().invoke("Get-Mailbox", {"Identity": BILLING})]
    assert mailbox["GrantSendOnBehalfTo"] == ["Adele Vance"]


def test_several_rights_in_one_action_and_only_those(entra, sandbox):
    before = box(sandbox, BILLING)
    result = entra.grant_mailbox_access(entra.get_user(ADELE), BILLING, ["SendOnBehalf", "FullAccess"])
    after = box(sandbox, BILLING)
    assert ADELE in after["full_access"] and ADELE in after["send_on_behalf"]
    assert after["send_as"] == before["send_as"]  # Send As was not asked
    assert result["rights"] == ["FullAccess", "SendOnBehalf"] and result["after"] == ["FullAccess", "SendOnBehalf"]


def test_revoking_one_right_leaves_the_others(entra, sandbox):
    before = box(sandbox, FRONTDESK)
    assert DIEGO in before["full_access"] and DIEGO in before["send_on_behalf"]
    result = entra.revoke_mailbox_access(entra.get_user(DIEGO), FRONTDESK, "SendOnBehalf")
    assert box(sandbox, FRONTDESK) == {**before, "send_on_behalf": []}
    # The before-state is the undo: Diego held FullAccess and SendOnBehalf.
    assert (result["before"], result["after"]) == (["FullAccess", "SendOnBehalf"], ["FullAccess"])


@pytest.mark.parametrize(("rights", "code"), [(None, "rights_not_stated"), ("", "rights_not_stated"),
                                              ([], "rights_not_stated"), ("Owner", "unsupported_right"),
                                              (["SendAs", "ReadOnly"], "unsupported_right")])
def test_no_default_right_and_no_unknown_right(entra, sandbox, rights, code):
    """Access to billing@ with no rights named is refused before Exchange is asked anything: never FullAccess."""
    adele = entra.get_user(ADELE)
    before = box(sandbox, BILLING)
    for call in (entra.grant_mailbox_access, entra.revoke_mailbox_access):
        with pytest.raises(ConnectorError) as err:
            call(adele, BILLING, rights)
        assert err.value.permanent and err.value.code == code
    assert sandbox.sandbox.requests("exchange") == []
    assert box(sandbox, BILLING) == before


def test_a_grant_exchange_accepts_but_does_not_show_is_a_failure(entra, sandbox):
    # Exchange answers the Add- cmdlet without applying it: the read-back, not the 200, decides.
    sandbox.sandbox.add_fault(vendor="exchange", method="POST", body_contains="Add-RecipientPermission",
                              statuses=[200], times=1)
    with pytest.raises(ConnectorError) as err:
        entra.grant_mailbox_access(entra.get_user(ADELE), BILLING, "SendAs")
    assert err.value.code == "not_confirmed" and not err.value.ambiguous
    assert "should hold SendAs and holds no rights" in err.value.message
    assert ADELE not in box(sandbox, BILLING)["send_as"]


def test_a_right_already_held_is_not_sent_again(entra, sandbox):
    megan = entra.get_user(MEGAN)  # holds FullAccess on billing@ in the demo world
    result = entra.grant_mailbox_access(megan, BILLING, "FullAccess")
    assert result["changed"] == [] and result["before"] == ["FullAccess"]
    assert exchange_writes(sandbox) == []


def test_the_executor_passes_a_list_of_rights_and_keeps_the_before_state(entra, sandbox):
    action = Action(kind="grant_mailbox_access", target=ADELE,
                    params={"target": ADELE, "mailbox": BILLING, "rights": ["FullAccess", "SendAs"]})
    result, secret = executor_dispatch(entra, action)
    assert secret is None
    assert result["rights"] == ["FullAccess", "SendAs"] and result["before"] == []
    after = box(sandbox, BILLING)
    assert ADELE in after["full_access"] and ADELE in after["send_as"] and ADELE not in after["send_on_behalf"]


def test_the_reconciler_reads_every_asked_right(entra, sandbox):
    adele = entra.get_user(ADELE)
    both = Action(kind="grant_mailbox_access", target=ADELE,
                  params={"target": ADELE, "mailbox": BILLING, "rights": ["FullAccess", "SendAs"]})
    entra.grant_mailbox_access(adele, BILLING, "SendAs")
    assert goal_reached(entra, adele, both) is False  # half of it is not the goal
    entra.grant_mailbox_access(adele, BILLING, "FullAccess")
    assert goal_reached(entra, adele, both) is True
    unstated = Action(kind="grant_mailbox_access", target=ADELE, params={"target": ADELE, "mailbox": BILLING})
    assert goal_reached(entra, adele, unstated) is None  # no rights named: the reconciler cannot tell
    revoke = Action(kind="revoke_mailbox_access", target=ADELE,
                    params={"target": ADELE, "mailbox": BILLING, "rights": "SendAs"})
    assert goal_reached(entra, adele, revoke) is False
    entra.revoke_mailbox_access(adele, BILLING, "SendAs")
    assert goal_reached(entra, adele, revoke) is True


# -- groups: Graph or Exchange by the group's kind ------------------------------------------------------------
@pytest.mark.parametrize(("group", "kind", "via"), [
    ("Finance Approvers", "mail_security", "exchange"),  # mail-enabled security group: Exchange's
    ("Project Phoenix", "microsoft365", "graph"),  # mail-enabled too, but a Microsoft 365 group is Graph's
    ("Finance-Readers", "security", "graph"),
])
def test_add_and_remove_route_by_the_groups_kind(entra, sandbox, group, kind, via):
    adele = entra.get_user(ADELE)
    others = {name: list(m) for name, m in state(sandbox.url)["graph"]["contoso"]["groups"].items() if name != group}
    added = entra.add_to_group(adele, group)
    assert ADELE in members(sandbox, group)
    assert (added["via"], added["group_type"], added["was_member"], added["changed"]) == (via, kind, False, True)
    removed = entra.remove_from_group(adele, group)
    assert ADELE not in members(sandbox, group)
    assert (removed["was_member"], removed["changed"]) == (True, True)  # the before-state: the undo adds back
    after = {name: m for name, m in state(sandbox.url)["graph"]["contoso"]["groups"].items() if name != group}
    assert after == others  # no other group moved
    if via == "exchange":  # never the Graph call that answers 400 for an Exchange-mastered group
        assert graph_writes(sandbox) == []
        assert exchange_writes(sandbox) == ["Add-DistributionGroupMember", "Remove-DistributionGroupMember"]
    else:
        assert exchange_writes(sandbox) == [] and len(graph_writes(sandbox)) == 2


def test_a_distribution_list_member_is_removed_through_exchange(entra, sandbox):
    diego = entra.get_user(DIEGO)
    assert DIEGO in members(sandbox, "All Staff")
    result = entra.remove_from_group(diego, "All Staff")
    assert DIEGO not in members(sandbox, "All Staff") and ADELE in members(sandbox, "All Staff")
    assert result == {"group": "All Staff", "group_id": result["group_id"], "group_type": "distribution",
                      "via": "exchange", "was_member": True, "changed": True}
    requests = sandbox.sandbox.requests("exchange")
    # A group is no mailbox: its cmdlets carry no mailbox routing hint, the mailbox ones do.
    assert all("x-anchormailbox" not in r["headers"] for r in requests)
    [call] = [c for c in cmdlets(sandbox) if c["CmdletName"] == "Remove-DistributionGroupMember"]
    # The app is an Exchange Administrator, not the group's manager: the check is bypassed on purpose.
    assert call["Parameters"] == {"Identity": "allstaff@contoso.example", "Member": DIEGO,
                                  "BypassSecurityGroupManagerCheck": True, "Confirm": False}
    again = entra.remove_from_group(diego, "All Staff")
    assert (again["was_member"], again["changed"]) == (False, False)
    assert exchange_writes(sandbox) == ["Remove-DistributionGroupMember"]  # not sent twice
    assert entra.is_member(diego, "All Staff") is False


def test_adding_to_a_distribution_list_twice_changes_it_once(entra, sandbox):
    diego = entra.get_user(DIEGO)
    entra.remove_from_group(diego, "All Staff")
    assert entra.add_to_group(diego, "All Staff")["changed"] is True
    assert entra.add_to_group(diego, "All Staff")["changed"] is False
    assert members(sandbox, "All Staff").count(DIEGO) == 1


def test_an_exchange_group_change_that_does_not_show_is_a_failure(entra, sandbox):
    sandbox.sandbox.add_fault(vendor="exchange", method="POST", body_contains="Add-DistributionGroupMember",
                              statuses=[200], times=1)
    with pytest.raises(ConnectorError) as err:
        entra.add_to_group(entra.get_user(ADELE), "Finance Approvers")
    assert err.value.code == "not_confirmed"
    assert ADELE not in members(sandbox, "Finance Approvers")


def test_role_assignable_and_unknown_groups_stay_refused(entra, sandbox):
    adele = entra.get_user(ADELE)
    with pytest.raises(ConnectorError) as privileged:
        entra.add_to_group(adele, "Privileged Admins")
    assert privileged.value.status == 403 and ADELE not in members(sandbox, "Privileged Admins")
    with pytest.raises(ConnectorError) as missing:
        entra.remove_from_group(adele, "No Such Group")
    assert missing.value.code == "group_not_found"
    assert exchange_writes(sandbox) == []
    assert [method for method, _ in graph_writes(sandbox)] == ["POST"]  # only the add Graph refused with 403


def test_the_executor_records_the_removal_for_the_undo(entra, sandbox):
    action = Action(kind="remove_from_group", target=DIEGO, params={"target": DIEGO, "group": "Finance Approvers"})
    result, _ = executor_dispatch(entra, action)
    assert result["was_member"] is True and result["via"] == "exchange" and result["group"] == "Finance Approvers"
    assert DIEGO not in members(sandbox, "Finance Approvers")
