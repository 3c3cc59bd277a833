#!/usr/bin/env python
"""Django's command-line utility for Rallied."""

import os
import sys


def main() -> None:
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
