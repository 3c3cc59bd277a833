"""rotate_keys: re-encrypt every stored secret with the newest RALLIED_SECRET_KEYS key, then say which keys can go."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction

from audit.key_rotation import add_signing_key, retirement_plan
from audit.keys import KeyConfigError
from audit.services import record
from rallied import crypto
from rallied.progress import progress
from tenants.models import Connection
from tickets.models import OneTimeSecret, PsaWriteBack

CHUNK = 1000
# Every column that holds a Fernet token: a new encrypted column belongs here, or rotation would strand it on a
# key that is about to be removed.
STORES: tuple[tuple[type[models.Model], str], ...] = (
    (Connection, "credentials_encrypted"),
    (OneTimeSecret, "ciphertext"),
    (OneTimeSecret, "link_encrypted"),
    # A reply waiting for the PSA may carry a one-time link (tickets/psa_writeback.py).
    (PsaWriteBack, "reply_encrypted"),
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
            "key holds how many values. On a terminal a progress bar runs on standard error. "
            "The audit signing key rotates in two steps with an overlap: --new-signing-key NAME=PATH writes a new "
            "Ed25519 key and prints the settings that make it sign while the older keys keep verifying; "
            "--retire-signing-keys prints the settings that end the overlap (older keys kept as public verifier "
            "keys only, so the checkpoints they signed stay verifiable).")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--check", action="store_true",
                            help="Report which key opens how many stored values; change nothing.")
        parser.add_argument("--new-signing-key", metavar="NAME=PATH",
                            help="Write a new audit signing key to PATH (owner-only) and print how to list it.")
        parser.add_argument("--retire-signing-keys", action="store_true",
                            help="Print the settings that keep only the newest audit signing key's private half.")

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        try:
            if opts["new_signing_key"]:
                self._new_signing_key(opts["new_signing_key"])
            elif opts["retire_signing_keys"]:
                self._retire_signing_keys()
            else:
                self._rotate_secrets(check=opts["check"], verbosity=opts["verbosity"])
        except KeyConfigError as exc:
            raise CommandError(str(exc)) from exc

    def _rotate_secrets(self, *, check: bool, verbosity: int) -> None:
        keys = crypto.key_count()
        with transaction.atomic():
            survey = _survey()
            if survey.unreadable:
                raise CommandError(_refusal(survey, keys))
            if check:
                self.stdout.write(f"{survey.total} stored values. {_held(survey.by_key, keys)}")
                return
            bar = progress(total=survey.total, desc="re-encrypting", stream=self.stderr, unit="value",
                           quiet=verbosity == 0)
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

    def _new_signing_key(self, entry: str) -> None:
        added = add_signing_key(actor="system:rotate_keys", entry=entry)
        self.stdout.write(
            f"Wrote audit signing key {added.name} to {added.path} (readable by its owner only).\n"
            f"To sign with it, list it first:\n  RALLIED_AUDIT_SIGNING_KEYS={added.signing_setting}\n"
            f"Publish its verifier key to your clients (verify_bundle.py --key):\n  {added.verifier}\n"
            "The older keys stay listed for the overlap, verifying what they signed; end it with "
            "rotate_keys --retire-signing-keys.")

    def _retire_signing_keys(self) -> None:
        plan = retirement_plan()
        if not plan.retired:
            self.stdout.write(f"Only {plan.newest} signs and verifies: nothing to retire.")
            return
        waiting = (f"\n{len(plan.chains_waiting)} chain(s) still end on a checkpoint by a retiring key "
                   f"({', '.join(plan.chains_waiting[:5])}); a client pinning only {plan.newest} verifies them once "
                   "they move again." if plan.chains_waiting else "")
        self.stdout.write(
            f"To keep only {plan.newest}'s private key, set:\n  RALLIED_AUDIT_SIGNING_KEYS={plan.signing_setting}\n"
            f"  RALLIED_AUDIT_VERIFIER_KEYS={plan.verifier_setting}\n"
            f"then destroy the private key files of {', '.join(plan.retired)}: their public halves keep every "
            f"checkpoint they signed verifiable.{waiting}")


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
