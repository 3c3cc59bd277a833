"""Admin for chat approvals: service leads link chat accounts to MSP users; cards and links are read-only."""

from __future__ import annotations

from auditlog.registry import auditlog
from django.contrib import admin
from django.http import HttpRequest

from approvals.chat_models import ApprovalLink, ChatIdentity, ChatMessage


@admin.register(ChatIdentity)
class ChatIdentityAdmin(admin.ModelAdmin):
    list_display = ["external_id", "vendor", "workspace", "user", "created_at"]
    list_filter = ["vendor"]
    search_fields = ["external_id", "user__username", "user__email"]
    autocomplete_fields = ["user"]


class _ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(ChatMessage)
class ChatMessageAdmin(_ReadOnly):
    list_display = ["request", "vendor", "channel", "ts", "posted_at", "updated_at"]
    list_filter = ["vendor"]


@admin.register(ApprovalLink)
class ApprovalLinkAdmin(_ReadOnly):
    """The nonce alone opens nothing (the token must also carry a valid signature), so it may be shown."""

    list_display = ["request", "action_version", "created_at", "expires_at", "used_at", "used_by"]
    exclude = ["nonce"]


# Who may approve through chat is security configuration: its changes are audited with their actor.
auditlog.register(ChatIdentity)
