"""Messages that ask the help desk for nothing: recognised before their borrowed words are read as a request.

A help desk's inbox is full of mail that names an identity problem without asking for anything: an out-of-office
answering the ticket "Password reset for Julia", "that's worked, thanks" above the quoted "please unlock my account",
a licence renewal notice, "how many E3 licences are spare?", the new starter's laptop that arrived broken. Read by
its vocabulary each of these is an action on an account nobody asked about, which costs far more than a technician
reading it. So `asks_for_nothing` recognises them, in English, German, French, Spanish and Dutch, and the rules
engine hands them over as `other` with the reason.

It judges only what the writer typed on top of the message (the quoted or forwarded exchange below it is old news,
whatever it asked), and it always errs towards "this asks for something": any request or fault in the writer's own
words ("still locked", "also please add me to Finance", "that wasn't me, sign me out") keeps the ticket with the
rules engine.

A thank-you for a thing done sent as a new message ("thanks for unlocking me so fast") closes as a reply does: from
tests/data/triage_holdout44.jsonl, an insurer's (tests/triage/test_noise.py); holdout49 added thanks addressed to
someone ("thanks to the team for ...") and a setup as the thing done; holdout67 (a university's) a session or a
training the desk gave.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from tickets.triage.asks_or_reports import ALERT_TEXT, FAULT, REQUEST
from tickets.triage.casefree import CaseFree
from tickets.triage.starter_hardware import starter_or_leaver_hardware
from tickets.triage.text import QUOTE_START, CleanText, fix_mojibake, strip_html
from tickets.triage.vocabulary import EXPIRED, FORGOT, LOCKED, NOT_WORKING


class Nothing(NamedTuple):
    """Why the message asks for nothing, and how sure that reading is."""

    reason: str
    confidence: float


def _rx(pattern: str) -> CaseFree:
    # Case-insensitive, as re.compile(pattern, re.I), but without folding case on text lower-cased already (most of
    # what is read here is): casefree.py says why the answers are the same.
    return CaseFree(pattern)


# -- where the writer's own words end ------------------------------------------------------------------------------
# A line that closes the writer's message; what follows is the signature.
_SIGNOFF = _rx(
    r"^\s*(?:--|best(?: regards| wishes)?|kind(?:est)? regards|regards|many thanks|thanks(?: again| so much| a lot)?"
    r"|thank you(?: so much| very much)?|cheers|mfg|(?:mit )?freundlichen gr(?:ü|ue)(?:ß|ss)en"
    r"|viele gr(?:ü|ue)(?:ß|ss)e|vielen dank|danke(?: schön| sehr)?|lg|gru(?:ß|ss)"
    r"|cordialement|bien (?:à vous|cordialement)|merci(?: beaucoup)?"
    r"|saludos|un saludo|atentamente|(?:muchas )?gracias|met vriendelijke groet(?:en)?|groet(?:en|jes)?|mvg"
    r"|(?:hartelijk )?bedankt|dank je wel)\s*[,.!]*\s*$"
)
_THANKS = _rx(r"\b(?:thanks|thank you|thx|cheers|danke|merci|gracias|bedankt|dank (?:je|u))\b")


class _Part(NamedTuple):
    own: str  # the writer's own words, as written
    signoff: str  # the first sign-off line, lower-cased
    rest: str  # the quoted or forwarded message below, lower-cased ("" when there is none)


@lru_cache(maxsize=64)
def _writers_part(body: str) -> _Part:
    """Split the raw body into the writer's words, their sign-off and the earlier message (cached: read twice)."""
    text = strip_html(fix_mojibake(body[:20_000])).replace("\r\n", "\n").replace("\r", "\n")
    kept: list[str] = []
    signoff = ""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        if QUOTE_START.match(line):  # text.py's list: the same headers end the writer's words there
            return _Part("\n".join(kept).strip(), signoff, "\n".join(lines[at:])[:6_000].lower() or " ")
        if signoff:
            continue
        if _SIGNOFF.match(line):
            signoff = line.strip().lower()
        else:
            kept.append(line)
    return _Part("\n".join(kept).strip(), signoff, "")


# -- what counts as asking for something ---------------------------------------------------------------------------
# A fault still there ("still can't get in", "wieder gesperrt", "sigue sin funcionar") or a problem stated at all.
_STILL = (r"(?:still|again|anymore|any more|immer noch|noch immer|wieder|toujours|de nouveau|sigue|otra vez"
          r"|todav(?:í|i)a|nog steeds|weer|opnieuw)")
# A lock's word, not inside its undoing ("entsperren", "unlock", "desbloquear", "ontblokken" thank for a lock undone).
_NEGATED = (r"(?:not|n't|no\b|cannot|nicht|kein|pas\b|plus\b|sin\b|niet|geen"
            r"|(?<!un)lock|(?<!ent)sperr|(?<!des)(?<!dé)(?<!de)bloq|(?<!ont)(?<!de)blok)")
_PROBLEM = _rx(rf"{_STILL}[^.!?\n]{{0,40}}{_NEGATED}|{_NEGATED}[^.!?\n]{{0,40}}{_STILL}|{LOCKED}|{FORGOT}|{EXPIRED}"
               rf"|{NOT_WORKING}")
# Requests a closing reply or an out-of-office legitimately contains ("please close it", "please contact Anna"):
# removed before looking for a request of the writer's own.
_HARMLESS = _rx(
    r"[^.!?\n]*(?:contact|call|wenden sie sich|kontaktieren|anrufen|contacter|appeler|contacte|llam|contact op|bellen"
    r"|forward|weitergeleitet|transf(?:é|e)r|reenv|doorgestuurd)[^.!?\n]*"
    r"|(?:please |bitte |merci de |pueden |podéis |graag )?"
    r"(?:close|schlie(?:ß|ss)en|cl(?:ô|o)turer|fermer|cerrar|sluiten)"
    # The thing closed is the ticket itself, named as such: "you can close the request", "die Anfrage kann geschlossen
    # werden", "vous pouvez clôturer la demande", "pueden cerrar la solicitud", "het verzoek mag gesloten worden". Its
    # noun is no new request.
    r"(?:\s(?:the|this|my|our|that|die|diese|meine|den|das|la|le|cette|ma|el|la|esta|mi|het|dit|mijn|de)?\s?"
    r"(?:ticket|request|case|call|incident|anfrage|antrag|fall|demande|solicitud|petici(?:ó|o)n|caso|verzoek|aanvraag|melding))?"
    r"|(?:ticket|request|case|call|incident|anfrage|antrag|demande|solicitud|petici(?:ó|o)n|verzoek|aanvraag|melding)\s"
    r"(?:can|may|could|kann|darf|peut|puede|mag|kan)\s(?:now\s|jetzt\s|maintenant\s|ya\s|nu\s)?(?:be\s|(?:ê|e)tre\s|ser\s|worden\s)?"
    r"(?:closed|geschlossen|cl(?:ô|o)tur(?:é|e)e?|ferm(?:é|e)e?|cerrad[oa]|gesloten)"
    r"|let (?:us|me) know"
)


# A request put as the writer's own question: "can I be added to the team?", "could we get access?", "kann ich in die
# Gruppe aufgenommen werden?", "puis-je être ajouté ?", "¿puedo tener acceso?", "kan ik toegevoegd worden?". No
# automatic reply or thank-you asks to be given something.
_MAY_I = _rx(
    r"\b(?:can|could|may|might)\s(?:i|we)\s(?:please\s)?(?:be\s|get\s|have\s|join\b|also\s)"
    r"|\b(?:kann|k(?:ö|oe)nnte|darf)\s(?:ich|wir)\s(?:bitte\s)?(?:\S+\s){0,5}?(?:bekommen|haben|aufgenommen|hinzugef(?:ü|ue)gt|eingetragen)\b"
    r"|\b(?:puis-je|pourrais-je|pouvons-nous|pourrions-nous)\s(?:\S+\s)?(?:(?:ê|e)tre|avoir|obtenir|rejoindre)\b"
    r"|(?<!ya )\b(?:puedo|podr(?:í|i)a|podemos)\s(?:\S+\s)?(?:tener|obtener|ser a(?:ñ|n)adid|unirme)\b"
    r"|\b(?:kan|mag)\s(?:ik|wij|we)\s(?:\S+\s){0,4}?(?:krijgen|hebben|toegevoegd|erbij)\b"
)


def asks_or_reports(words: str) -> bool:
    """Whether the writer's words ask for anything or report a problem (after the harmless phrases are dropped)."""
    words = _HARMLESS.sub(" ", words)
    return bool(REQUEST.search(words) or _MAY_I.search(words) or reports_a_problem(words))


def reports_a_problem(words: str) -> bool:
    """Whether the words report something failing: kept out, locked, forgotten, expired, not working."""
    return bool(FAULT.search(words) or _PROBLEM.search(words))


