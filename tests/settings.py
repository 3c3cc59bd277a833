"""Test settings: the real settings, with tasks run in-process and fast password hashing.

django-q2 reads its configuration at import time, so sync mode is chosen here, in a settings
module, rather than with override_settings (django-q2's delivery semantics). The delivery tests that
need a real cluster start `qcluster` in a subprocess with the plain settings.
"""

import os
import tempfile

os.environ.setdefault("DEBUG", "1")

from rallied.settings import *  # noqa: F403
from rallied.settings import DATABASES, Q_CLUSTER

Q_CLUSTER = {**Q_CLUSTER, "sync": True}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, not memory, so a qcluster subprocess could share it; one file per pytest process, because
    # several runs at once (engineers, CI shards) would otherwise delete and flush it under each other.
    DATABASES["default"]["TEST"] = {"NAME": os.path.join(tempfile.gettempdir(), f"rallied-test-{os.getpid()}.sqlite3")}

# Audit checkpoints: the development key and the witness file in a folder of this pytest process, never var/. A
# chain is signed every N events only where a test sets N (tests/audit/): elsewhere an N-th event's queued
# checkpoint would be on-commit work a test did not ask for (tests/conftest.py fails a test that drops one).
_AUDIT_DIR = os.path.join(tempfile.gettempdir(), f"rallied-test-audit-{os.getpid()}")
RALLIED_AUDIT_DEV_KEY_FILE = os.path.join(_AUDIT_DIR, "dev-signing.key")
RALLIED_AUDIT_WITNESSES = [f"file:{os.path.join(_AUDIT_DIR, 'witness.jsonl')}"]
RALLIED_AUDIT_CHECKPOINT_EVENTS = 0
RALLIED_CHECK_KEPT_QUERIES = True  # rallied/kept_queries.py: each kept statement compared with Django's, every call
