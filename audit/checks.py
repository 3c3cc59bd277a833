"""`manage.py check` (and every migrate, runserver, `make serve`) validates the audit signing settings: a key that
cannot be read or parsed, a witness that cannot be written, stop the deployment before the first checkpoint would."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.checks import Error, Warning, register

from audit.keys import KeyConfigError, signing_keys, verifiers
from audit.witness import FileWitness, WitnessConfigError, configured_witnesses

HINT = "See .env.example (RALLIED_AUDIT_*) and audit/keys.py, audit/witness.py."


def _writable_dir(path: Path) -> bool:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:  # created on the first write
        folder = folder.parent
    return os.access(folder, os.W_OK | os.X_OK)


def _witness_problems() -> list[Any]:
    try:
        witnesses = configured_witnesses()
    except WitnessConfigError as exc:
        return [Error(str(exc), hint=HINT, id="audit.E002")]
    if not witnesses:
        return [Warning("RALLIED_AUDIT_WITNESSES is empty: signed checkpoints stay only in the database, where a "
                        "rewrite of the whole database can remove them", hint=HINT, id="audit.W001")]
    return [Error(f"witness {w.description}: the folder is not writable", hint=HINT, id="audit.E003")
            for w in witnesses if isinstance(w, FileWitness) and not _writable_dir(w.path)]


@register("audit")
def check_audit_signing(app_configs: Any = None, **kwargs: Any) -> list[Any]:
    if not settings.RALLIED_AUDIT_SIGNING:
        return []
    problems: list[Any] = []
    if settings.RALLIED_AUDIT_CHECKPOINT_EVENTS < 0 or settings.RALLIED_AUDIT_CHECKPOINT_SECONDS < 1:
        problems.append(Error("RALLIED_AUDIT_CHECKPOINT_EVENTS must be 0 (off) or more and "
                              "RALLIED_AUDIT_CHECKPOINT_SECONDS at least 1", hint=HINT, id="audit.E004"))
    if not settings.RALLIED_AUDIT_INSTANCE.strip() or any(c.isspace() for c in settings.RALLIED_AUDIT_INSTANCE):
        problems.append(Error("RALLIED_AUDIT_INSTANCE names this installation in each checkpoint: one word, no "
                              "spaces (e.g. rallied.example.com)", hint=HINT, id="audit.E005"))
    try:
        signing_keys()
        verifiers()
    except KeyConfigError as exc:
        problems.append(Error(f"audit signing key: {exc}", hint=HINT, id="audit.E001"))
    return problems + _witness_problems()
