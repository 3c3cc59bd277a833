"""Exactly-once execution: a worker that dies mid-call, or a vendor answer that may hide an applied write, is settled by the
reconciler from the vendor's state: safe kinds are completed, a password reset is never sent twice."""

from __future__ import annotations

import threading

import pytest
import requests
from django.db import connection
from django.utils import timezone

from audit.models import AuditEvent
from playbooks.executor import execute_action
from playbooks.models import Action
from playbooks.reconciler import MAX_ATTEMPTS, reconcile_action, reconcile_actions
from tests.helpers import committed, customer_notes, graph_user, internal_notes, password_patches, psa_ticket
from tests.reliability.helpers import (
    ADELE,
    DIEGO,
    GROUP_ADD,
    UNLOCK,
    WorkerDied,
    after_grace,
    after_lease,
    die_after_call,
    digest,
    open_link,
    reply_links,
    submit,
)
from tickets.models import OneTimeSecret

DISMISS = r"/identityProtection/riskyUsers/dismiss$"
USER_PATCH = r"^/v1\.0/users/[^/]+$"
MEMBER_ADD = r"/groups/[^/]+/members/\$ref$"


def dismiss_writes(sandbox) -> list[dict]:
    return [w for w in sandbox.sandbox.writes("graph") if w["path"].endswith("/riskyUsers/dismiss")]


def member_adds(sandbox) -> list[dict]:
    return [w for w in sandbox.sandbox.writes("graph") if w["path"].endswith("/members/$ref")]


def locked(sandbox, tenant: str = "contoso") -> bool:
    return sandbox.sandbox.state()["graph"][tenant]["risky"].get(DIEGO, {}).get("riskState") == "atRisk"


def finance_readers(sandbox) -> list[str]:
    return sandbox.sandbox.state()["graph"]["contoso"]["groups"]["Finance-Readers"]


def settlement_events(action: Action) -> list[AuditEvent]:
    return [e for e in AuditEvent.objects.filter(object_type="playbooks.action", object_id=str(action.pk))
            if e.details.get("settled_by") == "reconciler"]


@pytest.mark.django_db
def test_unlock_applied_then_answered_500_is_completed_without_a_second_write(contoso_api, sandbox):
    assert locked(sandbox)
    sandbox.sandbox.add_fault(vendor="graph", method="POST", path=DISMISS, apply_then_fail=500, times=1)
    ticket = submit(contoso_api, "rel-unlock-1", DIEGO, *UNLOCK)
    action = Action.objects.get(ticket=ticket)
    # The executor could not know whether the unlock landed: it must not call it failed (or retry blindly).
    assert action.kind == "unlock_account" and action.status == "unknown_outcome", action.error
    ticket.refresh_from_db()
    assert ticket.status == "executing"
    assert not locked(sandbox)  # ...and in fact it did land

    with committed():
        summary = reconcile_actions()

    assert summary == {"completed": 1}
    action.refresh_from_db()
    ticket.refresh_from_db()
    assert action.status == "succeeded"
    assert ticket.status == "resolved"
    assert len(dismiss_writes(sandbox)) == 1  # read the state, saw it unlocked, did not unlock again
    assert len(settlement_events(action)) == 1
    cw = psa_ticket(sandbox, ticket.psa_ticket_id)
    assert cw["closedFlag"] is True and len(customer_notes(cw)) == 1
    with committed():
        assert reconcile_actions() == {}  # nothing left to do: the next pass is a no-op


@pytest.mark.django_db
def test_worker_death_during_unlock_waits_for_the_lease_then_completes(contoso_api, sandbox, held_doorbells,
                                                                       monkeypatch):
    calls = die_after_call(monkeypatch, "entra", "unlock_account")
    ticket = submit(contoso_api, "rel-unlock-2", DIEGO, *UNLOCK)
    action = Action.objects.get(ticket=ticket)
    assert held_doorbells == [action.pk] and locked(sandbox)
    with committed(), pytest.raises(WorkerDied):
        execute_action(action_id=action.pk)
    assert calls == ["unlock_account"] and not locked(sandbox)
    action.refresh_from_db()
    assert action.status == "executing" and action.lease_until > timezone.now()
    monkeypatch.undo()
    requests_before = len(sandbox.sandbox.requests())

    # While the lease runs the worker may still be alive: the reconciler leaves the action alone.
    with committed():
        assert reconcile_actions() == {}
    action.refresh_from_db()
    assert action.status == "executing"
    assert len(sandbox.sandbox.requests()) == requests_before  # not even a read

    with committed():
        summary = reconcile_actions(now=after_lease())
    assert summary == {"completed": 1}
    action.refresh_from_db()
    ticket.refresh_from_db()
    assert action.status == "succeeded" and ticket.status == "resolved"
    assert not locked(sandbox)
    assert len(dismiss_writes(sandbox)) == 1
    # The timeline tells the story: the lease ran out, the outcome was unknown, then settled.
    kinds = list(ticket.events.values_list("kind", flat=True))
    assert "action.unknown_outcome" in kinds and "action.succeeded" in kinds


