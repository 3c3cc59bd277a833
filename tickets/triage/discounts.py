"""What a ticket only seems to ask for: a fault report, a symptom, a vendor's alert.

The scores in rules.py count a category's words wherever they stand; these discounts take back the points a ticket
earned by naming a mailbox, a list, a product or a sign-in while it reports a problem with it, because granting
something that already exists (or resetting on the strength of an alert's wording) is an action nobody asked for.

A program's own message that its licence expired, a machine's licence named by a qualifier or a name, and an owner's
leaving that explains an empty role came from tests/data/triage_holdout40.jsonl, a manufacturer's
(tests/triage/test_leavers_by_name_and_whether_to_act.py). A licence server named as one word or in another language
("Lizenzserver", "serveur de licences") came from set h83, a packaging manufacturer's
(tests/triage/test_symptoms_and_notices.py).
"""

from __future__ import annotations

import re

from tickets.triage.asks_or_reports import (
    ALERT_TEXT,
    FAULT,
    GRANT,
    LICENSE_WORD,
    REQUEST,
    SYMPTOM_NEAR_LIST,
    SYMPTOM_NEAR_MAILBOX,
    SYMPTOM_NEAR_SKU,
)
from tickets.triage.intent_words import REVOKE_SESSIONS, SKU
from tickets.triage.intents import find_intents
from tickets.triage.patterns import SIGN_IN_KINDS
from tickets.triage.text import CleanText

_LICENCE = r"(?:licen[cs]e[sd]?|lizenz(?:en)?|licencias?|licenties?)"
# The licence is there already: what is asked is an installation or a fix ("licence already purchased, please
# install it", "he already has the Visio licence but it won't open").
_LICENCE_ALREADY_THERE = re.compile(
    rf"{_LICENCE} (?:\S+ ){{0,2}}?(?:is |was |has been |have been |are )?already "
    rf"(?:purchased|bought|paid|assigned|there|in place|ordered|active)"
    rf"|already (?:has|have|got|owns?|bought|purchased|assigned) (?:\S+ ){{0,4}}?{_LICENCE}"
    rf"|{_LICENCE} (?:\S+ ){{0,2}}?(?:ist )?(?:bereits|schon) (?:vorhanden|gekauft|zugewiesen|da)"
    rf"|{_LICENCE} (?:\S+ ){{0,2}}?(?:est )?d(?:é|e)j(?:à|a) (?:achet|attribu|pay)\w*"
    rf"|{_LICENCE} (?:\S+ ){{0,2}}?ya (?:est(?:á|a) )?(?:comprad|asignad|pagad)\w*"
    rf"|{_LICENCE} (?:\S+ ){{0,2}}?is al (?:gekocht|toegewezen|betaald)"
    # Held for a while: "I have had the licence since last year", "ich habe die Lizenz seit Jahren", "j'ai la licence
    # depuis", "tengo la licencia desde", "ik heb de licentie al sinds". A fault in a licence held, not one to assign.
    rf"|(?:have|has|'ve) had (?:the |my |a |this |that |his |her )?(?:\S+ )?{_LICENCE}"
    rf"|\bhabe? (?:die |meine |eine |diese )?(?:\S+ )?{_LICENCE} (?:\S+ )?seit\b"
    rf"|\bj'ai (?:la |ma |une |cette )?(?:\S+ )?{_LICENCE} (?:\S+ )?depuis\b"
    rf"|\btengo (?:la |mi |una |esta )?(?:\S+ )?{_LICENCE} (?:\S+ )?desde\b"
    rf"|\bheb (?:de |mijn |een |deze )?(?:\S+ )?{_LICENCE} (?:\S+ )?(?:al )?sinds\b"
)
# Held now, said beside a fault: "I have a Pro licence, the report still shows nothing", "ich habe eine
# Pro-Lizenz, aber ...", "j'ai une licence Pro", "tengo una licencia Pro", "ik heb een Pro-licentie, maar ...". The
# licence is there; what fails is for a person to look at. Not "can I have a Pro licence?" (asked for), "I have
# a question about my licence", "I have no licence", "I have a new starter who needs a licence", nor the German and
# Dutch past tense ("ich habe eine Lizenz beantragt"), whose verb comes after it.
# A change from the licence held is asked all the same ("I have an F3 licence, can you upgrade me?"). So is one from a
# counted stock ("we have 3 Visio licences with people who are gone", "wir haben 4 Lizenzen übrig"): the firm's pool
# of seats, which a change moves between people, not one person's licence beside a fault.
_COUNTED = (r"(?:\d+|two|three|four|five|six|several|some|spare|unused|zwei|drei|vier|f(?:ü|ue)nf|mehrere"
            r"|deux|trois|quatre|plusieurs|dos|tres|cuatro|varias|twee|drie|vier|meerdere)\b")
