"""Monitoring routes (workflow/health.py, workflow/metrics.py), kept apart so rallied/urls.py includes them by
name, not by import."""

from django.urls import path

from workflow.health import RalliedHealthView
from workflow.metrics import metrics_view

urlpatterns = [
    path("health/", RalliedHealthView.as_view(), name="health"),
    path("metrics", metrics_view, name="metrics"),
]
