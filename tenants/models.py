"""Tenants (the MSP's clients), how Rallied reaches their vendors, and who may act for them."""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from rallied import crypto
from rallied.kinds import KINDS
from tenants.settings_checks import validate_settings, zone_or_utc


class Tenant(models.Model):
    """One client organisation of the MSP: its domains, hours, mode and kill switch.

    `mode` starts as plan (read-only, "what I would have done") for every new tenant; a service
    lead switches it to live. `paused` is the kill switch: every action then needs approval.
    """

    class Mode(models.TextChoices):
        PLAN = "plan", "Plan (read-only)"
        LIVE = "live", "Live"

    class Verification(models.TextChoices):
        DUO = "duo", "Duo push"
        OKTA_VERIFY = "okta_verify", "Okta Verify push"
        MANAGER = "manager", "Manager approval link"

    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    domains = models.JSONField(default=list, help_text="Verified e-mail domains, e.g. [\"contoso.example\"].")
    psa_company_id = models.CharField(max_length=100, blank=True)
    time_zone = models.CharField(max_length=64, default="UTC")
    business_hours = models.JSONField(
        default=dict, blank=True, help_text='{"days": [1..7 (Mon=1)], "start": "07:00", "end": "18:00"}'
    )
    mode = models.CharField(max_length=8, choices=Mode.choices, default=Mode.PLAN)
    verification = models.CharField(max_length=16, choices=Verification.choices, default=Verification.MANAGER)
    authorized_requesters = models.JSONField(
        default=list, blank=True, help_text="E-mails allowed to ask for changes on other users' accounts."
    )
    paused = models.BooleanField(default=False, help_text="Kill switch: every action needs approval.")
    paused_reason = models.CharField(max_length=300, blank=True)
    # When the kill switch last tripped and when a service lead last resumed: a new burst counts only after both.
    paused_at = models.DateTimeField(null=True, blank=True)
    resumed_at = models.DateTimeField(null=True, blank=True)
    directory_users = models.PositiveIntegerField(
        null=True, blank=True,
        help_text="Users in the tenant's directory. Sizes the kill switch: a burst is 2% of them (at least 5, at "
                  "most 100) within the window; blank counts as a small tenant.",
    )
    # What the report counts a ticket as worth (workflow/value.py): a technician's minutes per category, and this
    # client's cost of a technician hour when it differs from the MSP's RALLIED_HOURLY_COST.
    minutes_per_category = models.JSONField(
        default=dict, blank=True,
        help_text='Minutes a technician takes per ticket category, e.g. {"password_reset": 10, "onboarding": 45}; '
                  'a category left out counts 12.',
    )
    hourly_cost = models.DecimalField(
        max_digits=8, decimal_places=2, null=True, blank=True,
        help_text="Internal cost of one technician hour for this client; blank uses the MSP's default "
                  "(RALLIED_HOURLY_COST).",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        permissions = [
            ("submit_tickets", "Can submit tickets for this tenant"),
            ("approve_actions", "Can approve or reject this tenant's actions"),
            ("manage_tenant", "Can manage this tenant's configuration"),
            ("view_audit", "Can read this tenant's audit trail"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Refuses settings the pipeline could not use (tenants/settings_checks.py), from any caller."""
        update_fields = kwargs.get("update_fields")
        if update_fields is None or set(update_fields) & {"time_zone", "domains", "business_hours",
                                                          "authorized_requesters", "minutes_per_category",
                                                          "hourly_cost"}:
            validate_settings(self)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        validate_settings(self)

    @property
    def zone(self) -> Any:
        """The tenant's ZoneInfo; UTC when a stored name does not exist (settings_checks.zone_or_utc)."""
        return zone_or_utc(self.time_zone)

    def owns_domain(self, email: str) -> bool:
        domain = email.rsplit("@", 1)[-1].strip().lower() if "@" in email else ""
        return bool(domain) and domain in {d.lower() for d in self.domains}


class Connection(models.Model):
    """A vendor endpoint for one tenant, with its credentials encrypted at rest (MultiFernet).

    Credentials are write-only from the outside: the admin and the API never show them back.
    """

    class Vendor(models.TextChoices):
        ENTRA = "entra", "Microsoft Entra ID / 365"
        OKTA = "okta", "Okta"
        GOOGLE = "google", "Google Workspace"
        CONNECTWISE = "connectwise", "ConnectWise Manage"
        AUTOTASK = "autotask", "Autotask"
        HALOPSA = "halopsa", "HaloPSA"
        DUO = "duo", "Duo"
        SLACK = "slack", "Slack"
        TEAMS = "teams", "Microsoft Teams"
        NINJAONE = "ninjaone", "NinjaOne RMM"
        DATTO = "datto", "Datto RMM"

    IDP_VENDORS = {"entra", "okta", "google"}
    PSA_VENDORS = {"connectwise", "autotask", "halopsa"}
    RMM_VENDORS = {"ninjaone", "datto"}

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="connections")
    vendor = models.CharField(max_length=16, choices=Vendor.choices)
    base_url = models.URLField(max_length=500)
    config = models.JSONField(default=dict, blank=True)
    credentials_encrypted = models.TextField(blank=True, editable=False)
    last_error = models.TextField(blank=True)
    last_error_at = models.DateTimeField(null=True, blank=True)
    disabled = models.BooleanField(default=False)
    # PSA intake state, kept out of `config` so an admin edit of the config cannot rewind it: the highest
    # PSA ticket id the poller has taken in (tickets/intake.py), and when it last asked.
    intake_watermark = models.CharField(max_length=64, blank=True, editable=False)
    intake_polled_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["tenant", "vendor"], name="one_connection_per_vendor")]

    def __str__(self) -> str:
        return f"{self.tenant.slug}: {self.get_vendor_display()}"

    def set_credentials(self, values: dict[str, Any]) -> None:
        self.credentials_encrypted = crypto.encrypt_json(values)

    def get_credentials(self) -> dict[str, Any]:
        return crypto.decrypt_json(self.credentials_encrypted)

    @property
    def has_credentials(self) -> bool:
        return bool(self.credentials_encrypted)


