"""Charts drawn on the server as inline SVG (pygal), so the report needs no script and nothing from a CDN.

Two shapes, each returned as one accessible HTML fragment ready for a template:

    trend_chart(key="hours", title=..., labels=["Jan 2026", ...], series=[Series("Hours saved", [1.5, 2.0])],
                totals=[Total("hours_saved", "Hours saved", "3.5")])
    trend_chart(key="rate", ..., series=[Series("Autonomous rate (%)", [40, 55])], percent=True)
    stacked_bar_chart(key="categories", title=..., labels=["password reset", ...],
                      series=[Series("Autonomous", [3, 1]), Series("Approved", [1, 0])], totals=[...])

The fragment is a <figure data-chart="KEY">: the SVG (role="img", labelled by the caption), a caption with the
totals as text (each in an element with data-total="NAME", which tests and screen readers read), and the same
numbers as a table for anyone who cannot see the picture. pygal's tooltip script is switched off (`js=[]`: by
default it would load from a CDN) and its inline configuration script removed: the chart has no script at all.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pygal
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from pygal.style import Style

# The report's outcome colours (templates/admin/rallied/styles.html), then neutral ones for anything else.
COLOURS = {"autonomous": "#2f7d32", "approved": "#b26a00", "failed": "#b3261e", "escalated": "#5c6bc0",
           "reopened": "#8e24aa", "open": "#757575"}
PALETTE = ("#1565c0", "#2f7d32", "#b26a00", "#b3261e", "#5c6bc0", "#8e24aa", "#757575")
WIDTH, HEIGHT = 760, 320
# pygal always writes its credits (comments with links) and a <script> holding its whole configuration for the
# tooltip script we do not load: neither belongs in a report, and the script would carry labels as code.
_NOT_DRAWING = re.compile(r"<!--.*?-->|<script\b[^>]*>.*?</script>", re.S)


@dataclass(frozen=True)
class Series:
    """One line or one layer of bars; a None value is a gap (no tickets that month), not a zero."""

    name: str
    values: Sequence[float | int | None]
    colour: str = ""


@dataclass(frozen=True)
class Total:
    """A figure printed under the chart as text: `key` becomes data-total, `value` is shown as given."""

    key: str
    label: str
    value: str


def _style(series: Sequence[Series]) -> Style:
    colours = tuple(s.colour or PALETTE[i % len(PALETTE)] for i, s in enumerate(series))
    return Style(background="transparent", plot_background="transparent", colors=colours,
                 font_family="-apple-system, 'Segoe UI', system-ui, Roboto, sans-serif",
                 value_font_size=11, label_font_size=11, major_label_font_size=11, legend_font_size=12,
                 title_font_size=14, tooltip_font_size=12)


def _config(series: Sequence[Series]) -> dict:
    return {"js": [], "disable_xml_declaration": True, "style": _style(series), "width": WIDTH,
            "height": HEIGHT, "explicit_size": False, "legend_at_bottom": True, "print_values": True,
            "truncate_label": -1, "show_minor_x_labels": True, "margin": 8, "margin_right": 36,
            "no_data_text": "No data", "print_zeroes": False, "value_formatter": _number}


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:,.2f}".rstrip("0").rstrip(".")


def _svg(chart: pygal.graph.graph.Graph, title_id: str) -> SafeString:
    """pygal's SVG as an image labelled by the figure's caption (it escapes every text it draws)."""
    svg = _NOT_DRAWING.sub("", chart.render(is_unicode=True))
    return mark_safe(svg.replace("<svg ", f'<svg role="img" aria-labelledby="{title_id}" ', 1))  # noqa: S308


def _figure(key: str, title: str, svg: SafeString, labels: Sequence[str], series: Sequence[Series],
            totals: Sequence[Total]) -> SafeString:
    rows = [(label, [s.values[i] for s in series]) for i, label in enumerate(labels)]
    return render_to_string("admin/rallied/chart.html", {
        "key": key, "title": title, "svg": svg, "series": series, "rows": rows, "totals": totals,
        "title_id": f"chart-{key}-title",
    })


def trend_chart(*, key: str, title: str, labels: Sequence[str], series: Sequence[Series],
                totals: Sequence[Total] = (), percent: bool = False) -> SafeString:
    """Lines over time (months), from zero up; `percent` fixes the axis at 0-100."""
    chart = pygal.Line(**_config(series), dots_size=4, include_x_axis=True, allow_interruptions=True,
                       **({"range": (0, 100)} if percent else {}))
    chart.x_labels = list(labels)
    for s in series:
        chart.add(s.name, list(s.values))
    return _figure(key, title, _svg(chart, f"chart-{key}-title"), labels, series, totals)


def stacked_bar_chart(*, key: str, title: str, labels: Sequence[str], series: Sequence[Series],
                      totals: Sequence[Total] = ()) -> SafeString:
    """One bar per label, stacked by series (a zero layer is drawn as nothing, not as a "0" on the bar)."""
    tallest = max((sum(s.values[i] or 0 for s in series) for i in range(len(labels))), default=0)
    step = max(1, math.ceil(tallest / 8))  # whole tickets on the axis, never "0.2 of a ticket"
    chart = pygal.StackedBar(**_config(series), x_label_rotation=0 if len(labels) <= 5 else 20,
                             y_labels=list(range(0, int(tallest) + step, step)) if tallest else None)
    chart.x_labels = list(labels)
    for s in series:
        chart.add(s.name, [v or None for v in s.values])
    return _figure(key, title, _svg(chart, f"chart-{key}-title"), labels, series, totals)
