"""A person put on or taken off a shared folder or drive named in words (tickets/triage/folders_joined.py): a
membership, like the folder's group. And the near misses left alone: files, scans or a report moved onto a drive, which
is nobody's access. Set h113 showed the first; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Moved team", "Lena moved to sales last week, please remove lena.weiss from the controlling folders."),
    ("Drive", "Could you add Tom Reed to the Projects drive please, he works on the bid now."),
    ("Ordner", "Bitte Frau Keller aus dem Ordner Einkauf entfernen, sie ist jetzt im Vertrieb."),
    ("Dossier", "Elle a changé de service : pouvez-vous la retirer du dossier Paie ?"),
    ("Carpeta", "Por favor quita a Ana Ruiz de la carpeta de Compras, ya no trabaja en ese equipo."),
    ("Map", "Jan zit nu bij marketing. Wil je hem uit de map Financiën halen?"),
])
def test_a_person_on_or_off_a_named_folder_is_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("Clean-up", "Please put the files on the shared drive before Friday so the auditors find them."),
    ("Old scans", "Can you remove old scans from the finance folder? It is nearly full."),
    ("Report", "Can you add the monthly report to the team folder, the sync tool failed."),
    ("Dateien", "Die Dateien bitte aus dem Ordner Archiv entfernen, der ist voll."),
    ("Portal error", "When I try to add somebody to our project folder on the self-service page it shows error 500."),
])
def test_things_moved_onto_a_drive_are_no_membership(subject, body):
    assert triage(subject, body).category != "group_membership"
