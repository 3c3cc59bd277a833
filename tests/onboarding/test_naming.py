"""The naming convention's candidates for a new hire's address, in the order they are tried."""

from __future__ import annotations

import pytest

from rallied.connectors.entra import EntraConnector
from rallied.naming import candidates, check_patterns


def test_first_last_then_the_middle_initial_then_a_number() -> None:
    assert candidates("Alex J Wilber", domain="contoso.example")[:3] == [
        "alex.wilber@contoso.example", "alex.j.wilber@contoso.example", "alex.wilber2@contoso.example"]


def test_without_a_middle_name_the_next_one_is_numbered() -> None:
    assert candidates("Jordan Miles", domain="contoso.example")[:2] == [
        "jordan.miles@contoso.example", "jordan.miles2@contoso.example"]


@pytest.mark.parametrize(("name", "first"), [
    ("Jürgen Müller", "juergen.mueller@x.example"),
    ("Lucía García", "lucia.garcia@x.example"),
    ("Daan de Vries", "daan.devries@x.example"),
    ("Seán O'Brien", "sean.obrien@x.example"),
    ("Anne-Marie Dubois", "anne-marie.dubois@x.example"),
])
def test_names_become_address_parts_as_mail_systems_take_them(name: str, first: str) -> None:
    assert candidates(name, domain="x.example")[0] == first


def test_the_tenants_patterns_in_their_order() -> None:
    assert candidates("Margaret Peacock", domain="northwind.example", patterns=["{f}{last}", "{first}.{last}"]) == [
        "mpeacock@northwind.example", "margaret.peacock@northwind.example"]


def test_one_word_is_not_enough_for_an_address() -> None:
    assert candidates("Margaret", domain="northwind.example") == []


@pytest.mark.parametrize("bad", [[], "first.last", ["{first}@evil.example"], ["{first}.{surname}"], ["fixed"], [1]])
def test_an_unusable_pattern_is_refused_when_the_connection_is_saved(bad: object) -> None:
    assert check_patterns(bad)
    assert "naming_patterns" in EntraConnector.config_problems({"naming_patterns": bad})


def test_a_usable_pattern_list_passes() -> None:
    assert check_patterns(["{first}.{last}", "{f}{last}{n}"]) == ""
    assert EntraConnector.config_problems({"naming_patterns": ["{first}.{last}"]}) == {}
