from django.apps import AppConfig


class PlaybooksConfig(AppConfig):
    """Action kinds, playbooks, actions, the planner, the executor and undo."""

    name = "playbooks"
