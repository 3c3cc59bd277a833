import sys

from django.apps import AppConfig


def forks_workers(argv: list[str]) -> bool:
    """Whether this process is a django-q2 cluster (`manage.py qcluster`), which forks its workers from itself."""
    return argv[1:2] == ["qcluster"]


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
        if forks_workers(sys.argv):
            load_before_fork()


def load_before_fork() -> None:
    """What every worker's first ticket would load, loaded once in the cluster's own process (issue 17).

    django-q2 forks its sentinel and the workers from this process (django_q/cluster.py: the fork context), so they
    start with it in memory, shared until written, and so do the workers it forks again after `recycle` tasks. Loaded
    in each worker instead, the first ticket a worker took waited 2-3 s for the language model (tickets/triage/
    language.py) and the task modules' imports, and 2.7 s more for its first connector: connector_classes imports
    every connector module, with the vendors' SDKs (Okta's, Slack's: some 1,500 modules). The burst's CPU paid each
    once per worker. The triage expressions' literal prefilters and search plans (tickets/triage/prefilter.py,
    searching.py) are worked out here too: a few seconds once, instead of in each worker's first tickets.
    """
    from playbooks import tasks as playbook_tasks  # noqa: F401  (imported for its side effect: loaded once)
    from rallied.connectors import connector_classes
    from tickets.triage.language import load_models
    from tickets.triage.searching import load_all
    from workflow import lifecycle, tasks, writeback  # noqa: F401

    load_models()
    load_all()
    connector_classes()
