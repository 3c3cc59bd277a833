"""Strict query filters shared by the API's lists (workflow/api_filters.py, approvals/api_filters.py).

django-filter's DjangoFilterBackend turns a value a filter cannot mean into a 400 naming the parameter (its
`raise_exception`, on by default), never a silently unfiltered list.
"""

from __future__ import annotations

from datetime import UTC

import django_filters
from django import forms


class _BoundedIsoDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 instant the database can hold.

    `0001-01-01T00:00:00+05:00` parses, but converting it to UTC for the query overflows (a 500, found by
    tests/api/test_schemathesis.py): refused here as a bad value instead. What does convert is handed to the
    query in UTC: PostgreSQL refuses offsets beyond ±15:59 (`-17:05` was a 500 there, never on SQLite).
    """

    def to_python(self, value):  # type: ignore[no-untyped-def]
        parsed = super().to_python(value)
        if parsed is not None:
            try:
                parsed = parsed.astimezone(UTC)
            except OverflowError as exc:
                raise forms.ValidationError("Out of range: use a date between years 1 and 9999.") from exc
        return parsed


class InstantFilter(django_filters.IsoDateTimeFilter):
    field_class = _BoundedIsoDateTimeField


