"""What the playbooks app tells the layers above it. Sent once the write that caused it has committed."""

from django.dispatch import Signal

# An action reached a status it will not leave on its own (playbooks/choices.DONE_STATUSES), through
# `transition_action`. Arguments: action_id, ticket_id, status.
action_settled = Signal()