_LICENCE_HELD_NOW = re.compile(
    rf"(?<!can )(?<!could )(?<!may )(?<!would )(?<!shall )(?<!to )\b(?:i|we) (?:have|'ve got|own) "
    rf"(?:a |an |the |my |our )?(?!(?:no|not|question|request|problem|issue|query)\b|{_COUNTED})"
    rf"(?:(?!(?:who|that|needs?|for|without)\b)[\w-]+ ){{0,3}}?{_LICENCE}\b(?! (?:request|question|problem|issue))"
    rf"|\b(?:ich|wir) (?:habe|haben) (?!{_COUNTED})(?:eine |die |meine |unsere )?(?:[\w-]+ )?[\w-]*{_LICENCE}"
    rf"(?=\s*(?:[,.;!]|$|und\b|aber\b))"
    rf"|\b(?:j'ai|nous avons) (?!{_COUNTED})(?:une |la |ma |notre )?(?:[\w-]+ )?{_LICENCE}\b"
    rf"(?! (?:(?:à|a) demander|demand))"
    rf"|\b(?:tengo|tenemos) (?!{_COUNTED})(?:una |la |mi |nuestra )?(?:[\w-]+ )?{_LICENCE}\b"
    rf"(?! (?:pendiente|solicitad))"
    rf"|\b(?:ik heb|wij hebben|we hebben) (?!{_COUNTED})(?:een |de |mijn |onze )?(?:[\w-]+ )?[\w-]*{_LICENCE}"
    rf"(?=\s*(?:[,.;!]|$|en\b|maar\b))"
)
_CHANGE_FROM_IT = re.compile(r"upgrad|downgrad|switch|swap|\bchang|\bmove (?:me|him|her|us)\b|wechsel|umstell|hochstuf"
                             r"|passer (?:à|a)|mettre (?:à|a) niveau|cambi|actualiz|overstap|overzet|wijzig|ophog")
# A licence for a machine or with an installation: a software install on a device, not a licence assigned to a
# person's account in the directory (those follow the person, not the PC). Only "licence for my PC" itself: in "no
# licence for Office on this laptop, could you give me one?" the licence is the person's, the laptop where it shows.
_LICENCE_FOR_A_DEVICE = re.compile(
    rf"{_LICENCE} (?:for|on|f(?:ü|ue)r|auf|pour|sur|para|en|voor|op) (?:my |his |her |the "
    rf"|this |that |their |our |mein\w* |sein\w* |ihr\w* |den |dem |mon |son |le |ce |mi |su |el |este |mijn |zijn "
    rf"|haar |de |deze )?"
    # A qualifier before the machine ("on the lab PC", "auf dem Labor-Rechner", "sur le poste atelier") or its name
    # ("on QC-PC-03", "auf PC-LAB-12"): a machine's licence all the same.
    rf"(?:(?!(?:my|his|her|the|this|that|their|our)\b)[\w-]+ )?"
    rf"(?:pc|laptop|computer|desktop|machine|workstation|notebook|rechner|ordinateur|poste|ordenador|equipo)\b"
    rf"|{_LICENCE} (?:\S+ ){{0,3}}?(?:on|auf|sur|en|op) [a-z]*-?pc-?[a-z0-9-]*\d\b"
    rf"|\bhostname_\d+|\b(?:needs?|wants?|requests?|please|pls) (?:\S+ ){{0,3}}?install(?:ed|ing)?\b"
    # The install asked as something to have done: "could I have SPSS installed", "can we get it installed", "bitte
    # installieren lassen", "faire installer", "laten installeren".
    rf"|\b(?:have|get|had|got) (?:\S+ ){{0,3}}?installed\b|\binstallier(?:en|t) (?:lassen|bekommen)\b"
    rf"|\bfaire installer\b|\blaten installeren\b"
)
# An application's own message about its licence: a symptom to look at (an activation, a licence server, a sign-in),
# not a person asking for a licence ("Acrobat says the trial has expired", "no license available for all users").
_APP_REPORTS_LICENCE = re.compile(
    rf"(?:no|keine|aucune|ninguna|geen) {_LICENCE} (?:\S+ )?(?:available|found|verf(?:ü|ue)gbar|disponible|beschikbaar)"
    rf"|{_LICENCE} server"
    # The server that hands out a program's floating licences, as one word or in another language:
    # "Lizenzserver nicht erreichbar", "licence-server down", "serveur de licences", "servidor de licencias",
    # "licentieserver", "the FlexLM service does not answer". An outage for a person to look at. Not a "licence
    # manager", who may be the person asking for one.
    rf"|{_LICENCE}-?(?:server|dienst)\w*|\bflexlm\b|\bserveur (?:de |des )?licences?\b"
    rf"|\bservidor(?:es)? de licencias?\b|\blicen[cs]ing (?:server|service)\b"
    rf"|trial (?:has |version )?(?:expired|ended)|testversion (?:ist )?abgelaufen"
)
# A licence key, a product key or a serial: a program installed on a machine asks for its own activation code, which
# is a software install to look at, never a licence assigned to the person in the directory. Unless the program is
# one whose licence the directory does assign: Office asking for a key is its subscription not being found on the
# account (the dev set's convention: "Office unlicensed / activate now" is a licence ticket).
_LICENCE_KEY = re.compile(
    rf"{_LICENCE} ?(?:key|code|number|file)s?\b|product ?keys?\b|serial (?:key|number)|activation (?:key|code)"
    rf"|lizenzschl(?:ü|ue)ssel|produktschl(?:ü|ue)ssel|cl(?:é|e) (?:de licence|de produit|d'activation)"
    rf"|clave de (?:licencia|producto|activaci(?:ó|o)n)|licentiesleutel|productsleutel"
)
# The licence as a piece of hardware plugged into the machine: a dongle, a USB or hardware key, which is found,
# shipped or replaced on the desk, never assigned in the directory, whatever else the ticket names ("the dongle sent to
# the Leeds office never arrived": an office that is a place, not the product).
_LICENCE_HARDWARE = re.compile(
    r"\bdongles?\b|\b(?:usb|hardware)[\s-]?(?:licen[cs]e[\s-]?)?(?:key|stick|token)s?\b|lizenz-?(?:stecker|dongle|stick)"
    r"|cl(?:é|e) (?:usb|mat(?:é|e)rielle) de licence|llave (?:usb|hardware|de hardware) de licencia"
    r"|licentie-?(?:dongle|stick)"
)
# A licence said run out, as a program installed on a machine says it: "Minitab says 'license has expired'",
# "Lizenz ist abgelaufen", "licence expirée", "licencia caducada", "licentie verlopen". Only for a program the
# directory does not license (below): its licence is renewed on the machine or its server by a person, never assigned
# to an account.
# The program itself must say so ("says", "meldet", "affiche", "dice", "zegt"): a bare "client licence expired" may be
# the person's subscription.
_LICENCE_EXPIRED = re.compile(
    r"\b(?:says?|saying|shows?|showing|displays?|message|pop-?up|prompt|meldet|zeigt|sagt|meldung|affiche|indique|dice"
    r"|muestra|zegt|toont|geeft aan|melding)\b[^.!?\n]{0,40}?"
    rf"(?:{_LICENCE} (?:\S+ ){{0,2}}?(?:has |is |was |ist |war |est |a |ha |is )?"
    rf"(?:expired|run out|abgelaufen|ausgelaufen|expir(?:é|e)e?|caducad[oa]|vencid[oa]|caduc(?:ó|o)|venci(?:ó|o)"
    rf"|verlopen)\b"
    rf"|\b(?:expired|abgelaufene?) {_LICENCE})"
)
_DIRECTORY_LICENSED = re.compile(
    rf"\b(?:office|microsoft|m365|o365|365|outlook|teams|windows|excel|powerpoint|onenote|sharepoint|onedrive)\b|{SKU}")
