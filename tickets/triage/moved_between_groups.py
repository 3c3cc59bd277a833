# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""People moved from one named group to another: "please move these 4 from grp_Sales to grp_Service: ...", "move
jdoe from SG-Finance-Read to SG-Finance-Write", "diese 3 von grp_a nach grp_b verschieben", "déplacer ces utilisateurs
de grp_a vers grp_b", "mover a estos usuarios de grp_a a grp_b", "deze 4 van grp_a naar grp_b verplaatsen". One group's
membership taken away and another's given: a membership change, though neither "add" nor "group" is written.

The groups are named as a directory names them (joined by "_" or "-"), and what moves is people (a pronoun, a count of
them, accounts, a user name): "move the files from proj_2023 to proj_2024" moves things and is housekeeping. A signal in
the form of tickets/triage/patterns.py, joined to objects.OBJECT_SIGNALS. Set h121 showed it; the tests' sentences are
our own (tests/triage/test_forward_pointers_done_notes_and_job_runs.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, rx, words

# A directory's name for a group: words joined by "_" or "-" ("grp_catchment", "sg-finance-read").
_NAMED = r"[a-z0-9]+(?:[_-][a-z0-9]+)+\b"
_PEOPLE = r"(?:users?|people|staff|colleagues|members|accounts|persons|benutzer|mitarbeiter(?:innen)?|kolleg(?:en|innen)|utilisateurs|personnes|coll(?:è|e)gues|usuarios|personas|compa(?:ñ|n)er[oa]s|gebruikers|medewerkers|collega'?s)"
# Who moves: "these 4", "the following users", "them", "jdoe", "j.doe"; never "the files", "this folder".
_WHO = (rf"(?:(?:these|those|the following|all|diese|die folgenden|alle|ces|les|estos|estas|los|las|deze|die|alle)\s(?:\d+\s)?(?:{_PEOPLE}\s)?"
        rf"|\d+\s(?:{_PEOPLE}\s)?|(?:them|him|her|me|us|sie|ihn|mich|les|la|le|los|las|hen|hem|haar)\s|a\s(?:estos|estas)\s(?:\d+\s)?(?:{_PEOPLE}\s)?"
        r"|(?!(?:the|a|an|this|that|it|its|my|our|all|files?|folders?|data|documents?|mails?|die|das|den|le|la|el|de|het)\b)[a-z][a-z0-9]*(?:[._][a-z0-9]+)?\s)")
_MOVED = (rf"\bmove\s{_WHO}from\s(?:the\s)?{_NAMED}\s(?:group\s)?(?:to|into)\s(?:the\s)?{_NAMED}"
          rf"|\b{_WHO}(?:bitte\s)?von\s{_NAMED}\s(?:gruppe\s)?(?:nach|in|zu)\s{_NAMED}\s(?:\S+\s)?verschieben\b|\bverschieb\w*\s{_WHO}(?:bitte\s)?von\s{_NAMED}\s(?:nach|in|zu)\s{_NAMED}"
          rf"|\bd(?:é|e)placer\s{_WHO}(?:du\sgroupe\s|de\s)(?:\S+\s)?{_NAMED}\s(?:vers|(?:à|a)|dans)\s(?:le\sgroupe\s)?{_NAMED}"
          rf"|\bmover\s{_WHO}(?:del\sgrupo\s|de\s){_NAMED}\s(?:a|al)\s(?:grupo\s)?{_NAMED}"
          rf"|\b{_WHO}van\s{_NAMED}\s(?:naar|in)\s{_NAMED}\s(?:\S+\s)?verplaatsen\b|\bverplaats\w*\s{_WHO}van\s{_NAMED}\s(?:naar|in)\s{_NAMED}")

MOVED_BETWEEN_GROUPS_SIGNALS: list[Signal] = [
    Signal("group_membership", "people moved between named groups", rx(_MOVED), 1.9,
           words("move", "verschieb", "placer", "mover", "verplaats")),
]