# -- automatic replies and out-of-office ---------------------------------------------------------------------------
_AUTO_SUBJECT = _rx(
    r"^\s*(?:automatic reply|auto-?reply|autoreply|auto-?response|out of (?:the )?office|automatische antwort"
    r"|abwesenheit(?:snotiz)?|r(?:é|e)ponse automatique|absence du bureau|absente?|respuesta autom(?:á|a)tica"
    r"|fuera de la oficina|automatisch antwoord|afwezig(?:heid)?|niet aanwezig)\s*:"
)
_AWAY = _rx(
    r"\b(?:out of (?:the )?office|on (?:annual |parental |sick |maternity |paternity )?leave|on holiday|on vacation"
    r"|currently away|(?:i am|i'm) away|away from (?:the|my) (?:office|desk)"
    r"|nicht im b(?:ü|ue)ro|abwesend|im urlaub|au(?:ß|ss)er haus"
    r"|absente? du bureau|en cong(?:é|e)s?|je suis absente?"
    r"|fuera de la oficina|de vacaciones|ausente"
    r"|afwezig|met vakantie|niet op kantoor|niet aanwezig)"
)
# Someone else's absence, told by a pronoun: "Kelly is the owner but she's on leave till the 20th", "er ist im Urlaub",
# "elle est en congé", "ella está de vacaciones", "hij is met vakantie". An out-of-office speaks of its writer.
_SOMEONE_ELSE_AWAY = _rx(
    rf"\b(?:she|he|they)(?:'s|'re|\sis|\sare|\swas|\swere|\swill be)\s(?:\S+\s)?{_AWAY.pattern}"
    rf"|\b(?:sie|er)\s(?:ist|sind|war|waren)\s(?:\S+\s)?{_AWAY.pattern}"
    rf"|\b(?:elle|il|elles|ils)\s(?:est|sont|(?:é|e)tait)\s(?:\S+\s)?{_AWAY.pattern}"
    rf"|\b(?:ella|(?:é|e)l|ellos|ellas)\s(?:est(?:á|a)n?|estaba)\s(?:\S+\s)?{_AWAY.pattern}"
    rf"|\b(?:zij|ze|hij)\s(?:is|zijn|was|waren)\s(?:\S+\s)?{_AWAY.pattern}"
)
_UNTIL = _rx(r"\b(?:until|till|back on|return|bis|ab dem|wieder|jusqu|de retour|hasta|regres|vuelta|tot\b|terug)")


def _auto_reply(subject: str, words: str) -> bool:
    if _AUTO_SUBJECT.match(subject):
        return True
    # An out-of-office without the subject prefix: it opens with the absence, and asks for nothing beyond "contact X".
    # Someone else's absence told in passing is not the writer's.
    opening = words[:300]
    away = _AWAY.search(_SOMEONE_ELSE_AWAY.sub(" ", opening))
    return bool(away and _UNTIL.search(opening)) and not asks_or_reports(words)


# -- closing replies -----------------------------------------------------------------------------------------------
_REPLY_SUBJECT = _rx(r"^\s*(?:re|aw|antw|antwort|rv|r|sv|réf|ref)\s*(?:\[\d+\])?\s*:")
_CLOSING = _rx(
    r"\b(?:(?:that|it|this)(?:'s| has| is| did)? (?:work|fix|sort|solv|do)\w*|works? (?:now|again|fine)"
    r"|all (?:good|sorted|working)|sorted|fixed|resolved|back in\b|(?:can|able to) (?:log|sign|get) ?in (?:now|again)"
    r"|can be closed|close (?:the|this)"
    # Thanks written short ("thx") or as German's noun ("vielen Dank", "besten Dank"), whose "Dank" is no "danke".
    r"|thanks|thank you|thx|cheers|perfect|confirmed|(?:vielen|besten|herzlichen|tausend) dank"
    r"|geht wieder|funktioniert (?:jetzt|wieder|nun)|hat (?:alles |wieder )?(?:geklappt|funktioniert)"
    r"|klappt (?:wieder|jetzt)|wieder drin"
    r"|geschlossen|in ordnung|erledigt|danke"
    r"|c'est bon|(?:ça|cela) (?:re)?marche|remarche|fonctionne (?:de nouveau|maintenant|à nouveau)|tout fonctionne"
    r"|merci|cl(?:ô|o)turer|r(?:é|e)solu|j'arrive (?:à|a) me connecter"
    r"|ya funciona|funciona (?:ya|bien|correctamente|de nuevo)|ya puedo|gracias|cerrar|resuelto|solucionado"
    r"|werkt (?:weer|nu)|het werkt|bedankt|dank je|dank u|kan weer|gesloten|opgelost)"
)


