"""Web routes of the undo: a finished action's page in the review queue and its Undo button."""

from django.urls import path

from workflow import undo_views

urlpatterns = [
    path("queue/actions/<int:action_id>/", undo_views.action_page, name="queue-action"),
    path("queue/actions/<int:action_id>/undo/", undo_views.undo, name="queue-undo"),
]
