# ruff: noqa: E501 -- regular-expression tables read best one signal per line
"""What a help-desk request looks like, category by category, as weighted regular expressions.

Each `Signal` is one way people ask for something ("reset my password", "pls unlock", "add me to
the DL", "Zugriff auf Ordner"). A `Veto` is a way the same words appear in a ticket that is *not*
that request ("Outlook keeps asking for my password", "mailbox is full", "T: drive disconnected"); the
vetoes are in tickets/triage/vetoes.py. A password's troubles the signals name (tried too often, forgotten which one,
refused by the rules) are tickets/triage/password_troubles.py's; a newcomer's arrival and what they have not got,
tickets/triage/joiner_leaver_words.py's.
Weights are log-odds-like: about 2 means "a technician would file it here on this alone", about 1
means "supporting evidence". Everything is matched on lower-cased, cleaned text, so the
expressions are written in lower case and compiled without re.IGNORECASE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tickets.triage import intent_words
from tickets.triage.group_names import (
    _GROUP_NAME,
    _MEMBER_PREP,
    _MEMBER_VERB,
    _PERSON,
    _ROLE_ON_A_NAMED_TEAM,
    ACCESS_TO_A_TEAMS_TEAM,
)
from tickets.triage.joiner_leaver_words import (
    _ARRIVAL,
    _NOT_SET_UP,
    CREATE_ACCOUNT,
    DISABLE_ACCOUNT,
    LEAVER,
    NEEDS_ACCOUNT,
    NEWBIE,
    NOT_A_THING_STARTING,
    ON_A_DUTY,
    ONBOARDING_ALONE,
)
from tickets.triage.password_troubles import _FAILS_RULES, _FORGOT_WHICH, _TOO_MANY, BLOCKED_AFTER_FAILED_ATTEMPTS
from tickets.triage.vocabulary import (
    ACCESS,
    ACCESS_NEEDLES,
    ACCOUNT,
    ADD,
    BY_MISTAKE,
    CLAUSE,
    DISTRIBUTION_LIST,
    EXPIRED,
    FOLDER,
    FORGOT,
    GROUP,
    LICENSE,
    LOCKED,
    MAILBOX,
    MFA,
    MFA_AGAIN,
    MFA_TOKEN,
    NEW,
    NOT_WORKING,
    PW,
    REMOVE,
    RESET,
    SEND_AS,
    SENT_OUT,
    SHARED_MAILBOX,
    SIGN_OUT,
    SKU,
    THANKS,
    UNLOCK,
    UNLOCK_ELSEWHERE,
    WANT,
)


@dataclass(frozen=True)
class Signal:
    """One phrasing of a request: where `pattern` matches, `weight` counts toward `category`.

    `anchor`, when set, is a cheap expression that every match of `pattern` contains; the engine
    tests it first (once per place, shared by all signals with the same anchor) and skips the
    expensive pattern where it is absent. An anchor must never be narrower than its pattern:
    `tests/triage/test_speed.py` checks that scoring with and without anchors agrees.
    """

    category: str
    name: str
    pattern: re.Pattern[str]
    weight: float
    anchor: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Veto:
    """A way a category's words appear in a ticket that is not that request; subtracts `penalty`."""

    category: str
    pattern: re.Pattern[str]
    penalty: float
    anchor: re.Pattern[str] | None = None


def rx(pattern: str) -> re.Pattern[str]:
    # No re.IGNORECASE: the text is lower-cased once in `text.clean`, and case-folding every
    # character comparison makes these alternations about three times slower.
    return re.compile(pattern)


# A sign-in's three requests (its password, its lock, its second factor): a veto that says the login is not ours, or
# not to be changed, sets aside whichever of them is asked.
SIGN_IN_KINDS: tuple[str, ...] = ("password_reset", "account_unlock", "mfa_reset")

# A product's no longer being needed, and the person it was for (not "the", "our": a thing's place).
_NOT_NEEDED = (r"not needed|no longer needed|not required|no longer required|nicht mehr (?:n(?:ö|oe)tig|ben(?:ö|oe)tigt|gebraucht)"
               r"|plus (?:besoin|n(?:é|e)cessaire)|ya no (?:se )?necesit\w*|niet meer nodig")
_FOR_SOMEONE = r"(?:for|f(?:ü|ue)r|pour|para|voor)\s(?!(?:the|our|this|that|all|den|die|das|le|la|les|el|los|de|het|ce|cette)\b)[^\s.,;:]+"


def each_sign_in_kind(pattern: str, weight: float, anchor: re.Pattern[str] | None = None) -> list[Veto]:
    """The same veto for each of a sign-in's requests, the expression compiled once for the three."""
    expression = rx(pattern)
    return [Veto(kind, expression, weight, anchor) for kind in SIGN_IN_KINDS]


