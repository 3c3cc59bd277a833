# ruff: noqa: E501 -- regular-expression tables read best one wording per line
"""One person's Office telling them it is unlicensed: a licence to assign or re-assign (the dev set's convention).

"Word shows a red bar 'Unlicensed Product' and I can't edit", "Outlook meldet 'Produkt deaktiviert'", "Excel affiche
« produit sans licence »", "Word dice «producto sin licencia»", "Word zegt 'product zonder licentie'": the Office apps
check the subscription of the account signed in to them, so the bar means that account's licence is missing or was
taken off. The source's own labelling reads it as license_change (tickets' README: "Office unlicensed / activate now"),
and so does every stored set but for a handful of different meanings, kept `other` below:

- many people at once (all users, a whole terminal server or Citrix farm): a licensing service or a setting, not one
  account's licence;
- an activation error code (0xC004...) or a licence server / KMS: Office's own activation on the machine failing;
- a laptop back from repair or re-imaged: the device lost its activation, nobody's licence changed;
- Windows' own activation, and a retold mail or a lure quoting the words.

A program that is not Office (SPSS, Acrobat, Visio or Project, licensed per machine or by their own vendor) is not
raised here: discounts.py keeps their messages a symptom. Said in our own words by tests/triage/test_office_shown_unlicensed.py.
"""

from __future__ import annotations

import re

from tickets.triage.patterns import SIGNALS
from tickets.triage.text import CleanText

# The apps that read the person's Microsoft 365 licence. "Office" as a place ("at the office") is not one.
_OFFICE_APP = re.compile(
    r"(?<!\bthe )(?<!\bour )(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bfrom )\b(?:ms[\s-]|microsoft[\s-])?office\b(?![\s-](?:pc|computer|printer|building|desk|manager|hours|move)\b)"
    r"|\b(?:word|excel|outlook|powerpoint|onenote)\b|\b(?:microsoft|ms|office|m|o)[\s-]?365\b")

# What the app shows, in the five languages: "unlicensed product", "product deactivated", "activate now".
_SHOWN_UNLICENSED = re.compile(
    r"\bunlicen[cs]ed\b|\bnot\slicen[cs]ed\b|\bproduct\s(?:is\s)?deactivated\b|\bactivate\snow\b"
    r"|\bnicht[\s-]lizen[sz]iert|\bunlizenziert|\bprodukt\s(?:ist\s)?deaktiviert\b|\bjetzt\saktivieren\b"
    r"|\bsans\slicence\b|\bnon[\s-]licenci(?:é|e)|\bproduit\s(?:est\s)?d(?:é|e)sactiv(?:é|e)\b|\bactiver\smaintenant\b"
    r"|\bsin\slicencia\b|\bno\slicenciado\b|\bproducto\s(?:est(?:á|a)\s)?desactivado\b|\bactivar\sahora\b"
    r"|\bniet[\s-]gelicentieerd|\bzonder\slicentie\b|\bproduct\s(?:is\s)?gedeactiveerd\b|\bnu\sactiveren\b")

# Many people at once: "for all users", "everyone on the terminal server", "alle Benutzer", "tous les utilisateurs",
# "todos los usuarios", "alle gebruikers", a Citrix farm or a remote desktop host the people share.
_MANY_AT_ONCE = re.compile(
    r"\b(?:all|every)\s(?:the\s|of\s(?:the\s|our\s)?)?(?:users|colleagues|staff|employees|people|accounts|machines|pcs)\b|\beveryone\b|\beverybody\b"
    r"|\b(?:colleagues|others|team)\s(?:\S+\s)?(?:too|as well|also)\b|\bwhole\s(?:team|office|department|floor|site|server)\b"
    r"|\balle[nr]?\s(?:\S+\s)?(?:benutzer\w*|anwender\w*|kollegen|kolleginnen|mitarbeiter\w*|nutzer\w*)|\bbei\sallen\b"
    r"|\btou(?:s|tes)\sles\s(?:utilisateurs|coll(?:è|e)gues|postes|employ(?:é|e)s)\b|\btout\sle\smonde\b"
    r"|\btod[oa]s\slos\s(?:usuarios|compa(?:ñ|n)eros|equipos|empleados)\b|\btodo\sel\smundo\b"
    r"|\balle\s(?:gebruikers|collega'?s|medewerkers)\b|\biedereen\b"
    r"|\bcitrix\b|\bterminal\s?server|\bterminalserver|\brds\b|\bremote\sdesktop\b|\bvirtual\sdesktop|\bavd\b")

