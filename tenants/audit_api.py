"""The audit trail over the API, read-only: `GET /api/v1/audit/` lists the events of the tenants the caller holds
`view_audit` on (an auditor or a service lead, through a user token), oldest first so a SIEM can page through
with `?after=<seq>`. A tenant-bound token (a PSA integration) reads none of it (access.TOKEN_PERMISSIONS)."""

from __future__ import annotations

from django.db.models import QuerySet
from rest_framework import serializers, viewsets
from rest_framework.exceptions import ValidationError

from audit.models import AuditEvent
from tenants import access


class AuditEventSerializer(serializers.ModelSerializer):
    tenant = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = AuditEvent
        fields = ["seq", "at", "tenant", "actor_type", "actor", "verb", "object_type", "object_id", "authority",
                  "outcome", "details", "prev_hash", "hash"]
        read_only_fields = fields


class AuditEventViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = AuditEventSerializer
    lookup_field = "seq"
    lookup_value_regex = "[0-9]{1,18}"

    def get_queryset(self) -> QuerySet[AuditEvent]:
        tenants = access.tenants_for(self.request.auth or self.request.user, access.VIEW_AUDIT)
        events = AuditEvent.objects.filter(tenant__in=tenants).select_related("tenant").order_by("seq")
        params = self.request.query_params
        if params.get("tenant"):
            events = events.filter(tenant__slug=params["tenant"])
        if params.get("verb"):
            events = events.filter(verb=params["verb"])
        if params.get("after"):
            after = params["after"]
            if not after.isdigit() or len(after) > 18:
                raise ValidationError({"after": ["A sequence number."]})
            events = events.filter(seq__gt=int(after))
        return events
