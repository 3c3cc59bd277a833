"""One person's Office saying it is unlicensed is a licence to give back; the same words for many, or for a machine, are not.

The source's convention (tickets' README: "Office unlicensed / activate now" is a licence change) read from both sides,
in the five languages triage reads (tickets/triage/office_shown_unlicensed.py). Sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Word unlicensed", "Since lunch my Word has a red strip saying 'Unlicensed Product', I can only read my files."),
    ("excel", "excel keeps telling me product deactivated and every button is grey"),
    ("Outlook wants activating", "Outlook pops up 'Activate now' every time I open it, and I can't send from it."),
    ("Office", "My Microsoft 365 apps say unlicensed product at the top. Started after I got my new notebook."),
    ("Office nicht lizenziert", "Bei mir zeigt Excel oben 'Nicht lizenziertes Produkt', speichern geht nicht mehr."),
    ("Outlook", "Outlook meldet seit dem Wochenende 'Produkt deaktiviert'."),
    ("Word sans licence", "Depuis ce matin Word m'indique « produit sans licence », je ne peux rien enregistrer."),
    ("Excel", "Excel affiche 'produit non licencié' sur mon portable."),
    ("Word sin licencia", "En mi Word sale «producto sin licencia» arriba y no puedo guardar los cambios."),
    ("Office zonder licentie", "Mijn Excel toont 'product zonder licentie' en ik kan niets opslaan."),
    ("Word", "Word geeft bij mij 'niet-gelicentieerd product' aan sinds vanochtend."),
])
def test_one_persons_office_shown_unlicensed_is_a_licence_change(subject, body):
    result = triage(subject, body)
    assert result.category == "license_change", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # Many people at once: a licensing service or a setting, not one account's licence.
    ("Office unlicensed", "Every user on the terminal server gets 'Unlicensed Product' in Word since the update."),
    ("excel", "On the Citrix desktops Excel says unlicensed product for the whole accounts team."),
    ("Office", "Word zeigt bei allen Benutzern 'Nicht lizenziertes Produkt' seit heute."),
    ("Office", "Tous les utilisateurs voient « produit sans licence » dans Word depuis la mise à jour."),
    # Office's own activation on the machine failing.
    ("activation error", "Word says unlicensed product, activation fails with error 0xC004F074."),
    ("KMS", "Office says 'activate now' on my PC, I think the KMS host is unreachable again."),
    ("Lizenzserver", "Excel meldet 'Produkt deaktiviert', der Lizenzserver antwortet nicht."),
    # The device changed under it.
    ("Word", "My laptop came back from repair today and now Word shows 'Unlicensed Product'."),
    ("Word", "Mein Notebook wurde neu aufgesetzt, jetzt sagt Word 'nicht lizenziertes Produkt'."),
    ("Excel", "Mi portátil volvió de reparación y Excel dice «producto sin licencia»."),
    # Windows' own watermark, a lure quoting the words, and a licence declined in so many words.
    ("watermark", "The desktop shows 'Activate Windows' in the corner, and Word asks to activate now too."),
    ("phishing?", "Suspicious mail says my Office 365 is unlicensed and I must log in on their page. Didn't click."),
    ("Word", "On the test machine Word says unlicensed product. Please don't assign a licence yet, I'm only testing."),
])
def test_the_same_words_for_many_or_for_the_machine_stay_other(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_another_programs_unlicensed_bar_is_not_raised():
    # SPSS is licensed per machine by its vendor: discounts.py keeps its message a symptom for a person.
    result = triage("SPSS", "SPSS shows 'unlicensed product' on my PC since today.")
    assert result.category == "other", result.reason
