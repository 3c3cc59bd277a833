"""What one password-reset ticket costs the database, end to end, pinned like the queue page's query count.

The whole path of a self-service reset posted over the API (ingest, triage, verify, decide, execute, settle, reply,
PSA write-back) runs in this thread: django-q2's sync mode runs each task at its doorbell, and the test commits for
real (`transaction=True`), so every commit the product makes is one here. The ceilings are today's numbers: a change
that adds a query or a commit to every ticket fails here and says which statements ran; one that removes some
lowers the ceiling in the same commit.

Counted: every SQL statement (transaction control aside: SQLite's BEGIN has no PostgreSQL counterpart, so it is not
counted, while savepoints are, being a round trip on both), and every commit: an outermost atomic block's, or a
write run outside any transaction (autocommit: a commit of its own). django-q2's own bookkeeping of each task is
counted too: it is work the cluster does per ticket.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.db import connections

from tenants import api_auth
from tests.helpers import graph_user, post_ticket, psa_ticket, ticket_payload, token_client
from tickets.models import Ticket

# Today's counts, on SQLite (824cd8d, before issue 17's cuts: 250 statements, 45 commits).
# bench/e2e.py counts the same under a real cluster. Main's later work on the path raised it from 203 to 207 (204
# measured, 38 commits); a step's audit events chained once per unit of work (audit.services.unit_of_work) took it to
# 193; the PSA write-back's claim, each part's acceptance, and the reply's end with the move to resolved, each in one
# commit, to 190 and 25; the plan with the move to verification, to 187 and 24; each PSA part's acceptance marking the
# next part in flight in the same statement, to 184 and 21; the playbook read once per task, to 181; the last part's
# acceptance ending the write-back in the same commit, to 20 commits; the finished reply read with its ticket and
# tenant, to 179; the API's submission without a savepoint, a tenant check or reading back the ticket it just stored
# (tests/api/test_ingest_cost.py), to 173; a repeat found by the ticket's unique constraint instead of a SELECT before
# every insert, to 172; the decision's rate limits counted in one aggregate query and its policy read with the MSP
# default in one query, to 169; the settle's resolution note written from the outcomes the settle read, the reply's
# facts trusting the round its claim just read, and a requester's own link not read again before the reply carries it,
# to 165; the executor confirming the password it put aside without reading it again, to 164; a first start lease's
# conditional update and insert in one transaction, to 19 commits; the start step's re-read of its ticket bringing the
# tenant along, and the PSA ticket's opener trusting its locked read, to 162; the write-back recorded for the round
# its reply was claimed for, without a savepoint its caller does not need, to 159; the move to resolved conditional on
# the status read with the write-back row, not on a third read of it, to 158; the minutes saved read with each
# action's approval request in one query, to 157; the settled action's idempotency key sent with its signal instead of
# read by the undo receiver, to 156; a secret's link put in the reply from the row its delivery was planned with, to
# 155; a step's timeline rows held by its unit of work and written with one insert at its end (tickets/timeline.py),
# to 152; the PSA parts sent side by side accepted together once every call answered, one commit for them all, to
# 142 and 17; a PSA ticket check not reading again the id a copy without one lacks (only Rallied's own opening
# sets one later, which passes the check anyway), to 138; the write-back's row taken as its attempt left it, and the
# ticket's status not read again after the move to resolved that this call just made, to 136; the decisions stored
# with the moves they lead to (redecide's `then`), one commit, to 132 and 16; the write-back opened already claimed
# for the first attempt that follows at once, to 130 and 15; the PSA ticket Rallied opens stored with the first parts
# marked in flight, to 14 commits; a tenant's playbook and the MSP default read in one query, to 129; the plan's
# intents and actions each created with one insert that skips what is there (no get_or_create, savepoint each), to
# 124; the start lease given back in the route's commit, to 13 commits; the executor's look before its write not
# reading again the ticket that came with the action a moment before, to 123; a tenant's connections and their service
# accounts each read in one query per task, not one per vendor asked for (the start step's identity provider and Duo),
# to 121; the done reply's facts written from the round's actions the settle read, not a read of every action, to 120;
# the settle's look before writing back trusting the ticket it read at its start (the attempt looks again before
# its PSA calls), to 119; the executor handing the vendor the password its claim
# just put aside without reading it back, to 118; the done reply's row stored with its
# language and as the template's, not updated when written that way, to 117; the submission's tenant token
# remembered by the process since the warm-up read it (tenants/api_auth.py), to 116; a unit of work's audit events
# inserted pending, chained only by the action's claim and the move to resolved (audit.services.CHAIN_NOW), to 102;
# a tenant's connections read with their service accounts in one joined query per task (tenants/selectors.py), to 99;
# the service account's last_used_at written at most once a minute (tenants/services.note_service_account_used), to 98;
# the refusal watch's latest alert, its window and its refused tickets read in one statement (approvals/bursts.
# watch_state), to 96; the start lease taken with one statement that inserts it or takes it over where it lapsed
# (workflow/leases.py), to 95; the decision's first-of-kind check counted with its daily limits in one query
# (approvals/verification/context.action_history), to 94; a secret's recipient read from the ticket's confirmed managers
# read once, not twice (workflow/delivery.recipient), to 93; the reply's row inserted unless its stage's row for the
# round is there, in one statement instead of a savepoint around it (rallied/inserts.insert_unless_taken), to 91; the
# PSA's last acceptance and the write-back's end in one conditional update (tickets/psa_writeback._accept), to 90; the
# settle's actions read with their approval requests, which the resolution note names, not one read per action
# (playbooks/selectors.round_actions), to 89; the done reply finished from the row its settle claimed, while still
# claimed, not read again (workflow/writeback._reply_delivered), to 88; the kill switch's fields of the tenant read
# with its burst's count in one query (approvals/bursts.refresh_with_burst), to 87; the start step's first taker of
# its lease trusting its read of the ticket, read again only after another holder (workflow/lifecycle.start_ticket),
# to 86; the plan's actions returned by their insert (rallied/inserts.insert_skipping_taken), only a skipped one read
# back, to 85; the done reply claimed for the round the settle read with its ticket, which cannot move while the ticket
# is writing back (workflow/replies.prepare_reply's round_read), to 84; the hand-over rule's reviews not read for a
# first round whose actions, read with their approval requests, have none (workflow/delivery._unreviewed), to 83; the
# chosen playbook read with its steps in one query (playbooks/planning._read_playbook), to 82; each action's decision
# written by the move it leads to, not an update before it (playbooks.services.store_decision's `carried`), to 81;
# the minutes saved counted from the actions the settle read with their approval requests, on a first round
# (workflow/value_report.minutes_saved_on_resolving's `actions`), to 80; the confirmed managers not read where no
# approval request is, a manager being asked only alongside one (workflow/delivery.recipient), to 79; the protected
# identities read once per task for both the resolution's look and the floor's reasons (tenants/selectors.
# protected_identities), to 78.
MAX_QUERIES = 78
MAX_COMMITS = 13
# PostgreSQL's counts differ, and the pin is per vendor: there one statement can write several tables (a data-modifying
# WITH), which SQLite cannot. The API's submission with its timeline row and audit event, one statement and its own
# commit (rallied/inserts.py), made it 100 and 12; a step's end writing its timeline rows, its audit events, and when
# it chains the pending events' links and the head, in one statement (audit/writes.py), to 86; the connections read
# with their service accounts in one query per task, to 83; the service account's last use written at most once a
# minute, to 82; the refusal watch's three reads in one, to 80; the start lease taken with one statement, not a
# conditional update and an insert, to 79; the first-of-kind check counted with the daily limits, to 78; the confirmed
# managers read once, to 77; the reply's row without a savepoint, to 75; the last acceptance ending the write-back in
# the same statement, to 74; the settle's actions read with their approval requests, to 73; the done reply finished from
# the row its settle claimed, to 72; the kill switch's tenant fields read with the burst's count, to 71; the start
# lease's first taker not reading its ticket again, to 70; the plan's actions returned by their insert, to 69; the
# done reply claimed for the round the settle read, to 68; no reviews read where no approval request is, to 67; the
# playbook read with its steps, to 66; the decision written by the move it leads to, to 65; the minutes saved from
# the settle's actions, to 64; no confirmed managers read where no approval request is, to 63; the protected
# identities read once per task, to 62.
MAX_QUERIES_POSTGRESQL = 62
# Commits on PostgreSQL were undercounted by one until this count read a write inside a WITH run outside a transaction
# (the submission's one statement, rallied/inserts.py) as the commit it is: 13, one more than the same path counted
# before, not one more that it makes.
MAX_COMMITS_POSTGRESQL = 13

WARM_UP = "sarah.lee@contoso.example"  # a first ticket fills what a running server already holds (content types)
MEASURED = "adele.vance@contoso.example"


@dataclass
class Work:
    statements: list[str] = field(default_factory=list)
    commits: int = 0

    def summary(self) -> str:
        """The statements by their first words, most frequent first: enough to see what grew."""
        shapes = Counter(re.sub(r'"s\d+_x\d+"', '"s*"', " ".join(sql.split()[:6])) for sql in self.statements)
        return "\n".join(f"{n:4d}  {shape}" for shape, n in shapes.most_common())


_WRITES = ("INSERT", "UPDATE", "DELETE")
# A statement that writes from inside a WITH (PostgreSQL's data-modifying CTE: rallied/inserts.py, audit/writes.py)
# commits on its own outside a transaction just as a bare INSERT does.
_WRITE_IN_WITH = re.compile(r"\b(?:INSERT|UPDATE|DELETE)\b")


def writes(words: str) -> bool:
    return words.startswith(_WRITES) or (words.startswith("WITH") and _WRITE_IN_WITH.search(words) is not None)


@contextlib.contextmanager
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[Work]:
    work = Work()
    wrapper = connections["default"]
    real_commit = wrapper.commit

    def commit() -> Any:
        work.commits += 1
        return real_commit()

    def execute(run: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        words = sql.lstrip().upper()
        if not words.startswith("BEGIN"):
            work.statements.append(sql)
            if not wrapper.in_atomic_block and writes(words):
                work.commits += 1
        return run(sql, params, many, context)

    with monkeypatch.context() as patch:
        patch.setattr(wrapper, "commit", commit)
        with wrapper.execute_wrapper(execute):
            yield work


def resolve_reset(client: Any, external_id: str, requester: str) -> Ticket:
    created = post_ticket(client, ticket_payload(external_id, requester))
    assert created.status_code == 201, created.content
    ticket = Ticket.objects.get(pk=created.json()["id"])
    assert ticket.status == "resolved", ticket.escalation_reason
    return ticket


@pytest.mark.django_db(transaction=True)
def test_one_password_reset_stays_within_its_query_and_commit_budget(world, tenant_key, sandbox, monkeypatch, request):
    client = token_client(tenant_key("contoso"))
    # A burst's submissions find their token remembered (tenants/api_auth.py); how long that lasts is pinned by the
    # API's own tests. Here the warm-up's ticket, the first of the process, can take longer than that when this test
    # runs alone (the triage plans, the sandbox's first calls), which read the token once more: a count that
    # depended on the machine's speed.
    monkeypatch.setattr(api_auth, "REMEMBER_SECONDS", 600.0)
    request.addfinalizer(api_auth.forget_tokens)  # nothing remembered this long outlives the test
    resolve_reset(client, "cost-warm-up", WARM_UP)
    # HTTP calls, a Graph $batch once. 10 for this reset (issue 17): 3 Graph (the decision's read and the fresh read
    # before the write, one $batch each, and the write; 5 before a read was one batch), 1 Duo push, 6 ConnectWise
    # (look for a ticket with this one's mark, open it, then note, reply and time entry sent together, then close).
    calls_before = len(sandbox.sandbox.calls())

    with counted(monkeypatch) as work:
        ticket = resolve_reset(client, "cost-1", MEASURED)

    # The path really ran: the directory changed her password, the PSA ticket is closed.
    assert ticket.category == "password_reset"
    assert graph_user(sandbox, MEASURED)["password"]["forceChangePasswordNextSignIn"] is True
    assert psa_ticket(sandbox, ticket.psa_ticket_id)["closedFlag"] is True

    vendor_calls = len(sandbox.sandbox.calls()) - calls_before
    report = (f"{len(work.statements)} statements, {work.commits} commits, {vendor_calls} vendor calls:\n"
              f"{work.summary()}")
    print(report)
    postgresql = connections["default"].vendor == "postgresql"
    assert len(work.statements) <= (MAX_QUERIES_POSTGRESQL if postgresql else MAX_QUERIES), report
    assert work.commits <= (MAX_COMMITS_POSTGRESQL if postgresql else MAX_COMMITS), report
