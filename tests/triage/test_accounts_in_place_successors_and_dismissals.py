"""A newcomer's or a leaver's account said to exist already or to be off, with only equipment left (tickets/triage/
noise.py); a leaver named as the one the writer took over from (nothing_to_change.py); an employment ended by the
employer (devices_and_notices.py) or an engagement ended, "Contractor finished – please disable", "sa mission est
terminée" (stays_or_goes.py); a request asked with a bracketed aside inside it (questions.py). And the near tickets
that still ask, or do not. Near-miss set 7 (a bus and tram operator's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Laptop", "Onze nieuwe collega bij planning begint maandag, haar account is er al. De laptop heeft alleen een kapot "
               "scherm, kan er een andere komen?"),
    ("Laptop", "Unsere neue Kollegin fängt Montag an, ihr Konto existiert schon. Nur der Laptop hat ein kaputtes Netzteil."),
    ("Kit", "Mark (Finance) left on Friday and his account is already off. His laptop and headset are at reception, can "
            "someone collect them?"),
])
def test_equipment_around_a_person_whose_account_is_in_place_asks_no_account_change(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_newcomer_whose_account_is_asked_is_still_an_onboarding():
    body = "Our new colleague in planning starts Monday. Please create her account and e-mail; the laptop is ordered."
    assert triage("New starter", body).category == "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("Approver role", "Can I have the 'Credit Approver' role in the billing system? I've taken over credits from Ian who "
                      "retired last month."),
    ("Rolle", "Ich habe die Abrechnung von Frau Ott übernommen, die in Rente gegangen ist. Kann ich die Rolle Prüfer im "
              "Abrechnungsprogramm bekommen?"),
])
def test_a_leaver_the_writer_took_over_from_is_no_offboarding(subject, body):
    assert triage(subject, body).category != "offboarding"


def test_a_leaver_whose_account_is_asked_closed_is_still_an_offboarding():
    body = "I've taken over from Ian who retired last month; please disable his account and remove his access."
    assert triage("Ian", body).category == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("Vertraulich", "Das Arbeitsverhältnis mit Frau B. Kern wurde heute beendet. Bitte ihr Benutzerkonto sofort "
                    "deaktivieren."),
    ("Confidential", "The employment of Mr P. Lowe has been terminated with immediate effect. Please disable his account."),
    ("Confidentiel", "Le contrat de travail de M. Garnier a été rompu ce jour. Merci de désactiver son compte."),
    ("Confidencial", "La relación laboral con el Sr. Ortega ha finalizado hoy. Por favor desactivad su cuenta."),
    ("Vertrouwelijk", "Het dienstverband van de heer Bos is per vandaag beëindigd. Willen jullie zijn account blokkeren?"),
])
def test_an_employment_ended_by_the_employer_is_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


def test_a_contract_with_a_supplier_ended_is_no_leaver():
    body = "Our contract with the cleaning supplier has ended, can you remove their van from the car park list?"
    assert triage("Supplier", body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Folder access", "Can Priya Shah (new planner, account already set up) be given access to the \\\\fs02\\Planning "
                      "folder? Same as her team."),
])
def test_a_request_with_a_bracketed_aside_is_still_a_request(subject, body):
    assert triage(subject, body).category == "group_membership"


def test_a_question_about_the_rules_with_an_aside_stays_a_question():
    body = "What are the rules (length, symbols) for a new password?"
    assert triage("Password rules", body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Contractor", "The agency temp, Mo Diaz, finished yesterday. Please disable his account."),
    ("Einsatz", "Herr Lenz (extern) – sein Einsatz ist seit gestern beendet. Bitte sein Konto deaktivieren."),
    ("Mission", "Sa mission est terminée depuis vendredi. Merci de désactiver son compte."),
    ("Contrato", "Su contrato ha terminado esta semana. Por favor desactivad su cuenta."),
    ("Opdracht", "Haar opdracht is afgelopen, kunnen jullie haar account blokkeren?"),
])
def test_an_engagement_ended_with_the_account_closing_asked_is_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Network port", "Our contractor finished the wiring in room 2, can you check the network port?"),
    ("Mission", "Sa mission est terminée, on peut récupérer la salle de réunion ?"),
])
def test_a_job_finished_or_an_engagement_ended_alone_is_no_leaver(subject, body):
    assert triage(subject, body).category == "other"
