"""Things read as an action that are not one (set h91, a railway consultancy's tickets, showed the classes; the
sentences are our own): a licence the writer says they already hold beside a fault (discounts.py), a licence dongle
lost in the post whatever office it went to (discounts.py), a booking week named by its number and closed
(another_kind.py), and a sign-in blocked by an access policy (not_the_account.py). And the near readings that stay
the request they were.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _reads(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("dashboard blank", "The Power BI dashboard 'Fleet Costs' is blank since Tuesday. I have an E5 licence, my team sees "
                        "the same."),
    ("Bericht leer", "Der Power-BI-Bericht 'Kosten' zeigt seit gestern nichts an. Ich habe eine E5-Lizenz, aber es "
                     "geht nicht."),
    ("rapport vide", "Le tableau de bord n'affiche plus rien depuis lundi. J'ai une licence Pro, mes collègues aussi."),
    ("informe vacío", "El informe de costes sale vacío desde ayer. Tengo una licencia Pro y a mis compañeros les pasa igual."),
    ("rapport leeg", "Het rapport toont sinds maandag niets meer. Ik heb een Pro-licentie, maar het werkt niet."),
])
def test_a_licence_said_held_beside_a_fault_is_no_request(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("Power BI Pro", "Could I have a Power BI Pro licence please, I need to publish the fleet dashboard."),
    ("Visio", "Can we have a Visio licence for the new planner please?"),
    ("E1", "I have an E1 licence, could you upgrade me to E3? I need the desktop apps."),
])
def test_a_licence_asked_to_have_stays_a_licence_request(subject, body):
    _reads(subject, body, "license_change")


@pytest.mark.parametrize(("subject", "body"), [
    ("dongle missing", "The USB licence dongle for the track modelling tool was posted to the Bristol office and never "
                       "turned up. nobody can run the model."),
    ("Dongle", "Der Lizenz-Dongle für das Statikprogramm ist beim Versand ins Office Köln verloren gegangen."),
])
def test_a_licence_dongle_lost_in_the_post_is_hardware(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("week 14 closed", "The hours tool says week 14 is locked, I missed 3h on the bridge job. can it be reopened?"),
    ("KW 9", "Im Zeittool ist KW 9 gesperrt, ich habe einen Tag vergessen. Bitte entsperren."),
])
def test_a_numbered_booking_week_locked_is_no_account(subject, body):
    _reads(subject, body, "other")


def test_a_lockout_in_a_named_week_stays_an_unlock():
    _reads("locked out", "My account is locked out again, please unlock it.", "account_unlock")


@pytest.mark.parametrize(("subject", "body"), [
    ("can't sign in abroad", "At the client site in Lyon my login is 'blocked by conditional access' when I open Outlook."),
    ("Anmeldung", "Von zu Hause ist mein Konto durch eine Richtlinie gesperrt, sagt die Meldung."),
    ("connexion", "Depuis l'hôtel, mon compte est bloqué par une stratégie d'accès conditionnel."),
])
def test_a_sign_in_blocked_by_a_policy_is_no_lockout(subject, body):
    result = triage(subject, body)
    assert result.category != "account_unlock", result.reason


def test_an_account_blocked_after_attempts_stays_an_unlock():
    _reads("locked", "My account got blocked after too many wrong passwords, please unlock it.", "account_unlock")
