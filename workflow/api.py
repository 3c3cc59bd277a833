"""Tickets over the API: POST to submit (idempotent on external_id), GET to read with actions and timeline."""

from __future__ import annotations

import functools
from typing import Any

from django.core.validators import RegexValidator
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.fields import SkipField
from rest_framework.relations import PKOnlyObject
from rest_framework.request import Request
from rest_framework.response import Response

from audit.services import deferred_chaining
from playbooks.models import Action
from rallied.api_schema import error_responses
from tenants import access
from tenants.models import Tenant
from tickets.choices import TicketSource
from tickets.models import Ticket, TicketEvent
from tickets.services import take_in_ticket
from workflow.api_filters import TicketFilter


class ActionSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Action
        fields = ["id", "kind", "target", "params", "decision", "reasons", "status", "version", "error",
                  "created_at", "executed_at"]


class TicketEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = TicketEvent
        fields = ["at", "kind", "from_status", "to_status", "actor", "message"]


class VerificationSerializer(serializers.Serializer):
    """What the requester check found, without the details that stay internal (workflow/decisions.py)."""

    summary = serializers.CharField(allow_null=True)
    relation = serializers.CharField(allow_null=True)
    proof = serializers.CharField(allow_null=True)
    proof_method = serializers.CharField(allow_null=True)
    risk_signals = serializers.ListField(child=serializers.CharField(), allow_null=True)


class TicketSerializer(serializers.ModelSerializer):
    tenant = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    actions = ActionSummarySerializer(many=True, read_only=True)
    timeline = TicketEventSerializer(source="events", many=True, read_only=True)
    verification = serializers.SerializerMethodField()

    class Meta:
        model = Ticket
        fields = ["id", "tenant", "source", "external_id", "psa_ticket_id", "subject", "body",
                  "requester_email", "requester_name", "status", "category", "confidence", "entities",
                  "verification", "escalation_reason", "received_at", "resolved_at", "minutes_saved",
                  "reopened", "round", "actions", "timeline"]

    @extend_schema_field(VerificationSerializer)
    def get_verification(self, ticket: Ticket) -> dict:
        v = ticket.verification or {}
        return {k: v.get(k) for k in ("summary", "relation", "proof", "proof_method", "risk_signals")}


class TakenInSerializer(TicketSerializer):
    """A ticket this request stored, as it stored it: TicketSerializer's fields, without reading back what was just
    written. It has no actions yet (a worker plans them once the commit has rung its doorbell) and one timeline
    event, the one ingest wrote (`context["received"]`). Three queries fewer per submission (issue 17)."""

    actions = serializers.SerializerMethodField()
    timeline = serializers.SerializerMethodField()

    def get_actions(self, ticket: Ticket) -> list:
        return []

    def get_timeline(self, ticket: Ticket) -> list:
        return [represent(TicketEventSerializer, self.context["received"])]


@functools.cache
def _prototype_fields(serializer_class: type[serializers.Serializer]) -> list[serializers.Field]:
    """One instance's readable fields, built once per process (by DRF, from the class as declared)."""
    return list(serializer_class().fields.values())


def represent(serializer_class: type[serializers.Serializer], instance: Any, context: dict | None = None) -> dict:
    """What `serializer_class(instance, context=context).data` answers, without building the serializer's fields
    again for every call: a ModelSerializer derives each field from the model on every instantiation, which was a
    fifth of a submission's CPU (issue 17). The loop is DRF's own Serializer.to_representation, run over fields
    built once; it suits serializers whose fields keep no per-request state, and a method field reads the request's
    context from the `context` given here, not from the shared prototype.
    """
    body: dict[str, Any] = {}
    methods = serializer_class(context=context or {})  # cheap: DRF builds a serializer's fields on first use only
    for field in _prototype_fields(serializer_class):
        if isinstance(field, serializers.SerializerMethodField):
            body[field.field_name] = getattr(methods, field.method_name)(instance)
            continue
        try:
            attribute = field.get_attribute(instance)
        except SkipField:
            continue
        value = attribute.pk if isinstance(attribute, PKOnlyObject) else attribute
        body[field.field_name] = None if value is None else field.to_representation(attribute)
    return body


# What a submission may send, checked field by field. (A comment, not a docstring: drf-spectacular would publish a
# docstring as the schema's description.) Its fields are built once per process and shared by every instance
# (`fields` below): DRF deep-copies a serializer's declared fields for each instance, a quarter of what checking a
# submission cost (py-spy on bench/ingest.py's workers, issue 17). They may be shared because checking keeps nothing
# on a field: none of them reads the serializer it is bound to (no context, no instance, no validator asking either).
class TicketCreateSerializer(serializers.Serializer):
    external_id = serializers.CharField(max_length=128)
    subject = serializers.CharField(max_length=500)
    body = serializers.CharField(allow_blank=True, max_length=60_000)
    requester_email = serializers.EmailField(max_length=320)
    requester_name = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    # Every PSA Rallied writes to numbers its tickets (rallied/connectors/: ConnectWise, Autotask, HaloPSA), and a
    # reference that is not a number could never be written to: refused here, not discovered when the
    # escalation note has nowhere to go.
    psa_ticket_id = serializers.CharField(
        max_length=18, required=False, allow_blank=True, default="",
        validators=[RegexValidator(r"^[1-9][0-9]*$", "A PSA ticket number: digits only, e.g. 48213.")],
        help_text="The PSA's ticket number when the ticket already exists there; blank to have one opened.")
    tenant = serializers.SlugField(required=False, help_text="Only for user tokens with several tenants.")

    @property
    def fields(self):  # type: ignore[no-untyped-def, override]
        return _shared_fields(type(self))


