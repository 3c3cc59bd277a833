"""Logging that never carries a link secret.

One-time secret pages (/s/<token>/), signed approval links and manager links put their secret in the URL
path, and Django logs request paths: runserver's access line for every request, django.request's warning
for every 4xx. This filter rewrites those paths to "/s/***/" before any handler formats the record.
"""

from __future__ import annotations

import logging
import re

from rallied import request_id

SECRET_PATH = re.compile(r"(/(?:s|approvals/link|verify/manager)/)[^/\s\"'?#]+")


def mask_secret_paths(text: str) -> str:
    return SECRET_PATH.sub(r"\1***", text)


class MaskSecretPaths(logging.Filter):
    """Masks link tokens in the formatted message; keeps the record otherwise intact."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the formatter's problem, not a reason to drop it
            return True
        masked = mask_secret_paths(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


class RequestIdFilter(logging.Filter):
    """Puts the current request id (rallied/request_id.py) on the record: a `request_id` field in JSON lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        current = request_id.current()
        if current and not hasattr(record, "request_id"):
            record.request_id = current
        return True


def log_ids(*, ticket: object = None, action: object = None) -> dict:
    """`extra=` for a log call: the ticket, action and tenant ids as their own fields in a JSON log line.

    Only ids already loaded on the objects (the *_id attributes), so logging never costs a query; an action's
    tenant is its ticket's, known only when the ticket is loaded with it.
    """
    ids: dict = {}
    if action is not None:
        ids["action_id"] = action.pk
        ids["ticket_id"] = action.ticket_id
        cached = action._state.fields_cache.get("ticket")
        if cached is not None:
            ticket = cached
    if ticket is not None:
        ids["ticket_id"] = ticket.pk
        ids["tenant_id"] = ticket.tenant_id
    return ids