@pytest.mark.django_db
@pytest.mark.parametrize("crash", ["apply_then_500", "worker_dies"])
def test_password_reset_that_landed_is_never_resent_and_its_password_put_aside_is_delivered(
    contoso_api, sandbox, held_doorbells, monkeypatch, crash
):
    if crash == "apply_then_500":
        sandbox.sandbox.add_fault(vendor="graph", method="PATCH", path=USER_PATCH, apply_then_fail=500, times=1)
        monkeypatch.undo()  # doorbells ring normally: the executor runs and meets the 500
        ticket = submit(contoso_api, "rel-reset-1", ADELE)
        now = None
    else:
        die_after_call(monkeypatch, "entra", "reset_password")
        ticket = submit(contoso_api, "rel-reset-2", ADELE)
        with committed(), pytest.raises(WorkerDied):
            execute_action(action_id=held_doorbells[0])
        monkeypatch.undo()
        now = after_lease()
    action = Action.objects.get(ticket=ticket)
    assert action.kind == "reset_password"
    assert action.status == ("unknown_outcome" if crash == "apply_then_500" else "executing")
    assert graph_user(sandbox, ADELE)["password"]["forceChangePasswordNextSignIn"] is True
    assert OneTimeSecret.objects.get(action=action).ciphertext  # put aside, encrypted, before the call

    with committed():
        summary = reconcile_actions(now=now)

    assert summary == {"settled": 1}
    assert len(password_patches(sandbox)) == 1  # exactly one PATCH ever reached Graph
    action.refresh_from_db()
    ticket.refresh_from_db()
    # Graph shows the change, so the reset happened, and the password was stored before the call: it is delivered.
    assert action.status == "succeeded" and "follow_up" not in action.result
    assert action.result["evidence"]["password_changed_since_intent"] is True
    assert ticket.status == "resolved", ticket.escalation_reason
    [token] = reply_links(sandbox, ticket)
    password = open_link(token)
    assert password and digest(password) == graph_user(sandbox, ADELE)["password"]["sha256"]
    assert open_link(token) is None  # once
    cw = psa_ticket(sandbox, ticket.psa_ticket_id)
    assert cw["closedFlag"] is True
    assert len(settlement_events(action)) == 1


@pytest.mark.django_db
def test_password_reset_that_did_not_land_is_not_retried_but_escalated(contoso_api, sandbox):
    # A 500 before the write: http.py cannot tell it from one after, so the executor ends unknown.
    sandbox.sandbox.add_fault(vendor="graph", method="PATCH", path=USER_PATCH, statuses=[500], times=1)
    ticket = submit(contoso_api, "rel-reset-3", ADELE)
    action = Action.objects.get(ticket=ticket)
    assert action.status == "unknown_outcome"
    secret = OneTimeSecret.objects.get(action=action)
    assert secret.ciphertext  # put aside before the call

    with committed():  # the write may still be in Graph's hands: "no change" is not believed yet
        assert reconcile_actions() == {"waiting": 1}
    action.refresh_from_db()
    assert action.status == "unknown_outcome" and action.lease_until is None
    with committed():
        assert reconcile_actions(now=after_grace()) == {"failed": 1}

    action.refresh_from_db()
    ticket.refresh_from_db()
    assert graph_user(sandbox, ADELE)["password"] is None or not graph_user(sandbox, ADELE)["password"].get("setAt")
    assert len(password_patches(sandbox)) == 1  # the refused attempt only; no second PATCH
    assert action.status == "failed"
    assert action.result["evidence"]["password_changed_since_intent"] is False
    assert ticket.status == "escalated" and "did not reach" in ticket.escalation_reason
    [reply] = customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id))  # never "done" for what did not land
    assert "Nothing has been changed" in reply and "has been reset" not in reply and "/s/" not in reply
    secret.refresh_from_db()  # the password that never reached Graph is gone, and the audit says so
    assert secret.ciphertext == "" and secret.link_encrypted == "" and secret.destroyed_at is not None
    [destroyed] = AuditEvent.objects.filter(verb="secret.destroyed")
    assert destroyed.details["one_time_row"] == secret.pk and "did not reach" in destroyed.details["why"]


