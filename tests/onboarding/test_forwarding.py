"""An offboarding ticket that asks for the leaver's mail to be forwarded, judged from the vendors' own state: on
Entra, Exchange's mailbox forwards to the mailbox asked (a copy kept) once the ticket is done; an address outside the
tenant is refused by the floor unless the tenant's own policy allows external forwarding, and even then a
technician confirms it; on Okta and Google (no forwarding in the contract) it is a technician's step naming the
address in the PSA note, and no forwarding action is made."""

from __future__ import annotations

import json
from typing import Any

import pytest

from approvals.models import AutonomyPolicy
from playbooks.choices import ActionStatus
from tenants.models import Tenant
from tests.onboarding.test_onboarding import REQUESTER, approve_all, live
from tests.trust.helpers import submit
from tests.undo.helpers import run_undo

pytestmark = pytest.mark.django_db

ALEX, MEGAN, LYNNE = "alex.wilber@contoso.example", "megan.bowen@contoso.example", "lynne.robbins@contoso.example"
OUTSIDE = "alex.wilber.private@mailbox-elsewhere.example"


def forwarding(sandbox: Any, address: str) -> tuple[str | None, bool]:
    """(where Exchange forwards the mailbox's mail, whether a copy stays), from the sandbox's Exchange."""
    box = sandbox.sandbox.state()["exchange"]["contoso"][address]
    return box.get("forwarding"), bool(box.get("deliver_and_forward"))


def offboard(body: str, *, slug: str = "contoso") -> Any:
    live(slug)
    return approve_all(submit(slug, REQUESTER[slug], "Leaver", body))


def test_forward_to_his_manager_lands_on_the_managers_mailbox_with_a_copy_kept(world, sandbox):
    assert forwarding(sandbox, ALEX) == (None, False)
    ticket = offboard(f"Please offboard {ALEX}, today was his last day. Forward his mail to his manager.")

    assert ticket.entities.get("forward_to") == "manager"
    action = ticket.actions.get(kind="set_mail_forwarding")
    assert action.status == ActionStatus.SUCCEEDED, (action.status, action.reasons, action.error)
    assert action.params["forward_to"] == MEGAN  # the manager the directory names, not a word from the ticket
    assert forwarding(sandbox, ALEX) == (MEGAN, True)
    # In the sequence: after the mailbox is converted, before the licence goes.
    kinds = list(ticket.actions.order_by("pk").values_list("kind", flat=True))
    assert kinds.index("convert_mailbox") < kinds.index("set_mail_forwarding") < kinds.index("remove_license")
    assert ticket.status == "resolved"


def test_forward_to_a_named_mailbox_of_the_tenant_is_that_mailbox_and_not_the_leaver(world, sandbox):
    ticket = offboard(f"Alex Wilber ({ALEX}) has left. Please redirect his emails to {LYNNE} from today.")
    # The forwarding address is nobody to offboard: the leaver stays Alex.
    assert ticket.entities.get("target_user") == ALEX and ticket.entities.get("forward_to") == LYNNE
    assert not ticket.actions.filter(target=LYNNE, kind="disable_user").exists()
    assert forwarding(sandbox, ALEX) == (LYNNE, True)
    state = sandbox.sandbox.state()["graph"]["contoso"]["users"]
    assert state[LYNNE]["accountEnabled"] is True and state[ALEX]["accountEnabled"] is False


def test_forwarding_outside_the_tenant_is_refused_and_nothing_is_forwarded(world, sandbox):
    ticket = offboard(f"Please offboard {ALEX}, he left today. Forward his mail to {OUTSIDE} so he can keep up.")

    action = ticket.actions.get(kind="set_mail_forwarding")
    assert action.status == ActionStatus.BLOCKED
    assert "exfiltration" in " ".join(action.reasons)
    assert forwarding(sandbox, ALEX) == (None, False)
    assert not [r for r in sandbox.sandbox.writes("exchange") if "Forwarding" in r["body"]]
    assert ticket.status == "escalated"


def test_the_tenants_own_policy_can_allow_external_forwarding_but_a_technician_still_confirms(world, sandbox):
    live("contoso")
    tenant_policy = AutonomyPolicy.objects.update_or_create(
        tenant=Tenant.objects.get(slug="contoso"), kind="set_mail_forwarding",
        defaults={"mode": "autonomous", "conditions": {"allow_external_forwarding": True}})[0]
    assert tenant_policy.mode == "autonomous"  # even the loosest policy does not let it run on its own
    ticket = submit("contoso", REQUESTER["contoso"], "Leaver",
                    f"Please offboard {ALEX}, he left today. Forward his mail to {OUTSIDE}.")
    action = ticket.actions.get(kind="set_mail_forwarding")
    assert action.status == ActionStatus.AWAITING_APPROVAL
    assert any("outside the tenant's verified domains" in r for r in action.reasons)
    assert forwarding(sandbox, ALEX) == (None, False)

    approve_all(ticket)
    assert forwarding(sandbox, ALEX) == (OUTSIDE, True)


