"""The approval queue over the API: list actions, approve (optionally with edits) or reject."""

from __future__ import annotations

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action as route
from rest_framework.exceptions import APIException, PermissionDenied, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from approvals.api_filters import ActionFilter
from approvals.choices import IdentityCheck
from approvals.services import ApprovalConflict, ApprovalRefused, SecondFactorRequired, approve_action, reject_action
from playbooks.models import Action
from rallied.api_schema import error_responses
from rallied.kinds import ParamsError
from tenants import access, otp


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The action is not in a state this request applies to."
    default_code = "conflict"


class ActionSerializer(serializers.ModelSerializer):
    tenant = serializers.CharField(source="ticket.tenant.slug", read_only=True)
    ticket_subject = serializers.CharField(source="ticket.subject", read_only=True)
    requester = serializers.CharField(source="ticket.requester_email", read_only=True)

    class Meta:
        model = Action
        fields = ["id", "ticket", "tenant", "ticket_subject", "requester", "kind", "target", "params",
                  "decision", "reasons", "status", "version", "created_at"]


class ApproveSerializer(serializers.Serializer):
    params = serializers.DictField(required=False, help_text="Edits to the action's parameters (an edit is "
                                                             "verified and decided again before it counts).")
    identity_check = serializers.ChoiceField(
        choices=IdentityCheck.choices, required=False, allow_blank=True, default="",
        help_text="Required while the out-of-band proof of a password or MFA reset is missing: how you verified "
                  "the person.")
    comment = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)
    version = serializers.IntegerField(required=False, min_value=0, help_text="The version you reviewed; a "
                                                                             "different current version is a 409.")
    otp = serializers.CharField(required=False, allow_blank=True, default="", max_length=12, write_only=True,
                                help_text="The approver's current TOTP code: required to approve password, MFA "
                                          "and mailbox-access changes.")


class RejectSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=2000)


DECIDED = {200: ActionSerializer, **error_responses(400, 401, 403, 404, 409, 413, 415)}


@extend_schema_view(
    list=extend_schema(
        responses={200: ActionSerializer(many=True), **error_responses(400, 401, 403)}),
    retrieve=extend_schema(responses={200: ActionSerializer, **error_responses(401, 403, 404)}),
)
class ActionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = ActionSerializer
    # Any path segment reaches the view, so `/actions/0.4/` is the API's JSON 404 (the lookup cannot match), not
    # Django's HTML page for a URL the router does not know.
    lookup_value_regex = "[^/]+"
    filter_backends = [DjangoFilterBackend]
    filterset_class = ActionFilter

    def get_queryset(self):  # type: ignore[no-untyped-def]
        tenants = access.tenants_for(self.request.auth or self.request.user)
        qs = Action.objects.filter(ticket__tenant__in=tenants).select_related("ticket", "ticket__tenant")
        return qs.order_by("created_at", "pk")

    def _reviewer(self):  # type: ignore[no-untyped-def]
        token = self.request.auth
        if token is not None and token.user_id is None:
            raise PermissionDenied("Tenant tokens cannot approve: use a technician's user token.")
        return self.request.user

    @extend_schema(request=ApproveSerializer, responses=DECIDED)
    @route(detail=True, methods=["post"])
    def approve(self, request: Request, pk: str | None = None) -> Response:
        action = self.get_object()
        body = ApproveSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        reviewer = self._reviewer()
        # The API has no session to remember a second factor: the code comes with each approval that needs it.
        code = body.validated_data["otp"]
        proof = otp.proof_from_code(reviewer, code) if code else None
        try:
            approve_action(actor=reviewer, action_id=action.pk, params=body.validated_data.get("params"),
                           comment=body.validated_data["comment"], version=body.validated_data.get("version"),
                           channel="api", identity_check=body.validated_data["identity_check"],
                           second_factor=proof)
        except ParamsError as exc:
            raise ValidationError({"params": exc.errors}) from exc
        except ApprovalConflict as exc:
            raise Conflict(str(exc)) from exc
        except SecondFactorRequired as exc:
            raise PermissionDenied(str(exc), code="second_factor_required") from exc
        except ApprovalRefused as exc:
            raise PermissionDenied(str(exc)) from exc
        action.refresh_from_db()
        return Response(ActionSerializer(action).data, status=status.HTTP_200_OK)

    @extend_schema(request=RejectSerializer, responses=DECIDED)
    @route(detail=True, methods=["post"])
    def reject(self, request: Request, pk: str | None = None) -> Response:
        action = self.get_object()
        body = RejectSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            reject_action(actor=self._reviewer(), action_id=action.pk, reason=body.validated_data["reason"],
                          channel="api")
        except ApprovalConflict as exc:
            raise Conflict(str(exc)) from exc
        except ApprovalRefused as exc:
            raise PermissionDenied(str(exc)) from exc
        action.refresh_from_db()
        return Response(ActionSerializer(action).data)
