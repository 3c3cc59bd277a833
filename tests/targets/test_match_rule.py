"""The resolution rule (tickets.targets.match_name): one enabled account in the verified domains, or a question."""

from __future__ import annotations

import pytest

from rallied.connectors import DirectoryUser
from tickets.targets import match_name

DOMAINS = ["contoso.example"]


def u(name: str, upn: str, enabled: bool = True) -> DirectoryUser:
    return DirectoryUser(id=upn, upn=upn, display_name=name, enabled=enabled)


ALEX = u("Alex Wilber", "alex.wilber@contoso.example")
MEGAN = u("Megan Bowen", "megan.bowen@contoso.example")
LEE_CHEN = u("Lee Chen", "lee.chen@contoso.example")
SARAH_LEE = u("Sarah Lee", "sarah.lee@contoso.example")


@pytest.mark.parametrize(
    ("name", "users", "upn"),
    [
        ("Alex Wilber", [ALEX], "alex.wilber@contoso.example"),
        ("  alex   WILBER ", [ALEX], "alex.wilber@contoso.example"),
        ("Megan", [MEGAN], "megan.bowen@contoso.example"),
        ("Sinéad O'Brien", [u("Sinéad O'Brien", "so@contoso.example")], "so@contoso.example"),
        # One word may be a last name: the only Lee is Sarah Lee.
        ("lee", [SARAH_LEE], "sarah.lee@contoso.example"),
        # A middle name is not a last name: Ann Lee Smith is not a candidate for "Lee".
        ("Lee", [LEE_CHEN, u("Ann Lee Smith", "ann.smith@contoso.example")], "lee.chen@contoso.example"),
    ],
)
def test_exactly_one_enabled_account_in_the_verified_domains_resolves(name, users, upn):
    assert match_name(name, users, DOMAINS).upn == upn


@pytest.mark.parametrize(
    ("name", "users", "problem"),
    [
        ("Alex Wilber", [], "No one named 'Alex Wilber' in the directory"),
        ("Alex", [ALEX, u("Alex Kim", "alex.kim@contoso.example")], "2 people named 'Alex' in the directory"),
        # A disabled namesake still makes it ambiguous: the requester may mean either.
        ("Alex Wilber", [ALEX, u("Alex Wilber", "alex.wilber2@contoso.example", enabled=False)], "2 people"),
        # Alexandra may go by Alex: a first name alone must be unique among names starting with it.
        ("Alex", [ALEX, u("Alexandra Kim", "alexandra.kim@contoso.example")], "2 people named 'Alex'"),
        ("Alex", [u("Alexandra Kim", "alexandra.kim@contoso.example")], "No one named exactly 'Alex'"),
        # A lone word counts first and last names alike: Lee Chen and Sarah Lee may both be "Lee".
        ("Lee", [LEE_CHEN, SARAH_LEE], "2 people named 'Lee' in the directory (lee.chen@contoso.example, "
                                       "sarah.lee@contoso.example); which one?"),
        ("Lee", [SARAH_LEE, u("Lee Chen", "lee.chen@contoso.example", enabled=False)], "2 people named 'Lee'"),
        # A last name that merely starts with the word is not the same name.
        ("Lee", [u("Sarah Leeds", "sarah.leeds@contoso.example")], "No one named 'Lee'"),
        ("Alex Wilber", [u("Alex Wilber", "alex@fabrikam.example")], "outside the tenant's verified domains"),
        ("Alex Wilber", [u("Alex Wilber", "alex.wilber@contoso.example", enabled=False)], "is disabled"),
        # A near name is not a match; a middle name is not the same name.
        ("Alex Wilbur", [ALEX], "No one named 'Alex Wilbur'"),
        ("Alex Wilber", [u("Alex J. Wilber", "ajw@contoso.example")], "No one named"),
        ("Zoe Smith", [u("Zoë Smith", "zoe@contoso.example")], "No one named"),
        # Not a name at all: never sent to the directory as is.
        ("Robert'); DROP", [ALEX], "does not look like a person's name"),
        ("x" * 100, [ALEX], "does not look like a person's name"),
    ],
)
def test_anything_else_asks_a_technician(name, users, problem):
    match = match_name(name, users, DOMAINS)
    assert match.upn == ""
    assert problem in match.problem


def test_several_candidates_are_listed_for_the_technician():
    users = [u(f"Sam Lee{i}", f"sam{i}@contoso.example") for i in range(7)]
    match = match_name("Sam", users, DOMAINS)
    assert match.problem.startswith("7 people named 'Sam' in the directory (sam0@contoso.example, ")
    assert match.problem.endswith(", ...); which one?")