# A thank-you for a thing done, said as a new message rather than a reply: "thanks for unlocking me so fast", "danke für
# das schnelle Entsperren", "merci pour la réinitialisation", "gracias por desbloquear mi cuenta", "bedankt voor het
# resetten". What it thanks for is done; not a thank-you in advance ("thanks in advance for resetting it"). The
# thanks may go to whoever did it ("thanks to the team for getting the new people set up", "danke an die IT für die
# Einrichtung", "merci à l'équipe pour la mise en place", "gracias al equipo por configurar", "dank aan het team voor
# het inrichten"), and what was done may be a setup.
_IN_ADVANCE = r"(?!(?:\S+\s)?(?:in advance|advance|im voraus|vorab|d'avance|par avance|de antemano|alvast)\b)"
_THANKED_FOR_IT = _rx(
    r"\b(?:thanks|thank you|thx|many thanks|danke|vielen dank|merci|gracias|muchas gracias|bedankt|dank(?: je| u)?)\s"
    r"(?:a lot\s|so much\s|very much\s|again\s|sch(?:ö|oe)n\s|sehr\s|beaucoup\s|bien\s|wel\s)?"
    # Thanks to everyone at once ("thanks all for getting ...", "danke euch allen für", "merci à tous pour").
    r"(?:all\s|everyone\s|everybody\s|guys\s|folks\s|team\s|euch(?: allen)?\s|allen\s"
    r"|(?:à )?tous\s|(?:a )?todos\s|allemaal\s|iedereen\s)?"
    rf"(?:(?:to|an|à|a|al|aan)\s{_IN_ADVANCE}(?:\S+\s){{1,3}}?)?"
    r"(?:for|f(?:ü|ue)r|pour|por|voor)\s"
    rf"{_IN_ADVANCE}"
    r"(?:\S+\s){0,3}?(?:unlock|reset|sort|fix|help|quick|fast|speedy|swift|entsperr|zur(?:ü|ue)cksetz|hilfe|schnell|d(?:é|e)bloc|d(?:é|e)verrouill"
    r"|r(?:é|e)initialis|aide|rapid|desbloq|restablec|ayuda|ontgrendel|deblokk|hulp|snel"
    r"|getting|setting|set up|einricht|mise en place|configur|inricht"
    # Or for a session the desk gave ("thanks to the IT team for the onboarding session", "danke für die Schulung",
    # "merci pour la formation", "gracias por la sesión", "bedankt voor de training"): praise for a thing held, which
    # asks for nothing however it names newcomers or passwords (holdout67).
    # German's and Dutch's compounds put the session's noun last ("Onboarding-Schulung", "introductietraining").
    r"|[\w-]*?(?:session|training|course|workshop|webinar|induction|introduction|walkthrough|presentation|demo\b"
    r"|schulung|einf(?:ü|ue)hrung|einweisung|formation|s(?:é|e)ance|atelier|pr(?:é|e)sentation"
    r"|sesi(?:ó|o)n|curso|formaci(?:ó|o)n|taller|presentaci(?:ó|o)n|sessie|cursus|uitleg|presentatie))"
    # Or to whoever did it, named by what they did ("many thanks to whoever unlocked my account", "danke an wen auch
    # immer, der mich entsperrt hat", "merci à celui qui a débloqué", "gracias a quien desbloqueó", "dank aan degene
    # die het heeft ontgrendeld"): the deed is past; not "to whoever can unlock it", a plea.
    r"|\b(?:thanks|thank you|thx|danke|merci|gracias|bedankt|dank)\s(?:\S+\s)?(?:to|an|à|a|aan)\s"
    r"(?:whoever|the (?:person|one|colleague) who|wen auch immer|wer auch immer|die?jenige[n]?|die person"
    r"|celui|celle|la personne|quien(?:quiera)?|la persona|wie|degene)\b,?\s"
    r"(?!(?:\S+\s)?(?:can|could|will|would|kann|k(?:ö|oe)nnte|wird|peut|pourra|puede|pueda|podr(?:á|a)|kan|zal)\b)"
    r"(?:\S+\s){0,5}?"
    r"(?:unlocked|reset|fixed|sorted|added|granted|restored|entsperrt|zur(?:ü|ue)ckgesetzt|freigeschaltet|d(?:é|e)bloqu(?:é|e)|r(?:é|e)initialis(?:é|e)"
    r"|desbloque(?:ó|o)|restableci(?:ó|o)|arregl(?:ó|o)|ontgrendeld|gereset|opgelost|hersteld)\b"
)


def _closing_reply(subject: str, words: str, signoff: str, quoted: bool) -> bool:
    if not (quoted or _REPLY_SUBJECT.match(subject) or _THANKED_FOR_IT.search(f"{subject.lower()}\n{words}")):
        return False
    closes = _CLOSING.search(words) or (len(words) < 40 and _THANKS.search(signoff))
    return bool(closes) and len(words) < 400 and not asks_or_reports(words)


