"""Access asked "like a colleague's" is the colleague's memberships copied (tickets/triage/access_like_a_colleague.py),
in the five languages; wondered about, missed since an earlier time, or asked in an application, a mailbox or a
licence, it is not. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _reads(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("access for Priya", "Please give Priya Nair the same access as Tom Hale, she takes over his accounts next week."),
    ("mirror access", "new colleague in payroll (kqzpt) needs the same access as wbrnx. thanks"),
    ("moved to logistics", "I moved to logistics. can you give me the same folders and lists as Ruth Ames?"),
    ("takeover", "mtrqz takes over zlpwe's work in billing. please give her the same folders and lists"),
    ("Zugriff wie Kollegin", "Bitte Herrn Vogt die gleichen Berechtigungen wie Frau Lenz geben, er vertritt sie ab Mai."),
    ("accès", "Merci de donner à Julien les mêmes accès que Camille, il reprend son poste."),
    ("accesos", "Por favor, dale a Marta los mismos permisos que Luis, ahora trabajan juntos."),
    ("rechten", "Kunnen jullie Sanne dezelfde rechten als Pieter geven? Ze neemt zijn taken over."),
])
def test_access_copied_from_a_colleague_is_a_membership(subject, body):
    _reads(subject, body, "group_membership")


@pytest.mark.parametrize(("subject", "body"), [
    ("question", "Does Kim have the same access as Lars? Just checking for the audit."),
    ("access gone", "Since the migration I don't get the same access as before, several pages give an error."),
    ("SAP", "Please give Omar the same SAP roles as Ida, he posts invoices now."),
    ("crm", "she needs the same access as Ben in the CRM, the pipeline view is missing."),
    ("Rechte im ERP", "Hat Frau Kern dieselben Rechte wie Herr Bauer im ERP? Bitte nur prüfen."),
])
def test_copies_wondered_about_missed_or_in_an_application_are_not(subject, body):
    _reads(subject, body, "other")


def test_the_same_access_to_a_mailbox_stays_the_mailbox_s():
    _reads("inbox", "Can Nora have the same access as Eli to the accounts@ shared mailbox? Full access please.",
           "mailbox_access")


def test_an_account_to_create_with_a_colleague_s_access_stays_an_onboarding():
    _reads("new starter", "New starter Lea Brandt begins on 3 June as a buyer, please create her account and mailbox "
           "with the same access as Jonas Roth.", "onboarding")


# A newcomer announced on one line with the colleague whose set-up to copy (h135's meaning, our sentences): the account
# is still to be made, so it is an onboarding, not a membership.
@pytest.mark.parametrize(("subject", "body"), [
    ("starter", "Starter 12/05 Ravi Shah, Bristol office, copy Tom Hill"),
    ("new joiner", "New joiner 3 March - Lucy Ward, Finance, same access as Mark Dunn"),
    ("arrivée", "Nouvel arrivant 02/09 - Paul Girard, Lyon, mêmes accès que Claire Roux"),
    ("alta", "Nueva incorporación 01/10 - Ana Gil, Sevilla, mismos permisos que Luis Mora"),
    ("nieuw", "Nieuwe medewerker 01-09 - Sanne Smit, Utrecht, dezelfde rechten als Joost Bakker"),
])
def test_a_newcomer_set_up_like_a_colleague_is_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("starter", "The starter from last week, Ben, has a broken mirror display on his laptop", "other"),
    ("moved", "Ylva joined my team from stores (internal move, not a new starter). Please give her the same shares "
              "and lists as Karl.", "group_membership"),
])
def test_a_mirror_that_is_a_thing_or_a_mover_keeps_its_reading(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason
