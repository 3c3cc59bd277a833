"""Someone's inbox the writer was asked to look after while they are away (tickets/triage/objects.py): a deputy's
mailbox access asked without the word "access". And the near tickets that are not: IT asked to watch a mailbox, one's
own inbox looked after. Set h101 showed it; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("inbox while away", "Marta is on parental leave from Monday and asked me to look after her inbox for supplier "
                         "orders. she approved it"),
    ("Vertretung", "Mein Chef ist zwei Wochen in Kur und hat mich gebeten, sein Postfach zu betreuen."),
    ("absence", "Mon responsable est absent un mois, il m'a demandé de surveiller sa boîte pour les devis."),
    ("ausencia", "Mi jefa está de baja y me pidió que revisara su buzón por los pedidos urgentes."),
    ("vervanging", "Mijn collega is met verlof en vroeg me zijn mailbox in de gaten te houden."),
])
def test_an_inbox_to_look_after_for_someone_away_is_mailbox_access(subject, body):
    result = triage(subject, body)
    assert result.category == "mailbox_access", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("mailbox full", "can you keep an eye on her mailbox, it is at 98% and she is away"),
    ("own inbox", "I am away next week, my inbox has an out of office set already. just so you know"),
])
def test_an_inbox_watched_by_it_or_ones_own_is_no_access_asked(subject, body):
    result = triage(subject, body)
    assert result.category != "mailbox_access", result.reason
