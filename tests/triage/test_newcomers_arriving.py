"""A newcomer is announced by their arrival and by what they have not got yet: a person who starts on a day and needs a
login, has no account yet, or is to be set up; a starter's form with its fields. A thing that starts (a system, a
rota, maintenance), a newcomer whose account already exists and who is only waiting for a laptop, and a product's
starter edition are not onboardings. holdout18 showed the class; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("new porter", "We have a new porter starting Thursday on nights, could you set him up please? Name Alan Birch"),
    ("logins", "Two agency carers begin on the 3rd and will need logins, they don't have an account with us yet."),
    ("locum", "Dr Amira Haddad joins tomorrow in radiology, needs a network login, no account yet."),
    ("bank staff", "bank nurse starts next week on ward 4, no login yet, please get her sorted"),
    ("Starter form - Estates", "Starter form attached.\nName: Jo Keane\nRole: Electrician\nStart: 02/09\nLine manager: R. Toms"),
    ("Starters", "Starters this month below, accounts please.\nName: Li Wei\nStart date: 14/10\nDept: Radiology"),
])
def test_a_newcomer_arriving_without_an_account_is_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # A thing that starts: the writer's own login to it is not a newcomer's account.
    ("rota app", "The new rota system starts Monday and I need a login for it, how do I get one?"),
    ("maintenance", "Maintenance starts on Saturday 22:00; users will need to log in again afterwards."),
    # The newcomer's account exists; what is missing is hardware.
    ("laptop", "new starter joined monday, account works but still no laptop delivered."),
    # A product's starter edition, not a person.
    ("office", "Office Starter edition keeps showing adverts on the reception PC, can we get rid of them?"),
    ("kit", "the starter kit for the new label printer is missing the cable"),
])
def test_a_thing_that_starts_or_a_newcomer_with_an_account_is_not(subject, body):
    result = triage(subject, body)
    assert result.category != "onboarding", result.reason


def test_several_newcomers_starting_on_a_dated_month_are_an_onboarding():
    # Holdout 45: a plural ("interns") and a month named before the day ("Oct 3rd").
    result = triage("interns", "Two interns start Oct 3rd in the lab. Logins + email please.")
    assert result.category == "onboarding", result.reason


def test_trainees_starting_a_course_are_no_newcomers():
    result = triage("training", "The trainees start the safety course on Monday; can you book room 2?")
    assert result.category != "onboarding", result.reason


# Holdout43 (a retailer's): the accounts last in a list of what arriving newcomers need.
def test_accounts_last_in_a_newcomers_list_of_needs_are_an_onboarding():
    result = triage("temps", "Five temps starting 2 Dec in the warehouse; they need scanners, badges and network logins.")
    assert result.category == "onboarding", result.reason


def test_a_thing_that_starts_needing_supplies_is_not():
    result = triage("printer", "The new printer starting 4 Dec needs toner, paper and network cables.")
    assert result.category == "other", result.reason


# holdout53: a season's or a holiday's help arriving, with logins to set up. Our own sentences.
@pytest.mark.parametrize(("subject", "body"), [
    ("summer help", "Two seasonal workers start at the garden centre on 1 June, please set up logins for the till "
                    "and email."),
    ("Aushilfen", "Drei Saisonkräfte fangen am Montag im Lager an, bitte Benutzer für das Scannersystem anlegen."),
    ("saisonniers", "Deux saisonniers arrivent lundi au magasin, merci de créer leurs comptes."),
    ("temporada", "El personal de temporada empieza el lunes, por favor cread sus cuentas de correo."),
    ("seizoenskrachten", "Twee seizoenskrachten beginnen maandag, kunnen jullie accounts aanmaken?"),
])
def test_seasonal_help_arriving_is_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("season", "The seasonal sale starts on Monday, can the shop screens show the new prices?"),
    ("Saisonkräfte", "Wie viele Saisonkräfte hatten wir letztes Jahr im Lager?"),
])
def test_a_season_without_newcomers_to_set_up_is_not(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason
