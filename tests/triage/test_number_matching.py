"""Number matching at fault (tickets/triage/second_factor.py): the sign-in asks for a number it does not show, or the
page and the authenticator disagree. `other`, for a technician; a new phone or a reset asked stays an MFA reset. And a
leaver's mailbox wanted by the writer with "access" unsaid (objects.py) is mailbox access, not the offboarding.

Meanings that came back wrong in sets h90, h92 and h95; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Number matching", "The authenticator wants me to enter the number on screen, but the VPN login page shows no number at all."),
    ("Authenticator", "The number in the authenticator doesn't match the one the sign-in page displays. I can't get in."),
    ("Zahlenabgleich", "Authenticator will eine Zahl, aber auf der Anmeldeseite wird keine Zahl angezeigt."),
    ("Authentificator", "L'application d'authentification demande un nombre, mais aucun nombre n'est affiché sur la page."),
    ("Autenticador", "El autenticador pide un número pero en la página no aparece ningún número."),
    ("Authenticator", "De authenticator vraagt een getal, maar op het inlogscherm wordt geen getal getoond."),
])
def test_number_matching_at_fault_is_other(subject: str, body: str) -> None:
    result = triage(subject, body)
    assert result.category == "other", (subject, body, result.category, result.reasoning)


@pytest.mark.parametrize(("subject", "body"), [
    ("MFA", "New phone since yesterday, please reset my MFA so I can set up the authenticator again."),
    ("Number matching", "Got a new phone and the authenticator shows no number now. Please reset my MFA."),
])
def test_a_factor_to_register_again_stays_a_reset(subject: str, body: str) -> None:
    result = triage(subject, body)
    assert result.category == "mfa_reset", (subject, body, result.category, result.reasoning)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Leaver's mailbox", "Karl left on Friday. I'm his team lead and need his mailbox for the open orders.", "mailbox_access"),
    ("Leaver", "Mara has left the company. We need into her inbox for the supplier threads, two weeks is enough.", "mailbox_access"),
    # The account asked closed as well stays the offboarding; the mailbox asked done to is one of its steps.
    ("Leaver", "Karl left on Friday. Please disable his account; I need his mailbox converted to shared.", "offboarding"),
])
def test_a_leavers_mailbox_wanted(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, (subject, body, result.category, result.reasoning)
