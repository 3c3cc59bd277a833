"""Apply-then-429 and apply-then-503-with-Retry-After on every write route of every identity provider.

The vendor applies the write and then answers as if it had refused it. rallied/http.py (and the Okta SDK wrapper)
must not send it again: the executor records `unknown_outcome`, and the reconciler, once the grace period has
passed, settles the action from the vendor's state. For every route and both faults: the sandbox's own request log
holds exactly one write to that route, the vendor's handler applied it (2xx behind the fault), and the action ends
`succeeded`, settled by the reconciler.

Two routes are written twice, each for a reason its vendor's connector states: Okta and Google show no trace of a
session revocation (no "sessions valid from" as Graph has, and their contracts hold no log read that would), so the
reconciler cannot see that revoke_sessions landed and sends it once more, after a new audit intent, by its own
decision, never the HTTP layer's. It does so only because the connector declares why a second revocation is harmless
there (`harmless_repeats`); the route names the words of that reason it must carry, and the test pins the second,
announced send. Every other route: exactly one write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest

from audit.models import AuditEvent
from playbooks import reconciler
from playbooks.executor import execute_action
from playbooks.models import Action
from rallied.connectors import connector_classes
from rallied.kinds import KINDS
from tenants.models import ServiceAccount, Tenant
from tests.helpers import committed
from tests.reliability.helpers import after_grace, after_lease
from tickets.models import Ticket
from tickets.services import ingest_ticket

D = "/admin/directory/v1"
FAULTS = {
    "apply-then-429": {"apply_then_fail": 429, "retry_after": 1},
    "apply-then-503-retry-after": {"apply_then_fail": 503, "retry_after": 1},
}


@dataclass(frozen=True)
class Route:
    """One write route of an identity provider, and an action whose execution sends it."""

    tenant: str
    vendor: str  # the sandbox's prefix: graph, exchange, okta, google
    method: str
    path: str  # regex over the path the sandbox logs (after the prefix)
    kind: str
    target: str
    params: dict[str, Any] = field(default_factory=dict)
    body: str = ""  # a fragment of the request body, when one path carries several writes (Exchange cmdlets)
    # The vendor cannot show whether it landed, and a second write is harmless there: the words of its connector's
    # reason (IdentityConnector.harmless_repeats) the announced repeat must carry. Empty: written exactly once.
    repeated_because: str = ""


C, N, F = "contoso.example", "northwind.example", "fabrikam.example"
ROUTES = {
    # Entra, through Graph
    "graph-reset-password": Route("contoso", "graph", "PATCH", r"^/v1\.0/users/[^/]+$", "reset_password",
                                  f"adele.vance@{C}"),
    "graph-disable-user": Route("contoso", "graph", "PATCH", r"^/v1\.0/users/[^/]+$", "disable_user",
                                f"sarah.lee@{C}"),
    "graph-unlock": Route("contoso", "graph", "POST", r"/riskyUsers/dismiss$", "unlock_account",
                          f"diego.siciliani@{C}"),
    "graph-revoke-sessions": Route("contoso", "graph", "POST", r"/revokeSignInSessions$", "revoke_sessions",
                                   f"adele.vance@{C}"),
    "graph-issue-tap": Route("contoso", "graph", "POST", r"/temporaryAccessPassMethods$", "reset_mfa",
                             f"alex.wilber@{C}"),
    "graph-remove-mfa-method": Route("contoso", "graph", "DELETE", r"/authentication/\w+Methods/[^/]+$",
                                     "reset_mfa", f"alex.wilber@{C}"),
    "graph-add-member": Route("contoso", "graph", "POST", r"/members/\$ref$", "add_to_group", f"adele.vance@{C}",
                              {"group": "Finance-Readers"}),
    "graph-remove-member": Route("contoso", "graph", "DELETE", r"/members/[^/]+/\$ref$", "remove_from_group",
                                 f"megan.bowen@{C}", {"group": "Billing Team"}),
    "graph-assign-license": Route("contoso", "graph", "POST", r"/assignLicense$", "assign_license",
                                  f"adele.vance@{C}", {"license": "VISIOCLIENT"}),
    "graph-remove-license": Route("contoso", "graph", "POST", r"/assignLicense$", "remove_license",
                                  f"lynne.robbins@{C}", {"license": "VISIOCLIENT"}),
    "graph-create-user": Route("contoso", "graph", "POST", r"^/v1\.0/users$", "create_user", f"new.hire@{C}",
                               {"display_name": "New Hire"}),
    # Entra's mailboxes, through Exchange's admin API (one POST path; the cmdlet is in the body)
    "exchange-add-full-access": Route("contoso", "exchange", "POST", r"/InvokeCommand$", "grant_mailbox_access",
                                      f"adele.vance@{C}", {"mailbox": f"billing@{C}", "rights": "FullAccess"},
                                      "Add-MailboxPermission"),
    "exchange-add-send-as": Route("contoso", "exchange", "POST", r"/InvokeCommand$", "grant_mailbox_access",
                                  f"adele.vance@{C}", {"mailbox": f"billing@{C}", "rights": "SendAs"},
                                  "Add-RecipientPermission"),
    "exchange-remove-full-access": Route("contoso", "exchange", "POST", r"/InvokeCommand$", "revoke_mailbox_access",
                                         f"megan.bowen@{C}", {"mailbox": f"billing@{C}", "rights": "FullAccess"},
                                         "Remove-MailboxPermission"),
    # Okta
    "okta-reset-password": Route("northwind", "okta", "POST", r"/lifecycle/expire_password", "reset_password",
                                 f"janet.leverling@{N}"),
    "okta-unlock": Route("northwind", "okta", "POST", r"/lifecycle/unlock$", "unlock_account", f"robert.king@{N}"),
    "okta-revoke-sessions": Route("northwind", "okta", "DELETE", r"/sessions$", "revoke_sessions",
                                  f"janet.leverling@{N}",
                                  repeated_because="two revocations leave what one does"),
    "okta-reset-factors": Route("northwind", "okta", "POST", r"/lifecycle/reset_factors$", "reset_mfa",
                                f"janet.leverling@{N}"),
    "okta-add-member": Route("northwind", "okta", "PUT", r"/groups/[^/]+/users/[^/]+$", "add_to_group",
                             f"janet.leverling@{N}", {"group": "VPN Users"}),
    "okta-remove-member": Route("northwind", "okta", "DELETE", r"/groups/[^/]+/users/[^/]+$", "remove_from_group",
                                f"janet.leverling@{N}", {"group": "Paralegals"}),
    "okta-create-user": Route("northwind", "okta", "POST", r"^/api/v1/users$", "create_user", f"new.hire@{N}",
                              {"display_name": "New Hire"}),
    "okta-suspend": Route("northwind", "okta", "POST", r"/lifecycle/suspend$", "disable_user",
                          f"laura.callahan@{N}"),
    # Google Workspace
    "google-reset-password": Route("fabrikam", "google", "PUT", rf"^{D}/users/[^/]+$", "reset_password",
                                   f"priya.shah@{F}"),
    "google-suspend": Route("fabrikam", "google", "PUT", rf"^{D}/users/[^/]+$", "disable_user",
                            f"tom.higgins@{F}"),
    "google-sign-out": Route("fabrikam", "google", "POST", r"/signOut$", "revoke_sessions", f"priya.shah@{F}",
                             repeated_because="two sign-outs leave what one does"),
    "google-2sv-off": Route("fabrikam", "google", "POST", r"/twoStepVerification/turnOff$", "reset_mfa",
                            f"priya.shah@{F}"),
    "google-add-member": Route("fabrikam", "google", "POST", r"/groups/[^/]+/members$", "add_to_group",
                               f"priya.shah@{F}", {"group": f"estimating@{F}"}),
    "google-remove-member": Route("fabrikam", "google", "DELETE", r"/groups/[^/]+/members/[^/]+$",
                                  "remove_from_group", f"priya.shah@{F}", {"group": f"staff@{F}"}),
    "google-create-user": Route("fabrikam", "google", "POST", rf"^{D}/users$", "create_user", f"new.hire@{F}",
                                {"display_name": "New Hire"}),
}


def approved_action(route: Route, key: str) -> Action:
    """An approved action as the executor finds it in production, its service account allowed every kind."""
    tenant = Tenant.objects.get(slug=route.tenant)
    for account in ServiceAccount.objects.filter(connection__tenant=tenant):
        account.allowed_kinds = sorted(KINDS)
        account.save()
    ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api", external_id=key,
                              subject="Throttled write", body="See the action.", enqueue=False,
                              requester_email=f"it@{route.target.split('@')[1]}")
    Ticket.objects.filter(pk=ticket.pk).update(status="executing")
    return Action.objects.create(ticket=ticket, kind=route.kind, target=route.target,
                                 params={"target": route.target, **route.params}, decision="autonomous",
                                 status="approved", idempotency_key=f"test:{key}")


def sent(sandbox, route: Route) -> list[dict[str, Any]]:
    """The requests to this route in the sandbox's own log."""
    return [r for r in sandbox.sandbox.requests(route.vendor)
            if r["method"] == route.method and re.search(route.path, r["path"]) and route.body in r["body"]]


