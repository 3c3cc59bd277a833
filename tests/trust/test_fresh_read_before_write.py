"""The write sees the directory as it is at the write, not as it was at the decision (issue 17 batched the reads;
this holds that the batching kept the read right before the write).

A reset is decided while the requester is an ordinary user; before its worker runs, she is made a Global
Administrator. The worker reads her again (one `$batch`: her and her roles) right before its write, and the write is
refused: her password is untouched in the directory. The same ticket with nothing changed in between resets her
password. Both checked from the sandbox's own state and request log.

The executor refuses it before any write (playbooks/executor._refuse_if_admin_since_decision): an action decided to
run on its own was decided on a non-admin, and that premise is checked on the fresh read. Entra would refuse the
write itself (its helpdesk-level role cannot set an admin's password), but Okta's service account can be allowed
to, so the Okta cases below are the ones that show the check is ours: a user made SUPER_ADMIN after the decision
keeps her password and her lockout, and the same tickets with nothing changed run.
"""

from __future__ import annotations

import pytest

from playbooks.executor import execute_action
from playbooks.models import Action
from tenants.models import Tenant
from tests.helpers import committed, graph_user, password_patches
from tests.reliability.helpers import held_doorbells  # noqa: F401  (fixture)
from tickets.services import ingest_ticket
from workflow.tasks import start_ticket_task

pytestmark = pytest.mark.django_db
ADELE = "adele.vance@contoso.example"
TICKETS = {
    "reset_password": ("Password reset please", "Hi, I forgot my password. Can you reset my password? Thanks"),
    "unlock_account": ("Locked out", "Hi, my account is locked out, can you unlock it please? Janet"),
}


def decided(held: list[int], *, tenant: str, requester: tuple[str, str], kind: str, external_id: str) -> Action:
    """The ticket asking for `kind` on the requester's own account, decided to run on its own; its run held back."""
    subject, body = TICKETS[kind]
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug=tenant), source="api",
                              external_id=external_id, subject=subject, body=body, requester_email=requester[0],
                              requester_name=requester[1], enqueue=False)
    with committed():
        start_ticket_task(ticket.pk)
    action = Action.objects.get(ticket=ticket)
    assert (action.kind, action.status, action.decision) == (kind, "approved", "autonomous")
    assert held == [action.pk]  # decided on an ordinary user; not run yet
    return action


def decided_reset(sandbox, held: list[int], external_id: str) -> Action:  # type: ignore[no-untyped-def]
    return decided(held, tenant="contoso", requester=(ADELE, "Adele Vance"), kind="reset_password",
                   external_id=external_id)


def run(action: Action) -> Action:
    with committed():
        execute_action(action_id=action.pk)
    action.refresh_from_db()
    return action


def read_afresh_first(sandbox, n: int) -> bool:  # type: ignore[no-untyped-def]
    """The first Graph call after the decision (request `n`) is a read of her and her roles, one `$batch`."""
    first = next(r for r in sandbox.sandbox.calls("graph") if r["n"] > n)
    items = {r["path"] for r in sandbox.sandbox.requests("graph") if r["batch"] == first["n"]}
    return first["path"] == "/v1.0/$batch" and {f"/v1.0/users/{ADELE}", f"/v1.0/users/{ADELE}/transitiveMemberOf"} <= items


def test_a_requester_made_admin_after_the_decision_is_not_reset(world, sandbox, held_doorbells):  # noqa: F811
    action = decided_reset(sandbox, held_doorbells, "admin-after-decision")
    password_before = graph_user(sandbox, ADELE)["password"]
    directory = sandbox.sandbox.vendors["graph"].tenant_by_slug("contoso")
    directory.role("Global Administrator")["members"].append(directory.find_user(ADELE)["id"])
    decided_at = len(sandbox.sandbox.requests()) - 1

    action = run(action)
    assert action.status == "failed"
    assert "admin role" in action.error
    assert graph_user(sandbox, ADELE)["password"] == password_before  # nothing changed in the directory
    assert password_patches(sandbox) == []  # refused on the fresh read: no write was even attempted
    assert read_afresh_first(sandbox, decided_at)


def test_the_same_reset_with_nothing_changed_resets_her(world, sandbox, held_doorbells):  # noqa: F811
    action = decided_reset(sandbox, held_doorbells, "nothing-changed")
    decided_at = len(sandbox.sandbox.requests()) - 1

    action = run(action)
    assert action.status == "succeeded", action.error
    assert graph_user(sandbox, ADELE)["password"]["forceChangePasswordNextSignIn"] is True
    assert [p["applied"] for p in password_patches(sandbox)] == [204]
    assert read_afresh_first(sandbox, decided_at)


JANET = ("janet.leverling@northwind.example", "Janet Leverling")


def decided_on_okta(held: list[int], kind: str, external_id: str) -> Action:
    return decided(held, tenant="northwind", requester=JANET, kind=kind, external_id=external_id)


def okta_writes(sandbox) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{r['method']} {r['path']}" for r in sandbox.sandbox.calls("okta") if r["method"] != "GET"]


def janet_in_okta(sandbox) -> dict:  # type: ignore[no-untyped-def]
    okta = sandbox.sandbox.vendors["okta"]
    org = okta.orgs["northwind"]
    uid = next(uid for uid, user in org["users"].items() if user["profile"]["login"] == JANET[0])
    return {"okta": okta, "org": org, "uid": uid, "user": org["users"][uid]}


@pytest.mark.parametrize("kind", sorted(TICKETS))
def test_okta_user_made_super_admin_after_the_decision_is_left_alone(world, sandbox, held_doorbells,  # noqa: F811
                                                                   kind):
    action = decided_on_okta(held_doorbells, kind, f"okta-admin-after-{kind}")
    janet = janet_in_okta(sandbox)
    janet["org"]["roles"][janet["uid"]].append(janet["okta"]._role("northwind", janet["uid"], "SUPER_ADMIN"))
    before = (janet["user"]["status"], janet["user"].get("passwordChanged"))
    writes_before = okta_writes(sandbox)

    action = run(action)
    assert action.status == "failed"
    assert "admin role (SUPER_ADMIN)" in action.error
    assert okta_writes(sandbox) == writes_before  # nothing was written to Okta
    assert (janet["user"]["status"], janet["user"].get("passwordChanged")) == before


@pytest.mark.parametrize("kind", sorted(TICKETS))
def test_okta_same_ticket_with_nothing_changed_runs(world, sandbox, held_doorbells, kind):  # noqa: F811
    action = decided_on_okta(held_doorbells, kind, f"okta-unchanged-{kind}")
    writes_before = okta_writes(sandbox)

    action = run(action)
    assert action.status == "succeeded", action.error
    assert len(okta_writes(sandbox)) > len(writes_before)  # the write went to Okta


def test_an_admin_target_a_technician_approved_still_runs(world, sandbox, held_doorbells):  # noqa: F811
    """The check holds an unattended decision to its premise; a person's approval was given knowing the target."""
    action = decided_on_okta(held_doorbells, "unlock_account", "okta-admin-approved")
    janet = janet_in_okta(sandbox)
    janet["org"]["roles"][janet["uid"]].append(janet["okta"]._role("northwind", janet["uid"], "SUPER_ADMIN"))
    Action.objects.filter(pk=action.pk).update(decision="approval")

    action = run(action)
    assert action.status == "succeeded", action.error
