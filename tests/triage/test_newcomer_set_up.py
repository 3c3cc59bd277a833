"""A newcomer asked to be set up, the newcomer being what is set up (tickets/triage/newcomer_set_up.py): an
onboarding, whatever copy of a colleague's access rides with it. And the near misses: hardware set up for a newcomer,
a newcomer's set-up said to have failed, a right set up for a newcomer by its verb at the end. The sentences are our
own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("setup for new joiner", "setup for new joiner in the surveying team, like Dan Frost pls"),
    ("new hire", "new hire setup for Monday please - Jo Bright, sales"),
    ("new starter", "please set up the new starter in payroll, same access as Li Wen"),
    ("Neue Mitarbeiterin", "bitte neue Mitarbeiterin Frau Lenz einrichten, wie Herr Pohl"),
    ("Einrichtung", "Einrichtung für neuen Kollegen im Vertrieb, Start nächste Woche"),
    ("nouvel arrivant", "mise en place pour le nouvel arrivant au service achats svp"),
    ("nuevo empleado", "por favor configurar al nuevo empleado de logística, igual que Ana"),
    ("nieuwe collega", "nieuwe collega graag inrichten, zelfde als Piet"),
])
def test_a_newcomer_asked_set_up_is_an_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("laptop", "please set up a laptop for the new starter"),
    ("setup failed", "the new joiner setup failed last night and he cannot log in, what went wrong?"),
    ("guide", "the new starter setup guide on the wiki is out of date, who owns it?"),
])
def test_hardware_a_fault_or_a_guide_is_no_onboarding(subject, body):
    assert triage(subject, body).category != "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("Ordner", "der neuen Kollegin Leserechte auf den Ordner Einkauf einrichten"),
    ("Ordner", "für die neue Mitarbeiterin bitte Zugriff auf den Ordner Controlling einrichten"),
])
def test_a_right_set_up_for_a_newcomer_stays_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


# The newcomer's set-up said not done, which asks for it (set h141; the sentences are our own).
@pytest.mark.parametrize(("subject", "body"), [
    ("starter on Monday", "a new joiner begins in the warehouse on Monday and nothing's been set up yet, Ravi Shah, picker"),
    ("nothing ready", "new employee arriving next week, nothing has been prepared for her so far - Kim Ode, accounts"),
    ("Neuer Kollege", "Neuer Kollege im Lager ab Montag, bisher ist noch nichts eingerichtet. Herr Jonas Falk"),
    ("nouvel arrivant", "nouveau collaborateur lundi au magasin, rien n'a encore été préparé : Luc Brun"),
    ("nueva incorporación", "nueva compañera en tienda el lunes y todavía no se ha configurado nada, Eva Gil"),
    ("nieuwe collega", "nieuwe medewerker begint maandag, er is nog niets ingericht. Tim de Wit"),
])
def test_a_newcomers_set_up_said_missing_is_an_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("starter laptop", "new starter on Monday, nothing has been set up on the laptop yet, is it coming?"),
    ("all good", "the new joiner arrived, everything was set up fine, thanks a lot"),
    ("new starter", "fyi a new starter joins the branch team Monday, nothing needed from you"),
])
def test_a_device_not_ready_a_thank_you_or_a_bare_notice_is_no_set_up_asked(subject, body):
    assert triage(subject, body).category == "other"
