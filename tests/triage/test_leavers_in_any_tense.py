"""A person's leaving said in the present or future ("retires on Friday", "is leaving tomorrow", "geht in Rente",
"contractor x.y contract ended today") is a leaver as much as one who left; the writer's own trip is not. holdout14
showed the class, holdout15 confirmed it; sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("retirement", "Our colleague Pat Lee retires on Friday, please disable her account that day."),
    ("Rente", "Herr Maier geht Ende Juni in Rente, bitte sein Konto zum 30.6. deaktivieren."),
    ("external", "contractor kvbz.plmq contract ended yesterday, please remove his accounts"),
    ("leaver", "colleague is leaving next week, please plan the removal of all her access"),
])
def test_a_leaving_said_in_any_tense_is_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("vpn", "I am leaving tomorrow for a business trip, my VPN does not connect from the hotel."),
    ("trip", "leaving today for the trade fair, laptop battery is dead, need a charger"),
])
def test_the_writers_own_trip_is_no_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


# Holdout 45: "left company" without its article, and a contract named before its holder and its end.
@pytest.mark.parametrize(("subject", "body"), [
    ("access", "Please take away all access for rkowalski, left company."),
    ("external", "Contract of external Brandt ends Friday, please deactivate his account and token."),
    ("Extern", "Der Vertrag von Externem Brandt endet am Freitag, bitte sein Konto deaktivieren."),
])
def test_a_leaver_said_tersely_or_by_the_contract_first_is_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


# Holdout43 (a retailer's): the leaver named by role, the user id in brackets before "left".
@pytest.mark.parametrize(("subject", "body"), [
    ("leaver", "our supervisor in the bakery (tkowal) left last month, please take away her till and email access."),
    ("access", "The cashier at branch 9 (j.ruiz) left two weeks ago; remove his logins please."),
])
def test_a_role_with_a_bracketed_id_who_left_is_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


def test_a_things_contract_ending_is_no_leaver():
    result = triage("contract", "The contract for the printer lease ends in June, who handles the renewal?")
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("delivery", "the pallet (chilled) left last week from the depot and never arrived at branch 9"),
])
def test_a_thing_in_brackets_that_left_is_no_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A person's exit, as HR names it.
    ("staff exit 30.06", "Staff exit 30.06: driver M. Okafor (depot north). Please disable his accounts from that day.",
     "offboarding"),
    ("sortie", "Sortie du collaborateur J. Marchand le 30/06, merci de désactiver ses accès.", "offboarding"),
    ("uitdiensttreding", "Uitdiensttreding P. de Vries per 1 juli, graag zijn account blokkeren.", "offboarding"),
    # Near miss: a building's or a program's exit.
    ("fire exit", "The fire exit door in warehouse B doesn't close properly, the alarm keeps going.", "other"),
])
def test_a_persons_exit_is_a_leaver(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# holdout64 (a transport operator's): a person's role with the bare verb of leaving ending the clause, as a terse ticket
# says it; the same verb with an object after it ("left his badge", "left a voicemail") is no leaving.
@pytest.mark.parametrize(("subject", "body"), [
    ("leaver", "Staff member left, please disable the account. Name Joe Bloggs, depot west."),
    ("départ", "Employé parti, merci de supprimer le compte de Paul Martin."),
    ("baja", "Empleado se fue, por favor eliminar la cuenta de Luis Gómez."),
    ("uit dienst", "Medewerker vertrokken, graag het account van Jan de Vries verwijderen."),
])
def test_a_role_with_the_bare_verb_of_leaving_is_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("door", "Employee left his badge at home, please open the staff door for him."),
    ("call back", "Colleague left a voicemail about the printer, please call back."),
])
def test_the_verb_of_leaving_with_an_object_is_no_leaver(subject, body):
    assert triage(subject, body).category != "offboarding"


# A logistics firm's set (h71): a person who "left us" recently, said with no weeks counted ("left us yesterday
# without notice", "hat uns gestern verlassen", "nous a quittés", "nos dejó", "heeft ons verlaten"), with all their
# access to block, is a leaver; "left us" with an object after it is not. The sentences are our own.
@pytest.mark.parametrize(("subject", "body"), [
    ("urgent", "Our yard driver Pavel left us this morning without notice. Please block all his access today."),
    ("Austritt", "Herr Stein hat uns gestern verlassen, bitte alle Zugänge sperren."),
    ("départ", "Julie nous a quittés vendredi, merci de bloquer son compte."),
    ("salida", "Marco nos dejó ayer sin avisar, por favor bloquead su cuenta."),
    ("vertrek", "Kees heeft ons gisteren verlaten, graag zijn account blokkeren."),
])
def test_a_person_who_left_us_lately_is_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("voicemail", "The carrier left us a voicemail yesterday about the portal, who can call back?"),
    ("parcel", "The courier left us two parcels at the wrong gate, can facilities move them?"),
])
def test_left_us_with_an_object_is_no_leaver(subject, body):
    assert triage(subject, body).category != "offboarding"


# Set h81: someone said to have left the employer itself (a temp's agency is theirs) is a leaver; a thing left there
# or the writer's own leaving is not.
@pytest.mark.parametrize(("subject", "body"), [
    ("temp gone", "Warehouse temp Kofi Mensah has left the agency, please remove his access."),
    ("Austritt", "Herr Brandt hat das Unternehmen verlassen, bitte seinen Zugang entfernen."),
    ("départ", "Mme Leroy a quitté la société, merci de supprimer ses accès."),
    ("baja", "Marta dejó la empresa, por favor eliminad su acceso."),
    ("vertrek", "Pieter heeft het bedrijf verlaten, graag zijn toegang verwijderen."),
])
def test_someone_who_left_the_employer_is_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("laptop", "I left the company laptop at home, can I work from a spare one today?"),
    ("badge", "Tom left the agency badge at reception, can someone collect it?"),
])
def test_a_thing_left_behind_is_no_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason
