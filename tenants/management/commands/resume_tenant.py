"""resume_tenant: turn a tenant's kill switch off again, as a named service lead."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from tenants.models import Tenant
from tenants.services import resume_tenant


class Command(BaseCommand):
    help = ("Resume the autonomy of a tenant that the kill switch paused (a burst of sensitive actions). "
            "--user names the service lead doing it: they need manage permission on the tenant, and the audit "
            "trail records them, why the tenant had been paused and --comment. Prints whether it was paused.")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--tenant", required=True, help="The tenant's slug.")
        parser.add_argument("--user", required=True, help="The service lead's username.")
        parser.add_argument("--comment", default="", help="Why it is safe to resume (kept in the audit trail).")

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        tenant = Tenant.objects.filter(slug=opts["tenant"]).first()
        user = get_user_model().objects.filter(username=opts["user"], is_active=True).first()
        if tenant is None or user is None:
            raise CommandError("Unknown tenant or user.")
        try:
            resumed = resume_tenant(actor=user, tenant=tenant, comment=opts["comment"])
        except PermissionDenied as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"{tenant.slug}: {'resumed' if resumed else 'was not paused'}")
