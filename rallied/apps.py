from django.apps import AppConfig


class RalliedConfig(AppConfig):
    """The platform: settings, connectors, outbound HTTP, crypto, schedules and the `connectors` command."""

    name = "rallied"
    verbose_name = "Rallied platform"

    def ready(self) -> None:
        from django.apps import apps
        from django.db.models.signals import post_migrate
        from django_q.signals import post_spawn

        from rallied import request_id, task_cache
        from rallied.schedules import ensure_schedules_after_migrate, sweep_at_cluster_start

        request_id.connect()  # tasks carry the request id that queued them (rallied/request_id.py)
        task_cache.connect()  # connection and service-account reads once per task (rallied/task_cache.py)

        # This app has no models, so post_migrate is never sent for it: follow django_q's own.
        post_migrate.connect(ensure_schedules_after_migrate, sender=apps.get_app_config("django_q"),
                             dispatch_uid="rallied.ensure_schedules")
        post_spawn.connect(sweep_at_cluster_start, dispatch_uid="rallied.sweep_at_cluster_start")
