"""The API's one pagination: `limit` and `offset`, bounded, and refused with a 400 when out of range.

DRF's LimitOffsetPagination has no upper bound by default, so `?limit=9223372036854775808` reached the database as
a slice it cannot represent (a 500 on SQLite and PostgreSQL alike), and a `limit` it cannot read was silently
replaced by the default. Here each bound is part of the OpenAPI schema, and a value outside it is an error the
integrator can see.
"""

from __future__ import annotations

from typing import Any

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.request import Request

MAX_LIMIT = 1000  # a SIEM pages the audit trail (tenants/audit_api.py) in pages this large
# Far beyond any tenant's history, and far below what a database slice can hold (2**63 - 1).
MAX_OFFSET = 10_000_000


def _bounded(request: Request, name: str, *, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError as exc:
        raise ValidationError({name: [f"Must be a whole number from {low} to {high}."]}) from exc
    if not low <= value <= high:
        raise ValidationError({name: [f"Must be a whole number from {low} to {high}."]})
    return value


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    max_limit = MAX_LIMIT

    def get_limit(self, request: Request) -> int:
        return _bounded(request, self.limit_query_param, default=self.default_limit or MAX_LIMIT, low=1,
                        high=MAX_LIMIT)

    def get_offset(self, request: Request) -> int:
        return _bounded(request, self.offset_query_param, default=0, low=0, high=MAX_OFFSET)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        bounds = {self.limit_query_param: (1, MAX_LIMIT), self.offset_query_param: (0, MAX_OFFSET)}
        params = super().get_schema_operation_parameters(view)
        for param in params:
            low, high = bounds[param["name"]]
            param["schema"] = {**param["schema"], "minimum": low, "maximum": high}
        return params
