"""A document or a record locked against changes, not a login (tickets/triage/locked_for_editing.py): its owner or the
program's admin lifts that lock, no directory unlock. And the near readings that stay unlocks: a login named, or the
tries that lock one. Sets h136 and h138 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("locked pdf", "I have to edit a locked PDF the supplier sent (it has an owner password), can you unlock it?"),
    ("project locked", "The project for job 4471 is locked in the site diary tool, I can't edit Monday's report. It says the period was closed."),
    ("PDF verrouillé", "Le PDF du fournisseur est verrouillé, impossible de le modifier. Pouvez-vous le débloquer ?"),
    ("registro bloqueado", "El registro del proyecto está bloqueado, no puedo editar las horas de ayer. ¿Podéis desbloquearlo?"),
    ("Datei gesperrt", "Ich muss eine gesperrte Datei vom Kunden bearbeiten, sie hat ein Berechtigungskennwort. Könnt ihr die entsperren?"),
    ("bestand vergrendeld", "Ik moet een vergrendeld bestand van de klant bewerken, kunnen jullie het ontgrendelen?"),
])
def test_a_thing_locked_against_edits_is_no_account_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked", "My account is locked and I can't edit anything in the portal, please unlock it."),
    ("SAP locked", "SAP user locked after wrong tries, I can't edit my timesheet, please unlock."),
    ("locked out", "locked out of windows, can't edit the rota, please unlock me"),
    ("ERP locked", "ERP says locked after 3 attempts, need to amend an order today, please unlock"),
    ("ERP gesperrt", "ERP sagt gesperrt nach drei Fehlversuchen, ich muss heute noch Aufträge bearbeiten, bitte entsperren"),
    ("Konto gesperrt", "Seit heute früh ist mein Konto gesperrt und Bearbeiten geht gar nicht mehr, bitte entsperren."),
    ("compte bloqué", "Mon compte est bloqué, impossible de modifier quoi que ce soit. Merci de le débloquer."),
])
def test_a_login_locked_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason
