"""Newcomers said without "starts" or "joins" (tickets/triage/stays_begun.py, newcomer_notices.py): someone who comes
for a stay, its first day and the account they will need; and HR's newcomer notice handed to the desk with a few
words. Both are onboardings. And the near misses left alone: where a stay's guest comes from, an account that exists,
a folder for a newcomer, a visitor for a few days, a notice that reports a fault. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Summer intern", "Summer intern in finance from 3 June, Mia Holt, she needs the usual accounts."),
    ("Intern", "We take an intern in logistics from next month for four months, he needs a login and email."),
    ("Apprentices", "Two apprentices in the paint shop from 1 sep. They need a windows login each."),
    ("Guest", "A guest researcher from Lisbon arrives Tuesday for five months and will need a user id and mail."),
    ("Freelancer", "freelance designer from next monday until march, needs login + email please"),
    ("Praktikum", "Praktikantin im Einkauf ab 1. September, sie braucht ein Konto und eine Mailadresse."),
    ("Stage", "Une stagiaire au service paie à partir du 2 septembre, elle a besoin d'un compte."),
    ("Becario", "Un becario en almacén a partir del lunes, necesita usuario y correo."),
    ("Stage", "Een stagiair op de afdeling inkoop vanaf maandag, hij heeft een account nodig."),
])
def test_a_stay_with_its_first_day_and_an_account_needed_is_an_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("Fwd: New hire - R. Olsen - start 04.11", "Please set up. Cost centre 2210."),
    ("FW: New joiner: Priya Nair, Buyer, start 12.05", "pls set up"),
    ("Fw: form", "See below, it came from the HR portal.\n\n-----Original Message-----\nNew hire: Ola Berg\nStart date: 2/9"),
    ("WG: Neuer Mitarbeiter: Jonas Weber, Eintritt 1.4.", "Bitte einrichten."),
    ("TR: Nouvel arrivant : Hugo Petit", "Merci de faire le nécessaire."),
    ("RV: Nueva incorporación: Lucía Gil", "Por favor dar de alta."),
    ("FW: Nieuwe medewerker: Sanne de Vries", "Graag aanmaken."),
])
def test_a_newcomer_notice_handed_on_is_an_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("Intern", "The intern from Utrecht needs an account? Who approves that?"),
    ("Login", "The intern from last summer is back at uni and needs his login reset."),
    ("Extension", "Our contractor from next week needs his login extended until June."),
    ("Auditor", "The external auditor is on site from Monday for three days and needs read-only access."),
    ("FW: New hire: Tom Rees", "his laptop won't start, please fix"),
    ("New starter form", "Please see below, the form gives an error when I submit it."),
    ("New hire: Ella Park", "FYI she already has an account from her internship."),
])
def test_near_misses_are_no_onboarding(subject, body):
    assert triage(subject, body).category != "onboarding"


def test_a_guest_for_some_months_is_a_newcomer_not_a_visitor():
    ticket = ("Visiting researcher", "A visiting researcher from Oslo arrives on the 4th for six months; she'll need a "
                                     "login and an email address.")
    assert triage(*ticket).category == "onboarding"


def test_an_intern_put_on_a_folder_stays_a_membership():
    ticket = ("Folder", "Our intern from next week needs access to the Finance folder, please add him.")
    assert triage(*ticket).category == "group_membership"
