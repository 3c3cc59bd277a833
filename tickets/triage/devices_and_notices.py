# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A lock that is a device's, a leaver said by the end of their work with us or of their employment, and a notice
sent only for the record.

A handheld, a till or a tablet stuck on its own lock screen, or refusing the code or PIN that opens it, is locked as a
device is: its code unlocks it, and no person's account is locked out. A person who "finished with us" (hat bei uns
aufgehört, a fini chez nous, terminó con nosotros, is bij ons gestopt) is a leaver said by the end of their work
rather than by a leaver's word. A ticket that says nothing is needed from the help desk ("just for the records,
nothing needed from you", "kein Handlungsbedarf") tells and asks for nothing, whatever it names.

Found on tickets by an author who read nothing of the project (tests/data/triage_nearmiss6.jsonl, a retail chain's);
said by word class and sentence shape in the five languages (tests/triage/test_device_locks_and_notices.py). An
employment ended by the employer ("das Arbeitsverhältnis wurde beendet") came from tests/data/triage_nearmiss7.jsonl, a
bus and tram operator's (tests/triage/test_accounts_in_place_successors_and_dismissals.py).
"""

from __future__ import annotations

from tickets.triage.already_done import unless, unless_asked
from tickets.triage.patterns import Signal, Veto, rx, words

# A device's lock screen or kiosk lock, and the code, PIN or passcode that opens a device (never an account's, which
# the help desk unlocks: "the account is locked" stays an unlock).
_DEVICE_LOCK = (r"(?:lock ?screen|kiosk (?:mode|lock)|sperrbildschirm|kiosk-?modus|(?:é|e)cran (?:de )?verrouillage|mode kiosque"
                r"|pantalla de bloqueo|modo quiosco|vergrendel(?:ings)?scherm|kioskmodus)")
_DEVICE_CODE = (r"(?:unlock (?:code|pin)|passcode|device (?:pin|code)|screen (?:pin|code)|entsperr(?:code|-?pin)|ger(?:ä|ae)te-?(?:pin|code)"
                r"|code de d(?:é|e)verrouillage|c(?:ó|o)digo de desbloqueo|pin de desbloqueo|ontgrendel(?:code|pin))")
_ACCOUNT_LOCKED = r"(?:account|konto|benutzer|compte|cuenta|usuario|gebruiker)\s(?:\S+\s){0,3}?(?:locked|gesperrt|bloqu|vergrendeld|geblokkeerd)"
_REFUSED = (r"(?:stuck|won'?t|doesn'?t|does not|will not|not accept\w*|refus\w*|rejects?|h(?:ä|ae)ngt|nimmt|akzeptiert|bloqu(?:é|e)e?|n'accepte|reste"
            r"|atascad[oa]|se queda|no acepta|rechaza|blijft|hangt|accepteert|weigert)")
_LOCKED_DEVICE = unless(rf"{_REFUSED}[^.!?\n]{{0,60}}(?:{_DEVICE_LOCK}|{_DEVICE_CODE})"
                        rf"|(?:{_DEVICE_LOCK}|{_DEVICE_CODE})[^.!?\n]{{0,60}}{_REFUSED}", _ACCOUNT_LOCKED)

# A person whose work with us has ended: "finished with us on Friday", "quit working for us", "hat bei uns aufgehört".
FINISHED_WITH_US = (r"\b(?:finished|finishes|finishing|quit|quits|stopped working|stops working)\s(?:up\s)?(?:working\s)?(?:with|for)\sus\b"
                    r"|\bbei uns aufgeh(?:ö|oe)rt\b|\bh(?:ö|oe)rt\s(?:\S+\s){0,3}?bei uns auf\b"
                    r"|\b(?:a|ont) (?:fini|termin(?:é|e)) (?:chez|avec) nous\b|\bfinit chez nous\b"
                    r"|\b(?:termin(?:ó|o)|acab(?:ó|o)|dej(?:ó|o) de trabajar) (?:con|para) nosotros\b"
                    r"|\b(?:gestopt|stopt|opgehouden) (?:bij|met) ons\b|\bbij ons (?:gestopt|gestopt met werken)\b")

# A person's employment ended by the employer, as an HR notice says it: "the employment of Mr X was terminated today",
# "das Arbeitsverhältnis wurde fristlos beendet", "son contrat de travail a été rompu", "la relación laboral ha
# finalizado", "het dienstverband is beëindigd". A leaver, said by the end of the contract rather than a leaver's word.
EMPLOYMENT_ENDED = (r"\bemployment\s(?:\S+\s){0,4}?(?:was|has been|is|will be|have been)\s(?:\S+\s)?(?:terminated|ended)\b"
                    r"|\b(?:was|has been|have been) (?:summarily )?dismissed\b"
                    r"|\barbeitsverh(?:ä|ae)ltnis\w*\s[^!?\n]{0,60}?\b(?:beendet|gek(?:ü|ue)ndigt|aufgel(?:ö|oe)st)\b|\bfristlos\w*\s(?:\S+\s)?(?:gek(?:ü|ue)ndigt|entlassen|beendet|k(?:ü|ue)ndigung)"
                    r"|\bcontrat de travail\s[^!?\n]{0,60}?\b(?:rompu|r(?:é|e)sili(?:é|e)|termin(?:é|e)|pris fin)\b|\blicenciement\b"
                    r"|\brelaci(?:ó|o)n laboral\s[^!?\n]{0,60}?\b(?:finalizad[oa]|terminad[oa]|extinguid[oa]|rescindid[oa])\b|\b(?:ha sido|fue) despedid[oa]\b|\bdespido\b"
                    r"|\bdienstverband\s[^!?\n]{0,60}?\b(?:be(?:ë|e)indigd|opgezegd|ontbonden)\b|\b(?:is|wordt|werd) ontslagen\b|\bontslag op staande voet\b")

# The writer says the help desk has nothing to do: a notice for the record. Not "if this was you, no action is
# required", a vendor alert's wording, which names no one to act.
_NOTHING_NEEDED = (r"\bnothing (?:else )?(?:is )?(?:needed|required) (?:from|by|of) (?:you|your side|it|the help ?desk|the service ?desk)\b"
                   r"|\bno action (?:is )?(?:needed|required) (?:from|by|on) (?:you|your side|it|the help ?desk|the service ?desk)\b"
                   r"|\b(?:just|only) (?:adding it |sending it |logging it )?(?:here )?for (?:the|your|our) records?\b"
                   r"|\bkein handlungsbedarf\b|\b(?:ihr|sie|du) m(?:ü|ue)ss(?:t|en)? (?:da )?nichts (?:tun|machen|unternehmen)\b|\bnur zur (?:info|kenntnis|dokumentation)\b"
                   r"|\baucune action (?:n'est )?(?:requise|n(?:é|e)cessaire) de votre (?:part|c(?:ô|o)t(?:é|e))|\brien (?:à|a) faire de votre c(?:ô|o)t(?:é|e)\b"
                   r"|\bno (?:se )?(?:requiere|necesita|hace falta) (?:ninguna )?acci(?:ó|o)n (?:por|de) vuestra parte\b|\bno ten(?:é|e)is que hacer nada\b"
                   r"|\bgeen actie (?:nodig|vereist) (?:van|door) (?:jullie|u)\b|\b(?:jullie hoeven|u hoeft) niets te doen\b")

# Anchors (patterns.Signal): a fragment every match of the expression above it contains, tested first.
_DEVICE_ANCHOR = words("lock", "kiosk", "sperr", "verrouill", "bloqueo", "quiosco", "vergrendel", "ontgrendel", "passcode", "pin",
                       "code", "digo")
_FINISHED_ANCHOR = words("us", "uns", "nous", "nosotros", "ons")
_ENDED_ANCHOR = words("employ", "dismissed", "arbeitsverh", "fristlos", "contrat de travail", "licenciement", "laboral", "despid",
                      "despido", "dienstverband", "ontslag")
_NOTHING_ANCHOR = words("needed", "required", "record", "handlungsbedarf", "nichts", "nur zur", "aucune action", "rien", "acci",
                        "nada", "geen actie", "niets")

DEVICE_AND_NOTICE_GATES: dict[str, str] = {"offboarding": f"{FINISHED_WITH_US}|{EMPLOYMENT_ENDED}"}

DEVICE_AND_NOTICE_SIGNALS: list[Signal] = [
    # "Paul Wood finished with us on Friday, could you switch off his login?": a leaver, as a leaver's word weighs.
    Signal("offboarding", "finished with us", rx(FINISHED_WITH_US), 1.8, _FINISHED_ANCHOR),
    # "Das Arbeitsverhältnis mit Herrn K. wurde heute beendet. Bitte sein Konto deaktivieren": an HR termination notice.
    Signal("offboarding", "employment ended", rx(EMPLOYMENT_ENDED), 1.8, _ENDED_ANCHOR),
]

DEVICE_AND_NOTICE_VETOES: list[Veto] = [
    # "the scanner is stuck on its lock screen and won't take the unlock code": a device's lock, not an account's.
    Veto("account_unlock", rx(unless_asked(_LOCKED_DEVICE)), 3.0, _DEVICE_ANCHOR),
    # "IT disabled her account this morning; just for the records, nothing needed from you".
    *(Veto(category, rx(unless_asked(_NOTHING_NEEDED)), 3.0, _NOTHING_ANCHOR)
      for category in ("password_reset", "account_unlock", "mfa_reset", "group_membership", "mailbox_access",
                       "license_change", "onboarding", "offboarding", "session_revoke")),
]
