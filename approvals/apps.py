from django.apps import AppConfig


class ApprovalsConfig(AppConfig):
    """Autonomy policies, the policy engine, requester verification and reviews."""

    name = "approvals"
