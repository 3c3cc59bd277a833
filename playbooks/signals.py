"""What the playbooks app tells the layers above it. Sent once the write that caused it has committed."""

from django.dispatch import Signal

# An action reached a status it will not leave on its own (playbooks/choices.DONE_STATUSES), through
# `transition_action`. Arguments: action_id, ticket_id, status, idempotency_key.
action_settled = Signal()

# An unexpected exception stopped an action's execution (not a vendor's refusal: a bug or a broken dependency).
# The action is left where the reconciler or a technician can settle it; the lifecycle escalates its ticket.
# Arguments: action_id, ticket_id.
action_crashed = Signal()
