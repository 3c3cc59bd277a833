"""Meanings set h111 showed the engine misread: an unlock the writer forbids while someone investigates
(disclaimed._act_forbidden), a ticket called a "dupe" of another and closed with the bare verb (already_done), a vendor
notice forwarded with the writer's FYI written below it (noise._NOTE_BELOW), and a piece of work whose start was read as
a newcomer's (other_senses._WORK_STARTS). Sentences are our own, not the set's; each has near misses that still ask.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # The unlock forbidden while others look into the lock.
    ("lockouts for jdoe", "SOC here: jdoe keeps locking from a kiosk PC. We're on it, please do not unlock the "
     "account until we report back."),
    ("Sperren bei mmeier", "Die IT-Sicherheit prüft die Sperren von mmeier. Bitte das Konto vorerst nicht entsperren."),
    ("verrouillages", "L'équipe sécurité enquête sur le compte de pdupont, merci de ne pas débloquer le compte."),
    ("bloqueos", "Seguridad investiga la cuenta de lgarcia. Por favor no desbloqueéis la cuenta hasta nuevo aviso."),
    ("blokkades", "Security onderzoekt het account van jvries, graag het account voorlopig niet ontgrendelen."),
    # Called a dupe, done already, closed with the bare verb.
    ("dupe: locked account", "dupe of INC0051234, already unlocked by phone. close"),
    ("Dublette", "Dublette zu INC0051234, Konto wurde bereits entsperrt. schließen"),
    # A vendor notice forwarded with only an FYI written below it.
    ("FW: Major update from Message center", "-----Original Message-----\nFrom: Message center\nSubject: Major update\n\n"
     "We are retiring legacy authentication for mail clients in June.\n\n---\nfyi, our scanner may use this, just "
     "so you know"),
])
def test_nothing_is_asked(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body", "category"), [
    # An unlock asked beside a failure, or feared without it: no prohibition.
    ("locked", "If you don't unlock my account by noon I can't finish payroll. Please unlock it.", "account_unlock"),
    ("Konto gesperrt", "Ich kann mein Konto nicht entsperren, bitte entsperren.", "account_unlock"),
    ("still locked", "My account is still not unlocked, please unlock it.", "account_unlock"),
    # A duplicate that still asks, in the writer's own words.
    ("locked again", "Same as before, my account is locked again, please unlock it and close the old ticket too.",
     "account_unlock"),
    # A piece of work starts and two people need a group: the membership stays.
    ("VPN group", "The new maintenance contract for the harbour site starts next month, anna.b and tom.k need to be "
     "in VPN-Harbour.", "group_membership"),
    # A newcomer named beside the project keeps the onboarding.
    ("new starter", "The project for the north region starts on Monday and our new colleague Lisa Brandt starts the "
     "same day, please create her account and mailbox.", "onboarding"),
])
def test_the_request_still_counts(subject, body, category):
    assert triage(subject, body).category == category
