"""Admin for chat approvals: service leads link chat accounts to MSP users; cards and links are read-only."""

from __future__ import annotations

from auditlog.registry import auditlog
from django.contrib import admin

from approvals.chat_models import ApprovalLink, ChatDelivery, ChatIdentity, ChatMessage
from tenants.admin_scope import TenantScopedAdmin


@admin.register(ChatIdentity)
class ChatIdentityAdmin(admin.ModelAdmin):
    """Not a tenant's record: a chat account of an MSP staff member, which can approve for every tenant that person
    may approve for. Django's model permissions keep it to superusers."""

    list_display = ["external_id", "vendor", "workspace", "user", "created_at"]
    list_filter = ["vendor"]
    search_fields = ["external_id", "user__username", "user__email"]
    autocomplete_fields = ["user"]


class _ReadOnly(TenantScopedAdmin):
    """A chat card or link of one approval request: the request's tenant decides who sees it."""

    tenant_path = "request__action__ticket__tenant"
    # Records of what was posted and used: deleting one would orphan a card Rallied keeps redrawing.
    can_add = can_change = can_delete = False


@admin.register(ChatMessage)
class ChatMessageAdmin(_ReadOnly):
    list_display = ["request", "vendor", "channel", "ts", "posted_at", "updated_at"]
    list_filter = ["vendor"]


@admin.register(ApprovalLink)
class ApprovalLinkAdmin(_ReadOnly):
    """The nonce alone opens nothing (the token must also carry a valid signature), so it may be shown."""

    list_display = ["request", "action_version", "created_at", "expires_at", "used_at", "used_by"]
    exclude = ["nonce"]


@admin.register(ChatDelivery)
class ChatDeliveryAdmin(TenantScopedAdmin):
    """Every chat message Rallied claimed to post, and what came of it: a row left `claimed` or `unknown` is a
    message that may or may not have gone out, and is never posted again on its own (approvals/channels/once.py)."""

    tenant_path = "tenant"
    list_display = ["key", "destination", "state", "attempts", "claimed_at", "settled_at", "error"]
    list_filter = ["state", "destination"]
    search_fields = ["key"]
    can_add = can_change = can_delete = False


# Who may approve through chat is security configuration: its changes are audited with their actor.
auditlog.register(ChatIdentity)