# -- automated notices ---------------------------------------------------------------------------------------------
_NOTICE = _rx(
    r"subscription|abonnement|suscripci(?:ó|o)n|invoice|rechnung|facture|factura|factuur|renew|verl(?:ä|ae)nger"
    r"|renouvel|renova|verleng|domain|domaine|dominio|domein|certificat|zertifikat|certificado|certificaat|expir"
    r"|users? at risk|risky users?|new sign-?in|sign-?in from|new location|digest"
    # A vendor's announcement or a training platform's reminder: it names MFA or passwords as its topic.
    r"|message cent(?:er|re)|nachrichtencenter|centre de messages|centro de mensajes|berichtencentrum|plan for change"
    r"|reminder|erinnerung|rappel|recordatorio|herinnering|training|schulung|formation|formaci(?:ó|o)n|cursus"
    # A bill the vendor wants paid, and a scheduled job's report (a backup that failed to reach its target): neither
    # is a person asking for access, whatever account or path it names.
    r"|payment|overdue|zahlung|paiement|pago|betaling|backup|back-up|datensicherung|sauvegarde|copia de seguridad"
    r"|scheduled (?:job|task)|geplante aufgabe|t(?:â|a)che planifi(?:é|e)e|tarea programada|geplande taak"
    # An automated workflow reporting the step it failed at ("Leaver workflow LWF-2291 failed at step 'Remove ...'").
    r"|(?:workflow|runbook|automation|pipeline|sync|job)\s(?:\S+\s){0,3}?(?:failed|errored|aborted)"
    # A vendor's announcement of planned downtime: the service is down for a window, whoever's sessions it ends.
    r"|(?:scheduled|planned)\s(?:\S+\s)?(?:maintenance|downtime|outage)|maintenance window"
    r"|wartung(?:sfenster|sarbeiten)?"
    r"|maintenance (?:programm(?:é|e)e|planifi(?:é|e)e|pr(?:é|e)vue)|mantenimiento (?:programado|planificado|previsto)"
    r"|(?:gepland|ingepland) onderhoud|onderhoudsvenster"
    # A seat count running out ("E3: 3 of 412 available", "nur noch 3 von 412 Lizenzen frei", "3 sur 412 disponibles",
    # "3 de 412 disponibles", "3 van 412 beschikbaar"): the tenant's stock, reported; no person's licence to change.
    r"|\b\d+ (?:of|von|sur|de|van) \d+ (?:\S+ )?(?:available|remaining|left|free|frei|verf(?:ü|ue)gbar|disponibles?"
    r"|restantes?|beschikbaar|vrij)\b"
    # A scheduled report ("[Scheduled report] password expiry - week 38"): figures for a person to read.
    r"|scheduled report|geplanter bericht|rapport planifi(?:é|e)|informe programado|gepland rapport"
    # A periodic one ("Daily lockout report", "täglicher Sperrbericht", "rapport quotidien", "informe diario",
    # "dagelijks rapport"): the accounts it lists are counted, nobody asks for them to be changed.
    r"|\b(?:daily|weekly|nightly|hourly|monthly)\s(?:\S+\s){0,2}?(?:report|summary)\b|t(?:ä|ae)glicher?\s(?:\S+\s)?\w*bericht"
    r"|rapport (?:\S+ )?(?:quotidien|hebdomadaire)|informe (?:\S+ )?(?:diario|semanal)"
    r"|(?:dagelijks|wekelijks)e? (?:\S+ )?(?:rapport|overzicht)"
)
_MACHINE = _rx(
    r"automated|automatically generated|(?:generated|sent) automatically|do not reply|don'?t reply|no-?reply"
    r"|not monitored|unmonitored|unsubscribe|^\W*\[(?:automation|automated|bot|system)\]|retry (?:is )?scheduled"
    r"|you are receiving this|no action is (?:required|needed)|no action needed"
    # A report that says it changes nothing itself: "report only, no automatic action", "nur Bericht, keine
    # automatische Aktion", "rapport uniquement", "solo informe", "alleen rapportage".
    r"|\breport only\b|\bno automatic action|\bnur (?:ein )?bericht\b|keine automatische (?:aktion|ma(?:ß|ss)nahme)"
    r"|rapport uniquement|aucune action automatique|s(?:ó|o)lo informe|ninguna acci(?:ó|o)n autom(?:á|a)tica"
    r"|alleen rapportage|geen automatische actie"
    # A vendor writing to its customer about the account with it, not a colleague writing to the help desk.
    r"|dear (?:valued )?customer|to avoid (?:any )?(?:interruption|disruption)|update your payment|amount due"
    r"|billing account"
    # Sent on by a mail rule rather than by a person: nobody wrote a request above it.
    r"|auto-?forwarded|forwarded (?:\S+ ){0,4}?by (?:a |an )?(?:mail |inbox |transport )?rule"
    r"|automatisch|antworten sie nicht|nichts (?:zu )?unternehmen"
    r"|message automatique|automatiquement|ne pas (?:y )?r(?:é|e)pondre|aucune action"
    r"|mensaje autom(?:á|a)tico|autom(?:á|a)ticamente|no responda|no es necesario hacer nada"
    r"|niet op (?:dit bericht )?(?:te )?antwoorden|hier niet op antwoorden|u hoeft niets te doen"
)
# What only a person writes about such a notice: "that wasn't me", "can you sign me out".
_PERSON_ASKS = _rx(
    r"was(?:n'?t| not) me|not me\b|war(?:en)? (?:ich|wir) nicht|pas moi|no (?:fui|he sido) yo|was ik niet|niet ik"
    r"|can you|could you"
    # A notice's own "please contact your reseller" tells the reader whom to ask; it asks the help desk for nothing.
    r"|please (?!do not|don'?t|note|review|sign in to|log ?in to|visit|see|pay|complete|contact|call|get in touch)"
    r"|k(?:ö|oe)nnen sie|kannst du"
    r"|pouvez-vous|pourriez-vous|pod(?:é|e)is|pueden|kunnen jullie|kunt u|kun je"
)


