"""Admin for tenants and their configuration. Credentials are write-only: never shown back."""

from __future__ import annotations

import json
from typing import Any

from auditlog.registry import auditlog
from django import forms
from django.contrib import admin

from rallied.connectors import connector_classes
from rallied.crypto import DecryptionError
from tenants.admin_scope import TenantScopedAdmin, TenantScopedTabularInline
from tenants.connection_checks import connection_problems
from tenants.models import ApiToken, Connection, ProtectedIdentity, ServiceAccount, Tenant


class ConnectionForm(forms.ModelForm):
    # A vendor URL typed without a scheme means https (Django 6's default; said explicitly to keep it).
    base_url = forms.URLField(max_length=500, assume_scheme="https")
    new_credentials = forms.CharField(
        required=False, widget=forms.PasswordInput(render_value=False),
        help_text="JSON object of credentials. Leave blank to keep the stored ones; they are never displayed.",
    )

    class Meta:
        model = Connection
        fields = ["tenant", "vendor", "base_url", "config", "disabled"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "config" in self.fields:  # what each vendor needs, from the connectors' own declarations
            self.fields["config"].help_text = "JSON object. Required keys by vendor: " + "; ".join(
                f"{vendor}: {', '.join(cls.required_config)}"
                for vendor, cls in sorted(connector_classes().items()) if cls.required_config) + "."
        if "new_credentials" in self.fields:
            self.fields["new_credentials"].help_text += " Required keys by vendor: " + "; ".join(
                f"{vendor}: {', '.join(cls.required_credentials)}"
                for vendor, cls in sorted(connector_classes().items()) if cls.required_credentials) + "."

    def clean_new_credentials(self) -> dict | None:
        raw = self.cleaned_data.get("new_credentials")
        if not raw:
            return None
        try:
            value = json.loads(raw)
        except ValueError as exc:
            raise forms.ValidationError("Credentials must be a JSON object.") from exc
        if not isinstance(value, dict):
            raise forms.ValidationError("Credentials must be a JSON object.")
        return value

    def clean(self) -> dict:
        """Refuse a connection its connector could not work with, naming the missing keys (never a value)."""
        cleaned = super().clean()
        # The tenant page's inline shows neither config nor credentials: the stored ones are what will be used.
        vendor = cleaned.get("vendor", self.instance.vendor)
        config = cleaned.get("config") if "config" in self.fields else self.instance.config
        if not vendor or "config" in self.errors or "new_credentials" in self.errors:
            return cleaned
        credentials = cleaned.get("new_credentials")
        if credentials is None:  # blank keeps the stored ones: those are what the connector will use
            try:
                credentials = self.instance.get_credentials() if self.instance.has_credentials else {}
            except DecryptionError:
                self.add_error("new_credentials" if "new_credentials" in self.fields else None,
                               "The stored credentials cannot be read; enter them again.")
                return cleaned
        for field, messages in connection_problems(vendor, config or {}, credentials).items():
            name = "new_credentials" if field == "credentials" else "config"
            for message in messages:  # on the form as a whole where the field is not shown (the tenant's inline)
                self.add_error(name if name in self.fields else None, message)
        return cleaned

    def save(self, commit: bool = True) -> Connection:
        connection = super().save(commit=False)
        creds = self.cleaned_data.get("new_credentials")
        if creds is not None:
            connection.set_credentials(creds)
        if commit:
            connection.save()
        return connection


class ConnectionInline(TenantScopedTabularInline):
    model = Connection
    tenant_path = ""  # sits on the Tenant page
    form = ConnectionForm
    extra = 0
    fields = ["vendor", "base_url", "disabled", "has_credentials", "last_error"]
    readonly_fields = ["has_credentials", "last_error"]

    @admin.display(boolean=True)
    def has_credentials(self, obj: Connection) -> bool:
        return obj.has_credentials


@admin.register(Connection)
class ConnectionAdmin(TenantScopedAdmin):
    form = ConnectionForm
    list_display = ["tenant", "vendor", "base_url", "disabled", "has_credentials", "last_error_at"]
    list_filter = ["vendor", "disabled"]
    search_fields = ["tenant__name", "tenant__slug", "vendor", "base_url", "last_error"]
    search_help_text = "Tenant, vendor, URL or the last error's text."
    readonly_fields = ["last_error", "last_error_at"]

    @admin.display(boolean=True)
    def has_credentials(self, obj: Connection) -> bool:
        return obj.has_credentials


@admin.register(ServiceAccount)
class ServiceAccountAdmin(TenantScopedAdmin):
    list_display = ["name", "tenant", "connection", "last_used_at"]
    list_filter = ["tenant"]


@admin.register(ProtectedIdentity)
class ProtectedIdentityAdmin(TenantScopedAdmin):
    list_display = ["identity", "kind", "tenant", "reason"]
    list_filter = ["tenant", "kind"]
    search_fields = ["identity"]


@admin.register(ApiToken)
class ApiTokenAdmin(TenantScopedAdmin):
    """A tenant's tokens are its service lead's to name and revoke; a person's token (no tenant) is a superuser's.
    Who a token is bound to never changes here: rebinding would hand an integration's key to someone else."""

    list_display = ["name", "prefix", "tenant", "user", "created_at", "last_used_at", "revoked"]
    readonly_fields = ["tenant", "user", "prefix", "created_at", "last_used_at"]
    fields = ["name", "tenant", "user", "prefix", "created_at", "last_used_at", "revoked"]
    can_add = False  # tokens are made with `manage.py create_api_token`, which shows the key once


import tenants.audit_admin  # noqa: E402, F401  (the audit trail's admin, scoped by view_audit)

for model in (Tenant, Connection, ServiceAccount, ProtectedIdentity):
    auditlog.register(model, exclude_fields=["credentials_encrypted"] if model is Connection else None)
