"""Undo restores the before-state, judged from the sandbox's own state, for every reversible kind on every identity
provider that supports it: the directory after the undo holds exactly what it held before the action (nothing
else moved), the original action is `undone`, and the PSA ticket carries the note."""

from __future__ import annotations

from typing import Any

import pytest

from audit.models import AuditEvent
from tests.helpers import internal_notes, psa_ticket
from tests.undo.helpers import done_action, idp_state, request_undo, run_undo

ADELE, ALEX, DIEGO = "adele.vance@contoso.example", "alex.wilber@contoso.example", "diego.siciliani@contoso.example"
LYNNE = "lynne.robbins@contoso.example"
NANCY, STEVEN, LAURA = ("nancy.davolio@northwind.example", "steven.buchanan@northwind.example",
                        "laura.callahan@northwind.example")
PRIYA = "priya.shah@fabrikam.example"

# (tenant, kind, target, params, the undo's kind)
CASES: dict[str, tuple[str, str, str, dict[str, Any], str]] = {
    "entra-add-group": ("contoso", "add_to_group", ADELE, {"group": "Finance-Readers"}, "remove_from_group"),
    "entra-remove-dl": ("contoso", "remove_from_group", ALEX, {"group": "All Staff"}, "add_to_group"),
    "entra-assign-licence": ("contoso", "assign_license", ADELE, {"license": "VISIOCLIENT"}, "remove_license"),
    "entra-remove-licence": ("contoso", "remove_license", ALEX, {"license": "SPB"}, "assign_license"),
    "entra-swap-licence": ("contoso", "swap_license", LYNNE, {"license": "VISIOCLIENT", "new_license": "SPE_E3"},
                           "swap_license"),
    "entra-grant-mailbox": ("contoso", "grant_mailbox_access", ADELE,
                            {"mailbox": "billing@contoso.example", "rights": "SendAs"}, "revoke_mailbox_access"),
    "entra-revoke-mailbox": ("contoso", "revoke_mailbox_access", DIEGO,
                             {"mailbox": "frontdesk@contoso.example", "rights": "SendOnBehalf"},
                             "grant_mailbox_access"),
    "entra-disable": ("contoso", "disable_user", ADELE, {}, "enable_user"),
    "okta-add-group": ("northwind", "add_to_group", NANCY, {"group": "VPN Users"}, "remove_from_group"),
    "okta-remove-group": ("northwind", "remove_from_group", STEVEN, {"group": "VPN Users"}, "add_to_group"),
    "okta-disable": ("northwind", "disable_user", LAURA, {}, "enable_user"),
    "google-add-group": ("fabrikam", "add_to_group", PRIYA, {"group": "estimating@fabrikam.example"},
                         "remove_from_group"),
    "google-remove-group": ("fabrikam", "remove_from_group", PRIYA, {"group": "staff@fabrikam.example"},
                            "add_to_group"),
    "google-disable": ("fabrikam", "disable_user", PRIYA, {}, "enable_user"),
    # offboarding's reversible steps
    "entra-convert-mailbox": ("contoso", "convert_mailbox", ADELE, {"mailbox_type": "Shared"}, "convert_mailbox"),
    "entra-hide": ("contoso", "hide_from_address_list", ADELE, {}, "show_in_address_list"),
    "google-hide": ("fabrikam", "hide_from_address_list", PRIYA, {}, "show_in_address_list"),
    # onboarding's manager step, on someone who had a manager before (a new hire had none: test_undo_coverage.py)
    "entra-set-manager": ("contoso", "set_manager", ADELE, {"manager": DIEGO}, "set_manager"),
    "okta-set-manager": ("northwind", "set_manager", LAURA, {"manager": STEVEN}, "set_manager"),
    "google-set-manager": ("fabrikam", "set_manager", PRIYA, {"manager": "kim.abercrombie@fabrikam.example"},
                           "set_manager"),
    "entra-forwarding": ("contoso", "set_mail_forwarding", ADELE, {"forward_to": "megan.bowen@contoso.example"},
                         "clear_mail_forwarding"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(CASES))
def test_undo_restores_exactly_the_state_before_the_action(world, sandbox, name):
    slug, kind, target, params, undo_kind = CASES[name]
    before = idp_state(sandbox, slug)
    action = done_action(slug, kind, target, params, name)
    assert idp_state(sandbox, slug) != before, "the action changed nothing: the case proves nothing"
    assert action.before_state, "the before-state is recorded when the action runs"

    undo = run_undo(action)

    assert (undo.kind, undo.status) == (undo_kind, "succeeded"), (undo.status, undo.error, undo.reasons)
    assert idp_state(sandbox, slug) == before  # restored, and nothing else of the directory moved
    action.refresh_from_db()
    assert action.status == "undone"
    verbs = set(AuditEvent.objects.filter(object_id=str(action.pk), object_type="playbooks.action")
                .values_list("verb", flat=True))
    assert {"action.undo_requested", "action.undone"} <= verbs
    assert action.ticket.events.filter(kind="action.undone").exists()
    if slug == "contoso":  # the PSA ticket (ConnectWise) says it was undone
        action.ticket.refresh_from_db()
        notes = internal_notes(psa_ticket(sandbox, action.ticket.psa_ticket_id))
        assert any("undone" in n and target in n for n in notes), notes


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["entra-add-group", "okta-remove-group", "google-add-group"])
def test_a_second_undo_writes_nothing_more(world, sandbox, name):
    slug, kind, target, params, _ = CASES[name]
    action = done_action(slug, kind, target, params, name)
    first = run_undo(action)
    assert first.status == "succeeded"
    restored, writes = idp_state(sandbox, slug), len(sandbox.sandbox.requests())

    again = request_undo(action, by="tech2")
    also = request_undo(action, by="lead")

    assert not again.created and not also.created and again.undo.pk == also.undo.pk == first.pk
    assert "already" in again.message
    assert sandbox.sandbox.requests()[writes:] == []  # not a single vendor request, let alone a write
    assert idp_state(sandbox, slug) == restored
