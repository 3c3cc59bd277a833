"""A newcomer's desk or kit whose account is said to be had already, run through HR, or not to be made yet is a
hardware job, not an onboarding (tickets/triage/accounts_had_or_run_elsewhere.py); a newcomer whose account is asked
for stays an onboarding. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _reads(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Platz für Neue", "Die neue Kollegin fängt am 3.2. im Einkauf an. Bitte Schreibtisch 7 mit Monitor und Tastatur "
                       "ausstatten, das Konto läuft über die Personalabteilung."),
    ("Umzug Arbeitsplatz", "Der neue Kollege sitzt ab 1.3. am Fenster, bitte den PC von Tisch 4 dorthin umziehen. Konto "
                           "und Mail hat er schon."),
    ("Hinweis neuer Kollege", "Herr Brandt beginnt am 02.05. in der Buchhaltung. Bitte noch nichts anlegen, ich melde "
                              "mich nur wegen der Hardware."),
    ("desk for new starter", "New starter in logistics from the 9th: please put two monitors and a dock on desk 12. "
                             "Her accounts go through HR, already requested."),
])
def test_a_newcomers_kit_with_the_account_elsewhere_is_other(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("Neuer Kollege", "Der neue Kollege fängt am 3.2. an. Bitte Konto und Mail anlegen."),
    ("new starter", "New starter Priya Nair begins on Monday in logistics, please create her account and mailbox."),
])
def test_a_newcomer_whose_account_is_asked_stays_an_onboarding(subject, body):
    _reads(subject, body, "onboarding")
