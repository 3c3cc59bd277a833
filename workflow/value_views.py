"""The value report in three shapes that say the same thing: the page's charts and rows, CSV, and JSON for the API.
Every shape reads `ValueReport.rows()`, so the CSV holds exactly the rows the page's tables show."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

from django.http import HttpResponse
from django.utils.safestring import SafeString

from workflow.charts import COLOURS, Series, Total, stacked_bar_chart, trend_chart
from workflow.value_report import COLUMNS, RESULTS, ValueReport


def _shown(value: Any) -> str:
    return "–" if value is None else str(value)


def charts(report: ValueReport) -> dict[str, SafeString]:
    """The trend of hours saved, the trend of the autonomous rate, and tickets by category stacked by result."""
    labels = [m.label for m in report.months]
    total = report.total
    hours = trend_chart(
        key="hours", title="Hours saved by month", labels=labels,
        series=[Series("Hours saved", [float(m.hours_saved) for m in report.months], colour="#1565c0")],
        totals=[Total("hours_saved", "Hours saved", str(total.hours_saved)),
                Total("dollars_saved", "Dollars saved", str(total.dollars_saved))])
    rate = trend_chart(
        key="rate", title="Autonomous rate by month (%)", labels=labels, percent=True,
        series=[Series("Autonomous rate (%)", [None if m.autonomous_rate is None else float(m.autonomous_rate)
                                               for m in report.months], colour=COLOURS["autonomous"])],
        totals=[Total("autonomous_rate", "Autonomous rate (%)", _shown(total.autonomous_rate)),
                Total("autonomous", "Autonomous tickets", str(total.counts["autonomous"])),
                Total("ended", "Tickets ended", str(total.ended))])
    categories = list(report.by_category)
    shown = [key for key in RESULTS if any(report.by_category[c][key] for c in categories)]
    stacked = stacked_bar_chart(
        key="categories", title="Tickets by category and result",
        labels=[c.replace("_", " ") for c in categories],
        series=[Series(RESULTS[key], [report.by_category[c][key] for c in categories], colour=COLOURS[key])
                for key in shown],
        totals=[Total("tickets", "Tickets", str(total.tickets)),
                *(Total(key, RESULTS[key], str(total.counts[key])) for key in shown)])
    return {"hours": hours, "rate": rate, "categories": stacked}


def table_rows(report: ValueReport) -> list[dict[str, Any]]:
    """Each row with its scope, month and label, then COLUMNS in order: the page, the CSV and the API read these."""
    rows = []
    for scope, month, figures in report.rows():
        rows.append({"tenant": scope, "month": month, "label": figures.label, **figures.as_row()})
    return rows


def as_csv(report: ValueReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    names = ["tenant", "month", *COLUMNS]
    writer.writerow(names)
    for row in table_rows(report):
        writer.writerow(["" if row[name] is None else row[name] for name in names])
    return out.getvalue()


def csv_response(report: ValueReport) -> HttpResponse:
    period = report.period
    name = f"rallied-value-{report.scope}-{period.start.isoformat()}-{period.end.isoformat()}.csv"
    response = HttpResponse(as_csv(report), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _number(value: Any) -> Any:
    return float(value) if isinstance(value, Decimal) else value


def as_data(report: ValueReport) -> dict[str, Any]:
    """The API's answer: the same rows, with the definitions and the plan-mode figures apart."""
    plan = report.plan
    return {
        "scope": report.scope,
        "from": report.period.start.isoformat(),
        "to": report.period.end.isoformat(),
        "time_zone": str(report.period.tz),
        "tenants": [t.slug for t in report.tenants],
        "columns": {"tenant": "Tenant (its slug, or all)", "month": "Month (YYYY-MM) or total",
                    "label": "Row", **COLUMNS},
        "definitions": report.definitions,
        "rows": [{k: _number(v) for k, v in row.items()} for row in table_rows(report)],
        "by_category": {category: dict(counts) for category, counts in report.by_category.items()},
        "plan_mode": {"tickets": plan.tickets, "would_be_autonomous": plan.would_be_autonomous,
                      "would_have_saved_minutes": float(plan.minutes), "would_have_saved_hours": float(plan.hours),
                      "would_have_saved_dollars": float(plan.dollars_rounded)},
    }
