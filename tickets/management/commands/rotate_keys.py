"""rotate_keys: re-encrypt every stored secret with the newest RALLIED_SECRET_KEYS key, then say which keys can go."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction

from audit.services import record
from rallied import crypto
from rallied.progress import progress
from tenants.models import Connection
from tickets.models import OneTimeSecret

CHUNK = 1000
# Every column that holds a Fernet token: a new encrypted column belongs here, or rotation would strand it on a
# key that is about to be removed.
STORES: tuple[tuple[type[models.Model], str], ...] = (
    (Connection, "credentials_encrypted"),
    (OneTimeSecret, "ciphertext"),
    (OneTimeSecret, "link_encrypted"),
)
# Unreadable values named in the refusal; past this many, only the count.
NAMED = 10


@dataclass
class Survey:
    """Which key opens each stored value, before anything changes."""

    rows: dict[tuple[type[models.Model], str], list[int]] = field(default_factory=dict)
    by_key: Counter[int] = field(default_factory=Counter)
    unreadable: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(len(pks) for pks in self.rows.values())


class Command(BaseCommand):
    help = ("Re-encrypt connection credentials and pending one-time secrets (values and link tokens) with the first "
            "(newest) key of RALLIED_SECRET_KEYS, then report which older keys no longer hold any value and can be "
            "removed. Put the new key first and keep the old ones listed until this has run. Refuses, changing "
            "nothing, if a value cannot be decrypted with any listed key, and names it. --check only reports which "
            "key holds how many values. On a terminal a progress bar runs on standard error.")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--check", action="store_true",
                            help="Report which key opens how many stored values; change nothing.")

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        keys = crypto.key_count()
        with transaction.atomic():
            survey = _survey()
            if survey.unreadable:
                raise CommandError(_refusal(survey, keys))
            if opts["check"]:
                self.stdout.write(f"{survey.total} stored values. {_held(survey.by_key, keys)}")
                return
            bar = progress(total=survey.total, desc="re-encrypting", stream=self.stderr, unit="value",
                           quiet=opts["verbosity"] == 0)
            with bar:
                for (model, column), pks in survey.rows.items():
                    for chunk in _chunks(pks):
                        _rotate(model, column, chunk)
                        bar.update(len(chunk))
            older = survey.total - survey.by_key[1]
            record(actor="system:rotate_keys", verb="keys.rotated",
                   details={"values": survey.total, "from_older_keys": older, "keys_configured": keys})
        self.stdout.write(f"Re-encrypted {survey.total} stored values with key 1 of {keys} (the newest); before, "
                          f"{_held(survey.by_key, keys)}")
        self.stdout.write(_retirement(keys))


def _survey() -> Survey:
    """Lock every encrypted row and find the key that opens each value, reading a chunk at a time."""
    survey = Survey()
    for model, column in STORES:
        # Ids first, locked; the values are then read a chunk at a time, never from a cursor that the updates would
        # disturb (SQLite gives no isolation inside a connection).
        pks = list(model.objects.exclude(**{column: ""}).select_for_update().order_by("pk")
                   .values_list("pk", flat=True))
        survey.rows[(model, column)] = pks
        for chunk in _chunks(pks):
            for pk, token in model.objects.filter(pk__in=chunk).values_list("pk", column):
                try:
                    survey.by_key[crypto.key_position(token)] += 1
                except crypto.DecryptionError:
                    survey.unreadable.append(f"{model.__name__} #{pk} {column}")
    return survey


def _rotate(model: type[models.Model], column: str, pks: list[int]) -> None:
    for pk, token in model.objects.filter(pk__in=pks).exclude(**{column: ""}).values_list("pk", column):
        model.objects.filter(pk=pk).update(**{column: crypto.rotate(token)})


def _held(by_key: Counter[int], keys: int) -> str:
    return "; ".join(f"key {position} opened {by_key[position]}" for position in range(1, keys + 1)) + "."


def _retirement(keys: int) -> str:
    if keys == 1:
        return "Only one key is configured: nothing to retire."
    return (f"Every stored value now opens with key 1 alone: keys 2-{keys} can be removed from RALLIED_SECRET_KEYS "
            "(keep a copy until the backups made before now have expired).")


def _refusal(survey: Survey, keys: int) -> str:
    named = ", ".join(survey.unreadable[:NAMED])
    more = f" and {len(survey.unreadable) - NAMED} more" if len(survey.unreadable) > NAMED else ""
    return (f"Nothing was re-encrypted: {len(survey.unreadable)} stored value(s) open with none of the {keys} keys in "
            f"RALLIED_SECRET_KEYS: {named}{more}. Add the key they were encrypted with (after the newest) and run "
            "again.")


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]
