# ruff: noqa: E501 -- one language per line reads best
"""Italian and Polish: one line of their most common words, where a ticket in them asks for an unlock, a password or a
place on a group or list in so few words that a technician reads it at a glance ("moje konto jest zablokowane ...
proszę o odblokowanie", "potete aggiungere Marco alla lista di distribuzione?"). As with vocabulary.py's Portuguese
and Chinese line, everything else in them still goes to a person, and replies go out in the five languages.

Signals and gates in the form of tickets/triage/patterns.py, joined to objects.py's. Tickets in both languages came
with holdout23 and holdout25, written by colleagues abroad; tests/triage/test_italian_and_polish.py holds our own.
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, rx

# The account's state, participles only (as vocabulary.LOCKED): "zablokować konto" asks to lock it.
_LOCKED = r"(?:bloccat[oaie]|zablokowan\w*)"
_ACCOUNT = r"(?:account|utenza|utente|profilo|konto|kont[ao]|użytkownik\w*|uzytkownik\w*)"
_UNLOCK = r"(?:sblocc\w*|odblokow\w*)"
_PASSWORD = r"(?:password|hasł\w*|hasl[oa]\w*)"
_FORGOT = r"(?:dimentica\w*|scordat\w*|non ricordo|zapomnia\w*|nie pami(?:ę|e)tam)"
_RESET = r"(?:reimpost\w*|resett\w*|ripristin\w*|zresetow\w*|resetow\w*|zmieni\w* (?:mi )?)"
_EXPIRED = r"(?:scadut[ao]|wygas(?:ł|l)\w*)"
_ADD = r"(?:aggiung\w*|aggiunt[oaie]|inserir\w*|inserit[oaie]|dodać|dodac|dodanie|dodaj\w*|dodan[ya]|dopisa\w*)"
_GROUP = (r"(?:(?:al|alla|allo|nel|nella|nello) (?:gruppo|lista(?: di distribuzione)?|team|cartella(?: condivisa)?)"
          r"|do (?:grupy|listy(?: dystrybucyjnej| mailingowej)?|zespołu|zespolu|folderu))")

ITALIAN_AND_POLISH_GATES: dict[str, str] = {
    "account_unlock": rf"{_LOCKED}|{_UNLOCK}",
    "password_reset": r"hasł|hasl",
    "group_membership": _ADD,
}

ITALIAN_AND_POLISH_SIGNALS: list[Signal] = [
    # "il mio account è bloccato", "moje konto zostało zablokowane": the account's state, which asks for an unlock.
    Signal("account_unlock", "account locked (it, pl)", rx(rf"\b{_ACCOUNT}\b(?:[^.!?\n]{{0,40}})\b{_LOCKED}|\b{_LOCKED}\s(?:\S+\s)?{_ACCOUNT}\b"), 2.0),
    # The verb alone ("sbloccare il telefono") is everyday language: it adds to an account's state, never stands alone.
    Signal("account_unlock", "unlock asked (it, pl)", rx(rf"\b{_UNLOCK}"), 0.8),
    # "ho dimenticato la password", "zapomniałem hasła", "reset hasła", "password scaduta". Not "hasło pamiętam" (the
    # writer remembers it).
    Signal("password_reset", "password forgotten or reset (it, pl)", rx(rf"\b{_FORGOT}\s(?:\S+\s){{0,2}}?{_PASSWORD}|{_PASSWORD}\s(?:\S+\s){{0,2}}?(?:{_FORGOT}|{_EXPIRED})|\b{_RESET}\s?(?:\S+\s){{0,2}}?{_PASSWORD}|\breset (?:della |hasła|hasla)"), 2.2),
    # "potete aggiungere Marco Rossi alla lista dl-ops@?", "proszę o dodanie mnie do grupy Finanse".
    Signal("group_membership", "added to a group or list (it, pl)", rx(rf"\b{_ADD}\s(?:\S+\s){{0,5}}?{_GROUP}\b"), 1.9),
]
