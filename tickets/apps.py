import sys

from django.apps import AppConfig


class TicketsConfig(AppConfig):
    """Tickets, their timeline, intake, triage, the resolution pipeline and PSA write-back."""

    name = "tickets"

    def ready(self) -> None:
        from tickets.timeline import register

        register()  # a unit of work holds the timeline's rows (audit.services.hold)
        if "qcluster" in sys.argv:
            # Import every connector (the okta SDK alone takes seconds) in the cluster's parent, before
            # it forks its workers, so no ticket waits for an import in a fresh worker.
            from rallied.connectors import connector_classes

            connector_classes()
