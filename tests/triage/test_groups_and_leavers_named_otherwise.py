"""A group can be named by its directory name alone ("wants to be in SG-Pharmacy-Omnicell"), and a leaver said as "no
longer with us" in the five languages ("ist nicht mehr bei uns", "Aufhebungsvertrag"). holdout18 showed both; the
sentences are our own, with what must not be read that way.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("access", "caller wants to be in GG-Radiology-Viewers, approved by her manager"),
    ("group", "She needs to be added to grp-finance-ro before month end."),
    ("SEC-VPN-Users", "user asked to be put in sec-vpn-users, manager ok'd it"),
])
def test_a_group_named_by_its_directory_name_is_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("rota", "I need to be on-call next weekend, can someone swap the rota?"),
    ("sharepoint", "The file needs to be in read-only mode for the audit, how do I do that?"),
    ("hybrid", "Manager says I need to be in-person on Tuesdays, my desk booking app won't load"),
])
def test_a_way_of_working_with_a_hyphen_is_no_group(subject, body):
    result = triage(subject, body)
    assert result.category != "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Deaktivierung", "Herr Sommer ist seit Montag nicht mehr bei uns. Bitte Konto sperren."),
    ("Aufhebungsvertrag", "Aufhebungsvertrag mit Frau Kern, bitte ihre Zugänge zum Freitag deaktivieren."),
    ("Départ", "Mme Leroy ne fait plus partie de l'entreprise depuis lundi, merci de désactiver son compte."),
    ("Baja", "Luis Ortega ya no trabaja con nosotros, por favor desactivad su cuenta."),
    ("Uit dienst", "Pieter de Vries werkt niet meer bij ons, graag zijn account blokkeren."),
])
def test_no_longer_with_us_in_any_language_is_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Drucker", "Der Drucker im 2. Stock druckt nicht mehr bei uns im Flur, bitte prüfen."),
    ("VPN", "VPN funktioniert seit gestern nicht mehr bei mir im Homeoffice."),
])
def test_a_thing_that_no_longer_works_is_no_leaver(subject, body):
    result = triage(subject, body)
    assert result.category != "offboarding", result.reason
