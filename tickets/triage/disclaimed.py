# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""What the writer says they are NOT asking: access said to be in hand ("I have access, it just duplicates", "access is
working, only sync issue", "Zugriff habe ich"), a category's thing disclaimed ("not requesting membership", "not about
personal MFA", "I do not need anything with MFA"), a request said not to be raised yet, a fact only wanted known. The category's words are still
in the ticket, but only to set them aside: what is asked is something else, for a technician. Vetoes in the form of
tickets/triage/patterns.py, joined to objects.OBJECT_VETOES.

Found on tickets written by an author who read nothing of the project (tests/data/triage_nearmiss1.jsonl); each is
said in general terms, several wordings each (tests/triage/test_disclaimed_requests.py). Near-miss set 9 added a
leaver's accounts set aside ("not asking about his email or anything", tests/triage/test_settled_asked_only_or_set_aside.py).
Holdout41 (a retail bank's) widened "just asking" to five languages and to a factor's, a lock's or a password's
behaviour asked about (tests/triage/test_just_asking_changes_made_and_forms.py).
Holdout43 (a retailer's) added the category's act itself set aside ("not asking you to unlock anyone"), in the five
languages (tests/triage/test_disclaimed_requests.py). A request said to follow from someone else, or the desk told to
wait ("noch nichts unternehmen"), came from triage_holdout44.jsonl, an insurer's (tests/triage/test_disclaimed_requests.py).
The act denied of everybody ("nobody needs unlocking") came from triage_holdout50.jsonl, a law firm's.
Holdout49 widened those to requests in the plural and to "just need the info" in the five languages.
Holdout48 (a hospital trust's) added another credential forgotten with the password set aside ("forgot my username
(not my password)"), in the five languages (tests/triage/test_disclaimed_requests.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx, words
from tickets.triage.unless import unless, unless_asked
from tickets.triage.vocabulary import ADD, MFA, NEW, PW, RESET, UNLOCK, UNLOCK_ELSEWHERE

# Access said to be there already: the fault is elsewhere (a rule, a sync, a duplicate). Not "full access is fine",
# which names the level of access to grant; and "I have access" only where its clause ends ("I have access, it just
# duplicates"): "I have access to orders@ but also need invoices@" asks.
_ACCESS_IN_HAND = (r"\bnot (?:an? )?(?:access|permissions?|rights?)[- ](?:issue|problem|request|question|thing)\b"
                   r"|\b(?:access|permissions?)\s(?:itself\s)?(?:is|are)\s(?:\S+\s)?(?:working|there|not the (?:issue|problem))\b"
                   r"|\b(?:access|permissions?|rights?)\s(?:stays?|remains?|will stay|will remain|should stay)\s(?:the\s)?same\b"
                   r"|\bi (?:do |already |still )?(?:have|got) (?:full |all the |the )?access(?: already)?\s?[,.;:!–-]"
                   r"|\bzugriff (?:habe ich|hab ich|ist (?:da|vorhanden|ok|gegeben)|funktioniert)\b|\bkein (?:zugriffs|berechtigungs)problem"
                   r"|\bberechtigungen? (?:bleiben|bleibt) (?:gleich|unver(?:ä|ae)ndert)")

# The mailbox or the calendar said to open as before, beside what misbehaves: "I'm delegate on her calendar, invites stop
# reaching me, I can still open her calendar fine", "das Postfach kann ich weiterhin öffnen", "je peux toujours ouvrir
# son agenda", "todavía puedo abrir su calendario", "ik kan zijn agenda nog steeds openen" (h93). The access is there;
# what fails (delivery, a delegate's copy of invites) is a fault to trace. Only where the clause does not go on to a
# refusal ("I can still open it but not send as him" names a right still missing).
_STILL_OPENS = (r"(?:\bi (?:can|could) still (?:open|see|access|view|get into)"
                r"|\bich kann (?:\S+\s){0,3}?(?:weiterhin|immer noch|noch immer|noch) (?:ganz )?(?:normal )?(?:(?:ö|oe)ffnen|sehen|zugreifen)"
                r"|\bje peux toujours (?:ouvrir|voir|acc(?:é|e)der)|\b(?:todav(?:í|i)a|a(?:ú|u)n) puedo (?:abrir|ver|acceder)"
                r"|\bik kan (?:\S+\s){0,3}?nog (?:steeds |altijd |gewoon )?(?:openen|zien|bij))\b(?![^.!?\n]{0,40}\b(?:but|aber|mais|pero|maar|except)\b)")

# The writer sets a category's thing aside: "not requesting membership", "not about personal MFA", "nothing to do with
# MFA", "I don't need anything with MFA", "geht nicht um MFA".
_SET_ASIDE = (r"(?:\bnot (?:requesting|asking for|asking about|a request for|about|for|related to)|\bnothing (?:to do )?(?:with|about)"
              r"|\b(?:do not|don'?t|doesn'?t|does not) need (?:anything|any change|changes?) (?:with|for|about|to|on)"
              r"|\bgeht (?:es )?nicht um|\bnichts mit) (?:a |an |any |the |my |his |her |personal |new |a new |the )?")
# Another credential named as the thing forgotten or wanted, the password set aside beside it: "forgot my username (not
# my password)", "Benutzername vergessen, nicht das Passwort", "identifiant oublié, pas le mot de passe", "olvidé el
# usuario, no la contraseña", "gebruikersnaam vergeten, niet het wachtwoord". What is wanted is the name, looked up.
_NOT_THE_PASSWORD = (r"\b(?:user ?name|login name|log-?in id|user ?id|benutzernamen?|anmeldenamen?|identifiant|nom d'utilisateur"
                     r"|(?:nombre de )?usuario|gebruikersnaam)\b[^.!?\n]{0,40}?[(,;–-]\s*(?:but |aber |mais |pero |maar )?(?:not|nicht|pas|no|niet)\s"
                     rf"(?:my |the |mein |das |mon |le |mi |la |mijn |het )?{PW}")
# A new password declined in so many words, beside a lock: "only unlock please, no new password", "kein neues Passwort
# nötig", "pas besoin de nouveau mot de passe", "sin contraseña nueva", "geen nieuw wachtwoord nodig". The writer knows
# the password; what is left is the lock. Only where the clause ends at the declined password (or its "needed"): "no
# new password arrived" and "got no new password" are a reset still waited for, not one declined.
_NEW_PW = rf"(?:{NEW}\s(?:temp\w*\s|initial\w*\s)?{PW}|{PW}\s(?:nueva|nuevo)|nouveau mot de passe|initialkennwort|initialpasswort)"
_DECLINED_END = r"(?:\s(?:needed|required|necessary|wanted|please|pls|n(?:ö|oe)tig|notwendig|erforderlich|gew(?:ü|ue)nscht|bitte|n(?:é|e)cessaire|nodig|gewenst))?\s?(?:[.,;!)\n]|$)"
_NO_NEW_PASSWORD = (rf"(?<!got )(?<!received )(?<!have )(?<!had )(?<!get )\bno {_NEW_PW}{_DECLINED_END}"
                    rf"|\b(?:do not|don'?t|doesn'?t|does not|dont|doesnt)\s(?:need|want|require)\s(?:a\s|any\s)?{_NEW_PW}"
                    rf"|\bwithout (?:a )?{_NEW_PW}|\bohne (?:ein )?{_NEW_PW}"
                    rf"|(?<!habe )(?<!hab )(?<!hat )(?<!haben )\bkein(?:e|en)? {_NEW_PW}{_DECLINED_END}|\bbrauch\w* (?:\S+ )?kein(?:e|en)? {_NEW_PW}"
                    rf"|\bpas (?:besoin )?(?:de |d'un )?{_NEW_PW}|\bsans (?:un )?{_NEW_PW}"
                    rf"|\bsin (?:una? )?{_NEW_PW}|\bno (?:necesit\w+|quier\w+|hace falta) (?:una? )?{_NEW_PW}"
                    rf"|\bgeen {_NEW_PW}{_DECLINED_END}|\bzonder (?:een )?{_NEW_PW}")
_MEMBERSHIP = r"(?:membership|group access|access|adding|to be added|permissions?|mitgliedschaft|zugriff|berechtigung)"
# The membership said to be left as it is: "don't change the membership, only check the fault", "bitte nichts an der
# Mitgliedschaft ändern", "ne modifiez pas les membres", "no cambiéis los miembros", "verander niets aan het lidmaatschap".
_MEMBERSHIP_LEFT_ALONE = (r"\b(?:do not|don'?t|please don'?t|no need to)\s(?:change|touch|alter|modify)\s(?:the\s|its\s|any\s)?(?:membership|members)\b"
                          r"|\bnichts an (?:der|den) (?:mitgliedschaft|mitgliedern)\s(?:\S+\s)?(?:(?:ä|ae)ndern|anpassen)\b|\bmitglieder (?:nicht|bitte nicht) (?:(?:ä|ae)ndern|anfassen)\b"
                          r"|\bne (?:modifiez|changez|touchez) pas (?:aux |les )?membres\b"
                          r"|\bno (?:cambi(?:é|e)is|cambien|toqu(?:é|e)is|modifiqu(?:é|e)is) (?:los )?miembros\b"
                          r"|\b(?:verander|wijzig) niets aan (?:het lidmaatschap|de leden)\b")


# The writer sets the category's act itself aside: "not asking you to unlock anything, they're all sorted", "nothing
# needs resetting", "es muss nichts entsperrt werden", "je ne demande pas de débloquer", "no pido que se
# desbloquee nada", "ik vraag niet om iets te ontgrendelen", "nothing to unlock", "nichts zu entsperren".
def _act_set_aside(verb: str) -> str:
    return (r"(?:\bnot (?:asking|requesting|wanting|needing|looking)(?: for)? (?:you |anyone |anybody |it |them |for (?:you|anyone) )?to (?:\S+ )?"
            # "nobody needs unlocking, it's just the stats", "niemand muss entsperrt werden", "personne n'a besoin d'être
            # débloqué", "nadie necesita ser desbloqueado", "niemand hoeft ontgrendeld te worden": no one to act on.
            r"|\b(?:nobody|no one|no-one|none of them|neither of them)\s(?:needs|has|is|wants)\s(?:to be\s|to get\s|to have\s(?:\S+\s){0,2}?)?"
            r"|\bniemand (?:muss|braucht|will) (?:\S+ ){0,2}?|\bpersonne n'(?:a besoin d'(?:(?:ê|e)tre )?|est (?:(?:à|a) )?)"
            r"|\bnadie (?:necesita|tiene que|quiere) (?:ser |que se |que le |que lo |que la )?|\bniemand hoeft (?:er )?(?:\S+ )?(?:te )?(?:worden )?"
            r"|\bnothing (?:needs|has|is) (?:to be )?|\b(?:nothing|nichts|rien|nada|niets) (?:to|zu|(?:à|a)|que|te) (?:be )?"
            r"|\b(?:m(?:ö|oe)chten?|wollen|will) (?:ich |wir )?nichts? (?:darum,? )?(?:\S+ ){0,2}?(?:zu )?"
            r"|\bmuss (?:nichts|niemand) (?:\S+ )?|\bne (?:demande|demandons|veux|voulons) pas (?:de |d'|à |qu'on |que l'on )?(?:\S+ )?"
            r"|\bno (?:pido|pedimos|solicito|solicitamos|quiero|queremos) (?:que se |que |)(?:\S+ )?"
            r"|\b(?:vraag|vragen|wil|willen) (?:ik |we |wij )?niet (?:om )?(?:\S+ )?(?:te )?|\bhoeft (?:er )?niets (?:te )?(?:worden )?)"
            rf"(?:{verb})")


def _act_forbidden() -> str:
    """Unlocking forbidden to the desk: "do NOT unlock his login before the audit is over", "bitte das Konto
    nicht entsperren", "ne pas débloquer le compte", "no desbloqueéis la cuenta", "het account niet ontgrendelen" (h111:
    a security team holding a lockout while it investigates). Whoever forbids the act asks for it not to be done. Only
    the bare verb of a command, never a state ("it is still not unlocked", "la cuenta no se desbloquea" report a
    fault that asks for the unlock); not a threat about its absence ("if you don't unlock me by noon ..."), nor "don't
    just unlock it" (another act asked instead)."""
    return (r"(?<!\bif you )(?<!\bif they )(?<!\bunless you )(?<!\bwhy )"
            r"\b(?:do not|don'?t|dont)\s(?!just\b|only\b|simply\b)(?:\S+\s)?unlock\b(?!ed\b)"
            # German and Dutch put the negation before the infinitive at the end, the object between.
            # A plea or a "may not" must govern them: "ich kann mein Konto nicht entsperren" reports a failure.
            r"|\b(?:bitte|darf|d(?:ü|ue)rfen|soll|sollte|sollen)\s(?:[^\s.,;!?]+\s){0,4}?(?:nicht|keinesfalls|auf keinen fall)\s(?:\S+\s)?entsperren\b"
            r"|\b(?:graag|gelieve|mag|mogen|moet|moeten|aub|a\.u\.b\.)\s(?:[^\s.,;!?]+\s){0,4}?(?:niet|nooit)\s(?:te\s)?ontgrendelen\b"
            r"|\bne\s(?:pas|jamais)\s(?:le |la |les |l')?(?:d(?:é|e)bloquer|d(?:é|e)verrouiller)\b|\bne\s(?:le |la |les |l')?(?:d(?:é|e)bloquez|d(?:é|e)verrouillez)\spas\b"
            r"|(?<!\bsi )\bno\s(?:lo |la |los |las |le |les )?(?:desbloquear|desbloque(?:é|e)is|desbloqueen|desbloquees)\b")


# A second factor other than the app, named: an SMS, a code, a call, a token or a key.
_ANOTHER_FACTOR = (r"\bsms\b|\bcodes?\b|\btext(?:s| messages?)\b|\btokens?\b|yubikey|security key|\bpush\b|\bprompts?\b|\banruf"
                   r"|\bappel\b|\bllamada|\boproep|sleutel|schl(?:ü|ue)ssel|\bcl(?:é|e)\b|\bllave")


_UNLOCK_VERB = rf"{UNLOCK}|{UNLOCK_ELSEWHERE}|unlocking"
_RESET_VERB = rf"{RESET}|chang\w*|(?:ä|ae)nder\w*|cambi\w*|wijzig\w*|re-?regist\w*"
_GRANT_VERB = rf"{ADD}|remov\w*|entfern\w*|retir\w*|quit\w*|verwijder\w*"

# No request raised yet: the writer prepares or asks how, and says so ("not raising a request yet").
_NO_REQUEST_YET = (r"\bnot (?:raising|opening|submitting|making|filing|logging) (?:a |the |any )?(?:request|ticket)s?(?: yet| now| at this point)?\b"
                   r"|\bno (?:request|ticket) (?:yet|for now)\b|\b(?:noch )?kein(?:en)? (?:antrag|auftrag) (?:stellen|jetzt)\b")

# The request said to come later from someone else, or the desk told to wait: "his team lead will raise the
# offboarding request", "the formal request follows from HR", "der Austrittsantrag kommt noch über die Personalabteilung",
# "bitte noch nichts unternehmen", "la demande suivra via les RH", "ne faites rien pour l'instant", "la solicitud llegará
# por RRHH", "no hagáis nada todavía", "het verzoek volgt via HR", "nog niets doen". Told ahead; nothing to do yet
# (unless_asked keeps "... but please disable her account on Friday").
_REQUEST_TO_FOLLOW = (
    r"\b(?:will|is going to|shall)\s(?:\S+\s)?(?:raise|submit|send|open|log|file|create)\s(?:the|a|an|their|his|her)\s(?:\S+\s)?(?:requests?|tickets?|forms?)\b"
    r"|\b(?:requests?|tickets?|forms?)\s(?:will\s)?(?:follow|follows|come|comes)\s(?:later|separately|from|via|through)\b|\b(?:don'?t|do not) (?:do|action|change) anything yet\b"
    r"|\b(?:antrag|auftrag|meldung)\s(?:kommt|folgt)\s(?:noch|sp(?:ä|ae)ter|separat|(?:ü|ue)ber|von)\b|\bnoch nichts (?:unternehmen|tun|machen|(?:ä|ae)ndern)\b"
    r"|\b(?:demande|ticket)\s(?:suivra|arrivera|viendra)\b|\bne (?:faites|faire) rien (?:pour l'instant|pour le moment|encore)\b"
    r"|\b(?:solicitud|petici(?:ó|o)n)\s(?:llegar(?:á|a)|vendr(?:á|a)|seguir(?:á|a))\b|\bno (?:hag(?:á|a)is|hagan|haga) nada (?:todav(?:í|i)a|a(?:ú|u)n|por ahora)\b"
    r"|\b(?:verzoek|aanvraag|melding)\s(?:volgt|komt later)\b|\bnog niets (?:doen|ondernemen|wijzigen)\b")

# The writer says they only want to know something: "we just want to know for the letter", "just asking", "for
# information only", "wir wollen nur wissen", "nous voulons juste savoir", "solo queremos saber", "we willen alleen
# weten". A fact is asked about the account or the mailbox; nothing is to change (unless_asked keeps "please ...").
_ONLY_TO_KNOW = (r"\b(?:we|i|they|hr|he|she)\s(?:just|only|merely|simply)\s(?:want|wanted|need|needed|would like|wish)\sto know\b"
                 # The same said without its subject, as a clause of its own: "which plan do I have? just want to know".
                 r"|(?:^|[.,;:!?\n]\s?)(?:just|only|merely|simply)\s(?:want|wanted|need|needed|would like|wish)\sto know\b"
                 # "just need the info", "ich brauche nur die Info", "j'ai juste besoin de l'info", "solo necesito la
                 # información", "ik heb alleen de info nodig": the answer is what is wanted, not a change.
                 r"|\b(?:just|only) (?:need|needed|want|wanted|after) (?:the |this |that )?(?:info|information|answer)\b"
                 r"|\bbrauch(?:e|en)? (?:\S+ )?(?:nur|lediglich|blo(?:ß|ss)) (?:die |eine )?(?:info|information|auskunft|antwort)\b"
                 r"|\b(?:juste|seulement) besoin (?:de l'|d'une |de la )?(?:info|information|r(?:é|e)ponse)\b"
                 r"|\b(?:s(?:ó|o)lo|solamente) necesit(?:o|amos|a|an) (?:la |una )?(?:info|informaci(?:ó|o)n|respuesta)\b"
                 r"|\b(?:heb|hebben|wil|willen) (?:\S+ )?(?:alleen|enkel|gewoon) (?:de |het |een )?(?:info|informatie|antwoord)\b"
                 r"|\bjust (?:asking|wondering)\b|\b(?:for|as) (?:your |an? )?(?:information|info) only\b|\bonly (?:a |an )?(?:question|enquiry|inquiry)\b"
                 r"|\b(?:wir|ich)\s(?:wollen|m(?:ö|oe)chten|will|m(?:ö|oe)chte)\s(?:\S+\s)?(?:nur|lediglich|blo(?:ß|ss))\s(?:\S+\s)?wissen\b|\bnur zur (?:info|information)\b"
                 r"|\b(?:nous voulons|je veux|on veut|nous voudrions|je voudrais)\s(?:juste|seulement|simplement)\ssavoir\b|\bpour information seulement\b"
                 r"|\b(?:solo|s(?:ó|o)lamente)\s(?:queremos|quiero|quer(?:í|i)amos|quisiera|quisi(?:é|e)ramos)\ssaber\b|\bsolo a t(?:í|i)tulo informativo\b"
                 r"|\b(?:we|ik)\s(?:willen|wil)\s(?:alleen|enkel|gewoon)\s(?:even\s)?weten\b|\bter informatie\b"
                 # "just asking before I go", "frage nur", "nur eine Frage vorab", "je demande juste", "juste une question",
                 # "solo pregunto", "solo es una pregunta", "ik vraag het alleen", "gewoon een vraag".
                 r"|\b(?:i(?:'m| am)\s)?(?:just|only)\sasking\b|\bfrag(?:e|en)? (?:ich )?(?:nur|blo(?:ß|ss))\b|\bnur (?:eine|ne|mal eine) frage\b"
                 r"|\bje (?:demande|pose la question) (?:juste|seulement|simplement)\b|\b(?:juste|simplement) une question\b"
                 r"|\bs(?:ó|o)lo (?:pregunto|preguntaba|es una pregunta|una pregunta)\b"
                 r"|\bik vraag (?:het )?(?:alleen|enkel|gewoon|maar)\b|\b(?:gewoon|alleen|enkel) een vraag\b")

# A licence said not to be needed: "no licence needed", "I don't need a licence for it", "keine Lizenz nötig", "pas besoin
# de licence", "no necesito licencia", "geen licentie nodig". The writer wants a program to stop asking (a sign-in
# prompt, a trial banner), not a licence assigned; "licence needed" alone is a licence request, so the negation is read.
# Not "no other licence is needed" beside one asked: another's absence leaves the one asked standing.
_NOT_ANOTHER = r"(?!other\b|additional\b|further\b|extra\b|more\b|weitere|andere|zus(?:ä|ae)tzliche|autre|otra|otro|adicional)"
_LICENCE = r"(?:licen[cs]es?|lizenz(?:en)?|licencias?|licentie(?:s)?)"
_NO_LICENCE_NEEDED = (rf"\bno {_NOT_ANOTHER}(?:\S+ )?{_LICENCE} (?:is |should be )?(?:needed|required|necessary)\b"
                      rf"|\b(?:do not|don'?t|doesn'?t|does not|shouldn'?t|should not) (?:need|require) (?:a |any |an? \S+ )?{_LICENCE}"
                      rf"|\bkeine {_NOT_ANOTHER}(?:\S+ )?{_LICENCE} (?:n(?:ö|oe)tig|erforderlich|notwendig)|\bbrauch\w* (?:ich |wir )?keine (?:\S+ )?{_LICENCE}"
                      rf"|\bpas besoin (?:d'une |de )?{_LICENCE}|\b(?:no|ninguna) (?:necesito|necesitamos|hace falta|se necesita) (?:una |ninguna )?{_LICENCE}"
                      rf"|\bgeen {_NOT_ANOTHER}(?:\S+ )?{_LICENCE} nodig\b")

# Access to a mailbox denied of everybody, said beside what is asked of it: "please put the mailbox under hold, nobody
# needs access to it", "set an auto-reply, no access needed for anyone", "niemand braucht Zugriff", "personne n'a
# besoin d'y accéder", "nadie necesita acceso", "niemand heeft toegang nodig" (set h90). What is done is a setting of
# the mailbox (a hold, a reply); no one is given access, and a leaver's mailbox kept so is no offboarding of its own.
_NO_ACCESS_WANTED = (r"\b(?:nobody|no one|no-one|noone|none of us)\s(?:\S+\s)?(?:needs?|wants?|requires?)\s(?:any\s)?access\b"
                     r"|\bno access (?:is\s)?(?:needed|required|necessary)\b|\bno\sone\sis\sto\sget\saccess\b"
                     r"|\bniemand (?:braucht|ben(?:ö|oe)tigt|muss) (?:\S+ )?(?:zugriff|zugang)\b|\bkein (?:zugriff|zugang) (?:n(?:ö|oe)tig|erforderlich|notwendig)\b"
                     r"|\bpersonne n'a besoin d'(?:acc(?:è|e)s|y acc(?:é|e)der)|\baucun acc(?:è|e)s (?:n'est )?(?:n(?:é|e)cessaire|requis)\b"
                     r"|\bnadie necesita (?:el |ning(?:ú|u)n )?acceso\b|\bno (?:se )?(?:necesita|hace falta) (?:ning(?:ú|u)n )?acceso\b"
                     r"|\bniemand (?:heeft|hoeft) (?:\S+ )?toegang\b|\bgeen toegang nodig\b")
# What a leaver's offboarding does to the account, named: then the mailbox's setting is one step of it.
_ACCOUNT_ENDED = (r"\b(?:disable|deactivate|block|delete|remove|close|offboard)\w*\s(?:\S+\s){0,3}?(?:account|login|user)\b"
                  r"|\b(?:deaktivier|sperr|l(?:ö|oe)sch)\w*|\bd(?:é|e)sactiv\w*|\bdesactiv\w*|\bdeactiveer\w*|\bblokkeer\w*")

DISCLAIMED_VETOES: list[Veto] = [
    # "please put the leaver's mailbox under litigation hold, nobody needs access to it": a mailbox setting, no access.
    Veto("mailbox_access", rx(_NO_ACCESS_WANTED), 3.0),
    Veto("offboarding", rx(unless(_NO_ACCESS_WANTED, _ACCOUNT_ENDED)), 3.0),
    # "Reader asks me to sign in each time, I only read PDFs, no licence needed": nothing to assign.
    Veto("license_change", rx(unless_asked(_NO_LICENCE_NEEDED)), 3.0,
         words("no ", "n't", "not", "keine", "pas besoin", "geen")),
    # "the shared mailbox shows each mail twice. Not an access issue, I have access", "Zugriff habe ich, es geht nur um
    # die Regel", "access is working, only sync issue": no access to grant.
    Veto("mailbox_access", rx(_ACCESS_IN_HAND), 3.0),
    # "invites stop reaching me as her delegate; I can still open her calendar fine": access held, delivery at fault.
    Veto("mailbox_access", rx(unless_asked(_STILL_OPENS)), 3.0),
    # "new here and forgot my username (not my password)": the name to look up, no password to reset.
    Veto("password_reset", rx(_NOT_THE_PASSWORD), 3.0),
    # "locked after typos, I know the password: only unlock, no new password": the reset declined, the lock is asked.
    Veto("password_reset", rx(_NO_NEW_PASSWORD), 3.0,
         words("no ", "n't", "dont", "doesnt", "without", "ohne", "kein", "pas ", "sans", "sin ", "geen", "zonder")),
    Veto("group_membership", rx(_ACCESS_IN_HAND), 3.0),
    # "mails to the list arrive twice; members are right, please don't change the membership": a delivery fault.
    Veto("group_membership", rx(_MEMBERSHIP_LEFT_ALONE), 3.0),
    # "who owns the AD group? Not requesting membership": nobody to add.
    Veto("group_membership", rx(_SET_ASIDE + _MEMBERSHIP), 3.0),
    Veto("mailbox_access", rx(_SET_ASIDE + r"(?:mailbox |postfach)?(?:access|zugriff)"), 3.0),
    # "the Jenkins TOTP plugin broke. Not about personal MFA", "I do not need anything with MFA": nobody's second factor.
    Veto("mfa_reset", rx(_SET_ASIDE + rf"(?:\S+ )?{MFA}"), 3.0),
    # "new phone, set up my mail please; I don't use the authenticator", "ich nutze keinen Authenticator", "je n'utilise
    # pas l'application d'authentification", "no uso el autenticador", "ik gebruik geen authenticator": the writer uses no
    # second factor to move or reset. Not one given up lately ("don't use the authenticator any more, switch me to SMS"
    # is a change), nor one not had ("I don't have the authenticator on the new phone" is a factor to re-register), nor
    # where another factor is named (the SMS or the key the writer does use may be what fails).
    Veto("mfa_reset", rx(unless(rf"\b(?:i|we) (?:do not|don'?t|never) use (?:the |an? |any |that )?(?:\S+ )?{MFA}(?! ?any ?more| no more| now)"
                                rf"|\b(?:ich|wir) (?:nutze|benutze|verwende|nutzen|benutzen|verwenden) (?:keinen|keine|kein) (?:\S+ )?{MFA}"
                                rf"|\b(?:ich|wir) (?:nutze|benutze|verwende|nutzen|benutzen|verwenden) (?:den |die |das )?(?:\S+ )?{MFA} (?:\S+ )?nicht\b(?! mehr)"
                                rf"|\b(?:je|nous) n'(?:utilise|utilisons) (?:pas|jamais) (?:l'|le |la |d'|de )?(?:\S+ )?{MFA}"
                                rf"|(?<!\bya )\bno (?:uso|usamos|utilizo|utilizamos) (?:el |la |ning(?:ú|u)n |ninguna )?(?:\S+ )?{MFA}"
                                rf"|\bik gebruik geen (?:\S+ )?{MFA}|\bik gebruik (?:de |het )?(?:\S+ )?{MFA} niet\b(?! meer)",
                                _ANOTHER_FACTOR)), 3.0),
    Veto("license_change", rx(_SET_ASIDE + r"(?:a |new )?(?:licen[cs]es?|lizenz(?:en)?|seats?)"), 3.0),
    # "Dave is leaving; not asking about his email or anything, just the phone line": the leaver's accounts set aside.
    Veto("offboarding", rx(unless_asked(_SET_ASIDE + r"(?:his |her |their |seine[nm]? |ihre[nm]? |son |sa |ses |su |sus |zijn |haar )?"
                                        r"(?:e-?mails?|accounts?|logins?|mailbox|access|konto|konten|zugang|zug(?:ä|ae)nge|postfach)\b")), 3.0,
         words("not", "n't", "dont", "nicht")),
    # "Tom left in March: are his mails still delivered somewhere? we just want to know for the letter": a fact asked.
    *(Veto(category, rx(unless_asked(_ONLY_TO_KNOW)), 3.0,
           words("know", "asking", "wondering", "info", "question", "enquiry", "inquiry", "wissen", "savoir", "saber", "weten",
                 "frage", "demande", "pregunt", "vraag", "answer", "auskunft", "antwort", "réponse", "reponse", "respuesta", "antwoord"))
      for category in ("offboarding", "mailbox_access", "group_membership", "license_change", "onboarding")),
    # "will the authenticator approvals still work abroad, or do I need wifi? just asking before I go": a question about
    # how a factor, a lock or a password behaves, said to be only a question; a "please reset it" keeps the request.
    *(Veto(category, rx(unless_asked(_ONLY_TO_KNOW)), 3.0,
           words("know", "asking", "wondering", "info", "question", "enquiry", "inquiry", "wissen", "savoir", "saber", "weten",
                 "frage", "demande", "pregunt", "vraag", "answer", "auskunft", "antwort", "réponse", "reponse", "respuesta", "antwoord"))
      for category in ("mfa_reset", "account_unlock", "password_reset")),
    # "weekly report of the store accounts that got locked out? not asking to unlock anything": the act set aside.
    # The act denied outweighs every word of it: the lockout's own words are what the report is about.
    Veto("account_unlock", rx(unless_asked(_act_set_aside(_UNLOCK_VERB))), 6.0),
    *(Veto(category, rx(unless_asked(_act_set_aside(_RESET_VERB))), 6.0) for category in ("password_reset", "mfa_reset")),
    *(Veto(category, rx(unless_asked(_act_set_aside(_GRANT_VERB))), 6.0)
      for category in ("group_membership", "mailbox_access", "license_change")),
    # "repeated lockouts for this user; security is investigating, please do NOT unlock it": the act forbidden.
    Veto("account_unlock", rx(_act_forbidden()), 6.0,
         words("not", "n't", "dont", "never", "nicht", "keinen", "niet", "nooit", "ne ", "no ")),
    # "FYI, Tom leaves on the 30th; his manager will raise the leaver request": told ahead, nothing to do yet.
    *(Veto(category, rx(unless_asked(_REQUEST_TO_FOLLOW)), 3.0)
      for category in ("onboarding", "offboarding", "group_membership", "mailbox_access", "license_change")),
    # "can you send me the onboarding checklist? Not raising a request yet": nothing asked of the category yet.
    *(Veto(category, rx(_NO_REQUEST_YET), 3.0)
      for category in ("onboarding", "offboarding", "group_membership", "mailbox_access", "license_change",
                       "password_reset", "account_unlock", "mfa_reset")),
]
