"""Another program's login said not to be the directory's ("not her Windows login"), the writer's own storage refusing
a save, and Microsoft's Access database misbehaving (tickets/triage/not_the_account.py, other_senses.py). And the near
tickets that still ask: the Windows login itself locked, access asked to a folder or to the database. Near-miss set 7
(a bus and tram operator's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Locked", "Our CAD tool says 'user locked' for me. It's the CAD licence server, not my Windows login."),
    ("Kasse", "Die Kasse zeigt 'Bediener gesperrt' für Frau Lenz. Das ist die Kassensoftware, nicht ihr Windows-Konto."),
    ("Compte bloqué", "Le logiciel de planning indique compte bloqué. Ce n'est pas mon compte Windows, c'est celui du "
                      "prestataire."),
    ("Cuenta bloqueada", "El programa de nóminas dice que mi usuario está bloqueado. No es mi cuenta de Windows."),
    ("Account geblokkeerd", "Het kassasysteem zegt dat mijn gebruiker geblokkeerd is. Niet mijn Windows-account, de kassa "
                            "zelf."),
])
def test_another_programs_login_is_not_the_directory_account(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_the_windows_login_itself_locked_is_still_an_unlock():
    assert triage("Locked out", "My Windows login is locked after too many attempts, please unlock it.").category == \
        "account_unlock"


@pytest.mark.parametrize(("subject", "body"), [
    ("OneDrive", "Saving a Word file gives 'You don't have permission to save here'. It is my own OneDrive, it worked "
                 "on Monday."),
    ("OneDrive", "Beim Speichern kommt 'Keine Berechtigung'. Das ist mein eigenes OneDrive, gestern ging es noch."),
    ("OneDrive", "Impossible d'enregistrer, « accès refusé », alors que c'est mon propre OneDrive."),
])
def test_the_writers_own_storage_refusing_a_save_is_a_fault(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Access crash", "The Access database for the depot stock list crashes on start, 'Microsoft Access has stopped "
                     "working'. It lives on the S: drive. Can someone look?"),
    ("Datenbank", "Die Access-Datenbank auf Laufwerk P: startet nicht mehr, Fehler beim Öffnen. Könnt ihr schauen?"),
])
def test_the_access_database_misbehaving_is_a_program_fault(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Access database", "Please give me access to the Access database in the Finance folder on S:."),
    ("Access", "I need access to the P: drive folder Projects, please."),
])
def test_access_asked_to_a_folder_or_the_database_is_still_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"
