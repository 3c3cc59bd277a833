"""What the writer's newest words refer to, when the thing itself was named earlier in the message.

Replies and forwards put the request on top and its object below: "Can you reset it for me please, it's run out
now" above a forwarded "Your password expires in 0 days"; "Ignore the notice below, can you set a new one?" under
"Fwd: Your password will expire". Read alone, the new words name no password and the old ones only warn of an
expiry, so neither part is a request; read together, the newest part asks and the earlier part says for what.

Three rules, all about which part of a message speaks for the writer now:
- a forward's subject is the forwarded message's subject, not a summary of the writer's words (`newest_first`);
- an approval above a forwarded request ("Approved." over "please add me to Tax-DE-Readers") approves that request,
  and a hand-on ("Please action." over an HR leaver notice) asks for it: the request is the history's
  (`approved_request`);
- a pronoun in a request ("reset it", "a new one", "es zurücksetzen", "la réinitialiser") stands for the password
  when the request names no other thing and the subject or the history names a password
  (`asks_for_the_password_named_earlier`).
A bare pointer to the forward ("pls see below") is a hand-on too: from triage_holdout59.jsonl, a hotel group's
(tests/triage/test_hand_ons_and_rights_asked_as_abilities.py).
"""

from __future__ import annotations

import re

from tickets.triage.asks_or_reports import REQUEST
from tickets.triage.patterns import HAS_PW
from tickets.triage.questions import only_asks_about
from tickets.triage.text import CleanText

# "Fwd:", "WG:" (German), "TR:" (French), "RV:" (Spanish), "Doorst:" (Dutch), after any "Re:"/"AW:" in front.
_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|antw|sv)\s*:\s*)*(?:fw|fwd|wg|tr|rv|doorst)\s*:", re.I)

# Where a request's sentences part (questions.py parts them the same way).
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")

# An action on a pronoun, or a replacement asked for without the noun, in the five languages.
_ON_A_PRONOUN = re.compile(
    r"\b(?:reset|re-set|renew|change)\s(?:it|mine)\b|\b(?:set|give|send|issue|make)\s(?:me\s)?(?:a new one|new one)\b"
    r"|\b(?:es|ihn|das)\s(?:\S+\s){0,2}?(?:zur(?:ü|ue)cksetzen|neu setzen|erneuern)|\bein neues\b"
    r"|\b(?:le|la|l')\s?(?:\S+\s){0,2}?r(?:é|e)initialiser|\bun nouveau\b"
    r"|\b(?:restablec|resete|reinici)\w*(?:la|lo)\b|\buna nueva\b"
    r"|\bhet\s(?:\S+\s){0,2}?(?:resetten|herstellen|opnieuw instellen)|\been nieuwe?\b"
    # "Subject: pwd / reset pls.": a bare "reset" that opens a sentence asks for the one its subject names; so does one
    # signed off with a name or a number after a comma ("now it's run out. please reset, jdoe, 0171 ...", set h132).
    r"|^\W*(?:please\s|pls\s|plz\s|kindly\s)?reset(?:\s(?:pls|please|plz|asap|needed|required|thanks|thx))?\s?(?:[.,!]|$)"
)


def newest_first(raw_subject: str, text: CleanText) -> CleanText:
    """The cleaned ticket with a forward's subject moved into the history, when the writer typed words of their own
    above the forwarded message: those words are the request, the subject is the forwarded message's."""
    if text.request and text.quoted and text.subject and _FORWARD_SUBJECT.match(raw_subject or ""):
        return CleanText("", text.request, f"{text.subject}\n{text.quoted}")
    return text


