"""A starter's or a leaver's equipment when the writer says their accounts are done or handled by another process (HR's
flow, a separate request, in any tense and in German and Dutch too): only the equipment is asked, which a technician
arranges (tickets/triage/noise.py, `_IDENTITY_DONE`). A door badge is equipment, whatever it is called. And the near
requests that stay: a starter or a leaver whose accounts are asked for here. near-miss set 1 showed them; the
sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter badge", "New apprentice starting Monday in logistics. Accounts are done by HR already. Only a desk "
                          "phone and an access card for the warehouse door please."),
    ("new joiner kit", "Our new analyst starts on the 5th and needs a laptop and two monitors. His accounts were "
                       "requested separately, please only do the hardware."),
    ("Neue Kollegin - Hardware", "Frau Brandt fängt am 1. an, die Zugänge sind schon angelegt. Bitte nur Laptop und "
                                 "Headset bereitstellen."),
    ("Austritt Herr Roth - Geräte", "Herr Roth verlässt uns Ende Mai. Die Konten werden über den HR-Prozess "
                                    "deaktiviert. Bitte nur den Laptop und das Handy abholen."),
    ("nieuwe collega laptop", "Onze nieuwe collega begint volgende week. De accounts zijn al aangemaakt door HR. "
                              "Alleen nog een laptop nodig."),
])
def test_equipment_with_the_accounts_done_elsewhere_is_for_a_technician(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("new starter", "A new trainee joins the workshop on Monday. Please create her account and mailbox, and she "
                    "needs a laptop.", "onboarding"),
    ("Neue Kollegin", "Frau Brandt fängt am 1. an. Bitte Benutzerkonto anlegen und einen Laptop bereitstellen.",
     "onboarding"),
    ("Austritt Herr Roth", "Herr Roth verlässt uns Ende Mai. Bitte sein Konto zum 31.05. deaktivieren und den Laptop "
                           "abholen.", "offboarding"),
])
def test_a_starter_or_leaver_whose_accounts_are_asked_stays_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Holdout68 (a food retailer's): the account said asked for by another party, named by its agent, in five languages; a
# leaver's desk phone whose calls go to a phone system's group (a hunt group is no directory group).
@pytest.mark.parametrize(("subject", "body"), [
    ("Neuer Kollege Hardware", "Neue Kollegin im Vertrieb ab 1.3., bitte Laptop und Dockingstation bestellen. Der "
                               "Benutzer wird von der Personalabteilung beantragt."),
    ("new starter kit", "New driver starts Monday, please order a laptop and a headset. The user account will be "
                        "requested by his manager."),
    ("nouvel arrivant", "Nouvel arrivant lundi, merci de commander un ordinateur portable. Le compte sera demandé par "
                        "les RH."),
    ("nuevo empleado", "Nuevo empleado el lunes, pedid un portátil por favor. La cuenta será solicitada por RRHH."),
    ("nieuwe collega", "Nieuwe collega start maandag, graag een laptop bestellen. De gebruiker wordt door HR "
                       "aangevraagd."),
    ("leaver phone", "Mark left on Friday; please send his desk phone's calls to the service hunt group. HR handled "
                     "the rest."),
])
def test_equipment_with_the_account_asked_by_another_is_for_a_technician(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Neuer Kollege", "Neuer Kollege ab 1.3., bitte Laptop bestellen und den Benutzer anlegen.", "onboarding"),
    ("leaver", "Mark left on Friday; please disable his account and remove him from the Sales group. His desk phone "
               "can go back to stores.", "offboarding"),
])
def test_equipment_beside_an_account_asked_here_stays_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason
