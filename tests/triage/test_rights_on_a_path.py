"""A share's right asked by its admin's shorthand on the share's path, or a person put onto a path with the verb last
(tickets/triage/rights_on_a_path.py): a membership. And the near misses left alone: a right the writer holds already
and a path named with a fault. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Offers share", r"need RW on \\fs02\sales\offers for the new buyer tkoll, approved by his lead"),
    ("Audit", r"the two auditors hmeyer and pvos need R/O to \\fs-ber\audit\2024 until Friday"),
    ("Closing", r"pls give akrause RW on \\fs-nue\controlling\closing, she takes over from lwinter"),
    ("Map Inkoop", r"Graag collega pdekker toevoegen aan \\ams-fs02\Inkoop, alleen lezen."),
    ("Ordner", r"Bitte Herrn Kurz zu \\fs01\Einkauf hinzufügen, Freigabe durch Frau Lenz."),
])
def test_a_short_right_on_a_path_is_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("Cannot save", r"I have RW on \\fs01\quality but cannot save any file since this morning."),
    ("Slow", r"\\fs01\plans is very slow today, opening a drawing takes minutes."),
])
def test_a_right_held_or_a_slow_path_is_no_membership(subject, body):
    assert triage(subject, body).category != "group_membership"
