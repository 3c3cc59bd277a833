"""What the tickets app tells the layers above it. Sent once the write that caused it has committed."""

from django.dispatch import Signal

# A new ticket was stored (tickets/services.ingest_ticket). Arguments: ticket_id.
ticket_received = Signal()

# A person took the ticket over in the PSA (tickets/services.take_over_ticket). Arguments: ticket_id.
ticket_taken_over = Signal()

# The requester wrote on the ticket in the PSA, and it may change it (tickets/services.note_requester_reply).
# Arguments: ticket_id, event_id (the "requester.replied" timeline row).
requester_replied = Signal()
