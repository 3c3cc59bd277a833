"""Three ways a request is said that read as no request before: a change asked in the passive outside English ("Kann
Anna ins Team aufgenommen werden?", tickets/triage/questions.py), a colleague who "doesn't remember" a password
(tickets/triage/vocabulary.py FORGOT), and a mailbox the writer asks to "get added" (tickets/triage/patterns.py). And
the near tickets that stay as they were: a rule asked about, a mailbox already added that misbehaves. Set h114 (a
private bank's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Team Einkauf", "Kann Jonas ins Team 'Einkauf' aufgenommen werden? Er übernimmt ab Montag die Bestellungen."),
    ("Verteiler", "Könnte Jonas in den Verteiler Vertrieb-Nord eingetragen werden?"),
    ("groupe", "Est-ce que Julie peut être ajoutée au groupe Achats ?"),
    ("grupo", "¿Marta puede ser añadida al grupo Compras?"),
    ("team", "Kan Pieter aan het team Inkoop toegevoegd worden?"),
])
def test_a_change_asked_in_the_passive_is_a_request(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("Gruppe", "Wer kann eigentlich in die Gruppe Einkauf aufgenommen werden? Gibt es dafür Regeln?"),
    ("list", "How does one get onto the purchasing list, is there a form?"),
])
def test_a_rule_asked_about_stays_a_question(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("password", "Tom came back from a long sick leave and doesn't remember his password. Can you give him a temporary one?"),
    ("temp password", "my colleague Ana does not remember her password at all, please set a temporary one, I can vouch for her"),
])
def test_a_colleague_who_does_not_remember_the_password_needs_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


def test_not_remembering_something_else_is_no_reset():
    assert triage("groups", "She doesn't remember which groups she was in before the move, can you tell me?").category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("purchasing mailbox", "Can I get the purchasing mailbox added? I'm covering for Leo in July."),
    ("desk inbox", "Could I have the front desk inbox mapped in my Outlook please?"),
    ("Postfach", "Kann ich das Postfach Buchhaltung eingebunden bekommen? Ich vertrete ab Montag."),
    ("mailbox", "Kan ik de mailbox van de receptie toegevoegd krijgen? Ik vervang Els."),
])
def test_a_mailbox_to_have_added_is_mailbox_access(subject, body):
    assert triage(subject, body).category == "mailbox_access"


@pytest.mark.parametrize(("subject", "body"), [
    ("mailbox", "The team mailbox was added yesterday but it still doesn't show up in Outlook."),
    ("mailbox", "I had the purchasing mailbox added last week and now Outlook crashes on start."),
])
def test_a_mailbox_added_already_that_misbehaves_is_a_fault(subject, body):
    assert triage(subject, body).category == "other"
