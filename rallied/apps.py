from django.apps import AppConfig


class RalliedConfig(AppConfig):
    """The platform: connectors, the sandbox and their management commands."""

    name = "rallied"
    verbose_name = "Rallied platform"