# Office's own activation on the machine: an error code, a licence server, KMS.
_ACTIVATION_SERVICE = re.compile(
    r"\b0x[0-9a-f]{4,}\b|\bkms\b|\blicen[cs](?:e|ing)[\s-]?server|\blizenzserver|\bserveur\sde\slicences?\b"
    r"|\bservidor\sde\slicencias?\b|\blicentieserver")

# The device changed under it: back from repair, re-imaged, reinstalled.
_DEVICE_REWORKED = re.compile(
    r"\b(?:back|returned)\sfrom\s(?:the\s)?repair|\brepaired\b|\bre-?imaged\b|\bre-?installed\b"
    r"|\breparatur\b|\brepariert\b|\bneu\s(?:aufgesetzt|installiert)\b"
    r"|\br(?:é|e)par(?:é|e)|\br(?:é|e)paration\b|\br(?:é|e)install(?:é|e)"
    r"|\breparaci(?:ó|o)n\b|\breparad[oa]\b|\breinstalad[oa]\b"
    r"|\breparatie\b|\bgerepareerd\b|\bopnieuw\s(?:ge(?:ï|i)nstalleerd|opgezet)\b")

# Windows' own activation, and the words quoted in a lure or a retold mail.
_NOT_THE_PERSON_S = re.compile(
    r"\bactivate\swindows\b|\bwindows\s(?:is\s)?not\sactivated\b|\bwindows\s(?:aktivieren|activeren)\b|\bactiver\swindows\b|\bactivar\swindows\b"
    r"|\bphish|\bsuspicious\b|\bfake\b|\bscam\b|\bverd(?:ä|ae)chtig|\bhame(?:ç|c)onn|\bsospechos|\bverdacht")

# The licence declined in so many words: "please don't assign one yet, I'm only testing", "Lizenz bitte noch nicht
# zuweisen", "ne pas attribuer de licence", "no asignar licencia todavía", "licentie nog niet toewijzen", "no licence
# needed". The writer has said what not to do.
_DECLINED = re.compile(
    r"\b(?:don'?t|do not|not|no need to)\s(?:\S+\s){0,2}?assign\b|\bno\s(?:\S+\s)?licen[cs]e\s(?:is\s)?(?:needed|required)\b"
    r"|\b(?:nicht|kein\w*)\s(?:\S+\s){0,2}?(?:zuweisen|zuordnen|vergeben)\b|\bkeine\s(?:\S+\s)?lizenz\s(?:n(?:ö|oe)tig|erforderlich)"
    r"|\bne\spas\s(?:\S+\s){0,2}?attribuer\b|\bpas\sbesoin\sd'une\slicence\b"
    r"|\bno\s(?:\S+\s){0,2}?asignar\b|\bno\s(?:necesito|hace\sfalta)\s(?:una\s)?licencia\b"
    r"|\b(?:niet|geen)\s(?:\S+\s){0,2}?toewijzen\b|\bgeen\slicentie\snodig\b")

FLOOR = 1.8
# A licence asked for beside the bar ("Word says unlicensed, please assign me one"): the writer's request stands. Read
# with the bar's own words taken out, which the request's expressions take for a licence ("gets 'unlicensed'").
_ASKED_IN_SO_MANY_WORDS = [s.pattern for s in SIGNALS if s.name in {
    "licence request", "licence request, verb last", "licence asked by a pronoun", "sku request"}]


def raise_office_shown_unlicensed(text: CleanText, scores: dict[str, float], fired: dict[str, set[str]]) -> None:
    """Lift license_change to a claim when one person's Office says it is unlicensed (in place); hold it to a hint
    when the same words come from many people, from the machine's activation, or beside a licence declined.

    Runs after the discounts and vetoes: they read the bar as a symptom (discounts.py) or as a licence that worked
    until lately (other_senses.py), which is what it is for any other program; for Office the convention is the
    licence's change.
    """
    said = f"{text.lower_subject}\n{text.lower_request}"
    if not (_SHOWN_UNLICENSED.search(said) and _OFFICE_APP.search(said)):
        return
    if _DECLINED.search(said) or ((_MANY_AT_ONCE.search(said) or _ACTIVATION_SERVICE.search(said)
                                   or _DEVICE_REWORKED.search(said) or _NOT_THE_PERSON_S.search(said))
                                  and not _asked_beside_the_bar(said)):
        # "Every user on the terminal server gets it" reads as a bulk licence change by its words alone: a hint at most.
        scores["license_change"] = min(scores["license_change"], 1.0)
        return
    if scores["license_change"] < FLOOR:
        scores["license_change"] = FLOOR
    fired["license_change"].add("office shown unlicensed")


def _asked_beside_the_bar(said: str) -> bool:
    rest = _SHOWN_UNLICENSED.sub(" ", said)
    return any(pattern.search(rest) for pattern in _ASKED_IN_SO_MANY_WORDS)
