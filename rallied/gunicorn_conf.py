"""gunicorn's settings for `make serve` (`gunicorn -c python:rallied.gunicorn_conf`): an access log, masked.

Operators expect an access log, but gunicorn writes it through its own loggers (`gunicorn.access`, and
`gunicorn.error`, which names the request path when a request fails), not through Django's LOGGING, so the
handlers' mask in rallied/settings.py never sees those lines. One-time secret links, approval links and manager
links carry their secret in the URL path, and the Referer of a page opened from such a link carries it too: the
logger class below puts rallied.logs' mask on both gunicorn loggers themselves, so every handler gunicorn gives
them (file, stdout, syslog) writes the masked line.

RALLIED_ACCESS_LOG and RALLIED_ERROR_LOG name the files ("-", the default, is standard output / error).
"""

from __future__ import annotations

import os
from typing import Any

from gunicorn.glogging import Logger

from rallied.logs import MaskSecretPaths


class MaskedLogger(Logger):
    """gunicorn's logger with link tokens masked in the access and error lines before any handler formats them."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)  # runs again on a config reload: the filter is added once
        for log in (self.access_log, self.error_log):
            if not any(isinstance(f, MaskSecretPaths) for f in log.filters):
                log.addFilter(MaskSecretPaths())


logger_class = MaskedLogger
accesslog = os.environ.get("RALLIED_ACCESS_LOG") or "-"
errorlog = os.environ.get("RALLIED_ERROR_LOG") or "-"
