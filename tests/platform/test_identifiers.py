"""The one comparable spelling of an identifier (rallied/identifiers.py): disguises fold to the object they imitate,
different objects stay different."""

from __future__ import annotations

import pytest

from rallied.identifiers import disguised, mixed_script, normalise, skeleton


@pytest.mark.parametrize(("raw", "expected"), [
    ("Lynne.Robbins@Contoso.example.", "lynne.robbins@contoso.example"),
    ("lynne.robbins\u200b@contoso.example", "lynne.robbins@contoso.example"),
    ("\uff2cynne.robbins@contoso.example", "lynne.robbins@contoso.example"),  # full-width L
    ("  \u201cExecutives\u201d  ", "executives"),
    ("Exec\u00adutives", "executives"),  # soft hyphen
    ("Finance  Readers", "finance readers"),
])
def test_spellings_of_one_object_normalise_alike(raw, expected):
    assert normalise(raw) == expected


def test_a_look_alike_letter_survives_normalising_but_not_the_skeleton():
    cyrillic = "\u0415x\u0435cutives"
    assert normalise(cyrillic) != "executives"
    assert skeleton(cyrillic) == skeleton("Executives") == "executives"
    assert skeleton("lynne.r\u03bfbbins@contoso.example") == "lynne.robbins@contoso.example"  # Greek omicron


@pytest.mark.parametrize(("a", "b"), [("Executives", "Executive"), ("alex.wilber", "alex.wilbur"),
                                      ("Partners", "Paralegals")])
def test_different_names_keep_different_skeletons(a, b):
    assert skeleton(a) != skeleton(b)


@pytest.mark.parametrize(("raw", "mixed", "hidden"), [
    ("Executives", False, False),
    ("Zoë Müller", False, False),
    ("\u0415x\u0435cutives", True, True),
    ("Exec\u200butives", False, True),
    ("\uff25xecutives", False, True),
    ("Алексей", False, False),  # a name wholly in Cyrillic is a name, not a disguise
])
def test_disguises_are_told_from_names(raw, mixed, hidden):
    assert mixed_script(raw) is mixed
    assert disguised(raw) is hidden
