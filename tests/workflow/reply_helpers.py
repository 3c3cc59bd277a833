"""Shared pieces of the reply tests: tickets in five languages, the PSAs' customer-visible notes, a known password."""

from __future__ import annotations

import re
from typing import Any

from tickets.triage.language import guess_language

ADELE = "adele.vance@contoso.example"
LANGUAGES = ("en", "de", "fr", "es", "nl")
# A subject as a PSA form fills it in, and the requester's own words.
RESET = {
    "en": "Hi, I forgot my password and cannot sign in any more. Could you please reset it? Thanks",
    "de": "Hallo, ich habe mein Passwort vergessen und kann mich nicht mehr anmelden. Können Sie es bitte "
          "zurücksetzen? Danke",
    "fr": "Bonjour, j'ai oublié mon mot de passe et je ne peux plus me connecter. Pouvez-vous le réinitialiser ? "
          "Merci",
    "es": "Hola, he olvidado mi contraseña y no puedo iniciar sesión. ¿Pueden restablecerla? Gracias",
    "nl": "Hallo, ik ben mijn wachtwoord vergeten en kan niet meer inloggen. Kunnen jullie het resetten? Bedankt",
}
PRINTER = {
    "en": "Hello, the printer on the second floor has not printed anything since this morning.",
    "de": "Hallo, der Drucker im zweiten Stock druckt seit heute Morgen überhaupt nichts mehr.",
    "fr": "Bonjour, l'imprimante du deuxième étage n'imprime plus rien depuis ce matin.",
    "es": "Hola, la impresora de la segunda planta no imprime nada desde esta mañana.",
    "nl": "Hallo, de printer op de tweede verdieping print sinds vanochtend helemaal niets meer.",
}
SIGN_OFF = {"en": "Harbor IT help desk", "de": "Ihr Harbor IT Service Desk", "fr": "Le support informatique Harbor IT",
            "es": "El equipo de soporte de Harbor IT", "nl": "Servicedesk Harbor IT"}
FRIENDLY = {"en": "Have a good day!", "de": "Einen schönen Tag noch!", "fr": "Bonne journée !",
            "es": "¡Que tenga un buen día!", "nl": "Fijne dag nog!"}  # what the sandbox's Claude adds
# The line of an escalated reply after which the parts a technician will do are listed (escalated.txt).
HANDED_OVER_HEADER = {"en": "a technician will take care of", "de": "darum kümmert sich ein Techniker",
                      "fr": "un technicien s'en chargera", "es": "un técnico se encargará de",
                      "nl": "een technicus zorgt hiervoor"}
SECRET_LINK = re.compile(r"https?://\S+/s/[A-Za-z0-9_\-]+/")
KNOWN_PASSWORD = "Wq4zTn8pLm2vRx!7"  # every temporary password in these tests, so any trace of it can be searched


def psa_replies(sandbox: Any, vendor: str, psa_id: str) -> list[str]:
    """The notes on the PSA ticket that its contact can see, read from the sandbox PSA's own state."""
    state = sandbox.sandbox.state()[vendor]
    if vendor == "connectwise":
        return [n["text"] for n in state["tickets"][str(psa_id)]["notes"]
                if n["detailDescriptionFlag"] and not n["internalAnalysisFlag"]]
    if vendor == "autotask":
        (db,) = state.values()
        return [n["description"] for n in db["notes"] if str(n["ticketID"]) == str(psa_id) and n["publish"] == 1]
    return [a["note"] for a in state["actions"]
            if str(a["ticket_id"]) == str(psa_id) and not a["hiddenfromuser"] and not a["timetaken"]]


def everything_in(sandbox: Any) -> str:
    """Every vendor's whole state as text: a secret must appear nowhere in it."""
    return str(sandbox.sandbox.state())


def assert_in_language(text: str, language: str) -> None:
    guess = guess_language(SECRET_LINK.sub(" ", text))
    assert (guess.code, guess.sure or language == "en") == (language, True), (language, guess, text)
    assert SIGN_OFF[language] in text, text
