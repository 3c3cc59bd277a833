"""Plan mode performs no write on any sandbox vendor, per identity provider and for every category, checked from the
sandbox's own state and request log, even with every policy at its loosest (so a live run would have written)."""

from __future__ import annotations

import copy

import pytest

from tenants.models import Tenant
from tests.trust.helpers import loosest_policies, pushes, submit

pytestmark = pytest.mark.django_db
PSA = {"contoso": "connectwise", "northwind": "autotask", "fabrikam": "halopsa"}
PEOPLE = {
    "contoso": ("adele.vance@contoso.example", "megan.bowen@contoso.example", "Billing Team",
                "billing@contoso.example"),
    "northwind": ("janet.leverling@northwind.example", "nancy.davolio@northwind.example", "Paralegals", ""),
    "fabrikam": ("priya.shah@fabrikam.example", "tom.higgins@fabrikam.example", "Estimating", ""),
}


def vendor_state(sandbox, psa: str) -> dict:
    """Every vendor's state but the PSA's; the login authority's count of tokens issued is a read, not a write."""
    state = {k: copy.deepcopy(v) for k, v in sandbox.sandbox.state().items() if k != psa}
    state["entra"].pop("tokens_issued", None)
    return state


def every_category(slug: str) -> list[tuple[str, str, str]]:
    """(requester, subject, body) for each category: the user's own requests and their manager's."""
    user, manager, group, mailbox = PEOPLE[slug]
    rows = [
        (user, "Password reset please", "Hi, I forgot my password, can you reset it please?"),
        (user, "Account locked", "My account is locked out, can you unlock it please?"),
        (user, "MFA reset please", "My authenticator app shows wrong codes, please reset my MFA."),
        (user, "New phone - reset my MFA", "I got a new phone and my authenticator app is gone. Please reset my MFA."),
        (manager, "Add to group", f"Please add {user} to the {group} group."),
        (manager, "Licence request", f"Please assign a Visio licence to {user}"),
        (manager, "New starter: Jane Doe", "Please create an account for our new hire Jane Doe starting on "
                                           "Monday 3 March 2025."),
        (manager, f"Leaver: {user}", f"{user} is leaving us, the last day is 2025-03-07. Please disable the account."),
    ]
    if mailbox:
        rows.append((manager, "Shared mailbox access", f"Please give {user} full access to the {mailbox} shared "
                                                        "mailbox."))
    return rows


@pytest.mark.parametrize("slug", ["contoso", "northwind", "fabrikam"])
def test_plan_mode_writes_nothing_to_any_vendor_for_any_category(trust_world, sandbox, mailoutbox, slug):
    Tenant.objects.filter(slug=slug).update(mode="plan")
    loosest_policies(slug)
    psa = PSA[slug]
    before = vendor_state(sandbox, psa)
    tickets = [submit(slug, *row) for row in every_category(slug)]

    assert {t.status for t in tickets} <= {"planned", "escalated"}, [(t.subject, t.status) for t in tickets]
    planned = [t for t in tickets if t.status == "planned"]
    assert len(planned) >= 5
    # What the tenant's identity provider cannot do is never planned, so never "would run" (Okta and Google have no
    # licences, Google no unlock): those tickets go to a technician with the reason.
    cannot = [t for t in tickets if "its connector does not support it" in t.escalation_reason]
    assert len(cannot) == {"contoso": 0, "northwind": 1, "fabrikam": 2}[slug], [t.subject for t in cannot]
    # The plan would have acted: with these policies a live tenant would have written to the directory.
    decisions = [a.decision for t in planned for a in t.actions.all()]
    assert "autonomous" in decisions and all(a.status == "planned" for t in planned for a in t.actions.all())

    after = vendor_state(sandbox, psa)
    assert after == before  # every vendor but the PSA is exactly as it was
    writes = [w for w in sandbox.sandbox.writes() if w["vendor"] != psa]
    assert writes == []
    assert pushes(sandbox) == [] and mailoutbox == []
    # The PSA got only what plan mode promises: its ticket, and one internal "would have" note per ticket.
    notes = [w for w in sandbox.sandbox.writes(psa) if "would have" in w["body"]]
    assert len(notes) == len(planned)
