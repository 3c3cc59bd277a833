"""How triage reads what the writer means, not only which words they used (issue 12, "triage that generalises").

Each class is pinned from both sides: the wording that asks for the action, and its look-alike that must stay
`other` (or become the other action), in more than one language. The sentences are written for these tests; none is
taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _category(subject: str, body: str) -> str:
    return triage(subject, body).category


# -- a state the writer denies is no evidence of it ------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "body", "category"), [
    # Denied lockout: the reset is what is asked for, not an unlock.
    ("Sign-in trouble", "I'm not locked out as far as I can tell, the password is just wrong. Please reset my password.",
     "password_reset"),
    ("Kennwort", "Mein Konto ist nicht gesperrt, ich habe nur mein Passwort vergessen. Bitte setzen Sie es zurück.",
     "password_reset"),
    ("Warning mails", "Odd e-mails keep telling me my account will be blocked. I am not locked out, all fine, FYI.",
     "other"),
    ("Compte", "Mon compte n'est pas bloqué, je voulais juste savoir combien d'essais on a avant le blocage ?", "other"),
    # The same words, affirmed: an unlock.
    ("Sign-in trouble", "I'm locked out after too many tries this morning, please unlock me.", "account_unlock"),
    ("Konto", "Mein Konto ist gesperrt, bitte entsperren.", "account_unlock"),
    ("Compte", "Mon compte est bloqué depuis ce matin, pouvez-vous le débloquer ?", "account_unlock"),
])
def test_a_lockout_the_writer_denies_is_not_one(subject, body, category):
    assert _category(subject, body) == category


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Cover for Omar", "Omar is away for a month. Could Lena get access to his mailbox meanwhile? Do not reset his "
                       "password or change anything on his account.", "mailbox_access"),
    ("Vertretung", "Bitte geben Sie Frau Kurz Zugriff auf das Postfach von Herrn Roth. Sein Passwort bitte nicht "
                   "zurücksetzen.", "mailbox_access"),
    # Without the refusal, the reset is the request.
    ("Omar", "Omar forgot his password on holiday, please reset his password.", "password_reset"),
])
def test_a_reset_the_writer_forbids_is_not_asked_for(subject, body, category):
    assert _category(subject, body) == category


# -- a question about how something behaves, with nothing asked ----------------------------------------------------

@pytest.mark.parametrize(("subject", "body"), [
    ("Authenticator every day?", "Since Monday the authenticator wants an approval each time I open Outlook. Has a "
                                 "setting changed? It still works, I'm only curious."),
    ("No MFA prompt", "My replacement PC never showed the two-step prompt when I signed in, unlike the old one. Is "
                      "that expected?"),
    ("MFA-Abfrage", "Seit gestern fragt die Authenticator-App zweimal am Tag nach einer Bestätigung. Ist das so "
                    "gewollt?"),
    ("Code SMS", "Le code de vérification par SMS arrive avec cinq minutes de retard maintenant. C'est normal ?"),
    ("Autenticador", "¿Es normal que el autenticador me pida aprobar cada mañana? Antes no lo hacía."),
    ("MFA melding", "Ik krijg de MFA-melding nu elke ochtend, vroeger eens per maand. Is er iets veranderd?"),
])
def test_a_question_about_behaviour_asks_for_no_action(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason
    assert result.needs_human


@pytest.mark.parametrize(("subject", "body"), [
    # A question next to a request, or a sign-in that fails: still the MFA reset.
    ("Authenticator", "The authenticator wants a code every morning now, is that normal? Either way, please reset "
                      "my MFA so I can register it again."),
    ("MFA", "My phone was stolen on Saturday so I can't approve the sign-in. Is that something you can sort? I need "
            "the MFA reset."),
    ("Authenticator", "Mein Handy wurde gestohlen, bitte setzen Sie meine MFA zurück. Geht das heute noch?"),
    ("Double authentification", "J'ai perdu mon téléphone, pouvez-vous réinitialiser ma double authentification ?"),
])
def test_a_question_beside_a_request_or_a_lost_device_stays_the_request(subject, body):
    assert _category(subject, body) == "mfa_reset"
