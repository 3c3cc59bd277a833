"""The acceptance verdict's own checks, on made-up vendor states: each must fail on the mistakes it is there to catch
(the right change for the wrong person, a different right, a change nobody asked for)."""

from __future__ import annotations

import copy

from tests.requests import effects
from tests.requests.spec import Want

SARAH, MEGAN = "sarah.lee@contoso.example", "megan.bowen@contoso.example"
JANET, NANCY = "janet.leverling@northwind.example", "nancy.davolio@northwind.example"
VISIO_ID = "927eb517"


def entra(**boxes) -> effects.Snapshot:
    snap = {("user", SARAH): {"assignedLicenses": []}, ("user", MEGAN): {"assignedLicenses": []},
            ("sku", "visioclient"): {"skuId": VISIO_ID, "total": 2, "consumed": 1}}
    for address, rights in boxes.items():
        snap[("mailbox", address)] = {"address": address, **rights}
    return snap


def test_a_right_given_to_the_requester_instead_of_the_person_named_is_not_done():
    before = entra(billing={"full_access": [], "send_as": [], "send_on_behalf": []})
    after = entra(billing={"full_access": [], "send_as": [], "send_on_behalf": [MEGAN]})
    want = Want("grant_mailbox_access", SARAH, "billing", ("SendOnBehalf",))
    assert not effects.happened(want, "contoso", before, after)
    right = entra(billing={"full_access": [], "send_as": [], "send_on_behalf": [SARAH]})
    assert effects.happened(want, "contoso", before, right)


def test_full_access_given_when_send_as_was_asked_is_not_done():
    before = entra(billing={"full_access": [], "send_as": [], "send_on_behalf": []})
    after = entra(billing={"full_access": [SARAH], "send_as": [], "send_on_behalf": []})
    assert not effects.happened(Want("grant_mailbox_access", SARAH, "billing", ("SendAs",)), "contoso", before, after)


def test_a_licence_is_matched_by_its_sku_whatever_the_case():
    before = entra()
    after = copy.deepcopy(before)
    after[("user", SARAH)]["assignedLicenses"].append({"skuId": VISIO_ID})
    assert effects.happened(Want("assign_license", SARAH, "VISIOCLIENT"), "contoso", before, after)
    assert not effects.happened(Want("assign_license", MEGAN, "VISIOCLIENT"), "contoso", before, after)


def test_sessions_revoked_for_the_requester_are_a_stray_change_and_not_the_one_asked():
    before = {("user", JANET): {"status": "ACTIVE"}, ("user", NANCY): {"status": "ACTIVE"}}
    after = copy.deepcopy(before)
    after[("user", NANCY)]["_events"] = ["sessions_revoked"]
    want = Want("revoke_sessions", JANET)
    assert not effects.happened(want, "northwind", before, after)
    assert effects.changed(before, after) - effects.entities(want, "northwind") == {("user", NANCY)}
