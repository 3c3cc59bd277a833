from django.apps import AppConfig


class WorkflowConfig(AppConfig):
    """The ticket lifecycle: start, re-decide, settle; the layers below tell it what happened through signals."""

    name = "workflow"

    def ready(self) -> None:
        from approvals.services import register_redecider
        from workflow import receivers, undo
        from workflow.decisions import redecide_edited_action

        receivers.connect()
        undo.connect()  # an undo action that ends marks its original undone (workflow/undo.py)
        # approvals/ sits below this layer and cannot import it: it asks this one function to decide an edit again.
        register_redecider(redecide_edited_action)