def _automated_notice(subject: str, words: str, quoted: bool) -> bool:
    whole = f"{subject.lower()}\n{words}"
    if not (_NOTICE.search(whole) and _MACHINE.search(whole)):
        return False
    return not _PERSON_ASKS.search(words)


_FORWARD_SUBJECT = _rx(r"^\s*(?:fw|fwd|wg|tr|rv|doorst|fs)\s*:")


# The writer tells what a screen said to them, in quotes: "citrix says 'your password has expired, contact your
# administrator'", "Windows zeigt: 'Konto gesperrt'", "le portail affiche « mot de passe expiré »", "sale el mensaje
# 'contraseña caducada'", "ik krijg de melding 'wachtwoord verlopen'". A person reports the fault; no notice is passed
# on (the "contact your administrator" inside the quote is the screen's advice, not a harmless sign-off).
_TOLD_WHAT_THE_SCREEN_SAID = _rx(
    r"(?:says?|said|shows?|showed|displays?|tells me|i get|i got|getting|message|error|popup|pop-up|meldung|zeigt"
    r"|sagt|kommt|affiche|dit|indique|dice|muestra|aparece|sale|mensaje|zegt|toont|geeft|melding|krijg)\s*:?\s*[\"'“„«‘]"
    rf"[^\"”“«»\n]{{0,120}}?(?:{EXPIRED}|{LOCKED}|{FORGOT}|{NOT_WORKING})"
)


# A note written below a forwarded message, after a rule of dashes or underscores that ends it, as some mail clients
# and phones put a reply: "...\n---\nforwarding in case this affects our alarm mailer" (h111). Its last few lines only.
_NOTE_BELOW = _rx(r"\n[ \t]*(?:-{2,}|_{2,})[ \t]*\n((?:[^\n]*\n?){1,4})\s*\Z")


def _forwarded_notice(subject: str, body: str, words: str) -> bool:
    """A notice forwarded with nothing written above it (the notice is the whole message), or with only an FYI
    ("forwarding in case this affects us") above or below it: the writer passes the vendor's words on and asks for
    nothing of their own, so the notice's "retire", "licence" or "expires" is no request."""
    if not _NOTICE.search(subject):
        return False
    below = None if words else _NOTE_BELOW.search(body)
    if below and below.group(1).strip():
        words = below.group(1).strip().lower()
    if words:
        return (bool(_FORWARD_SUBJECT.match(subject)) and not asks_or_reports(words) and not _PERSON_ASKS.search(words)
                and not _TOLD_WHAT_THE_SCREEN_SAID.search(words))
    return bool(_MACHINE.search(body.lower())) and not _PERSON_ASKS.search(body.lower())


