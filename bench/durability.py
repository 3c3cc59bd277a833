"""What the durability benches (bench/kill_run.py, bench/broker_flush.py) share: the ticket mix, posting it, a
technician approving through the API, and reading back where every ticket ended up.

"Where it ended up" is read from our database (ticket and action statuses, timelines) and from the sandbox (its
request log and state), and the two are compared in bench/vendor_writes.py.
"""

from __future__ import annotations

import threading
import time
import urllib.error
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bench.stack import Stack
from bench.vendor_writes import Agreement, Tally, compare, identity_writes, tally, user_aliases

DOMAIN = {"contoso": "contoso.example", "northwind": "northwind.example"}
GROUP = {"contoso": "Billing Team", "northwind": "Paralegals"}
# (tenant, action kind, share of the tickets): resets on Entra and Okta, unlocks, technician-approved group adds.
MIX = [("contoso", "reset_password", 3), ("northwind", "reset_password", 3), ("contoso", "unlock_account", 1),
       ("northwind", "unlock_account", 1), ("contoso", "add_to_group", 1), ("northwind", "add_to_group", 1)]
TEXT = {
    "reset_password": ("Password reset", "Hi, I forgot my password, could you reset it please? Thanks"),
    "unlock_account": ("Account locked", "Hi, my account is locked out after too many attempts, can you unlock it "
                                         "please?"),
    "add_to_group": ("Group access", "Hi, please add me to the {group} group. Thanks"),
}
FINAL = {"resolved", "escalated", "planned", "taken_over"}


@dataclass(frozen=True)
class TicketPlan:
    """One ticket a bench posts; each has its own requester, who is also the target."""

    external_id: str
    tenant: str
    kind: str
    user: str
    source: str = "api"  # or the PSA whose webhook brought it in (its external id is then the PSA's ticket id)

    @property
    def key(self) -> str:
        return f"{self.source}:{self.external_id}"

    @property
    def subject(self) -> str:
        return TEXT[self.kind][0]

    @property
    def body(self) -> str:
        return TEXT[self.kind][1].format(group=GROUP[self.tenant])


def plan_tickets(count: int, rng: Any, *, prefix: str, mix: list[tuple[str, str, int]] = MIX) -> list[TicketPlan]:
    """`count` tickets in the mix's proportions, in a shuffled order."""
    weights = sum(w for _, _, w in mix)
    kinds = [(tenant, kind) for tenant, kind, w in mix for _ in range(round(count * w / weights))]
    while len(kinds) < count:
        kinds.append(mix[len(kinds) % len(mix)][:2])
    kinds = kinds[:count]
    rng.shuffle(kinds)
    return [TicketPlan(f"{prefix}{i}", tenant, kind, f"{prefix}user{i}@{DOMAIN[tenant]}".lower())
            for i, (tenant, kind) in enumerate(kinds)]


def users_for(plans: list[TicketPlan]) -> dict[str, list[dict[str, Any]]]:
    """The directory users the plans need: an unlock's user starts locked out."""
    from bench.stack import contoso_user, northwind_user

    users: dict[str, list[dict[str, Any]]] = {"contoso": [], "northwind": []}
    for plan in plans:
        name = plan.user.split("@")[0].replace(".", " ").title()
        if plan.tenant == "contoso":
            state = {"state": {"locked": True}} if plan.kind == "unlock_account" else {}
            users["contoso"].append(contoso_user(plan.user, name, **state))
        else:
            state = {"state": {"status": "LOCKED_OUT"}} if plan.kind == "unlock_account" else {}
            users["northwind"].append(northwind_user(plan.user, name, **state))
    return users


def post_ticket(stack: Stack, plan: TicketPlan, token: str, attempts: int = 5) -> int:
    """POST the ticket (again on a failure: the same external id is the same ticket). Returns its id."""
    body = {"external_id": plan.external_id, "subject": plan.subject, "body": plan.body,
            "requester_email": plan.user, "requester_name": plan.user.split("@")[0]}
    for attempt in range(attempts):
        try:
            return int(stack.api("/api/v1/tickets/", token, body)["id"])
        except (OSError, urllib.error.URLError):
            if attempt == attempts - 1:
                raise
            time.sleep(1)
    raise AssertionError("unreachable")


def post_all(stack: Stack, plans: list[TicketPlan], tokens: dict[str, str], rate: float) -> None:
    """Post every plan at `rate` a second; stores when the last went out on the stack (`posted_at`)."""
    started = time.time()
    for i, plan in enumerate(plans):
        time.sleep(max(0.0, started + i / rate - time.time()))
        try:
            post_ticket(stack, plan, tokens[plan.tenant])
        except (OSError, urllib.error.URLError) as exc:
            print(f"post {plan.external_id} failed: {exc}")
    stack.posted_at = time.time()


