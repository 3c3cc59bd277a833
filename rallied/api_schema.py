"""What the API answers when a request fails, said once for the OpenAPI schema (`/api/v1/schema/`).

Every view lists the error statuses it can give with `error_responses(...)`, so the schema is the contract an
integrator (and tests/api/test_schemathesis.py) can hold the API to: each status a view returns is documented, with
the body DRF's exception handler writes for it.
"""

from __future__ import annotations

import copy

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, in words an integrator can act on.")


_DETAIL = {
    401: "No token, or a token that is invalid or revoked.",
    403: "The token may not do this (for example, a tenant token approving, or no approve permission).",
    404: "No such object among the tenants this token may see.",
    409: "The object is not in a state this request applies to (for example, an action no longer waiting).",
    413: "The request body is larger than the API accepts.",
    415: "The request body is not JSON.",
}


def error_responses(*codes: int) -> dict[int, OpenApiResponse]:
    """The documented error responses for `codes`; 400 is a field -> messages object, the others `{detail}`."""
    responses: dict[int, OpenApiResponse] = {}
    for code in codes:
        if code == 400:
            responses[code] = OpenApiResponse(
                OpenApiTypes.OBJECT,
                description="Invalid input: each field names its problems (or `detail` for a body that is not JSON).")
        else:
            responses[code] = OpenApiResponse(ErrorSerializer, description=_DETAIL[code])
    return responses


THROTTLED = {
    "description": "Too many requests for this token (the API's rate limits, per token, reads and writes apart); "
                   "nothing was done. Try again after Retry-After seconds.",
    "headers": {"Retry-After": {"schema": {"type": "integer", "minimum": 0},
                                "description": "Seconds until this token may send this kind of request again."}},
    "content": {"application/json": {"schema": {"type": "object", "required": ["detail"],
                                                "properties": {"detail": {"type": "string"}}}}},
}


def document_throttling(result: dict, generator: object, request: object, public: bool) -> dict:
    """drf-spectacular postprocessing hook: every operation may answer 429 (tenants/api_throttle.py)."""
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            if method in {"get", "put", "post", "patch", "delete", "head", "options"}:
                operation.setdefault("responses", {}).setdefault("429", copy.deepcopy(THROTTLED))
    return result
