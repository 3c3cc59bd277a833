"""backtest: what share of a tenant's past tickets Rallied would have resolved, and what that is worth."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from rallied.progress import progress
from tenants.models import Tenant
from workflow.backtest.services import create_run, run_backtest
from workflow.backtest.simulate import ASSUMPTIONS, OUTCOMES
from workflow.backtest.sources import BacktestInputError, Batch, from_csv, from_psa
from workflow.backtest.summary import DEFINITIONS, TOTAL_LABELS, Summary
from workflow.models import BacktestRun

ACTOR = "system:backtest"


class Command(BaseCommand):
    help = (
        "Read --tenant's tickets closed in the last --days days from its PSA (read-only, paged and paced, with a "
        "progress bar on a terminal) or from --csv (columns subject, body, requester_email, created, closed, "
        "optional category and requester_name), decide each offline as Rallied would have (rules triage, the "
        "tenant's playbooks and policy; no vendor, directory or Claude call) and print what share it would have "
        "resolved on its own, with approval, or not at all, by category, with the hours, dollars and after-hours "
        "share. Nothing is written anywhere but the run's own record, which the tenant's backtest page shows."
    )

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--tenant", required=True)
        parser.add_argument("--days", type=int, default=90)
        parser.add_argument("--csv", help="a CSV export instead of the PSA")
        parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")

    def handle(self, *args: Any, **opts: Any) -> None:
        tenant = Tenant.objects.filter(slug=opts["tenant"]).first()
        if tenant is None:
            raise CommandError(f"No tenant with slug '{opts['tenant']}'.")
        if opts["csv"]:
            path = Path(opts["csv"])
            if not path.is_file():
                raise CommandError(f"No file at {path}.")
            run = create_run(actor=ACTOR, tenant=tenant, source=BacktestRun.Source.CSV, filename=path.name)
            batches: Any = self._csv(path, tenant)
        else:
            run = create_run(actor=ACTOR, tenant=tenant, source=BacktestRun.Source.PSA, days=opts["days"])
            batches = from_psa(tenant, days=opts["days"])
        bars: dict[str, Any] = {}

        def advance(stage: str, done: int, total: int | None) -> None:
            """One bar per stage: reading the past tickets (PSA pages), then deciding them."""
            if stage not in bars:
                for bar in bars.values():
                    bar.close()
                label = "Reading past tickets" if stage == "reading" else "Deciding"
                bars[stage] = progress(desc=label, unit="ticket", stream=self.stderr, total=total)
            bar = bars[stage]
            if total is not None and bar.total != total:
                bar.total = total
                bar.refresh()
            bar.update(done - bar.n)

        try:
            summary = run_backtest(actor=ACTOR, run=run, batches=batches, progress=advance)
        except BacktestInputError as exc:
            raise CommandError("\n".join(exc.problems)) from exc
        finally:
            for bar in bars.values():
                bar.close()
        if opts["json"]:
            self.stdout.write(json.dumps({"run": run.pk, "totals": summary.totals(), **summary.as_dict()}))
            return
        self._print(tenant, run, summary)

    @staticmethod
    def _csv(path: Path, tenant: Tenant) -> Any:
        yield Batch(from_csv(path.read_bytes(), tenant))

    def _print(self, tenant: Tenant, run: BacktestRun, summary: Summary) -> None:
        out = self.stdout.write
        source = f"{run.filename}" if run.source == BacktestRun.Source.CSV else f"its PSA, last {run.days} days"
        out(f"Backtest of {tenant.name} ({source}): {summary.first or '-'} to {summary.last or '-'}")
        for key, value in summary.totals().items():
            out(f"  {TOTAL_LABELS[key]:<15} {value}")
        handling = ("no live approvals yet, so tickets with approval count 0" if summary.approval_minutes is None
                    else f"an approval handled in {summary.approval_minutes:g} minutes")
        out(f"  {'':<15} (${summary.hourly_cost} an hour; {handling}; {summary.after_hours_resolved} of the "
            "after-hours tickets resolved)")
        out("")
        out(f"  {'category':<18} {'tickets':>7} " + " ".join(f"{label:>14}" for label in OUTCOMES.values()))
        for row in summary.categories:
            cells = " ".join(f"{row.counts.get(k, 0):>6} ({row.share(k):5.1f}%)" for k in OUTCOMES)
            out(f"  {row.label:<18} {row.total:>7} {cells}")
        for outcome, reasons in summary.reasons.items():
            out(f"\n  Most common reasons ({OUTCOMES[outcome].lower()}):")
            for reason, count in reasons:
                out(f"    {count:>5}  {reason[:110]}")
        out("\nDefinitions:")
        for text in DEFINITIONS.values():
            out(f"  - {text}")
        out("Assumed, since a backtest asks no directory:")
        for text in ASSUMPTIONS:
            out(f"  - {text}")
        page = reverse("admin:tenants_tenant_backtest_run", args=[tenant.pk, run.pk])
        out(f"\nThe same figures, with charts: {page}")
