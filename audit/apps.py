from django.apps import AppConfig


class AuditConfig(AppConfig):
    """The append-only, hash-chained audit trail."""

    name = "audit"

    def ready(self) -> None:
        from audit import checks  # noqa: F401  (registers the signing settings' system check)
