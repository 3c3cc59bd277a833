"""PSA intake (services): tickets announced by a webhook or found by the poller, mapped to their tenant, ingested once.

The tenant comes from the authenticated channel and the PSA's own company mapping (never from ticket text).
A webhook only says "ticket N changed" and is believed only once its signature or shared secret
checks out against one of our connections; the ticket itself is then read back through that
connection, and its company (CW company identifier, Autotask companyID, Halo client id) must be the
`psa_company_id` of exactly one tenant connected to the same PSA instance. Nothing in the ticket's
text or in the webhook body decides the tenant; a company no tenant owns is refused and recorded,
never guessed.

Ingest is idempotent through `tickets.services.ingest_ticket` (tenant + source + PSA ticket id), so
a replayed webhook, a webhook racing the poller, or a poll repeated after a restart all land on the
one ticket and start one resolution.

A webhook about a ticket Rallied already has is news about that ticket: it is read again with its notes or actions
and followed through tickets/updates.py (a person taking it over, the requester writing back). The poller does the
same for the tickets Rallied still watches (open ones, and closed ones within the reopen window), so a missed
webhook changes nothing but the delay.

Connection config read here: `intake_boards` (CW board names, Autotask queue ids or Halo teams that
count as help desk; default: the CW `board` / Autotask `queue_id` the connection opens tickets on,
else every board), `intake_poll` (false: webhooks only), `page_size` (the poller's page size), `update_poll`
(false: known tickets are followed through webhooks and before writes only), `update_poll_limit`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from audit.services import record
from rallied.actors import Actor
from rallied.connectors import ConnectorError
from rallied.connectors.psa_types import PsaTicket, WebhookEvent
from rallied.crypto import DecryptionError
from tenants.models import Connection
from tenants.selectors import connector_for
from tickets.choices import OPEN_STATUSES, REENTRY_STATUSES, REOPEN_WINDOW_DAYS
from tickets.models import Ticket
from tickets.psa import link_marked_psa_ticket
from tickets.psa_marks import marked_ticket_id
from tickets.services import ingest_ticket
from tickets.updates import UpdateResult, follow_update

log = logging.getLogger("rallied.intake")
PSA_VENDORS = frozenset(Connection.PSA_VENDORS)
# Where a vendor's connection config already names the help-desk board or queue (used when opening
# tickets there): without an explicit `intake_boards` list, intake takes tickets from that one only.
_DEFAULT_BOARD_KEY = {"connectwise": "board", "autotask": "queue_id"}
UPDATE_POLL_LIMIT = 10  # known tickets read again per poll of one connection (watched_tickets)


@dataclass(frozen=True)
class IntakeResult:
    """What became of one PSA ticket: created, existing (already ours), skipped (not help desk) or refused."""

    outcome: str
    ticket: Ticket | None = None
    reason: str = ""


@dataclass(frozen=True)
class WebhookOutcome:
    """What a webhook view answers: an HTTP status and a short body for the vendor's delivery log."""

    status: int
    detail: str
    ticket: Ticket | None = None
    created: bool = False

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"detail": self.detail}
        if self.ticket is not None:
            body.update(ticket_id=self.ticket.pk, created=self.created)
        return body


@dataclass
class PollReport:
    """One poll of one connection: how many tickets were seen and what became of them."""

    connection_id: int
    watermark: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    error: str = ""

    def __str__(self) -> str:
        if self.error:
            return f"connection {self.connection_id}: {self.error}"
        done = ", ".join(f"{n} {k}" for k, n in sorted(self.counts.items())) or "nothing new"
        return f"connection {self.connection_id}: {done}; watermark {self.watermark or '-'}"


# -- mapping ------------------------------------------------------------------------------------------
def instance_key(connection: Connection) -> tuple[str, ...]:
    """The PSA instance a connection talks to (one CW site and login company, one Autotask API user,
    one Halo tenant). A PSA company id only means something within its instance."""
    config = connection.config or {}
    parts = urlsplit(str(config.get("api_url") or connection.base_url))
    origin = f"{parts.scheme}://{parts.netloc}".lower()
    login = {"connectwise": "company_id", "autotask": "username", "halopsa": "tenant"}.get(connection.vendor, "")
    return connection.vendor, origin, str(config.get(login) or "").strip().lower()


