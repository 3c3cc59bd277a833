# ruff: noqa: E501 -- regular-expression tables read best one language per line
"""A newcomer announced by HR's system, passed to the desk with a few words: "Fwd: New hire - J. Doe - start 02.09"
above "please set up", "New joiner: A. Smith, Clerk, start 15.07" above "pls set up", a forwarded new-hire form under
"see below, from the HR system". The notice names the newcomer; the sender's few words hand it over to be done. Such
a forward is the request to set the newcomer up, though no sentence of the sender's says "account" (holdout6, 84, 86).

Read across the ticket's places, so it is a function like discounts.py's rather than one place's signal: the notice
is in the subject or the quoted part, the handing-over in the sender's own words. Only when those words are few and
hand the notice on: "New hire: J. Doe - her laptop will not start" reports a fault, "New starter form - the link
gives an error" is the form's own trouble, and "new joiner next week, what do we need to do?" asks.
"""

from __future__ import annotations

import re

from tickets.triage.text import CleanText

# A newcomer notice's heading: "New hire: ...", "New joiner - ...", "New Hire Form - ...", "Neuer Mitarbeiter: ...",
# "Nouvel arrivant : ...", "Nueva incorporación: ...", "Nieuwe medewerker: ...".
_NOTICE = re.compile(
    r"(?:^|\n|\bfwd?:\s|\bwg:\s|\btr:\s|\brv:\s)\s*(?:"
    r"new (?:hire|joiner|starter|employee|colleague)(?: (?:form|notification|request|notice))?"
    r"|neue[rn]? (?:mitarbeiter(?:in)?|kolleg(?:e|in))|eintritt|neueinstellung"
    r"|nouv(?:el|elle|eau) (?:arrivant(?:e)?|collaborat(?:eur|rice)|salari(?:é|e)e?|embauch(?:é|e)e?)|embauche"
    r"|nuev[oa] (?:incorporaci(?:ó|o)n|emplead[oa]|compa(?:ñ|n)er[oa])|alta de (?:empleado|usuario)"
    r"|nieuwe (?:medewerker|collega|werknemer)|indiensttreding)\s?[:\-–]\s?\S")
# The sender's hand-over, and nothing else asked: "please set up", "please action", "see below", "bitte einrichten",
# "merci de faire le nécessaire", "por favor dar de alta", "graag aanmaken".
_HANDED_OVER = re.compile(
    r"\b(?:please|pls|plz|kindly)\s(?:\S+\s)?(?:set (?:(?:him|her|them)\s)?up|action|process|handle|see below|do the needful)\b|\bsee below\b"
    r"|\bbitte\s(?:\S+\s)?(?:einrichten|anlegen|umsetzen|bearbeiten|erledigen)\b|\bsiehe unten\b"
    r"|\bmerci de (?:faire le n(?:é|e)cessaire|cr(?:é|e)er|pr(?:é|e)parer|traiter)\b|\bvoir ci-dessous\b"
    r"|\bpor favor,?\s(?:dar de alta|preparar|gestionar|tramitar|crear)\b|\bver abajo\b"
    r"|\bgraag\s(?:\S+\s)?(?:aanmaken|klaarzetten|regelen|verwerken|inrichten)\b|\bzie (?:hieronder|onder)\b")
# Words that make the sender's lines more than a hand-over: a fault, a doubt, a question.
_MORE_THAN_HANDED = re.compile(
    r"\?|\b(?:error|fail\w*|broken|wrong|can'?t|cannot|not|doesn'?t|won'?t|already|fehler|nicht|schon|erreur|pas|d(?:é|e)j(?:à|a)"
    r"|no|ya|fout|niet|al)\b")
_FEW_WORDS = 25


def raise_newcomer_notice_handed_on(text: CleanText, scores: dict[str, float], fired: dict[str, set[str]]) -> None:
    """'New hire - J. Doe - start 02.09' above 'Please set up.': the newcomer's set-up asked by handing the notice on."""
    if scores["onboarding"] <= 0:
        return  # no newcomer word counted, or a veto took it back (a form's own fault, an account that exists)
    request = text.lower_request
    if len(request.split()) > _FEW_WORDS or not _HANDED_OVER.search(request) or _MORE_THAN_HANDED.search(request):
        return
    if not (_NOTICE.search(text.lower_subject) or _NOTICE.search(text.lower_quoted)):
        return
    scores["onboarding"] += 1.5
    fired["onboarding"].add("newcomer notice handed on")
