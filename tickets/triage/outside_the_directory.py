# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A person the writer says is not in our directory at all: "the consultant from the partner firm should open our bids
folder; she isn't in our directory", "sie hat kein Konto bei uns", "il n'est pas dans notre annuaire", "no está en
nuestro sistema", "hij staat niet in ons systeem". Nobody outside the directory can be put in a group or given a
mailbox: a guest must be invited first, and whether an outsider may see the firm's files is a person's call (an owner,
security). So the folder, site or mailbox named is no membership or grant to carry out.

Vetoes in the form of tickets/triage/patterns.py, joined to objects.OBJECT_VETOES. Found in set h142
(tests/triage/test_outside_the_directory.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx, words

# The directory by the names writers give it; not a group inside it ("he's not in the AD group yet" is a membership).
_DIRECTORY_EN = r"(?:system|systems|directory|ad|active directory|tenant|entra(?: id)?|azure ad|domain)\b(?!\s?(?:groups?|lists?)\b)"
_NOT_IN_OUR_DIRECTORY = (
    rf"\b(?:isn'?t|aren'?t|is not|are not|'s not|'re not|not)\s(?:even\s|yet\s|at all\s)?(?:in|on)\s(?:our|the company'?s?)\s{_DIRECTORY_EN}"
    r"|\b(?:has|have)\s(?:no|not got an?)\s(?:account|login|user|user account)\s(?:with us|here|in our)\b"
    r"|\b(?:doesn'?t|does not|don'?t|do not)\shave\san?\s(?:account|login|user account)\s(?:with us|here|in our)\b"
    r"|\b(?:ist|sind)\s(?:\S+\s)?(?:gar\s|noch\s|(?:ü|ue)berhaupt\s)?nicht\s(?:bei uns\s)?(?:im|in unserem|in unserer)\s"
    r"(?:system|verzeichnis|ad|active directory|tenant|entra|dom(?:ä|ae)ne)\b"
    r"|\bhat\s(?:noch\s|gar\s)?kein(?:en)?\s(?:konto|account|benutzer(?:konto)?|zugang)\sbei uns\b"
    r"|\bn'(?:est|sont)\spas\s(?:encore\s|du tout\s)?(?:dans|chez)\s(?:notre|nos|le)\s(?:syst(?:è|e)mes?|annuaire|ad|tenant|domaine)\b"
    r"|\bn'a\s(?:pas de|aucun)\scompte\s(?:chez nous|dans notre)\b"
    r"|\bno\s(?:est(?:á|a)n?|existe)\s(?:todav(?:í|i)a\s|a(?:ú|u)n\s)?en\s(?:nuestro|el)\s(?:sistema|directorio|ad|tenant|dominio)\b"
    r"|\bno\stiene\s(?:ninguna\s)?cuenta\s(?:con nosotros|en nuestro)\b"
    r"|\b(?:staat|zit|bestaat|staan|zitten)\s(?:nog\s|helemaal\s)?niet\s(?:in|bij)\s(?:ons|onze|het)\s(?:systeem|directory|ad|tenant|domein)\b"
    r"|\bheeft\s(?:nog\s)?geen\saccount\s(?:bij ons|in ons)\b"
)

_ANCHOR = words("not", "n't", "no ", "nicht", "kein", "pas", "aucun", "niet", "geen")

OUTSIDE_THE_DIRECTORY_VETOES: list[Veto] = [
    # "the partner firm's consultant should open our bids folder; she isn't in our directory".
    Veto("group_membership", rx(_NOT_IN_OUR_DIRECTORY), 2.5, _ANCHOR),
    # "give the auditor from the partner firm access to the invoices mailbox, she has no account with us".
    Veto("mailbox_access", rx(_NOT_IN_OUR_DIRECTORY), 2.5, _ANCHOR),
]
