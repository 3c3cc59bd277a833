# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""Access asked "like a colleague's": "please give her the same access as Tom", "needs the same folders and lists as
his predecessor", "dieselben Berechtigungen wie Frau Kurz", "les mêmes accès que Paul", "los mismos permisos que
Ana", "dezelfde rechten als Joost". A help desk copies the colleague's memberships (their groups, shares and lists):
a group membership, though no group, folder or list is named. patterns.py's "same groups as" knows the ticket that
names the kind of thing; this one knows the bare "access" and the kinds named two or three at once.

Kept narrow, since a wrong action costs more than a missed one:
- the copy must be asked for (give, grant, need, want, set up, copy, can I have), not wondered about ("does she have
  the same access as Tom?") or missed ("I no longer have the same access as before": a fault);
- the sentence must name no application, mailbox, licence or role, whose rights are not directory memberships
  ("the same access as Jo to the HR inbox" is a mailbox's, "the same SAP roles as Tim" an application's);
- an account still to be created ("please create her account with the same access as Tom") stays an onboarding:
  settling.settle ranks the creation first.
A signal in the form of tickets/triage/patterns.py, joined to objects.OBJECT_SIGNALS.
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, rx

# What makes the rights in a sentence something other than the directory's: an application, a mailbox, a licence, a
# role, a device or a building.
_NOT_THE_DIRECTORY = (
    r"(?:sap|erp|crm|salesforce|dynamics|navision|datev|workday|servicenow|jira|oracle|citrix|vpn"
    r"|applications?|apps?|systems?|portals?|tools?|software|programs?|modules?|transactions?|tcodes?"
    r"|mail\s?-?box(?:es)?|inbox(?:es)?|postf(?:ä|a)ch\w*|postvak|bo(?:î|i)tes?|buz(?:ó|o)n|calendars?|kalender|agenda"
    r"|licen[cs]es?|lizenz\w*|licencias?|licenties?|roles?|rollen?|r(?:ô|o)les?"
    r"|badges?|doors?|buildings?|parking|printers?|phones?|laptops?)"
)
# A sentence's characters that are none of those words and do not end it (an address's or a user name's dot does not).
_IN_SENTENCE = rf"(?:(?!\b{_NOT_THE_DIRECTORY}\b)(?![.!?](?:\s|$))[^\n])"
_SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))"
_SENTENCE_END = r"(?=[.!?](?:\s|$)|\n|$)"
# What is copied: access said bare, or the kinds of place, one to three of them ("the same folders and lists").
_KIND = (r"(?:access|access rights|rights|permissions|authori[sz]ations|folders?|shares?|shared drives?|drives|groups?"
         r"|group memberships|memberships|lists|dls|distribution lists|teams|sites|sharepoint(?: sites)?)")
_KINDS = rf"{_KIND}(?:(?:,\s|\s(?:and|&|\+)\s|\s?/\s?){_KIND}){{0,2}}"
# Asked for, not wondered about: the verb that hands it over, or the need.
_ASKED = (r"\b(?:give|grant|need|needs|needed|want|wants|would like|set up|copy|provide|assign|get|have|mirror)\s"
          r"(?:\S+\s){0,5}?(?:the\s)?same\s")
# The one whose access is copied is someone: not an earlier time or the writer's own old account.
_NOT_A_COLLEAGUE = (r"(?:before|previously|usual|normal|always|now|yesterday|last|earlier|today|it was|i had|i used|"
                    r"my old|on my old|with my old|in my old|my previous|the old)\b")

_SAME_ACCESS_ASKED = (
    rf"{_SENTENCE_START}(?!(?:does|do|did|why|is|are|has|who|how|what)\b){_IN_SENTENCE}*?{_ASKED}{_KINDS}\s(?:as|like)\s(?!{_NOT_A_COLLEAGUE}){_IN_SENTENCE}*{_SENTENCE_END}"
    # "... takes over Tom's tasks; please give him the same folders and lists": the colleague named before.
    rf"|{_SENTENCE_START}(?!(?:does|do|did|why|is|are|has|who|how|what)\b){_IN_SENTENCE}*?\bgive\s(?:him|her|them|me|us|[\w.-]+)\s(?:the\s)?same\s(?:folders|shares|lists|groups|folders and lists|shares and lists|groups and lists)\s*{_SENTENCE_END}"
    # German, French, Spanish, Dutch: the rights "wie", "que", "als" a colleague's.
    rf"|{_SENTENCE_START}(?!(?:hat|haben|warum|wieso|est-ce|pourquoi|tiene|por qu(?:é|e)|heeft|waarom)\b){_IN_SENTENCE}*?"
    r"(?:\b(?:die\s)?(?:gleichen|selben|dieselben)\s(?:zugriffs?rechte|zugriffe|berechtigungen|rechte|freigaben|ordner|gruppen)\swie"
    r"|\b(?:les\s)?m(?:ê|e)mes\s(?:acc(?:è|e)s|droits|autorisations|dossiers|groupes)\s(?:que|qu')"
    r"|\b(?:los\s|las\s)?mism[oa]s\s(?:accesos|permisos|carpetas|grupos)\sque"
    r"|\bdezelfde\s(?:rechten|toegang|toegangsrechten|mappen|groepen)\sals)"
    rf"\s(?!(?:avant|antes|vroeger|vorher|fr(?:ü|ue)her)\b){_IN_SENTENCE}*{_SENTENCE_END}"
)

