"""django-q2 entry points for audit checkpoints (audit/checkpoints.py); both are safe to run twice or at once."""

from __future__ import annotations

from django.conf import settings

from audit.checkpoints import checkpoint_chain, checkpoint_due
from audit.models import chain_of


def checkpoint_chain_task(tenant_id: int) -> None:
    """Queued by record() when a chain reaches a multiple of N events. Tasks take ids: 0 is the system chain."""
    if settings.RALLIED_AUDIT_SIGNING:
        checkpoint_chain(chain=chain_of(tenant_id or None))


def checkpoint_due_task() -> None:
    """Every minute: the M-seconds rule, and any N-events checkpoint whose queued task was lost."""
    if settings.RALLIED_AUDIT_SIGNING:
        checkpoint_due()
