"""A Power BI "you need Pro" message on content kept in a Premium capacity is a capacity to check, not a licence to
assign (tickets/triage/premium_capacity.py). And the near readings that stay licence requests: Pro asked for in plain
words, with or without a Premium workspace named, and Premium Per User, which is a person's licence. Sets h88, h90 and
h138 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("pbi asks for pro", "The sales dashboard lives in our Premium workspace, yet readers now get a prompt that they "
                         "need a Power BI Pro licence. Has the capacity been removed?"),
    ("pro message", "I only view the KPI report and it's hosted on Premium capacity, so why does Power BI tell me I need "
                    "a Pro license?"),
    ("Power BI Pro Meldung", "Der Bericht liegt in der Premium-Kapazität, trotzdem sagt Power BI, ich bräuchte eine "
                             "Pro-Lizenz. Ist da etwas umgestellt worden?"),
    ("licence Pro", "Le rapport est dans un espace de travail Premium, mais Power BI m'indique qu'il faut une licence "
                    "Pro pour l'ouvrir. C'est normal ?"),
    ("licencia Pro", "El informe está en una capacidad Premium y aun así Power BI me pide una licencia Pro para verlo."),
    ("Pro-licentie", "Het rapport staat in een Premium-werkruimte, maar Power BI zegt dat ik een Pro-licentie nodig heb "
                     "om het te bekijken."),
])
def test_a_pro_message_in_a_premium_capacity_is_no_licence_change(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("power bi pro", "Power BI says I need a Pro licence to share the dashboard with my team, can I get one?"),
    ("pro for publishing", "The workspace is on Premium capacity, but I publish reports there, so please assign me a "
                           "Power BI Pro licence."),
    ("ppu", "please assign Power BI Premium Per User to me, cost centre 4100"),
    ("business premium", "please move Dana from Business Standard to Business Premium"),
])
def test_a_licence_asked_in_words_stays_a_licence_change(subject, body):
    result = triage(subject, body)
    assert result.category == "license_change", result.reason
