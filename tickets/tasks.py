"""django-q2 entry points of the tickets app: PSA polling. Each takes ids only and delegates."""

from __future__ import annotations

from rallied.tasks import dispatch


def poll_psa_task(connection_id: int) -> str:
    """Take in one PSA connection's new tickets (tickets/intake.py)."""
    from tenants.models import Connection
    from tickets.intake import poll_connection

    connection = Connection.objects.filter(pk=connection_id, disabled=False).select_related("tenant").first()
    return str(poll_connection(connection=connection)) if connection is not None else "connection gone or disabled"


def poll_psa_connections_task() -> int:
    """Every minute (rallied/schedules.py): one poll task per enabled PSA connection."""
    from tickets.intake import pollable_connection_ids

    ids = pollable_connection_ids()
    for connection_id in ids:
        dispatch("tickets.tasks.poll_psa_task", connection_id)
    return len(ids)


def destroy_expired_secrets_task() -> int:
    """Every minute (rallied/schedules.py): wipe one-time secrets whose link expired unrevealed."""
    from tickets.secrets import destroy_expired

    return destroy_expired()
