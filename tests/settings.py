"""Test settings: the real settings, with tasks run in-process and fast password hashing.

django-q2 reads its configuration at import time, so sync mode is chosen here, in a settings
module, rather than with override_settings (see notes/RELIABILITY.md). The delivery tests that
need a real cluster start `qcluster` in a subprocess with the plain settings.
"""

import os

os.environ.setdefault("DEBUG", "1")

from rallied.settings import *  # noqa: F403
from rallied.settings import DATABASES, Q_CLUSTER

Q_CLUSTER = {**Q_CLUSTER, "sync": True}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, not memory: the delivery tests' qcluster subprocess must see the same database.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test-artifacts" / "test.sqlite3")}  # noqa: F405
