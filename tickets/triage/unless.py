# ruff: noqa: E501 -- regular-expression tables read best one expression per line
"""An expression that holds only where the writer's words elsewhere in the ticket do not: `unless` and its usual case,
`unless_asked`, a veto's pattern in a ticket that asks for no change in so many words (ASKS_FOR_A_CHANGE).

Moved out of tickets/triage/already_done.py, whose vetoes were the first to need it; every module of vetoes guards
its own with it (other_senses.py, vetoes.py, second_factor.py, ...), and rules.py tells the `unless` expressions apart
by UNLESS_START.
"""

from __future__ import annotations

# The verbs that take the writer's own earlier request back: "ignore", "disregard", "cancel", "withdraw", "ignorieren",
# "stornieren", "ignorer", "annuler", "ignorar", "cancelar", "negeren", "annuleren", "intrekken".
_TAKE_BACK = (r"(?:ignore|disregard|cancel|withdraw|ignorier|stornier|zur(?:ü|ue)ckzieh|ignor(?:ez|er)\b|annul(?:ez|er)\b"
              r"|ignor(?:en|e|ad|ar)\b|cancel(?:ar|ad|en)\b|negeer|negeren|annuleer|annuleren|intrek|trek\b)")

# A change asked for in so many words, anywhere in the ticket: "please close that one and add me to Finance-Write
# too", "bitte noch in die Gruppe X aufnehmen". Where the writer asks, what they report done or set aside is beside
# that request, not all of the ticket (other_senses.py guards its vetoes with it too).
ASKS_FOR_A_CHANGE = (
    r"(?:please|pls|plz|kindly|can you|could you|would you|bitte|k(?:ö|oe)nn(?:en|t) (?:sie|ihr|du)|merci de|pouvez-vous"
    # A date's dots ("bitte sein Konto am 30. deaktivieren", "le 31.03.") are no sentence's end.
    r"|pourriez-vous|por favor|pod(?:é|e)is|pueden|graag|kunnen jullie|kunt u|kun je)\s"
    # The plea's own verb may not be one that takes a request back: in "please ignore my earlier ticket about resetting
    # my password" the plea is for the withdrawal, and the reset only names what was withdrawn (h93). Unless a second
    # verb is joined to it: "please cancel REQ0020311 and add me to Finance-Read" asks the addition.
    rf"(?:(?:(?!{_TAKE_BACK})(?:\d{{1,2}}\.(?:\d{{1,2}}\.?)?|[^\s.!?]+)\s){{0,5}}?"
    r"|(?:[^\s.!?]+\s){0,4}?(?:and|und|et|y|en|then|dann|puis|luego|daarna)\s(?:(?:then|dann|puis|luego|daarna)\s)?)"
    r"(?:add|reset|unlock|remove|give|grant|create|disable|deactivate|restore|enable|assign|set (?:me|him|her|them) up"
    r"|sign \S+ out|revoke|hinzuf(?:ü|ue)g|aufnehm|eintrag|zur(?:ü|ue)cksetz|entsperr|entfern|deaktivier|sperr(?:en|t)\b|freischalt"
    r"|ajout|r(?:é|e)initialis|d(?:é|e)bloqu|retir|d(?:é|e)sactiv|a(?:ñ|n)ad|agreg|restablec|desbloque|desactiv"
    r"|toevoeg|voeg|ontgrendel|verwijder|deactiveer)"
)


# How every `unless` expression begins, so rules.py can tell them apart: their excluded words are the writer's anywhere,
# so one matched on the subject alone is confirmed against the subject and the request together.
UNLESS_START = r"\A(?=[\s\S]*?(?:"


def unless(pattern: str, excluded: str) -> str:
    """The pattern, in a ticket where `excluded` stands nowhere (before it or after it).

    The pattern is looked for first: most tickets hold none of a veto's pattern, and the excluded words (a request
    in so many words, for unless_asked) are a long alternation to scan the whole ticket for. The match is empty, at
    the ticket's start: a veto asks only whether it fires (rules.py)."""
    return UNLESS_START + rf"{pattern}))(?![\s\S]*(?:{excluded}))"


def unless_asked(pattern: str) -> str:
    """The pattern, where the ticket asks for no change in so many words (ASKS_FOR_A_CHANGE)."""
    return unless(pattern, ASKS_FOR_A_CHANGE)
