"""A named share, drive or folder someone is put in or simply needs, with no word "access" (folders_joined.py): a
membership, like the folder's group. And the near misses that keep their reading: files put on a share, a drive to map,
clean, replace or restore, a disk. Sets h121 to h124 showed it, each writer their own way; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Sales share", "Please put tom in the sales share, he joined the team from support."),
    ("Planning", "could you put kbrandt (new planner) in the planning share please"),
    ("Needs the Q: drive", "our new buyer rmoss needs the Q: drive like everyone else in purchasing"),
    ("Marketing", "ella will need the marketing share from monday, same as jon has"),
    ("Reports", "the new site lead needs to see the HSE reports folder the other leads use"),
    ("Laufwerk", "Herr Vogel braucht das Laufwerk Einkauf, er ist neu im Team."),
    ("Laufwerk", "bitte für Frau Lenz das Vertriebslaufwerk (V:) freischalten, sie wechselt in den Vertrieb"),
    ("Dossier", "Notre nouvelle comptable a besoin du dossier Paie, comme ses collègues."),
    ("Carpeta", "El nuevo técnico necesita la carpeta de Proyectos, como el resto del equipo."),
    ("Map", "Onze nieuwe collega Bram heeft de map Inkoop nodig, net als de rest."),
])
def test_a_named_drive_put_in_or_needed_is_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("Drive", "I need the P: drive mapped on my new laptop"),
    ("Full", "we need the shared drive cleaned up, it's full"),
    ("Disk", "he needs the hard drive replaced, it clicks"),
    ("Space", "she needs the C: drive cleared, no space left"),
    ("Restore", "I need the old file from the P: drive restored"),
    ("Bid", "need the project folder created for the new bid"),
    ("Laufwerk", "ich brauche das H-Laufwerk wieder verbunden nach dem Update"),
    ("Scans", "please put the scans in the finance share"),
    ("New disk", "I need the new drive installed in my pc"),
])
def test_files_faults_and_disks_are_no_membership(subject, body):
    assert triage(subject, body).category != "group_membership"
