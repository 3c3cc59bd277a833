"""Broker loss: tickets whose tasks wait in Redis at four points, then the broker's Redis db is flushed.

Issue 13's second acceptance run. With the cluster stopped, tickets are brought to four points where their next
step is only a task waiting in Redis:

- api: received through the REST API (start_ticket queued);
- webhook: received through a PSA webhook (ConnectWise for Contoso, Autotask for Northwind; start_ticket queued);
- approved: a group add a technician approved through the API (execute_action queued);
- finalisation: the approved action ran (here, in this process, as a worker would) and succeeded, and the ticket
  waits to be settled (settle_ticket queued).

Then FLUSHDB on the broker's own Redis db (never FLUSHALL), the cluster starts, and the bench reports per point how
many tickets reached a final state (or wait for a person) and how long after the cluster's start. Exit status 1
when any ticket did not recover within `--target` seconds (2 minutes by default).

Run (a Redis broker is required; each bench on its own database and Redis db):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/rallied_flush1 RALLIED_BROKER=redis://127.0.0.1:6379/15 \\
        .venv/bin/python bench/broker_flush.py --per-point 8 --fresh
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.durability import (
    Approver,
    TicketPlan,
    acceptance_failures,
    count_writes,
    logged_errors,
    post_ticket,
    print_table,
    queued_tasks,
    read_outcomes,
    settle_report,
    users_for,
)
from bench.stack import Stack

PREFIX = "flush-"
POINTS = ("api", "webhook", "approved", "finalisation")
PSA = {"contoso": ("connectwise", "ContosoDental"), "northwind": ("autotask", "29684355")}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-point", type=int, default=8, help="tickets waiting at each of the four points")
    parser.add_argument("--target", type=float, default=120.0, help="every ticket must recover within this (s)")
    parser.add_argument("--wait", type=float, default=300.0, help="how long to watch after the flush (s)")
    parser.add_argument("--fresh", action="store_true",
                        help="drop and recreate DATABASE_URL's database and FLUSHDB the broker's Redis db first")
    return parser.parse_args()


def plans_by_point(per_point: int) -> dict[str, list[TicketPlan]]:
    """Resets for the two intake points, group adds for the two that follow a technician's approval."""
    plans: dict[str, list[TicketPlan]] = {}
    for point in POINTS:
        kind = "reset_password" if point in ("api", "webhook") else "add_to_group"
        plans[point] = []
        for i in range(per_point):
            tenant = ("contoso", "northwind")[i % 2]
            domain = "contoso.example" if tenant == "contoso" else "northwind.example"
            name = f"{PREFIX}{point}-{i}"
            plans[point].append(TicketPlan(name, tenant, kind, f"{name}@{domain}"))
    return plans


def open_in_psa(stack: Stack, plan: TicketPlan) -> TicketPlan:
    """A new ticket in the tenant's PSA, whose webhook the sandbox delivers to our /hooks/; returns the plan with
    the PSA's ticket id (the ticket's external id on our side)."""
    vendor, company = PSA[plan.tenant]
    answer = stack.sandbox_post(f"/_control/vendors/{vendor}/tickets", {
        "company": company, "summary": plan.subject, "description": plan.body, "requester_email": plan.user,
        "requester_name": plan.user.split("@")[0], "deliver_to": f"{stack.web_url}/hooks/{vendor}/"})
    delivery = answer.get("delivery") or {}
    if delivery.get("status") not in (200, 201, 202):
        raise RuntimeError(f"webhook for {plan.external_id} not accepted: {delivery}")
    return TicketPlan(str(answer["ticket"]["id"]), plan.tenant, plan.kind, plan.user, source=vendor)