def owning_connection(channel: Connection, company_id: str) -> tuple[Connection | None, str]:
    """The one tenant connection on the channel's PSA instance whose tenant owns this PSA company."""
    if not company_id.strip():
        return None, "The PSA ticket names no company."
    candidates = Connection.objects.filter(
        vendor=channel.vendor, disabled=False, tenant__psa_company_id__iexact=company_id.strip()
    ).select_related("tenant")
    owners = [c for c in candidates if instance_key(c) == instance_key(channel)]
    if not owners:
        return None, f"No tenant owns PSA company '{company_id}'."
    if len(owners) > 1:
        return None, f"Several tenants claim PSA company '{company_id}'; refusing to choose."
    return owners[0], ""


def help_desk_boards(connection: Connection) -> set[str]:
    """The boards (CW), queue ids (Autotask) or teams (Halo) intake takes tickets from; empty = all.

    Set `intake_boards` in the connection config (a list); otherwise the board or queue the
    connection already opens tickets on.
    """
    config = connection.config or {}
    boards: Any = config.get("intake_boards")
    if boards is None:
        key = _DEFAULT_BOARD_KEY.get(connection.vendor)
        boards = [config[key]] if key and config.get(key) not in (None, "") else []
    if isinstance(boards, str | int):
        boards = [boards]
    return {str(b).strip().lower() for b in boards if str(b).strip()}


def on_help_desk(connection: Connection, psa_ticket: PsaTicket) -> bool:
    boards = help_desk_boards(connection)
    return not boards or psa_ticket.board.strip().lower() in boards


# -- ingest -------------------------------------------------------------------------------------------
def ingest_from_psa(*, connection: Connection, psa_ticket: PsaTicket, actor: Actor = None) -> IntakeResult:
    """Take in one PSA ticket read through `connection` (the authenticated channel).

    Refused (recorded in the audit trail) when no single tenant on that PSA instance owns the
    ticket's company; skipped when it is not on a help-desk board; otherwise ingested once, keeping
    the PSA's ticket id so every note, reply, time entry and status goes back to that ticket.
    """
    actor = actor or f"integration:{connection.vendor}"
    owner, problem = owning_connection(connection, psa_ticket.company_id)
    if owner is None:
        _refuse(actor=actor, connection=connection, psa_ticket=psa_ticket, reason=problem)
        return IntakeResult("refused", reason=problem)
    if not on_help_desk(owner, psa_ticket):
        log.info("Skipped %s ticket %s of %s: board %r is not a help-desk board.", psa_ticket.vendor,
                 psa_ticket.id, owner.tenant.slug, psa_ticket.board)
        return IntakeResult("skipped", reason=f"Board '{psa_ticket.board}' is not a help-desk board.")
    # A ticket Rallied opened in the PSA for an API submission comes back through the poller: it is ours.
    opened_here = (Ticket.objects.filter(tenant=owner.tenant, psa_ticket_id=psa_ticket.id)
                   .exclude(source=psa_ticket.vendor).first())
    if opened_here is not None:
        return IntakeResult("existing", opened_here, reason="Opened in the PSA by Rallied.")
    marked = _marked_by_rallied(owner, psa_ticket, actor)
    if marked is not None:
        return marked
    with transaction.atomic():
        ticket, created = ingest_ticket(
            actor=actor, tenant=owner.tenant, source=psa_ticket.vendor, external_id=psa_ticket.id,
            subject=psa_ticket.subject or "(no subject)", body=psa_ticket.body,
            requester_email=psa_ticket.requester_email, requester_name=psa_ticket.requester_name,
            psa_ticket_id=psa_ticket.id,
        )
    return IntakeResult("created" if created else "existing", ticket)


def _marked_by_rallied(owner: Connection, psa_ticket: PsaTicket, actor: Actor) -> IntakeResult | None:
    """A ticket Rallied opened whose id its worker never stored (tickets/psa_marks.py): linked to its ticket, or
    left alone as a spare when that ticket has its PSA ticket already; never taken in as a new request."""
    ticket_id = marked_ticket_id(psa_ticket.subject)
    ours = (Ticket.objects.filter(pk=ticket_id, tenant=owner.tenant).exclude(source=psa_ticket.vendor)
            .select_related("tenant").first() if ticket_id is not None else None)
    if ours is None:
        return None  # no mark, or not one of this tenant's: an ordinary ticket
    linked = link_marked_psa_ticket(ours, psa_ticket.id)
    if linked == psa_ticket.id:
        return IntakeResult("existing", ours, reason="Opened in the PSA by Rallied (found by its mark).")
    reason = f"A spare of PSA ticket {linked}, opened by Rallied for its ticket #{ours.pk}: not a new request."
    record(actor=actor, verb="intake.spare_skipped", obj=ours, tenant=owner.tenant, outcome="refused",
           details={"vendor": psa_ticket.vendor, "psa_ticket": psa_ticket.id, "linked": linked})
    return IntakeResult("skipped", ours, reason=reason)


def _refuse(*, actor: Actor, connection: Connection, psa_ticket: PsaTicket, reason: str) -> None:
    log.warning("Refused %s ticket %s (company %r): %s", psa_ticket.vendor, psa_ticket.id,
                psa_ticket.company_id, reason)
    record(actor=actor, verb="intake.refused", tenant=None, outcome="refused",
           details={"vendor": psa_ticket.vendor, "psa_ticket": psa_ticket.id,
                    "psa_company": psa_ticket.company_id, "connection": connection.pk, "reason": reason})


# -- webhooks -----------------------------------------------------------------------------------------
Verified = tuple[Connection, Any, WebhookEvent | None]


def receive_webhook(*, vendor: str, headers: Mapping[str, str], raw_body: bytes) -> WebhookOutcome:
    """Verify a PSA webhook against our connections, read the ticket it rings for, ingest it.

    401 and nothing stored when no connection's signature or secret matches; 202 when there is
    nothing to take in (another event, another board, a company no tenant owns); 200 with the
    ticket otherwise (the same ticket for a replay); 503 when the PSA cannot be read right now
    (the poller will find the ticket later).
    """
    verified, invalid, unavailable = _verify(vendor, headers, raw_body)
    if not verified:
        if invalid:
            return WebhookOutcome(400, invalid)
        if unavailable:  # e.g. CW's signing key could not be fetched: the vendor may deliver again
            return WebhookOutcome(503, "The webhook cannot be verified right now.")
        log.warning("Refused a %s webhook: no connection's signature or secret matches it.", vendor)
        return WebhookOutcome(401, "The webhook's signature or secret does not match.")
    event = verified[0][2]
    if event is None:
        return WebhookOutcome(202, "Nothing to take in for this event.")
    known = known_ticket(vendor, event.ticket_id, {c.tenant_id for c, _, _ in verified})
    if known is not None:
        return _follow_known(verified, known)
    return _fetch_and_ingest(verified, event)


def known_ticket(vendor: str, psa_id: str, tenant_ids: set[int]) -> Ticket | None:
    """The ticket Rallied keeps for this PSA ticket: taken in from the PSA, or opened there by Rallied."""
    found = Ticket.objects.filter(source=vendor, external_id=psa_id, tenant__in=tenant_ids).first()
    if found is None:
        found = (Ticket.objects.filter(psa_ticket_id=psa_id, tenant__in=tenant_ids, events__kind="psa.opened")
                 .exclude(source=vendor).select_related("tenant").first())
    return found


def _follow_known(verified: list[Verified], ticket: Ticket) -> WebhookOutcome:
    """Read the ticket back through its tenant's connection and act on what changed (tickets/updates.py)."""
    for connection, connector, _ in verified:
        if connection.tenant_id != ticket.tenant_id:
            continue
        try:
            result = follow_psa_ticket(ticket=ticket, connection=connection, connector=connector)
        except ConnectorError as exc:
            _connection_failed(connection, f"reading ticket {ticket.psa_ticket_id} for a webhook", exc)
            return WebhookOutcome(503, "The PSA could not be read; the poller will look again.", ticket)
        return WebhookOutcome(200, result.detail, ticket, created=False)
    return WebhookOutcome(200, "Already received.", ticket, created=False)


