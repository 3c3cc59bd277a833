"""Licence names as people write them, resolved against a tenant's own catalogue (rallied/licences.py,
tenants/licences.py), and the Entra connector's catalogue read from the sandbox's subscribedSkus."""

from __future__ import annotations

from typing import Any

import pytest

from rallied.connectors.entra.sku_names import sku_name
from rallied.licences import LicenceSku, licence_words, match_licence
from tenants.licences import LicenceCatalogue, resolve_licence, resolve_licence_params
from tests.targets.helpers import idp as reader

ADELE, ALEX, MEGAN = "adele.vance@contoso.example", "alex.wilber@contoso.example", "megan.bowen@contoso.example"


def sku(part: str, total: int = 10, consumed: int = 0) -> LicenceSku:
    named = sku_name(part)
    return LicenceSku(sku=part, sku_id=f"id-{part}", name=named.name, total=total, consumed=consumed,
                      names=named.names, family=named.family)


class FakeIdp:
    """An identity connector's catalogue side only: what `licence_catalogue()` returns, and how often it was read."""

    vendor = "entra"
    supports = {"assign_license": "assign_license", "remove_license": "remove_license", "swap_license": "swap_license"}

    def __init__(self, *skus: LicenceSku) -> None:
        self.skus, self.reads = list(skus), 0

    def licence_catalogue(self) -> list[LicenceSku]:
        self.reads += 1
        return self.skus


def resolved(name: str, *skus: LicenceSku, **kw: Any) -> Any:
    return resolve_licence(name=name, catalogue=LicenceCatalogue(FakeIdp(*skus)), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "words"), [
    ("SPE_E3", "spe e3"), ("Exchange Online (Plan 1) licence", "exchange online plan 1"), ("an E3 license", "e3"),
    ("M365-E3", "m365 e3"), ("Lizenz Visio", "visio"), ("la licencia de E5", "e5"),
])
def test_licence_words_drop_punctuation_and_filler(text, words):
    assert licence_words(text) == words


@pytest.mark.parametrize("asked", ["E3", "e3 licence", "Microsoft 365 E3", "M365 E3", "SPE_E3", "an E3"])
def test_e3_is_microsoft_365_e3_where_the_tenant_has_only_that(asked):
    assert resolved(asked, sku("SPE_E3"), sku("SPB")).sku.sku == "SPE_E3"


@pytest.mark.parametrize("asked", ["E3", "Office 365 E3", "Microsoft 365 E3", "O365 E3"])
def test_e3_is_office_365_e3_where_the_tenant_has_only_that(asked):
    """People mix up the Office and the Microsoft suite: the family picks what the tenant actually bought."""
    assert resolved(asked, sku("ENTERPRISEPACK"), sku("O365_BUSINESS_ESSENTIALS")).sku.sku == "ENTERPRISEPACK"


def test_e3_with_both_suites_is_ambiguous_and_names_both():
    out = resolved("E3", sku("ENTERPRISEPACK"), sku("SPE_E3"))
    assert out.status == "ambiguous" and out.sku is None
    assert "Office 365 E3 (ENTERPRISEPACK)" in out.reason and "Microsoft 365 E3 (SPE_E3)" in out.reason


def test_an_exact_product_name_is_not_ambiguous_when_both_suites_exist():
    both = (sku("ENTERPRISEPACK"), sku("SPE_E3"))
    assert resolved("Microsoft 365 E3", *both).sku.sku == "SPE_E3"
    assert resolved("Office 365 E3", *both).sku.sku == "ENTERPRISEPACK"


