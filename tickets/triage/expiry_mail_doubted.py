# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A mail that says the password expires, received and doubted: the writer asks whether it is ours.

"Got a mail 'your password expires today, click here to keep it'. The link looks odd, is it ours?", "ich habe eine Mail
bekommen, mein Kennwort läuft heute ab ... war das von euch?", "j'ai reçu un mail disant que mon mot de passe expire,
est-ce que ça vient de vous ?", "recibí un correo de que mi contraseña caduca, ¿es vuestro?", "ik kreeg een mail dat mijn
wachtwoord verloopt, komt die van jullie?". The expiry is the mail's wording (very often an attacker's), and the question
is whether the mail is genuine: a person looks at the mail (and at the account if the writer typed the password in).
Nobody has asked for a reset. Not where one is asked in so many words (unless_asked). A veto of password_reset and
account_unlock in the form of tickets/triage/patterns.py, joined to objects.OBJECT_VETOES; other_senses._REPORTED_PHISH
already covers the mail named phishing and not acted on.

Seen in sets holdout67 and holdout114, by different writers (tests/triage/test_expiry_mail_doubted.py). The doubt
asked in the subject and the mail told in the body (discount_doubt_asked_in_the_subject) came from sets h135 and
nearmiss7, again two writers.
"""

from __future__ import annotations

import re

from tickets.triage.patterns import Veto, rx, words
from tickets.triage.text import CleanText
from tickets.triage.unless import ASKS_FOR_A_CHANGE, unless_asked

# A message received: "got a mail", "received an e-mail", "ich habe eine Mail bekommen", "j'ai reçu un mail", "recibí un
# correo", "ik kreeg een mail"; or a mail said to say something ("a mail saying ...", "eine Mail, dass ...").
_MAIL = r"(?:e-?mail|mail|message|text|sms|nachricht|courriel|correo|mensaje|bericht)"
_RECEIVED = (rf"\b(?:got|get|getting|received|receiving|had)\s(?:an?\s|this\s|the\s|some\s)?(?:\S+\s)?{_MAIL}"
             rf"|\b{_MAIL}\s(?:\S+\s)?(?:saying|says|said|that says|telling|claiming)\b"
             rf"|\b(?:eine?|diese|die)\s{_MAIL}\s(?:\S+\s){{0,3}}?(?:bekommen|erhalten|gekriegt)\b|\b(?:bekommen|erhalten)\s(?:\S+\s)?(?:eine?|diese)\s{_MAIL}"
             rf"|\bj'ai re(?:ç|c)u\s(?:\S+\s)?{_MAIL}|\bre(?:ç|c)u\s(?:un|ce)\s{_MAIL}"
             rf"|\brecib(?:í|i)\s(?:\S+\s)?{_MAIL}|\bme (?:ha )?lleg(?:ó|o|a)\s(?:\S+\s)?{_MAIL}"
             rf"|\b(?:kreeg|kregen|ontving|ontvangen|gekregen)\s(?:\S+\s)?{_MAIL}|\b{_MAIL}\s(?:\S+\s){{0,3}}?(?:gekregen|ontvangen)\b")
# The expiry it announces: "expires", "läuft ab", "expire", "caduca", "verloopt".
_EXPIRES = (r"(?:expir\w*|l(?:ä|ae)uft\s(?:\S+\s){0,2}?ab|abl(?:ä|ae)uft|abgelaufen|ablauf\w*|caduc\w*|vence\w*"
            r"|verloop\w*|verlopen)")
# Whether it is ours or genuine, asked: "is it ours?", "is this from you?", "is it real?", "war das von euch?", "ist die
# echt?", "ça vient de vous ?", "est-ce de vous ?", "¿es vuestro?", "¿viene de vosotros?", "komt die van jullie?",
# "is dit echt?".
_OURS_ASKED = (r"(?:\bis (?:it|this|that)\s(?:\S+\s)?(?:ours|from (?:you|us|it|our it|the it|the help ?desk)|real|genuine|legit\w*|safe)\b"
               r"|\bdid (?:you|it|we|the it)\s(?:\S+\s)?(?:send|sent)\b|\bwas (?:it|this|that) (?:from )?(?:you|us|ours|it)\b"
               r"|\b(?:war|ist|kommt)\s(?:das|die|diese|sie|es)\s(?:\S+\s)?(?:von euch|von ihnen|von der it|von uns|echt|seri(?:ö|oe)s)\b"
               r"|\b(?:(?:ç|c)a|cela|il|elle)\svient\s(?:\S+\s)?de (?:vous|chez vous|l'it)\b|\best-ce (?:que )?(?:(?:ç|c)a |c'est |le mail |il |elle )?(?:de vous|vous|vrai|authentique|l(?:é|e)gitime)\b|\bc'est vous\b"
               r"|\b(?:es|era) (?:vuestro|de ustedes|de vosotros|suyo|real|leg(?:í|i)timo)\b|\bviene de (?:ustedes|vosotros|it|inform(?:á|a)tica)\b|\blo (?:hab(?:é|e)is|han) enviado\b"
               r"|\b(?:komt|kwam)\s(?:die|dit|dat|deze|het)\s(?:\S+\s)?van jullie\b|\bis (?:die|dit|dat|deze)\s(?:\S+\s)?(?:van jullie|echt|betrouwbaar)\b|\bhebben jullie\s(?:\S+\s)?gestuurd\b)"
               r"[^\n]{0,40}\?")
EXPIRY_MAIL_DOUBTED = unless_asked(
    rf"(?:{_RECEIVED})[\s\S]{{0,200}}?{_EXPIRES}[\s\S]{{0,300}}?{_OURS_ASKED}")
_ANCHOR = words("?")

EXPIRY_MAIL_DOUBTED_VETOES: list[Veto] = [
    # "got a mail saying my password expires today, is it ours?": the mail to look at, no reset asked.
    Veto("password_reset", rx(EXPIRY_MAIL_DOUBTED), 2.5, _ANCHOR),
    Veto("account_unlock", rx(EXPIRY_MAIL_DOUBTED), 2.5, _ANCHOR),
]

# The same doubt split over the ticket: the subject asks it ("is this real? password expires today", "Phishing?
# Kennwort läuft ab", "mail authentique ?", "¿es real este correo?", "echt of nep?") and the body tells the mail that
# came ("a message came in: the password runs out at midnight", "Mail erhalten, das Kennwort laufe heute ab").
# The vetoes above read one place at a time and miss it. A subject's doubt may be one word with its question mark.
_DOUBT_WORD_ASKED = (r"\b(?:phish\w*|spam|scam|fake|legit\w*|genuine|real|authentic|echt|seri(?:ö|oe)s|gef(?:ä|ae)lscht"
                     r"|hame(?:ç|c)onnage|arnaque|authentique|l(?:é|e)gitime|estafa|leg(?:í|i)timo|aut(?:é|e)ntico"
                     r"|nep|oplichting|betrouwbaar)\s?\?")
_SUBJECT_DOUBTS = re.compile(rf"{_OURS_ASKED}|{_DOUBT_WORD_ASKED}")
_MAIL_TOLD = re.compile(rf"(?:{_RECEIVED})[\s\S]{{0,200}}?{_EXPIRES}")
_CHANGE_ASKED = re.compile(ASKS_FOR_A_CHANGE)


def discount_doubt_asked_in_the_subject(text: CleanText, scores: dict[str, float]) -> None:
    """The subject asks whether a mail is genuine and the body tells the expiry mail received: no reset is asked.

    Not where a change is asked in so many words anywhere ("... please reset it anyway"), as for the vetoes above."""
    if scores["password_reset"] <= 0 and scores["account_unlock"] <= 0:
        return
    if "?" not in text.lower_subject or not _SUBJECT_DOUBTS.search(text.lower_subject):
        return
    if not _MAIL_TOLD.search(text.lower_request) or _CHANGE_ASKED.search(f"{text.lower_subject}\n{text.lower_request}"):
        return
    for category in ("password_reset", "account_unlock"):
        if scores[category] > 0:
            scores[category] -= 2.5
