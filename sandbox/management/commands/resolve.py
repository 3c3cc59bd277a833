"""resolve, plus --with-sandbox: the product's command, run against the simulated vendors in this process.

The product's `resolve` knows nothing of the sandbox. This command takes its name (the sandbox app is listed
before the product apps in INSTALLED_APPS, and Django lets the first app with a command name win, as
staticfiles does with runserver) and adds one option around it.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import CommandError

from sandbox import start_sandbox
from sandbox.demo import connect_tenant, load_directory, seed_demo
from tenants.models import Tenant
from workflow.management.commands.resolve import Command as ResolveCommand


class Command(ResolveCommand):
    help = ResolveCommand.help + (
        " --with-sandbox starts the simulated vendors in this process, seeds the demo world if needed, and "
        "points the tenant's connections at them."
    )

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        super().add_arguments(parser)
        parser.add_argument("--with-sandbox", action="store_true")

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        if not opts["with_sandbox"]:
            return super().handle(*args, **opts)
        server = start_sandbox(settings.RALLIED_DIRECTORY_FILE)
        try:
            if not Tenant.objects.filter(slug=opts["tenant"]).exists():
                seed_demo(settings.RALLIED_DIRECTORY_FILE, server.url)
            tenant = Tenant.objects.filter(slug=opts["tenant"]).first()
            if tenant is not None:
                data = next((t for t in load_directory(settings.RALLIED_DIRECTORY_FILE)["tenants"]
                             if t["slug"] == tenant.slug), None)
                if data is None:
                    raise CommandError(f"Tenant '{tenant.slug}' is not in the sandbox directory file.")
                connect_tenant(tenant, data, server.url)
            return super().handle(*args, **opts)
        finally:
            server.stop()