def test_the_msp_default_policy_cannot_open_external_forwarding_for_every_client(world, sandbox):
    live("contoso")
    AutonomyPolicy.objects.filter(tenant__slug="contoso", kind="set_mail_forwarding").delete()
    AutonomyPolicy.objects.update_or_create(tenant=None, kind="set_mail_forwarding",
                                            defaults={"mode": "approval",
                                                      "conditions": {"allow_external_forwarding": True}})
    ticket = approve_all(submit("contoso", REQUESTER["contoso"], "Leaver",
                                f"Please offboard {ALEX}, he left. Forward his mail to {OUTSIDE}."))
    assert ticket.actions.get(kind="set_mail_forwarding").status == ActionStatus.BLOCKED
    assert forwarding(sandbox, ALEX) == (None, False)


def test_an_address_of_the_tenant_that_is_no_mailbox_is_refused(world, sandbox):
    ticket = offboard(f"Please offboard {ALEX}, he left. Forward his mail to nobody.here@contoso.example.")
    action = ticket.actions.get(kind="set_mail_forwarding")
    assert action.status == ActionStatus.BLOCKED and "No mailbox" in " ".join(action.reasons)
    assert forwarding(sandbox, ALEX) == (None, False)


def test_undoing_the_forwarding_stops_it_in_exchange(world, sandbox):
    ticket = offboard(f"Please offboard {ALEX}, today was his last day. Forward his mail to {LYNNE}.")
    action = ticket.actions.get(kind="set_mail_forwarding")
    assert action.before_state == {"forwarding": None, "kept_copy": False}
    assert forwarding(sandbox, ALEX) == (LYNNE, True)

    undo = run_undo(action)
    assert (undo.kind, undo.status) == ("clear_mail_forwarding", "succeeded"), (undo.reasons, undo.error)
    assert forwarding(sandbox, ALEX) == (None, False)


@pytest.mark.parametrize(("slug", "leaver", "to", "psa"), [
    ("northwind", "janet.leverling@northwind.example", "andrew.fuller@northwind.example", "autotask"),
    ("fabrikam", "priya.shah@fabrikam.example", "kim.abercrombie@fabrikam.example", "halopsa"),
], ids=["okta", "google"])
def test_without_forwarding_in_the_stack_it_is_a_technicians_step_naming_the_address(world, sandbox, slug, leaver,
                                                                                      to, psa):
    ticket = offboard(f"Please offboard {leaver}, today was the last day. Forward the mail to {to}.", slug=slug)
    assert not ticket.actions.filter(kind="set_mail_forwarding").exists()
    gaps = [g for g in ticket.intent_plans.get().gaps if g["kind"] == "forwarding"]
    assert gaps and to in gaps[0]["reason"] and "technician" in gaps[0]["reason"]
    assert f"Forward {leaver}'s mail to {to}" in json.dumps(sandbox.sandbox.state()[psa])



@pytest.mark.parametrize(("subject", "body", "forward_to"), [
    ("Leaver: Alex Wilber", f"Alex Wilber ({ALEX}) has left. Please forward her emails to {MEGAN}.", MEGAN),
    ("Leaver", f"{ALEX} finished on Friday: disable him and redirect his mail to the manager.", "manager"),
    ("Austritt", f"Herr Wilber ({ALEX}) hat das Unternehmen verlassen. Bitte das Konto sperren und seine E-Mails an "
                 "seinen Vorgesetzten weiterleiten.", "manager"),
    ("Départ", f"Alex Wilber ({ALEX}) a quitté la société. Merci de désactiver son compte et de transférer ses mails "
               f"à {MEGAN}.", MEGAN),
    ("Baja de empleado", f"{ALEX} deja la empresa hoy. Desactivar su cuenta y reenviar sus correos a {MEGAN}.", MEGAN),
    ("Uitdienst", f"Alex Wilber ({ALEX}) is uit dienst. Graag zijn account blokkeren en zijn mail doorsturen naar "
                  f"{MEGAN}.", MEGAN),
    ("Leaver", f"Please offboard {ALEX}, today was his last day. No forwarding needed.", None),
], ids=["en-address", "en-manager", "de", "fr", "es", "nl", "none-asked"])
def test_triage_reads_where_the_leavers_mail_goes_and_never_takes_it_for_the_leaver(subject, body, forward_to):
    from tickets.triage import triage

    result = triage(subject, body)
    assert result.category == "offboarding"
    assert result.entities.get("forward_to") == forward_to
    assert result.entities.get("target_user") == ALEX  # the leaver, never the forwarding address


@pytest.mark.parametrize(("forward_to", "problem"), [
    (ALEX, "would loop"),
    ("megan.bowen@contoso-mail.example", "imitates the verified domain contoso.example"),
    ("Megan.Bowen@Contoso.Example", ""),
], ids=["itself", "look-alike", "own-mailbox"])
def test_the_forwarding_address_is_resolved_before_the_floor_looks_at_it(world, sandbox, forward_to, problem):
    """Read from the tenant's Exchange: a mailbox of the tenant is named by its canonical address; the leaver's own
    address and a look-alike of the tenant's domain are refused before anything runs (never treated as external)."""
    from approvals.verification.identity import resolve_action
    from tenants.selectors import connector_for, identity_connection

    tenant = Tenant.objects.get(slug="contoso")
    out = resolve_action(tenant=tenant, kind="set_mail_forwarding", target=ALEX,
                         params={"target": ALEX, "forward_to": forward_to},
                         idp=connector_for(identity_connection(tenant)))
    assert problem in out.problem and bool(out.problem) == bool(problem), out.problem
    assert out.forward_external == ""
    if not problem:
        assert out.params["forward_to"] == MEGAN
