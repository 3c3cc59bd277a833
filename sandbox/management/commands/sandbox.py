"""`manage.py sandbox`: serve every simulated vendor on one loopback port until Ctrl-C."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from sandbox import start_sandbox


class Command(BaseCommand):
    help = (
        "Serve every simulated vendor (Entra login, Graph, Exchange, Okta, Google, ConnectWise, Autotask, "
        "HaloPSA, Duo, Slack, Anthropic - whatever is registered in sandbox/vendors/) on 127.0.0.1 "
        "under one path prefix per vendor, seeded from the directory file, until Ctrl-C. "
        "Rules: loopback only; every credential it accepts is a sandbox-only value derived from the "
        "directory file; state lives in memory and is reset with POST /_control/reset; faults are "
        "injected with POST /_control/faults and the request log is at GET /_control/requests."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--port", type=int, default=8900, help="Loopback port to listen on (default 8900)."
        )
        parser.add_argument(
            "--directory",
            default=None,
            help="Directory file to seed from (default: settings.RALLIED_DIRECTORY_FILE).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        directory = Path(options["directory"] or settings.RALLIED_DIRECTORY_FILE)
        if not directory.is_file():
            raise CommandError(f"Directory file not found: {directory}")
        try:
            server = start_sandbox(directory, host="127.0.0.1", port=options["port"])
        except OSError as exc:
            raise CommandError(f"Cannot listen on 127.0.0.1:{options['port']}: {exc}") from exc
        stop = threading.Event()
        # SIGTERM (a supervisor, `kill`) ends the loop like Ctrl-C does, so the socket is closed cleanly.
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, lambda *_: stop.set())
            # Ctrl-C must stop it even when it was started from something that ignores SIGINT: a job started with
            # `&` by a non-interactive shell inherits SIGINT ignored, and Python then installs no handler of its own,
            # so the "Ctrl-C to stop" below would be a lie and the process would run on.
            signal.signal(signal.SIGINT, signal.default_int_handler)
        self.stdout.write(f"Sandbox serving on {server.url} (seeded from {directory})")
        for prefix in sorted(server.sandbox.vendors):
            self.stdout.write(f"  {server.url}/{prefix}/")
        self.stdout.write(f"  control: {server.url}/_control/  -  Ctrl-C to stop")
        self.stdout.flush()
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
            self.stdout.write("Sandbox stopped.")
