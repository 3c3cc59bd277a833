"""Software to have installed, and a licence's holder asked to be moved up (tickets/triage/discounts.py,
said_briefly.py): "could I have the stats package installed, my old licence expired" asks for an installation, the
licence only the reason; "I'm on the frontline licence ... can I be upgraded?" asks for the licence named earlier. And
the near readings: a licence asked outright, an upgrade of a machine. holdout28 (a hospital group's) showed them; the
sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Stats software", "Could I have Stata installed on my PC? The licence from my old job has expired."),
    ("Visio", "Can we get Visio installed on the ward manager's laptop, the licence is needed for the floor plans."),
    ("My laptop", "My laptop is slow, can I be upgraded to a new one?"),
])
def test_an_install_or_a_machine_upgrade_is_no_licence_assignment(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Licence", "I only have the F3 licence and can't open the desktop apps. Can I be upgraded please?"),
    ("Lizenz", "Ich habe nur die Frontline-Lizenz und brauche Excel am PC. Kann ich hochgestuft werden?"),
    ("Licentie", "Ik heb een F3-licentie, kunnen jullie mij upgraden naar de volledige versie?"),
    ("Licence", "Please assign me a Visio licence."),
])
def test_a_licence_asked_or_its_holder_moved_up_is_a_licence_change(subject, body):
    result = triage(subject, body)
    assert result.category == "license_change", result.reason


# A logistics firm's set (h71): the product named first and its need after, as a terse ticket puts it ("Visio needed
# for ..."), asks for that licence; the same product asked to be installed, or its need asked about, does not. The
# sentences are our own.
@pytest.mark.parametrize(("subject", "body"), [
    ("Visio", "Visio needed for the new dock layout drawings."),
    ("Acrobat", "Adobe Acrobat Pro required to sign the carrier contracts, the free reader can't do it."),
    ("Project", "MS Project benötigt für die Tourenplanung ab nächster Woche."),
])
def test_a_product_named_then_needed_is_a_licence_change(subject, body):
    result = triage(subject, body)
    assert result.category == "license_change", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("install", "Please install Visio on the meeting room PC, the licence is already assigned to me."),
    ("question", "Is Visio needed to open these drawings, or is the viewer enough?"),
])
def test_a_products_install_or_a_question_about_it_is_no_licence_change(subject, body):
    result = triage(subject, body)
    assert result.category != "license_change", result.reason
