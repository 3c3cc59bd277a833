"""The simulated Claude's reply drafts (the `write_reply` tool of workflow/replies/drafting.py), good and bad.

A good draft is the standard wording the caller sent, with one friendly line of the requester's language added before
the sign-off, so a test can tell Claude's draft from the template. The scenario (the vendor's `draft_scenario`, set
by a test or with `POST /_control/vendors/anthropic/draft {"scenario": ..., "payload": ...}`) makes a bad one:

    good            the standard wording plus a friendly line
    leak_password   adds a password: `payload`, or a made-up one shaped like Rallied's temporary passwords
    foreign_link    adds a link to a site that is not the one-time link
    promise_time    promises it will be done within 5 minutes
    claims_done     says the password was reset, whatever ran
    wrong_language  writes in another language while the tool's `language` says the requested one
    refusal         refuses (stop_reason "refusal", no tool call)
    no_tool         answers in plain text with no tool call
    error           HTTP 500
"""

from __future__ import annotations

import json
import re
from typing import Any

FRIENDLY = {"en": "Have a good day!", "de": "Einen schönen Tag noch!", "fr": "Bonne journée !",
            "es": "¡Que tenga un buen día!", "nl": "Fijne dag nog!"}
PROMISE = {"en": "It will all be done within 5 minutes.", "de": "In 5 Minuten ist alles erledigt.",
           "fr": "Tout sera réglé dans 5 minutes.", "es": "Todo estará listo en 5 minutos.",
           "nl": "Binnen 5 minuten is alles geregeld."}
CLAIM = {"en": "I have reset your password.", "de": "Ich habe Ihr Passwort zurückgesetzt.",
         "fr": "J'ai réinitialisé votre mot de passe.", "es": "He restablecido su contraseña.",
         "nl": "Ik heb je wachtwoord gereset."}
OTHER_LANGUAGE = {
    "en": "Hallo, wir haben Ihre Anfrage erhalten und ein Techniker kümmert sich darum. Ihr Service Desk",
    "other": "Hello, we have received your request and one of our technicians is looking after it. The help desk",
}
MADE_UP_PASSWORD = "Kp7wQz3mRt9x!4"
SCENARIOS = ("good", "leak_password", "foreign_link", "promise_time", "claims_done", "wrong_language", "refusal",
             "no_tool", "error")

_FACTS = re.compile(r"<facts>\n(.*?)\n</facts>", re.S)
_STANDARD = re.compile(r"<standard-wording>\n(.*?)\n</standard-wording>", re.S)


def _before_sign_off(text: str, line: str) -> str:
    body, _, sign_off = text.rstrip().rpartition("\n\n")
    return f"{body}\n\n{line}\n\n{sign_off}" if body else f"{text}\n\n{line}"


def draft(message: str, scenario: str, payload: str = "") -> dict[str, Any]:
    """The tool input the stand-in returns for one write_reply request."""
    facts_match, standard_match = _FACTS.search(message), _STANDARD.search(message)
    facts = json.loads(facts_match.group(1)) if facts_match else {}
    standard = standard_match.group(1) if standard_match else ""
    language = facts.get("language", "en")
    text = _before_sign_off(standard, FRIENDLY.get(language, FRIENDLY["en"]))
    if scenario == "leak_password":
        text = _before_sign_off(text, payload or MADE_UP_PASSWORD)
    elif scenario == "foreign_link":
        text = _before_sign_off(text, "https://helpdesk-reset.example.net/start")
    elif scenario == "promise_time":
        text = _before_sign_off(text, PROMISE[language])
    elif scenario == "claims_done":
        text = _before_sign_off(text, CLAIM[language])
    elif scenario == "wrong_language":
        links = " ".join(row["link"] for row in facts.get("links", []))  # the links kept: only the language is wrong
        text = f"{OTHER_LANGUAGE['other' if language != 'en' else 'en']}\n{links}".strip()
    return {"text": text, "language": language}
