from django.apps import AppConfig


class PlaybooksConfig(AppConfig):
    """Action kinds, playbooks, actions, the planner, the executor and undo."""

    name = "playbooks"

    def ready(self) -> None:
        from django.db.models.signals import post_delete
        from django_q.models import Schedule

        from playbooks.scheduling import has_rung
        from playbooks.services import schedule_deleted

        # Deleting a step's schedule in the admin cancels the step (playbooks/scheduling.py); django-q2 deleting
        # one it just rang (repeats=-1) is its cleanup, not a cancel.
        post_delete.connect(lambda sender, instance, **kw: None if has_rung(instance) else schedule_deleted(
            instance.name), sender=Schedule, weak=False, dispatch_uid="playbooks.schedule_deleted")
