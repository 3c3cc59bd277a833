"""'Upgrade X to E3' names only the new licence: a swap from the licence of that line X holds, found in the tenant's
catalogue and X's licences, or handed over with what X holds when there is none or more than one to pick."""

from __future__ import annotations

import json
from typing import Any

import pytest

from playbooks.models import Action
from tenants.licences import LicenceCatalogue, resolve_licence_params
from tests.licences.test_catalogue import ADELE, FakeIdp, sku
from tests.licences.test_licence_tickets import MEGAN, assign_licence_calls, graph, held, live
from tests.targets.helpers import approve_as_technician
from tests.trust.helpers import submit
from tickets.triage import triage

SUITES = (sku("O365_BUSINESS_ESSENTIALS"), sku("STANDARDPACK"), sku("SPE_E3"), sku("SPB"), sku("VISIOONLINE_PLAN1"),
          sku("VISIOCLIENT"))


def upgrade(new: str, holds: set[str]) -> Any:
    return resolve_licence_params(kind="swap_license", params={"target": ADELE, "license": "", "new_license": new},
                                  catalogue=LicenceCatalogue(FakeIdp(*SUITES)),  # type: ignore[arg-type]
                                  held={f"id-{part}" for part in holds})


@pytest.mark.parametrize(("new", "holds", "replaced", "added"), [
    ("E3", {"O365_BUSINESS_ESSENTIALS"}, "O365_BUSINESS_ESSENTIALS", "SPE_E3"),
    ("Business Premium", {"O365_BUSINESS_ESSENTIALS", "VISIOONLINE_PLAN1"}, "O365_BUSINESS_ESSENTIALS", "SPB"),
    ("Visio Plan 2", {"SPE_E3", "VISIOONLINE_PLAN1"}, "VISIOONLINE_PLAN1", "VISIOCLIENT"),
])
def test_an_upgrade_replaces_the_one_licence_of_its_line_the_user_holds(new, holds, replaced, added):
    out = upgrade(new, holds)
    assert out.status == "ok"
    assert (out.params["license"], out.params["new_license"]) == (replaced, added)


@pytest.mark.parametrize(("holds", "said"), [
    ({"O365_BUSINESS_ESSENTIALS", "STANDARDPACK"}, "several licences it could replace"),
    ({"VISIOONLINE_PLAN1"}, "no licence it would replace"),
    (set(), "no licence it would replace"),
    ({"SPE_E3"}, "already holds Microsoft 365 E3"),
])
def test_an_upgrade_with_none_or_two_to_replace_is_handed_over_with_what_the_user_holds(holds, said):
    out = upgrade("E3", holds)
    assert out.status == "ambiguous"
    assert said in out.problems[0]


@pytest.mark.parametrize(("subject", "body", "new"), [
    ("Upgrade", "Please upgrade Adele Vance to E3.", "E3"),
    ("Licence", "Can you move Adele Vance to Business Premium?", "Business Premium"),
    ("Lizenz", "Bitte stellen Sie Adele Vance auf Business Premium um.", "Business Premium"),
    ("Licence", "Merci de passer Adele Vance à E3.", "E3"),
    ("Licentie", "Zet Adele Vance alsjeblieft over naar E3.", "E3"),
])
def test_triage_reads_an_upgrade_without_from_as_a_swap_not_an_assign(subject, body, new):
    [intent] = triage(subject, body).intents
    assert (intent["kind"], intent["target_name"], intent["object"], intent["new_object"]) == (
        "swap_license", "Adele Vance", "", new)


def test_a_licence_asked_for_without_changing_one_is_still_an_assign():
    [intent] = triage("Visio", "Please assign a Visio licence to Adele Vance.").intents
    assert intent["kind"] == "assign_license"


@pytest.mark.django_db
def test_upgrade_to_business_premium_swaps_out_the_basic_plan_adele_holds(world, sandbox):
    live()
    before = held(sandbox, ADELE)
    assert "O365_BUSINESS_ESSENTIALS" in before and "SPB" not in before
    ticket = submit("contoso", MEGAN, "Licence upgrade", "Please upgrade Adele Vance to Business Premium.")
    [action] = Action.objects.filter(ticket=ticket)
    assert (action.kind, action.params["license"], action.params["new_license"]) == (
        "swap_license", "O365_BUSINESS_ESSENTIALS", "SPB")
    approve_as_technician(action)
    assert action.status == "succeeded"
    after = held(sandbox, ADELE)
    assert "SPB" in after and "O365_BUSINESS_ESSENTIALS" not in after  # the old plan is gone, not kept beside
    [call] = assign_licence_calls(sandbox)
    assert json.loads(call["body"])["removeLicenses"] == [graph(sandbox)["skus"]["O365_BUSINESS_ESSENTIALS"]["skuId"]]
