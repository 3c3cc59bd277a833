"""Licence products read where they are not asked for (set h141; the sentences are our own):

- a product's name inside another word ("Navision", "division", "provision", "television" hold "visio"), in
  tickets/triage/vocabulary.SKU;
- the product named as the kind of a report or a diagram whose content is to change ("a column in the Power BI stock
  report"), a veto in tickets/triage/vetoes.py;
- who holds a licence, asked listed, counted or costed, in tickets/triage/nothing_to_change.py.

And on the other side the licences asked for in so many words beside the same words.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Navision role", "Ms Hart moved to purchasing and needs the buyer role in Navision, approved by her lead"),
    ("Navision", "bitte im Navision die Rolle Lager für Herrn Voss freischalten, Genehmigung liegt vor"),
    ("division", "we need a new cost centre for the retail division, can finance set it up?"),
    ("provisioning", "the provisioning of the new meeting room screen needs to be scheduled"),
    ("television", "the television in the canteen needs a new wall bracket"),
])
def test_visio_inside_another_word_is_no_licence(subject, body):
    assert triage(subject, body).category != "license_change"


@pytest.mark.parametrize(("subject", "body"), [
    ("report column", "can you add the supplier as a field to the Power BI margin report? right now only the region"),
    ("dashboard", "please change the filter on the Power BI weekly sales dashboard to show last month too"),
    ("floor plan", "the Visio floor plan drawing needs the new meeting rooms added"),
    ("Bericht", "im Power BI Umsatz Bericht fehlt die Spalte Filiale, bitte ergänzen"),
    ("rapport", "pouvez-vous ajouter une colonne au Power BI rapport des ventes ?"),
])
def test_a_report_in_a_product_changed_is_no_licence(subject, body):
    assert triage(subject, body).category != "license_change"


@pytest.mark.parametrize(("subject", "body"), [
    ("Power BI Pro", "Tom needs Power BI Pro for the sales report, please assign it"),
    ("Visio", "please give Anna Berg a Visio licence, she draws the floor plans"),
    ("Power BI", "can Lea Park get a Power BI Pro licence? she has to publish the stock report"),
])
def test_the_licence_asked_beside_a_report_stays_a_licence(subject, body):
    assert triage(subject, body).category == "license_change"


@pytest.mark.parametrize(("subject", "body"), [
    ("licence list", "for next year's budget we want a list of who has Visio and what it costs each month"),
    ("licences", "could you send me a list of who has E5 assigned? it's for the audit"),
    ("Adobe", "management want to know who has Acrobat Pro, for the cost review"),
    ("Lizenzen", "für das Budget bitte eine Lizenzübersicht: wer hat alles Visio?"),
    ("licences", "pour le budget, merci de nous transmettre la liste des licences Visio"),
    ("licencias", "necesito un informe de licencias para el presupuesto, gracias"),
])
def test_who_holds_a_licence_asked_listed_is_no_change(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Visio", "who has a spare Visio licence? Ben Cole needs one today, please assign it"),
    ("E5", "Tom Hill, who has E3 today, needs E5 from Monday please"),
])
def test_a_licence_asked_beside_a_list_stays_a_licence(subject, body):
    assert triage(subject, body).category == "license_change"
