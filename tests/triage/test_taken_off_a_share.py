"""A person taken off a share, a drive, a folder or a named list is a membership taken away
(tickets/triage/taken_off_a_share.py), in the five languages; a share's files, a right, a list that is not the
directory's, or a removal reported rather than asked, is not. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _reads(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("legal share", "please take wqrtz off the legal share, she moved to marketing in May"),
    ("drive", "Remove Piotr Nowak from the engineering drive, he changed department."),
    ("audit folder", "please remove kzlp and mvrq from the quarterly audit folder, the audit is finished"),
    ("night list", "take me off the Bremen weekend cover list, I work days now"),
    ("path", r"please take ext_pbl off \\srv-07\Projects\Bridge, he moved to the tunnel project."),
    ("Verteiler", "Frau Kessler ist jetzt im Vertrieb, bitte aus dem Verteiler Einkauf entfernen."),
    ("dossier", "Merci de retirer Paul Morel du dossier Direction, il a changé de service."),
    ("carpeta", "Por favor, quitar a Marta Gil de la carpeta Compras, ya no trabaja en el equipo."),
    ("map", "Haal collega Visser uit de map Kwaliteit, hij werkt nu bij inkoop."),
])
def test_a_person_taken_off_a_share_or_list_is_a_membership(subject, body):
    _reads(subject, body, "group_membership")


@pytest.mark.parametrize(("subject", "body"), [
    ("clean up", "please remove the old files from the finance share, it is nearly full"),
    ("duplicates", "can you remove duplicates from the archive folder? there are thousands"),
    ("waiting list", "please take Jana off the parking waiting list, she got a space"),
    ("removed?", "I was removed from the design share yesterday and can't open anything, is something broken?"),
    ("share gone", "The finance share is gone from my computer since this morning."),
    ("Dateien", "Bitte die alten Dateien aus dem Ordner Projekte entfernen, der Speicher ist voll."),
])
def test_contents_other_lists_and_faults_are_not(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("Ordner voll", "Die alten Scans bitte aus dem Ordner Eingang entfernen, er ist voll."),
    ("Dateien", "Die Dateien bitte aus dem Laufwerk Projekte entfernen, die sind doppelt."),
])
def test_things_named_before_the_please_are_not_people(subject, body):
    assert triage(subject, body).category != "group_membership"