class ServiceAccount(models.Model):
    """The least-privilege identity Rallied acts as on a connection: which action kinds it may perform."""

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="service_accounts")
    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="service_accounts")
    name = models.CharField(max_length=200)
    allowed_kinds = models.JSONField(default=list, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.tenant.slug})"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        unknown = [k for k in self.allowed_kinds if k not in KINDS]
        if unknown:
            raise ValidationError({"allowed_kinds": f"Unknown action kinds: {', '.join(unknown)}"})
        if self.connection_id and self.tenant_id and self.connection.tenant_id != self.tenant_id:
            raise ValidationError({"connection": "The connection belongs to another tenant."})


class ProtectedIdentity(models.Model):
    """A user or group that Rallied never changes on its own (admins, break-glass, VIPs, executive mailboxes).

    Directory admin roles are detected live as well; this list only adds to them.
    """

    class Kind(models.TextChoices):
        USER = "user", "User"
        GROUP = "group", "Group"
        MAILBOX = "mailbox", "Mailbox"

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="protected_identities")
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.USER)
    identity = models.CharField(max_length=320, help_text="UPN / e-mail, group name or mailbox address.")
    reason = models.CharField(max_length=200)

    class Meta:
        verbose_name_plural = "protected identities"
        constraints = [
            models.UniqueConstraint(fields=["tenant", "kind", "identity"], name="unique_protected_identity")
        ]

    def __str__(self) -> str:
        return f"{self.identity} ({self.reason})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.identity = self.identity.strip().lower()
        super().save(*args, **kwargs)


class ApiToken(models.Model):
    """An API credential: bound to one tenant (a PSA integration) or to one technician (their permissions).

    Only a SHA-256 of the token is stored; the token itself is printed once at creation.
    """

    name = models.CharField(max_length=200)
    tenant = models.ForeignKey(Tenant, null=True, blank=True, on_delete=models.CASCADE, related_name="api_tokens")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="api_tokens"
    )
    prefix = models.CharField(max_length=12, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(tenant__isnull=False, user__isnull=True)
                    | models.Q(tenant__isnull=True, user__isnull=False)
                ),
                name="api_token_bound_to_tenant_or_user",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()
