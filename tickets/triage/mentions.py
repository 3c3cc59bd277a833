"""A category's noun named in passing: the thing is there, nobody asks for anything to be done to it.

Some signals fire on a noun alone, because a short ticket often is just the noun and a plea ("MFA - help",
"shared mailbox for Tom please"): the authenticator (patterns.py "mfa"), a shared mailbox ("shared mailbox") and a
distribution list ("distribution list"). Each weighs enough on its own to claim its category. That is right when the
writer asks for something or says something fails, and wrong when the noun is only where a question, a notice or a
description happens: "is it normal that the Authenticator asks every morning? works fine", "the signature on the
shared mailbox is the old one, is that set centrally?". Those are a technician's to answer; read as requests they are
an MFA re-registration or a mailbox grant nobody wanted, the costly mistake (rules.py's module docstring).

A fault denied in so many words ("nothing broken, just curious") is no problem reported (holdout36's, a
manufacturer's). A compromise told is not of this kind: "I think my account is hacked" is the request to shut the
intruder out (issue 12's own example of a session revocation), asked or not.

So when a category's only evidence is its bare noun, and the writer's own words (subject and request) hold no request,
no change verb, no want, no plea for help and no problem, the noun no longer claims the category.
"""

from __future__ import annotations

import re

from tickets.triage.asks_or_reports import REQUEST
from tickets.triage.noise import CHANGE_VERB, reports_a_problem
from tickets.triage.vocabulary import SYMPTOM

# The signals that fire on the noun alone, by category (names from patterns.SIGNALS).
BARE_NOUNS = {
    "mfa_reset": frozenset({"mfa"}),
    "mailbox_access": frozenset({"shared mailbox"}),
    "group_membership": frozenset({"distribution list"}),
}
# Enough to drop a bare noun (1.7-2.0) under rules.THRESHOLD (1.6), not so much that a second clue could not lift it.
PENALTY = 1.0

# A plea or a want in the writer's words beyond REQUEST's list: "help", "what do I do", "I'd like", "sort it out".
_PLEA = re.compile(
    r"\bhelp\b|\bhilfe\b|\baide[rz]?\b|\bayuda\b|\bhulp\b|\bsort\w*\b|\bfix\b|what (?:do|should|can) (?:i|we) do"
    r"|was (?:soll|kann|muss) ich (?:tun|machen)|que (?:dois|puis)-je faire"
    r"|qu(?:é|e) (?:hago|puedo hacer|tengo que hacer)|wat (?:moet|kan) ik doen"
    r"|\bi'd like|\bwe'd like|m(?:ö|oe)chte|voudrais|souhait|quisiera|quiero|\bwil\b|\bwillen\b|zou graag"
)
# "I'm not locked out or anything", "works fine": a state denied is no problem reported.
_DENIED = re.compile(
    r"(?:\bnot|n['’]t|\bnicht|\bpas|\bno|\bniet)\s(?:\w+\s)?(?:locked|gesperrt|bloqu\w*|geblokkeerd|lock(?:ed)?[\s-]?out)"
    r"|\bworks? (?:fine|ok|okay|well)\b|funktioniert (?:gut|einwandfrei)|(?:ça |cela )?fonctionne bien|funciona bien"
    r"|werkt (?:prima|goed)"
    # "nothing broken, just curious", "nichts kaputt", "rien de cassé", "no hay nada roto", "niets kapot": a fault
    # denied in so many words, beside the question it frames.
    r"|\bnothing(?:'s| is)? (?:broken|wrong)\b|\bnot broken\b|nichts (?:ist )?(?:kaputt|defekt)"
    r"|rien (?:n'est )?cass(?:é|e)|nada (?:est(?:á|a) )?roto|niets (?:is )?(?:kapot|stuk)"
)

# A need the writer asks about rather than states: "do I need a company phone for this or can I use mine?", "brauche
# ich dafür ein Diensthandy?", "ai-je besoin d'un téléphone pro ?", "¿necesito un móvil de empresa?", "heb ik daar een
# werktelefoon voor nodig?". The question's "need" (REQUEST's word) wants nothing done; it asks what the rule is.
# Read from a sentence's start only (the lookbehind): begun anywhere, the leading run would make a long sentence's
# search quadratic (tests/triage/test_speed.py).
_NEED_ASKED = re.compile(
    r"(?:^|(?<=[.!?\n]))[^.!?\n]*?"
    r"(?:\b(?:do|does|did|will|would) (?:i|we|he|she|they|one|you) (?:\w+ )?(?:need|require|have to)\b"
    r"|\b(?:brauche|ben(?:ö|oe)tige) ich\b|\b(?:brauchen|ben(?:ö|oe)tigen) wir\b"
    r"|\b(?:ai-je|avons-nous|a-t-on|as-tu|avez-vous) besoin\b|\best-ce que (?:j'ai|nous avons|l'on a|on a) besoin\b"
    r"|¿[^?\n]{0,30}?\b(?:necesit\w*|hace falta)\b"
    r"|\b(?:heb|hebben) (?:ik|we|wij|je|jij|u) (?:\S+ ){0,8}?nodig\b)[^.!?\n]*\?"
)