def follow_psa_ticket(*, ticket: Ticket, connection: Connection, connector: Any = None,
                      actor: Actor = None) -> UpdateResult:
    """One read of a known ticket's PSA ticket (the ticket and its entries), followed once."""
    connector = connector or connector_for(connection)
    read_at = timezone.now()  # what Rallied writes from here on may be missing from this read
    psa_ticket = connector.fetch_ticket(ticket.psa_ticket_id or ticket.external_id)
    if owning_connection(connection, psa_ticket.company_id)[0] is None:
        return UpdateResult()  # no longer this tenant's company: nothing it says is believed
    entries = connector.fetch_entries(psa_ticket)
    return follow_update(ticket=ticket, psa_ticket=psa_ticket, entries=entries,
                         actor=actor or f"integration:{connection.vendor}", read_at=read_at)


def _verify(vendor: str, headers: Mapping[str, str], raw_body: bytes) -> tuple[list[Verified], str, bool]:
    """Every enabled connection the webhook authenticates against; a 400 reason if it authenticated but
    was unusable; whether some check could not be made just now. CW signs per instance (one key fetch
    per instance); Autotask and Halo secrets are per connection."""
    verified: list[Verified] = []
    invalid = ""
    unavailable = False
    checked: dict[tuple[str, ...], tuple[Any, WebhookEvent | None] | None] = {}
    for connection in Connection.objects.filter(vendor=vendor, disabled=False).select_related("tenant").order_by("pk"):
        key = instance_key(connection) if vendor == "connectwise" else ("connection", str(connection.pk))
        if key not in checked:
            checked[key] = None
            try:
                connector = connector_for(connection)
                checked[key] = (connector, connector.webhook_event(headers, raw_body))
            except ConnectorError as exc:
                if exc.status == 400:  # the secret matched; the body is what is wrong
                    invalid = invalid or exc.message
                elif exc.status != 401:
                    unavailable = unavailable or not exc.permanent
                    log.info("%s webhook not checked against connection %s: %s", vendor, connection.pk, exc)
            except DecryptionError:
                log.error("%s webhook not checked against connection %s: its credentials cannot be decrypted.",
                          vendor, connection.pk)
        if checked[key] is not None:
            connector, event = checked[key]  # type: ignore[misc]
            verified.append((connection, connector, event))
    return verified, invalid, unavailable


def _fetch_and_ingest(verified: list[Verified], event: WebhookEvent) -> WebhookOutcome:
    """A webhook body is a doorbell: the ticket is read through the connection it authenticated against."""
    tried: set[int] = set()
    for connection, connector, _ in verified:
        if id(connector) in tried:
            continue
        tried.add(id(connector))
        try:
            psa_ticket = connector.fetch_ticket(event.ticket_id)
        except ConnectorError as exc:
            if exc.permanent and (exc.status in (403, 404) or exc.code in ("not_found", "wrong_client")):
                continue  # not this connection's ticket (or gone): try the next authenticated one
            _connection_failed(connection, f"reading ticket {event.ticket_id} for a webhook", exc)
            return WebhookOutcome(503, "The PSA could not be read; the ticket will be picked up by the poller.")
        result = ingest_from_psa(connection=connection, psa_ticket=psa_ticket)
        if result.outcome in ("created", "existing"):
            return WebhookOutcome(200, "Received." if result.outcome == "created" else "Already received.",
                                  result.ticket, created=result.outcome == "created")
        return WebhookOutcome(202, result.reason)
    return WebhookOutcome(202, "The ticket cannot be read through any connection it was sent to.")


def _connection_failed(connection: Connection, what: str, exc: ConnectorError) -> None:
    log.warning("PSA intake on connection %s: %s failed: %s", connection.pk, what, exc)
    Connection.objects.filter(pk=connection.pk).update(last_error=f"{what}: {exc}"[:2000],
                                                      last_error_at=timezone.now())