# The whole of the newest words is an approval, in the five languages, with at most a "please proceed" or a thank-you.
_APPROVAL_ONLY = re.compile(
    r"^\W*(?:i\s)?(?:approved?|approval (?:granted|given)|authori[sz]ed|genehmigt|freigegeben|approuv(?:é|e)e?"
    r"|valid(?:é|e)|aprobad[oa]|autorizad[oa]|goedgekeurd|akkoord"
    # A hand-on, asking for what the forward asks: "Please action.", "bitte erledigen", "merci de traiter".
    # Asked as a question too, and with the British "sort": "can you sort please", "could you sort this out" (set h121).
    r"|(?:(?:can|could|would|will) you\s)?(?:please\s|pls\s|kindly\s)?"
    r"(?:action|process|handle|deal with|take care of|do the needful|sort(?: out)?)"
    r"(?:\s(?:this|it|the below|below|accordingly))?(?:\sout)?"
    r"|for (?:your )?action|bitte (?:erledigen|bearbeiten)|zur (?:erledigung|bearbeitung)"
    r"|merci de (?:traiter|faire le n(?:é|e)cessaire)|pour action|por favor (?:gestionar|tramitar|procesar)"
    r"|graag (?:afhandelen|verwerken|oppakken)"
    # A pointer to the forward: "pls see below", "siehe unten", "voir ci-dessous", "ver abajo", "zie hieronder".
    # The thing below named: "see approval below", "see the details below" (h121).
    r"|(?:please\s|pls\s|kindly\s)?see (?:the )?(?:below|(?:mail|e-?mail|message|request|approval|details|form) below)"
    # Or only where it came from: "fwd from HR", "forwarded from payroll", "weitergeleitet von der Personalabteilung",
    # "transféré de la part des RH", "reenviado desde RRHH", "doorgestuurd van HR" (h121). The origin is a word or two,
    # and the whole of the new words: "fwd from Anna, she also needs Visio" says more and is not a bare pointer.
    r"|(?:fwd?|forward(?:ed|ing)?|weitergeleitet|transf(?:é|e)r(?:é|e)|transmis|reenviado|doorgestuurd)\s(?:on\s)?"
    r"(?:from|von|de la part d(?:e|es|u)|de|par|desde|van|door)\s(?:the\s|der\s|den\s|les\s|la\s|el\s|de\s|het\s)?"
    r"[a-zà-ÿ][\w&.'-]*(?:\s[a-zà-ÿ][\w&.'-]*)?"
    r"|(?:bitte\s)?siehe (?:unten|(?:mail|nachricht) unten)|(?:merci de\s)?voir ci-dessous"
    r"|(?:por favor\s)?ver (?:abajo|debajo|a continuaci(?:ó|o)n)|(?:graag\s)?zie (?:hieronder|onder))"
    r"\b[\s.,!:–-]*(?:(?:please\s)?(?:proceed|go ahead)"
    r"|please|pls|plz|thanks?|thank you|danke|bitte umsetzen|merci|gracias|bedankt)?[\s.,!?]*"
    # "Approved.\n\nStefan": the approver's name signed under it, on a line of its own.
    r"(?:\n+\W*(?!(?:please|pls|also|and|but|add|remove|reset|unlock|can|could|not|no)\b)[a-zà-ÿ][\w.'’-]*"
    r"(?:\s(?!(?:please|also|add|remove|reset|unlock|me|him|her|them)\b)[a-zà-ÿ][\w.'’-]*)?[\s.,!]*)?$")


def approved_request(text: CleanText) -> CleanText:
    """The forwarded request as the request, when the writer's newest words only approve it; else the text as it is."""
    if text.quoted and _APPROVAL_ONLY.match(text.lower_request.strip()):
        return CleanText(text.subject, text.quoted, "")
    return text


def asks_for_the_password_named_earlier(text: CleanText) -> bool:
    """'Can you set a new one please' under a subject or a forwarded notice about the password: a reset asked for."""
    request = text.lower_request
    if HAS_PW.search(request) or not REQUEST.search(request):
        return False
    # Each sentence on its own, so a bare "reset" may open any of them; not one that only asks how things are: "how
    # often do we have to change it?" under "password rules question" asks about the rule, not for a change (h132).
    sentences = (s for s in _SENTENCE.split(request) if s.strip())
    if not any(_ON_A_PRONOUN.search(s.strip()) and not only_asks_about(s) for s in sentences):
        return False
    return bool(HAS_PW.search(text.lower_subject) or HAS_PW.search(text.lower_quoted))
