"""The rules for a tenant's free-form settings (time zone, domains, business hours, authorized requesters,
minutes per category, hourly cost).

Checked by `Tenant.clean()` (the admin form) and `Tenant.save()`, so a value the pipeline cannot use is refused
where it is typed, not found later by a ticket: a time zone that does not exist used to raise inside the
requester check (approvals/verification/context.py `within_business_hours`) and in the tenant's report
(workflow/reports.py `Period`), leaving tickets at `awaiting_verification` and the report a 500. A row saved before
these checks (or written around them) is read with `zone_or_utc` and the business-hours reader's safe default.
"""

from __future__ import annotations

import logging
import re
from datetime import time
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from rallied.categories import CATEGORIES

log = logging.getLogger("rallied.tenants")
UTC = ZoneInfo("UTC")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
BUSINESS_HOURS_KEYS = {"days", "start", "end"}


def zone_or_utc(name: str) -> ZoneInfo:
    """The named zone; UTC (logged) for a name that does not exist, so a bad stored row never stops a page."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %r; using UTC", name)
        return UTC


def check_time_zone(value: Any) -> list[str]:
    if not isinstance(value, str) or not value:
        return ["Choose an IANA time zone, e.g. Europe/London."]
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return [f"{value!r} is not a time zone; use an IANA name such as America/Chicago or Europe/London."]
    return []


def check_domains(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(d, str) for d in value):
        return ['A JSON list of domain names, e.g. ["contoso.example"].']
    problems = []
    for domain in value:
        labels = domain.split(".")
        if domain != domain.strip().lower() or len(domain) > 253 or len(labels) < 2 or not all(
                _LABEL.match(label) for label in labels):
            problems.append(f"{domain!r} is not a domain name (lower case, e.g. contoso.example).")
    if len(set(value)) != len(value):
        problems.append("Each domain once.")
    return problems


def _clock(value: Any) -> time | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d\d:\d\d", value):
        return None
    try:
        return time.fromisoformat(value)
    except ValueError:
        return None


def check_business_hours(value: Any) -> list[str]:
    """`{}` (always open) or {"days": [1..7], "start": "HH:MM", "end": "HH:MM"} with start before end."""
    if value in ({}, None):
        return []
    if not isinstance(value, dict):
        return ['A JSON object: {"days": [1, 2, 3, 4, 5], "start": "07:00", "end": "18:00"}, or {}.']
    problems = [f"Unknown key {key!r}: use days, start and end." for key in sorted(set(value) - BUSINESS_HOURS_KEYS)]
    days = value.get("days", [1, 2, 3, 4, 5])
    if (not isinstance(days, list) or not days or len(set(days)) != len(days)
            or not all(isinstance(d, int) and not isinstance(d, bool) and 1 <= d <= 7 for d in days)):
        problems.append("days: a list of weekdays 1 (Monday) to 7 (Sunday), each once.")
    start, end = _clock(value.get("start", "00:00")), _clock(value.get("end", "23:59"))
    if start is None or end is None:
        problems.append('start and end: times as "HH:MM", e.g. "07:00".')
    elif start >= end:
        problems.append("start must be before end.")
    return problems


def check_emails(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(e, str) for e in value):
        return ['A JSON list of e-mail addresses, e.g. ["office.manager@contoso.example"].']
    problems = []
    for email in value:
        try:
            validate_email(email)
        except ValidationError:
            problems.append(f"{email!r} is not an e-mail address.")
    return problems


MAX_MINUTES = 24 * 60  # one ticket worth more than a working day of a technician is a typo, not a setting


def check_minutes_per_category(value: Any) -> list[str]:
    """{category: minutes} for known categories, each a whole number from 0 to a day; {} keeps the default."""
    if value in ({}, None):
        return []
    if not isinstance(value, dict):
        return ['A JSON object of minutes per category, e.g. {"password_reset": 10}, or {}.']
    problems = [f"Unknown category {key!r}: use one of {', '.join(CATEGORIES)}."
                for key in sorted(set(value) - set(CATEGORIES))]
    for key, minutes in value.items():
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= MAX_MINUTES:
            problems.append(f"{key}: minutes as a whole number from 0 to {MAX_MINUTES}, not {minutes!r}.")
    return problems


def check_hourly_cost(value: Any) -> list[str]:
    """Blank (the MSP's default) or a finite amount of at least 0."""
    if value is None or value == "":
        return []
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return [f"{value!r} is not an amount; use a number such as 72.50."]
    if not amount.is_finite() or amount < 0:
        return ["The hourly cost cannot be negative; leave it blank to use the MSP's default."]
    return []


CHECKS = {"time_zone": check_time_zone, "domains": check_domains, "business_hours": check_business_hours,
          "authorized_requesters": check_emails, "minutes_per_category": check_minutes_per_category,
          "hourly_cost": check_hourly_cost}


def settings_problems(tenant: Any) -> dict[str, list[str]]:
    """Field -> what is wrong with it; empty when every setting is usable."""
    found = {name: check(getattr(tenant, name)) for name, check in CHECKS.items()}
    return {name: problems for name, problems in found.items() if problems}


def validate_settings(tenant: Any) -> None:
    problems = settings_problems(tenant)
    if problems:
        raise ValidationError(problems)
