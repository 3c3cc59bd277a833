"""create_api_token: print a new API token bound to one tenant or one technician."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from tenants.models import Tenant
from tenants.services import create_api_token


class Command(BaseCommand):
    help = (
        "Create an API token and print it once (only its hash is stored). --tenant SLUG makes a tenant "
        "token for a PSA integration: it submits and reads that tenant's tickets and can never approve. "
        "--user USERNAME makes a technician token that acts with that user's per-tenant permissions."
    )

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--tenant")
        group.add_argument("--user")
        parser.add_argument("--name", default="")

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        tenant = user = None
        if opts["tenant"]:
            tenant = Tenant.objects.filter(slug=opts["tenant"]).first()
            if tenant is None:
                raise CommandError(f"No tenant with slug '{opts['tenant']}'.")
        else:
            user = get_user_model().objects.filter(username=opts["user"], is_active=True).first()
            if user is None:
                raise CommandError(f"No active user '{opts['user']}'.")
        name = opts["name"] or (f"{tenant.slug} integration" if tenant else f"{user.username} token")
        _, key = create_api_token(actor="system:create_api_token", name=name, tenant=tenant, user=user)
        self.stdout.write(key)