def wait_for(plans: list[TicketPlan], done: set[str], timeout: float = 180.0) -> None:
    """Until every plan's ticket reaches one of `done` (a status, or "waiting" for a person)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        report = read_outcomes(plans)
        if all(s in done or ("waiting" in done and k in report.waiting) for k, s in report.statuses.items()):
            return
        time.sleep(1)
    raise TimeoutError(f"tickets did not reach {done}: {read_outcomes(plans).statuses}")


def run_approved_actions_here(plans: list[TicketPlan]) -> None:
    """Run the plans' approved actions in this process, as a worker would (the task's own entry point): the
    settle_ticket doorbell they ring goes to Redis, where the flush takes it."""
    from playbooks.models import Action
    from playbooks.tasks import execute_action_task

    keys = {p.external_id for p in plans}
    for action_id in Action.objects.filter(ticket__external_id__in=keys, status="approved").values_list("pk",
                                                                                                        flat=True):
        execute_action_task(action_id)


def stage(stack: Stack, tokens: dict[str, str], plans: dict[str, list[TicketPlan]]) -> dict[str, list[TicketPlan]]:
    """Bring each point's tickets to where only a Redis task would move them; returns the plans as tracked."""
    later = plans["approved"] + plans["finalisation"]
    for plan in later:  # with the cluster running: up to the technician's queue
        post_ticket(stack, plan, tokens[plan.tenant])
    wait_for(later, {"waiting"})
    stack.kill("cluster")  # SIGKILL of the process group: nothing it held finishes
    technician = Approver(stack, tokens["tech"])
    technician.approve_waiting()  # execute_action queued for both points
    run_approved_actions_here(plans["finalisation"])  # settle_ticket queued
    for plan in plans["api"]:
        post_ticket(stack, plan, tokens[plan.tenant])
    return {**plans, "webhook": [open_in_psa(stack, plan) for plan in plans["webhook"]]}


def main() -> int:
    args = parse_args()
    plans = plans_by_point(args.per_point)
    every = [p for point in POINTS for p in plans[point]]
    stack = Stack(users_for(every), prefix="rallied-flush-", env={"RALLIED_STUCK_AFTER_MINUTES": "1"})
    broker = stack.env.get("RALLIED_BROKER", "")
    if not broker.startswith(("redis://", "rediss://")):
        print("bench/broker_flush.py needs RALLIED_BROKER=redis://host:port/db (its own db: it is flushed)")
        return 2
    tokens = stack.boot(fresh=args.fresh)
    cluster_log = stack.cluster_log
    try:
        tracked = stage(stack, tokens, plans)
        every = [p for point in POINTS for p in tracked[point]]
        waiting_tasks = queued_tasks()
        import redis

        redis.Redis.from_url(broker).flushdb()
        stack.start_cluster(cluster_log)
        started = time.time()
        report = settle_report(stack, every, deadline=started + args.wait)
    finally:
        stack.stop()
    tallied, agreement = count_writes(report, every)
    failures, extra = [], [("tasks waiting in Redis when it was flushed", str(waiting_tasks))]
    for point in POINTS:
        times = sorted(report.settled_at[p.key] - started for p in tracked[point] if p.key in report.settled_at)
        late = sum(1 for t in times if t > args.target)
        missing = len(tracked[point]) - len(times)
        extra.append((f"{point}: recovered", f"{len(times) - late}/{len(tracked[point])} within {args.target:.0f}s"
                      + (f", median {statistics.median(times):.0f}s, max {times[-1]:.0f}s" if times else "")
                      + (f"; {missing} never" if missing else "")))
        if late or missing:
            failures.append(f"{point}: {late + missing} of {len(tracked[point])} not recovered within "
                            f"{args.target:.0f}s")
    failures += acceptance_failures(report, tallied, agreement)
    extra += [("database / broker", f"{stack.env['DATABASE_URL'].split('@')[-1]} / {broker}"),
              ("cluster and web logs", logged_errors(cluster_log, stack.web_log)),
              ("logs", f"{cluster_log}, {stack.web_log}")]
    print_table(title="Broker flush", plans=every, report=report, tallied=tallied, agreement=agreement, extra=extra)
    for failure in failures:
        print(f"NOT MET: {failure}")
    print("acceptance: " + ("met" if not failures else f"{len(failures)} bound(s) missed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