# A named drive or share needed as the rest of the writer's team has it: "the new dispatcher needs the P: drive like the
# rest of ops", "braucht das P-Laufwerk wie die anderen", "a besoin du lecteur P: comme ses collègues", "necesita la
# unidad P: como el resto del equipo", "heeft de P-schijf nodig, net als de rest". The team's members are in the
# drive's group; this one is to join them. Not a drive that went missing ("my P: drive is gone, I need it back like
# before"): those are the writer's own, and "before" is no colleague.
_DRIVE = (r"(?:\b[a-z]:?[\s-]?(?:drive|laufwerk|netzlaufwerk|schijf)|\blecteur\s[a-z]:?|\bunidad\s[a-z]:?"
          r"|\b[\w-]+\s(?:shared\s|network\s)?(?:drive|share|folder|ordner|laufwerk|dossier|carpeta|map))")
_THE_TEAM = (r"(?:the rest of|everyone (?:in|on|else)|everybody (?:in|on|else)|all (?:the )?others|the others|the other\s\S+s\b"
             r"|(?:his|her|their) (?:colleagues|team(?:mates)?|co-?workers)|die anderen|der rest|alle (?:anderen|kolleg)"
             r"|(?:seine|ihre) kolleg|le reste|les autres|(?:ses|leurs) coll(?:è|e)gues|el resto|los dem(?:á|a)s|(?:sus) compa(?:ñ|n)eros"
             r"|de rest|de anderen|(?:zijn|haar) collega)")
_DRIVE_LIKE_THE_TEAM = (
    rf"\b(?:needs?|wants?|requires?|should (?:have|get)|braucht|ben(?:ö|oe)tigt|a besoin d[eu']|necesita|heeft)\s(?:access to\s|zugriff auf\s)?"
    rf"(?:the\s|das\s|den\s|le\s|la\s|l'|el\s|de\s|het\s)?{_DRIVE}[^.!?\n]{{0,20}}?\b(?:like|as|wie|comme|como|(?:net\s)?als|zoals)\s{_THE_TEAM}"
)

# A newcomer announced on one line with the colleague whose set-up to copy: "Starter 04/11 - J. Doe, Leeds, mirror A.
# Smith", "New joiner 3 March, Finance, same access as Mark Dunn", "Neuer MA 01.04. - M. Brandt, Rechte wie Frau Lenz",
# "Nouvel arrivant 02/09 - P. Girard, mêmes accès que C. Roux", "Nieuwe medewerker 01-09 - S. Smit, dezelfde rechten als
# J. Bakker" (h135). The account is still to be made, modelled on the colleague's: an onboarding, not a membership of one
# already there. Only a person after the copy's word ("mirror on the wall", "mirror display" name things).
# Not "a new colleague": one may be new to the team only, moved from another (their account exists).
_NEWCOMER = (r"(?<!not a )(?<!no )(?:(?<!new )(?<!the )\bstarter|\bnew (?:starter|joiner|hire|employee)|\bjoiner|\bneue[rn]? (?:ma|mitarbeiter(?:in)?)"
             r"|\bnouv(?:el|elle|eau) (?:arrivant(?:e)?|embauch(?:é|e)e?)|\bnuev[oa] (?:incorporaci(?:ó|o)n|emplead[oa])"
             r"|\bnieuwe (?:medewerker|werknemer))\b")
_COPY_OF = (r"(?:mirror(?:ing)?|clone|copy|same (?:access|rights|permissions|setup|set-up) as|(?:die )?(?:gleichen |selben )?(?:rechte|berechtigungen) wie"
            r"|m(?:ê|e)mes (?:acc(?:è|e)s|droits) que|mismos (?:accesos|permisos) que|dezelfde (?:rechten|toegang) als)")
_NEWCOMER_LIKE_A_COLLEAGUE = (
    rf"{_NEWCOMER}[^\n]{{0,100}}?\b{_COPY_OF}\s(?:(?:the\s)?(?:access|permissions|rights|setup)\s(?:of|from)\s)?"
    r"(?!(?:on|the|a|an|is|was|of|to|in|it|my|his|her|their|before|previously|display|screen|monitor|settings?|mode)\b)"
    r"(?:(?:mr|mrs|ms|herr|frau|m|mme|sr|sra|dhr|mevr)\.?\s)?[a-zà-ÿ][\w.'-]+")

ACCESS_LIKE_A_COLLEAGUE_SIGNALS: list[Signal] = [
    # "Starter 04/11 - J. Doe, mirror A. Smith": a newcomer to set up as the colleague is; with the newcomer's own word
    # (starter, new joiner) it outweighs the copy's membership reading.
    Signal("onboarding", "newcomer set up like a colleague", rx(_NEWCOMER_LIKE_A_COLLEAGUE), 1.2),
    Signal("group_membership", "same access as a colleague", rx(_SAME_ACCESS_ASKED), 1.9),
    Signal("group_membership", "a drive as the team has it", rx(_DRIVE_LIKE_THE_TEAM), 1.9),
]
