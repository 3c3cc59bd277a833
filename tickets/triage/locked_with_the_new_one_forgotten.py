# ruff: noqa: E501 -- regular-expression tables read best one expression per line
"""A lockout whose writer has also forgotten the password they just set, the password itself never named: "locked out,
and I can't remember what I changed it to on Friday", "gesperrt, und ich weiß nicht mehr, worauf ich es geändert habe",
"bloqué, et je ne sais plus en quoi je l'ai changé", "bloqueado y no sé a qué la cambié", "geblokkeerd en ik weet niet
meer waarin ik het veranderd heb". Lifting the lock alone would leave them at a password they do not know: the label
sheet files a lockout with the password forgotten as a reset, which unlocks as well (settling.settle).

The forgetting is new_password_forgotten.NEW_ONE_FORGOTTEN, the same words that keep a prompt loop's veto off a forgotten new password.
A device's lock is not this: a phone, a tablet, a screen or a PIN named anywhere leaves the ticket to its own rules
(its code, not the directory password, is what was changed). A signal and a gate in the form of
tickets/triage/patterns.py, joined to objects.py's (set h124).
"""

from __future__ import annotations

from tickets.triage.new_password_forgotten import NEW_ONE_FORGOTTEN
from tickets.triage.patterns import Signal, rx
from tickets.triage.unless import unless
from tickets.triage.vocabulary import LOCKED

_LOCKOUT = rf"(?:{LOCKED}|\block-?out\b|\bausgesperrt\b|\bbuitengesloten\b)"
# What a device is locked by, or the device itself: its code, not the account's password, is the one forgotten.
_A_DEVICE = (r"\b(?:phone|iphone|ipad|tablet|mobile|handy|smartphone|portable|m(?:ó|o)vil|telefoon|gsm|screen|bildschirm"
             r"|(?:é|e)cran|pantalla|scherm|pin|passcode|code|bitlocker|laptop|notebook|pc|computer|device|ger(?:ä|ae)t"
             r"|appareil|dispositivo|apparaat|safe|door|locker|cabinet|file|datei|fichier|archivo|bestand)s?\b")
LOCKED_WITH_THE_NEW_ONE_FORGOTTEN = unless(
    rf"{_LOCKOUT}[\s\S]{{0,120}}?(?:{NEW_ONE_FORGOTTEN})|(?:{NEW_ONE_FORGOTTEN})[\s\S]{{0,120}}?{_LOCKOUT}", _A_DEVICE)

# The password reset's gate (gates.GATES) opens on a password word; this one says none.
GATE = LOCKED_WITH_THE_NEW_ONE_FORGOTTEN

SIGNALS: list[Signal] = [
    Signal("password_reset", "locked, the new one forgotten", rx(LOCKED_WITH_THE_NEW_ONE_FORGOTTEN), 2.2),
]