# A sentence that wonders rather than states ("just curious if something is set wrong?"): its fault words are asked
# about, not reported. And a mailbox's own settings (its signature, auto-reply, display name) going wrong is a setting
# to look at, never a problem with anyone's access to it.
_WONDERED = re.compile(
    r"[^.!?\n]*(?:\?|\b(?:wondering|curious|i wonder|frage mich|neugierig|je me demande|curieux|curieuse|me pregunto"
    r"|curiosidad|vraag me af|benieuwd)\b[^.!?\n]*)"
    r"|[^.!?\n]*\b(?:signature|signatur|firma|handtekening|auto-?reply|automatic reply|abwesenheitsnotiz"
    r"|r(?:é|e)ponse automatique|respuesta autom(?:á|a)tica|display name|anzeigename)\b[^.!?\n]*"
)


# "Apparently I'm not in the all-hands list": a membership the writer finds missing is its request.
_NOT_A_MEMBER = re.compile(
    r"(?:\bnot|n't)\s(?:\w+\s)?(?:in|on|a member of|part of|subscribed to)\s(?:the\s|that\s|this\s)?"
    r"(?:[\w@.-]+\s){0,3}?(?:e-?mail\s|mailing\s|distribution\s)?(?:list|dl|group)\b"
    r"|nicht (?:in|auf) (?:der|dem) (?:\S+ ){0,2}?(?:verteiler\w*|liste)|nicht im verteiler"
    r"|(?:pas|plus) (?:dans|sur) la liste|no (?:estoy|est(?:á|a)|aparezco) en la lista"
    r"|niet (?:in|op) de (?:\S+ ){0,2}?lijst"
)


# The thing itself failing, said without a sign-in word: "the authenticator is broken", "2FA codes never arrive",
# "Zwei-Faktor geht nicht" (vocabulary.SYMPTOM has the rest: not syncing, not receiving, stopped working ...).
_TROUBLE = re.compile(
    rf"{SYMPTOM}|\bbroken\b|\bbroke\b|\berror\b|\bstuck\b|\bnever (?:arrive|come|show|work)\w*|nothing happens"
    r"|kaputt|geht nicht|klappt nicht|cass(?:é|e)|marche pas|ne fonctionne pas|roto|no va\b|no funciona|kapot"
    r"|werkt niet|doet het niet"
)
# A terse ticket ("shared mailbox for Tom", "the finance DL - Tom and Ana") is its noun and a name: shorthand for the
# request, not a description. The questions and descriptions this module is for run to sentences.
_TERSE = 8


def asks_nothing_of(subject: str, request: str) -> bool:
    """Whether the writer's own words (lower-cased) ask for nothing and report nothing failing."""
    words = _NEED_ASKED.sub(" ", _DENIED.sub(" ", f"{subject}\n{request}"))
    if REQUEST.search(words) or _PLEA.search(words) or CHANGE_VERB.search(words):  # "remove Priya from the DL"
        return False
    if _NOT_A_MEMBER.search(words) or len(request.split()) <= _TERSE:
        return False
    stated = _WONDERED.sub(" ", words)
    return not (reports_a_problem(stated) or _TROUBLE.search(stated))


# A bounce: the list exists and mail to it fails. "Can you see why?" then asks about the delivery, not for a member.
_BOUNCE = re.compile(
    r"undeliverable|delivery (?:has )?failed|(?:was ?n[o']t|could ?n[o']t be|not) delivered|non-?delivery"
    r"|\b5\.\d\.\d+\b"
    r"|unzustellbar|nicht zugestellt|non remis|n'a pas pu (?:être|etre) remis|no se (?:ha )?pud\w* entregar"
    r"|no entregad|onbestelbaar|niet (?:worden )?(?:bezorgd|afgeleverd)"
)
# ... unless someone is to be put on the list after all ("bounces because I'm not on it: add me").
_JOIN = re.compile(
    r"\badd(?:ed|ing)?\b|\b(?:join|include|subscribe|hinzuf|aufnehm|ajout|inscri|a(?:ñ|n)ad|agreg|toevoeg|voeg)\w*"
)


def discount_bare_nouns(subject: str, request: str, scores: dict[str, float], fired: dict[str, set[str]]) -> None:
    """Lower each category whose only evidence is its bare noun, when nothing is asked or reported (in place)."""
    bare = [c for c, nouns in BARE_NOUNS.items() if scores.get(c, 0.0) > 0 and fired.get(c) and fired[c] <= nouns]
    if not bare:
        return
    quiet = asks_nothing_of(subject, request)
    words = f"{subject}\n{request}"
    bounced = bool(_BOUNCE.search(words)) and not _JOIN.search(words)
    for category in bare:
        if quiet or (category == "group_membership" and bounced):
            scores[category] -= PENALTY
