# ruff: noqa: E501 -- regular-expression tables read best one signal per line
"""What a help-desk request looks like, category by category, as weighted regular expressions.

Each `Signal` is one way people ask for something ("reset my password", "pls unlock", "add me to
the DL", "Zugriff auf Ordner"). A `Veto` is a way the same words appear in a ticket that is *not*
that request ("Outlook keeps asking for my password", "mailbox is full", "T: drive disconnected").
Weights are log-odds-like: about 2 means "a technician would file it here on this alone", about 1
means "supporting evidence". Everything is matched on lower-cased, cleaned text, so the
expressions are written in lower case and compiled without re.IGNORECASE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


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


def _rx(pattern: str) -> re.Pattern[str]:
    # No re.IGNORECASE: the text is lower-cased once in `text.clean`, and case-folding every
    # character comparison makes these alternations about three times slower.
    return re.compile(pattern)


def _words(*needles: str) -> re.Pattern[str]:
    """An anchor: any of these literal fragments."""
    return re.compile("|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True)))


# Shared vocabulary; typos and German included on purpose.
PW = r"(?:p[ae]?s{1,2}\s?(?:w(?:or|ro|o|r)?r?|or|ro)[dt][sz]?|kennw[oö]rt(?:er)?|\bpwd\b|\bpw\b)"
RESET = r"(?:re-?set+(?:t?ing|ed)?|\brest\b|reseting|zur(?:ü|ue)ck\s?(?:zu)?setzen|neu\s?(?:zu)?setzen|wiederherstellen)"
ACCESS = (
    r"(?:access|acess|acces|zugriff|zugang|berechtigung(?:en)?|permissions?|rights|rechte|"
    r"read(?:\s?(?:/|and|&|-)\s?write)?|write|full control|full access|vollzugriff|lese|schreib)"
)
ADD = r"(?:add(?:ed|ing)?|include|put|hinzuf(?:ü|ue)gen|aufnehmen|eintragen|grant|give|usa)"
REMOVE = r"(?:remove|removing|delete|take|entfernen|austragen|l(?:ö|oe)schen)"
FOLDER = (
    r"(?:folders?|ordner|verzeichnis(?:se)?|directory|director(?:y|ies)|(?:network |shared |team |group )?drive|"
    r"laufwerk|share\b|file share|netzlaufwerk|sharepoint(?: site)?|team ?site|\bpath\b)"
)
UNC = r"(?:\\\\[\w$.-]+\\|//[\w$.-]+/|\b[a-z]:\\|\b[a-z]:(?=[a-z_])|\bhostname_\d+\\)"
MAILBOX = r"(?:mail\s?-?box(?:es)?|e-?mail\s?box|inbox|postfach|postf(?:ä|ae)cher|calendars?|kalender)"
LICENSE = r"(?:licen[cs]e[sd]?|licen[cs]ing|lizen[sz](?:en)?|subscription)"
SKU = (
    r"(?:\b(?:m365|o365|office ?365|microsoft ?365)\s?(?:e[1-5]|f[13]|a[1-5]|business ?(?:basic|standard|premium))"
    r"|\b(?:e[1-5]|f[13]|k1|s1|p[12])\b|business (?:basic|standard|premium)|visio(?: plan \d)?"
    r"|project (?:plan \d|online)|power ?bi pro|copilot|teams premium|exchange online(?: plan \d)?)"
)
NEWBIE = (
    r"(?:new (?:hire|joiner|starter|employee|colleague|team member|staff member|user|member of staff|intern|"
    r"trainee|apprentice|consultant|contractor|non-employee|worker|sales rep|accountant|engineer|manager)s?|"
    r"neue[rn]? (?:mitarbeiter(?:in)?|kolleg(?:e|in)|azubi|praktikant(?:in)?)|neueinstellung|"
    r"\bonboard(?:ing)?\b|on-boarding|\bstarts? (?:on|monday|tuesday|wednesday|thursday|friday|next)|"
    r"(?:is )?joining (?:us|the team|our team|on)|first day (?:is|will be|on)|start date|startdatum|"
    r"eintritt(?:sdatum)?|f(?:ä|ae)ngt .{0,20}an|beginnt (?:am|bei uns))"
)
LEAVER = (
    r"(?:\bterminat(?:e|ed|ion)\b|k(?:ü|ue)ndigung|\bleaver\b|offboard(?:ing)?|off-boarding|"
    r"leaving (?:the company|us|company|our company|the firm|on)|(?:has |have )?left (?:the|our) company|"
    r"last (?:working )?day|retir(?:ed|ing|ement)|austritt|ausgeschieden|verl(?:ä|ae)sst (?:das|uns|unser)|"
    r"ruhestand|no longer (?:with|works?|working|employed)|(?:not|no) longer (?:work|employed) (?:here|with|for|in)|"
    r"(?:doesn't|does not) work (?:in|for|at) .{0,20}any ?(?:more|longer)|resigned|resignation|"
    r"departing employee)"
)

# Anchors (see Signal): fragments that every match of the expressions using them contains.
HAS_PW = _rx(PW)
HAS_PW_OR_CERT = _rx(rf"{PW}|certificate")
HAS_ACCESS = _words("acces", "acess", "zugriff", "zugang", "berechtigung", "permission", "rights", "rechte", "read",
                    "write", "full control", "lese", "schreib", "freigabe")
HAS_PATH = _words("\\", "//", ":")
HAS_NEWBIE = _words("new ", "neue", "onboard", "on-boarding", "start", "joining", "first day", "eintritt", "fängt",
                    "faengt", "beginnt")
HAS_STARTING = _words("start", "beginning on", "joins ", "joining ", "first ", "fängt", "faengt", "beginnt am",
                      "eintritt")
HAS_CREATE = _words("create", "set", "provision", "prepare", "make", "konto", "account", "new", "neue")
HAS_READY = _words("set", "ready", "einrichten", "bereitstellen")
HAS_UNLICENSED = _words("licen", "lizen", "activat", "aktivierung", "reduced functionality")
HAS_LOCK = _words("lock")
HAS_FOLDER_FAULT = _words("disconnect", "not available", "not mapped", "missing", "slow", "full", "capacit", "space",
                          "restor", "recover", "deleted", "verschwunden", "not accessible", "wiederherstellen")

SIGNALS: list[Signal] = [
    # -- password reset ---------------------------------------------------------------------
    Signal("password_reset", "reset request", _rx(rf"{RESET}.{{0,45}}{PW}|{PW}.{{0,30}}{RESET}"), 2.2, HAS_PW),
    Signal("password_reset", "forgotten password", _rx(rf"(?:forg[oe]t+(?:en)?|can'?t remember|vergessen).{{0,40}}{PW}|{PW}.{{0,30}}(?:vergessen|forgotten)"), 2.2, HAS_PW),
    Signal("password_reset", "new password wanted", _rx(rf"(?:need|needs|want|request|get|send|give|issue)\s(?:me\s)?(?:a\s)?new\s(?:[\w-]+\s)?{PW}|neues\s{PW}|new\s(?:temp(?:orary)?\s)?{PW}\s(?:for|please|pls|needed|required)|temp(?:orary)? {PW}"), 2.0, HAS_PW),
    Signal("password_reset", "reset it", _rx(rf"{PW}.{{0,90}}\b{RESET}\s(?:it|this|that|mine|es|ihn|das)\b"), 2.2, HAS_PW),
    Signal("password_reset", "password expired", _rx(rf"{PW}.{{0,30}}(?:expired|expires|expiring|abgelaufen|l(?:ä|ae)uft .{{0,10}}ab)"), 1.7, HAS_PW),
    Signal("password_reset", "password change", _rx(rf"(?:change|changing|update|(?:ä|ae)ndern)\s(?:my\s|the\s|his\s|her\s)?(?:\w+\s)?{PW}|{PW}\s(?:change|(?:ä|ae)nderung)"), 1.4, HAS_PW),
    Signal("password_reset", "password not working", _rx(rf"{PW}.{{0,40}}(?:not working|doesn'?t work|does not work|isn'?t working|not accepted|wrong|incorrect|funktioniert nicht|invalid)"), 1.3, HAS_PW),
    Signal("password_reset", "password trouble", _rx(rf"(?:trouble|problem|issue|probleme?)s? with (?:my |the )?{PW}"), 1.3, HAS_PW),
    Signal("password_reset", "password manager", _rx(r"password[_ ]?manage(?:r|ment)"), 0.4, HAS_PW),
    # -- account unlock -----------------------------------------------------------------------
    Signal("account_unlock", "unlock", _rx(r"\bun-?lock(?:ed|ing)?\b|\bentsperr"), 2.0),
    Signal("account_unlock", "locked out", _rx(r"\block(?:ed)?[\s-]?out\b|\blockout\b|\b(?:is|got|been|gets|was|account|user|password|id|sid_\d+)\s(?:locked|gesperrt)|\blocked\.?$|\blocked (?:again|after|because|due)"), 2.0),
    Signal("account_unlock", "gesperrt", _rx(r"(?:account|konto|benutzer|zugang|user|kennung).{0,30}(?:gesperrt|freischalten|entsperren)|(?:gesperrt|freischalten|entsperren).{0,30}(?:account|konto|benutzer|zugang)"), 2.0),
    # -- MFA ----------------------------------------------------------------------------------
    Signal("mfa_reset", "mfa", _rx(r"\b(?:mfa|2fa|2-?step|two[- ]?(?:factor|step)|multi[- ]?factor|zwei[- ]?faktor|2-faktor|mehrstufige|authenticator|okta verify|duo (?:mobile|push|app|prompt)|verification (?:code|app|prompt)|security info|sign-?in method|authentication method|authentifizierung|temporary access pass|one[- ]time (?:code|passcode)|otp\b)"), 1.7),
    Signal("mfa_reset", "mfa re-registration", _rx(r"(?:re-?(?:register|enrol+|setup|set up)|reset|new (?:phone|handy|mobile|iphone|device)|lost (?:my )?(?:phone|handy|mobile)|neues (?:handy|telefon|smartphone)|handy (?:verloren|kaputt)|phone (?:was )?(?:stolen|broken|lost|died)|not (?:getting|receiving) (?:the )?(?:code|push|prompt|notification)|approve (?:the )?(?:sign-?in|request)|keine? (?:code|push))"), 0.6),
    # -- mailbox access -----------------------------------------------------------------------
    Signal("mailbox_access", "shared mailbox", _rx(r"shared\s?(?:mail\s?-?box|inbox|e-?mail(?: account| address)?)|(?:gemeinsame[sn]?|freigegebene[sn]?|funktions|team|gruppen)-?postf(?:a|ä)ch|(?:team|group|department) mailbox"), 2.0),
    Signal("mailbox_access", "mailbox permission", _rx(rf"{ACCESS}.{{0,45}}{MAILBOX}|{MAILBOX}.{{0,35}}{ACCESS}"), 1.7, HAS_ACCESS),
    Signal("mailbox_access", "delegation", _rx(r"(?:e-?mail|mail|calendar|kalender|postfach|inbox)\s(?:delegation|delegate)|delegat(?:e|ed|ion).{0,40}(?:mail|calendar|kalender|postfach|inbox)|send(?:ing)? (?:e-?mails? )?(?:as|on behalf)|senden als|im auftrag senden"), 1.9),
    Signal("mailbox_access", "add mailbox to outlook", _rx(rf"(?:add|map|mount|open|einbinden|hinzuf(?:ü|ue)gen).{{0,30}}{MAILBOX}|{MAILBOX}.{{0,20}}(?:to|in|into) (?:my )?outlook"), 1.7),
    Signal("mailbox_access", "access to an address", _rx(rf"{ACCESS}.{{0,60}}\bto\s[\w.+-]+@[\w-]+\.[\w.-]+"), 0.8, HAS_ACCESS),
    Signal("mailbox_access", "calendar visibility", _rx(r"calendar.{0,25}(?:not visible|can'?t see|cannot see|visible)|(?:see|view|edit|manage) (?:\S+\s){0,3}?calendar"), 1.7),
    # -- groups, lists, folders ---------------------------------------------------------------
    Signal("group_membership", "distribution list", _rx(r"distribution\s?(?:list|group)s?|\bdl\b|\bdls\b|mailing ?list|verteiler(?:liste)?|e-?mail (?:list|group)"), 1.8),
    Signal("group_membership", "group change", _rx(rf"{ADD}.{{0,70}}\bgro?ups?\b|{REMOVE}.{{0,70}}\bgro?ups?\b|\bgroups? (?:membership|member)|(?:ad|security|active directory|entra|azure|o365|m365|sso|unified)\s\(?(?:ad\)?\s)?gro?up|gruppe"), 1.9),
    Signal("group_membership", "folder access", _rx(rf"{ACCESS}.{{0,60}}{FOLDER}|{FOLDER}.{{0,40}}(?:{ACCESS}|freigabe)"), 1.8, HAS_ACCESS),
    Signal("group_membership", "path", _rx(UNC), 0.9, HAS_PATH),
    Signal("group_membership", "access to path", _rx(rf"{ACCESS}.{{0,40}}{UNC}|{UNC}\S*.{{0,30}}{ACCESS}"), 1.2, HAS_PATH),
    Signal("group_membership", "berechtigung einrichten", _rx(r"(?:berechtigung|zugriff|rechte)\w*.{0,60}(?:einrichten|erteilen|geben|freigeben|vergeben|freischalten)"), 1.2),
    Signal("group_membership", "access level", _rx(r"read[\s-]?only|read (?:and|&|/) write|full control|lese-?\s?(?:/|und|u\.)?\s?schreib|schreib-?\s?(?:/|und|u\.)?\s?lese|leseberechtigung|schreibberechtigung"), 0.8),
    Signal("group_membership", "team or channel", _rx(rf"{ADD}.{{0,60}}(?:\bteam\b.{{0,15}}\bteams\b|teams? (?:team|channel|site)|sharepoint|\bchannel\b)"), 1.8),
    # -- licences -----------------------------------------------------------------------------
    Signal("license_change", "licence", _rx(LICENSE), 1.0),
    Signal("license_change", "licence request", _rx(rf"(?:assign|need|request|upgrade|downgrade|swap|switch|change|add|remove|move|convert|zuweisen|buy|order|give|get)\w*.{{0,50}}{LICENSE}|{LICENSE}.{{0,40}}(?:assign|upgrade|request|needed|required|expired|expires|key|for\b)"), 1.1),
    Signal("license_change", "unlicensed", _rx(r"(?:not|nicht)\s(?:a\s)?licen[sc]ed|unlicen[sc]ed|nicht lizen[sz]iert|unlizenziert|product activation|produktaktivierung|activate (?:office|windows|microsoft)|reduced functionality|licen[sc]e key"), 1.8, HAS_UNLICENSED),
    Signal("license_change", "sku", _rx(SKU), 0.7),
    Signal("license_change", "sku change", _rx(rf"(?:upgrade|ugrade|upgarde|upgade|downgrade|switch|move|change|convert)\w*.{{0,60}}{SKU}.{{0,25}}\bto\s{SKU}"), 1.6),
    Signal("license_change", "sku swap", _rx(r"\b(?:e[1-5]|f[13]|k1|s1|p[12])\s?(?:to|->|=>|nach|auf)\s?(?:e[1-5]|f[13]|k1|s1|p[12])\b"), 1.8),
    # -- onboarding ---------------------------------------------------------------------------
    Signal("onboarding", "onboarding", _rx(r"\bonboard(?:ing)?\b|on-boarding|neueinstellung"), 2.0),
    Signal("onboarding", "new person", _rx(NEWBIE), 1.5, HAS_NEWBIE),
    Signal("onboarding", "start date", _rx(r"\bstart(?:s|ing)? (?:on|date|monday|tuesday|wednesday|thursday|friday|next|in|\d)|beginning on|joins (?:us|the team|on)|joining (?:us|the team|on)|first (?:working )?day|f(?:ä|ae)ngt .{0,25}an\b|beginnt am|eintritt(?:sdatum)?"), 0.7, HAS_STARTING),
    Signal("onboarding", "create account", _rx(r"(?:create|set ?up|setup|provision|prepare|make)\s(?:\w+\s){0,3}?(?:accounts?|user|login|benutzerkonto|user id|profile)\b|(?:benutzer)?konto\s(?:\w+\s)?(?:anlegen|einrichten|erstellen)|accounts? (?:anlegen|einrichten|erstellen)|new user ids?|add (?:a |the )?new (?:user|employee|hire)s?\b|neue[rn]? (?:benutzer|account|user)|employment status.{0,10}new"), 1.6, HAS_CREATE),
    Signal("onboarding", "setup for newbie", _rx(r"(?:laptop|pc|computer|equipment|profile|account|headset|phone|hardware)s? (?:and \w+ )?(?:set ?up|setup|ready|einrichten|bereitstellen)"), 0.5, HAS_READY),
    # -- offboarding --------------------------------------------------------------------------
    Signal("offboarding", "leaver", _rx(LEAVER), 1.8),
    Signal("offboarding", "hr notice", _rx(r"\bterminat(?:e|ed|ion)\b|k(?:ü|ue)ndigung|employee status.{0,10}termination"), 0.3),
    Signal("offboarding", "former employee", _rx(r"ex-employee|former (?:employee|colleague|staff)|ehemalige[rn]? mitarbeiter"), 1.0),
    Signal("offboarding", "disable account", _rx(r"(?:disable|deactivate|deaktivieren|sperren|block|close|remove|delete)\s(?:the\s|his\s|her\s|their\s)?(?:\w+\s)?(?:user\s)?(?:account|user|login|access|ad account|konto|benutzer|sign-?in)s?\b|remove .{0,40}from (?:the )?(?:company )?directory"), 0.9),
]

# Phrases that look like a request above but describe a fault or another request. (category, pattern, penalty)
VETOES: list[Veto] = [
    Veto("password_reset", _rx(rf"(?:keeps?|continuous(?:ly)?|constantly|repeatedly|always|again and again|is)\s(?:asking|prompting|requesting|asks|prompts)\s(?:me\s)?(?:for\s)?(?:my\s|the\s)?(?:\w+\s)?{PW}|{PW}\s?(?:prompt|pop-?up)"), 3.0, HAS_PW),
    Veto("password_reset", _rx(rf"{PW}.{{0,30}}(?:on|in|for) (?:my |the )?(?:iphone|phone|mobile|ipad|android|smartphone|handy|tablet|device)|(?:iphone|phone|mobile|ipad|android|handy).{{0,40}}{PW}"), 2.6, HAS_PW),
    Veto("password_reset", _rx(rf"(?:wi-?fi|wlan|wireless|guest network|printer|bios|bitlocker|zip|pdf|excel|file|protected|voicemail|vm)\s?.{{0,15}}{PW}|{PW}.{{0,15}}protected|certificate"), 3.0, HAS_PW_OR_CERT),
    Veto("password_reset", _rx(rf"after (?:i )?(?:chang|reset|updat)\w*.{{0,20}}{PW}.{{0,60}}(?:outlook|teams|skype|phone|iphone|not responding|keeps)"), 2.5, HAS_PW),
    Veto("account_unlock", _rx(r"(?:screen|caps|num|scroll|bit|file|phone|iphone|handy|door|sim|keyboard|tastatur|excel|document|record|sheet|workbook)\s?-?lock|unlock (?:the |my )?(?:phone|iphone|screen|door|sim|file|document|record|excel|pdf|ipad)|locked by (?:another|other)|file (?:is )?locked|(?:is|was) locked for editing"), 3.0, HAS_LOCK),
    Veto("mailbox_access", _rx(r"(?:mail\s?-?box|postfach|inbox)\s(?:is\s)?(?:almost\s|nearly\s)?(?:full|size|quota|storage|limit|voll|cleanup|archiv)|(?:size|quota|storage) of (?:my )?mailbox|mailbox (?:not|won'?t|doesn'?t) (?:load|open|sync)"), 3.0),
    Veto("mailbox_access", _rx(r"(?:delete|cancel|remove).{0,30}(?:meeting|invite|appointment|series)"), 1.5),
    Veto("offboarding", _rx(r"(?:delete|cancel|remove).{0,30}(?:meeting|invite|appointment|series)|meetings? (?:was |were )?(?:scheduled|organi[sz]ed|set up) by"), 2.0),
    Veto("mailbox_access", _rx(r"mail\s?-?box groups?"), 2.5),
    Veto("group_membership", _rx(rf"{FOLDER}.{{0,40}}(?:disconnected|not available|not mapped|missing|slow|full|capacity|space|restore|restored|deleted|verschwunden|not accessible)|(?:restore|recover|deleted|wiederherstellen).{{0,40}}(?:file|folder|ordner|datei)|{UNC}\S*\s(?:is\s)?not available|space consumed|disk space"), 2.8, HAS_FOLDER_FAULT),
    Veto("group_membership", _rx(r"group chat|gruppenchat|group policy|gpo"), 2.5),
    Veto("license_change", _rx(r"driver'?s licen[cs]e|licen[cs]e plate|f(?:ü|ue)hrerschein"), 3.0),
    Veto("offboarding", _rx(r"terminat(?:e|ed|ion) (?:the |my |a )?(?:session|process|program|job|connection|call)|(?:session|connection|call|job|process) (?:was |is |got )?terminated"), 3.0),
]

# A ticket written at the system rather than to the help desk (a risk signal, approvals/verification/signals.py).
INJECTION = _rx(
    r"ignore (?:all |any |the )?(?:previous|prior|above|earlier|your) (?:instructions|rules|prompts?)"
    r"|disregard (?:all |any |the )?(?:previous|prior|above|your) (?:instructions|rules)"
    r"|(?:system|developer) (?:prompt|message|instructions)|you are now\b|as an ai\b|new instructions:"
    r"|(?:classify|categori[sz]e|label|mark) (?:this|it|the ticket|me) as|set (?:the )?confidence"
    r"|(?:respond|reply|answer) (?:only )?with (?:json|the tool)|</?(?:ticket|system|instructions)>"
    r"|tool_use|approve (?:this|it) automatically|without (?:any )?(?:verification|approval)"
    r"|ignoriere (?:alle )?(?:vorherigen )?anweisungen"
)

# "I cannot get to the drive" reports a fault; "please give me access to the drive" asks for a change.
FAULT = _rx(
    r"(?:cannot|can'?t|can not|unable to|not able to|could not|couldn'?t|no longer able to|kann nicht|keinen)\s"
    r"(?:\w+\s){0,3}?(?:access|get (?:onto|into|to)|open|reach|connect|log ?in|see|zugreifen)"
)
REQUEST = _rx(
    r"\bplease\b|\bpls\b|\bplz\b|kindly|\bbitte\b|(?:i |we |he |she |they |user )?(?:need|needs|require|requires|"
    r"request(?:ing)?|would like|want)\b|can you|could you|add\b|grant|give|provide|usa\b|arrange|einrichten|ben(?:ö|oe)tige"
)

# Cheap substring gates: a category's expressions run only if one of these occurs in the ticket.
# Keep them in step with the expressions: a signal whose words miss every needle of its category
# silently never fires. The dataset tests catch a gate that became too narrow.
GATES: dict[str, tuple[str, ...]] = {
    "password_reset": ("pas", "pw", "kennw", "por", "pro"),
    "account_unlock": ("lock", "sperr", "freischalt"),
    "mfa_reset": ("mfa", "2fa", "factor", "faktor", "step", "authent", "verif", "duo ", "security info",
                  "sign-in method", "signin method", "sign in method", "temporary access", "one-time", "one time",
                  "otp", "mehrstufig"),
    "mailbox_access": ("mailbox", "mail box", "mail-box", "e-mail box", "email box", "emailbox", "shared", "inbox", "postf", "calendar", "kalender", "delegat", "behalf", "senden als", "send as",
                       "sending as", "auftrag senden", "@"),
    "group_membership": ("group", "grop", "grup", "dl", "list", "verteiler", "folder", "ordner", "verzeichnis",
                         "director", "drive", "laufwerk", "share", "path", "\\", "//", ":\\", "sharepoint", "site",
                         "channel", "team", "read", "write", "full control", "lese", "schreib", "berechtigung",
                         "zugriff", "rechte"),
    "license_change": ("licen", "lizen", "subscription", "activat", "aktivier", "reduced functionality", "e1", "e3",
                       "e5", "f1", "f3", "k1", "s1", "p1", "p2", "business", "visio", "project", "power", "copilot",
                       "premium", "exchange online", "365"),
    "onboarding": ("new", "neu", "onboard", "on-board", "start", "join", "first", "eintritt", "fängt", "faengt",
                   "beginn", "create", "prepare", "provision", "anlegen", "erstellen", "set up", "setup", "make"),
    "offboarding": ("terminat", "ndigung", "leaver", "offboard", "off-board", "leav", "left", "last", "retir",
                    "austritt", "ausgeschieden", "verl", "ruhestand", "longer", "resign", "employee", "former",
                    "ehemalig", "disable", "deactivat", "deaktiv", "sperren", "block", "close", "remove", "delete",
                    "directory"),
}

# Narrower gates for single signals whose category gate is wide (keyed by signal name).
NEEDLES: dict[str, tuple[str, ...]] = {
    "distribution list": ("distribution", "dl", "mailing", "verteiler", "mail list", "mail group"),
    "group change": ("gro", "grup"),
    "folder access": ("folder", "ordner", "verzeichnis", "director", "drive", "laufwerk", "share", "path", "site"),
    "path": ("\\", "//", ":"),
    "access to path": ("\\", "//", ":"),
    "berechtigung einrichten": ("berechtigung", "zugriff", "rechte"),
    "access level": ("read", "full control", "lese", "schreib"),
    "team or channel": ("team", "sharepoint", "channel"),
    "mfa re-registration": ("regist", "enrol", "setup", "set up", "reset", "new", "neu", "lost", "verloren", "handy",
                            "phone", "getting", "receiving", "approve", "kein"),
    "mailbox permission": ("box", "postf", "inbox", "calendar", "kalender"),
    "access to an address": ("@",),
    "disable account": ("disable", "deactivat", "deaktiv", "sperren", "block", "close", "remove", "delete", "directory"),
    "leaver": ("terminat", "ndigung", "leaver", "offboard", "off-board", "leav", "left", "last", "retir", "austritt",
               "ausgeschieden", "verl", "ruhestand", "longer", "resign", "employee"),
    "sku": ("e1", "e2", "e3", "e4", "e5", "f1", "f3", "k1", "s1", "p1", "p2", "a1", "a3", "a5", "business", "visio",
            "project", "power", "copilot", "premium", "exchange online"),
}