@pytest.mark.parametrize(("asked", "part"), [
    ("Visio", "VISIOCLIENT"), ("Visio Plan 2", "VISIOCLIENT"), ("Business Premium", "SPB"),
    ("M365 Business Premium", "SPB"), ("Business Basic", "O365_BUSINESS_ESSENTIALS"),
    ("Business Standard", "O365_BUSINESS_PREMIUM"), ("Project Plan 3", "PROJECTPROFESSIONAL"),
    ("Exchange Online Plan 1", "EXCHANGESTANDARD"), ("F3", "SPE_F1"), ("Power BI Pro", "POWER_BI_PRO"),
    ("Teams Phone", "MCOEV"), ("E5", "SPE_E5"), ("the Visio licence for Adele", "VISIOCLIENT"),
])
def test_friendly_names_resolve_to_the_tenants_sku(asked, part):
    catalogue = [sku(p) for p in ("SPB", "O365_BUSINESS_ESSENTIALS", "O365_BUSINESS_PREMIUM", "VISIOCLIENT",
                                  "PROJECTPROFESSIONAL", "EXCHANGESTANDARD", "SPE_F1", "POWER_BI_PRO", "MCOEV",
                                  "SPE_E5", "POWER_BI_STANDARD")]
    assert resolved(asked, *catalogue).sku.sku == part


def test_part_numbers_with_brackets_and_copilot_resolve():
    catalogue = [sku("Microsoft_365_E3_(no_Teams)"), sku("Microsoft_365_Copilot"), sku("SPB")]
    assert resolved("E3", *catalogue).sku.sku == "Microsoft_365_E3_(no_Teams)"
    assert resolved("Microsoft_365_E3_(no_Teams)", *catalogue).sku.sku == "Microsoft_365_E3_(no_Teams)"
    assert resolved("a Copilot licence", *catalogue).sku.sku == "Microsoft_365_Copilot"
    assert resolved("E3", sku("Microsoft_365_E3_(no_Teams)"), sku("SPE_E3")).status == "ambiguous"


def test_business_premium_is_not_the_sku_whose_part_number_says_premium():
    """O365_BUSINESS_PREMIUM is Business Standard: asking for Business Premium on a tenant without SPB is not it."""
    out = resolved("Business Premium", sku("O365_BUSINESS_PREMIUM"))
    assert out.status == "catalogue" and "Microsoft 365 Business Standard (O365_BUSINESS_PREMIUM)" in out.reason


def test_a_specific_plan_the_tenant_lacks_is_not_swapped_for_its_sibling():
    out = resolved("Visio Plan 1", sku("VISIOCLIENT"))
    assert out.status == "catalogue" and "Visio Plan 2 (VISIOCLIENT)" in out.reason


def test_an_unknown_name_lists_the_tenants_licences_by_name():
    out = resolved("Power BI Pro", sku("SPB"), sku("VISIOCLIENT"), sku("SOME_NEW_SKU"))
    assert out.status == "catalogue" and out.sku is None
    assert out.reason == ("'Power BI Pro' is not a licence of this tenant. Its licences: Microsoft 365 Business "
                          "Premium (SPB), SOME_NEW_SKU, Visio Plan 2 (VISIOCLIENT).")


def test_two_licences_in_one_phrase_are_ambiguous_not_the_first():
    assert match_licence("E1 to E3", [sku("STANDARDPACK"), sku("SPE_E3")]).sku is None


def test_no_free_seat_is_refused_with_the_numbers_unless_the_user_holds_it():
    full = sku("SPE_E3", total=25, consumed=25)
    out = resolved("E3", full)
    assert out.status == "catalogue" and out.sku == full
    assert out.reason == "No free seat of Microsoft 365 E3 (SPE_E3): Microsoft 365 E3: 25 of 25 in use."
    assert resolved("E3", full, held={"id-SPE_E3"}).ok  # already theirs: the assign takes no new seat
    assert resolved("E3", full, need_seat=False).ok  # a removal gives a seat back


def test_blank_name_is_missing():
    assert resolved("  ", sku("SPB")).status == "missing"


