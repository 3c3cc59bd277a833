"""Row locks taken next to an audit write lock only their own row.

An audit event carries a foreign key to its tenant, so on PostgreSQL inserting it needs a KEY SHARE lock on the
tenant row while its chain's head is held. A `select_for_update()` joined to the tenant locks that row FOR UPDATE
too: two workers following two tickets of one tenant then wait on each other (the tenant row against the chain's
head) and PostgreSQL kills one as a deadlock. The locks below must name their own table.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rallied.connectors.psa_types import PsaTicket
from tests.reliability.helpers import ADELE, submit
from tickets.updates import follow_update

pytestmark = pytest.mark.django_db


def _ticket_locks(queries: CaptureQueriesContext) -> list[str]:
    return [q["sql"] for q in queries.captured_queries
            if "FOR UPDATE" in q["sql"] and q["sql"].split(" FROM ", 1)[1].startswith('"tickets_ticket"')]


def test_following_a_psa_update_locks_the_ticket_row_and_not_its_tenant(world, contoso_api):
    ticket = submit(contoso_api, "lock-scope-1", ADELE)
    psa = PsaTicket(vendor="connectwise", id="1", company_id="1", subject=ticket.subject, state="closed")
    with CaptureQueriesContext(connection) as queries:
        follow_update(ticket=ticket, psa_ticket=psa, entries=[], actor="system:test")
    locks = _ticket_locks(queries)
    # SQLite has no row locks (it locks the file), so there the list is empty; PostgreSQL (CI's second run) must
    # lock the ticket, joined to its tenant, and name the ticket's table alone.
    assert len(locks) == int(connection.features.has_select_for_update_of)
    assert all('JOIN "tenants_tenant"' in sql and sql.endswith('FOR UPDATE OF "tickets_ticket"') for sql in locks), locks
