"""Printer tickets: neither RMM's contract exposes a computer's printers or print spooler (the NinjaOne and Datto RMM
spec subsets know printers only as SNMP network devices: NMS_PRINTER, deviceClass "printer"), so a printer ticket
gets the generic printer first checks in its note, and nothing is run on the requester's computer: no script, not
even the allowed "clear temp files and restart spooler" one."""

from __future__ import annotations

import pytest

from sandbox.vendors.ninjaone import CLEANUP_SCRIPT, DIAG_SCRIPT
from tenants.models import Connection
from tests.helpers import internal_notes
from tests.workflow.test_rmm_diagnostics import ADELE, submit

pytestmark = pytest.mark.django_db

PRINTER = ("Printer not printing", "Hi, my documents are stuck in the print queue and nothing comes out of the "
           "printer on the 2nd floor. Can you help?")


def test_a_printer_ticket_gets_the_generic_note_and_no_script_runs(world, sandbox, tenant_key):
    connection = Connection.objects.get(tenant__slug="contoso", vendor="ninjaone")
    # Even with the spooler-restarting script allowed, a printer ticket never runs it: nothing decided it should.
    connection.config = {**connection.config, "allowed_scripts": [DIAG_SCRIPT, CLEANUP_SCRIPT]}
    connection.save()
    ticket, psa = submit(tenant_key, sandbox, ADELE, PRINTER)

    assert ticket.status == "escalated"  # a person takes it
    notes = "\n".join(internal_notes(psa))
    assert "Is the printer online and reachable" in notes and "print queue stuck" in notes
    assert "RMM diagnostics" not in notes
    assert sandbox.sandbox.state()["ninjaone"]["runs"] == []
    assert not [r for r in sandbox.sandbox.requests("ninjaone") if r["path"].endswith("/script/run")]