def words(*needles: str) -> re.Pattern[str]:
    """An anchor: any of these literal fragments."""
    return re.compile("|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True)))


# Path syntax is the same in every language; the words are in tickets/triage/vocabulary.py.
UNC = r"(?:\\\\[\w$.-]+\\|//[\w$.-]+/|\b[a-z]:\\|\b[a-z]:(?=[a-z_])|\bhostname_\d+\\)"

# A person (by pronoun) put on or taken off a path, in the five languages' word orders (set h84).
_PUT_ON_OR_OFF_A_PATH = (rf"\b(?:{ADD}|{REMOVE})\s(?:him|her|them|me|us)\s(?:to|on|onto|from|off|out of)\s{UNC}"
                         rf"|\b(?:ihn|sie|mich|uns)\s(?:\S+\s)?(?:von|aus|zu|auf)\s(?:\S+\s)?{UNC}\S*\s(?:\S+\s)?(?:entfernen|austragen|hinzuf(?:ü|ue)gen|aufnehmen|eintragen)\b"
                         rf"|\b(?:le|la|les|me|nous)\s(?:retir|enlev|ajout|supprim)\w*\s(?:de|du|des|à|au|sur)\s{UNC}"
                         rf"|\b(?:quitar|sacar|a(?:ñ|n)adir|agregar)(?:le|la|lo|me|nos)\s(?:de|a|en)\s(?:\S+\s)?{UNC}"
                         rf"|\b(?:hem|haar|mij|ons)\s(?:\S+\s)?(?:van|uit|aan|bij|tot)\s(?:\S+\s)?{UNC}\S*\s(?:\S+\s)?(?:verwijderen|halen|toevoegen)\b")

# Anchors (see Signal): fragments that every match of the expressions using them contains.
HAS_PW = rx(PW)
HAS_ACCESS = words(*ACCESS_NEEDLES)
HAS_PATH = words("\\", "//", ":")
HAS_STARTING = words("start", "beginning on", "begin", "joins ", "joining ", "joined ", "began ", "first ", "fängt", "faengt", "beginnt",
                      "eintritt", "ab ", "arrive", "commence", "à partir", "a partir", "empieza", "se incorpora",
                      "begint", "per ")
HAS_READY = words("set", "ready", "einrichten", "bereitstellen")
HAS_UNLICENSED = words("licen", "lizen", "activat", "aktivierung", "reduced functionality")
HAS_SKU = rx(SKU)
# Every "named group" match holds one of these (its verb, the passive's auxiliary or the verb-final preposition).
HAS_GROUP_VERB = rx(r"\b(?:add|put|include|ajoute|mets|mettre|mettez|a(?:ñ|n)ad|met|zet|voeg|remove|take|retire"
                     r"|enl(?:è|e)ve|quita|saca|haal|entfern|ins|in das|in die|zum|zur|in het|in de|aan het|aan de"
                     r"|be|get|gets|been|to be|toevoeg|hinzuf|aufnehm)")

# An unlock verb outside English and German is everyday language ("débloquer la situation", "desbloquear el móvil"):
# it asks for an account unlock only with an account, a person or a pronoun for one next to it.
_UNLOCK_ELSEWHERE = UNLOCK_ELSEWHERE
_PERSON_OBJECT = r"(?:moi|me|mi|mij|mijn|mon|ma|son|sa|su|mis|sus|zijn|haar|hem|ze|la|le|lo|l')\b"

# What else a reset may be of, named right after it: a second factor, a device, a setting.
_OTHER_THING_RESET = (r"mfa|2fa|multi|authenticator|token|phone|handy|t(?:é|e)l(?:é|e)phone|m(?:ó|o)vil|telefoon|pin\b|device|ger(?:ä|ae)t"
                      r"|laptop|pc\b|computer|printer|drucker|tablet|ipad|iphone|router|modem|badge|card|karte|carte|tarjeta|pas\b|code")
_RESET_OF_NO_OTHER_THING = rf"(?!\s(?:\S+\s){{0,3}}?(?:{_OTHER_THING_RESET}))"
# The lift asked, not told done ("unlocked and reset, thanks" thanks for it).
_UNLOCK_ASKED = r"(?:\bun-?lock\b|\bentsperren\b|\bd(?:é|e)bloquer\b|\bdesbloquear\b|\bontgrendelen\b)"

SIGNALS: list[Signal] = [
    # -- password reset ---------------------------------------------------------------------
    Signal("password_reset", "reset request", rx(rf"{RESET}.{{0,45}}{PW}|{PW}.{{0,30}}{RESET}"), 2.2, HAS_PW),
    # "don't know what password I set": the writer's own password they do not know is a forgotten one (not "the
    # password for the guest wifi", whose object is named after it).
    Signal("password_reset", "forgotten password", rx(rf"{FORGOT}.{{0,40}}{PW}|{PW}.{{0,30}}{FORGOT}|\b(?:don'?t|do not|dont|no longer) know (?:what |which )?(?:my |the )?(?:new |current )?{PW}(?!\s(?:for|to|of|on)\b)|(?:weet|wei(?:ß|ss))\s(?:\S+\s){{0,2}}?{PW}\s(?:\S+\s)?(?:niet meer|nicht mehr)|{_FORGOT_WHICH}"), 2.2, HAS_PW),
    Signal("password_reset", "new password wanted", rx(rf"(?:need|needs|want|request|get|send|give|issue)\s(?:me\s)?(?:a\s)?new\s(?:[\w-]+\s)?{PW}|(?<!the )(?<!his )(?<!her )(?<!my )(?<!their )(?<!your ){NEW}\s(?:temp\w*\s|tijdelijke?\s)?{PW}|{PW}\s(?:nueva|nuevo|temporaire|temporal|provisional)|new\s(?:temp(?:orary)?\s)?{PW}\s(?:for|please|pls|needed|required)|temp(?:orary)? {PW}|tempor(?:ä|ae)re[sn]? {PW}|{PW}.{{0,80}}(?:a new one|un nouveau|una nueva|uno nuevo|een nieuwe?\b|ein neues)"), 2.0, HAS_PW),
    Signal("password_reset", "reset it", rx(rf"{PW}.{{0,160}}(?:\b{RESET}\s(?:it|this|that|mine|es|ihn|das|het)\b|\b(?:le|la|lo|l'|het|ze)\s?(?:\S+\s){{0,2}}?{RESET}|{RESET}(?:la|lo)\b|(?:graag|bitte|merci de|por favor)\s{RESET}|\b(?:wants?|needs?|would like|like)\s(?:it|this|that|hers|his)\s{RESET}\b)"), 2.2, HAS_PW),
    # "Das Kennwort wird nicht akzeptiert ... Können Sie ihm ein neues vergeben?", "dice que la contraseña es incorrecta
    # ... ¿me ponéis una nueva?": the password said to be rejected, then a new one asked for by its pronoun.
    Signal("password_reset", "rejected, a new one asked", rx(rf"{PW}\s(?:(?:\S+\s){{0,3}}?(?:wrong|incorrect|not accepted|rejected|nicht (?:mehr )?akzeptiert|falsch|incorrecte?|incorrecta|no (?:es )?v(?:á|a)lida|niet (?:meer )?geaccepteerd|onjuist|fout)|(?:\S+\s){{0,8}}?{_FAILS_RULES})\b[^\n]{{0,200}}?(?:\b(?:give|send|set|issue|make|vergeben|geben|schicken|setzen|donner|donnez|envoyer|pon(?:éis|eis|er|ed|es|e)?|dar|dad|mandad|enviad|geven|geef|sturen|stuur)\w*\s(?:\S+\s){{0,2}}?(?:a new one|new one|ein neues|un nouveau|una nueva|uno nuevo|een nieuwe?|(?:a\s(?:temp\w*\s)?)?one for (?:me|him|her|them|us))\b|\b(?:ein neues|een nieuwe?)\s(?:\S+\s)?(?:vergeben|geben|setzen|schicken|geven|sturen)\b)"), 2.0, HAS_PW),
    # "unlock and reset pls", "reset and unlock her", "entsperren und zurücksetzen", "débloquer et réinitialiser",
    # "desbloquear y restablecer", "ontgrendelen en resetten": the lock lifted and the password set anew, asked in one
    # breath with the password left unsaid. The reset is the request (a reset also lifts the lock, settling.settle).
    # Not where the reset names another thing ("unlock and reset the MFA", "reset the laptop").
    Signal("password_reset", "unlock and reset", rx(
        rf"{_UNLOCK_ASKED}\s(?:(?:him|her|them|it|me|ihn|sie|es|le|la|lo|het|hem|haar)\s)?(?:[+&/]|and|und|et|y|en)\s(?:then\s)?(?:{RESET})\b{_RESET_OF_NO_OTHER_THING}"
        rf"|\b(?:{RESET})\s(?:(?:him|her|them|it|me|ihn|sie|es|le|la|lo|het|hem|haar)\s)?(?:[+&/]|and|und|et|y|en)\s(?:then\s)?{_UNLOCK_ASKED}{_RESET_OF_NO_OTHER_THING}"), 2.2),
    Signal("password_reset", "password expired", rx(rf"{PW}.{{0,30}}{EXPIRED}"), 1.7, HAS_PW),
    Signal("password_reset", "password change", rx(rf"(?:change|changing|update|(?:ä|ae)ndern|changer|modifier|cambiar|wijzigen|veranderen)\s(?:my\s|the\s|his\s|her\s|mon\s|le\s|mi\s|la\s|mijn\s|het\s)?(?:\w+\s)?{PW}|{PW}\s(?:change|(?:ä|ae)nder(?:ung|n))|{PW}.{{0,40}}(?:cambiar|cambi(?:á|a)is|wijzigen|changer)"), 1.4, HAS_PW),
    # The past tense too: "a colleague saw it when I typed it" (holdout64).
    # "a colleague saw me type it", "my password may have been seen on the train", "I think it leaked", "it went out by
    # mistake in a screenshot" (versehentlich verschickt, envoyé par erreur, enviada por error, per ongeluk gestuurd): a password
    # someone else may know is changed for a new one; beside the change asked ("could I change it?"), it is a reset.
    # Said verb first, as the writer owns the slip: "I pasted my password into the team chat by mistake" (set h84).
    Signal("password_reset", "password seen by someone", rx(rf"\b(?:saw|seen|watched|see|spotted|noticed)\s(?:\S+\s){{0,3}}?(?:type|typed|typing|enter|entered|entering|write|wrote|writing)\s(?:in\s)?(?:it|{PW}|(?:\S+\s)?{PW})|{PW}\s(?:\S+\s){{0,4}}?(?:was\s|has been\s|may have been\s|might have been\s|got\s)(?:seen|leaked|exposed|overheard|shared|posted|written down)\b|{PW}[^.!?\n]{{0,80}}?\b(?:{SENT_OUT})\b[^.!?\n]{{0,60}}?\b(?:{BY_MISTAKE})|{PW}[^.!?\n]{{0,80}}?\b(?:{BY_MISTAKE})[^.!?\n]{{0,40}}?\b(?:{SENT_OUT})\b|\b(?:{SENT_OUT})\s(?:\S+\s)?{PW}[^.!?\n]{{0,80}}?\b(?:{BY_MISTAKE})"), 0.8, HAS_PW),
    # Asked before or after: "could I change it? someone saw me type it", "how do I change my password? I think someone
    # saw me typing it". A how-to question about a password someone may know is a change to make now (rules.classify).
    Signal("password_reset", "seen, and a change asked", rx(rf"(?:\b(?:saw|seen|watched|see|spotted|noticed)\s(?:\S+\s){{0,3}}?(?:type|typed|typing|enter|entered|entering|write|wrote|writing)\s(?:in\s)?(?:it|{PW}|(?:\S+\s)?{PW})|\b(?:behind me|over my shoulder)\b[^.!?\n]{{0,60}}?\b(?:while|when|as)\si\s(?:was\s)?(?:typ|enter)\w*|{PW}\s(?:\S+\s){{0,4}}?(?:was\s|has been\s|may have been\s|might have been\s|got\s)(?:seen|leaked|exposed|overheard|shared|posted|written down)\b|\b(?:{SENT_OUT})\s(?:\S+\s)?{PW}[^.!?\n]{{0,80}}?\b(?:{BY_MISTAKE}))[^\n]{{0,160}}?\b(?:change|reset|renew|replace)\w*\s(?:it|mine|that|this)\b|\b(?:change|reset|renew|replace)\w*\s(?:my\s|the\s)?(?:\w+\s)?{PW}\b[^\n]{{0,80}}?(?:\b(?:saw|seen|watched|see|spotted|noticed)\s(?:\S+\s){{0,3}}?(?:type|typed|typing|enter|entered|entering|write|wrote|writing)\s(?:in\s)?(?:it|{PW}|(?:\S+\s)?{PW})|\b(?:behind me|over my shoulder)\b[^.!?\n]{{0,60}}?\b(?:while|when|as)\si\s(?:was\s)?(?:typ|enter)\w*|{PW}\s(?:\S+\s){{0,4}}?(?:was\s|has been\s|may have been\s|might have been\s|got\s)(?:seen|leaked|exposed|overheard|shared|posted|written down)\b)"), 1.4, HAS_PW),
    # "please force a password change on my account": the change asked as something the desk makes the account do (not
    # "Windows forced a password change and now ...", a thing that happened, nor "we require a password change every
    # 90 days", a policy).
    Signal("password_reset", "change forced", rx(rf"\b(?:please|pls|plz|kindly|can you|could you)\s(?:\S+\s)?(?:force|require|trigger|enforce)\s(?:a\s|an\s)?(?:new\s)?{PW}\s(?:change|reset)\b"), 1.0, HAS_PW),
    # The refusal said with the verb first: "won't accept my master password", "nimmt mein Passwort nicht mehr an",
    # "n'accepte plus mon mot de passe", "no acepta mi contraseña", "accepteert mijn wachtwoord niet".
    Signal("password_reset", "password not working", rx(
        rf"{PW}.{{0,40}}{NOT_WORKING}|\b(?:won'?t|wont|will not|doesn'?t|does not|don'?t|do not|no longer|refuses? to|refused to)"
        rf"\s(?:\S+\s)?accept\s(?:my|his|her|their|our|the)\s(?:\S+\s)?{PW}|\bnimmt\s(?:mein|sein|ihr|das|den)\w*\s(?:\S+\s)?{PW}"
        rf"\s(?:\S+\s)?nicht\s(?:mehr\s)?an\b|\bn'accepte\s(?:plus|pas)\s(?:mon|son|le|leur)\s(?:\S+\s)?{PW}"
        rf"|\bno\s(?:me\s)?acepta\s(?:mi|su|la)\s(?:\S+\s)?{PW}|\baccepteert\s(?:mijn|zijn|haar|het|hun)\s(?:\S+\s)?{PW}\s(?:\S+\s)?niet\b"), 1.3, HAS_PW),
    # A bare statement of the problem, no request verb: "can't sign in, need a password", "password not working
    # anymore since the weekend". The writer's own sign-in has failed for a while, which a technician fixes with a
    # reset; a password for something else (wifi, a PDF) is vetoed below.
    Signal("password_reset", "needs a password", rx(rf"\b(?:need|needs|needed|brauche|braucht|besoin d'un|necesito|nodig)\s(?:a\s|ein\s|un\s)?{PW}(?!\s(?:for|to|manager|policy|protected|f(?:ü|ue)r|pour|para|voor)\b)"), 1.4, HAS_PW),
    Signal("password_reset", "sign-in failing for a while", rx(rf"{PW}.{{0,40}}{NOT_WORKING}.{{0,25}}(?:anymore|any more|any longer|since|nicht mehr|seit|plus\b|depuis|ya no|desde|niet meer|sinds)|{PW}.{{0,40}}(?:no longer work|stopped working)|(?:can'?t|cannot|unable to|not able to) (?:sign|log)\s?(?:in|on).{{0,40}}{PW}|{PW}.{{0,40}}(?:can'?t|cannot|unable to) (?:sign|log)\s?(?:in|on)"), 0.6, HAS_PW),
    Signal("password_reset", "password trouble", rx(rf"(?:trouble|problem|issue|probleme?)s? with (?:my |the )?{PW}"), 1.3, HAS_PW),
    Signal("password_reset", "password manager", rx(r"password[_ ]?manage(?:r|ment)"), 0.4, HAS_PW),
    # -- account unlock -----------------------------------------------------------------------
    Signal("account_unlock", "unlock", rx(rf"{UNLOCK}|{ACCOUNT}{CLAUSE}{{0,40}}{_UNLOCK_ELSEWHERE}|{_UNLOCK_ELSEWHERE}\s(?:\S+\s){{0,3}}?(?:{ACCOUNT}|{_PERSON_OBJECT})|\b(?:le|la|lo|l'|het|hem|haar|ze)\s?(?:\S+\s)?{_UNLOCK_ELSEWHERE}|desbloque\w*(?:la|lo)\b|(?:graag|por favor|merci de)\s{_UNLOCK_ELSEWHERE}"), 2.0),
    Signal("account_unlock", "locked out", rx(r"\block(?:ed)?[\s-]?out\b|\blockout\b|\b(?:is|got|been|gets|was|account|user|password|id|sid_\d+)\s(?:locked|gesperrt)|\blocked\.?$|\blocked (?:again|after|because|due)|\blocked (?:account|user)|ausgesperrt|buitengesloten|(?:ma |sa |la )session (?:est )?(?:bloqu|verrouill)"), 2.0),
    Signal("account_unlock", "account locked", rx(rf"{ACCOUNT}{CLAUSE}{{0,50}}{LOCKED}|{LOCKED}\s(?:\S+\s){{0,2}}?{ACCOUNT}|(?:account(?![- ]?(?:manager|management|executive|director|owner|lead)s?\b)|konto|benutzer|zugang|user|kennung|gebruiker).{{0,30}}(?:freischalten|entsperren|vrijgeven)|(?:freischalten|entsperren).{{0,30}}(?:account|konto|benutzer|zugang)"), 2.0),
    # ("account" in a job title is no login: "die Rolle 'Key Account Manager' im CRM freischalten" grants a role.)
    # "Frau Yilmaz ist immer noch gesperrt. Bitte dringend freischalten!", "mijn account zit weer op slot, kunnen jullie
    # hem vrijgeven?": an account or a person said to be locked, and someone asked to let them in, without "unlock".
    # Or the lock told by the wrong tries that caused it, with no one named: "zweimal falsch getippt und jetzt gesperrt,
    # bitte freischalten" (set h84).
    Signal("account_unlock", "lockout and a lift asked", rx(rf"(?:{ACCOUNT}|\b(?:i|i'm|ich|ik|she|he|sie|er|hij|zij|ze|(?:frau|herr|mevrouw|meneer|mr|mrs|ms) \w+)\b|\b(?:getippt|eingegeben|vertippt|typed|entered|tries|attempts|versuche\w*|tentatives|intentos|pogingen|ingetypt|ingevoerd)\b){CLAUSE}{{0,30}}?(?:{LOCKED}|op slot)[^\n]{{0,200}}?(?:\blet (?:me|him|her|them) (?:back )?in\b|\bget (?:me|him|her|them) back in\b|freischalten|freigeben|vrijgeven|van het slot|release (?:it|the account|my account|his account|her account)\b)"), 2.0),
    # "You've tried to sign in too many times", "zu viele Anmeldeversuche": the directory's lockout message quoted. With
    # someone asked to lift it ("can you release it?") it is an unlock; alone, a hint.
    Signal("account_unlock", "too many attempts", rx(_TOO_MANY), 1.3),
    Signal("account_unlock", "too many attempts, lift asked", rx(rf"(?:{_TOO_MANY})[^\n]{{0,160}}?(?:\b(?:release|lift|clear|help|can you|could you)\b|freigeben|k(?:ö|oe)nnen sie|d(?:é|e)bloquer|lib(?:é|e)rer|pouvez-vous|liber(?:ar|ad)\w*|pod(?:é|e)is|vrijgeven|kunnen jullie|kunt u)"), 0.7),
    # "tried my password too many times, now it's locked", "zu viele Versuche, jetzt gesperrt": the lockout message and
    # the lock it left, said in one breath; with the words above (1.3) an unlock.
    Signal("account_unlock", "too many attempts, then locked", rx(rf"(?:{_TOO_MANY})[^\n]{{0,80}}?{LOCKED}|\b(?:tried|typed|entered)\s(?:\S+\s){{0,3}}?{PW}\s(?:wrong\s)?too (?:many times|often)\b[^\n]{{0,80}}?{LOCKED}"), 0.7),
    # "my vpn access is blocked after failed attempts": the lock failed sign-ins leave, in English's other word for it.
    Signal("account_unlock", "blocked after failed attempts", rx(BLOCKED_AFTER_FAILED_ATTEMPTS), 2.0),
    # -- MFA ----------------------------------------------------------------------------------
    Signal("mfa_reset", "mfa", rx(MFA), 1.7),
    Signal("mfa_reset", "mfa re-registration", rx(MFA_AGAIN), 0.6),
    # "Dropped my phone in the river, can't approve the sign-in": the device that answers the second factor is gone.
    # "Take the old phone off my account": its registration is what is to go. (A lost phone with nothing about codes
    # or approvals, "log it out of my mail", is a sign-out, not this.)
    Signal("mfa_reset", "second-factor device gone", rx(
        r"\b(?:lost|dropped|broke|broken|smashed|stolen|wiped)\s(?:\S+\s){0,3}?(?:phone|mobile|iphone|handy|smartphone)\b"
        r"[^?]{0,120}?\b(?:approv\w*|(?:\d |two |2 )?codes?|sign[- ]?in requests?|register\w*|verif\w*)\b"
        # "New phone: the approve-sign-in request goes nowhere", "neues Handy, keine Bestätigung": the old device, which
        # answered the second factor, is gone with the change.
        r"|\b(?:new (?:phone|iphone|mobile|smartphone)|neues (?:handy|telefon|smartphone|iphone)|nouveau (?:t(?:é|e)l(?:é|e)phone|portable|mobile|iphone)"
        r"|nuevo (?:m(?:ó|o)vil|tel(?:é|e)fono|iphone)|(?:m(?:ó|o)vil|tel(?:é|e)fono) nuevo|nieuwe (?:telefoon|iphone|gsm))\b"
        r"[^?]{0,120}?\b(?:approv\w*\s(?:\S+\s)?(?:sign-?ins?|log-?ins?|requests?|prompts?|notifications?)|sign[- ]?in requests?"
        r"|anmeldeanfrage|anmeldung\w* (?:\S+ )?(?:genehmig|best(?:ä|ae)tig)\w*|(?:approuv|valid)\w* (?:\S+ )?(?:connexion|demande)"
        r"|aprob\w* (?:\S+ )?(?:inicio|solicitud)|goedkeur\w* (?:\S+ )?(?:aanmeld\w*|verzoek)|aanmeldverzoek)"
        r"|\b(?:take|remove|delete)\s(?:the |my |his |her )?(?:old |lost )?(?:phone|mobile|device)\s(?:off|from)\s"
        r"(?:my|his|her|their|the)\s(?:account|profile|mfa)"
        # The factor carried as a token, gone or broken (holdout54's): "lost my RSA token", "Hardware-Token verloren",
        # "j'ai perdu mon jeton RSA", "perdí el token físico", "mijn hardwaretoken is kapot".
        rf"|\b(?:lost|dropped|broke|broken|stolen|damaged|verloren|kaputt|defekt|gestohlen|perdu|cass(?:é|e)|vol(?:é|e)"
        rf"|perd(?:í|i)|perdido|roto|robado|kwijt|gestolen)\s(?:\S+\s){{0,3}}?{MFA_TOKEN}"
        rf"|{MFA_TOKEN}[^.!?\n]{{0,40}}?\b(?:lost|broken|stolen|damaged|verloren|kaputt|defekt|gestohlen|perdu|cass(?:é|e)"
        rf"|perdido|roto|robado|kwijt|kapot|gestolen)\b"), 1.7),
    # -- sessions: a second set of phrasings beside intent_words.REVOKE_SESSIONS (below) -------
    Signal("session_revoke", "signed out of every device", rx(SIGN_OUT), 2.0),
    # -- mailbox access -----------------------------------------------------------------------
    Signal("mailbox_access", "shared mailbox", rx(SHARED_MAILBOX), 2.0),
    # "... his mailbox is still there? Can you give me access to it?": the access asked by a pronoun for the mailbox.
    Signal("mailbox_access", "mailbox permission", rx(rf"{ACCESS}.{{0,45}}{MAILBOX}|{MAILBOX}.{{0,35}}{ACCESS}|{MAILBOX}[^\n]{{0,100}}?{ACCESS}\s(?:to|on|for)\s(?:it|that one)\b"), 1.7, HAS_ACCESS),
    Signal("mailbox_access", "delegation", rx(rf"(?:e-?mail|mail|calendar|kalender|postfach|inbox)\s(?:delegation|delegate)|delegat(?:e|ed|ion).{{0,40}}(?:mail|calendar|kalender|postfach|inbox)|{SEND_AS}"), 1.9),
    Signal("mailbox_access", "add mailbox to outlook", rx(rf"\b(?:add|map|mount|open|einbinden|hinzuf(?:ü|ue)gen|ajouter|a(?:ñ|n)adir|toevoegen)\b.{{0,30}}{MAILBOX}|{MAILBOX}.{{0,20}}(?:to|into|aan) (?:my |mijn )?outlook"), 1.7),
    # The same asked as having it done: "can I get the sales mailbox added?", "could I have the desk inbox mapped?",
    # "kann ich das Postfach eingebunden bekommen?", "kan ik de mailbox toegevoegd krijgen?". Not "the mailbox was added".
    # For someone else too: "our new receptionist needs the front-desk mailbox added to her Outlook" (h144).
    Signal("mailbox_access", "mailbox to have added", rx(
        rf"\b(?:gets?|have|needs?|wants?)\s(?:\S+\s){{0,5}}?{MAILBOX}\s(?:\S+\s)?(?:added|mapped|mounted|connected|attached)\b"
        rf"|{MAILBOX}\s(?:\S+\s){{0,3}}?(?:hinzugef(?:ü|ue)gt|eingebunden|verbunden)\s(?:\S+\s)?(?:bekommen|haben)\b"
        rf"|{MAILBOX}\s(?:\S+\s){{0,3}}?(?:toegevoegd|gekoppeld)\s(?:\S+\s)?krijgen\b"), 1.7),
    Signal("mailbox_access", "access to an address", rx(rf"{ACCESS}.{{0,60}}\b(?:to|à|a|al|tot|auf)\s[\w.+-]+@[\w-]*"), 0.8, HAS_ACCESS),
    # "access to sales@ so I can answer the mails while Anna is away", "damit ich die Anfragen beantworten kann", "pour
    # que je puisse répondre aux mails", "para poder responder los correos", "zodat ik de mails kan beantwoorden": the
    # address's mail is what the writer will answer, so the address is a mailbox (not a list to be on).
    Signal("mailbox_access", "an address's mail to answer", rx(
        r"[\w.+-]+@[\w.-]*[^.!?\n]{0,80}?\b(?:so (?:that )?(?:i|we|he|she|they) can|to be able to|in order to|to)\s(?:\S+\s)?"
        r"(?:answer|reply to|respond to|handle|monitor|cover|deal with|process|work through|look after)\s(?:the\s|its\s|their\s|his\s|her\s|any\s|incoming\s|all\s)*"
        r"(?:e-?mails?|mails?|messages|requests|enquiries|inquiries|queries|questions|tickets|orders|inbox|mailbox)\b"
        r"|[\w.+-]+@[\w.-]*[^.!?\n]{0,80}?\b(?:damit|um)\s(?:\S+\s){0,5}?(?:e-?mails|mails|nachrichten|anfragen)\s(?:\S+\s){0,2}?(?:beantworten|bearbeiten)\b"
        r"|[\w.+-]+@[\w.-]*[^.!?\n]{0,80}?\b(?:pour|afin de)\s(?:que je puisse\s|pouvoir\s)?(?:r(?:é|e)pondre|traiter)\s(?:aux|les)\s(?:e-?mails|mails|courriels|messages|demandes)\b"
        r"|[\w.+-]+@[\w.-]*[^.!?\n]{0,80}?\bpara\s(?:poder\s)?(?:responder|contestar|atender|gestionar)\s(?:a\s)?(?:los|las)\s(?:correos|mensajes|solicitudes|consultas)\b"
        r"|[\w.+-]+@[\w.-]*[^.!?\n]{0,80}?\b(?:zodat|om)\s(?:\S+\s){0,4}?(?:mails|e-mails|berichten|vragen)\s(?:\S+\s){0,2}?(?:beantwoorden|afhandelen|behandelen)\b"), 1.0),
    # "Vollzugriff auf frontdesk@", "full access to info@": a mailbox right on an address is a mailbox delegation.
    Signal("mailbox_access", "full access to an address", rx(r"(?:full[\s-]?access|vollzugriff|voll(?:en|er)? zugriff|acc(?:è|e)s (?:complet|total)|acceso (?:completo|total)|volledige toegang)[^.!?\n]{0,40}[\w.+-]+@"), 1.2),
    Signal("mailbox_access", "calendar visibility", rx(r"calendar.{0,25}(?:not visible|can'?t see|cannot see|visible)|(?:see|view|edit|manage) (?:\S+\s){0,3}?calendar"), 1.7),
    # "She needs to manage my calendar", "send on my behalf": the writer's own mailbox or calendar delegated. Support
    # for the grant, and it tells a newcomer's delegate (settling.settle) from a newcomer's onboarding.
    Signal("mailbox_access", "own mailbox delegated", rx(r"\b(?:manage|see|view|edit|access|open|read|into|to) (?:all of )?(?:my|mein\w*|mon|ma|mes|mi|mis|mijn) (?:calendar|mailbox|inbox|diary|kalender|postfach|calendrier|bo(?:î|i)te mail|calendario|buz(?:ó|o)n|agenda|postvak)|\bon my behalf\b|\bin meinem (?:namen|auftrag)\b|\ben mon nom\b|\ben mi nombre\b|\bnamens mij\b|\bmijn (?:agenda|postvak) (?:beheren|inzien)"), 0.3),
    # "need support@ in my Outlook too": an address wanted in the writer's mail client is a shared mailbox to add.
    Signal("mailbox_access", "address in my outlook", rx(r"\b(?:need|needs|want|wants|add|put|would like|brauche|ben(?:ö|oe)tige|besoin d[e']|necesito|wil|nodig)\b[^.!?\n]{0,20}[\w.+-]+@[\w.-]*\s(?:\S+\s)?(?:in|into|to|added to|dans|en|aan)\s(?:my|mijn|mein\w*|mon|mi)\s(?:outlook|inbox)"), 1.9),
    # "Can Eva get the same rights on the info@ mailbox as Kim?": a colleague's mailbox rights copied.
    Signal("mailbox_access", "same mailbox rights as", rx(rf"(?:same|dezelfde|dieselben|die gleichen|gleichen|m(?:ê|e)mes|mismos)\s(?:rights|permissions|access|rechten|toegang|rechte|berechtigungen|zugriff|droits|acc(?:è|e)s|derechos|permisos|acceso)\s(?:\S+\s){{0,2}}?(?:on|to|for|op|tot|auf|f(?:ü|ue)r|sur|(?:à|a)|en|a|sobre)\s(?:the\s|het\s|de\s|das\s|dem\s|le\s|la\s|l'|el\s)?(?:\S+\s)?(?:{MAILBOX}|[\w.+-]+@)"), 1.9),
    # "I need to see his inbox while he is off", "can I see his mailbox?": someone else's mailbox the writer wants to
    # read is a mailbox right
    # asked without its word (one's own inbox, or "can't see his inbox", asks for no right).
    Signal("mailbox_access", "someone else's inbox to read", rx(r"\b(?:(?:need|needs|want|wants|like|have|has)\sto|(?:can|could|may)\s(?:i|we)(?:\splease)?)\s(?:see|read|view|open|check|go through|monitor|look (?:at|into|through))\s(?:his|her|their|(?!my\b|our\b|your\b)[a-z]+'s?)\s(?:\S+\s)?(?:inbox|mail\s?box|postfach)(?:es)?\b"), 1.7),
    # -- groups, lists, folders ---------------------------------------------------------------
    Signal("group_membership", "distribution list", rx(DISTRIBUTION_LIST), 1.8),
    # A group named and then asked for by a pronoun, in the same sentence or the next ("it says I'm not in SG-Sales-RO.
    # can you add me?"); never "add me to" something else.
    Signal("group_membership", "group change", rx(rf"{ADD}.{{0,70}}{GROUP}|{REMOVE}.{{0,70}}{GROUP}|{GROUP}.{{0,40}}(?:halen|verwijderen|toevoegen|aufnehmen|entfernen)|\bgroups? (?:membership|member)|(?:ad|security|active directory|entra|azure|o365|m365|sso|unified)\s\(?(?:ad\)?\s)?gro?up|gruppe|{GROUP}[^\n]{{0,60}}?\b(?:add|put|include)\s(?:me|him|her|them|us)\b(?!\s(?:to|into|on|in)\b)|\bjoin\s(?:\S+\s){{0,4}}?{GROUP}"), 1.9),
    # "please add these 3 to the Field Ops team:" and a list of names below, "add the 3 new leads to the Ops 24/25 team", "ajoutez les personnes suivantes à l'équipe
    # X", "añadid a estos tres al equipo X", "voeg deze drie toe aan het X team": people pointed at rather than named.
    Signal("group_membership", "people listed, added to a named group", rx(
        rf"\b(?:add|put|include)\s(?:these|those|the following|the people below|the users below|all|the\s(?:\d+|two|three|four|five|six)(?:\snew)?\s[a-z]+s)(?:\s(?:\d+|two|three|four|five|six|people|persons|users|colleagues|staff|members|agents|new starters)){{0,2}}\s(?:to|into|in)\s(?:the\s)?(?:{_GROUP_NAME}|(?!(?:my|our|your|this|that)\b)(?:[\w/-]+\s){{1,3}}(?:team|crew)\b(?!\s?(?:meeting|call|chat|lunch|event|calendar|drive|folder)))"
        rf"|\b(?:diese|folgende)\s(?:\d+\s)?(?:personen|mitarbeiter\w*|kolleg\w+|benutzer)?\s?(?:bitte\s)?(?:ins|in das|zum|zur|in die)\s{_GROUP_NAME}"
        rf"|\bajout\w*\s(?:ces|les)\s(?:\d+\s)?(?:personnes|coll(?:è|e)gues|utilisateurs)(?:\s suivant(?:e)?s)?\s(?:à|a|dans)\s(?:l'|la\s|le\s)?{_GROUP_NAME}"
        rf"|\ba(?:ñ|n)ad\w*\sa\s(?:estos|estas|los siguientes|las siguientes)(?:\s\d+)?(?:\s(?:personas|compa(?:ñ|n)eros|usuarios))?\s(?:a|al|en)\s(?:el\s|la\s)?{_GROUP_NAME}"
        rf"|\bvoeg\s(?:deze|de volgende)\s(?:\d+\s)?(?:personen|collega'?s|gebruikers)?\s?toe\s(?:aan|bij)\s(?:het\s|de\s)?{_GROUP_NAME}"), 1.8, HAS_GROUP_VERB),
    # "add Joe to Finance-Readers", "put Hannah in the Billing Team": a group named without the word "group".
    # German and Dutch name the product before the team ("ins Teams-Team 'Hotline' aufnehmen", "in het Teams-kanaal
    # 'Planning' zetten"): the same team.
    # Their passive asks it too, with "werden"/"worden" (not "wurde", which reports it done): "soll in das Team 'QM'
    # aufgenommen werden", "moet in het team 'Inkoop' toegevoegd worden" (h102).
    Signal("group_membership", "named group", rx(rf"\b{_PERSON}\s(?:be|get|gets|been|to be)\s(?:added|put|included)\s(?:to|into|in)\s(?:the\s)?{_GROUP_NAME}|\b(?:add|put|include|ajoute[rz]?|mets|mettre|mettez|a(?:ñ|n)ad(?:e|id|ir)|met(?:e|ed|er)|zet|voeg)\s{_PERSON}\s(?:to|into|in|à|au|dans|a|al|en|aan|bij)\s(?:the\s|l'|la\s|le\s|el\s|het\s|de\s)?{_GROUP_NAME}|\b(?:remove|take|retire[rz]?|enl(?:è|e)ve[rz]?|quita[rd]?|saca[rd]?|haal|entfern\w*)\s{_PERSON}\s(?:from|out of|off|de|du|del|uit|aus)\s(?:the\s|l'|la\s|le\s|el\s|het\s|de\s|der\s)?{_GROUP_NAME}|\b(?:ins|in das|in die|zum|zur|in het|in de|aan het|aan de)\s(?:(?:ms[\s-])?teams[\s-]?)?(?:team|gruppe|groep|kanal|kanaal)\s(?:[\x22\u201c\u201e'][^\x22\u201c\u201d\u201e'\n]{{1,40}}[\x22\u201c\u201d']|[\w-]+)\s(?:\S+\s){{0,3}}?(?:hinzuf(?:ü|ue)gen|aufnehmen|zetten|toevoegen|plaatsen|(?:aufgenommen|hinzugef(?:ü|ue)gt|eingetragen|toegevoegd|geplaatst)\s(?:werden|worden))|\b(?:ins|in das|in die|zum|zur|in het|in de|aan het|aan de)\s[\w-]+(?:\s|-)(?:team|gruppe|groep)\s(?:\S+\s)?(?:hinzuf(?:ü|ue)gen|aufnehmen|zetten|toevoegen|plaatsen|(?:aufgenommen|hinzugef(?:ü|ue)gt|eingetragen|toegevoegd|geplaatst)\s(?:werden|worden))|\bvoeg\s{_PERSON}\s(?:\S+\s){{0,2}}?toe\s(?:aan|bij)\s(?:het\s|de\s)?{_GROUP_NAME}|\b{_PERSON}\s(?:toevoegen|hinzuf(?:ü|ue)gen|aufnehmen)\s(?:aan|bij|zu|zum|zur|in)\s(?:het\s|de\s|der\s|dem\s|die\s|das\s)?{_GROUP_NAME}|\b(?:a(?:ñ|n)ad(?:e|id|ir)|met(?:e|ed|er))\sa\s{_PERSON}\s(?:a|al|en)\s(?:el\s|la\s)?{_GROUP_NAME}"), 1.8, HAS_GROUP_VERB),
    # "add Tom and Priya to estimating@contoso.com", "put her on the estimating@ address", "remove Tom from the
    # sales-leads list", "retirer Tom de la liste commerciaux@": people added to or taken off an address or a named list
    # are a list's members. An address with a right or a mailbox named is a mailbox grant instead (settling.settle), and
    # so is an address called an inbox or a mailbox ("take Ravi off the complaints@ inbox").
    Signal("group_membership", "list or address membership", rx(rf"\b(?:{_MEMBER_VERB})\b[^.!?\n]{{0,70}}?\s(?:{_MEMBER_PREP})\s(?:(?:the|la|le|el|het|de|der|die|dem|den)\s)?(?:(?:list[ea]?|lijst|verteiler(?:liste)?)\s)?(?:[\w.+-]+@(?:[\w-]+\.[\w.-]+)?(?!\s?(?:shared\s)?(?:inbox|mail\s?box|postfach|postvak|bo(?:î|i)te|buz(?:ó|o)n))|[a-z0-9]+(?:-[a-z0-9]+)+\s(?:list|mailing list)\b)|\b(?:van|uit|aus|von)\s(?:(?:de|het|der|dem)\s)?(?:(?:lijst|verteiler(?:liste)?)\s)?[\w.+-]+@\S*\s(?:\S+\s)?(?:halen|afhalen|verwijderen|nehmen|entfernen|austragen)\b"), 1.9),
    Signal("group_membership", "folder access", rx(rf"{ACCESS}.{{0,60}}{FOLDER}|{FOLDER}.{{0,40}}(?:{ACCESS}|freigabe)"), 1.8, HAS_ACCESS),
    Signal("group_membership", "path", rx(UNC), 0.9, HAS_PATH),
    # Or a person put on or taken off the path: "take him off \\fs02\Projects", "sie von \\fs02\Projekte entfernen".
    Signal("group_membership", "access to path", rx(rf"{ACCESS}.{{0,40}}{UNC}|{UNC}\S*.{{0,30}}{ACCESS}|{_PUT_ON_OR_OFF_A_PATH}"), 1.2, HAS_PATH),
    Signal("group_membership", "berechtigung einrichten", rx(r"(?:berechtigung|zugriff|rechte)\w*.{0,60}(?:einrichten|erteilen|geben|freigeben|vergeben|freischalten)"), 1.2),
    Signal("group_membership", "access level", rx(r"read[\s-]?only|read (?:and|&|/) write|full control|lese-?\s?(?:/|und|u\.)?\s?schreib|schreib-?\s?(?:/|und|u\.)?\s?lese|leseberechtigung|schreibberechtigung|lecture seule|solo lectura|alleen lezen|leesrechten"), 0.8),
    # "I need access to the team 'Harbour' in Teams", "Zugriff auf das Team 'Nord' in Teams", "accès à l'équipe Teams
    # 'Export'", "toegang tot het Teams-team 'Noord'": access asked to a team of the chat product is its membership,
    # said without an adding verb. Not "can't access the team", a fault (the negation stands right before the noun).
    Signal("group_membership", "access to a teams team", rx(ACCESS_TO_A_TEAMS_TEAM), 1.8),
    Signal("group_membership", "team or channel", rx(rf"{ADD}.{{0,60}}(?:\bteam\b.{{0,15}}\bteams\b|teams? (?:team|channel|site)|sharepoint|\bchannel\b|\b(?:é|e)quipe\b|\bequipo\b|\bkanaal\b|\bcanal\b)"), 1.8),
    # "add Kim and Lou to Harbour Ops in Teams", "setz sie in Vertrieb Nord in Teams", "ajoutez-la à Export Sud dans
    # Teams": a team of the chat product named by its bare name, the product said after it. Not what a team holds ("add
    # the file to Planning in Teams", "add a tab"): the one added must not be a thing named with an article.
    # Or the team named first, missing from the writer's list while colleagues have it, and the adding asked after with
    # a pronoun: "I don't see the team 'Inbound' in Teams, colleagues do. Can you add me?", "ich sehe das Team 'Nord'
    # in Teams nicht ... kann man mich hinzufügen?", "je ne vois pas l'équipe ... pouvez-vous m'ajouter ?". Not "don't
    # just add me back, I want to know who removed me": the adding refused, a question asked.
    Signal("group_membership", "added to a team named in teams", rx(
        rf"\b{ADD}\s(?!(?:the|a|an|this|that|these|those|all|my|our|it|files?|documents?|tabs?|apps?|posts?|links?|folders?|notes?)\b)"
        rf"(?:\S+\s){{1,5}}?(?:to|into|zu|zum|zur|in|à|a|al|aan|bij)\s(?:the\s|our\s|das\s|dem\s|l'|la\s|le\s|el\s|het\s|de\s)?"
        rf"(?:[\w'&-]+\s){{1,4}}?(?:in|on|im|auf|dans|sur|en|op)\s(?:ms\s|microsoft\s)?teams\b"
        rf"|\b(?:team|channel|kanal|(?:é|e)quipe|equipo|kanaal)\b[^?\n]{{0,80}}?\b(?:in|on|im|auf|dans|sur|en|op)\s(?:ms\s|microsoft\s)?teams\b"
        rf"[^\n]{{0,160}}?(?<!n't\s)(?<!not\s)(?<!n't just\s)(?<!not just\s)\b(?:add me|add us|include me|mich\s(?:\S+\s)?(?:hinzuf(?:ü|ue)gen|aufnehmen)|m'ajouter|nous ajouter|a(?:ñ|n)adirme|agregarme"
        rf"|(?:mij|me|ons)\s(?:\S+\s)?toevoegen)\b"), 1.8),
    # "Remove Gary from the Xmas Planning team in Teams": a person taken out of a team is a membership change too (not
    # "remove the file from the channel": what is removed must not be a thing named with an article, nor a page, list
    # or item of a site). So is one taken off a SharePoint or team site ("remove the external user from the sharepoint
    # site 'Launch'", h77; "remove Ana from SharePoint site 'Rates', she moved to sales", h71), as adding one is
    # ("remove Tom from the SharePoint site 'QA docs'", h72). Several people listed count as one ("remove the
    # contractors abc, def and ghi from the team 'Shutdown 25'": a project's end takes its helpers out).
    Signal("group_membership", "removed from a team", rx(rf"(?:\b{REMOVE}\s(?!(?:the|a|an|this|that|these|those|all|some|my|our|old|it|files?|documents?|posts?|messages?|pages?|lists?|items?|links?|folders?|duplicates?|entr(?:y|ies))\b)(?:\S+\s){{1,3}}?|\b{REMOVE}\s(?:the\s|our\s|these\s)?(?:contractors|users|colleagues|people|staff|members|guests|externals|employees|interns|consultants|temps)\s(?:[\w.'-]+,\s){{1,8}}[\w.'-]+,?\s(?:and|&)\s[\w.'-]+\s)(?:from|out of|off)\s(?:the\s|our\s)?(?:\S+\s){{0,3}}?(?:team\b.{{0,15}}\bteams\b|teams? (?:team|channel|site)|channel\b|sharepoint\b(?![\s-](?:lists?|pages?|librar(?:y|ies)|documents?|files?)\b)|(?:team\s?)?site\b)"), 1.8),
    # "Give our new contractor read access to the Ecom Releases site": an access level granted on a named site is a
    # permission group's (datasets README: a SharePoint site's access); a building's site has no "read access". The
    # level alone names the right too ("need edit on the Audit site"), never as a verb ("need to edit on the site").
    Signal("group_membership", "access level on a site", rx(rf"\b(?:give|grant|need|needs|want|wants|add|set up|provide)\s(?:\S+\s){{0,4}}?(?<!to )(?:read|read-only|write|edit|contribute|view|member|owner|full)\s(?:(?:access|permissions?|rights)\s)?(?:to|on|for)\s(?:the\s|our\s)?(?:[\w-]+\s){{1,3}}(?:site|sharepoint)\b|{_ROLE_ON_A_NAMED_TEAM}"), 1.8),
    # "Need Finance-ReadOnly added to my account": a name ending in an access role is a directory group to join.
    Signal("group_membership", "role group added to an account", rx(r"\b(?:need|needs|want|wants|get|have|please)\s(?:the\s)?[a-z0-9]+(?:-[a-z0-9]+)*[-_](?:read-?only|readers?|read|ro|rw|users?|members?|editors?|owners?|contributors?|admins?|write|modify|full(?:access)?|access)\s(?:group\s|role\s)?(?:added|assigned|applied|granted)\s(?:to|on|for)\s(?:my|his|her|their|the|our|[\w.]+'s)\s(?:\w+\s)?(?:account|user|login|profile)\b"), 1.9),
    # "Add jo@agency.example as a guest member of our team", "make Ana an owner of the channel": membership named.
    Signal("group_membership", "made a member", rx(rf"\b(?:{_MEMBER_VERB}|invite)\s(?:\S+\s){{0,3}}?(?:as|als|comme|como)\s(?:a\s|an\s|un\s|une\s|una?\s)?(?:guest\s|gast-?\s?|invit(?:é|e|ado|ada)\s)?(?:member|owner|mitglied|membre|miembro|lid|eigenaar|besitzer|propri(?:é|e)taire|propietario)s?\b|\bmake\s{_PERSON}\s(?:a|an)\s(?:member|owner)\sof\b"), 1.9),
    # "I need to be in the VPN-Users group", "sie muss in die Gruppe X", "je dois être dans le groupe": a membership
    # the writer (or someone) needs, said as a state to be in rather than a verb to add.
    # The article may go unsaid ("need to be member of sg_vpn_users", "she needs to be member of the Finance group"): terse
    # writers and non-native ones drop it; the membership is the same.
    Signal("group_membership", "needs to be a member", rx(rf"\b(?:need|needs|want|wants|have|has|should|must|would like|supposed)\s(?:\S+\s)?to be\s(?:in|on|added to|(?:a\s)?member of|part of)\s(?:the\s|our\s)?(?:\S+\s){{0,3}}?(?:{GROUP}|team|list|dl|channel)\b(?!\s(?:meeting|call|lunch|event|chat|calendar|photo|drinks)s?\b)|\b(?:muss|m(?:ü|ue)ssen|sollte?)\s(?:\S+\s){{0,2}}?in (?:der|die|den) (?:\S+\s)?gruppe\w*|(?:mitglied|teil)\s(?:der|in der)\s(?:\S+\s)?gruppe\w*\s(?:\S+\s)?(?:sein|werden)|(?:dois|doit|devrait|faut)\s(?:\S+\s)?(?:(?:ê|e)tre dans|(?:ê|e)tre membre d[ue]|faire partie d[ue])\s(?:le |du )?(?:\S+\s)?groupe|(?:tengo|tiene|necesito|necesita|deber(?:í|i)a)\s(?:que\s)?(?:estar en|formar parte de|ser miembro de)\s(?:el |del )?(?:\S+\s)?grupo|moet\s(?:\S+\s){{0,2}}?in de (?:\S+\s)?groep\s(?:\S+\s)?(?:zitten|staan)|lid (?:worden|zijn) van (?:de |het )?(?:\S+\s)?(?:groep|team)"), 1.9),
    # "caller wants to be in SG-Pharmacy-Omnicell", "she needs to be added to GRP-Finance-RO", "needs to be in
    # Remote_Support": the group named by its directory name alone (hyphenated or joined by underscores), a state to be in; not a way of working ("needs to be on-call", "read-only").
    # British English's gerund says it too, of a person or no one named: "needs adding to SG-Remote-Desktop" (h129).
    Signal("group_membership", "needs to be in a named group", rx(r"\b(?:(?:need|needs|want|wants|should|must|would like|asked)\s(?:\S+\s)?to be\s(?:in|added to|(?:a\s)?member of|part of|put in|included in)|(?:(?:^|[.!?\n;:,]\s*)|\b(?:he|she|they|i|we|user|colleague|[a-z]+[._][a-z]+|[a-z]+\d+)\s)needs?\s(?:adding|putting)\s(?:to|in|into))\s(?:the\s)?(?!(?:read-only|full-time|part-time|on-call|real-time|up-to-date|in-person|on-site|off-site|day-to-day|follow-up)\b)[a-z0-9]+(?:[-_][a-z0-9]+)+\b(?![@.]\w)(?!\s(?:network|calendar|sheet|channel|folder|portal|site|drive|printer|file|page|tab|chat|meeting|list|room|group|gruppe|dl|mode|shift|rota)s?\b)"), 1.9, HAS_GROUP_VERB),
    # A terse ticket that names a prefixed group and the account it is for, and nothing else: "GG_Sales_RW for user
    # jdoe", "sg_hr_read für Benutzer mmuster". The naming prefix makes it a directory group, the user its new member;
    # only at the clause's end, so "sg_x for user y is missing" or "... for user y stopped working" is no request.
    Signal("group_membership", "prefixed group for an account", rx(
        r"\b(?:sg|grp|gg|dl)[_-][a-z0-9][\w-]*\s(?:for|f(?:ü|ue)r|pour|para|voor)\s(?:the\s|den\s|l'|el\s|de\s)?"
        r"(?:user|benutzer|utilisateur|usuario|gebruiker|account|konto|compte|cuenta)\s[\w.@-]+\s*[.!]?\s*$"), 1.7),
    # "Can he have the same groups as Priya?": memberships copied from a colleague. The same for the places a group
    # opens: "add Ann to the same folders as me", "dieselben Ordner wie ich",
    # "les mêmes dossiers que moi", "las mismas carpetas que yo", "dezelfde mappen als ik".
    Signal("group_membership", "same groups as", rx(r"\bsame (?:\S+ )?(?:groups|group memberships|memberships|teams|lists|dls|folders|shares|shared (?:folders|drives)|drives|sites) as\b|(?:dieselben|die gleichen|gleichen) (?:gruppen|ordner|freigaben|laufwerke)\w* wie|m(?:ê|e)mes (?:groupes|dossiers|partages) que|mism[oa]s (?:grupos|carpetas|unidades) que|dezelfde (?:groepen|mappen|shares|schijven) als"), 1.9),
    # "Not getting the marketing-all mails ... could you add me?" (or "can I be added?"): the list is the mail that does
    # not arrive.
    Signal("group_membership", "add me to what does not arrive", rx(r"(?:not (?:getting|receiving)|never (?:get|got|receive)|don'?t (?:get|receive)|keine\s(?:\S+\s)?(?:e-?mails|mails|nachrichten)|ne re(?:ç|c)oi[st]? (?:pas|plus|aucun)|no (?:me llegan|recibo)|krijg (?:geen|nooit))[^?]{0,160}?(?:\b(?:add|put|include)\s(?:me|him|her|them|us)\b(?!\s(?:to|into|on|in)\b)|\b(?:can|could|may)\s(?:i|we|he|she|they)\sbe\s(?:added|included)\b(?!\s(?:to|into|on|in)\b)|f(?:ü|ue)g\w* (?:sie |du )?mich hinzu|nehm\w* (?:sie |du )?mich auf|ajout\w*-moi|m'ajouter|a(?:ñ|n)ad\w*me\b|agreg\w*me\b|voeg (?:me|mij) toe)"), 1.9),
    # -- licences -----------------------------------------------------------------------------
    Signal("license_change", "licence", rx(LICENSE), 1.0),
    Signal("license_change", "licence request", rx(rf"{LICENSE}\s(?:away\s(?:from|off)|off)\s(?!(?:the|a|an|this|that|my|our|your|its)\s)\w|(?:assign|need|request|upgrade|downgrade|swap|switch|change|add|remove|move|convert|zuweisen|buy|order|give|get|brauch|br(?:ä|ae)uchte|ben(?:ö|oe)tig|entfern|besoin|faudrait|attribu|retir|passer|necesit|asign|quit|dar\b|nodig|toewijz|verwijder|geef|geven)\w*.{{0,50}}{LICENSE}|{LICENSE}.{{0,40}}(?:assign|upgrade|request|needed|required|expired|expires|key|for\b|f(?:ü|ue)r\b|pour\b|para\b|voor\b|weghalen|verwijderen|entfernen|nodig)|{LICENSE}[^.!?\n]{{0,80}}(?:transfer\w*|(?:ü|ue)bertragen|transf(?:é|e)rer|transferir|overzetten|overdragen)"), 1.1),
    # The writer's own licence running out, its extension asked: "my SPSS licence expires on 30.09, please renew it",
    # "meine SPSS-Lizenz läuft aus, bitte um Verlängerung", "merci de prolonger ma licence", "renovar mi licencia",
    # "mijn licentie verlengen". One person's seat, given again (another_kind.py sets the firm's renewals apart).
    Signal("license_change", "own licence extended", rx(
        rf"\b(?:my|mein(?:e|en)?|mon|ma|mi|mijn)\s(?:\S+[\s-])?{LICENSE}[^\n]{{0,100}}?\b(?:renew|extend|verl(?:ä|ae)nger|prolong|renouvel|renov|verleng)\w*"
        rf"|\b(?:renew|extend|verl(?:ä|ae)nger|prolong|renouvel|renov|verleng)\w*\s(?:\S+\s)?(?:my|meine?|mon|ma|mi|mijn)\s(?:\S+[\s-])?{LICENSE}"), 1.1),
    # "It says I have no licence for Office. Could you give me one?", "What licence does she need? Please add it":
    # the licence named first, then asked for by a pronoun.
    Signal("license_change", "licence asked by a pronoun", rx(rf"{LICENSE}[^\n]{{0,120}}?\b(?:(?:add|assign|give|buy|order)\s(?:it|one|(?:me|him|her|them|us)\s(?:one|it))\b|get\s(?:(?:me|him|her|them|us)\s)?one\b|(?:l'|la |en )(?:lui |me |leur )?(?:attribuer|ajouter|donner)|(?:sie|eine)\s(?:ihr\s|ihm\s|mir\s)?(?:zuweisen|geben)|(?:as(?:í|i)gn|d)\w*(?:sela|mela|nosla)\b|(?:wijs|geef)\s(?:\S+\s)?(?:er\s)?(?:een|die|hem|het)\b"
        # Or moved on to another holder, a person: "she needs one, can it be moved to her?", "kann sie auf Frau X
        # übertragen werden?", "la transférer à Mme X", "pasársela a la Dra. X", "kan die naar haar overgezet worden?".
        # Not to a place ("can it be moved to the new folder?").
        r"|\bit\sbe\s(?:moved|passed\son|handed\sover|transferred|reassigned|given)\s(?:over\s)?to\s(?:her|him|them|me|us|dr|mr|mrs|ms|prof|my\s(?:colleague|successor)|the\snew\s(?:colleague|hire|starter))\b"
        r"|\bkann\ssie\s(?:auf|an)\s(?:frau|herrn?|ihn|sie|die\skollegin|den\skollegen)\s(?:\S+\s){0,2}?(?:(?:ü|ue)bertragen|umgeh(?:ä|ae)ngt|weitergegeben)\swerden\b"
        r"|\bla\s(?:transf(?:é|e)rer|r(?:é|e)attribuer|passer)\s(?:à|a)\s(?:mme|m\.|monsieur|madame|mon|ma|notre|dr)\b"
        r"|\b(?:pas(?:á|a)rsela|reasign(?:á|a)rsela|transferirla)\s(?:a|al)\s(?:la\s|el\s)?(?:sra|sr|dra|dr|doctora?|se(?:ñ|n)ora?|compa(?:ñ|n)er[oa]|colega)\b"
        r"|\bkan\s(?:die|hij|ze)\s(?:naar|aan)\s(?:haar|hem|mevrouw|meneer|dhr|mevr|collega)\s(?:\S+\s){0,2}?(?:overgezet|overgedragen)\sworden\b)"), 1.2),
    # German and Dutch put the verb last: "bitte Lizenz zuweisen", "eine E3-Lizenz zuordnen", "licentie toewijzen".
    # Never with a negation between them ("die Lizenz bitte nicht entziehen" asks nothing).
    Signal("license_change", "licence request, verb last", rx(rf"{LICENSE}\s(?:(?!nicht\b|niet\b|kein\w*|geen\b)\S+\s){{0,3}}?(?:zuweisen|zuordnen|zuteilen|vergeben|freischalten|hinzuf(?:ü|ue)gen|bestellen|toewijzen|toekennen|aanvragen|bestellen)\b"), 1.1),
    Signal("license_change", "unlicensed", rx(r"(?:not|nicht)\s(?:a\s)?licen[sc]ed|unlicen[sc]ed|nicht lizen[sz]iert|unlizenziert|product activation|produktaktivierung|activate (?:office|windows|microsoft)|reduced functionality|licen[sc]e key"), 1.8, HAS_UNLICENSED),
    # "Please assign a CATIA V5 seat to R. Singh": a product's seat is a licence by another name (not a desk's seat).
    Signal("license_change", "seat asked", rx(r"\b(?:assign|give|allocate|need|needs|request|add|provide|order|get)\w*\s(?:\S+\s){0,3}?(?:a|an|one|another|the)\s(?!(?:desk|office|meeting|car|parking|window|aisle|hot|spare|free|empty)\b)(?:[\w.-]+\s){1,3}?seats?\s(?:to|for)\b"), 1.8),
    Signal("license_change", "sku", rx(SKU), 0.7),
    # A product said no longer needed for someone, and "it" asked taken away: "Visio not needed anymore for Tom, please
    # remove it", "Project-Lizenz nicht mehr nötig, bitte entfernen", "plus besoin de Visio, merci de le retirer", "ya no
    # necesita Visio, quitadla", "Visio niet meer nodig, graag verwijderen" (set h101). The removal is of the product.
    Signal("license_change", "a product no longer needed, taken away", rx(
        rf"(?:{SKU}\s(?:(?!shortcut|icon|plug-?in|add-?in|extension|viewer|reader)\S+\s){{0,4}}?(?:{_NOT_NEEDED})\s(?:any ?more\s|any ?longer\s)?{_FOR_SOMEONE}"
        rf"|{SKU}\s{_FOR_SOMEONE}(?:\s[^\s.,;:]+)?[\s,:]+(?:\S+\s)?(?:{_NOT_NEEDED})"
        r")[\s\S]{0,120}?\b(?:take it (?:away|off|back)|remove it|cancel it|revoke it|unassign it"
        r"|entfern(?:en|t)|wegnehmen|zur(?:ü|ue)cknehmen|le retir(?:er|ez)|la retir(?:er|ez)|le supprim(?:er|ez)|qu(?:í|i)ta(?:la|lo|dla|dlo)|quitarla|quitarlo|verwijder(?:en)?|intrekken)\b"), 1.5),
    # "need Visio", "E3 for Tom", "take Visio off Sean": a licence named only by its product (not the product named as
    # where the wanted thing lives: "I need the sales dashboard in Power BI" wants the dashboard).
    # The product first and its need after, as a terse subject or form puts it: "Visio needed for layout planning",
    # "Acrobat Pro benötigt", "Project nécessaire", "Power BI Pro necesario", "Visio vereist".
    Signal("license_change", "sku request", rx(rf"\b{WANT}\b[^.!?\n]{{0,40}}(?<!\bin )(?<!\binside )(?<!\bfrom )(?<!\bvia )(?<!\bim )(?<!\bdans ){SKU}|{SKU}\s(?:for|pour|para|voor|f(?:ü|ue)r)\s|{SKU}\s(?:is\s|are\s|wird\s|est\s|es\s)?(?:needed|required|requested|ben(?:ö|oe)tigt|gebraucht|n(?:é|e)cessaire|requis|necesari[oa]|vereist)\b|{SKU}[^.!?\n]{{0,15}}\b{THANKS}\b|\b(?:take|remove|retir\w*|quit(?:ar|ad|a)|verwijder\w*|entfern\w*|weghalen)\b[^.!?\n]{{0,30}}{SKU}|{SKU}[^.!?\n]{{0,40}}(?:weghalen|verwijderen|entfernen|nodig|zuweisen)|\b(?:stell|zet)\w*\s(?:\S+\s){{0,3}}?(?:auf|naar|op)\s{SKU}(?:\s(?:um|zetten|overzetten|umstellen)\b)?|\b(?:naar|auf|op)\s{SKU}\s(?:zetten|overzetten|umstellen|um)\b"), 1.2, HAS_SKU),
    # Having the product asked for someone, as a plea: "can Tom have Visio Pro?", "could she have an E5 licence",
    # "kann Frau X Visio bekommen", "peut-elle avoir Project", "¿puede tener Visio?", "kan Ana Visio krijgen" (h102).
    # A plea ("can", "could", "may"); never "I have E3" or "does she have Visio?", which state or ask what is there.
    Signal("license_change", "sku asked as having it", rx(
        rf"\b(?:can|could|may)\s(?!i\b|you\b|we\b)(?:\S+\s){{1,2}}?(?:please\s)?have\s(?:a\s|an\s|the\s)?(?:{SKU}|(?:\S+\s){{1,3}}?{LICENSE})"
        rf"|\b(?:kann|k(?:ö|oe)nnte)\s(?:\S+\s){{1,3}}?(?:bitte\s)?(?:eine\s|die\s)?(?:{SKU}|(?:\S+\s){{0,2}}?{LICENSE})\s(?:\S+\s)?(?:bekommen|erhalten|haben)\b"
        rf"|\bpeut-(?:il|elle)\s(?:avoir|obtenir)\s(?:une\s|la\s)?(?:{SKU}|{LICENSE})"
        rf"|\bpuede\s(?:\S+\s)?(?:tener|recibir)\s(?:una\s|la\s)?(?:{SKU}|{LICENSE})"
        rf"|\bkan\s(?:\S+\s){{1,2}}?(?:een\s|de\s)?(?:{SKU}|(?:\S+\s)?{LICENSE})\s(?:\S+\s)?krijgen\b"), 1.8),
    Signal("license_change", "sku change", rx(rf"(?:upgrade|ugrade|upgarde|upgade|downgrade|switch|move|change|convert|passe|pasa|zet|stel|umstell)\w*.{{0,60}}{SKU}.{{0,25}}\b(?:to|à|a|naar|auf)\s(?:{SKU}|plan\s?\d\b)|\b(?:from|de|van|von)\s{SKU}\s(?:to|à|a|naar|auf|nach|zu)\s(?:{SKU}|plan\s?\d\b)"
                                                        # The plan moved to may be its tier alone, verb or none ("Plan 1 to Plan 3", h129, h138).
                                                        rf"|{SKU}\s?(?:to|->|=>|→|auf|nach|naar)\s?plan\s?\d\b"
                                                        # One plan in place of another: "E5 instead of E3", "E5 statt E3",
                                                        # "E5 au lieu de E3", "E5 en lugar de E3", "E5 in plaats van E3" (h77).
                                                        rf"|{SKU}\s(?:instead of|rather than|in place of|statt|anstatt|anstelle von|au lieu d[eu]|en lugar de|en vez de|in plaats van)\s(?:the\s|der\s|de\s|el\s|la\s)?{SKU}"), 1.6),
    Signal("license_change", "sku swap", rx(r"\b(?:e[1-5]|f[13]|k1|s1)\s?(?:to|->|=>|nach|auf)\s?(?:e[1-5]|f[13]|k1|s1)\b"
                                            # The education plans (A1, A3, A5) only with an arrow or a grade moved, never
                                            # "A4 to A3", which is paper: "A5 -> A3", "downgrade him to A3".
                                            r"|\ba[135]\s?(?:->|=>|→)\s?a[135]\b|\b(?:up|down)grad\w*\s(?:\S+\s){0,3}?(?:to|auf|naar|vers|a)\sa[135]\b"), 1.8),
    # -- onboarding ---------------------------------------------------------------------------
    Signal("onboarding", "onboarding", rx(rf"\bonboard(?:ing)?\b{ONBOARDING_ALONE}|on-boarding|neueinstellung|indiensttreding|embauche|nueva incorporaci(?:ó|o)n|入职"), 2.0),
    Signal("onboarding", "new person", rx(NEWBIE), 1.5),
    Signal("onboarding", "start date", rx(rf"{NOT_A_THING_STARTING}\bbeginnt\b|{NOT_A_THING_STARTING}\bstart(?:s|ing)? (?:as (?!(?:planned|usual|normal|scheduled|expected|agreed)\b)(?:a |an |our )?[a-z-]+(?: [a-z-]+)? )?(?:on{ON_A_DUTY}|date|today|tomorrow|monday|tuesday|wednesday|thursday|friday|next|in|\d|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\w*\.? \d)|beginning on|joins (?:us|the team|on(?! (?:the )?(?:teams|zoom|webex|skype|meet|video|the call|a call)\b))|joining (?:us|the team|on(?! (?:the )?(?:teams|zoom|webex|skype|meet|video|the call|a call)\b))|first (?:working )?day|{NOT_A_THING_STARTING}f(?:ä|ae)ngt .{{0,25}}an\b|beginnt am|eintritt(?:sdatum)?|\bab (?:montag|dienstag|mittwoch|donnerstag|freitag|dem \d|\d)|\barrive (?:le |lundi|mardi|mercredi|jeudi|vendredi)|{NOT_A_THING_STARTING}commence (?:le |lundi|mardi|mercredi|jeudi|vendredi)|(?:à|a) partir du \d|{NOT_A_THING_STARTING}empieza (?:el|la semana)|se incorpora (?:el|la)|\b(?:el (?:d(?:í|i)a |pr(?:ó|o)ximo )?\d{{1,2}}(?: de \w+)?|el pr(?:ó|o)ximo \w+),? se incorpora|{NOT_A_THING_STARTING}begint (?:op|maandag|dinsdag|woensdag|donderdag|vrijdag|volgende)|\bper \d"), 0.7, HAS_STARTING),
    Signal("onboarding", "create account", rx(CREATE_ACCOUNT), 1.6),
    Signal("onboarding", "account for newbie", rx(NEEDS_ACCOUNT), 0.8),
    Signal("onboarding", "setup for newbie", rx(r"(?:laptop|pc|computer|equipment|profile|account|headset|phone|hardware)s? (?:and \w+ )?(?:set ?up|setup|ready|einrichten|bereitstellen)"), 0.5, HAS_READY),
    # "Starter form attached. Name: Omar Shah, Start: 17/06": "starter" is the newcomer as "leaver" is the one who goes
    # (LEAVER), not a product's starter edition, kit or pack. "new starter" is the newcomer's own signal (NEWBIE): one
    # phrase is not counted twice.
    Signal("onboarding", "starter", rx(r"(?<!new )(?<!new-)\bstarters?\b(?!\s(?:edition|kit|pack|motor|template|guide|plan|licen[cs]e|version|menu)s?\b)(?<!office starter)(?<!windows starter)"), 1.5),
    # A newcomer's form fields: "Start: 17/06", "Start date - 3 June", an HR system's "Hire Date: 02/09" (labelled lines).
    Signal("onboarding", "start field", rx(r"(?:^|\n)\s*(?:start(?:ing)?(?: date)?|startdatum|eintritt(?:sdatum)?|date d'arriv(?:é|e)e|fecha de (?:inicio|incorporaci(?:ó|o)n)|hire date|date of hire|einstellungsdatum|date d'embauche|fecha de (?:alta|contrataci(?:ó|o)n)|datum (?:in dienst|indiensttreding))\s?[:\-–]\s?\d"), 0.7),
    # "a new receptionist starting monday, can you set her up with everything?", "locum Dr Petrov starts tomorrow,
    # needs login asap, no account yet": a person who arrives on a day, and the account or set-up they have not got.
    # The one who arrives is a person, never the system, the rota or the maintenance that starts.
    Signal("onboarding", "arrives and needs setting up", rx(
        rf"{_ARRIVAL}[\s\S]{{0,160}}?{_NOT_SET_UP}|{_NOT_SET_UP}[\s\S]{{0,160}}?{_ARRIVAL}"), 1.0, HAS_STARTING),
    # -- offboarding --------------------------------------------------------------------------
    Signal("offboarding", "leaver", rx(LEAVER), 1.8),
    Signal("offboarding", "hr notice", rx(r"\bterminat(?:e|ed|ion)\b|(?<!an)k(?:ü|ue)ndigung|employee status.{0,10}termination"), 0.3),
    Signal("offboarding", "former employee", rx(r"ex-employee|former (?:employee|colleague|staff|student assistant|research assistant|hiwi|intern|trainee|contractor|temp)|ehemalige[rn]? (?:mitarbeiter|hiwi|hilfskraft|praktikant)|ancien(?:ne)? (?:employ|salari|collab|stagiaire|int(?:é|e)rimaire)|antigu[oa] (?:emplead|becari|practicante)|ex-?emplead|oud-?medewerker|voormalige? (?:medewerker|stagiair|student-?assistent)"), 1.0),
    Signal("offboarding", "disable account", rx(DISABLE_ACCOUNT), 0.9),
    # Converting a person's own mailbox to a shared one is what is done when they leave: the manager's access to it
    # is a step of the offboarding, not a mailbox request of its own.
    Signal("offboarding", "mailbox converted to shared", rx(
        r"convert\w* (?:\S+ ){0,3}?(?:mailbox|inbox) (?:\S+ ){0,2}?(?:to|into) (?:a )?shared|"
        r"(?:postfach|mailbox) (?:\S+ ){0,3}?(?:in )?(?:ein )?(?:freigegebene|geteilte)\w* (?:postfach|mailbox) (?:\S+ ){0,2}?umwandeln|"
        r"convert\w* (?:\S+ ){0,3}?bo(?:î|i)te (?:\S+ ){0,3}?(?:en )?(?:bo(?:î|i)te )?partag|"
        r"convert\w* (?:\S+ ){0,3}?buz(?:ó|o)n (?:\S+ ){0,3}?(?:en )?(?:un )?(?:buz(?:ó|o)n )?compartido|"
        r"(?:mailbox|postvak) (?:\S+ ){0,3}?omzetten (?:\S+ ){0,2}?gedeeld|omzetten naar (?:een )?gedeelde? (?:mailbox|postvak)"), 1.5),
    # Signing someone out of every session (rallied/intents.py: its own request, category session_revoke).
    Signal("session_revoke", "sign out everywhere", intent_words.REVOKE_SESSIONS, 2.2),
    Signal("session_revoke", "compromised account", intent_words.COMPROMISE, 1.7),
    # "kick out whoever is logged in", "throw off anyone signed in", "rauswerfen, wer auch immer angemeldet ist",
    # "éjecter quiconque est connecté", "echar a quien esté conectado", "eruit gooien wie er ingelogd is": an intruder
    # put out. Support for a compromise said beside it; alone it may be a meeting room's screen.
    Signal("session_revoke", "intruder put out", rx(
        r"\b(?:kick|throw|boot|chuck)\s(?:out|off)\s(?:whoever|anyone|anybody|everyone|everybody|the (?:hacker|attacker|intruder)s?)\b"
        r"|\b(?:kick|throw|boot|chuck)\s(?:whoever|anyone|anybody|everyone else|everybody else)\s(?:\S+\s){0,3}?(?:out|off)\b"
        r"|\bwer (?:auch immer )?(?:\S+ )?(?:angemeldet|eingeloggt) ist\b[^.!?\n]{0,30}(?:raus|hinaus)\w*|(?:raus|hinaus)werfen,? wer (?:auch immer )?(?:\S+ )?(?:angemeldet|eingeloggt)"
        r"|\b(?:(?:é|e)jecter|virer|d(?:é|e)connecter) (?:quiconque|tous ceux qui|celui qui) (?:est|sont) connect"
        r"|\b(?:echar|echad|expulsar|expulsad|sacar|sacad) a (?:quien|cualquiera que|todos los que) (?:est(?:é|e)|est(?:á|a)n?) conectad"
        r"|\bwie (?:er )?(?:ook )?(?:\S+ )?ingelogd is\b[^.!?\n]{0,30}eruit|\beruit (?:gooien|zetten),? wie (?:er )?(?:ook )?ingelogd"), 1.0),
]


# A ticket written at the system rather than to the help desk (a risk signal, approvals/verification/signals.py).
INJECTION = rx(
    r"ignore (?:all |any |the )?(?:previous|prior|above|earlier|your) (?:instructions|rules|prompts?)"
    r"|disregard (?:all |any |the )?(?:previous|prior|above|your) (?:instructions|rules)"
    r"|(?:system|developer) (?:prompt|message|instructions)|you are now\b|as an ai\b|new instructions:"
    r"|(?:classify|categori[sz]e|label|mark) (?:this|it|the ticket|me) as|set (?:the )?confidence"
    r"|(?:respond|reply|answer) (?:only )?with (?:json|the tool)|</?(?:ticket|system|instructions)>"
    # The chat API's block type as a word of its own, not inside a directory name ("eng_tool_users", holdout54's).
    r"|(?<![\w-])tool_use\b|approve (?:this|it) automatically|without (?:any )?(?:verification|approval)"
    r"|ignoriere (?:alle )?(?:vorherigen )?anweisungen"
)
