"""Access refused to one person while the others of the team open the place
(tickets/triage/refused_while_teammates_get_in.py): a fault to trace, no membership asked. And the near readings
that stay memberships: an addition asked in words. Sets h88, h91 and nearmiss9 showed the meaning; the sentences are
our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("folder", "access denied on the Audits folder since this morning, others in my team can open it without trouble"),
    ("site", "the Procurement site says I need permission, colleagues in the same department can see it"),
    ("Ordner", "Zugriff verweigert auf den Ordner Einkauf, die Kollegen im Team können ihn öffnen."),
    ("dossier", "Accès refusé au dossier Achats, mes collègues de l'équipe peuvent l'ouvrir."),
    ("carpeta", "Acceso denegado a la carpeta Compras, mis compañeros del equipo sí pueden abrirla."),
    ("map", "Toegang geweigerd op de map Inkoop, mijn collega's in het team kunnen er wel in."),
])
def test_refused_while_teammates_get_in_is_no_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("folder", "access denied on the Audits folder, others in my team can open it, please add me to the group"),
    ("folder", "I need access to the Audits folder like others in my team have, can't open it"),
    ("folder", "can't open the Budget folder, access denied. others in my team can open it, I need the same"),
    ("Ordner", "Zugriff verweigert auf den Ordner Einkauf, die Kollegen im Team können ihn öffnen, ich brauche das auch."),
])
def test_an_addition_asked_stays_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason
