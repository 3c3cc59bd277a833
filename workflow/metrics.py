"""`/metrics` for Prometheus: django-prometheus's process and request metrics, plus the domain's own numbers.

The domain numbers are read from the database at scrape time rather than counted in memory: tickets are
created by web workers and settled by cluster workers, each its own process, and a per-process counter would
show each scraper a different slice. A query per scrape gives every scrape the whole truth.

Access: a bearer token (settings.RALLIED_METRICS_TOKEN, compared in constant time) or a client address inside
settings.RALLIED_METRICS_NETWORKS. With neither configured nobody gets in: the numbers describe customers'
workload, and a default that trusts 127.0.0.1 would trust everyone behind a local TLS proxy.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterator

import prometheus_client
from django.conf import settings
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django_prometheus.exports import ExportToDjangoView
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from playbooks.models import Action
from tickets.models import Ticket


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
        depth = GaugeMetricFamily("rallied_queue_depth", "Tasks waiting in the django-q2 broker")
        from django_q.brokers import get_broker

        depth.add_metric([], get_broker().queue_size())
        yield depth


def metrics_view(request: HttpRequest) -> HttpResponse:
    if not allowed(request):
        return HttpResponse("Forbidden\n", status=403, content_type="text/plain")
    response = ExportToDjangoView(request)
    registry = prometheus_client.CollectorRegistry(auto_describe=False)
    registry.register(DomainCollector())
    response.content = response.content + prometheus_client.generate_latest(registry)
    return response