# Asked in so many words: from one product to another.
# A change between named products, or licences held now taken from people named (said_briefly.py): a change asked,
# however plainly the licence is said to be there.
_EXPLICIT_CHANGE = {"sku change", "sku swap", "licence taken from people named"}


# "Can you check?", "please look into it", "bitte prüfen": asked to diagnose, which is a request for nobody's right.
_ONLY_LOOK_INTO = re.compile(
    r"(?:\bplease|\bpls|\bkindly|can you|could you|can someone|can somebody|\bbitte|merci de|pouvez-vous|por favor"
    r"|kunnen jullie|kun je|kunt u)\s(?:\S+\s)?(?:check|look|investigate|have a look|find out|see why|see what"
    r"|pr(?:ü|ue)fen|nachsehen|schauen|v(?:é|e)rifier|regarder|revisar|comprobar|controleren|kijken)\w*"
    r"(?:\s(?:into|at)\s(?:it|this|that))?(?:,?\s(?:please|pls|bitte))?"
    r"|(?:check|look into|investigate)\w* (?:it|this|why|what)\b(?:,? please)?"
    r"|\b(?:bitte )?(?:pr(?:ü|ue)fen|nachsehen)\b"
)

# The requester's own sign-in: what a vendor's forwarded alert about a blocked sign-in seems to ask for.
SELF_SERVICE = ("password_reset", "account_unlock", "mfa_reset", "session_revoke")


def discount_faults_and_alerts(text: CleanText, scores: dict[str, float]) -> None:
    """Lower the categories a fault report or a forwarded alert only seems to ask for (in place)."""
    asked = f"{text.lower_subject}\n{text.lower_request}"
    if scores["group_membership"] > 0 or scores["mailbox_access"] > 0:
        if FAULT.search(asked) and not REQUEST.search(asked):
            # A fault report that mentions a drive or mailbox is a problem to diagnose, not a grant to make.
            for category in ("group_membership", "mailbox_access"):
                scores[category] -= 1.0
        if SYMPTOM_NEAR_MAILBOX.search(asked) and not GRANT.search(asked):
            # "The shared mailbox is not syncing": the mailbox is there and misbehaves; nobody asked for a right.
            for category in ("group_membership", "mailbox_access"):
                scores[category] -= 2.5
    if scores["group_membership"] > 0 and SYMPTOM_NEAR_LIST.search(asked) and not REQUEST.search(
            _ONLY_LOOK_INTO.sub(" ", asked)):
        # "Not receiving the mails sent to the DL" with nothing asked, or only asked to be looked into ("can you
        # check?"): maybe a membership, maybe mail flow; a person diagnoses it before anyone is added.
        scores["group_membership"] -= 2.5
    if scores["license_change"] > 0 and SYMPTOM_NEAR_SKU.search(asked) and not LICENSE_WORD.search(asked):
        # "Visio crashes when I open the plan": a product named in a fault report is not a licence to assign.
        scores["license_change"] -= 2.0
    if (any(scores.get(c, 0.0) > 0 for c in SELF_SERVICE) and ALERT_TEXT.search(text.lower_all)
            and not _asks_for_a_named_colleague(text)):
        # A vendor's alert about a blocked or unusual sign-in (usually forwarded as it came) is a possible
        # compromise for a person to read: never an autonomous reset or unlock on the strength of its wording.
        for category in SELF_SERVICE:
            if category in scores and not (category == "session_revoke" and _asks_for_a_sign_out(text)):
                scores[category] -= 3.0


