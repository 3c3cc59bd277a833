# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A sign-out the writer suffers, told as a symptom: "I've been logged out of everything since the update", "I have to
sign in again every hour". The words of a session revoke are there ("logged out of all ..."), but nobody asks for
anyone's sessions to be ended: something ends them unasked, and why is a technician's to find (a policy, an update, a
token that will not stick). A veto in the form of tickets/triage/patterns.py, joined to objects.OBJECT_VETOES.

Came from set h143, a veterinary group's (tests/triage/test_sign_outs_suffered_views_apart_and_titled_newcomers.py). The older "keeps logging me out"
veto in vetoes.py says the same in one phrase; this one reads the passive and the sign-in asked again, in the five
languages.
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx, words
from tickets.triage.unless import ASKS_FOR_A_CHANGE, unless

# The writer (or the team) put out by something: "I've been logged out of Teams and Outlook", "we keep getting kicked
# out", "I got signed out of everything", "ich werde ständig abgemeldet", "wir wurden überall rausgeworfen", "je suis
# déconnecté sans arrêt", "on est sans cesse déconnectés", "me desconecta todo el rato", "se me cierra la sesión",
# "ik word steeds uitgelogd", "we zijn overal uitgelogd".
_PUT_OUT = (r"\b(?:i(?:'ve| have)? been|i was|i got|i get|i keep getting|i keep being|i'm being|i am being|we(?:'ve| have)? been|we were|we got|we get|we keep getting"
            r"|everyone (?:has been|was|got|keeps getting)|(?:all of us|we all) (?:have been|were|got|keep getting))\s(?:\S+\s)?(?:logged|signed|kicked|thrown|booted)\s(?:\S+\s)?out\b"
            r"|\b(?:ich|wir)\s(?:werde|werden|wurde|wurden|bin|sind)\s(?:\S+\s){0,3}?(?:abgemeldet|ausgeloggt|rausgeworfen|rausgeschmissen)\b"
            r"|\b(?:je suis|on est|nous sommes|j'ai (?:(?:é|e)t(?:é|e)))\s(?:\S+\s){0,2}?d(?:é|e)connect(?:é|e)e?s?\b"
            r"|\bme\s(?:desconecta|saca|echa)\b|\bse me cierra(?:n)? (?:la |las )?sesi(?:ó|o)n(?:es)?\b"
            r"|\b(?:ik word|we worden|ik ben|we zijn|ik werd|we werden)\s(?:\S+\s){0,3}?(?:uitgelogd|afgemeld|eruit gegooid)\b")
# The sign-in asked again and again: "have to sign in again every hour", "keeps asking me to log in again", "muss mich
# ständig neu anmelden", "je dois me reconnecter toutes les heures", "tengo que volver a iniciar sesión cada hora",
# "moet steeds opnieuw inloggen".
_SIGN_IN_AGAIN = (r"\b(?:have|had|need|needs|has) to (?:sign|log)\s?(?:back\s)?in (?:again )?(?:every|each|all the time|constantly|repeatedly|several times|multiple times|over and over)\b"
                  r"|\b(?:keeps?|kept) (?:asking|prompting|making) (?:me|us|them) (?:to )?(?:sign|log)\s?in again\b"
                  r"|\bm(?:u|ü|ue)ss(?:e|en)? (?:mich|uns) (?:\S+\s)?(?:st(?:ä|ae)ndig|st(?:ü|ue)ndlich|jede stunde|immer wieder|dauernd|t(?:ä|ae)glich mehrmals) (?:\S+\s)?(?:neu |wieder |erneut )?(?:anmelden|einloggen)\b"
                  r"|\bje dois me reconnecter (?:\S+\s)?(?:toutes les|sans cesse|tout le temps|constamment|chaque)\b"
                  r"|\btengo que (?:volver a )?(?:iniciar sesi(?:ó|o)n|entrar|conectarme) (?:de nuevo |otra vez )?(?:cada|todo el rato|constantemente|continuamente)\b"
                  r"|\bmoet (?:ik |we )?(?:steeds|telkens|elk uur|ieder uur|constant|voortdurend) (?:\S+\s)?(?:opnieuw )?(?:inloggen|aanmelden)\b")
# Not where someone asks for a sign-out after all, or fears the account is taken: "I was logged out of everything and
# my password changed, I think I was hacked" is a compromise to act on, however the writer tells it.
_TAKEN_OVER = (r"hack|compromis|kompromitt|phish|someone else|somebody else|not me\b|jemand anderes|fremde|quelqu'un d'autre"
               r"|alguien m(?:á|a)s|iemand anders|gehackt|pirat|comprometid|gecompromitteerd|breach")
SIGN_OUT_SUFFERED = unless(rf"(?:{_PUT_OUT})|(?:{_SIGN_IN_AGAIN})", rf"{ASKS_FOR_A_CHANGE}|{_TAKEN_OVER}")

SIGN_OUTS_SUFFERED_VETOES: list[Veto] = [
    # "we got kicked out of the intranet twice today and the app wants a fresh sign-in each time": a symptom.
    Veto("session_revoke", rx(SIGN_OUT_SUFFERED), 3.0, words(
        "out", "again", "abgemeldet", "ausgeloggt", "rausge", "neu ", "wieder", "erneut", "connect", "reconnect", "desconecta",
        "saca", "echa", "cierra", "sesi", "uitgelogd", "afgemeld", "eruit", "opnieuw", "inloggen", "aanmelden")),
]