@pytest.mark.django_db
def test_group_add_that_did_not_land_is_repeated_once_with_a_new_intent(contoso_api, sandbox):
    from tests.foundation.test_permissions_and_admin import user_client

    sandbox.sandbox.add_fault(vendor="graph", method="POST", path=MEMBER_ADD, statuses=[502], times=1)
    ticket = submit(contoso_api, "rel-group-1", ADELE, *GROUP_ADD)
    action = Action.objects.get(ticket=ticket)
    with committed():
        approved = user_client("tech").post(f"/api/v1/actions/{action.pk}/approve", {}, format="json")
    assert approved.status_code == 200
    action.refresh_from_db()
    assert action.status == "unknown_outcome"
    assert ADELE not in finance_readers(sandbox)

    with committed():  # not repeated within the grace period: the first add could still land
        assert reconcile_actions() == {"waiting": 1}
    assert len(member_adds(sandbox)) == 1
    with committed():
        assert reconcile_actions(now=after_grace()) == {"completed": 1}

    action.refresh_from_db()
    ticket.refresh_from_db()
    assert action.status == "succeeded" and action.attempts == 2
    assert ticket.status == "resolved"
    assert finance_readers(sandbox).count(ADELE) == 1
    assert len(member_adds(sandbox)) == 2  # the refused one and the repeat
    intents = AuditEvent.objects.filter(verb="action.intent", object_id=str(action.pk)).order_by("seq")
    assert [e.details["attempt"] for e in intents] == [1, 2]
    assert "approved by tech" in intents[1].authority  # the repeat runs on the original authority


@pytest.mark.django_db
def test_repeats_are_bounded_then_a_technician_decides(contoso_api, sandbox):
    from tests.foundation.test_permissions_and_admin import user_client

    sandbox.sandbox.add_fault(vendor="graph", method="POST", path=MEMBER_ADD, statuses=[502])  # never recovers
    ticket = submit(contoso_api, "rel-group-2", ADELE, *GROUP_ADD)
    action = Action.objects.get(ticket=ticket)
    with committed():
        user_client("tech").post(f"/api/v1/actions/{action.pk}/approve", {}, format="json")

    outcomes = []
    for _ in range(MAX_ATTEMPTS):
        with committed():
            outcomes.append(reconcile_actions(now=after_grace()))

    assert outcomes == [{"still_unknown": 1}] * (MAX_ATTEMPTS - 1) + [{"failed": 1}]
    action.refresh_from_db()
    ticket.refresh_from_db()
    assert action.status == "failed" and action.attempts == MAX_ATTEMPTS
    assert len(member_adds(sandbox)) == MAX_ATTEMPTS
    assert ticket.status == "escalated" and "never confirmed" in ticket.escalation_reason
    with committed():
        assert reconcile_actions() == {}


@pytest.mark.django_db
def test_a_reconciler_holding_an_action_keeps_the_other_out(contoso_api, sandbox, monkeypatch):
    import playbooks.reconciler as reconciler

    sandbox.sandbox.add_fault(vendor="graph", method="POST", path=DISMISS, apply_then_fail=500, times=1)
    ticket = submit(contoso_api, "rel-race-1", DIEGO, *UNLOCK)
    action = Action.objects.get(ticket=ticket)
    real = reconciler.goal_reached
    inner: list[str] = []

    def meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        # A second reconciler runs while the first one is reading the vendor's state.
        inner.append(reconcile_action(action_id=action.pk))
        return real(*args, **kwargs)

    monkeypatch.setattr(reconciler, "goal_reached", meanwhile)
    with committed():
        assert reconcile_action(action_id=action.pk) == "completed"
    assert inner == ["skipped"]
    assert len(settlement_events(action)) == 1


@pytest.mark.django_db(transaction=True)  # two threads, two connections: each must see the other's commits
def test_two_reconcilers_racing_settle_once_and_the_ticket_resolves_once(contoso_api, sandbox):
    sandbox.sandbox.add_fault(vendor="graph", method="PATCH", path=USER_PATCH, apply_then_fail=500, times=1)
    ticket = submit(contoso_api, "rel-race-2", ADELE)
    action = Action.objects.get(ticket=ticket)
    assert action.status == "unknown_outcome"
    start = threading.Barrier(2)
    results: list[dict] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            start.wait(timeout=10)
            results.append(reconcile_actions())
        except BaseException as exc:  # surfaced below; a thread must not swallow it
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert sum(r.get("settled", 0) for r in results) == 1, results
    action.refresh_from_db()
    ticket.refresh_from_db()
    assert action.status == "succeeded" and ticket.status == "resolved"
    assert len(settlement_events(action)) == 1
    assert len(password_patches(sandbox)) == 1
    cw = psa_ticket(sandbox, ticket.psa_ticket_id)
    assert len(internal_notes(cw)) == 1 and len(customer_notes(cw)) == 1  # resolved and answered exactly once
    assert len(reply_links(sandbox, ticket)) == 1


