"""A person who left, asked taken off everything at once (tickets/triage/taken_off_everything.py): an offboarding, not a
membership. And the near tickets that keep their reading: the writer off some lists, a mover off a team's groups, a
thing taken off every system. Set h141 showed it; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("ex-employee", "former employee Dana Reyes still turns up in Teams. please take her off all groups and systems, she went in May"),
    ("leaver", "Pete Lowe left three weeks ago; remove him from every system please"),
    ("former colleague", "our former colleague Ian Roe is still in everything - remove him from all lists and apps please"),
    ("Ehemaliger", "ehemaliger Mitarbeiter Herr Uwe Kamp, bitte aus allen Systemen austragen"),
    ("ancien salarié", "ancien employé M. Paul Roy : merci de le retirer de tous les systèmes"),
    ("antiguo empleado", "antiguo empleado Raúl Soto, por favor quitadlo de todos los sistemas"),
    ("oud-medewerker", "oud-medewerker Joost Bakker graag uit alle systemen verwijderen"),
])
def test_a_leaver_taken_off_everything_is_an_offboarding(subject, body):
    assert triage(subject, body).category == "offboarding"


@pytest.mark.parametrize(("subject", "body", "label"), [
    ("lists", "please remove me from all the distribution lists, I get far too many mails", "group_membership"),
    ("printer", "please remove the old third-floor printer from all systems", "other"),
    ("mover", "Ali has switched to marketing; take him out of the finance groups", "group_membership"),
])
def test_lists_a_mover_or_a_thing_taken_off_keep_their_reading(subject, body, label):
    assert triage(subject, body).category == label
