"""`GET /api/v1/reports/value/`: the value report over the API, the same figures, rows and definitions as the page.

    ?tenant=SLUG   one tenant (its time zone); without it, every tenant the caller may view (UTC)
    ?from=YYYY-MM-DD&to=YYYY-MM-DD   whole days, inclusive; default the last 30 days
    ?format=csv    the rows as CSV (exactly the page's table); default JSON

A person's token only (VIEW on the tenant, tenants/access.py): the dollars are the MSP's internal cost, not a PSA
integration's business, so a tenant-bound token is refused. Errors are always JSON, naming the field.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from rallied.api_schema import error_responses
from tenants import access
from tenants.models import ApiToken
from workflow.reports import DEFAULT_DAYS, MAX_DAYS, Period
from workflow.value_report import ValueReport, msp_value_report, tenant_value_report
from workflow.value_views import as_data, csv_response


class ValueQuery(serializers.Serializer):
    tenant = serializers.CharField(required=False, max_length=50)
    start = serializers.DateField(required=False)  # "from" in the query string, a keyword in Python
    to = serializers.DateField(required=False)
    format = serializers.ChoiceField(choices=["json", "csv"], required=False, default="json")

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        start, end = attrs.get("start"), attrs.get("to")
        if start and end and start > end:
            raise ValidationError({"from": ["The start date is after the end date."]})
        if start and end and (end - start).days > MAX_DAYS:
            raise ValidationError({"to": [f"Choose a range of at most {MAX_DAYS} days."]})
        return attrs


def _query(params: Any) -> dict[str, Any]:
    """The query string checked; a bad value is a 400 naming its parameter as the caller spelled it."""
    data = {key: params.get(key) for key in ("tenant", "to", "format") if key in params}
    if "from" in params:
        data["start"] = params.get("from")
    checked = ValueQuery(data=data)
    if not checked.is_valid():
        raise ValidationError({("from" if key == "start" else key): problems
                               for key, problems in checked.errors.items()})
    return dict(checked.validated_data)


def _period(query: dict[str, Any], tz_name: str) -> Period:
    default = Period.default(tz_name)
    end: date = query.get("to") or default.end
    start: date = query.get("start") or end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise ValidationError({"from": ["The start date is after the end date."]})
    return Period(start, end, default.tz)


class ValueReportView(APIView):
    """The value report: live results by month (and by tenant), their definitions, and plan mode's figures apart."""

    def perform_content_negotiation(self, request: Request, force: bool = False) -> Any:
        # `?format=csv` is this view's own switch: DRF would otherwise look for a CSV renderer and answer 404.
        renderer = self.get_renderers()[0]
        return renderer, renderer.media_type

    @extend_schema(
        operation_id="reports_value",
        parameters=[
            OpenApiParameter("tenant", str, description="One tenant's slug; without it, every tenant you may view."),
            OpenApiParameter("from", OpenApiTypes.DATE, description="First day (inclusive); default 30 days ago."),
            OpenApiParameter("to", OpenApiTypes.DATE, description="Last day (inclusive); default today."),
            OpenApiParameter("format", str, enum=["json", "csv"], description="csv: the rows as a CSV file."),
        ],
        responses={(200, "application/json"): OpenApiResponse(OpenApiTypes.OBJECT,
                                                               description="Figures, rows and definitions."),
                   (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="The rows, with a header."),
                   **error_responses(400, 401, 403)},
    )
    def get(self, request: Request) -> Any:
        principal = request.auth if isinstance(request.auth, ApiToken) else request.user
        if isinstance(principal, ApiToken) and principal.tenant_id is not None:
            raise PermissionDenied("The value report is for the MSP's staff: use a person's token.")
        query = _query(request.query_params)
        report = self._report(principal, query)
        if query["format"] == "csv":
            return csv_response(report)
        return Response(as_data(report))

    def _report(self, principal: Any, query: dict[str, Any]) -> ValueReport:
        visible = access.tenants_for(principal, access.VIEW)
        slug = query.get("tenant")
        if slug:
            tenant = visible.filter(slug=slug).first()
            if tenant is None:  # the same answer for a tenant that does not exist and one you may not view
                raise PermissionDenied(f"You may not view a tenant {slug!r}.")
            return tenant_value_report(tenant, _period(query, tenant.time_zone))
        return msp_value_report(list(visible), _period(query, "UTC"))
