"""The audit trail over the API, read-only: `GET /api/v1/audit/` lists the events of the tenants the caller holds
`view_audit` on (an auditor or a service lead, through a user token), oldest first so a SIEM can page through
with `?after=<id>`. `id` orders events across tenants; `seq` counts within the event's chain (its tenant's).
A tenant-bound token (a PSA integration) reads none of it (access.TOKEN_PERMISSIONS).

The list stops short of the oldest event still pending (audit.services.unit_of_work and deferred_chaining: a ticket
submission's and its steps' events, chained seconds later by the ticket's action claim or final move, within a
minute by the sweep). Listed pending, a SIEM would
keep a copy without its hash and its cursor would pass the row before it is chained; left out but listed after, the
cursor would already be past its id and it would never be read. So nothing at or after that id is listed until it
is chained: a reader waits a few seconds, and receives every event once, chained."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.exceptions import ValidationError

from audit.models import AuditEvent
from rallied.api_schema import error_responses
from tenants import access


class AuditEventSerializer(serializers.ModelSerializer):
    tenant = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = AuditEvent
        fields = ["id", "chain", "seq", "at", "tenant", "actor_type", "actor", "verb", "object_type", "object_id",
                  "authority", "outcome", "details", "prev_hash", "hash"]
        read_only_fields = fields


@extend_schema_view(
    list=extend_schema(
        parameters=[OpenApiParameter("tenant", str, description="Only this tenant's events (its slug)."),
                    OpenApiParameter("verb", str, description="Only events with this verb, e.g. action.intent."),
                    OpenApiParameter("after", int, description="Only events after this id (the cursor).")],
        responses={200: AuditEventSerializer(many=True), **error_responses(400, 401, 403)}),
    retrieve=extend_schema(responses={200: AuditEventSerializer, **error_responses(401, 403, 404)}),
)
class AuditEventViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = AuditEventSerializer
    # By id: a sequence number is only unique within its chain (each tenant counts from 1).
    lookup_field = "id"
    # Any path segment reaches the view, so `/audit/abc/` is the API's JSON 404 rather than Django's HTML page; a
    # number past the column's range finds nothing (Django's integer lookups), it does not overflow.
    lookup_value_regex = "[^/]+"

    def get_queryset(self) -> QuerySet[AuditEvent]:
        tenants = access.tenants_for(self.request.auth or self.request.user, access.VIEW_AUDIT)
        events = AuditEvent.objects.filter(tenant__in=tenants).select_related("tenant").order_by("id")
        if self.action == "list":
            oldest_pending = events.filter(hash__isnull=True).order_by("id").values_list("id", flat=True).first()
            if oldest_pending is not None:
                events = events.filter(id__lt=oldest_pending)
        params = self.request.query_params
        if params.get("tenant"):
            events = events.filter(tenant__slug=params["tenant"])
        if params.get("verb"):
            events = events.filter(verb=params["verb"])
        if params.get("after"):
            after = params["after"]
            if not after.isdigit() or len(after) > 18:
                raise ValidationError({"after": ["An event id."]})
            events = events.filter(id__gt=int(after))
        return events
