"""What the tickets app tells the layers above it. Sent once the write that caused it has committed."""

from django.dispatch import Signal

# A new ticket was stored (tickets/services.ingest_ticket). Arguments: ticket_id.
ticket_received = Signal()
