"""Issue 15: the honest value report, every figure checked against numbers worked out by hand.

Tailspin (tests/service_lead/value_data.py (New York, business hours Monday to Friday 08:00-18:00, $90 an hour, password resets 10 minutes, onboarding
40, everything else the default 12) gets a fixed set of tickets in March and April 2026:

  March  T1 unlock, autonomous, succeeded, Wed 10:00, closed in 6 min            12 min saved
         T2 reset, autonomous, succeeded, Sat 23:00 (after hours), 4 min           10
         T3 onboarding, one step approved after 15 min, the other autonomous, 20   40 - 15 = 25
         T4 reset, autonomous but the action FAILED, escalated                      0
  April  T5 group change forbidden, escalated                                       0
         T6 unlock, autonomous, succeeded Fri 20:00 (after hours), 10 min, REOPENED 0
         T7 reset approved after 30 min (longer than the 10 it saves), 31 min       0 (never below 0)
         T8 unlock still waiting for approval                                       0, left out of the rates
  plan   T9 reset in plan mode that would have run on its own: apart, 10 min would-have

Totals: 47 minutes = 0.78 h = $70.50; autonomous 2 of 7 ended = 28.6%; reopened 1 of 5 resolved = 20.0%; median time
to close of 4, 6, 10, 20, 31 = 10.0 min; after hours resolved: T2 only (T6 was reopened) = 1.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from tests.service_lead.value_data import SPRING, at, make_ticket
from workflow.reports import Period
from workflow.value_report import DEFINITIONS, msp_value_report, tenant_value_report
from workflow.value_views import as_csv, as_data


@pytest.mark.django_db
def test_every_figure_matches_the_hand_computed_values(tailspin):
    report = tenant_value_report(tailspin, SPRING)
    total = report.total
    assert dict(total.counts) == {"autonomous": 2, "approved": 2, "failed": 1, "escalated": 1, "reopened": 1,
                                  "open": 1}
    assert total.tickets == 8 and total.ended == 7
    assert total.minutes_saved == Decimal("47.0") and total.hours_saved == Decimal("0.78")
    assert total.dollars_saved == Decimal("70.50")
    assert total.autonomous_rate == Decimal("28.6")
    assert (total.resolved, total.reopen_rate) == (5, Decimal("20.0"))
    assert total.median_minutes_to_close == Decimal("10.0")
    assert total.after_hours_resolved == 1

    march, april = report.months
    assert (march.key, march.label, april.key) == ("2026-03", "Mar 2026", "2026-04")
    assert march.as_row() == {
        "tickets": 4, "autonomous": 2, "approved": 1, "failed": 1, "escalated": 0, "reopened": 0, "open": 0,
        "autonomous_rate": Decimal("50.0"), "minutes_saved": Decimal("47.0"), "hours_saved": Decimal("0.78"),
        "dollars_saved": Decimal("70.50"), "resolved": 3, "reopen_rate": Decimal("0.0"),
        "median_minutes_to_close": Decimal("6.0"), "after_hours_resolved": 1}
    assert april.as_row() == {
        "tickets": 4, "autonomous": 0, "approved": 1, "failed": 0, "escalated": 1, "reopened": 1, "open": 1,
        "autonomous_rate": Decimal("0.0"), "minutes_saved": Decimal("0.0"), "hours_saved": Decimal("0.00"),
        "dollars_saved": Decimal("0.00"), "resolved": 2, "reopen_rate": Decimal("50.0"),
        "median_minutes_to_close": Decimal("20.5"), "after_hours_resolved": 0}

    assert {c: dict(n) for c, n in report.by_category.items()} == {
        "password_reset": {"autonomous": 1, "failed": 1, "approved": 1},
        "account_unlock": {"autonomous": 1, "reopened": 1, "open": 1},
        "group_membership": {"escalated": 1},
        "onboarding": {"approved": 1},
    }
    # Plan mode's promise stays apart: one reset that would have run on its own.
    plan = report.plan
    assert (plan.tickets, plan.would_be_autonomous, plan.minutes, plan.dollars_rounded) == (1, 1, 10, Decimal("15.00"))


@pytest.mark.django_db
def test_the_csv_and_the_api_data_hold_the_same_rows_and_the_definitions(tailspin):
    report = tenant_value_report(tailspin, SPRING)
    rows = list(csv.DictReader(io.StringIO(as_csv(report))))
    assert [(r["tenant"], r["month"]) for r in rows] == [("tailspin", "2026-03"), ("tailspin", "2026-04"),
                                                         ("tailspin", "total")]
    assert rows[2]["minutes_saved"] == "47.0" and rows[2]["dollars_saved"] == "70.50"
    assert rows[2]["autonomous_rate"] == "28.6" and rows[2]["median_minutes_to_close"] == "10.0"
    data = as_data(report)
    assert data["definitions"] == DEFINITIONS and "reopened within 30 days" in data["definitions"]["autonomous"]
    assert [(r["month"], r["dollars_saved"], r["autonomous"]) for r in data["rows"]] == [
        ("2026-03", 70.5, 2), ("2026-04", 0.0, 0), ("total", 70.5, 2)]
    assert data["plan_mode"]["would_have_saved_minutes"] == 10.0


@pytest.mark.django_db
def test_the_report_reads_a_fixed_number_of_queries_whatever_the_ticket_count(tailspin, django_assert_num_queries):
    with django_assert_num_queries(4):
        tenant_value_report(tailspin, SPRING)
    for day in range(1, 29):
        make_ticket(tailspin, "account_unlock", at(day, 3, 12), status="resolved", closed_after=5, approval_minutes=2,
                    actions=[("unlock_account", "approval", "succeeded")])
    with django_assert_num_queries(4):
        report = tenant_value_report(tailspin, SPRING)
    assert report.total.counts["approved"] == 30 and report.total.minutes_saved == Decimal(str(47 + 28 * 10))


@pytest.mark.django_db
def test_a_ticket_back_in_progress_after_a_reopen_still_counts_as_reopened(tailspin):
    """The lifecycle clears `resolved_at` when the requester says it still does not work (tickets/services.py
    reopen_ticket): the ticket is reopened against what Rallied did, not "in progress" and not resolved twice."""
    make_ticket(tailspin, "account_unlock", at(14, 4, 10), status="received", reopened=1,
                actions=[("unlock_account", "autonomous", "succeeded")])
    # A person took a ticket over in the PSA before Rallied finished: handed to a person, nothing failed.
    make_ticket(tailspin, "password_reset", at(15, 4, 10), status="taken_over",
                actions=[("reset_password", "approval", "rejected")])
    total = tenant_value_report(tailspin, SPRING).total
    assert (total.counts["reopened"], total.counts["open"], total.counts["escalated"]) == (2, 1, 2)
    assert (total.resolved, total.reopen_rate) == (6, Decimal("33.3"))
    assert total.median_minutes_to_close == Decimal("10.0")  # the reopened one has no close time any more
    assert total.minutes_saved == Decimal("47.0")


@pytest.mark.django_db
def test_months_are_the_report_time_zones_and_the_msp_report_is_bounded_too(tailspin, django_assert_num_queries):
    # 23:30 on 31 March in New York is already April in UTC.
    make_ticket(tailspin, "account_unlock", at(31, 3, 23, 30), status="resolved", closed_after=2,
                actions=[("unlock_account", "autonomous", "succeeded")])
    march, april = tenant_value_report(tailspin, SPRING).months
    assert (march.counts["autonomous"], april.counts["autonomous"]) == (3, 0)
    utc = Period(SPRING.start, SPRING.end, ZoneInfo("UTC"))
    with django_assert_num_queries(4):
        report = msp_value_report([tailspin], utc)
    assert [m.counts["autonomous"] for m in report.months] == [2, 1]
    assert [(scope, month) for scope, month, _ in report.rows()] == [
        ("all", "2026-03"), ("all", "2026-04"), ("all", "total"), ("tailspin", "total")]
