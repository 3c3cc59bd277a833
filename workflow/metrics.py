"""`/metrics` for Prometheus: django-prometheus's process and request metrics, plus the domain's own numbers.

The domain numbers are read from the database at scrape time rather than counted in memory: tickets are
created by web workers and settled by cluster workers, each its own process, and a per-process counter would
show each scraper a different slice. A query per scrape gives every scrape the whole truth: tickets by status and
by outcome (final status and category), actions, queue depth, and how long approvals waited for a decision.

Vendor calls (rallied_vendor_call_seconds, by connector and answer) are counted where they happen, in
rallied/http.py, mostly inside the cluster's workers. Under `make serve` every process writes its counts to
PROMETHEUS_MULTIPROC_DIR and django-prometheus's export reads them all (prometheus_client's multiprocess mode);
without that variable (tests, a single process) the export reads this process's own registry.

Access: a bearer token (settings.RALLIED_METRICS_TOKEN, compared in constant time) or a client address inside
settings.RALLIED_METRICS_NETWORKS. With neither configured nobody gets in: the numbers describe customers'
workload, and a default that trusts 127.0.0.1 would trust everyone behind a local TLS proxy.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterator
from datetime import timedelta

import prometheus_client
from django.conf import settings
from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, Sum
from django.http import HttpRequest, HttpResponse
from django_prometheus.exports import ExportToDjangoView
from prometheus_client.core import GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.registry import Collector

from approvals.models import ApprovalRequest
from playbooks.models import Action
from tickets.choices import FINAL_STATUSES
from tickets.models import Ticket

# Upper bounds (seconds) of the approval wait histogram: a minute up to three days.
WAIT_BUCKETS = (60, 300, 900, 1800, 3600, 4 * 3600, 8 * 3600, 24 * 3600, 72 * 3600)


def allowed(request: HttpRequest) -> bool:
    token = getattr(settings, "RALLIED_METRICS_TOKEN", "") or ""
    offered = request.headers.get("Authorization", "")
    if token and offered.startswith("Bearer ") and hmac.compare_digest(offered[7:].encode(), token.encode()):
        return True
    try:
        client = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(client in ipaddress.ip_network(net, strict=False)
               for net in getattr(settings, "RALLIED_METRICS_NETWORKS", []) or [])


class DomainCollector(Collector):
    """Tickets by status (the final ones are the outcomes), actions by kind, decision and status, queue depth."""

    def collect(self) -> Iterator[GaugeMetricFamily]:
        tickets = GaugeMetricFamily("rallied_tickets", "Tickets by status", labels=["status"])
        for row in Ticket.objects.values("status").annotate(n=Count("pk")).order_by("status"):
            tickets.add_metric([row["status"]], row["n"])
        yield tickets
        actions = GaugeMetricFamily("rallied_actions", "Actions by kind, policy decision and status",
                                    labels=["kind", "decision", "status"])
        for row in (Action.objects.values("kind", "decision", "status").annotate(n=Count("pk"))
                    .order_by("kind", "decision", "status")):
            actions.add_metric([row["kind"], row["decision"] or "undecided", row["status"]], row["n"])
        yield actions
        yield outcomes()
        yield approval_wait()
        depth = GaugeMetricFamily("rallied_queue_depth", "Tasks waiting in the django-q2 broker")
        from django_q.brokers import get_broker

        depth.add_metric([], get_broker().queue_size())
        yield depth


def outcomes() -> GaugeMetricFamily:
    family = GaugeMetricFamily("rallied_ticket_outcomes", "Tickets that reached a final status, by outcome and "
                               "category", labels=["outcome", "category"])
    for row in (Ticket.objects.filter(status__in=FINAL_STATUSES).values("status", "category")
                .annotate(n=Count("pk")).order_by("status", "category")):
        family.add_metric([row["status"], row["category"] or "uncategorised"], row["n"])
    return family


def approval_wait() -> HistogramMetricFamily:
    """Requested to decided, per outcome (approved, rejected, expired, withdrawn): one query, the buckets counted by
    the database."""
    family = HistogramMetricFamily("rallied_approval_wait_seconds", "Time from an approval request to its decision",
                                   labels=["outcome"])
    wait = ExpressionWrapper(F("decided_at") - F("created_at"), output_field=DurationField())
    buckets = {f"le_{i}": Count("pk", filter=Q(wait__lte=timedelta(seconds=le))) for i, le in enumerate(WAIT_BUCKETS)}
    rows = (ApprovalRequest.objects.filter(decided_at__isnull=False).annotate(wait=wait).values("status")
            .annotate(n=Count("pk"), total=Sum("wait"), **buckets).order_by("status"))
    for row in rows:
        cumulative = [(str(le), row[f"le_{i}"]) for i, le in enumerate(WAIT_BUCKETS)] + [("+Inf", row["n"])]
        total = row["total"].total_seconds() if row["total"] is not None else 0.0
        family.add_metric([row["status"]], cumulative, sum_value=total)
    return family


def metrics_view(request: HttpRequest) -> HttpResponse:
    if not allowed(request):
        return HttpResponse("Forbidden\n", status=403, content_type="text/plain")
    response = ExportToDjangoView(request)
    registry = prometheus_client.CollectorRegistry(auto_describe=False)
    registry.register(DomainCollector())
    response.content = response.content + prometheus_client.generate_latest(registry)
    return response
