"""A "my laptop is so slow" ticket goes to a person with the RMM's real figures for the requester's computer.

Checked end to end: the ticket is submitted through the API, triaged, diagnosed through the tenant's RMM connection
(the sandbox NinjaOne or Datto), escalated, and the PSA ticket's internal note, read from the sandbox PSA, carries
the figures the sandbox RMM reported. Diagnostics inform; the ticket always ends with a person. A script that is not
on the tenant's allow-list is never run.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from audit.models import AuditEvent
from sandbox.vendors.ninjaone import CLEANUP_SCRIPT
from tenants.models import Connection, Tenant
from tests.helpers import committed, internal_notes, post_ticket, token_client
from tickets.models import Ticket
from workflow.diagnostics import figures, likely_causes

pytestmark = pytest.mark.django_db

ADELE, MEGAN, SARAH = "adele.vance@contoso.example", "megan.bowen@contoso.example", "sarah.lee@contoso.example"
SLOW = ("My laptop is so slow", "Hi, my laptop is so slow since Monday, everything takes forever. Can you help?")


def submit(tenant_key, sandbox, requester: str, ask: tuple[str, str] = SLOW) -> tuple[Ticket, dict[str, Any]]:
    psa = sandbox.sandbox.vendor("connectwise").open_ticket("ContosoDental", ask[0], ask[1], requester, "")
    payload = {"external_id": f"slow-{requester}", "subject": ask[0], "body": ask[1], "requester_email": requester,
               "psa_ticket_id": str(psa["id"])}
    with committed():
        response = post_ticket(token_client(tenant_key("contoso")), payload)
    assert response.status_code == 201, response.content
    ticket = Ticket.objects.get(pk=response.json()["id"])
    return ticket, sandbox.sandbox.state()["connectwise"]["tickets"][str(psa["id"])]


def test_a_slow_laptop_ticket_is_escalated_with_the_real_figures(world, sandbox, tenant_key):
    ticket, psa = submit(tenant_key, sandbox, ADELE)

    assert ticket.status == "escalated"  # diagnostics inform; a person still takes it
    reported = json.loads(sandbox.sandbox.state()["ninjaone"]["devices"]["1003"]["customFields"]["diagLastResult"])
    (note,) = [n for n in internal_notes(psa) if "RMM diagnostics" in n]
    assert "RMM diagnostics: NinjaOne, CONT-LT-AVANCE (live diagnostics)." in note
    assert (f"up 41 days; C: {reported['diskFreePct']['C:']}% free; {reported['pingMs']['gateway']} ms to the "
            "gateway") in note
    assert "up 41 days; C: 3% free; 230 ms to the gateway" in note
    causes = next(line for line in note.splitlines() if line.startswith("Likely causes:"))
    assert causes.startswith("Likely causes: C: almost full (3% free, 14 GB)")
    assert "not restarted for 41 days" in causes and "230 ms to the gateway" in causes
    assert note.index("Likely causes:") < note.index("Figures:")
    runs = sandbox.sandbox.state()["ninjaone"]["runs"]
    assert [(r["device"], r["script"]) for r in runs] == [(1003, 57)]  # the allowed script, on her laptop only
    event = ticket.events.get(kind="rmm.diagnostics")
    assert event.data["outcome"] == "diagnosed" and event.data["devices"] == ["CONT-LT-AVANCE"]
    assert AuditEvent.objects.filter(verb="rmm.diagnosed", tenant=ticket.tenant).count() == 1


def test_a_script_off_the_allow_list_is_never_run_and_the_note_says_inventory_only(world, sandbox, tenant_key):
    connection = Connection.objects.get(tenant__slug="contoso", vendor="ninjaone")
    # The service lead allowed only the cleanup script: the diagnostics script is not run, nor is the cleanup one.
    connection.config = {**connection.config, "allowed_scripts": [CLEANUP_SCRIPT]}
    connection.save()
    ticket, psa = submit(tenant_key, sandbox, ADELE)
    assert ticket.status == "escalated"
    assert sandbox.sandbox.state()["ninjaone"]["runs"] == []
    assert not [r for r in sandbox.sandbox.requests("ninjaone") if r["path"].endswith("/script/run")]
    (note,) = [n for n in internal_notes(psa) if "RMM diagnostics" in n]
    assert "inventory only" in note and "up 41 days; C: 3% free" in note and "ms to the gateway" not in note


def test_a_tenant_in_plan_mode_gets_the_inventory_and_nothing_runs_on_the_computer(world, sandbox, tenant_key):
    Tenant.objects.filter(slug="contoso").update(mode=Tenant.Mode.PLAN)
    ticket, psa = submit(tenant_key, sandbox, ADELE)
    assert ticket.status == "escalated" and sandbox.sandbox.state()["ninjaone"]["runs"] == []
    (note,) = [n for n in internal_notes(psa) if "RMM diagnostics" in n]
    assert "no script runs while the tenant is in plan mode" in note and "up 41 days; C: 3% free" in note


def test_several_computers_are_listed_and_none_is_diagnosed_live(world, sandbox, tenant_key):
    ticket, psa = submit(tenant_key, sandbox, MEGAN, ("PC is slow", "My computer is really slow today."))
    (note,) = [n for n in internal_notes(psa) if "RMM diagnostics" in n]
    assert "2 computers of megan.bowen@contoso.example in NinjaOne" in note
    assert "- CONT-LT-MBOWEN: up 2 days" in note and "- CONT-WS-MBOWEN: restarted today" in note
    assert sandbox.sandbox.state()["ninjaone"]["runs"] == []
    assert ticket.status == "escalated"


def test_an_rmm_failure_is_said_in_the_note_and_the_ticket_still_goes_to_a_person(world, sandbox, tenant_key):
    sandbox.sandbox.add_fault(vendor="ninjaone", path="/v2/user/end-users", statuses=[500])
    ticket, psa = submit(tenant_key, sandbox, ADELE)
    assert ticket.status == "escalated"
    (note,) = [n for n in internal_notes(psa) if "RMM diagnostics" in n]
    assert "NinjaOne diagnostics could not run" in note


def test_a_ticket_that_is_not_about_slowness_asks_the_rmm_nothing(world, sandbox, tenant_key):
    ticket, _ = submit(tenant_key, sandbox, ADELE, ("Monitor flickers", "My second monitor flickers sometimes."))
    assert ticket.status == "escalated"
    assert sandbox.sandbox.requests("ninjaone") == []
    assert not ticket.events.filter(kind="rmm.diagnostics").exists()


def test_plain_words_put_the_likely_causes_first():
    from rallied.connectors.rmm_types import DeviceHealth

    health = DeviceHealth(device="1", name="PC", online=True, uptime_days=41.0, disks=[("C:", 3.0, 14.3)],
                          gateway_ms=230, public_ms=260, cpu_pct=35, mem_pct=50, down_mbps=80, up_mbps=20,
                          memory_gb=16)
    assert likely_causes(health) == ["C: almost full (3% free, 14 GB)",
                                     "slow local network or Wi-Fi: 230 ms to the gateway",
                                     "not restarted for 41 days"]
    assert figures(health).startswith("up 41 days; C: 3% free; 230 ms to the gateway; 260 ms to a public host")
    healthy = DeviceHealth(device="1", name="PC", online=True, uptime_days=2, disks=[("C:", 45.0, 212.0)])
    assert likely_causes(healthy) == []