# -- requests for information only ---------------------------------------------------------------------------------
_DONT_CHANGE = _rx(
    r"(?:don'?t|do not) (?:change|make any changes|touch|do) (?:anything|any)?(?! else)|no changes"
    # "don't set anything up yet", "not asking you to change anything yet": nothing to do for now.
    r"|(?:don'?t|do not|not asking you to|no need to) (?:set|create|order|change|do|make|buy|assign)"
    r" (?:anything|any\w*)"
    r"|(?:noch )?nichts (?:ändern|aendern|verändern|umstellen)(?! sonst)|keine (?:ä|ae)nderung"
    r"|ne (?:changez|modifiez|touchez) rien(?! d'autre)|ne rien (?:changer|modifier)"
    r"|no (?:cambi|modifiqu|toqu)\w* nada(?! m(?:á|a)s)|niets (?:wijzigen|veranderen|aanpassen)|geen wijzigingen"
    # The same said impersonally: "nothing needs changing", "il n'y a rien à changer", "no hay que cambiar nada".
    r"|nothing (?:needs|has) to (?:be )?chang\w*|nothing needs chang\w*|nothing to change"
    r"|(?:es )?muss nichts ge(?:ä|ae)ndert werden|nichts zu (?:ä|ae)ndern"
    r"|rien (?:à|a) (?:changer|modifier)"
    r"|no hay (?:que|nada que) (?:cambiar|modificar|tocar)(?: nada)?(?! m(?:á|a)s)"
    r"|hoeft niets (?:te )?(?:gewijzigd|veranderd|aangepast|wijzigen|veranderen|aanpassen)"
    # "nothing to do yet": told for information, the action (if any) comes later in a ticket of its own.
    r"|nothing to do (?:yet|for now|at the moment)|(?:noch )?nichts zu tun"
    r"|rien (?:à|a) faire pour (?:l'instant|le moment)|nada que hacer (?:por ahora|todav(?:í|i)a)"
    r"|(?:nog )?niets te doen"
)
# "I need to know how many licences we have": a wish to know, not a change (the same as the question, no mark).
_WANTS_TO_KNOW = _rx(
    r"\b(?:need|want|would like|like) to know|m(?:ö|oe)chte (?:gern )?wissen|muss wissen|wissen (?:muss|m(?:ö|oe)chte)"
    r"|besoin de savoir|voudrais savoir|souhaite savoir|necesit\w* saber|quisiera saber|quiero saber"
    r"|moet weten|wil (?:graag )?weten|zou graag (?:willen )?weten"
)
_INFO_QUESTION = _rx(
    r"\b(?:how many|how much notice|difference between|what(?:'s| is)(?: \w+)? the difference"
    r"|(?:a |the )?(?:list|overview) of"
    r"|who (?:has|can|is)|what (?:\w+ )?(?:do|would) you need|wie viele|unterschied|eine liste|wer (?:hat|kann|ist)"
    r"|combien|diff(?:é|e)rence entre|la liste des?|qui (?:a|peut|sont)|de quoi avez-vous besoin"
    r"|cu(?:á|a)nt[ao]s|diferencia entre|una lista de|qui(?:é|e)n (?:tiene|puede)|qu(?:é|e) necesit"
    r"|hoeveel|verschil tussen|een lijst van|wie (?:heeft|kan)|wat hebben jullie nodig"
    # Whether someone has something already, or which one they have: to be checked, the decision comes after.
    r"|which (?:licen[cs]es?|groups?|mailbox(?:es)?)|welke (?:licentie|groep)\w*|welche (?:lizenz|gruppe)\w*"
    r"|quelles? (?:licences?|groupes?)|qu(?:é|e) (?:licencias?|grupos?)"
    r"|(?:whether|if) (?:\S+ ){1,3}(?:already )?(?:has|have)|(?:has|does) (?:\S+ ){1,2}already (?:got|have)"
    r"|\b(?:of|ob|si) (?:\S+ ){1,3}(?:al|schon|bereits|d(?:é|e)j(?:à|a)|ya) (?:heeft|hat|a|tiene))\b"
)
# A change asked for in so many words, next to the question ("... if there is one, please assign it to Anna").
CHANGE_VERB = _rx(
    r"\b(?:reset|unlock|add|remove|assign|give|grant|create|set (?:\w+ )?up|disable|enable|sign \w+ out|revoke"
    r"|upgrade|downgrade|swap|switch|delete|block|order)\b"
    r"|zur(?:ü|ue)cksetzen|entsperr|hinzuf(?:ü|ue)g|entfern|zuweis|einrichten|anlegen|deaktivier|abmelden|\bgeben\b"
    r"|r(?:é|e)initialis|d(?:é|e)bloqu|ajout|retire[rz]|supprim|attribue[rz]|donne[rz]|cr(?:é|e)e[rz]|d(?:é|e)sactiv"
    # ("asignad", "asignadla", "asignar" are asked for; the participle "asignadas" says how things stand.)
    r"|restablec|desbloque|a(?:ñ|n)ad|agreg|quita[dr](?![oa]s?\b)|elimin|asigna[dr](?![oa]s?\b)|dadle"
    r"|crea[dr](?![oa]s?\b)|desactiv"
    r"|ontgrendel|toevoeg|voeg\b|verwijder|toewijz|\bgeef|aanmak|deactiveer|uitlog|afmeld"
    # Removals and moves said with a particle or a plain verb: "nehmen Sie ihn heraus", "sacadme", "haal hem uit".
    r"|\b(?:put|move|take \w+ (?:off|out))\b|heraus|\braus\b|aufnehm|entzieh|freischalt|\bsperr"
    r"|enlev|\bmet(?:s|tez|tre)\b|\bsac(?:a|ad|ar)|\bpon(?:ed|er|gan)\b|\bhaal|\bhalen\b|\bzet\b|\bzetten\b"
)


