from django.apps import AppConfig


class SandboxConfig(AppConfig):
    """The development package: simulated vendors, the demo world and their management commands.

    It sits on top of the product: it may import any product app, and no product app imports it.
    """

    name = "sandbox"
    verbose_name = "Sandbox (simulated vendors and the demo world)"
