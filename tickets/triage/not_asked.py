# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""Words that name a group, a list or a mailbox without asking for anyone's membership or access: a monitoring
alert's "Group:" field, a right to send to a list (its delivery restriction, which its owner sets), a mailbox or a list
still to be created (a person builds it first): vetoes in the form of tickets/triage/patterns.py, joined to
objects.OBJECT_VETOES. A mailbox that sends the wrong way with nothing asked: a discount on the whole ticket, called by
rules._score. (An automated job's report of the step it failed at is a notice: noise._NOTICE.)

Found on tickets their authors wrote without reading the project (tests/data/triage_holdout25.jsonl); each is said in
general terms (tests/triage/test_fields_senders_and_new_mailboxes.py). Near-miss set 9 added a list's own bounce said
the other way round or quoted from the bounce (tests/triage/test_settled_asked_only_or_set_aside.py).
"""

from __future__ import annotations

import re

from tickets.triage.patterns import Veto, rx, words
from tickets.triage.text import CleanText
from tickets.triage.unless import unless, unless_asked
from tickets.triage.vocabulary import DISTRIBUTION_LIST

# A monitoring system's alert: its fields name the device's group in the monitoring tool, nobody's membership.
_MONITOR = (r"(?:\bsensor\b|\bprtg\b|\bnagios\b|\bzabbix\b|\bicinga\b|\bcheck_mk\b|\bsolarwinds\b|\bdatadog\b|\bgrafana\b"
            r"|\bstatus\s?:\s?(?:down|critical|warning|up)\b|\]\s?(?:down|critical|warning)\b|:\s?down\b)")
_FIELD = r"(?:^|\n|\|)\s?(?:device |host |sensor )?(?:gruppe|group|groupe|grupo|groep)\s?:"

# A list by its name for a list, in the five languages (not the bare "liste"/"lista"/"lijst", which name any list).
_A_LIST = (r"(?:\b(?:distribution |mailing )?list\b|\bdl\b|verteiler\w*|liste de diffusion|lista de distribuci(?:ó|o)n"
           r"|distributielijst)")

# "I'm not allowed to send to this group", "need to be able to send to council-members@": the list's delivery
# restriction (who may send to it), not a place on it.
_SEND_TO = (r"\b(?:not (?:allowed|permitted|authori[sz]ed)|no (?:permission|rights?)|(?:be )?able|allowed|permitted|permission|rights?)"
            r" to send (?:e-?mails? |messages? |mails? )?to (?:this |the |that |our |a )?(?:\S+ )?(?:group|list|dl|distribution list|address)\b"
            r"|\b(?:not (?:allowed|permitted|authori[sz]ed)|(?:be )?able|allowed|permitted) to send (?:e-?mails? |mails? )?to \S+@"
            r"|\b(?:rejected|bounced?|blocked|undeliverable)\b[^.!?\n]{0,40}\b(?:sending|send|sent|mail|message)s? to (?:the |this |our )?(?:\S+ )?(?:group|list|dl|distribution list)\b")
# The list's own bounce, said the other way round ("mails to our list ops-all@ are bouncing", "Mails an den Verteiler
# kommen unzustellbar zurück") or quoted from the bounce ("permission to send to this recipient"). Not where a place on
# the list is asked beside it ("... because I'm not a member. Please add me to it.").
_LIST_BOUNCES = unless_asked(
    r"\b(?:permission|allowed|authori[sz]ed) to send to (?:this|the) recipient\b"
    rf"|{_A_LIST}[^.!?\n]{{0,60}}\b(?:bounc\w*|undeliverable|rejected|unzustellbar|abgewiesen|rejet(?:é|e)s?|rebot\w*|rechazad\w*|onbestelbaar|geweigerd)")

# "create a new shared mailbox for the Sustainability Office, owners me and Karen": it does not exist yet.
_NEW_MAILBOX = (r"\b(?:create|set ?up|make|build|provision|anlegen|erstellen|einrichten|cr(?:é|e)er|crear|aanmaken)\w* (?:\S+ )?"
                r"(?:a |an |the |ein |eine |un |une |una |een )?(?:new |neues? |nouvelle |nuevo |nueva |nieuwe )?(?:shared |functional |team |generic |gemeinsames? |partag(?:é|e)e? |compartido )?"
                r"(?:mail\s?-?box|postfach|bo(?:î|i)te (?:aux lettres|mail)|buz(?:ó|o)n)\b"
                r"|\b(?:new|neues?|nouvelle|nuevo|nieuwe) (?:shared |functional |team |generic )?(?:mail\s?-?box|postfach) (?:request|anfrage|needed|wanted|creation)\b"
                # "We need a new shared mailbox for the site", "wir brauchen ein neues Postfach": a mailbox wanted with
                # an indefinite article and "new" is one that does not exist yet, in a sentence that asks no access to
                # it nor anyone added ("give me access to a new shared mailbox Karen made" is access).
                r"|(?:^|[.!?\n])(?![^.!?\n]*(?:access|zugriff|zugang|acc(?:è|e)s|acceso|toegang|\badd|hinzuf|ajout|a(?:ñ|n)ad|toevoeg|berechtig|rights|rechte|droits|permis|rechten))"
                r"[^.!?\n]*?\b(?:a|an|ein|eine|einen|un|une|una|een)\s(?:new|neues?|neuen|nouvelle|nouveau|nuevo|nueva|nieuwe?)\s"
                r"(?:shared |functional |team |generic |gemeinsames? |funktions|partag(?:é|e)e? |compartid[oa] |gedeelde )?"
                r"(?:mail\s?-?box|postfach|bo(?:î|i)te (?:aux lettres|mail)|buz(?:ó|o)n|mailbox)\b"
                # The making said after the mailbox: "we need a shared mailbox set up for admissions", "we'd like a team
                # mailbox created", "wir brauchen ein Funktionspostfach eingerichtet", "il nous faut une boîte partagée
                # créée", "necesitamos un buzón compartido creado", "we willen een gedeelde mailbox aangemaakt". A
                # mailbox with "a" before it, wanted made: one that does not exist yet, no right on it asked.
                r"|\b(?:a|an|ein|eine|einen|une|un|una|een)\s(?:new\s|neues?\s|neuen\s|nouvelle\s|nuevo\s|nueva\s|nieuwe\s)?"
                r"(?:shared |functional |team |generic |department |gemeinsames? |funktions|partag(?:é|e)e? |compartid[oa] |gedeelde )?"
                r"(?:mail\s?-?box|postfach|bo(?:î|i)te (?:aux lettres|mail)(?: partag(?:é|e)e)?|buz(?:ó|o)n(?: compartido)?)"
                r"\s(?:to be\s)?(?:set ?up|created|made|built|provisioned|angelegt|eingerichtet|erstellt|cr(?:éé|ee)e?|configur(?:é|e)e?"
                r"|cread[oa]|configurad[oa]|aangemaakt|ingericht)\b"
                # Not one set up in someone's mail program ("a shared mailbox set up in my Outlook"): that one exists.
                r"(?!\s(?:in|on|to|im|in meinem|dans|en|op)\s(?:\S+\s)?(?:outlook|phone|iphone|mobile|handy|laptop|pc|profile|client|mail app)\b)")

# "when I send from hr@ it goes out as me instead of the shared address": the writer sends from the mailbox already;
# how it sends is a fault to look at, unless something is asked ("... please give me Send As").
_SENDS_WRONG = re.compile(r"\b(?:goes out|went out|arrives?|shows?|appears?|comes? through|is sent) (?:as|from|under)"
                          r" (?:me|my (?:own )?(?:name|address|account))\b")
_ASKED = re.compile(r"\b(?:please|pls|plz|kindly|can|could|would|need|needs|want|wants|give|grant|add|remove|set up"
                    r"|bitte|merci|svp|por favor|graag|asap)\b")


def discount_mail_sent_the_wrong_way(text: CleanText, scores: dict[str, float]) -> None:
    """A mailbox the writer sends from, described sending the wrong way with nothing asked, is a fault (in place).

    Read on the whole ticket, not one place at a time: a subject that describes ("Mail from sales@ goes out as me")
    over a body that asks ("please give me Send As") is a request.
    """
    words = f"{text.lower_subject}\n{text.lower_request}"
    if scores["mailbox_access"] > 0 and _SENDS_WRONG.search(words) and not _ASKED.search(words):
        scores["mailbox_access"] = min(scores["mailbox_access"], 1.0)


# A list itself to delete, nobody to take off it: "DL project-phoenix-2019 still exists, project is long over. can it be
# deleted?", "den Verteiler bitte löschen", "supprimer la liste de diffusion", "eliminar la lista de distribución", "de
# distributielijst opheffen". Who may retire a list is its owner's or a person's call; no one's membership changes. Not
# "delete me from the DL" (a person taken off it).
_LIST_TO_DELETE = (rf"{DISTRIBUTION_LIST}[^.!?\n]{{0,40}}?\b(?:be|get|is|to be)\s(?:deleted|removed|retired|decommissioned|archived)\b"
                   rf"|{DISTRIBUTION_LIST}[^?\n]{{0,120}}?\b(?:can|could|should|may) (?:it|this|that|the list|they) (?:please )?be (?:deleted|removed|retired|decommissioned|archived)\b"
                   rf"|\b(?:delete|retire|decommission|archive)\s(?:the\s|this\s|that\s|our\s|an?\s)?(?:old\s|unused\s|obsolete\s|stale\s)?(?:\S+\s)?{DISTRIBUTION_LIST}(?!\S*\s(?:member|entry|from))"
                   rf"|(?<!\baus )(?<!\bvon )\b(?:den|diesen|der|die)\s(?:alten?\s)?{DISTRIBUTION_LIST}\s(?:\S+\s){{0,3}}?(?:l(?:ö|oe)schen|gel(?:ö|oe)scht werden|aufl(?:ö|oe)sen)\b"
                   rf"|\b(?:supprimer|supprimez)\s(?:la|cette)\s(?:ancienne\s)?{DISTRIBUTION_LIST}"
                   rf"|\b(?:eliminar|borrar|eliminad|borrad)\s(?:la|esta)\s(?:antigua\s)?{DISTRIBUTION_LIST}"
                   rf"|{DISTRIBUTION_LIST}\s(?:\S+\s){{0,3}}?opheffen\b")

# A list's or a group's address asked for: "what's the mail address of the planning list?", "wie lautet die Adresse des
# Verteilers?", "quelle est l'adresse de la liste de diffusion ?", "¿cuál es la dirección de la lista?", "wat is het
# adres van de distributielijst?", "DL address for the night shift?". Someone wants to write to it; no one joins it.
_ADDRESS = r"(?:(?:e-?mail|mail)[\s-]?)?(?:address|adresse|adress|direcci(?:ó|o)n|adres)"
_A_LIST_OR_GROUP = rf"(?:{_A_LIST}|\bgroup\b|\bgruppe\b|\bgroupe\b|\bgrupo\b|\bgroep\b|\blijst\b|\bliste\b|\blista\b)"
_LIST_ADDRESS_ASKED = unless_asked(
    rf"\b(?:what'?s|whats|what is|which is|what was|wie lautet|wie hei(?:ß|ss)t|welche|was ist|quelle est|c'est quoi|cu(?:á|a)l es|qu(?:é|e) es"
    rf"|wat is|welk is|wat was)\s(?:die\s|the\s|l'|la\s|het\s|de\s)?{_ADDRESS}\s(?:\S+\s){{0,6}}?{_A_LIST_OR_GROUP}"
    rf"|(?:^|\n)\W*(?:{_A_LIST}|{_A_LIST_OR_GROUP})[\s-]{_ADDRESS}\b[^.!?\n]{{0,40}}\?")

# A list's or group's owner handed from one person to another, its members left as they are: "change the owner of the
# DL from Ann to me", "please make Tom owner instead of me", "Besitzer des Verteilers auf Frau X ändern", "changer le
# propriétaire de la liste", "cambiar el propietario del grupo", "de eigenaar van de groep wijzigen". Who manages the
# list changes; nobody's place on it does, and the new owner is for a person to confirm. Not "make me an owner of the
# team" (an owner added, a membership), nor a change of owner with members added or taken off beside it.
_OWNER = r"(?:owners?|ownership|besitzer(?:in)?|eigent(?:ü|ue)mer(?:in)?|propri(?:é|e)taire|propietari[oa]|due(?:ñ|n)o|eigenaar(?:schap)?)"
_OWNER_HANDED_ON = (
    rf"\b(?:change|changing|transfer|transferring|switch|hand(?:ing)? over|pass|reassign|update)\w*\s(?:the\s|its\s)?{_OWNER}\b"
    rf"|\b{_OWNER}\s(?:of\s(?:\S+\s){{1,4}}?)?(?:(?:be|to be|can be|should be|get|gets|is)\s)?(?:changed|transferred|moved|handed over|reassigned|switched)\b"
    rf"|\b{_OWNER}\s(?:of\s(?:\S+\s){{1,4}}?)?from\s(?:\S+\s){{1,3}}?to\s"
    rf"|\b(?:make|set|put)\s(?:\S+\s){{1,3}}?(?:the\s)?(?:new\s)?{_OWNER}\s(?:\S+\s){{0,4}}?(?:instead of|in place of|rather than)\b"
    rf"|\b{_OWNER}wechsel\b|\b{_OWNER}\s(?:\S+\s){{0,6}}?(?:(?:ä|ae)ndern|wechseln|umstellen|umtragen|(?:ü|ue)bertragen)\b"
    rf"|\b(?:changer|modifier|transf(?:é|e)rer)\s(?:le\s|la\s)?{_OWNER}\b|\b{_OWNER}\s(?:\S+\s){{0,4}}?(?:à ma place|au lieu de moi)"
    rf"|\b(?:cambiar|transferir|traspasar)\s(?:el\s|la\s)?{_OWNER}\b|\b{_OWNER}\s(?:\S+\s){{0,4}}?en (?:lugar|vez) de (?:m(?:í|i)|yo)\b"
    rf"|\b{_OWNER}\s(?:\S+\s){{0,4}}?(?:wijzigen|veranderen|overdragen|overzetten)\b|\b{_OWNER}\s(?:\S+\s){{0,4}}?in plaats van mij\b"
    rf"|\b(?:statt|anstelle von|anstatt) mir\b[^.!?\n]{{0,40}}\b{_OWNER}|\b{_OWNER}\b[^.!?\n]{{0,40}}\b(?:statt|anstelle von|anstatt) mir\b")
# Members added or taken off as well: then the ticket changes memberships too.
_MEMBERS_CHANGED = (r"\b(?:add|remove|take|put|include)\w*\s(?:\S+\s){0,4}?(?:as\s)?(?:new\s)?members?\b"
                    r"|\bmembers?\s(?:\S+\s){0,3}?(?:to add|to remove|added|removed|to be added|to be removed)\b"
                    r"|mitglieder\w*\s(?:\S+\s){0,4}?(?:hinzuf|entfern|aufnehm|austrag)|(?:ajout|retir)\w*\s(?:\S+\s){0,3}?membres?"
                    r"|(?:a(?:ñ|n)ad|quit)\w*\s(?:\S+\s){0,3}?miembros?|leden\s(?:\S+\s){0,3}?(?:toevoegen|verwijderen)")

NOT_ASKED_VETOES: list[Veto] = [
    # "what's the mail address of the night shift list? want to send the rota": an address asked, not a place on it.
    Veto("group_membership", rx(_LIST_ADDRESS_ASKED), 3.0, words("address", "adress", "direcci", "adres")),
    # "DL project-phoenix-2019 still exists, project is long over. can it be deleted?": the list goes, nobody's place.
    Veto("group_membership", rx(_LIST_TO_DELETE), 3.0),
    # "[PRTG] Sensor 'Spooler' on print01: Down ... Gerät: print01 | Gruppe: Druckserver".
    Veto("group_membership", rx(rf"{_MONITOR}[\s\S]{{0,400}}?{_FIELD}|{_FIELD}[\s\S]{{0,400}}?{_MONITOR}"), 3.0),
    Veto("group_membership", rx(_SEND_TO), 2.5),
    Veto("group_membership", rx(_LIST_BOUNCES), 2.5, words("recipient", "list", "dl", "verteiler", "distributielijst")),
    Veto("mailbox_access", rx(_NEW_MAILBOX), 2.5),
    # "please change the owner of dl_x from Ann to me, members stay": who runs the list changes, not who is on it.
    Veto("group_membership", rx(unless(_OWNER_HANDED_ON, _MEMBERS_CHANGED)), 3.0),
]