# -- polling ------------------------------------------------------------------------------------------
def pollable_connection_ids() -> list[int]:
    """Every enabled PSA connection, unless its config says `"intake_poll": false`."""
    rows = Connection.objects.filter(vendor__in=PSA_VENDORS, disabled=False).order_by("pk")
    return [c.pk for c in rows if (c.config or {}).get("intake_poll", True) is not False]


def poll_connection(*, connection: Connection, actor: Actor = None) -> PollReport:
    """Take in the connection's new PSA tickets above its watermark, oldest first.

    The watermark moves past a ticket only once that ticket is in (or deliberately left out), so a
    worker that dies mid-poll makes the next poll start where it stopped: nothing is missed, and
    what is read twice is ingested once.
    """
    actor = actor or f"integration:{connection.vendor}"
    report = PollReport(connection.pk, watermark=connection.intake_watermark)
    try:
        found = connector_for(connection).poll_new_tickets(connection.intake_watermark or None)
    except ConnectorError as exc:
        _connection_failed(connection, "polling for new tickets", exc)
        report.error = str(exc)
        return report
    for psa_ticket in sorted(found, key=lambda t: int(t.id)):
        result = ingest_from_psa(connection=connection, psa_ticket=psa_ticket, actor=actor)
        report.counts[result.outcome] = report.counts.get(result.outcome, 0) + 1
        report.watermark = _advance_watermark(connection, psa_ticket.id)
    if not report.error and (connection.config or {}).get("update_poll", True) is not False:
        _poll_watched(connection, report, actor)
    Connection.objects.filter(pk=connection.pk).update(intake_polled_at=timezone.now())
    return report


def watched_tickets(connection: Connection, *, now: float | None = None) -> list[Ticket]:
    """The connection's tenant's tickets whose PSA ticket Rallied still follows (open ones, and resolved or planned
    ones within the reopen window: a requester may still write back), a few per poll.

    Each read costs the PSA a few requests (Autotask allows 10,000 an hour per database), and webhooks bring most
    news at once, so a poll reads at most `update_poll_limit` of them (config; default 10), taking turns minute by
    minute so each is read again within ceil(watched / limit) minutes.
    """
    since = timezone.now() - timedelta(days=REOPEN_WINDOW_DAYS)
    followed = Q(status__in=OPEN_STATUSES) | Q(status__in=REENTRY_STATUSES, updated_at__gte=since)
    rows = list(Ticket.objects.filter(followed, tenant_id=connection.tenant_id).exclude(psa_ticket_id="")
                .select_related("tenant").order_by("pk"))
    rows = [t for t in rows if t.source == connection.vendor or t.events.filter(kind="psa.opened").exists()]
    limit = int((connection.config or {}).get("update_poll_limit") or UPDATE_POLL_LIMIT)
    if len(rows) <= limit:
        return rows
    start = (int((now if now is not None else time.time()) // 60) * limit) % len(rows)
    return (rows + rows)[start:start + limit]


def _poll_watched(connection: Connection, report: PollReport, actor: Actor) -> None:
    connector = connector_for(connection)
    for ticket in watched_tickets(connection):
        try:
            result = follow_psa_ticket(ticket=ticket, connection=connection, connector=connector, actor=actor)
        except ConnectorError as exc:
            _connection_failed(connection, f"reading ticket {ticket.psa_ticket_id} for updates", exc)
            report.error = str(exc)
            return
        if result.taken_over or result.replies:
            report.counts["updated"] = report.counts.get("updated", 0) + 1


def _advance_watermark(connection: Connection, ticket_id: str) -> str:
    """Move the stored watermark forward to `ticket_id`, never back (two pollers may overlap)."""
    while True:
        current = Connection.objects.filter(pk=connection.pk).values_list("intake_watermark", flat=True).get()
        if current and int(current) >= int(ticket_id):
            break
        if Connection.objects.filter(pk=connection.pk, intake_watermark=current).update(intake_watermark=ticket_id):
            current = ticket_id
            break
    connection.intake_watermark = current
    return current
