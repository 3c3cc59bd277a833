# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""Tickets that name a leaver or a place's access and change nothing: a leaving party or a farewell card, a list of who
has access or a licence (read for an audit or a budget, not granted), a leaver's account said already closed by another process in any of the
five languages. Each is a thing for a person to read or to answer; acting on the leaver or the access would change an
account nobody asked to change.

Found on tickets by an author who read nothing of the project (tests/data/triage_nearmiss3.jsonl, a hotel group's);
said by word class and sentence shape, never by a row's phrasing (tests/triage/test_gatherings_and_access_lists.py).
A leaver named only as the one the writer took over from came from tests/data/triage_nearmiss7.jsonl, a bus and tram
operator's (tests/triage/test_accounts_in_place_successors_and_dismissals.py).
"""

from __future__ import annotations

import re

from tickets.triage.text import CleanText
from tickets.triage.vocabulary import LICENSE, SKU

# A gathering or a gift for someone who leaves: "leaving drinks on Friday", "Abschiedsfeier", "pot de départ",
# "comida de despedida", "afscheidsborrel". The leaver is celebrated, not offboarded.
_FAREWELL = re.compile(
    r"\b(?:leaving|farewell|goodbye|good-bye|retirement|send-?off)\s(?:\S+\s)?(?:do|party|drinks|lunch|dinner|breakfast|card|present|gift|collection|cake|speech|celebration|gathering|event|bash|get-together)s?\b"
    r"|\bfarewell\b|\bsend-?off\b"
    r"|\babschied\w*|\b(?:seinen|ihren|einen) ausstand\b"
    r"|\b(?:pot|f(?:ê|e)te|soir(?:é|e)e|repas|d(?:é|e)jeuner|d(?:î|i)ner|cadeau|carte|cagnotte|ap(?:é|e)ro)s? (?:de d(?:é|e)part|d'adieu)|\badieux\b"
    r"|\bdespedida\b"
    r"|\bafscheid\w*"
)
# The identity side named at all: an account, a mailbox, access, a licence, a disabling. Then the leaver may be one to
# act on, and the farewell is only the occasion ("her leaving drinks are Friday; please disable her account then").
_IDENTITY = re.compile(
    r"account|konto|compte|cuenta|login|mailbox|postfach|bo(?:î|i)te|buz(?:ó|o)n|e-?mail|\bmail\b|correo|access|zugriff|zugang"
    r"|acc(?:è|e)s|acceso|toegang|licen|lizen|disable|deactiv|deaktiv|d(?:é|e)sactiv|desactiv|sperren|bloquer|bloquear|blokkeren"
    r"|offboard|leaver process|austrittsprozess"
)


def discount_farewell_gatherings(text: CleanText, scores: dict[str, float]) -> None:
    """A leaving party, card or gift with nothing about the leaver's accounts is an invitation, not an offboarding."""
    if scores["offboarding"] <= 0:
        return
    words = f"{text.lower_subject}\n{text.lower_request}"
    if _FAREWELL.search(words) and not _IDENTITY.search(words):
        scores["offboarding"] = min(scores["offboarding"], 1.0)


# The writer named as the leaver's successor: "I've taken over the refunds from Lorraine, who retired", "habe die
# Abrechnung von Herrn Ott übernommen", "j'ai repris le dossier de Paul", "he asumido las tareas de Ana", "ik heb het
# werk van Joost overgenomen". The leaver is why the writer asks for something of their own, not the one to offboard.
_SUCCEEDS = re.compile(
    r"\b(?:taken over|took over|taking over|inherited|inherit|handed over to me)\b[^.!?\n]{0,60}\bfrom\b"
    r"|\bvon\s(?:\S+\s){1,4}?(?:(?:ü|ue)bernommen|geerbt)\b|\b(?:(?:ü|ue)bernehme|(?:ü|ue)bernommen habe)\s(?:\S+\s){0,5}?von\b"
    r"|\b(?:repris|h(?:é|e)rit(?:é|e)|je reprends)\s(?:\S+\s){0,5}?(?:de|d'|du)\b"
    r"|\b(?:asumido|heredado|me hago cargo|me he hecho cargo)\s(?:\S+\s){0,5}?(?:de|del)\b"
    r"|\bvan\s(?:\S+\s){1,4}?overgenomen\b|\bneem\s(?:\S+\s){0,5}?over van\b"
)


def discount_leaver_succeeded(text: CleanText, scores: dict[str, float], fired: dict[str, set[str]]) -> None:
    """A leaver named only as the one the writer took over from, with their accounts unnamed, is no offboarding."""
    if fired["offboarding"] != {"leaver"} or scores["offboarding"] <= 0:
        return
    words = f"{text.lower_subject}\n{text.lower_request}"
    if _SUCCEEDS.search(words) and not _IDENTITY.search(words):
        scores["offboarding"] = min(scores["offboarding"], 1.0)


# Who has access, asked to be listed or reported: a record read for an audit or a review, in the five languages.
_WHO_HAS_ACCESS = re.compile(
    r"\bwho (?:currently |still |actually |all )?(?:has|have|had|can (?:see|open|read|edit)) (?:\S+ )?(?:access|permissions?|rights)\b"
    r"|\b(?:list|report|overview|export|extract|summary|audit|review|breakdown|record)\b[^.!?\n]{0,60}\b(?:every(?:one|body)|all (?:the )?(?:users|people|staff|accounts)|people|users|accounts)\s(?:who |that |with )(?:currently |still )?(?:has |have |had |can )?(?:\S+ )?(?:access|permissions?|rights)\b"
    r"|\b(?:access|permissions?|rights|authori[sz]ations?)\s(?:rights\s)?(?:report|review|list|audit|overview|matrix|recertification|export)s?\b"
    # A group's members listed or exported for a review ("export members of all finance groups for the audit",
    # "Mitgliederliste der Gruppe", "liste des membres du groupe", "lista de miembros", "ledenlijst van de groep"): read,
    # nobody added (holdout57).
    r"|\b(?:list|report|overview|export|extract|dump|pull)\w*\s(?:of\s)?(?:the\s|all\s)*(?:current\s)?(?:group\s)?members(?:hips?)?\s(?:of|in|for)\b"
    # Who is on a list or in a group, asked to be told: "send me the list of who is on dl-sales", "who's in the finance
    # group?", "wer steht alles im Verteiler X", "qui est dans le groupe X", "quién está en el grupo X", "wie zitten er in
    # de groep X" (h102). A name read out, nobody added. The list must be named as one (its word or a hyphenated name),
    # so "add Tom, who is on leave" is not read as a question.
    r"|\bwho(?:'s| is| are)\s(?:currently\s|actually\s|all\s|still\s)?(?:on|in|a member of|members of)\s(?:the\s)?(?:[\w-]+\s){0,3}?(?:dl|distribution list|mailing list|group|list|team)s?\b"
    r"|\bwho(?:'s| is| are)\s(?:currently\s|actually\s|all\s|still\s)?(?:on|in|a member of)\s(?:the\s)?[a-z0-9]+(?:[-_.][a-z0-9]+)+\b"
    r"|\bwer\s(?:alles\s|genau\s|aktuell\s)?(?:ist|sind|steht|stehen)\s(?:alles\s|aktuell\s)?(?:in|im|auf|auf dem|in der|in dem)\s(?:\S+\s){0,2}?(?:verteiler\w*|gruppe\w*|liste\w*)\b"
    r"|\bqui\s(?:est|sont|fait partie|font partie)\s(?:dans|sur|de|du|d')\s?(?:le\s|la\s|l')?(?:\S+\s)?(?:groupe|liste)\b"
    r"|\bqui(?:é|e)n(?:es)?\s(?:est(?:á|a)n?|forma(?:n)? parte)\s(?:en|de)\s(?:el\s|la\s)?(?:\S+\s)?(?:grupo|lista)\b"
    r"|\bwie\s(?:zit|zitten|staat|staan)\s(?:er\s)?(?:allemaal\s)?(?:in|op)\s(?:de|het)\s(?:\S+\s)?(?:groep|lijst|distributielijst)\b"
    r"|\b(?:group\s)?membership\s(?:report|list|export|overview|extract)s?\b|\bmitglieder(?:liste|(?:ü|ue)bersicht|export|bericht)\w*"
    r"|\b(?:liste|export|extraction|rapport) des membres\b|\b(?:lista|listado|informe|exportaci(?:ó|o)n) de (?:los )?miembros\b|\bleden(?:lijst|overzicht)\b"
    r"|\bwer (?:alles |genau |aktuell )?(?:\S+ ){0,4}?(?:zugriff|zugang|berechtigung\w*|rechte) (?:\S+ ){0,4}?(?:hat|haben|besitzt)\b"
    r"|\b(?:berechtigungs|zugriffs|rechte)(?:liste|(?:ü|ue)bersicht|bericht|report|matrix|auswertung|pr(?:ü|ue)fung)\w*"
    r"|\bqui (?:a|ont|poss(?:è|e)de) (?:\S+ )?(?:acc(?:è|e)s|les droits|des droits|droit)\b|\b(?:liste|(?:é|e)tat|rapport) des (?:acc(?:è|e)s|droits|habilitations)\b"
    r"|\bqui(?:é|e)n(?:es)? (?:\S+ )?tiene(?:n)? (?:\S+ )?(?:acceso|permisos?)\b|\b(?:lista|informe|listado) de (?:accesos|permisos)\b"
    r"|\bwie (?:er )?(?:\S+ ){0,3}?(?:toegang|rechten) (?:\S+ ){0,3}?(?:heeft|hebben)\b|\b(?:overzicht|lijst|rapport) (?:van )?(?:de )?(?:toegangsrechten|rechten|autorisaties)\b"
    # Who gave someone the access they hold, asked after the fact for an audit: "who granted Ann access to the finance
    # share last month?", "wer hat ihm die Berechtigung erteilt?", "qui lui a donné l'accès ?", "¿quién le dio acceso?",
    # "wie heeft haar toegang gegeven?". The grant is history to look up; nobody is added by answering.
    r"|\bwho (?:\S+ ){0,2}?(?:granted|gave|added|assigned|approved|authori[sz]ed|provided|set up)\b[^.!?\n]{0,60}?\b(?:access|permissions?|rights|group|share|folder|mailbox|site|team)\b"
    r"|\bwer (?:hat|hatte) (?:\S+ ){0,6}?(?:zugriff|zugang|berechtigung\w*|rechte|gruppe|freigabe|ordner) (?:\S+ ){0,4}?(?:gegeben|erteilt|vergeben|freigegeben|eingerichtet|genehmigt|hinzugef(?:ü|ue)gt)\b"
    r"|\bqui (?:lui |leur |m'|t'|nous )?a (?:donn|accord|attribu|octroy|ajout|approuv|valid)(?:é|e)\b[^.!?\n]{0,60}?\b(?:acc(?:è|e)s|droits?|groupe|dossier|partage)\b"
    r"|\bqui(?:é|e)n (?:le |les |me |te |nos )?(?:dio|concedi(?:ó|o)|otorg(?:ó|o)|asign(?:ó|o)|a(?:ñ|n)adi(?:ó|o)|aprob(?:ó|o)|ha dado|ha concedido)\b[^.!?\n]{0,60}?\b(?:acceso|permisos?|grupo|carpeta)\b"
    r"|\bwie (?:heeft|had) (?:\S+ ){0,6}?(?:toegang|rechten|groep|map) (?:\S+ ){0,4}?(?:gegeven|verleend|toegekend|toegevoegd|goedgekeurd)\b"
)
# The sentence or the clause after a colon that holds it: "quarterly access review: please remove j.owens" keeps its
# removal.
_SENTENCE_WITH = r"[^.!?:\n]*(?:{})[^.!?:\n]*"
# Access or a membership asked for in the writer's own words beyond the list: "who has access? I need it too".
_GRANT_ASKED = re.compile(
    r"\b(?:add|give|grant|put|need|want|would like|request|brauch\w*|ben(?:ö|oe)tig\w*|hinzuf\w*|gib|geben|ajout\w*|donn\w*|besoin"
    r"|a(?:ñ|n)ad\w*|dar(?:le|me)?|necesit\w*|toevoeg\w*|voeg|geef|nodig)\b[^.!?\n]{0,60}(?:access|zugriff|zugang|berechtigung|rechte"
    r"|acc(?:è|e)s|droits|acceso|permisos|toegang|rechten|group|gruppe|groupe|grupo|groep|member|mitglied|membre|miembro|\blid\b)"
    # A change to the list asked outright, whatever it names: "please remove the following from HR-Confidential".
    r"|\b(?:add|remove|revoke|take (?:\S+ ){0,3}?(?:off|out)|entfern\w*|hinzuf(?:ü|ue)g\w*|retir\w*|supprim\w*|ajout\w*|quit(?:ar|ad|e)\w*|a(?:ñ|n)ad\w*"
    r"|elimin\w*|toevoeg\w*|verwijder\w*)\b"
)


def discount_access_listed(text: CleanText, scores: dict[str, float]) -> None:
    """A list or a report of who has access, with no access asked beside it, is a record to read (in place)."""
    if scores["group_membership"] <= 0 and scores["mailbox_access"] <= 0:
        return
    words = f"{text.lower_subject}\n{text.lower_request}"
    if not _WHO_HAS_ACCESS.search(words):
        return
    if _GRANT_ASKED.search(re.sub(_SENTENCE_WITH.format(_WHO_HAS_ACCESS.pattern), " ", words)):
        return
    for category in ("group_membership", "mailbox_access"):
        scores[category] = min(scores[category], 1.0)


# Who holds a licence, asked listed, counted or costed: "the names of everyone holding Acrobat Pro, with the monthly cost", "licence
# report for the budget", "how many E5 licences do we have?", "Lizenzübersicht: wer hat Visio?", "liste des licences",
# "informe de licencias", "overzicht van de licenties". A record read for a budget or an audit; no one's licence
# changes by answering.
_HELD = rf"(?:{LICENSE}|{SKU})"
_LICENCES_LISTED = re.compile(
    rf"\b(?:list|report|overview|export|extract|summary|audit|breakdown|count|inventory|spreadsheet|numbers)\b[^.!?\n]{{0,40}}?"
    rf"\b(?:who|every(?:one|body)|all (?:the )?(?:users|people|staff)|people|users|staff)\s(?:currently\s|still\s)?"
    rf"(?:has|have|holds?|is on|are on|uses|use|using|with)\s(?:an?\s|the\s)?(?:\S+\s){{0,2}}?{_HELD}"
    rf"|(?:^|[.!?:;\n]\s?|\b(?:know|tell (?:me|us)|find out|see|check|show (?:me|us)|send (?:me|us)|confirm)\s)who\s(?:currently\s|still\s)?(?:has|holds|is using|uses|is on)\s(?:an?\s|the\s)?(?:\S+\s){{0,2}}?{_HELD}"
    r"|\blicen[cs]e\s(?:report|overview|list|audit|usage|count|inventory|export|summary|breakdown|costs?)s?\b"
    r"|\b(?:list|report|overview|audit|inventory|summary|breakdown)\sof\s(?:all\s|our\s|the\s)*(?:\S+\s)?licen[cs]es\b"
    r"|\bhow many\s(?:\S+\s){0,2}?(?:licen[cs]es|seats)\s(?:do|are|have|did)\b"
    r"|\blizenz(?:liste|(?:ü|ue)bersicht|bericht|auswertung|report|aufstellung|bestand|nutzung|kosten)\w*"
    rf"|\bwer\s(?:alles\s|aktuell\s|noch\s)?(?:eine?\s|die\s)?(?:\S+\s)?(?:lizenz\w*|{SKU})\s(?:\S+\s)?(?:hat|haben|besitzt|nutzt)\b"
    r"|\bwie ?viele\s(?:\S+\s){0,2}?lizenzen\s(?:haben|sind|gibt)\b"
    rf"|\b(?:liste|(?:é|e)tat|rapport|inventaire)\sdes\slicences\b|\bqui\s(?:a|ont|poss(?:è|e)de|utilise)\s(?:une\s|la\s|le\s)?(?:licence|{SKU})"
    r"|\bcombien de\s(?:\S+\s)?licences\b"
    rf"|\b(?:lista|listado|informe|inventario|resumen)\sde\s(?:las\s)?licencias\b|\bqui(?:é|e)n(?:es)?\s(?:tiene|tienen|usa|usan)\s(?:una\s|la\s|el\s)?(?:licencia|{SKU})"
    r"|\bcu(?:á|a)ntas\s(?:\S+\s)?licencias\b"
    rf"|\b(?:overzicht|lijst|rapport)\s(?:van\s)?(?:de\s|alle\s|onze\s)?licenties\b|\bwie\s(?:er\s)?(?:\S+\s)?(?:licentie|{SKU})\s(?:\S+\s)?(?:heeft|hebben|gebruikt|gebruiken)\b"
    r"|\bhoeveel\s(?:\S+\s)?licenties\b"
)
# A licence asked given, taken or changed in the writer's own words beyond the list's clause: "who has Visio? Tom needs
# one", "wie viele Visio-Lizenzen sind frei und, wenn eine frei ist, bitte Tom zuweisen".
_CLAUSE_WITH = r"[^.!?:;,\n]*(?:{})[^.!?:;,\n]*"
_LICENCE_ASKED = re.compile(
    r"\b(?:add|assign|give|grant|need|needs|order|buy|request|remove|revoke|take|upgrade|downgrade|switch|move|cancel"
    r"|zuweisen|brauch\w*|ben(?:ö|oe)tig\w*|entfern\w*|bestell\w*|attribu\w*|besoin|retir\w*|command\w*|asign\w*|necesit\w*"
    r"|quit\w*|toewijz\w*|nodig|verwijder\w*|bestel\w*)\b"
)


def discount_licences_listed(text: CleanText, scores: dict[str, float]) -> None:
    """A list, a count or the cost of who holds a licence, with no licence asked beside it, is a record (in place)."""
    if scores["license_change"] <= 0:
        return
    words = f"{text.lower_subject}\n{text.lower_request}"
    if not _LICENCES_LISTED.search(words):
        return
    if _LICENCE_ASKED.search(re.sub(_CLAUSE_WITH.format(_LICENCES_LISTED.pattern), " ", words)):
        return
    scores["license_change"] = min(scores["license_change"], 1.0)


# A leaver's account said already closed by someone else (HR, another process), beyond English: "RRHH ya dio de baja su
# cuenta", "son compte a déjà été désactivé", "zijn account is al gedeactiveerd", "ihr Konto wurde bereits gesperrt".
# Joined to starter_hardware._IDENTITY_DONE: what remains of such a ticket is the leaver's equipment.
ACCOUNT_CLOSED_ELSEWHERE = (
    r"\b(?:ya |ya se )?(?:dio|dieron|ha dado|han dado|dimos|hemos dado) de baja (?:su |la |el |sus |los )?(?:cuenta|usuario|correo|acceso)s?"
    r"|\b(?:su |la )?(?:cuenta|usuario|correo)s? (?:ya )?(?:est(?:á|a)n?|fue|fueron|ha sido|han sido) (?:ya )?(?:dad[oa]s? de baja|desactivad[oa]s?|cerrad[oa]s?|bloquead[oa]s?|eliminad[oa]s?)"
    r"|\b(?:son |le |leur |ses )?(?:compte|acc(?:è|e)s|login)s? (?:a|ont|est|sont) (?:d(?:é|e)j(?:à|a) )?(?:(?:é|e)t(?:é|e) )?(?:d(?:é|e)j(?:à|a) )?(?:d(?:é|e)sactiv|ferm|supprim|bloqu|cl(?:ô|o)tur)(?:é|e)e?s?"
    r"|\b(?:les )?(?:rh|drh|hr) (?:a|ont) (?:d(?:é|e)j(?:à|a) )?(?:d(?:é|e)sactiv|ferm|supprim|bloqu|cl(?:ô|o)tur)(?:é|e) (?:son|le|leur|ses) (?:compte|acc(?:è|e)s)"
    r"|\b(?:zijn |haar |het )?(?:account|login|toegang)s? (?:is|zijn|werd|werden) (?:al |reeds )?(?:gedeactiveerd|geblokkeerd|verwijderd|afgesloten|uitgeschakeld)"
    r"|\b(?:hr|p&o|personeelszaken) heeft (?:\S+ ){0,2}?(?:account|toegang) (?:al |reeds )?(?:gedeactiveerd|geblokkeerd|verwijderd|afgesloten)"
    r"|\b(?:sein|ihr)\w* (?:konto|zugang|account|login)s? (?:ist|wurde|wurden|sind) (?:bereits |schon )?(?:deaktiviert|gesperrt|gel(?:ö|oe)scht)"
    r"|\b(?:hr|personal(?:abteilung)?) hat (?:\S+ ){0,3}?(?:konto|zugang|account) (?:bereits |schon )?(?:deaktiviert|gesperrt|gel(?:ö|oe)scht)"
    r"|\b(?:hr|it|payroll) (?:has |have )?(?:already )?(?:disabled|closed|deactivated|removed|deleted) (?:his|her|their|the) (?:account|login|access)"
)