@pytest.mark.django_db
def test_an_approved_action_whose_doorbell_was_lost_is_run_once(contoso_api, sandbox, held_doorbells):
    ticket = submit(contoso_api, "rel-lost-1", DIEGO, *UNLOCK)
    action = Action.objects.get(ticket=ticket)
    assert action.status == "approved" and locked(sandbox)
    held_doorbells.clear()

    with committed():
        assert reconcile_actions() == {}  # just approved: the doorbell may still be on its way
    assert held_doorbells == []

    with committed():
        assert reconcile_actions(now=timezone.now() + timezone.timedelta(minutes=6)) == {"redelivered": 1}
    assert held_doorbells == [action.pk]
    with committed():
        execute_action(action_id=action.pk)
    with committed():
        assert execute_action(action_id=action.pk) == "not-claimed"  # a second doorbell runs nothing
    action.refresh_from_db()
    ticket.refresh_from_db()
    assert action.status == "succeeded" and ticket.status == "resolved" and not locked(sandbox)
    assert len(dismiss_writes(sandbox)) == 1


@pytest.mark.django_db
def test_okta_reset_that_landed_is_settled_from_password_changed_and_delivered(tenant_key, sandbox):
    from tests.helpers import token_client

    client = token_client(tenant_key("northwind"))
    janet = "janet.leverling@northwind.example"
    sandbox.sandbox.add_fault(vendor="okta", method="POST", path=r"/lifecycle/expire_password$",
                              apply_then_fail=500, times=1)
    ticket = submit(client, "rel-okta-1", janet, "password reset please",
                    "Hi, my Okta password expired while I was in court and now I can't get in. Please reset it.")
    action = Action.objects.get(ticket=ticket)
    assert action.kind == "reset_password" and action.status == "unknown_outcome", (ticket.status, action.error)

    with committed():
        assert reconcile_actions() == {"settled": 1}

    sets = [w for w in sandbox.sandbox.writes("okta") if "credentials" in w["body"]]
    assert len(sets) == 1  # Okta got the password once; the reconciler only read
    action.refresh_from_db()
    ticket.refresh_from_db()
    assert action.status == "succeeded" and action.result["evidence"]["password_changed_since_intent"] is True
    assert ticket.status == "resolved", ticket.escalation_reason
    okta_user = sandbox.sandbox.state()["okta"]["northwind"]["users"][janet]
    [token] = reply_links(sandbox, ticket, psa="autotask")
    password = open_link(token)
    assert password and digest(password) == okta_user["passwordSha256"]
    assert okta_user["status"] == "PASSWORD_EXPIRED"  # she picks her own at sign-in
    served = requests.get(f"{sandbox.url}/_control/requests", params={"vendor": "okta"}, timeout=5).text
    assert password not in served and "credentials" in served  # the request log over HTTP masks nested values


@pytest.mark.django_db
def test_a_vendor_that_cannot_be_read_defers_the_settlement_instead_of_guessing(contoso_api, sandbox):
    sandbox.sandbox.add_fault(vendor="graph", method="PATCH", path=USER_PATCH, apply_then_fail=500, times=1)
    ticket = submit(contoso_api, "rel-down-1", ADELE)
    action = Action.objects.get(ticket=ticket)
    assert action.status == "unknown_outcome"
    outage = sandbox.sandbox.add_fault(vendor="graph", method="GET", statuses=[503], retry_after=0)

    with committed():
        assert reconcile_actions() == {"deferred": 1}
    action.refresh_from_db()
    ticket.refresh_from_db()
    assert action.status == "unknown_outcome" and action.lease_until is None  # free for the next pass
    assert ticket.status == "executing"
    assert outage.hits > 0

    sandbox.sandbox.clear_faults()
    with committed():
        assert reconcile_actions() == {"settled": 1}
    assert len(password_patches(sandbox)) == 1
    ticket.refresh_from_db()
    assert ticket.status == "resolved" and len(reply_links(sandbox, ticket)) == 1
