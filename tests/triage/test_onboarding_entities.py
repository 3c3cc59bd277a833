"""What an onboarding ticket says about the new hire, read as a technician would, in the five reply languages.

Each row must be read as onboarding (not as the group or mailbox request it also contains) and yield these details;
a detail the ticket does not state must stay absent rather than be guessed.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage
from tickets.triage.onboarding import ONBOARDING_KEYS, split_list

DETAILS = ("new_hire_name", "start_date", *ONBOARDING_KEYS)

CASES = [
    (
        "New starter: Jane Doe",
        "Hi team,\nnew starter: Jane Doe, starting 2026-12-07 as a Senior Accountant in the Finance team.\n"
        "Manager: Lee Chen. Same access as Alex Wilber.\nGroups: Finance-Readers, Sales-EMEA\n"
        "Shared mailbox: billing@contoso.example\n\nThanks\nMegan Bowen",
        {"new_hire_name": "Jane Doe", "start_date": "2026-12-07", "job_title": "Senior Accountant",
         "department": "Finance", "manager": "Lee Chen", "same_as": "Alex Wilber",
         "groups": "Finance-Readers; Sales-EMEA", "mailboxes": "billing@contoso.example"},
    ),
    (
        "Neue Mitarbeiterin",
        "Hallo,\nneue Mitarbeiterin Anna Schmidt beginnt am 01.12.2026 als Buchhalterin in der Abteilung Finanzen. "
        "Vorgesetzter: Jonas Weber. Bitte die gleichen Rechte wie Lena Vogel.\nGruppen: Vertrieb-Nord und Einkauf",
        {"new_hire_name": "Anna Schmidt", "start_date": "2026-12-01", "job_title": "Buchhalterin",
         "department": "Finanzen", "manager": "Jonas Weber", "same_as": "Lena Vogel",
         "groups": "Vertrieb-Nord; Einkauf"},
    ),
    (
        "Nouvelle arrivée",
        "Bonjour,\nnouvelle collaboratrice Claire Martin, arrive le 01/12/2026 en tant que comptable au service "
        "Finance. Responsable : Paul Durand. Mêmes accès que Julie Petit. Groupes : Finance, Ventes.",
        {"new_hire_name": "Claire Martin", "start_date": "2026-12-01", "job_title": "comptable",
         "department": "Finance", "manager": "Paul Durand", "same_as": "Julie Petit", "groups": "Finance; Ventes"},
    ),
    (
        "Nueva incorporación",
        "Hola,\nnueva incorporación: Lucía García empieza el 1 de diciembre de 2026 como contable en el departamento "
        "de Finanzas. Reporta a Carlos Ruiz. Buzón compartido: facturas@fabrikam.example",
        {"new_hire_name": "Lucía García", "start_date": "2026-12-01", "job_title": "contable",
         "department": "Finanzas", "manager": "Carlos Ruiz", "mailboxes": "facturas@fabrikam.example"},
    ),
    (
        "Nieuwe medewerker",
        "Hallo,\nnieuwe medewerker Daan de Vries begint op 1 december 2026 als boekhouder bij de afdeling Financiën. "
        "Leidinggevende: Sanne Bakker. Dezelfde rechten als Pieter Jansen.",
        {"new_hire_name": "Daan de Vries", "start_date": "2026-12-01", "job_title": "boekhouder",
         "department": "Financiën", "manager": "Sanne Bakker", "same_as": "Pieter Jansen"},
    ),
    (
        "Onboarding Priya Nair",
        "Please onboard Priya Nair, she starts Monday. She reports to lee.chen@contoso.example. Please add her to "
        "the Finance-Readers and Sales-EMEA groups and give her access to the billing@contoso.example shared mailbox.",
        {"new_hire_name": "Priya Nair", "start_date": "Monday", "manager": "lee.chen@contoso.example",
         "groups": "Finance-Readers; Sales-EMEA", "mailboxes": "billing@contoso.example"},
    ),
]


@pytest.mark.parametrize(("subject", "body", "expected"), CASES, ids=["en", "de", "fr", "es", "nl", "en-prose"])
def test_an_onboarding_ticket_yields_the_new_hire_details(subject: str, body: str, expected: dict[str, str]) -> None:
    result = triage(subject, body)
    assert result.category == "onboarding"
    assert {k: v for k, v in result.entities.items() if k in DETAILS} == expected
    assert [i["kind"] for i in result.intents] == ["onboarding"]
    assert result.intents[0]["target_name"] == expected["new_hire_name"]


def test_details_the_ticket_does_not_state_are_left_out() -> None:
    result = triage("New starter", "New starter Omar Haddad starts on 2026-12-07, please set up his account.")
    assert result.category == "onboarding"
    assert result.entities["new_hire_name"] == "Omar Haddad"
    assert not {k for k in ONBOARDING_KEYS if k in result.entities}


def test_the_signature_never_supplies_the_manager() -> None:
    body = ("New starter Omar Haddad starts on 2026-12-07, please create his account.\n\nBest regards\n"
            "Megan Bowen\nOffice Manager\nmegan.bowen@contoso.example")
    assert "manager" not in triage("New starter", body).entities


def test_a_list_entity_splits_back_into_its_items() -> None:
    assert split_list("Finance-Readers; Sales-EMEA") == ["Finance-Readers", "Sales-EMEA"]
    assert split_list("") == []