# Something failing in an application ("check-in fails with 'locked by another user'", "the job errors out").
# A workflow stuck on its way is one too ("the approval is stuck at my manager, who left", "hängt bei", "coincé chez",
# "atascada en", "blijft hangen bij"): the leaver is why it waits, and what is asked is the step moved on.
_FAILS = re.compile(
    r"\b(?:fails?|failed|failing|errors?|crash\w*|fehler\w*|schl(?:ä|ae)gt fehl|(?:é|e)choue|erreur|falla"
    r"|stuck|h(?:ä|ae)ngt (?:\S+ )?(?:bei|fest)|feststeck\w*|coinc(?:é|e)e?s?|atascad[oa]s?"
    r"|blijft (?:\S+ )?hangen|vastgelopen)\b")


def discount_leaver_named_as_a_cause(text: CleanText, scores: dict[str, float], fired: dict[str, set[str]]) -> None:
    """A leaver named only to explain an application's failure, with nothing asked, is a fault to diagnose (in place).

    "Check-in fails with 'object locked by another user', but that user left the company": the leaver is why the
    object stays locked, and no word asks to close their account; an HR notice ("Tom left on Friday") names no failure.
    """
    if fired["offboarding"] != {"leaver"} or scores["offboarding"] <= 0:
        return
    asked = f"{text.lower_subject}\n{text.lower_request}"
    if ((_FAILS.search(asked) and not REQUEST.search(asked)) or _ROLE_LEFT_EMPTY.search(asked)
            or _HELD_BY_LEAVER.search(asked) or _HELD_BY_THEM.search(asked)
            or (_LEAVERS_RECORD.search(asked) and _REFUSED.search(asked)) or _SECRET_LEFT_WITH_THEM.search(asked)):
        scores["offboarding"] = min(scores["offboarding"], 1.0)


# A shared secret nobody left knows, because the one who kept it is gone: "nobody knows the certificate's password any
# more, the colleague who had it left", "kennt keiner mehr das Passwort", "personne ne connaît le mot de passe", "nadie
# sabe la contraseña", "niemand weet het wachtwoord". The leaving explains the lost secret; what is asked is how to
# recover or replace it, no account to close (set h98, an accounting firm's).
_SECRET = r"(?:password|passphrase|pin|passwort|kennwort|mot de passe|contrase(?:ñ|n)a|clave|wachtwoord)"
_SECRET_LEFT_WITH_THEM = re.compile(
    rf"\b(?:nobody|no one|no-one|none of us)\s(?:\S+\s){{0,2}}?(?:knows|remembers|has|knew)\s"
    rf"(?:\S+\s){{0,3}}?{_SECRET}\b"
    rf"|\b(?:kennt|wei(?:ß|ss)|hat)\s(?:\S+\s)?(?:keiner|niemand)\s(?:\S+\s){{0,3}}?{_SECRET}|\b{_SECRET}\s(?:\S+\s){{0,4}}?(?:kennt|wei(?:ß|ss))\s(?:\S+\s)?(?:keiner|niemand)\b|\b(?:keiner|niemand)\s(?:\S+\s){{0,2}}?(?:kennt|wei(?:ß|ss))\s(?:\S+\s){{0,3}}?{_SECRET}"
    rf"|\bpersonne ne (?:conna(?:î|i)t|sait|se souvient|a)\s(?:\S+\s){{0,3}}?{_SECRET}"
    rf"|\bnadie\s(?:\S+\s)?(?:sabe|conoce|recuerda|tiene)\s(?:\S+\s){{0,3}}?{_SECRET}"
    rf"|\bniemand\s(?:\S+\s)?(?:weet|kent|heeft)\s(?:\S+\s){{0,3}}?{_SECRET}")


# Things in an application held by the one who left, their release asked: "the drawings are checked out to a user who
# left, can someone release them?", "von einem ausgeschiedenen Kollegen ausgecheckt", "réservés par ... freigeben",
# "reservados por ...", "uitgecheckt door ...". What is asked is the things freed; no account is to close.
_HELD_BY_THEM = re.compile(
    r"\b(?:borrowed|checked[\s-]out|reserved|locked|held|owned|claimed|in use"
    r"|ausgeliehen|ausgecheckt|reserviert|gesperrt|belegt|emprunt(?:é|e)e?s?|r(?:é|e)serv(?:é|e)e?s?|verrouill(?:é|e)e?s?|prestad[oa]s?|reservad[oa]s?|bloquead[oa]s?|geleend|uitgecheckt"
    r"|gereserveerd|vergrendeld)\s(?:\S+\s)?(?:by|to|von|durch|par|por|door)\s"
    r"[\s\S]{0,200}?\b(?:release|free|unlock|check (?:them |it )?in|relinquish"
    r"|freigeben|freigegeben|entsperren|einchecken|lib(?:é|e)rer"
    r"|d(?:é|e)verrouiller|liberar|desbloquear|vrijgeven|ontgrendelen|inchecken)\b")


