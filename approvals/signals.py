"""What the approvals app tells the layer above it. Sent once the write that caused it has committed."""

from django.dispatch import Signal

# The target's manager answered a confirmation link (approvals/manager_link.answer_link).
# Arguments: confirmation_id, confirmed (bool).
manager_answered = Signal()