def past_the_grace() -> datetime:
    """A moment past every lease and the reconciler's grace period, so it believes what the vendor shows now."""
    return after_lease(after_grace())


@pytest.mark.django_db
@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("name", sorted(ROUTES))
def test_a_write_applied_then_throttled_is_sent_once_and_settled_by_the_reconciler(world, sandbox, name, fault):
    route = ROUTES[name]
    action = approved_action(route, f"{name}-{fault}")
    matcher = {"path": route.path} if not route.body else {"path": route.path, "body_contains": route.body}
    sandbox.sandbox.add_fault(vendor=route.vendor, method=route.method, times=1, **matcher, **FAULTS[fault])

    with committed():
        assert execute_action(action_id=action.pk) == "unknown_outcome"
    [write] = sent(sandbox, route)  # one request: not repeated after the 429/503
    assert write["status"] == FAULTS[fault]["apply_then_fail"] and 200 <= write["applied"] < 300

    with committed():
        summary = reconciler.reconcile_actions(now=past_the_grace())

    action.refresh_from_db()
    assert action.status == "succeeded", (summary, action.error)
    assert settled_by(action) == reconciler.ACTOR
    if route.repeated_because:
        assert summary == {"completed": 1} and action.attempts == 2
        first, repeat = intents(action)  # the repeat was announced first, with why it is harmless at this vendor
        assert (first.details["attempt"], repeat.details["attempt"]) == (1, 2)
        assert repeat.details["repeat_harmless_because"] == connector_classes()[route.vendor].harmless_repeats[
            route.kind] and route.repeated_because in repeat.details["repeat_harmless_because"]
        assert len(sent(sandbox, route)) == 2
    else:
        assert [200 <= r["applied"] < 300 for r in sent(sandbox, route)] == [True]  # still the one write
        assert len(intents(action)) == 1


def intents(action: Action) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(verb="action.intent", object_type="playbooks.action",
                                          object_id=str(action.pk)).order_by("at", "pk"))


def settled_by(action: Action) -> str:
    """Who moved the action to its final status, from its audit trail."""
    return AuditEvent.objects.filter(verb=f"action.{action.status}", object_type="playbooks.action",
                                     object_id=str(action.pk)).get().actor