class Approver(threading.Thread):
    """A technician clearing the queue through the API (`POST /api/v1/actions/{id}/approve`), once a second."""

    def __init__(self, stack: Stack, token: str) -> None:
        super().__init__(daemon=True)
        self.stack, self.token = stack, token
        self.approved, self.errors = 0, Counter()
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.approve_waiting()
            self._stop_event.wait(1.0)

    def approve_waiting(self) -> int:
        """Approve every action waiting for a technician; returns how many were approved now."""
        try:
            page = self.stack.api("/api/v1/actions/?status=awaiting_approval&limit=1000", self.token)
        except (OSError, urllib.error.URLError) as exc:
            self.errors[type(exc).__name__] += 1
            return 0
        done = 0
        for action in page.get("results", []):
            try:
                self.stack.api(f"/api/v1/actions/{action['id']}/approve", self.token,
                               {"comment": "approved by the bench's technician"})
                done += 1
            except urllib.error.HTTPError as exc:
                self.errors[f"HTTP {exc.code}"] += 1
            except (OSError, urllib.error.URLError) as exc:
                self.errors[type(exc).__name__] += 1
        self.approved += done
        return done

    def stop(self) -> None:
        self._stop_event.set()
        self.join(timeout=30)


@dataclass
class Report:
    """Where every planned ticket ended up, by our database and by the sandbox."""

    statuses: dict[str, str]  # plan key -> ticket status ("missing" when it never reached the database)
    waiting: set[str]  # plan keys waiting for a person
    reasons: Counter[str]  # escalation reasons, cut short
    actions: list[tuple[str, str, str]]  # (kind, target, status)
    died: int  # actions whose worker died or whose answer was lost (they went through unknown_outcome)
    landed_in_kill: dict[str, str]  # reset's target -> its ticket's status, for resets whose worker died
    delivered: set[str]  # targets of those resets whose password was delivered by link
    settled_at: dict[str, float]  # plan key -> first time seen final or waiting for a person
    sandbox_rows: list[dict[str, Any]] = field(default_factory=list)
    sandbox_state: dict[str, Any] = field(default_factory=dict)
    posted_at: float | None = None
    settled_after: float | None = None

    @property
    def lost(self) -> dict[str, str]:
        return {e: s for e, s in self.statuses.items() if s not in FINAL and e not in self.waiting}


def read_outcomes(plans: list[TicketPlan]) -> Report:
    """One read of our database: every planned ticket's status, its actions, and what waits for a person."""
    from django.db import close_old_connections

    from approvals.models import ApprovalRequest
    from playbooks.models import Action
    from tickets.models import OneTimeSecret, Ticket, TicketEvent

    close_old_connections()
    keys = {p.key for p in plans}
    rows = Ticket.objects.filter(external_id__in={p.external_id for p in plans})
    tickets = {key: t for t in rows if (key := f"{t.source}:{t.external_id}") in keys}
    ids = [t.pk for t in tickets.values()]
    statuses = {p.key: (tickets[p.key].status if p.key in tickets else "missing") for p in plans}
    waiting = {f"{source}:{external_id}" for source, external_id in ApprovalRequest.objects.filter(
        status="open", action__ticket__in=ids, action__ticket__status="awaiting_approval",
    ).values_list("action__ticket__source", "action__ticket__external_id")}
    reasons = Counter(t.escalation_reason[:90] for t in tickets.values() if t.status == "escalated")
    actions = list(Action.objects.filter(ticket__in=ids).values_list("kind", "target", "status"))
    died = set(TicketEvent.objects.filter(ticket__in=ids, kind="action.unknown_outcome")
               .values_list("data__action", flat=True))
    resets = Action.objects.filter(pk__in=died, kind="reset_password").select_related("ticket")
    landed_in_kill = {a.target.lower(): a.ticket.status for a in resets}
    with_link = set(OneTimeSecret.objects.filter(action__in=resets).values_list("action_id", flat=True))
    delivered = {a.target.lower() for a in resets if a.pk in with_link and a.ticket.status == "resolved"}
    return Report(statuses, waiting, reasons, actions, len(died), landed_in_kill, delivered, {})


def settle_report(stack: Stack, plans: list[TicketPlan], *, deadline: float, poll: float = 2.0) -> Report:
    """Wait until every ticket is final or waits for a person (or the deadline), then read the whole outcome."""
    settled_at: dict[str, float] = {}
    while True:
        report = read_outcomes(plans)
        now = time.time()
        for key, status in report.statuses.items():
            if (status in FINAL or key in report.waiting) and key not in settled_at:
                settled_at[key] = now
        if not report.lost:
            report.settled_after = now
            break
        if now >= deadline:
            break
        time.sleep(poll)
    report.settled_at = settled_at
    report.posted_at = getattr(stack, "posted_at", None)
    report.sandbox_rows = stack.sandbox_get("/_control/requests")
    report.sandbox_state = stack.sandbox_get("/_control/state")
    return report


