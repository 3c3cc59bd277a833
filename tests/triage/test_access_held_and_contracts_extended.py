"""Two wrong readings other studies noticed in passing, the sentences our own.

Access the writer says they hold to a site, share, folder or mailbox, with something else going wrong (files that will
not open, a failing sync, slowness, an error), is a fault for a technician (access_held_yet_failing.py), not a
membership; access held beside more asked, or access that went away, still reads as before. A contract or a stay said
lengthened is no leaver (contract_extended.py): the account's end date moves; a contract said not lengthened stays one.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Project site", "I have access to the project's Teams site but none of the documents will open"),
    ("Share slow", "we have access to the planning share, but opening anything there takes ages"),
    ("Library sync", "I do have access to the quality SharePoint library however the sync keeps failing on my laptop"),
    ("Mailbox error", "I have access to the support mailbox, but Outlook shows an error whenever I click on it"),
    ("Zugriff", "Ich habe Zugriff auf den Projektordner, aber die Dateien lassen sich nicht öffnen."),
    ("Accès", "J'ai bien accès au dossier des achats mais la synchronisation échoue depuis ce matin."),
    ("Acceso", "Tengo acceso a la carpeta de ventas pero va muy lenta, tarda minutos en abrir."),
    ("Toegang", "Ik heb toegang tot de teamsite maar krijg steeds een foutmelding bij het openen."),
])
def test_access_held_with_a_fault_is_no_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Second share", "I have access to the purchasing share but I need the logistics share as well, please"),
    ("Rechte", "Ich habe Zugriff auf den Ordner Einkauf, brauche aber auch Zugriff auf den Ordner Logistik."),
])
def test_access_held_beside_more_asked_stays_a_request(subject, body):
    assert triage(subject, body).category == "group_membership"


def test_access_that_went_away_reads_as_before():
    # "had", not "have": a right that stopped working is not the fault this rule sets aside.
    result = triage("Share", "I had access to the audit folder until last Monday, since then it says access denied")
    assert result.category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("Expiry", "Tom's contract was due to end this Friday but it got extended until April, please push his account end date"),
    ("Stay", "Her research stay has been extended by two months, so her login should not expire next week"),
    ("Verlängert", "Der Vertrag von Herrn Adler läuft Ende Mai aus, wurde aber bis September verlängert. Bitte Kontoablauf anpassen."),
    ("Prolongé", "Le contrat de Mme Roux finit vendredi mais il a été prolongé jusqu'en juin, merci de décaler la date d'expiration."),
    ("Prorrogado", "El contrato de Luis acaba el viernes pero se ha prorrogado hasta julio, hay que cambiar la caducidad de su cuenta."),
    ("Verlengd", "Het contract van Eva liep vrijdag af maar is verlengd tot mei, kunnen jullie de verloopdatum van haar account aanpassen?"),
])
def test_a_contract_extended_is_no_leaver(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Ends", "Tom's contract ends this Friday and will not be extended, please disable his account then"),
    ("Endet", "Sein Vertrag endet am Freitag und wird nicht verlängert, bitte sein Konto deaktivieren."),
])
def test_a_contract_not_extended_is_a_leaver(subject, body):
    assert triage(subject, body).category == "offboarding"
