"""seed_demo: load the demo world into Rallied (idempotent)."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand

from rallied.progress import progress
from sandbox.demo import seed_demo


class Command(BaseCommand):
    help = (
        "Create the demo MSP staff, tenants, sandbox connections (with service accounts), default "
        "policies and playbooks from the world file (--directory, default settings.RALLIED_DIRECTORY_FILE). "
        "Idempotent: a second run updates in place. Tenant modes are set only when a tenant is created, "
        "so a service lead's switch to live or plan survives re-seeding. Staff passwords come from "
        "RALLIED_DEMO_PASSWORD (default 'rallied-demo'): demo only."
    )

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--directory", default=settings.RALLIED_DIRECTORY_FILE)
        parser.add_argument("--sandbox-url", default=settings.RALLIED_SANDBOX_URL)

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        def track(steps, total):  # type: ignore[no-untyped-def]
            return progress(steps, total=total, desc="seeding the demo world", stream=self.stderr, unit="step",
                            quiet=opts["verbosity"] == 0)

        summary = seed_demo(opts["directory"], opts["sandbox_url"], track=track)
        self.stdout.write(f"Seeded tenants: {', '.join(summary['tenants'])} (sandbox at {opts['sandbox_url']})")
        for username, role in summary["logins"]:
            self.stdout.write(f"  login {username} / {summary['password']}  ({role})")
        self.stdout.write("  second factor (service leads in the admin, sensitive approvals): "
                          "`manage.py demo_otp <username>` prints the demo device's current code")
