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
