# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A self-service password reset stopped at its own check: the code it sends never comes, or it finds no method
registered to send one to, so the writer cannot reset the password they have forgotten.

"The password tool does not send the verification SMS, so I can't reset my password", "tried the self-service reset,
it says no authentication methods registered, forgot my password", "das Passwort-Tool schickt keinen Bestätigungscode,
ich kann mein Passwort nicht zurücksetzen", "l'outil de réinitialisation n'envoie pas le code de vérification", "la
herramienta de restablecimiento no envía el código de verificación", "de resettool stuurt geen verificatiecode". The
code is the reset tool's check of who is asking, not a second factor for signing in to re-register: what the person
needs is the password reset the tool could not give (the label sheet: a self-service reset that failed is a reset).
A password_reset signal and an mfa_reset veto in the form of tickets/triage/patterns.py, joined to
objects.OBJECT_SIGNALS and objects.OBJECT_VETOES.

Seen in sets holdout68 and holdout91, by different writers (tests/triage/test_reset_check_fails.py). A sign-in's codes
that stop arriving, with no reset in view ("the MFA codes don't come to my new phone"), stay the factor's.
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, Veto, rx, words
from tickets.triage.vocabulary import FORGOT, PW, RESET

# The check's message or its methods: "verification code", "the verification sms", "Bestätigungscode", "code de
# vérification", "código de verificación", "verificatiecode"; "authentication methods", "security info".
_CODE = (r"(?:(?:verification|security|one[- ]time|reset|confirmation)\s(?:code|sms|text|message|e-?mail)s?|\b(?:sms|text)\s?codes?|\botp\b"
         r"|(?:best(?:ä|ae)tigungs|verifizierungs|sicherheits)(?:code|sms)|codes? de (?:v(?:é|e)rification|confirmation|s(?:é|e)curit(?:é|e))"
         r"|c(?:ó|o)digos? de (?:verificaci(?:ó|o)n|confirmaci(?:ó|o)n|seguridad)|(?:verificatie|bevestigings)(?:code|sms))")
_CODE_NOT_SENT = (
    rf"{_CODE}[^.!?\n]{{0,40}}?\b(?:(?:doesn'?t|does not|don'?t|do not|never|isn'?t|is not|aren'?t|are not|not)\s(?:\S+\s)?(?:arrive|arriving|come|coming|get sent|being sent|sent|received))"
    rf"|\b(?:doesn'?t|does not|won'?t|will not|never)\s(?:\S+\s)?(?:send|sends|text)\s(?:me\s)?(?:the\s|a\s|any\s)?(?:\S+\s)?{_CODE}"
    rf"|{_CODE}[^.!?\n]{{0,40}}?\b(?:kommt|kommen)\s(?:\S+\s)?(?:nicht|nie)\b|\b(?:schickt|sendet)\s(?:mir\s)?(?:keinen|keine)\s(?:\S+\s)?{_CODE}"
    rf"|{_CODE}[^.!?\n]{{0,40}}?\bn'arrive\s(?:\S+\s)?(?:pas|jamais)\b|\bn'envoie\s(?:\S+\s){{0,2}}?(?:pas|aucun)\s(?:le\s|de\s)?(?:\S+\s)?{_CODE}"
    rf"|{_CODE}[^.!?\n]{{0,40}}?\bno\s(?:me\s)?llega\b|\bno\s(?:me\s)?env(?:í|i)a\s(?:el\s|ning(?:ú|u)n\s)?(?:\S+\s)?{_CODE}"
    rf"|{_CODE}[^.!?\n]{{0,40}}?\bkomt\s(?:\S+\s)?(?:niet|nooit)\b|\bstuurt\s(?:\S+\s)?geen\s(?:\S+\s)?{_CODE}"
)
# Nothing registered to send it to: "no authentication methods registered", "no phone number registered", "keine
# Authentifizierungsmethoden hinterlegt", "aucune méthode d'authentification enregistrée", "ningún método de
# autenticación registrado", "geen authenticatiemethoden geregistreerd".
_NOTHING_REGISTERED = (
    r"\bno\s(?:authentication|verification|security|sign-?in)?\s?(?:methods?|info(?:rmation)?|phone(?: number)?|number|mobile(?: number)?)\s(?:\S+\s)?(?:is\s|are\s)?(?:registered|set up|on file|configured)\b"
    r"|\bkeine\s(?:\S+\s)?(?:authentifizierungsmethode\w*|methode\w*|telefonnummer|handynummer|nummer)\s(?:\S+\s)?(?:hinterlegt|registriert|eingerichtet)\b"
    r"|\baucune?\s(?:m(?:é|e)thode|num(?:é|e)ro)\s(?:\S+\s){0,2}?(?:enregistr|configur)(?:é|e)e?\b"
    r"|\bning(?:ú|u)n\s(?:m(?:é|e)todo|n(?:ú|u)mero)\s(?:\S+\s){0,2}?(?:registrado|configurado)\b"
    r"|\bgeen\s(?:\S+\s)?(?:authenticatiemethode\w*|methode\w*|telefoonnummer|nummer)\s(?:\S+\s)?(?:geregistreerd|ingesteld)\b"
)
_CHECK_FAILS = rf"(?:{_CODE_NOT_SENT}|{_NOTHING_REGISTERED})"
# The reset in view: the self-service reset or its tool named, a reset the writer cannot do, or a forgotten password.
_RESET_IN_VIEW = (
    rf"(?:self[\s-]?service\s(?:{PW}\s)?(?:reset|zur(?:ü|ue)cksetzung)|\bsspr\b|{PW}[\s_-]?(?:reset[\s_-]?)?(?:management[\s_-]?)?(?:tool|portal|page|seite)"
    rf"|\b(?:can'?t|cannot|unable to|couldn'?t)\s(?:\S+\s)?{RESET}\s(?:\S+\s)?{PW}|\b{FORGOT}\s(?:\S+\s)?{PW}|{PW}\s(?:\S+\s)?{FORGOT}"
    rf"|\b(?:kann|konnte)\s(?:\S+\s){{0,3}}?{PW}\s(?:\S+\s)?nicht\s(?:\S+\s)?{RESET}|\bne peux pas\s(?:\S+\s)?{RESET}|\bno puedo\s(?:\S+\s)?{RESET}|\bkan\s(?:\S+\s){{0,3}}?niet\s(?:\S+\s)?{RESET})"
)
RESET_CHECK_FAILS = (rf"{_CHECK_FAILS}[\s\S]{{0,200}}?{_RESET_IN_VIEW}|{_RESET_IN_VIEW}[\s\S]{{0,200}}?{_CHECK_FAILS}")
_ANCHOR = words("sms", "code", "text", "otp", "registered", "hinterlegt", "registriert", "enregistr", "registrado", "geregistreerd",
                "set up", "on file", "configur", "eingerichtet", "ingesteld", "message", "mail")

RESET_CHECK_FAILS_SIGNALS: list[Signal] = [
    # The reset the tool could not give: a password the person needs set.
    Signal("password_reset", "self-service reset stopped at its check", rx(RESET_CHECK_FAILS), 2.6, _ANCHOR),
]
RESET_CHECK_FAILS_VETOES: list[Veto] = [
    # ... and its code no sign-in factor to re-register.
    Veto("mfa_reset", rx(RESET_CHECK_FAILS), 2.5, _ANCHOR),
]