# A record of the leaver's own that a workflow step cannot close now they are gone: "I can't approve the last
# timesheet of Ben, who left", "die Spesen von Frau Roth lassen sich nicht freigeben, sie ist ausgeschieden",
# "impossible de valider la note de frais de Paul, parti", "no puedo aprobar las horas de Ana, que se fue", "de uren van
# Piet kan ik niet goedkeuren, hij is uit dienst". The leaving explains why the application refuses; what is asked
# (often with a deadline, "payroll needs it") is that step, for a person in the application (holdout56).
_LEAVERS_RECORD = re.compile(
    r"\b(?:time ?sheets?|hours|expenses?|expense (?:claims?|reports?)|leave requests?|holiday requests?|absences?"
    r"|appraisals?|payslips?|invoices?|purchase orders?"
    r"|stundenzettel\w*|zeiterfassung|stunden|spesen\w*|reisekosten\w*|urlaubsantr(?:a|ä)g\w*"
    r"|feuilles? de (?:temps|pr(?:é|e)sence)|notes? de frais|demandes? de cong(?:é|e)s?"
    r"|hojas? de horas|horas|gastos|solicitud(?:es)? de vacaciones"
    r"|urenstaten?|uren|declaraties?|onkostennota'?s?|verlofaanvra\w*)\b"
)
# The step refused: the writer cannot do it, or the application calls the person inactive.
_REFUSED = re.compile(
    r"\b(?:cannot|can'?t|can not|unable to|not able to|won'?t let me|doesn'?t let me"
    r"|kann (?:ich )?(?:\S+ )?nicht|lassen sich nicht|l(?:ä|ae)sst sich nicht"
    r"|impossible de|(?:je )?ne (?:peux|parviens) pas|n'arrive pas|no puedo|no me deja"
    r"|kan (?:ik )?(?:\S+ )?niet|lukt niet|inactive|inaktiv|deaktiviert|inactif|inactivo|inactief)\b"
)


# The one who left named by the role they held: "the only owner (Phil) retired and now nobody can add people", "der
# Besitzer des Teams ist in Rente", "l'administrateur du site est parti", "el propietario se jubiló", "de eigenaar is
# vertrokken". The leaving explains a role left empty; what is asked is that role for someone (a person hands it on).
_ROLE_LEFT_EMPTY = re.compile(
    r"\b(?:only |sole |last |former |previous |old )?(?:owners?|admins?|administrators?|approvers?|besitzer\w*"
    r"|inhaber\w*|eigent(?:ü|ue)mer\w*|administrat(?:or|eur)\w*|propri(?:é|e)taire|propietari[oa]|eigenaar|beheerder)\b"
    r"(?: \([^)\n]{1,40}\))?[^.!?\n]{0,30}?\b(?:retired|left|has left|is gone|went|departed|in rente|in den ruhestand"
    r"|ausgeschieden|nicht mehr da|est parti|a quitt|est (?:à|a) la retraite|se jubil(?:ó|o)|se fue|ya no est(?:á|a)"
    r"|is vertrokken|met pensioen|uit dienst)"
)


# A thing still held by the one who left: "the file is checked out by Ann, who left in May", "von Herrn X ausgecheckt,
# der nicht mehr bei uns ist", "extrait par Y qui a quitté la société", "bloqueado por Z, que ya no está", "uitgecheckt
# door W die vertrokken is". The leaving explains why the thing is stuck; what is asked is the thing released (a
# check-in, a lock lifted), which its owner's administrator does. Found on triage_holdout54.jsonl (a manufacturer's).
# German says the holder gone as "nicht mehr im Haus" too, a few words after the pronoun ("von Benutzer X gesperrt, der
# ist aber seit gestern nicht mehr im Haus"): set h73's, an automotive parts supplier's.
# German and Dutch may put the participle after its agent ("von Frau Roth gesperrt, die ...", "door Jan uitgecheckt").
_HELD = (r"(?:checked out|locked|opened|reserved|held|blocked|ausgecheckt|gesperrt|ge(?:ö|oe)ffnet|blockiert|reserviert"
         r"|extrait|verrouill(?:é|e)e?|bloqu(?:é|e)e?|ouvert|r(?:é|e)serv(?:é|e)e?|desprotegid[oa]|bloquead[oa]|abiert[oa]|reservad[oa]"
         r"|uitgecheckt|vergrendeld|geblokkeerd|geopend|gereserveerd)")
_HELD_BY_LEAVER = re.compile(
    rf"(?:\b{_HELD}\s(?:by|von|vom|par|por|door)\s[^.!?\n]{{1,40}}?"
    rf"|\b(?:von|vom|door)\s[^.!?\n]{{1,40}}?\b{_HELD}\b,?\s(?:\S+\s)?)"
    r"\b(?:who|that|der|die|qui|que|quien|dat)\s(?:\S+\s){0,5}?(?:left|has left|retired|is gone|no longer works"
    r"|is no longer|ausgeschieden|nicht mehr (?:da|bei uns|im (?:haus|hause|unternehmen|betrieb|werk)|in der firma)"
    r"|in rente|a quitt(?:é|e)|est parti|n'est plus|se fue"
    r"|se jubil(?:ó|o)|ya no (?:est(?:á|a)|trabaja)|vertrokken|weg is|uit dienst|niet meer)"
)


# A message the writer copies from a screen or a log ("i get 'you do not have permission to send on behalf ...'",
# "error 'access is denied'"): the system's words, not the writer's, so they ask for nothing.
# An apostrophe between letters ("don't") stays inside the message.
_QUOTED_MESSAGE = re.compile(
    r"(?<!\w)['\"\u201c\u2018](?:[^'\"\u201d\u2019\n]|(?<=\w)['\u2019](?=\w)){3,160}['\"\u201d\u2019](?!\w)")
# A mailbox that fails on a phone or tablet is a device's mail set-up (the dataset's convention: a new phone for
# e-mail is `other`), not a right to grant.
_MAILBOX_ON_A_DEVICE = re.compile(
    r"(?:can'?t|cannot|unable to|not able to|won'?t|doesn'?t|does not|not)\s(?:\S+\s){0,3}?(?:add|see|sync|set up|"
    r"setup|configure|show|open|load|work)\w*[^.!?\n]{0,40}\b(?:on|to|in) (?:my |the |his |her )?"
    r"(?:iphone|phone|mobile|ipad|android|smartphone|handy|tablet)\b")


def discount_failures_nobody_asked_about(text: CleanText, scores: dict[str, float]) -> None:
    """A failure reported with nothing asked in the writer's own words is a fault to diagnose (in place).

    "Backup job failed: error 'access is denied' on \\\\srv\\d$", "when sending from the shared mailbox i get 'you do
    not have permission to send on behalf'": the access words are the system's, the writer asks for no right, and
    granting one is an action nobody asked for. A mailbox that fails only on a phone is the phone's set-up.
    """
    if scores["group_membership"] <= 0 and scores["mailbox_access"] <= 0:
        return
    asked = _QUOTED_MESSAGE.sub(" ", f"{text.lower_subject}\n{text.lower_request}")
    on_a_device = _MAILBOX_ON_A_DEVICE.search(asked)
    if on_a_device:  # "cannot add it on my iphone": the verb of the failure is no request
        asked = _MAILBOX_ON_A_DEVICE.sub(" ", asked)
    if (on_a_device or _FAILS.search(asked)) and not REQUEST.search(asked) and "?" not in asked:
        for category in ("group_membership", "mailbox_access"):
            scores[category] = min(scores[category], 1.0)


def _asks_for_a_sign_out(text: CleanText) -> bool:
    """'Got an alert about a sign-in from abroad, that wasn't me: please revoke all my sessions': the requester asks
    for the sign-out in their own words. Signing an account out does no harm even if the alert was a lure (unlike a
    reset, whose new password goes somewhere), so their request stands; an alert's 'review your sessions' speaks to
    'you' and keeps the discount."""
    request = text.lower_request
    if _YOUR.search(request) or _YOUR_FORMAL.search(text.request) or not REQUEST.search(request):
        return False
    return bool(REVOKE_SESSIONS.search(request))


def _asks_for_a_named_colleague(text: CleanText) -> bool:
    """'Priya Shah clicked a phishing link. Please sign her out everywhere and reset her password': a colleague's
    report that names the person and asks for the sign-out or reset in so many words. A vendor's alert ('if this
    wasn't you, reset your password') names no one, and the writer's own 'I clicked a phishing link' stays with a
    person too: both keep the discount."""
    request = text.lower_request
    if _YOUR.search(request) or _YOUR_FORMAL.search(text.request) or not REQUEST.search(request):
        return False
    return any(i.kind in _ALERT_KINDS and i.target_name for i in find_intents(text))


_ALERT_KINDS = ("reset_password", "revoke_sessions", "unlock_account", "reset_mfa")
# An alert speaks to the account's owner ("your account", "Ihr Konto", "votre compte", "su cuenta", "uw account").
_YOUR = re.compile(r"\b(?:your|yours|dein\w*|votre|vos|tu cuenta|su cuenta|uw|jouw)\b")
# German "Ihr Konto" is an alert's "your account" only with its capital: "ihr Passwort" is a colleague's ("her").
_YOUR_FORMAL = re.compile(r"\bIhr(?:e|en)? (?:Konto|Passwort|Kennwort|Anmeld\w*)")


def discount_licence_mentions(text: CleanText, scores: dict[str, float], fired: dict[str, set[str]]) -> None:
    """Lower license_change where the ticket names a licence without asking for one to be assigned (in place).

    "Office says unlicensed product", "Acrobat says the licence expired, only on this PC", "minitab needs installing,
    licence already purchased", "need a Visio licence for my PC": a symptom, a licence already there, or software for
    a machine. Each is a person's job (activation, installation, a licence server), and assigning a licence on its
    strength changes an account nobody asked to change. A change between two named products stays a request.
    """
    signals = fired["license_change"]
    if scores["license_change"] <= 0 or signals & _EXPLICIT_CHANGE:
        return
    if "unlicensed" in signals and not signals & {"licence request", "sku request"}:
        # An app's "unlicensed product" is a symptom for a person to look at unless someone asks for a licence.
        scores["license_change"] -= 2.0
        return
    asked = f"{text.lower_subject}\n{text.lower_request}"
    if (_LICENCE_ALREADY_THERE.search(asked) or _LICENCE_FOR_A_DEVICE.search(asked)
            or (_LICENCE_HELD_NOW.search(asked) and not _CHANGE_FROM_IT.search(asked))
            or _APP_REPORTS_LICENCE.search(asked) or _LICENCE_HARDWARE.search(asked)
            or ((_LICENCE_KEY.search(asked) or _LICENCE_EXPIRED.search(asked))
                and not _DIRECTORY_LICENSED.search(asked))):
        # However plainly it is worded ("need a Visio licence for my PC"), at most a hint: a person reads it.
        scores["license_change"] = min(scores["license_change"], 1.0)


# "the complaints@ inbox", "die Adresse info@ als Postfach": an address the writer calls a mailbox.
_ADDRESS_CALLED_A_MAILBOX = re.compile(
    r"[\w.+-]+@(?:[\w-]+\.[\w.-]+)?\s?(?:shared\s)?(?:inbox|mail\s?box|postfach|postvak|bo(?:î|i)te|buz(?:ó|o)n)")


def discount_address_called_a_mailbox(text: CleanText, scores: dict[str, float], fired: dict[str, set[str]]) -> None:
    """An address read as a list to join or leave is a mailbox when the ticket calls it one anywhere (in place).

    "Subject: Take Ravi off complaints@ / Take Ravi off the complaints@ inbox": the subject alone reads as a list's
    membership; the body says which object it is. Changing a list's members on a mailbox's ticket is the wrong action.
    """
    if fired["group_membership"] <= {"list or address membership"} and scores["group_membership"] > 0 and (
            _ADDRESS_CALLED_A_MAILBOX.search(text.lower_all)):
        scores["group_membership"] = min(scores["group_membership"], 1.0)


