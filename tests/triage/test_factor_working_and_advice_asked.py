"""A second factor that still signs the person in by its typed code while the push no longer comes, and a lost phone
or an unasked prompt about which only "what do I do?" is asked (tickets/triage/second_factor.py): neither asks for
the factor to be reset. And the near readings that stay MFA resets: a new phone to move it to, a reset asked, the
typed code refused as well. Sets ho10, h59, h88, h91, h93, h98 and nearmiss7 showed the meanings; the sentences are
our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("push gone", "the approve notification no longer shows on my phone, I have to open the authenticator and type the "
                  "code every time. it works though"),
    ("no push", "authenticator push notification does not arrive, I have to enter the code by hand each time, same phone"),
    ("Push fehlt", "Seit dem Update kommt keine Push-Benachrichtigung mehr, ich muss immer die App öffnen und den Code "
                   "eingeben."),
    ("notification", "Plus de notification de l'application d'authentification, je dois à chaque fois ouvrir l'appli et "
                     "saisir le code."),
    ("aviso", "Ya no me llega el aviso del autenticador, tengo que abrir la app y escribir el código cada vez."),
    ("melding", "Geen pushmelding meer van de authenticator, ik moet elke keer de code intypen."),
])
def test_a_code_typed_instead_of_the_push_is_no_mfa_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("lost phone", "lost my work phone on the bus, the authenticator app was on it. what do I do?"),
    ("prompts", "Got four authenticator requests tonight that I did not start, I denied them. What should I do?"),
    ("Handy weg", "Diensthandy im Zug verloren, da war der Authenticator drauf. Was soll ich jetzt tun?"),
    ("perdu", "J'ai perdu mon téléphone pro avec l'application d'authentification. Que dois-je faire ?"),
    ("perdido", "He perdido el móvil de empresa con el autenticador. ¿Qué debo hacer?"),
    ("kwijt", "Telefoon kwijt in de trein, de authenticator staat erop. Wat moet ik nu doen?"),
])
def test_advice_asked_about_a_factor_is_no_mfa_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new phone", "new phone, no push notification, I have to type the code from the old phone, please move the "
                  "authenticator to my new phone"),
    ("reset pls", "no push notifications from the authenticator, I have to type the code each time. please reset my MFA"),
    ("refused too", "no push from the authenticator anymore, I have to type the code and the code is rejected as invalid"),
    ("lost + reset", "lost my phone with the authenticator, what do I do? please reset my MFA so I can set it up on the "
                     "new one"),
    ("lost, new one", "lost my phone, authenticator was on it. got a new one today, please set up the MFA again"),
    # The factor's app on a new phone in hand, "what now?": that phone is where it must be registered again.
    ("nouveau téléphone", "L'authenticator sur mon nouveau téléphone n'affiche aucun compte. Que dois-je faire ?"),
    ("nieuwe telefoon", "De authenticator-app op mijn nieuwe telefoon toont geen accounts. Wat moet ik doen?"),
])
def test_a_reset_asked_a_new_phone_or_a_refused_code_stay_mfa_resets(subject, body):
    result = triage(subject, body)
    assert result.category == "mfa_reset", result.reason
