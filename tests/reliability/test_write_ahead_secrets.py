"""Write-ahead secrets: the temporary password is stored encrypted with the claim, before the vendor call.

A worker that dies after Entra, Okta or Google applied a reset leaves that password in the database; the reconciler
reads the vendor's state and, when the write landed, the ticket resolves and the password goes where
workflow/delivery.py says (the owner through a channel bound to them, else a technician's hand-over). Proof comes
from the vendor's side: the sandbox keeps the SHA-256 of the password each account has. A worker that dies before
the call leaves a password no account has: it is destroyed, nothing is delivered, and the audit says so without
the value. A write that hangs past the client's timeout and lands seconds later is not settled as "did not reach
the vendor": the reconciler waits out its grace period.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from typing import Any

import pytest

from audit.models import AuditEvent
from playbooks.executor import execute_action
from playbooks.models import Action
from playbooks.reconciler import reconcile_actions
from rallied.connectors import connector_classes
from tenants.models import ServiceAccount, Tenant
from tests.helpers import committed
from tests.reliability.helpers import (
    ADELE,
    WorkerDied,
    after_grace,
    after_lease,
    after_report_lag,
    die_after_call,
    digest,
    open_link,
    reply_links,
    submit,
)
from tickets.models import OneTimeSecret, Ticket, TicketEvent
from tickets.secrets import hand_over_secret, value_for_vendor
from tickets.services import ingest_ticket


@dataclass(frozen=True)
class Idp:
    """One identity provider of the demo world: its tenant, PSA, a user, and where the sandbox keeps their digest."""

    tenant: str
    connector: str  # rallied.connectors registry name
    psa: str  # the sandbox prefix of the tenant's PSA
    user: str
    reset_path: str  # regex over the request path of the write that sets the password

    def password_digest(self, state: dict[str, Any]) -> str | None:
        if self.connector == "entra":
            return (state["graph"][self.tenant]["users"][self.user]["password"] or {}).get("sha256")
        if self.connector == "okta":
            return state["okta"][self.tenant]["users"][self.user]["passwordSha256"]
        return state["google"]["users"][self.user]["passwordSha256"]

    def password_writes(self, sandbox: Any) -> list[dict[str, Any]]:
        prefix = {"entra": "graph"}.get(self.connector, self.connector)
        return [w for w in sandbox.sandbox.writes(prefix) if re.search(self.reset_path, w["path"])
                and re.search(r"password", w["body"], re.I)]


IDPS = {
    "entra": Idp("contoso", "entra", "connectwise", ADELE, r"^/v1\.0/users/[^/]+$"),
    "okta": Idp("northwind", "okta", "autotask", "janet.leverling@northwind.example", r"^/api/v1/users/[^/]+$"),
    "google": Idp("fabrikam", "google", "halopsa", "priya.shah@fabrikam.example",
                  r"^/admin/directory/v1/users/[^/]+$"),
}


def approved_reset(idp: Idp, key: str, requester: str) -> Action:
    """An approved reset as the executor finds it (the ticket executing, the service account allowed to reset).

    The tenant is live: Fabrikam starts in plan mode, where nothing runs and nobody gets a reply."""
    Tenant.objects.filter(slug=idp.tenant).update(mode=Tenant.Mode.LIVE)
    tenant = Tenant.objects.get(slug=idp.tenant)
    for account in ServiceAccount.objects.filter(connection__tenant=tenant):
        account.allowed_kinds = sorted({*account.allowed_kinds, "reset_password"})
        account.save()
    ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api", external_id=key,
                              subject="Password reset", body="Please reset the password.", enqueue=False,
                              requester_email=requester)
    Ticket.objects.filter(pk=ticket.pk).update(status="executing")
    return Action.objects.create(ticket=ticket, kind="reset_password", target=idp.user,
                                 params={"target": idp.user}, decision="autonomous", status="approved",
                                 idempotency_key=f"test:{key}")


def die_before_call(monkeypatch: pytest.MonkeyPatch, vendor: str) -> None:
    """The worker dies after the claim committed and before the reset request left."""
    def dying(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise WorkerDied()

    monkeypatch.setattr(connector_classes()[vendor], "reset_password", dying)


def assert_nowhere(password: str, caplog: pytest.LogCaptureFixture) -> None:
    """Not in the audit trail, the timeline or any log line."""
    for event in AuditEvent.objects.all():
        assert password not in json.dumps(event.details) and password not in event.authority, event.verb
    assert not any(password in e.message or password in json.dumps(e.data) for e in TicketEvent.objects.all())
    assert password not in caplog.text


@pytest.mark.django_db
@pytest.mark.parametrize("vendor", sorted(IDPS))
def test_a_reset_that_landed_before_the_worker_died_delivers_the_password_put_aside(
        world, sandbox, monkeypatch, caplog, vendor):
    caplog.set_level(logging.DEBUG)
    idp = IDPS[vendor]
    action = approved_reset(idp, f"wal-landed-{vendor}", requester=idp.user)  # self-service: the owner asked
    die_after_call(monkeypatch, vendor, "reset_password")
    with committed(), pytest.raises(WorkerDied):
        execute_action(action_id=action.pk)
    monkeypatch.undo()
    put_aside = OneTimeSecret.objects.get(action=action)
    assert put_aside.ciphertext and len(idp.password_writes(sandbox)) == 1

    with committed():  # the lease ran out: the worker is gone
        assert reconcile_actions(now=after_lease()) == {"settled": 1}

    action.refresh_from_db()
    ticket = Ticket.objects.get(pk=action.ticket_id)
    assert action.status == "succeeded" and "follow_up" not in action.result
    assert ticket.status == "resolved", ticket.escalation_reason
    assert len(idp.password_writes(sandbox)) == 1  # settled from the vendor's state, never sent again
    [token] = reply_links(sandbox, ticket, psa=idp.psa)  # to the owner, who asked through a channel bound to them
    password = open_link(token)
    assert password and digest(password) == idp.password_digest(sandbox.sandbox.state())
    assert open_link(token) is None
    assert_nowhere(password, caplog)


@pytest.mark.django_db
def test_a_landed_reset_asked_for_by_someone_else_goes_to_a_technician_not_the_requester(world, sandbox,
                                                                                      monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    idp = IDPS["entra"]
    action = approved_reset(idp, "wal-colleague", requester="diego.siciliani@contoso.example")
    die_after_call(monkeypatch, "entra", "reset_password")
    with committed(), pytest.raises(WorkerDied):
        execute_action(action_id=action.pk)
    monkeypatch.undo()

    with committed():
        assert reconcile_actions(now=after_lease()) == {"settled": 1}

    ticket = Ticket.objects.get(pk=action.ticket_id)
    assert ticket.status == "resolved", ticket.escalation_reason
    assert reply_links(sandbox, ticket) == []  # Diego asked; the password opens Adele's account
    secret = OneTimeSecret.objects.get(action=action)
    assert ticket.events.filter(kind="secret.held", data__owner=ADELE).exists()
    with committed():
        password = hand_over_secret(secret_id=secret.pk, actor="tech")
    assert password and digest(password) == idp.password_digest(sandbox.sandbox.state())
    assert_nowhere(password, caplog)


@pytest.mark.django_db
@pytest.mark.parametrize("vendor", sorted(IDPS))
def test_a_reset_whose_worker_died_before_the_call_destroys_the_password(world, sandbox, monkeypatch, caplog,
                                                                         vendor):
    caplog.set_level(logging.DEBUG)
    idp = IDPS[vendor]
    before = idp.password_digest(sandbox.sandbox.state())
    action = approved_reset(idp, f"wal-unsent-{vendor}", requester=idp.user)
    die_before_call(monkeypatch, vendor)
    with committed(), pytest.raises(WorkerDied):
        execute_action(action_id=action.pk)
    monkeypatch.undo()
    secret = OneTimeSecret.objects.get(action=action)
    password = value_for_vendor(secret)  # what would have been set; no account has it

    with committed():  # Google shows a password change only in a lagging report: "none yet" is believed later
        assert reconcile_actions(now=after_grace(after_lease())) == ({"waiting": 1} if vendor == "google" else
                                                                      {"failed": 1})
        if vendor == "google":
            assert reconcile_actions(now=after_report_lag(after_lease())) == {"failed": 1}

    action.refresh_from_db()
    ticket = Ticket.objects.get(pk=action.ticket_id)
    assert action.status == "failed" and ticket.status == "escalated"
    assert idp.password_writes(sandbox) == [] and idp.password_digest(sandbox.sandbox.state()) == before
    secret.refresh_from_db()
    assert secret.ciphertext == "" and secret.link_encrypted == "" and secret.destroyed_at is not None
    assert reply_links(sandbox, ticket, psa=idp.psa) == []  # nothing delivered
    [destroyed] = AuditEvent.objects.filter(verb="secret.destroyed")
    assert destroyed.details["one_time_row"] == secret.pk and destroyed.details["why"]
    assert_nowhere(password, caplog)


@pytest.mark.django_db
def test_a_reset_that_hung_past_the_timeout_and_landed_later_is_delivered_not_called_lost(
        contoso_api, sandbox, settings, caplog):
    caplog.set_level(logging.DEBUG)
    settings.RALLIED_HTTP_TIMEOUT = 1.0  # the client gives up after 1 s ...
    sandbox.sandbox.add_fault(vendor="graph", method="PATCH", path=IDPS["entra"].reset_path, hang=4, times=1)
    ticket = submit(contoso_api, "wal-hang", ADELE)  # ... Graph applies the PATCH 3 s after that
    action = Action.objects.get(ticket=ticket)
    assert action.status == "unknown_outcome", action.error
    assert "did not answer" in action.error

    # The first pass sees no change yet: without a grace period it would record "did not reach Entra".
    assert IDPS["entra"].password_digest(sandbox.sandbox.state()) is None
    with committed():
        assert reconcile_actions() == {"waiting": 1}
    action.refresh_from_db()
    assert action.status == "unknown_outcome" and OneTimeSecret.objects.get(action=action).ciphertext

    landed = wait_for(lambda: IDPS["entra"].password_digest(sandbox.sandbox.state()))
    with committed():
        assert reconcile_actions() == {"settled": 1}

    action.refresh_from_db()
    ticket.refresh_from_db()
    assert action.status == "succeeded" and ticket.status == "resolved", ticket.escalation_reason
    [token] = reply_links(sandbox, ticket)
    password = open_link(token)
    assert password and digest(password) == landed
    assert len(IDPS["entra"].password_writes(sandbox)) == 1
    assert_nowhere(password, caplog)


@pytest.mark.django_db
def test_a_tap_the_vendor_picked_and_the_dead_worker_never_stored_still_goes_to_a_technician(
        world, sandbox, monkeypatch):
    # Entra picks the Temporary Access Pass and shows it only in its answer: nothing can be put aside before.
    idp = IDPS["entra"]
    action = approved_reset(idp, "wal-tap", requester=idp.user)
    Action.objects.filter(pk=action.pk).update(kind="reset_mfa")
    for account in ServiceAccount.objects.filter(connection__tenant__slug="contoso"):
        account.allowed_kinds = sorted({*account.allowed_kinds, "reset_mfa"})
        account.save()
    die_after_call(monkeypatch, "entra", "reset_mfa")
    with committed(), pytest.raises(WorkerDied):
        execute_action(action_id=action.pk)
    monkeypatch.undo()
    assert not OneTimeSecret.objects.filter(action=action).exists()

    with committed():
        assert reconcile_actions(now=after_lease()) == {"settled": 1}

    ticket = Ticket.objects.get(pk=action.ticket_id)
    assert ticket.status == "escalated" and "Temporary Access Pass was issued but lost" in ticket.escalation_reason


def wait_for(read, timeout: float = 20.0):  # type: ignore[no-untyped-def]
    """Poll the sandbox until `read` returns something (the hung request is applied on the sandbox's thread)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = read()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("the sandbox never applied the hung write")
