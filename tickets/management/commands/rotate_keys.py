"""rotate_keys: re-encrypt every stored secret with the newest RALLIED_SECRET_KEYS key."""

from django.core.management.base import BaseCommand
from django.db import transaction

from audit.services import record
from rallied import crypto
from tenants.models import Connection
from tickets.models import OneTimeSecret


class Command(BaseCommand):
    help = ("Re-encrypt connection credentials and pending one-time secrets with the first (newest) key of "
            "RALLIED_SECRET_KEYS. Put the new key first and keep the old ones listed until this has run; "
            "then the old keys can be removed. Fails without changing anything if a value cannot be "
            "decrypted with any listed key.")

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        count = 0
        with transaction.atomic():
            for connection in Connection.objects.exclude(credentials_encrypted="").select_for_update():
                Connection.objects.filter(pk=connection.pk).update(
                    credentials_encrypted=crypto.rotate(connection.credentials_encrypted))
                count += 1
            for secret in OneTimeSecret.objects.exclude(ciphertext="").select_for_update():
                fields = {"ciphertext": crypto.rotate(secret.ciphertext)}
                if secret.link_encrypted:
                    fields["link_encrypted"] = crypto.rotate(secret.link_encrypted)
                OneTimeSecret.objects.filter(pk=secret.pk).update(**fields)
                count += 1
            record(actor="system:rotate_keys", verb="keys.rotated", details={"values": count})
        self.stdout.write(f"Re-encrypted {count} stored values with the newest key.")
