"""A leaver said by the walking out rather than by "leaver" or "last day" (tickets/triage/joiner_leaver_words.LEAVER):
"our cleaner Ida left on Sunday without notice", a name with its login in brackets and "left last month". And the
near misses left alone: someone away for a while, a visitor or a thing that left. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Walked out", "Our stock clerk rvolk left yesterday without notice. Please block his account and badge."),
    ("Left", "our cleaner Ida left on Sunday without notice, please remove her from everything"),
    ("Files", "sara (sbrook) left last month, her account can be disabled once her files are saved."),
    ("Gegangen", "Herr Brandt ist am Freitag ohne Vorwarnung gegangen, bitte sein Konto sperren."),
    ("Départ", "Notre magasinier est parti lundi sans préavis, merci de bloquer son compte."),
    ("Baja", "El mozo de almacén se fue ayer sin previo aviso, bloquead su cuenta por favor."),
    ("Vertrokken", "De magazijnmedewerker is gisteren zonder opzegging vertrokken, graag zijn account blokkeren."),
])
def test_someone_who_walked_out_is_a_leaver(subject, body):
    assert triage(subject, body).category == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("Inbox", "Tom left yesterday for two weeks of holiday, his phone is off."),
    ("Printer", "The engineer left yesterday and the printer still jams."),
    ("Parcel", "The courier left without notice, the parcel is at reception."),
    ("Meeting", "Karl left the meeting without a word and the room screen is still on."),
])
def test_away_for_a_while_or_a_visit_ended_is_no_leaver(subject, body):
    assert triage(subject, body).category != "offboarding"
