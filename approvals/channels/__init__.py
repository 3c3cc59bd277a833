"""Approvals in chat: Slack (Block Kit buttons, signed callbacks) and Microsoft Teams (cards with signed links).

approvals/services.py queues the cards' tasks (approvals/tasks.py) on commit, so a slow chat vendor never holds
up a decision; followup.py is what those tasks do. The chat models live in approvals/chat_models.py.
"""
