"""The playbooks through every technician's channel on Okta (northwind) and Google Workspace (fabrikam), judged from
those vendors' and the RMM's own state: what test_playbooks_every_channel.py proves on Entra, for the other two
identity providers. Their offboarding does what the provider can and leaves the rest to a technician by name
(tests/onboarding/test_offboarding.py); every step it planned runs."""

from __future__ import annotations

from typing import Any

import pytest

from playbooks.choices import ActionStatus
from rallied.kinds import get_kind
from tenants.models import Tenant
from tests.chat.test_playbooks_every_channel import APPROVE, approve_through
from tests.onboarding.test_offboarding import JANET, PRIYA, directory
from tests.onboarding.test_onboarding import CASES, REQUESTER, account
from tests.rmm.helpers import rmm_device, spare_host
from tests.trust.helpers import submit

pytestmark = pytest.mark.django_db
NEW = {case[0]: case[1:] for case in CASES if case[0] != "contoso"}
LEAVER = {"northwind": (JANET, "Janet Leverling"), "fabrikam": (PRIYA, "Priya Shah")}
NO_MFA = {"northwind": [], "fabrikam": [False, 0, []]}


def _live(slug: str) -> None:
    Tenant.objects.filter(slug=slug).update(mode=Tenant.Mode.LIVE)  # the shipped policies: a technician approves


def _sensitive_only(refused: dict[str, str]) -> None:
    """Slack sends to the queue only what needs the approver's second factor."""
    assert all(get_kind(kind).sensitive for kind in refused), refused


@pytest.mark.parametrize("slug", sorted(NEW))
@pytest.mark.parametrize("channel", sorted(APPROVE))
def test_an_onboarding_approved_through_each_channel_runs_every_step(world: Any, sandbox: Any, channel: str,
                                                                    slug: str) -> None:
    name, address, manager, body, groups = NEW[slug]
    _live(slug)
    assert account(sandbox, slug, address) is None
    ticket = submit(slug, REQUESTER[slug], f"New starter: {name}", body)
    assert ticket.status == "awaiting_approval", (ticket.status, ticket.escalation_reason)
    _sensitive_only(approve_through(channel, ticket))
    made = account(sandbox, slug, address)
    assert made is not None, [(a.kind, a.status, a.error) for a in ticket.actions.all()]
    assert made["name"] == name and made["manager"] == manager and made["groups"] >= groups
    assert rmm_device(sandbox, slug, spare_host(slug))["owner"] == address
    assert set(ticket.actions.values_list("status", flat=True)) == {ActionStatus.SUCCEEDED}


@pytest.mark.parametrize("slug", sorted(LEAVER))
@pytest.mark.parametrize("channel", sorted(APPROVE))
def test_an_offboarding_approved_through_each_channel_runs_every_step(world: Any, sandbox: Any, channel: str,
                                                                     slug: str) -> None:
    address, name = LEAVER[slug]
    _live(slug)
    before = directory(sandbox, slug, address)
    assert before["enabled"] and before["mfa"] != NO_MFA[slug]
    ticket = submit(slug, REQUESTER[slug], f"Leaver: {name}", f"Please offboard {address}, today was their last day.")
    assert ticket.actions.filter(status=ActionStatus.AWAITING_APPROVAL).exists(), ticket.status
    _sensitive_only(approve_through(channel, ticket))
    after = directory(sandbox, slug, address)
    assert not after["enabled"] and after["mfa"] == NO_MFA[slug] and after["groups"] <= {"Everyone"}
    assert after["password"] != before["password"]
    for step in ticket.actions.filter(kind="unassign_device"):
        assert rmm_device(sandbox, slug, step.params["device_name"])["owner"] is None
    assert set(ticket.actions.values_list("status", flat=True)) == {ActionStatus.SUCCEEDED}
