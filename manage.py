#!/usr/bin/env python
"""Django's command-line utility for Rallied."""

import atexit
import gc
import os
import sys


def main() -> None:
    # On the way out nothing needs collecting: freeze the heap so the interpreter's teardown does not walk it.
    # With the vendor SDKs loaded (about 280,000 objects) that walk took 4-5 s of every exit on a busy machine, and
    # kept a stopped qcluster or sandbox alive that long after its work had ended. Registered first, so it runs
    # last: after multiprocessing has joined the cluster's processes.
    atexit.register(gc.freeze)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rallied.settings")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018  (loads the settings: a missing variable stops here)
    except ImproperlyConfigured as exc:
        # The settings say in one line what is missing and how to set it; a traceback would only bury it.
        sys.stderr.write(f"Rallied cannot start: {exc}\n")
        sys.exit(2)

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