def count_writes(report: Report, plans: list[TicketPlan]) -> tuple[Tally, Agreement]:
    """The identity-provider writes to the bench's own users (seed_demo writes to the demo's), and how they agree
    with our actions."""
    users = {p.user for p in plans}
    writes = [w for w in identity_writes(report.sandbox_rows, user_aliases(report.sandbox_state))
              if w.user in users or w.kind == "other"]
    tallied = tally(writes)
    return tallied, compare(tallied, report.actions)


def landed_resets_in_kill(report: Report, tallied: Tally) -> tuple[int, int]:
    """(resets whose worker died and whose write landed at the vendor, how many of them delivered a password)."""
    landed = [t for t in report.landed_in_kill if tallied.landed_for("reset_password", t)]
    return len(landed), sum(1 for t in landed if t in report.delivered)


def acceptance_failures(report: Report, tallied: Tally, agreement: Agreement) -> list[str]:
    failures = []
    if report.lost:
        failures.append(f"{len(report.lost)} ticket(s) lost: {dict(Counter(report.lost.values()))}")
    if tallied.duplicates:
        failures.append(f"{sum(tallied.duplicates.values())} duplicate vendor write(s)")
    if agreement.unseen_successes:
        failures.append(f"{len(agreement.unseen_successes)} success(es) the vendor never saw")
    if agreement.missed_changes:
        failures.append(f"{len(agreement.missed_changes)} vendor change(s) our database missed")
    landed, delivered = landed_resets_in_kill(report, tallied)
    if landed and delivered < 0.9 * landed:
        failures.append(f"only {delivered} of {landed} resets that landed during a kill delivered their password")
    return failures


def print_table(*, title: str, plans: list[TicketPlan], report: Report, tallied: Tally, agreement: Agreement,
                extra: list[tuple[str, str]]) -> None:
    by_status = Counter(report.statuses.values())
    landed, delivered = landed_resets_in_kill(report, tallied)
    refused = sum(n for key, n in tallied.refused.items() if key[0] != "other")
    rows = [
        ("tickets posted", f"{len(plans)} ({dict(Counter(p.kind for p in plans))})"),
        ("final", str(sum(n for s, n in by_status.items() if s in FINAL)) + f" ({_only(by_status, FINAL)})"),
        ("waiting for a person", str(len(report.waiting))),
        ("LOST (anything else)", f"{len(report.lost)} ({dict(Counter(report.lost.values()))})"),
        ("actions by status", str(dict(Counter(s for _, _, s in report.actions)))),
        ("IdP writes landed (sandbox log)", str(sum(n for k, n in tallied.landed.items() if k[0] != "other"))),
        ("IdP write attempts refused by the vendor", str(refused)),
        ("DUPLICATE vendor writes", str(sum(tallied.duplicates.values()))),
        ("successes the vendor never saw", str(len(agreement.unseen_successes))),
        ("vendor changes our database missed", str(len(agreement.missed_changes))),
        ("actions whose outcome the reconciler settled", str(report.died)),
        ("resets that landed during a kill", str(landed)),
        ("  ... delivered their password", f"{delivered}" + (f" ({100 * delivered / landed:.0f}%)" if landed else "")),
        ("  ... escalated", str(sum(1 for t, s in report.landed_in_kill.items()
                                    if s == "escalated" and tallied.landed_for("reset_password", t)))),
        *extra,
    ]
    width = max(len(label) for label, _ in rows)
    print(f"\n{title}\n" + "-" * (width + 40))
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")
    for reason, n in report.reasons.most_common(6):
        print(f"  escalated x{n}: {reason}")
    for key, n in list(tallied.duplicates.items())[:10]:
        print(f"  duplicate: {key} +{n}")
    for key in (agreement.unseen_successes + agreement.missed_changes)[:10]:
        print(f"  disagreement: {key}")


def queued_tasks() -> int:
    """Tasks still waiting in the broker (django-q2's own count)."""
    from django_q.brokers import get_broker

    return int(get_broker().queue_size() or 0)


def logged_errors(*paths: Any) -> str:
    """How many ERROR lines the processes logged, and how many of them were database deadlocks."""
    lines = [line for path in paths if path.exists()
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    errors = sum(1 for line in lines if " ERROR " in line)
    deadlocks = sum(1 for line in lines if line.startswith("django.db.utils.OperationalError: deadlock detected"))
    return f"{errors} ERROR lines, {deadlocks} deadlocks"


def _only(counts: Counter[str], keep: set[str]) -> str:
    return ", ".join(f"{s} {n}" for s, n in sorted(counts.items()) if s in keep)