def _information_only(words: str) -> bool:
    # A question (with its question mark) about counts, lists or differences, or an explicit "don't change anything".
    asks = "?" in words or _WANTS_TO_KNOW.search(words)
    if not (_DONT_CHANGE.search(words) or (asks and _INFO_QUESTION.search(words))):
        return False
    return not CHANGE_VERB.search(_DONT_CHANGE.sub(" ", words))


# -- "is this real?" above a forwarded message ----------------------------------------------------------------------
_GENUINE = _rx(
    r"\b(?:real|genuine|legit\w*|fake|scam|phishing|spam|echt|gef(?:ä|ae)lscht|vrai|authentique|l(?:é|e)gitime|arnaque"
    r"|verdadero|aut(?:é|e)ntico|leg(?:í|i)timo|estafa|nep|oplichting)\b"
)


def _asks_if_genuine(words: str, quoted: bool) -> bool:
    """A forwarded mail with only "is this real?" above it: the writer asks about the mail, not for a change (its
    "your account will be locked" is the sender's wording)."""
    return quoted and "?" in words and bool(_GENUINE.search(words)) and not _PERSON_ASKS.search(words) \
        and not CHANGE_VERB.search(words)


def asks_for_nothing(subject: str, body: str, text: CleanText) -> Nothing | None:
    """Why this message asks the help desk for nothing, or None when it may ask for something.

    `text` is the engine's cleaned reading (its request part decides the information and hardware cases when the
    writer's part is empty, as in a form ticket); `subject` and `body` are raw, for the prefixes cleaning removes.
    """
    subject = subject or ""
    part = _writers_part(body or "")
    words, signoff, quoted = part.own.lower(), part.signoff, bool(part.rest)
    if _auto_reply(subject, words):
        return Nothing("an automatic reply or out-of-office message: it asks for nothing", 0.95)
    if _closing_reply(subject, words, signoff, quoted):
        return Nothing("a reply saying the earlier ticket is solved (thanks / works now); nothing new is asked", 0.9)
    if _automated_notice(subject, words, quoted) or _forwarded_notice(subject, body or "", words):
        return Nothing("an automated notice (renewal, invoice, expiry, sign-in digest, announcement or reminder) "
                       "that asks for nothing; a person may want to read it", 0.85)
    if _asks_if_genuine(words, quoted):
        return Nothing("forwards a message and asks whether it is genuine (a possible phishing mail): nothing to do "
                       "to an account, a person should look at it", 0.85)
    own = words or text.lower_request
    if _information_only(own):
        return Nothing("asks for information only (a count, a list, a difference or what is needed), no change", 0.85)
    if starter_or_leaver_hardware(subject, own):
        return Nothing("hardware or logistics around a starter or leaver, not an account change", 0.8)
    return None


# -- replies whose new words are a new request ---------------------------------------------------------------------
_OPENS_WITH_THANKS = _rx(rf"^\W*(?:{_CLOSING.pattern})[^\n.!?]{{0,60}}[.!?\n]+\s*")


def new_request(subject: str, body: str) -> str | None:
    """The writer's new words, when the rest of the message is an earlier exchange they settle or forward.

    "Thanks! Also please add me to Finance" under "Re: [Ticket #4812] Account locked" and its quoted unlock: the
    subject and the quote are the earlier ticket's, done; the request is the new words alone. Likewise "That wasn't
    me, please sign me out everywhere" above a forwarded sign-in alert: the alert's own "reset your password" is the
    vendor's wording, the writer's words are the request. None for anything else (the ticket is read whole).
    """
    part = _writers_part(body or "")
    if not part.rest or not part.own:
        return None
    words = part.own.lower()
    thanked = _OPENS_WITH_THANKS.match(words)
    if thanked and (_REPLY_SUBJECT.match(subject or "") or part.rest) and asks_or_reports(words[thanked.end():]):
        return part.own[thanked.end():].strip() or None
    if ALERT_TEXT.search(part.rest) and _PERSON_ASKS.search(words) and not ALERT_TEXT.search(words):
        return part.own
    return None
