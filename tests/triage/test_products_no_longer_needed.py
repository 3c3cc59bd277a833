"""A licensed product said no longer needed for a person, and "it" asked taken away (tickets/triage/patterns.py): a
licence removal without the word "licence". And the near tickets that are not: a product's shortcut or a server
image's copy no longer needed. Set h101 showed it; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Visio", "Visio not needed anymore for Tom Berg, his drawings are done. please take it away"),
    ("Visio", "Visio für Herrn Berg nicht mehr nötig, bitte entfernen"),
    ("Visio", "Visio pour Paul Martin : plus besoin, merci de le retirer"),
    ("Visio", "Visio para Ana López ya no se necesita, quitadla por favor"),
    ("Visio", "Visio voor Piet Jansen niet meer nodig, graag verwijderen"),
])
def test_a_product_no_longer_needed_for_someone_is_a_licence_removal(subject, body):
    result = triage(subject, body)
    assert result.category == "license_change", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("start menu", "the Visio shortcut on the desktop is not needed anymore, please remove it from the start menu"),
    ("image", "Visio not needed anymore for the terminal server image, remove it from the build"),
])
def test_a_products_copy_or_shortcut_no_longer_needed_is_no_licence(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason
