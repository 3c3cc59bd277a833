"""The RMM's device steps, judged from the sandbox RMM's own state: an onboarding tags the new hire's device as the
tenant configures (owner, field, tag; the spare pool's tag taken off), an offboarding unassigns each of the leaver's
devices, several candidates or none go to a technician named in the plan, and an undo puts back what was there."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from playbooks.choices import ActionStatus
from tenants.models import Connection, ServiceAccount, Tenant
from tenants.rmm import rmm_connector
from tenants.services import save_connection
from tests.onboarding.test_onboarding import REQUESTER, approve_all, live
from tests.rmm.helpers import rmm_device, spare_host
from tests.trust.helpers import submit
from tests.undo.helpers import done_action, run_undo

pytestmark = pytest.mark.django_db

NEW_HIRE = ("New starter: Jordan Miles", "Hi,\nnew starter: Jordan Miles starts on 2026-11-30 as a Billing "
            "Specialist.\nManager: Lynne Robbins\n\nThanks\nMegan")
JORDAN = "jordan.miles@contoso.example"


def _onboard(body: str = NEW_HIRE[1]) -> Any:
    live("contoso")
    return approve_all(submit("contoso", REQUESTER["contoso"], NEW_HIRE[0], body))


def _gap(ticket: Any, kind: str) -> dict[str, Any]:
    (plan,) = ticket.intent_plans.all()
    (gap,) = [g for g in plan.gaps if g["kind"] == kind]
    return gap


@pytest.mark.parametrize(("tagging", "error"), [
    ({"owner": "yes"}, "owner must be true or false"),
    ({"owner": True, "colour": "red"}, "unknown keys colour"),
    ({"spare_tag": "loaner"}, "sets nothing"),
    ({"tag": ""}, "tag must be a name of 1 to 40 characters"),
    ("owner", "must be an object"),
])
def test_a_tagging_config_that_cannot_work_is_refused_naming_the_key(world, tagging, error):
    connection = Connection.objects.get(tenant__slug="contoso", vendor="ninjaone")
    with pytest.raises(ValidationError) as err:
        save_connection(actor="system:test", tenant=connection.tenant, vendor="ninjaone",
                        base_url=connection.base_url, config={**connection.config, "tagging": tagging},
                        credentials=connection.get_credentials())
    assert "tagging" in str(err.value) and error in str(err.value)


def test_the_new_hires_device_is_the_spare_laptop_tagged_as_configured(world, sandbox):
    assert rmm_device(sandbox, "contoso", spare_host("contoso"))["tags"] == ["loaner"]
    ticket = _onboard()
    (tag,) = ticket.actions.filter(kind="tag_device")
    assert tag.status == ActionStatus.SUCCEEDED, tag.error
    assert tag.target == JORDAN and tag.params["device_name"] == spare_host("contoso")
    held = rmm_device(sandbox, "contoso", spare_host("contoso"))
    # Owner (a NinjaOne end user made for the new hire), the assignedUser field and the tag; out of the spare pool.
    assert held == {**held, "owner": JORDAN, "field": JORDAN, "tags": ["onboarded"]}
    assert tag.before_state["assignment"] == {"owner": None, "fields": {"assignedUser": None}, "tags": ["loaner"],
                                              "location": int(held["site"])}


def test_several_spare_laptops_are_listed_for_a_technician_and_none_is_tagged(world, sandbox):
    connector = rmm_connector(Tenant.objects.get(slug="contoso"))
    server = rmm_device(sandbox, "contoso", "CONT-SRV-01")
    connector.tag_device(server["id"], tag="loaner")  # a second machine set aside
    ticket = _onboard()
    assert not ticket.actions.filter(kind="tag_device").exists()
    gap = _gap(ticket, "tag_device")
    assert gap["code"] == "ambiguous" and "CONT-SRV-01" in gap["reason"] and spare_host("contoso") in gap["reason"]
    assert rmm_device(sandbox, "contoso", spare_host("contoso"))["tags"] == ["loaner"]  # untouched
    assert ticket.actions.get(kind="create_user").status == ActionStatus.SUCCEEDED  # the rest still ran


def test_no_device_to_tag_is_a_technicians_step_saying_so(world, sandbox):
    connection = Connection.objects.get(tenant__slug="contoso", vendor="ninjaone")
    connection.config = {**connection.config, "tagging": {**connection.config["tagging"], "spare_tag": "none-left"}}
    connection.save()
    ticket = _onboard()
    gap = _gap(ticket, "tag_device")
    assert gap["code"] == "missing" and f"No device for {JORDAN}" in gap["reason"]
    assert "set aside (tag 'none-left')" in gap["reason"]


def test_a_device_the_ticket_names_is_tagged_unless_someone_else_owns_it(world, sandbox):
    ticket = _onboard(NEW_HIRE[1] + "\nHe gets CONT-LT-AVANCE.")  # Adele Vance's laptop
    assert not ticket.actions.filter(kind="tag_device").exists()
    assert "someone else's device" in _gap(ticket, "tag_device")["reason"]
    assert rmm_device(sandbox, "contoso", "CONT-LT-AVANCE")["owner"] == "adele.vance@contoso.example"


def test_a_tenant_without_an_rmm_plans_no_device_step(world, sandbox):
    Connection.objects.filter(tenant__slug="contoso", vendor="ninjaone").update(disabled=True)
    ticket = _onboard()
    assert ticket.actions.get(kind="create_user").status == ActionStatus.SUCCEEDED
    assert not ticket.actions.filter(kind="tag_device").exists()
    assert not [g for g in ticket.intent_plans.get().gaps if g["kind"] == "tag_device"]


def test_an_rmm_account_not_allowed_to_tag_names_the_step_for_a_technician(world, sandbox):
    ServiceAccount.objects.filter(connection__tenant__slug="contoso", connection__vendor="ninjaone").update(
        allowed_kinds=["unassign_device"])
    ticket = _onboard()
    assert not ticket.actions.filter(kind="tag_device").exists()
    assert _gap(ticket, "tag_device")["code"] == "out_of_scope"
    assert rmm_device(sandbox, "contoso", spare_host("contoso"))["tags"] == ["loaner"]


def test_each_of_a_leavers_devices_is_unassigned(world, sandbox):
    live("contoso")
    megan = "megan.bowen@contoso.example"
    ticket = approve_all(submit("contoso", "lynne.robbins@contoso.example", "Leaver: Megan Bowen",
                                f"Please offboard {megan}, today was her last day."))
    steps = ticket.actions.filter(kind="unassign_device")
    assert {a.params["device_name"] for a in steps} == {"CONT-LT-MBOWEN", "CONT-WS-MBOWEN"}
    assert all(a.status == ActionStatus.SUCCEEDED for a in steps), [(a.status, a.error) for a in steps]
    for host in ("CONT-LT-MBOWEN", "CONT-WS-MBOWEN"):
        assert rmm_device(sandbox, "contoso", host)["owner"] is None
    assert all(a.before_state["assignment"]["owner"] == megan for a in steps)


def test_an_undo_puts_the_tagged_device_back_as_it_was(world, sandbox):
    spare = rmm_device(sandbox, "contoso", spare_host("contoso"))
    lee = "alex.wilber@contoso.example"
    tag = done_action("contoso", "tag_device", lee, {"device": spare["id"]}, "tag-spare")
    assert rmm_device(sandbox, "contoso", spare_host("contoso"))["owner"] == lee
    undo = run_undo(tag)
    assert undo.kind == "restore_device" and undo.status == ActionStatus.SUCCEEDED, undo.error
    back = rmm_device(sandbox, "contoso", spare_host("contoso"))
    assert back["owner"] is None and back["field"] is None and back["tags"] == ["loaner"]


def test_an_undo_gives_an_unassigned_device_its_owner_back(world, sandbox):
    adele = "adele.vance@contoso.example"
    laptop = rmm_device(sandbox, "contoso", "CONT-LT-AVANCE")
    gone = done_action("contoso", "unassign_device", adele, {"device": laptop["id"]}, "unassign-adele")
    assert rmm_device(sandbox, "contoso", "CONT-LT-AVANCE")["owner"] is None
    undo = run_undo(gone)
    assert undo.status == ActionStatus.SUCCEEDED, undo.error
    assert rmm_device(sandbox, "contoso", "CONT-LT-AVANCE")["owner"] == adele


def test_a_datto_device_is_tagged_and_restored_through_its_udfs(world, sandbox):
    spare = rmm_device(sandbox, "northwind", spare_host("northwind"))
    nancy = "nancy.davolio@northwind.example"
    tag = done_action("northwind", "tag_device", nancy, {"device": spare["id"]}, "tag-datto")
    held = rmm_device(sandbox, "northwind", spare_host("northwind"))
    assert held["owner"] == nancy and held["tags"] == ["onboarded"]
    undo = run_undo(tag)
    assert undo.status == ActionStatus.SUCCEEDED, undo.error
    back = rmm_device(sandbox, "northwind", spare_host("northwind"))
    assert back["owner"] is None and back["tags"] == ["loaner"]


def test_a_disabled_leavers_device_owner_comes_back_with_a_technicians_approval(world, sandbox):
    """The usual undo of an offboarding's unassign: the leaver's account is disabled by then. Their device record
    is no sign-in, so the restore is not refused, but a technician approves it; tagging a device for a disabled
    account stays refused."""
    adele = "adele.vance@contoso.example"
    laptop = rmm_device(sandbox, "contoso", "CONT-LT-AVANCE")
    gone = done_action("contoso", "unassign_device", adele, {"device": laptop["id"]}, "unassign-leaver")
    done_action("contoso", "disable_user", adele, {}, "disable-leaver")
    undo = run_undo(gone)
    assert undo.status == ActionStatus.SUCCEEDED, (undo.status, undo.reasons, undo.error)
    assert any("account is disabled; a technician confirms" in r for r in undo.reasons)
    assert rmm_device(sandbox, "contoso", "CONT-LT-AVANCE")["owner"] == adele


def test_tagging_a_device_for_a_disabled_account_is_refused():
    from approvals.policy import PolicyContext, PolicySnapshot, decide

    ctx = PolicyContext(requester_found=True, requester_in_domains=True, target_found=True, target_in_domains=True,
                        target_enabled=False, requester_relation="authorized",
                        policy=PolicySnapshot(mode="autonomous"))
    assert decide("tag_device", "x@contoso.example", ctx).mode == "forbidden"
    assert decide("restore_device", "x@contoso.example", ctx).mode == "approval"
    assert decide("unassign_device", "x@contoso.example", ctx).mode == "approval"
