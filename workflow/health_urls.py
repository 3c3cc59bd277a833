"""The health route (workflow/health.py), kept apart so rallied/urls.py includes it by name, not by import."""

from django.urls import path

from workflow.health import RalliedHealthView

urlpatterns = [path("health/", RalliedHealthView.as_view(), name="health")]