@functools.cache
def _shared_fields(serializer_class: type[serializers.Serializer]):  # type: ignore[no-untyped-def]
    """The fields DRF builds for an instance of `serializer_class` (Serializer.fields), built once, bound to one."""
    return serializers.Serializer.fields.func(serializer_class())  # type: ignore[attr-defined]


@extend_schema_view(
    list=extend_schema(responses={200: TicketSerializer(many=True), **error_responses(400, 401, 403)}),
    retrieve=extend_schema(responses={200: TicketSerializer, **error_responses(401, 403, 404)}),
    create=extend_schema(
        request=TicketCreateSerializer,
        description="Submit a ticket; the same `external_id` again answers 200 with the ticket already taken in.",
        responses={201: TicketSerializer, 200: TicketSerializer, **error_responses(400, 401, 403, 413, 415)}),
)
class TicketViewSet(mixins.CreateModelMixin, mixins.RetrieveModelMixin, mixins.ListModelMixin,
                    viewsets.GenericViewSet):
    serializer_class = TicketSerializer
    # Any path segment reaches the view, so `/tickets/0.4/` is the API's JSON 404 (the lookup cannot match), not
    # Django's HTML page for a URL the router does not know.
    lookup_value_regex = "[^/]+"
    filter_backends = [DjangoFilterBackend]
    filterset_class = TicketFilter

    def get_queryset(self):  # type: ignore[no-untyped-def]
        tenants = access.tenants_for(self.request.auth or self.request.user)
        return (Ticket.objects.filter(tenant__in=tenants).select_related("tenant")
                .prefetch_related("actions", "events").order_by("-received_at"))

    def get_serializer_class(self):  # type: ignore[no-untyped-def]
        return TicketCreateSerializer if self.action == "create" else TicketSerializer

    def _tenant_for_submission(self, slug: str | None) -> Tenant:
        token = self.request.auth
        # Submitting is its own permission (access.SUBMIT): a person who may only read a tenant (the auditor)
        # must not start work that can change its directory.
        if token is not None and token.tenant_id is not None:
            if slug and slug != token.tenant.slug:
                raise ValidationError({"tenant": ["This token is bound to another tenant."]})
            if not access.tenant_token_holds(token, access.SUBMIT):
                raise PermissionDenied("This token may not submit tickets.")
            return token.tenant
        allowed = access.tenants_for(token or self.request.user, access.SUBMIT)
        if not allowed.exists():
            raise PermissionDenied("You may not submit tickets for any tenant.")
        if slug:
            tenant = allowed.filter(slug=slug).first()
            if tenant is None:
                raise ValidationError({"tenant": ["Unknown tenant, or not one you may submit for."]})
            return tenant
        if allowed.count() == 1:
            return allowed.get()
        raise ValidationError({"tenant": ["Required: this token acts for several tenants."]})

    def create(self, request: Request, *args, **kwargs) -> Response:  # type: ignore[no-untyped-def]
        incoming = TicketCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        tenant = self._tenant_for_submission(data.get("tenant"))
        # No transaction of the view's own: ingest_ticket's is then the outermost one (the ticket, its event and its
        # audit event commit together, the doorbell rings on that commit), and a savepoint around it would be two
        # more round trips (issue 17). Its audit event is written pending, not chained: chaining locks the tenant's
        # chain head to the commit, and concurrent submissions for one tenant queued on that row (bench/ingest.py);
        # the ticket's first step chains it, before any write it makes (audit.services.deferred_chaining).
        with deferred_chaining():
            ingested = take_in_ticket(
                actor=request.auth, tenant=tenant, source=TicketSource.API, external_id=data["external_id"],
                subject=data["subject"], body=data["body"], requester_email=data["requester_email"],
                requester_name=data.get("requester_name", ""), psa_ticket_id=data.get("psa_ticket_id", ""),
            )
        if ingested.created:
            body = represent(TakenInSerializer, ingested.ticket, {"received": ingested.received})
            return Response(body, status=status.HTTP_201_CREATED)
        # Taken in earlier, perhaps long ago: the ticket as it stands now.
        return Response(TicketSerializer(self.get_queryset().get(pk=ingested.ticket.pk)).data,
                        status=status.HTTP_200_OK)