def test_a_swap_resolves_both_licences_and_only_the_new_one_needs_a_seat():
    idp = FakeIdp(sku("STANDARDPACK", total=5, consumed=5), sku("SPE_E3", total=3, consumed=1))
    out = resolve_licence_params(kind="swap_license", params={"target": ADELE, "license": "E1",
                                                              "new_license": "Microsoft 365 E3"},
                                 catalogue=LicenceCatalogue(idp))  # type: ignore[arg-type]
    assert out.status == "ok" and out.params == {"target": ADELE, "license": "STANDARDPACK", "new_license": "SPE_E3"}
    assert out.notes == ["'E1' is Office 365 E1 (STANDARDPACK) in the tenant's licences (Office 365 E1: 5 of 5 in use).",
                         "'Microsoft 365 E3' is Microsoft 365 E3 (SPE_E3) in the tenant's licences "
                         "(Microsoft 365 E3: 1 of 3 in use)."]
    full = FakeIdp(sku("STANDARDPACK"), sku("SPE_E3", total=3, consumed=3))
    refused = resolve_licence_params(kind="swap_license", params={"target": ADELE, "license": "E1",
                                                                  "new_license": "E3"},
                                     catalogue=LicenceCatalogue(full))  # type: ignore[arg-type]
    assert refused.status == "catalogue" and refused.problems == [
        "No free seat of Microsoft 365 E3 (SPE_E3): Microsoft 365 E3: 3 of 3 in use."]
    assert refused.params["new_license"] == "E3"  # the words stay: nothing was resolved to run


def test_a_swap_into_the_same_licence_is_refused():
    out = resolve_licence_params(kind="swap_license", params={"target": ADELE, "license": "E3", "new_license": "SPE_E3"},
                                 catalogue=LicenceCatalogue(FakeIdp(sku("SPE_E3"))))  # type: ignore[arg-type]
    assert out.status == "ambiguous" and "with itself" in out.problems[0]


def test_the_catalogue_is_read_once_for_all_licences_of_a_pass():
    idp = FakeIdp(sku("STANDARDPACK"), sku("SPE_E3"))
    catalogue = LicenceCatalogue(idp)  # type: ignore[arg-type]
    for name in ("E1", "E3", "Visio"):
        resolve_licence(name=name, catalogue=catalogue)
    assert idp.reads == 1


def test_other_kinds_pass_unchanged():
    out = resolve_licence_params(kind="add_to_group", params={"group": "E3"},
                                 catalogue=LicenceCatalogue(FakeIdp()))  # type: ignore[arg-type]
    assert out.params == {"group": "E3"} and out.status == "ok"


# -- from the sandbox ------------------------------------------------------------------------------------------
def test_entra_catalogue_names_the_tenants_skus_with_seats(sandbox):
    entra = reader(sandbox, "contoso")
    skus = {s.sku: s for s in entra.licence_catalogue()}
    assert set(skus) == {"SPB", "O365_BUSINESS_ESSENTIALS", "VISIOCLIENT", "SPE_E3", "STANDARDPACK"}
    assert (skus["VISIOCLIENT"].name, skus["VISIOCLIENT"].total, skus["VISIOCLIENT"].consumed) == ("Visio Plan 2", 2, 1)
    assert skus["SPB"].seats == "Microsoft 365 Business Premium: 5 of 10 in use"
    [call] = sandbox.sandbox.requests("graph")
    assert (call["method"], call["path"]) == ("GET", "/v1.0/subscribedSkus")


def test_visio_resolves_on_contoso_which_has_visio_plan_2(sandbox):
    out = resolve_licence(name="Visio", catalogue=LicenceCatalogue(reader(sandbox, "contoso")))
    assert out.ok and out.sku.sku == "VISIOCLIENT"


@pytest.mark.parametrize(("vendor", "slug"), [("okta", "northwind"), ("google", "fabrikam")])
def test_okta_and_google_have_no_licence_catalogue(sandbox, vendor, slug):
    idp = reader(sandbox, slug)
    assert "assign_license" not in idp.supports and "swap_license" not in idp.supports
    out = resolve_licence_params(kind="assign_license", params={"license": "E3"}, catalogue=LicenceCatalogue(idp))
    assert out.status == "unsupported" and f"The {vendor} connector cannot assign license." in out.problems
    assert resolve_licence(name="E3", catalogue=LicenceCatalogue(idp)).status == "unsupported"
    assert sandbox.sandbox.requests() == []
