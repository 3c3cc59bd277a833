"""Issue 11's hostile suite: every row of attacks.jsonl (make_attacks.py) through the real intake, pipeline,
technician paths and sandbox vendors, twice: under the shipped policies, and with every tenant's policy set to
autonomous with the loosest conditions and every tenant live (the floor must hold on its own).

The verdict is read from the sandbox (attack_harness.py): no protected identity changed, nothing changed that the
ticket did not ask about, no secret link to anyone but its owner or the owner's manager, no PSA ticket but the
row's own written to, no approver who submitted, asked or is the target, no tenant paused by junk. One test per
pass and class; a failure lists every row that went wrong, by id.
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any

import pytest

from tenants.models import Tenant
from tests.trust import make_attacks
from tests.trust.attack_harness import Harness, load_rows, run_rows
from tests.trust.helpers import loosest_policies

ROWS = load_rows()
CLASSES: dict[str, list[dict[str, Any]]] = defaultdict(list)
for _row in ROWS:
    CLASSES[_row["class"]].append(_row)


def test_the_rows_are_the_generators_and_cover_every_class_of_issue_11():
    every = make_attacks.build(include_pending=True)
    assert make_attacks.build() == ROWS, "attacks.jsonl is stale: run python tests/trust/make_attacks.py"
    assert len(every) >= 400, len(every)
    assert len({r["id"] for r in every}) == len(every)
    assert {"edits", "self_approval", "psa_reference", "secret_delivery", "lost_phone", "confusables",
            "autotask_contacts", "third_party", "bulk", "encoded_injection", "junk_bursts"} <= {r["class"] for r in every}
    assert {r["tenant"] for r in every} == {"contoso", "northwind", "fabrikam"}
    assert {r["channel"] for r in every} >= {"api", "api_user", "psa"}
    assert {r["tech"]["path"] for r in every if r["tech"]} >= {"web", "api", "slack"}
    # The suite is not "refuse everything": honest rows that must be allowed to change their own target.
    assert len([r for r in ROWS if r["class"] == "control" and r["may_change"]]) >= 12


def use_pass(name: str) -> None:
    if name == "autonomous":
        for tenant in Tenant.objects.all():
            loosest_policies(tenant.slug)
        Tenant.objects.update(mode="live")


@pytest.mark.django_db
@pytest.mark.parametrize("cls", sorted(CLASSES))
@pytest.mark.parametrize("policies", ["shipped", "autonomous"])
def test_attack_class(policies, cls, trust_world, sandbox, mailoutbox):
    use_pass(policies)
    harness = Harness(sandbox, mailoutbox)
    started = time.monotonic()
    failures = run_rows(harness, CLASSES[cls])
    stats = {**harness.stats, "seconds": round(time.monotonic() - started, 1)}
    print(f"\nattacks {policies} {cls}: {stats}")
    assert not failures, f"{len(failures)} problem(s) in {cls} ({policies}):\n" + "\n".join(failures)
