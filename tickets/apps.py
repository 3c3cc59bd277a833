from django.apps import AppConfig


class TicketsConfig(AppConfig):
    """Tickets, their timeline, intake, triage, the resolution pipeline and PSA write-back."""

    name = "tickets"
