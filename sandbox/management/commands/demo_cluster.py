"""demo_cluster: django-q2's qcluster for `make demo`, which exits as soon as its cluster has stopped."""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django_q.cluster import Cluster


class Command(BaseCommand):
    help = (
        "Run a django-q2 cluster like `qcluster` (same settings, schedules, workers) until SIGTERM or SIGINT to "
        "this process, then exit at once. `make demo` uses it so that stopping the demo takes about a second: "
        "after `qcluster`'s cluster has stopped, the interpreter's own shutdown (a full garbage collection over "
        "every module the product loads) can take seconds more on a busy machine. Production runs `qcluster`."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        settings.SECRET_KEY  # noqa: B018  (as qcluster: the cluster signs its tasks, fail before starting)
        cluster = Cluster()  # installs the SIGTERM/SIGINT handlers that stop the sentinel and its workers in order
        cluster.start()
        while cluster.sentinel.is_alive():
            time.sleep(0.2)
        # Stopped by a signal (the handler joined the sentinel), or the sentinel died: either way nothing is left
        # running under this process. Flush what was logged and leave without the interpreter's teardown.
        stopped = bool(cluster.has_stopped)
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0 if stopped else 1)
