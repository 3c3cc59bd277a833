"""Intake fixtures: open tickets in the sandbox PSAs and deliver their webhooks to Rallied's /hooks/ views.

The demo world (tests/helpers.py `world`) connects Contoso to ConnectWise, Northwind to Autotask and
Fabrikam to HaloPSA. Autotask webhooks need a secret key that a service lead sets on both sides; the seeded
Northwind connection already holds the sandbox's one (a connection without it is refused when saved), so the
webhooks here are checked exactly as seeded.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from sandbox.vendors import autotask as at_vendor
from sandbox.vendors import halopsa as halo_vendor
from tenants.models import Connection
from tenants.services import save_connection
from tests.helpers import committed

# vendor -> (tenant slug, PSA company id as the PSA knows it)
TENANTS = {"connectwise": ("contoso", "ContosoDental"), "autotask": ("northwind", 29684355),
           "halopsa": ("fabrikam", 12)}
VENDORS = list(TENANTS)


class Psa:
    """The three sandbox PSAs as a technician or requester would use them, and their webhooks."""

    def __init__(self, sandbox: Any) -> None:
        self.sandbox = sandbox
        self.client = Client()

    def vendor(self, name: str) -> Any:
        return self.sandbox.sandbox.vendor(name)

    def open(self, vendor: str, summary: str, text: str, email: str, name: str = "", *,
             company: Any = None, board: Any = None) -> dict[str, Any]:
        """A new ticket in the PSA, for the tenant's own company unless `company` says otherwise."""
        company = TENANTS[vendor][1] if company is None else company
        extra = {} if board is None else {{"connectwise": "board", "autotask": "queue_id",
                                            "halopsa": "team"}[vendor]: board}
        if vendor == "autotask":
            return self.vendor(vendor).open_ticket(company, summary, text, email, **extra)
        return self.vendor(vendor).open_ticket(company, summary, text, email, name, **extra)

    def webhook(self, vendor: str, ticket: dict[str, Any], *, secret: str | None = None) -> tuple[dict[str, str], bytes]:
        """(headers, raw body) of the webhook the PSA sends about `ticket`, signed as the vendor signs."""
        if vendor == "connectwise":
            return self.vendor(vendor).callback(self.sandbox.url, ticket)
        if vendor == "autotask":
            body = at_vendor.webhook_body(ticket)
            return at_vendor.sign_webhook(secret or at_vendor.webhook_secret("northwind"), body), body
        body = halo_vendor.webhook_body(ticket)
        return halo_vendor.webhook_headers(secret or halo_vendor.webhook_secret("fabrikam")), body

    def post(self, vendor: str, headers: dict[str, str], body: bytes) -> Any:
        """Deliver a webhook to Rallied, and run the work its commit sets off."""
        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        with committed():
            return self.client.post(f"/hooks/{vendor}/", data=body, content_type="application/json",
                                    headers=headers)

    def deliver(self, vendor: str, ticket: dict[str, Any], **kwargs: Any) -> Any:
        return self.post(vendor, *self.webhook(vendor, ticket, **kwargs))

    def ticket_gets(self, vendor: str, psa_id: Any) -> list[dict[str, Any]]:
        """Reads of one PSA ticket in the sandbox log: did Rallied fetch it?"""
        return [r for r in self.sandbox.sandbox.requests(vendor)
                if r["method"] == "GET" and r["path"].rstrip("/").endswith(f"ickets/{psa_id}")]


def connection(vendor: str) -> Connection:
    return Connection.objects.select_related("tenant").get(vendor=vendor, tenant__slug=TENANTS[vendor][0])


def configure(vendor: str, *, credentials: dict[str, Any] | None = None, **config: Any) -> Connection:
    """Change a demo connection the way a service lead would (through the service, audited)."""
    conn = connection(vendor)
    merged_credentials = {**conn.get_credentials(), **credentials} if credentials else None
    return save_connection(actor="system:test", tenant=conn.tenant, vendor=vendor, base_url=conn.base_url,
                           config={**conn.config, **config}, credentials=merged_credentials)


@pytest.fixture
def psa(world: dict[str, Any], sandbox: Any) -> Psa:
    return Psa(sandbox)
