"""A person the writer says is not in our directory at all cannot be put in a group or given a mailbox: a guest is to
be invited first, a person's call (tickets/triage/outside_the_directory.py). A person who is in it, or a group they are
not in yet, keeps the membership. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _reads(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("partner access", "The surveyor from Hollins Ltd needs to open the bridge drawings folder. She isn't in our system."),
    ("supplier on sharepoint", "Our supplier's planner (k.ames@millbrook-supply.com) should see the tender documents on "
                               "SharePoint, he is not in our directory at all"),
    ("consultant share", "please give access to the audit share for the consultant from Pell & Co, he has no account with us"),
    ("mailbox for outsider", "Can the claims assessor from the insurer get full access to the claims mailbox? She's not in our tenant."),
    ("Zugriff Fremdfirma", "Der Polier der Fremdfirma braucht Zugriff auf den Ordner Baustelle Nord, er ist gar nicht in unserem System."),
    ("Zugriff extern", "Die Architektin von außen soll den Projektordner sehen, sie hat kein Konto bei uns."),
    ("accès externe", "Le géomètre du sous-traitant doit accéder au dossier Chantier, il n'est pas dans notre annuaire."),
    ("acceso externo", "El técnico de la subcontrata necesita acceso a la carpeta Obras, no está en nuestro sistema."),
    ("toegang extern", "De uitvoerder van de onderaannemer heeft toegang nodig tot de map Bouwplaats, hij staat niet in ons systeem."),
])
def test_someone_outside_the_directory_is_no_membership_to_carry_out(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("share access", "Please add Tom Rees to the Finance share, he's not in the AD group yet."),
    ("folder", "Please give Priya access to the bridge drawings folder, she joined our team last month."),
    ("Ordner", "Bitte Herrn Brandt in die Gruppe Projekte Nord aufnehmen, er ist noch nicht in der Gruppe."),
    ("mailbox", "Please give Dan full access to the claims mailbox, he covers for Ana next week."),
])
def test_a_colleague_in_the_directory_keeps_the_request(subject, body):
    result = triage(subject, body)
    assert result.category in {"group_membership", "mailbox_access"}, result.reason