# What the writer was told or shown, retold: "got an email saying a sign-in to my account was blocked", "received a
# text that my password was changed", "I keep getting MFA prompts I didn't request". A notice or a prompt someone else
# set off is a possible compromise for a person to look at, not a reset, unlock or re-enrolment to run on its wording.
# Its sender may take a few words ("from 'microsoft team'"), and what it says may follow as a that-clause or a demand
# ("an email from IT support that i need to reset my password within 24h", "asking me to confirm my password"); beyond
# English: "habe eine Mail von Microsoft bekommen, dass ich mein Passwort ändern muss", "reçu un mail me demandant de
# réinitialiser", "recibí un correo diciendo que", "kreeg een mail dat mijn wachtwoord verloopt" (h77).
_NOTICE_RETOLD = re.compile(
    r"\b(?:got|get|getting|received|receive|receiving|had)\s(?:an?\s|some\s|this\s|these\s|\d+\s|several\s)?(?:\w+\s)?"
    r"(?:e-?mails?|texts?|sms|messages?|notifications?|alerts?|warnings?)\s(?:from\s(?:\S+\s){1,3}?)?"
    r"(?:saying|that says|that said|stating|telling (?:me|us)|to say|about|claiming|asking (?:me |us )?to"
    r"|that (?:i|we|my|our|the|your|it)\b)"
    r"|\b(?:e-?mail|mail|nachricht|sms|benachrichtigung|meldung)\s(?:von\s(?:\S+\s){1,3}?)?(?:bekommen|erhalten|gekriegt),?\s"
    r"(?:dass|wonach|in der|mit der aufforderung)\b"
    r"|\b(?:bekam|erhielt|kriegte)\s(?:eine|die|diese)\s(?:\S+\s)?(?:e-?mail|mail|nachricht|sms)\s(?:\S+\s){0,3}?(?:dass|wonach)\b"
    r"|\bre(?:ç|c)u\s(?:un|une|des)\s(?:e-?mails?|mails?|courriels?|messages?|sms|notifications?)\s(?:\S+\s){0,3}?"
    r"(?:disant|qui dit|indiquant|me demandant|demandant)\b"
    r"|\b(?:recib(?:í|i)|me lleg(?:ó|o)|he recibido)\s(?:un|una)\s(?:correo|e-?mail|mensaje|sms|notificaci(?:ó|o)n)\s"
    r"(?:\S+\s){0,3}?(?:diciendo|que dice|que dec(?:í|i)a|pidiendo|indicando)\b"
    r"|\b(?:kreeg|ontving)\s(?:een|de)\s(?:e-?mail|mail|bericht|sms|melding)\s(?:\S+\s){0,3}?"
    r"(?:dat|waarin|met de vraag)\b"
    r"|\b(?:e-?mail|mail|bericht|sms|melding)\s(?:van\s(?:\S+\s){1,3}?)?(?:gekregen|ontvangen),?\s"
    r"(?:dat|waarin|met de vraag)\b"
)
# A word may stand between the factor and its prompts ("approval pushes from Authenticator nobody started", "sign-in
# approval pushes I never started"), and the same is said beyond English: "MFA-Anfragen, die ich nicht ausgelöst habe",
# "des demandes MFA que je n'ai pas faites", "solicitudes de MFA que no he hecho", "MFA-verzoeken die ik niet heb
# gedaan" (set h138).
_PROMPTS_UNASKED = re.compile(
    r"\b(?:mfa|2fa|authenticator|approval|approve|sign-?in|log-?in|push|verification)\s(?:\S+\s)?(?:prompts?|requests?"
    r"|notifications?|codes?|pushes)\b[^.!?\n]{0,40}?\b(?:i\s|that i\s|which i\s)?(?:didn'?t|didnt|did not|never"
    r"|haven'?t|not)\s(?:request|ask|initiate|trigger|start|make)\w*"
    r"|\b(?:mfa|2fa|authenticator)[\s-]?(?:\S+[\s-])?(?:anfragen|anforderungen|benachrichtigungen|push\w*|verzoeken"
    r"|meldingen|aanvragen)\b[^.!?\n]{0,40}?\b(?:die|welche) (?:ich|ik) (?:\S+ )?(?:nicht|niet|nie|nooit) (?:\S+ )?"
    r"(?:ausgel(?:ö|oe)st|angefordert|gestartet|gemacht|aangevraagd|gedaan|gestart)"
    r"|\b(?:demandes?|notifications?|invites?|solicitudes|notificaciones|peticiones)\s(?:de\s|d')?(?:\S+\s)?(?:mfa|2fa"
    r"|authenticator)\b[^.!?\n]{0,40}?\bque (?:je n'ai pas|no (?:he|hice|ped(?:í|i)))\s?(?:faites?|demand(?:é|e)e?s?"
    r"|d(?:é|e)clench(?:é|e)e?s?|initi(?:é|e)e?s?|hecho|solicitado|pedido|iniciado)?"
    r"|\b(?:unexpected|unrequested|random|unsolicited|strange|weird)\s(?:mfa|2fa|authenticator|approval|sign-?in|log-?in"
    r"|push|verification)\s(?:prompts?|requests?|notifications?|codes?|pushes)\b"
)
# Asked in words beyond the retelling: "please reset it", "can you unlock me", "sign me out everywhere".
# Beyond English the plea's own words: "bitte", "merci de", "por favor", "graag", "können Sie", "pouvez-vous".
_ASKS_BESIDE = re.compile(
    r"\bplease\b|\bpls\b|\bplz\b|can you|could you|can i (?:get|have)|\b(?:i |we )?(?:need|want|would like)\s"
    r"(?:a |my |it |to )?(?:reset|unlock|new|change|block|sign|re-?register|re-?enrol|lock)"
    r"|\bbitte\b|k(?:ö|oe)nn(?:en|t) (?:sie|ihr|du)\b|\bmerci de\b|pouvez-vous|pourriez-vous"
    r"|\bpor favor\b|\bpod(?:é|e)is\b"
    r"|\bgraag\b|kunnen jullie|kunt u|kun je"
)

# The sign-in's words outside the retold sentence: the writer says it themselves.
_OWN_WORDS_OF_SIGN_IN = re.compile(
    r"lock|password|passwort|kennwort|\bmfa\b|2fa|authenticator|sign[\s-]?in|log[\s-]?in"
    r"|mot de passe|contrase(?:ñ|n)a|wachtwoord|gesperrt|bloqu|geblokkeerd|anmeld|connexion"
    r"|inicio de sesi|aanmeld|inlog")

# The retold notice up to its clause's end: what it demands ("that i need to reset my password within 24h") is its
# sender's, not a plea of the writer's; a plea after a comma ("..., please reset it") stays the writer's own.
_TOLD_CLAUSE = re.compile(rf"(?:{_NOTICE_RETOLD.pattern})[^.,;!?\n]*")
_TOLD = re.compile(rf"[^.,;!?\n]*(?:{_NOTICE_RETOLD.pattern}|{_PROMPTS_UNASKED.pattern})[^.!?\n]*")


def discount_notices_retold(text: CleanText, scores: dict[str, float]) -> None:
    """Lower the self-service categories a retold notice or an unasked prompt only names, when nothing is asked."""
    asked = f"{text.lower_subject}\n{text.lower_request}"
    if not (_NOTICE_RETOLD.search(asked) or _PROMPTS_UNASKED.search(asked)):
        return
    if _ASKS_BESIDE.search(_PROMPTS_UNASKED.sub(" ", _TOLD_CLAUSE.sub(" ", asked))):
        return
    if _OWN_WORDS_OF_SIGN_IN.search(_TOLD.sub(" ", text.lower_request)):
        return  # "I'm locked out, got an email saying too many attempts": the writer's own report, the notice aside
    for category in SIGN_IN_KINDS:
        if scores.get(category, 0.0) > 0:
            scores[category] -= 3.0
