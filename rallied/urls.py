"""Top-level routes: the admin, the API, PSA/chat webhooks, the review queue and one-time secret pages."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("workflow.api_urls")),
    # /health/ (database, broker, cluster heartbeat, progress) and /metrics: workflow/health.py, metrics.py.
    path("", include("workflow.health_urls")),
    path("", include("tickets.urls")),
    path("", include("approvals.urls")),
    path("", include("workflow.undo_urls")),  # a finished action's page in the queue, with its Undo button
    path("", include("tenants.urls")),
]
