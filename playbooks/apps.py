from django.apps import AppConfig


class PlaybooksConfig(AppConfig):
    """Action kinds, playbooks, actions, the planner, the executor and undo."""

    name = "playbooks"

    def ready(self) -> None:
        from django.db.models.signals import post_delete
        from django_q.models import Schedule

        from playbooks.services import schedule_deleted

        # Deleting a step's schedule in the admin cancels the step (playbooks/scheduling.py).
        post_delete.connect(lambda sender, instance, **kw: schedule_deleted(instance.name), sender=Schedule,
                            weak=False, dispatch_uid="playbooks.schedule_deleted")
