"""`find_users_by_name` on each identity provider, against the sandbox's vendor contracts."""

from __future__ import annotations

import pytest

from tests.targets.helpers import add_person, idp, searches

SLUGS = ["contoso", "northwind", "fabrikam"]
DOMAIN = {"contoso": "contoso.example", "northwind": "northwind.example", "fabrikam": "fabrikam.example"}
KNOWN = {"contoso": ("Alex Wilber", "alex.wilber"), "northwind": ("Janet Leverling", "janet.leverling"),
         "fabrikam": ("Tom Higgins", "tom.higgins")}


def _upns(users) -> list[str]:
    return sorted(u.upn.lower() for u in users)


@pytest.mark.parametrize("slug", SLUGS)
def test_a_full_name_finds_exactly_that_person(sandbox, slug):
    name, local = KNOWN[slug]
    found = idp(sandbox, slug).find_users_by_name(name.upper())  # the vendors compare without case
    assert _upns(found) == [f"{local}@{DOMAIN[slug]}"]
    assert found[0].display_name == name and found[0].enabled


@pytest.mark.parametrize("slug", SLUGS)
def test_an_unknown_name_finds_no_one(sandbox, slug):
    assert idp(sandbox, slug).find_users_by_name("Nobody Atall") == []


@pytest.mark.parametrize("slug", SLUGS)
def test_one_word_finds_names_starting_with_it_and_that_last_name(sandbox, slug):
    d = DOMAIN[slug]
    add_person(sandbox, slug, "Zed Alpha", f"zed.alpha@{d}")
    add_person(sandbox, slug, "Zedekiah Beta", f"zedekiah.beta@{d}")
    add_person(sandbox, slug, "Amy Zed", f"amy.zed@{d}")  # the word may be a last name too
    add_person(sandbox, slug, "Amy Zedd", f"amy.zedd@{d}")  # but not a last name starting with it
    found = _upns(idp(sandbox, slug).find_users_by_name("Zed"))
    assert found == [f"amy.zed@{d}", f"zed.alpha@{d}", f"zedekiah.beta@{d}"]


@pytest.mark.parametrize("slug", SLUGS)
def test_quotes_in_names_are_escaped_for_each_vendor(sandbox, slug):
    d = DOMAIN[slug]
    add_person(sandbox, slug, "Sinéad O'Brien", f"sinead.obrien@{d}")
    add_person(sandbox, slug, 'Jo "JJ" Smith', f"jo.smith@{d}")
    add_person(sandbox, slug, "Sinéad Obrien", f"sinead.obrien2@{d}")  # not the same name
    connector = idp(sandbox, slug)
    assert _upns(connector.find_users_by_name("Sinéad O'Brien")) == [f"sinead.obrien@{d}"]
    assert _upns(connector.find_users_by_name('Jo "JJ" Smith')) == [f"jo.smith@{d}"]
    # A quote cannot close the literal and widen the search to everyone.
    assert connector.find_users_by_name("x' or startswith(displayName,'") == []
    assert connector.find_users_by_name('x" or profile.login sw "') == []


def test_the_wire_forms_follow_each_contract(sandbox):
    idp(sandbox, "contoso").find_users_by_name("Sinéad O'Brien")
    graph = searches(sandbox, "entra")[-1]["query"]
    assert graph["$filter"] == "displayName eq 'Sinéad O''Brien'"  # OData doubles the quote
    idp(sandbox, "contoso").find_users_by_name("Megan")
    assert searches(sandbox, "entra")[-1]["query"]["$filter"] == "startswith(displayName,'Megan') or surname eq 'Megan'"

    idp(sandbox, "northwind").find_users_by_name('Jo "JJ" Smith')
    okta = [r["query"]["search"] for r in searches(sandbox, "okta")]
    assert 'profile.displayName eq "Jo \\"JJ\\" Smith"' in okta  # SCIM string: backslash-escaped quote
    idp(sandbox, "northwind").find_users_by_name("Lee")
    assert searches(sandbox, "okta")[-1]["query"]["search"] == 'profile.lastName eq "Lee"'

    idp(sandbox, "fabrikam").find_users_by_name("Sinéad O'Brien")
    google = searches(sandbox, "google")[-1]["query"]
    assert google["query"] == "name:'Sinéad O\\'Brien'"
    assert google["domain"] == "fabrikam.example"  # the listing is confined to the tenant
    idp(sandbox, "fabrikam").find_users_by_name("Lee")
    assert [r["query"]["query"] for r in searches(sandbox, "google")[-2:]] == ["givenName:Lee*", "familyName:'Lee'"]


@pytest.mark.parametrize("slug", SLUGS)
def test_a_common_first_name_returns_at_most_the_limit(sandbox, slug):
    for i in range(7):
        add_person(sandbox, slug, f"Pat Page{i}", f"pat.page{i}@{DOMAIN[slug]}")
    connector = idp(sandbox, slug)
    assert len(connector.find_users_by_name("Pat", limit=5)) == 5
    assert len(connector.find_users_by_name("Pat")) == 7


def test_disabled_accounts_are_returned_and_marked(sandbox):
    for slug in SLUGS:
        add_person(sandbox, slug, "Quinn Gone", f"quinn.gone@{DOMAIN[slug]}", enabled=False)
        found = idp(sandbox, slug).find_users_by_name("Quinn Gone")
        assert [(u.upn.lower(), u.enabled) for u in found] == [(f"quinn.gone@{DOMAIN[slug]}", False)]
