"""Waiting approvals for the queue tests, made the way the pipeline leaves them, and logged-in web clients."""

from __future__ import annotations

from datetime import timedelta
from itertools import count
from typing import Any

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from approvals.models import ApprovalRequest
from playbooks.models import Action
from tenants.models import Tenant
from tickets.services import ingest_ticket

_seq = count(1)
VERIFIED = {"requester_found": True, "requester_enabled": True, "requester_display_name": "Adele Vance",
            "relation": "self", "proof": "not_needed", "proof_method": "", "risk_signals": [],
            "summary": "Requester found (Adele Vance), relation: self."}


def waiting(slug: str = "contoso", *, requester: str = "adele.vance@contoso.example", kind: str = "add_to_group",
            params: dict[str, Any] | None = None, reasons: list[str] | None = None, approvals_required: int = 1,
            verification: dict[str, Any] | None = None, subject: str = "Please add me to Finance-Readers",
            waiting_minutes: int = 5, expires_minutes: int = 240, triage: dict[str, Any] | None = None) -> Action:
    """An action waiting for a technician, with its ticket and open approval request."""
    n = next(_seq)
    tenant = Tenant.objects.get(slug=slug)
    ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api", external_id=f"queue-{n}",
                              subject=subject, body=f"{subject}. Thanks!", requester_email=requester,
                              requester_name="Adele Vance", enqueue=False)
    params = params or {"target": requester, "group": "Finance-Readers"}
    type(ticket).objects.filter(pk=ticket.pk).update(
        status="awaiting_approval", category="group_membership",
        verification=VERIFIED if verification is None else verification,
        triage=triage or {"summary": "Wants read access to the finance reports."})
    since = timezone.now() - timedelta(minutes=waiting_minutes)
    action = Action.objects.create(
        ticket=ticket, kind=kind, target=params["target"], params=params, decision="approval",
        reasons=reasons or ["The MSP default policy requires approval."], status="awaiting_approval",
        idempotency_key=f"queue-test:{n}", created_at=since,
    )
    ApprovalRequest.objects.create(action=action, approvals_required=approvals_required, created_at=since,
                                   expires_at=timezone.now() + timedelta(minutes=expires_minutes))
    return action


def web(username: str) -> Client:
    """A browser-like client signed in as this demo user."""
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def staff_user(username: str, email: str, tenant_slugs: list[str], role: str = "technician") -> Any:
    from tenants import access

    user = get_user_model().objects.create_user(username=username, email=email, password="x-test-pass-1")
    for slug in tenant_slugs:
        access.grant_role(user, Tenant.objects.get(slug=slug), role)
    return user


KIND_MIX = [("add_to_group", {"group": "Finance-Readers"}), ("unlock_account", {}),
            ("assign_license", {"license": "VISIOCLIENT"}), ("grant_mailbox_access",
                                                             {"mailbox": "billing@{domain}", "rights": "FullAccess"})]


def seed_waiting_bulk(*, total: int, tenants: int, approver: Any, prefix: str = "load") -> None:
    """`total` waiting approvals spread over `tenants` new tenants that `approver` may approve on.

    bulk_create all the way (tenants, tickets, actions, approval requests, permissions): 10,000 rows in seconds.
    """
    from guardian.shortcuts import assign_perm

    from tenants import access
    from tickets.models import Ticket

    made = Tenant.objects.bulk_create([
        Tenant(name=f"{prefix.title()} Tenant {i:02d}", slug=f"{prefix}-{i:02d}", domains=[f"{prefix}{i}.example"],
               mode="live") for i in range(tenants)])
    made = list(Tenant.objects.filter(slug__in=[t.slug for t in made]).order_by("pk"))
    assign_perm(access.APPROVE, approver, Tenant.objects.filter(pk__in=[t.pk for t in made]))
    now = timezone.now()
    tickets = []
    for i in range(total):
        tenant = made[i % tenants]
        domain = tenant.domains[0]
        tickets.append(Ticket(
            tenant=tenant, source="api", external_id=f"{prefix}-{i}", subject=f"Access request {i}",
            body="Please add me to the group, thanks.", requester_email=f"user{i}@{domain}",
            requester_name=f"User {i}", status="awaiting_approval", category="group_membership",
            verification={**VERIFIED, "risk_signals": ["urgency or secrecy pressure in the request"] if i % 7 == 0
                          else []},
            triage={"summary": f"Wants access ({i})."}, received_at=now - timedelta(minutes=(i * 7) % 600 + 20)))
    tickets = Ticket.objects.bulk_create(tickets, batch_size=2000)
    if tickets[0].pk is None:  # a backend that does not return ids from bulk inserts
        tickets = list(Ticket.objects.filter(external_id__startswith=f"{prefix}-").order_by("pk"))
    actions = []
    for i, ticket in enumerate(tickets):
        kind, extra = KIND_MIX[i % len(KIND_MIX)]
        params = {"target": ticket.requester_email,
                  **{k: v.format(domain=ticket.tenant.domains[0]) for k, v in extra.items()}}
        actions.append(Action(ticket=ticket, kind=kind, target=ticket.requester_email, params=params,
                              decision="approval", reasons=["The MSP default policy requires approval."],
                              status="awaiting_approval", idempotency_key=f"{prefix}:{i}",
                              created_at=ticket.received_at))
    actions = Action.objects.bulk_create(actions, batch_size=2000)
    if actions[0].pk is None:
        actions = list(Action.objects.filter(idempotency_key__startswith=f"{prefix}:").order_by("pk"))
    ApprovalRequest.objects.bulk_create([
        ApprovalRequest(action=a, approvals_required=2 if i % 11 == 0 else 1, created_at=a.created_at,
                        expires_at=now + timedelta(hours=4)) for i, a in enumerate(actions)], batch_size=2000)
