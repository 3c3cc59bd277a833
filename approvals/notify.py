"""Telling MSP staff something needs them: an approval waiting, an approval expired, a tenant paused.

One function, so every caller says the same thing the same way. It always writes an audit event (the
durable record a service lead can find); chat delivery (Slack, Teams) hangs off it per tenant, and a
delivery failure never undoes the caller's work.
"""

from __future__ import annotations

import logging
from typing import Any

from audit.services import record
from tenants.models import Tenant

log = logging.getLogger(__name__)


def notify_staff(*, tenant: Tenant, subject: str, text: str, topic: str, obj: Any = None) -> None:
    """Record that staff of `tenant` were told `subject`; `topic` is a short machine name ("approval.expired")."""
    record(actor="system", verb="staff.notified", obj=obj, tenant=tenant,
           details={"topic": topic, "subject": subject, "text": text})
    log.info("staff notified tenant=%s topic=%s subject=%s", tenant.slug, topic, subject)
