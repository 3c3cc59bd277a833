"""`POST /api/v1/actions/{id}/undo/`: the API's way to the one undo service (workflow/undo.py).

The actions API itself lives in approvals/ (approvals/api.py), below this layer, so the undo route is added by a
subclass registered in its place (workflow/api_urls.py): same list, detail, approve and reject, plus undo.
"""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import action as route
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from approvals.api import ActionSerializer, ActionViewSet
from rallied.api_schema import error_responses
from workflow.undo import UndoRefused, undo_action


class UndoSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=2000, help_text="Why the change is undone: kept on the ticket, in the "
                                                              "audit trail and in the PSA note.")


class UndoResultSerializer(serializers.Serializer):
    created = serializers.BooleanField(help_text="False when the undo had been requested before: nothing was done "
                                                 "again.")
    message = serializers.CharField()
    undo = ActionSerializer(help_text="The undo action: autonomous (approved, then run), awaiting approval, or "
                                      "blocked by the safety floor with its reasons.")


class UndoableActionViewSet(ActionViewSet):
    @extend_schema(
        request=UndoSerializer,
        description="Undo a succeeded action by restoring the state recorded before it ran (group membership, "
                    "licences, mailbox rights, a disabled account). The undo is an action of the same ticket, "
                    "decided under the safety floor and the tenant's policy like any other, and run once. A "
                    "technician's user token only. Irreversible kinds (a password set, MFA methods removed, "
                    "sessions revoked) answer 400 with why.",
        responses={202: UndoResultSerializer,
                   200: OpenApiResponse(UndoResultSerializer, description="Already requested: the existing undo."),
                   **error_responses(400, 401, 403, 404, 413, 415)})
    @route(detail=True, methods=["post"])
    def undo(self, request: Request, pk: str | None = None) -> Response:
        action = self.get_object()  # 404 outside the caller's tenants
        body = UndoSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        token = request.auth
        if token is not None and token.user_id is None:
            raise PermissionDenied("Tenant tokens cannot undo: use a technician's user token.")
        try:
            outcome = undo_action(actor=request.user, action=action, reason=body.validated_data["reason"])
        except UndoRefused as exc:
            if exc.forbidden:
                raise PermissionDenied(str(exc)) from exc
            raise ValidationError({"detail": [str(exc)]}) from exc
        data = {"created": outcome.created, "message": outcome.message,
                "undo": ActionSerializer(outcome.undo).data}
        return Response(data, status=status.HTTP_202_ACCEPTED if outcome.created else status.HTTP_200_OK)
