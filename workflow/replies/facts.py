"""The facts a reply may state, gathered once: the templates render them and Claude writes from nothing else.

Every sentence a reply can say comes from here: which actions ran (succeeded, read from the actions, never
assumed), which wait for whom, where each one-time secret went (workflow/delivery.py decided that; this only
reports it), and when the help desk is open. A one-time link is a placeholder ([LINK-1]) in the facts: Claude
never sees the link's token, and the real link is put in after the draft passed its checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any

from approvals.verification import context as clock
from approvals.verification import within_business_hours
from playbooks.choices import ActionStatus
from playbooks.models import Action
from playbooks.selectors import handed_over_parts, intent_outcomes
from rallied.intents import MAILBOX_RIGHTS
from tenants.licences import licence_name
from tenants.models import Tenant
from tickets.models import OneTimeSecret, Ticket
from tickets.secrets import held_for_handover, link_for
from workflow.delivery import MANAGER, REQUESTER, Delivery

SECRET_KINDS = {"reset_mfa": "tap"}  # every other secret is a temporary password (playbooks/executor.py)


@dataclass
class ReplyFacts:
    stage: str
    language: str
    name: str
    done: list[dict[str, Any]] = field(default_factory=list)
    waiting: list[dict[str, Any]] = field(default_factory=list)
    waiting_on: str = ""  # "technician" or "manager" while the ticket waits
    # Escalated: the parts of the request a technician will do (never planned, or ended without succeeding), so the
    # reply says exactly which parts were done and which were not (playbooks/selectors.handed_over_parts).
    handed_over: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    elsewhere: list[dict[str, Any]] = field(default_factory=list)
    outside_hours: bool = False
    opens: str = ""  # the next opening of the help desk, "YYYY-MM-DD HH:MM", tenant time
    time_zone: str = ""
    urls: dict[str, str] = field(default_factory=dict)  # placeholder -> the real link, never sent to Claude

    def public(self) -> dict[str, Any]:
        """Everything but the real links: what Claude is given."""
        return {k: v for k, v in self.__dict__.items() if k != "urls"}

    def context(self) -> dict[str, Any]:
        """The template context: the facts, with the link placeholders in place, and each mailbox action's rights as
        a list the templates word one by one (templates/tickets/replies/<language>/_rights.txt)."""
        data = self.public()
        for key in ("done", "waiting", "handed_over"):
            data[key] = [with_rights(row) for row in data[key]]
        return data


def with_rights(row: dict[str, Any]) -> dict[str, Any]:
    """`row` with `rights`: the mailbox rights its params name, in Exchange's order. A right may come as one name, a
    comma-separated text or a list (kept as its text in params), so the names are looked for in that text."""
    named = str((row.get("params") or {}).get("rights") or "")
    return {**row, "rights": [right for right in MAILBOX_RIGHTS if right in named]}


def _part(kind: str, target: str, params: dict[str, Any], requester: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "target": target,
        "own": target.strip().casefold() == requester,
        # A requester knows "Microsoft 365 E3", not the part number the action carries (tenants/licences.py).
        "params": {k: licence_name(str(v)) if k in ("license", "new_license") else str(v)
                   for k, v in (params or {}).items() if k != "target"},
    }


def _row(action: Action, requester: str) -> dict[str, Any]:
    return _part(action.kind, action.target, action.params, requester)


def next_opening(tenant: Tenant, now: datetime | None = None) -> datetime | None:
    """When the tenant's help desk next opens (tenant time), or None when it keeps no hours."""
    hours = tenant.business_hours or {}
    if not hours:
        return None
    local = (now or clock.now()).astimezone(tenant.zone)  # the clock the policy read the hours with
    start = time.fromisoformat(hours.get("start", "00:00"))
    days = hours.get("days", [1, 2, 3, 4, 5])
    for ahead in range(8):
        day = (local + timedelta(days=ahead)).date()
        opening = datetime.combine(day, start, tzinfo=tenant.zone)
        if day.isoweekday() in days and opening > local:
            return opening
    return None


def gather(ticket: Ticket, stage: str, language: str, *, deliveries: list[Delivery] | None = None,
           waiting_on: str = "", round_actions: list[Action] | None = None) -> ReplyFacts:
    """`round_actions`: this round's actions as the caller read them in this task (the settle, issue 17: they had
    all ended, so nothing of theirs the reply says can have moved since); read here otherwise. The escalated reply
    says what was done in every round, so it always reads them all."""
    requester = ticket.requester_email.strip().casefold()
    actions = round_actions if round_actions is not None and stage != "escalated" else list(
        ticket.actions.order_by("pk"))
    # What this round did and waits for (a reopen or a new request starts the next one). Handing over, "done so
    # far" is everything done on the ticket: a fix that did not hold was still made.
    # round_started_at is fresh: the reply's claim (workflow/replies._claim, gather's only caller) read it just now.
    this_round = [a for a in actions if ticket.round_started_at is None or a.created_at >= ticket.round_started_at]
    done_from = actions if stage == "escalated" else this_round
    facts = ReplyFacts(
        stage=stage, language=language, name=(ticket.requester_name or "").split(" ")[0],
        done=[_row(a, requester) for a in done_from if a.status == ActionStatus.SUCCEEDED],
        waiting=[_row(a, requester) for a in this_round if a.status == ActionStatus.AWAITING_APPROVAL],
        waiting_on=waiting_on,
    )
    if stage == "escalated":
        # A secret of a part that ran waits for a technician (workflow/delivery.hold_for_technician): say so.
        for action in (a for a in done_from if a.status == ActionStatus.SUCCEEDED):
            for secret in action.secrets.filter(destroyed_at__isnull=True).order_by("pk"):
                owner = held_for_handover(secret)
                if owner is not None:
                    facts.elsewhere.append({"secret": SECRET_KINDS.get(action.kind, "password"), "owner": owner,
                                            "to": "", "channel": "technician"})
        facts.handed_over = [_part(p["kind"], str(p["target"]), p["params"], requester)
                             for p in handed_over_parts(intent_outcomes(ticket, this_round))]
    if stage != "done" and not within_business_hours(ticket.tenant):
        opening = next_opening(ticket.tenant)
        facts.outside_hours = opening is not None
        facts.opens = opening.strftime("%Y-%m-%d %H:%M") if opening else ""
        facts.time_zone = ticket.tenant.time_zone if opening else ""
    for delivery in deliveries or []:
        secret = delivery.secret or OneTimeSecret.objects.select_related("action").get(pk=delivery.secret_id)
        kind = SECRET_KINDS.get(secret.action.kind, "password")
        if delivery.channel == REQUESTER and secret.link_encrypted:
            placeholder = f"[LINK-{len(facts.links) + 1}]"
            facts.urls[placeholder] = link_for(secret)
            facts.links.append({"link": placeholder, "secret": kind, "owner": delivery.owner,
                                "expires": secret.expires_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M") + " UTC"})
        else:
            facts.elsewhere.append({"secret": kind, "owner": delivery.owner,
                                    "to": (delivery.to_name or delivery.to) if delivery.channel == MANAGER else "",
                                    "channel": delivery.channel})
    return facts
