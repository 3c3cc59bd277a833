"""Second-factor words that ask for no reset (tickets/triage/other_senses.py): a lost phone said to hold no factor, a
factor that works but late, and German's bare "Authentifizierung", any sign-in's. And the near tickets that stay
requests: a lost phone that held the authenticator, codes that do not come, a Zwei-Faktor set-up asked. The freight
forwarder's set (tests/data/triage_holdout30.jsonl) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("phone lost", "I lost the depot phone on the train. It only had the shift rota and calls, no authenticator. "
                   "Please block it and order another."),
    ("Handy weg", "Mein Diensthandy ist verloren gegangen, da war kein Authenticator drauf, nur Telefon. Bitte sperren."),
    ("téléphone perdu", "J'ai perdu mon portable pro, il n'y avait que les appels, sans authentificateur, pas "
                        "d'application d'authentification. Merci de le bloquer."),
    ("móvil robado", "Me robaron el móvil de empresa. Solo tenía llamadas, sin autenticador. ¿Lo podéis bloquear?"),
    ("telefoon kwijt", "Mijn werktelefoon is kwijt. Er stond geen authenticator op, alleen WhatsApp. Graag blokkeren."),
])
def test_a_lost_phone_without_the_factor_is_a_device(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("lost phone", "Lost my phone yesterday, it had the authenticator on it. I can't approve sign-ins now, please "
                   "reset my MFA."),
    ("no codes", "I lost my phone and I get no authenticator code on the new one, please re-register my MFA."),
])
def test_a_lost_phone_that_held_the_factor_is_still_mfa(subject, body):
    assert triage(subject, body).category == "mfa_reset"


@pytest.mark.parametrize(("subject", "body"), [
    ("slow MFA", "Authenticator prompts take 3 minutes to arrive, the sign-in times out before I can approve."),
    ("MFA langsam", "Die Authenticator-Anfragen kommen sehr verzögert, oft erst nach Minuten."),
    ("MFA lent", "Les notifications de l'application d'authentification arrivent avec beaucoup de retard."),
    ("MFA lento", "Los avisos del autenticador tardan varios minutos en llegar al móvil."),
    ("MFA traag", "De meldingen van de authenticator-app komen erg traag binnen, soms pas na minuten."),
])
def test_a_factor_that_works_late_is_a_fault_to_look_at(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("VPN", "Der VPN-Client meldet 'Authentifizierung fehlgeschlagen', im Büro klappt alles."),
    ("Zollportal", "Beim Anmelden am Zollportal kommt seit heute nur noch ein Authentifizierungsfehler."),
])
def test_a_bare_authentifizierung_is_a_sign_in_not_a_second_factor(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Zwei-Faktor", "Neues Handy, bitte die Zwei-Faktor-Authentifizierung zurücksetzen."),
    ("Authentifizierung", "Ich bekomme keinen Code mehr für die Authentifizierung aufs Handy, bitte zurücksetzen."),
])
def test_a_second_factor_named_in_german_is_still_mfa(subject, body):
    assert triage(subject, body).category == "mfa_reset"


# Holdout54 (a manufacturer's): the second factor carried as a token (RSA, SecurID, hardware, YubiKey), lost or broken,
# in five languages; a token named alone, or an API's token, is no second factor to reset.
@pytest.mark.parametrize(("subject", "body"), [
    ("token gone", "I think my SecurID fob fell out of my bag, it's lost. I can't get on the VPN from home."),
    ("Token", "Mein Hardware-Token ist kaputt, die Anzeige bleibt leer. Ich brauche einen neuen."),
    ("jeton", "J'ai perdu mon jeton RSA, impossible de me connecter au VPN. Il m'en faut un nouveau."),
    ("token", "Se me ha roto el token físico, no puedo entrar a la VPN. Necesito uno nuevo."),
    ("token", "Mijn hardwaretoken is kapot, ik kan niet inloggen op de VPN. Graag een nieuwe."),
])
def test_a_token_lost_or_broken_is_a_second_factor_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "mfa_reset", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("api token", "The API token for the billing integration is lost after the migration, please generate a new one."),
    ("yubikey", "Can I order a second YubiKey as a spare? Mine works fine."),
])
def test_a_token_named_alone_or_an_apis_token_is_no_second_factor_reset(subject, body):
    assert triage(subject, body).category != "mfa_reset"


@pytest.mark.parametrize(("subject", "body"), [
    # A sign-in refused by an access rule, as its message says (set h93).
    ("laptop", "Getting 'the sign-in method you are trying to use is not allowed' on the new laptop since Monday."),
    ("Anmeldung", "Beim Login am Terminal kommt: Die Anmeldemethode ist nicht zulässig."),
    ("connexion", "Message d'erreur : cette méthode de connexion n'est pas autorisée."),
    ("inicio", "Me sale 'el método de inicio de sesión no está permitido' al entrar en el portátil."),
    ("aanmelden", "Foutmelding: deze aanmeldmethode is niet toegestaan."),
])
def test_a_sign_in_method_refused_by_policy_is_no_factor_to_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_new_phone_beside_the_refused_method_is_still_a_factor_to_move():
    result = triage("new phone", "Got a new phone, now it says the sign-in method isn't available. Please reset my MFA "
                                 "so I can register the new phone.")
    assert result.category == "mfa_reset", result.reason
