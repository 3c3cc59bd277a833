"""Web routes of approvals: the technicians' review queue, chat approval callbacks and signed approval links."""

from django.urls import path  # noqa: F401  (routes are added by the queue and the chat channels)

urlpatterns: list = []
