"""rotate_keys: re-encrypt every stored secret with the newest RALLIED_SECRET_KEYS key."""

from collections.abc import Iterator

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import QuerySet

from audit.services import record
from rallied import crypto
from rallied.progress import progress
from tenants.models import Connection
from tickets.models import OneTimeSecret

CHUNK = 1000


class Command(BaseCommand):
    help = ("Re-encrypt connection credentials and pending one-time secrets with the first (newest) key of "
            "RALLIED_SECRET_KEYS. Put the new key first and keep the old ones listed until this has run; "
            "then the old keys can be removed. Fails without changing anything if a value cannot be "
            "decrypted with any listed key. On a terminal a progress bar runs on standard error.")

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        with transaction.atomic():
            connections = _ids(Connection.objects.exclude(credentials_encrypted=""))
            secrets = _ids(OneTimeSecret.objects.exclude(ciphertext=""))
            bar = progress(total=len(connections) + len(secrets), desc="re-encrypting", stream=self.stderr,
                           unit="value", quiet=opts["verbosity"] == 0)
            with bar:
                for chunk in _chunks(connections):
                    rows = Connection.objects.filter(pk__in=chunk).values_list("pk", "credentials_encrypted")
                    for pk, ciphertext in rows:
                        Connection.objects.filter(pk=pk).update(credentials_encrypted=crypto.rotate(ciphertext))
                    bar.update(len(chunk))
                for chunk in _chunks(secrets):
                    for pk, ciphertext, link in OneTimeSecret.objects.filter(pk__in=chunk).values_list(
                            "pk", "ciphertext", "link_encrypted"):
                        fields = {"ciphertext": crypto.rotate(ciphertext)}
                        if link:
                            fields["link_encrypted"] = crypto.rotate(link)
                        OneTimeSecret.objects.filter(pk=pk).update(**fields)
                    bar.update(len(chunk))
            count = len(connections) + len(secrets)
            record(actor="system:rotate_keys", verb="keys.rotated", details={"values": count})
        self.stdout.write(f"Re-encrypted {count} stored values with the newest key.")


def _ids(queryset: QuerySet) -> list[int]:
    """The rows to rotate, locked, ids only: the values are then read a chunk at a time, never all at once, and
    never from a cursor that the updates themselves would disturb (SQLite gives no isolation inside a connection)."""
    return list(queryset.select_for_update().order_by("pk").values_list("pk", flat=True))


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]
