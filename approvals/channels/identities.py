"""Writes to chat identities: which Slack member is which MSP user."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from approvals.chat_models import ChatIdentity, ChatVendor
from audit.services import record
from rallied.actors import Actor


def link_chat_identity(*, actor: Actor, user: Any, external_id: str, vendor: str = ChatVendor.SLACK,
                       workspace: str = "") -> ChatIdentity:
    """Link (or re-link) a chat account to `user`; idempotent, audited."""
    with transaction.atomic():
        identity, created = ChatIdentity.objects.update_or_create(
            vendor=vendor, workspace=workspace, external_id=external_id, defaults={"user": user})
        record(actor=actor, verb="chat_identity.linked", obj=identity,
               details={"vendor": vendor, "workspace": workspace, "external_id": external_id,
                        "user": user.get_username(), "created": created})
    return identity
