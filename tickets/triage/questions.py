# ruff: noqa: E501 -- word lists read best filled to the line length
"""Questions about how things work, told apart from requests phrased as questions.

"What are the rules for a new password?", "Does the authenticator app have to be on my own phone?", "Is there a
limit on mailbox size?" ask about a policy: a technician answers them, and nothing is done to any account. Read as
requests, the first is a password reset for its writer, the costliest mistake triage can make. "Can you reset my
password?" and "Could you unlock Dave?" are questions in form only: they ask someone to do something, so they stay
requests, as does "Why is my account locked?" (the writer's own account, in a state that needs fixing).

`split_questions` parts the sentences that only ask about something from the rest; the rules engine scores what is
left, and a ticket whose every request-like words sat in such questions is `other`.

Whose job a thing is ("who manages this?", "can we reset it from our side or do they have to?"), whether to worry, and
a subject that calls the ticket a question came from tests/data/triage_holdout39.jsonl, a telecom operator's
(tests/triage/test_priorities_notices_whose_job_and_remnants.py). Whether anything need be done at all ("is that ok or
do I need to do something?") came from tests/data/triage_holdout40.jsonl (tests/triage/test_leavers_by_name_and_whether_to_act.py).
A right asked for a person named at length ("can the medical secretary Jo Ray get ...?") came from
tests/data/triage_holdout48.jsonl (tests/triage/test_hand_ons_and_rights_asked_as_abilities.py), and a subject saying the
writer made the change themself ("reset my password myself, anything else?") orders nothing
(tests/triage/test_leavers_by_name_and_whether_to_act.py).
"""

from __future__ import annotations

import re

from tickets.triage import intent_words as w
from tickets.triage.noise import CHANGE_VERB, reports_a_problem

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")

# A sentence that opens as a question: an interrogative or an inverted auxiliary, after a greeting or "quick question:".
_OPENS_AS_QUESTION = re.compile(
    r"^(?:(?:hi|hello|hey|hallo|bonjour|hola|hoi|dear \w+|also|and|so|und|et|y|en|btw)\W+)*"
    r"(?:(?:(?:quick|short|small|one|a|kurze|kleine|eine|petite|une|una|pequeña|korte|een)\s)?(?:question|frage|pregunta|vraag|vraagje)\W+)?"
    # "Not urgent - is there ...?", "nicht dringend: gibt es ...?" (intent_words.UNHURRIED)
    rf"(?:(?:{w.UNHURRIED})\W+)?"
    r"(?:if|wenn|falls|si|als|what|which|how|why|when|who|whom|whose|where|is|are|was|were|does|do|did|has|have|should|must|may|shall|after how|"
    r"wie|was|welche[rsnm]?|wer|warum|weshalb|wann|wo|gibt es|muss|m(?:ü|ue)ssen|darf|d(?:ü|ue)rfen|ist|sind|hat|haben|braucht|brauchen|soll|sollen|"
    r"quel(?:le)?s?|comment|combien|pourquoi|quand|qui|o(?:ù|u)|est-ce qu(?:e|')|y a-t-il|faut-il|doit-on|dois-je|tous les combien|à partir de combien|"
    r"qu(?:é|e)|cu(?:á|a)l(?:es)?|c(?:ó|o)mo|cu(?:á|a)nt[oa]s?|por qu(?:é|e)|cu(?:á|a)ndo|qui(?:é|e)n(?:es)?|d(?:ó|o)nde|hay|tiene que|tengo que|es|son|cada cu(?:á|a)nto|"
    r"wat|welke?|hoe|waarom|wanneer|wie|waar|is er|zijn er|moet|moeten|mag|mogen|is|zijn|heeft|hebben|"
    # From when, and what will be needed later: "from when can I file the request?", "will I need the app after the
    # rollout?", "ab wann ...?", "werde ich ... brauchen?", "à partir de quand ...?", "devrai-je ...?", "¿a partir de cuándo
    # ...?", "¿tendré que ...?", "vanaf wanneer ...?", "zal ik ... nodig hebben?" (set h92).
    r"from when|from what date|by when|will (?:i|we|users?|staff|employees|everyone|people|my team|our team)|"
    r"ab wann|bis wann|werde ich|werden wir|werden (?:die )?(?:benutzer|mitarbeiter)|"
    r"(?:à|a) partir de quand|d'ici quand|devrai-je|devrons-nous|aurai-je|faudra-t-il|"
    r"(?:a partir de|desde|para) cu(?:á|a)ndo|tendr(?:é|e) que|tendremos que|necesitar(?:é|e)|"
    r"vanaf wanneer|tot wanneer|zal ik|zullen we|zullen (?:de )?(?:gebruikers|medewerkers))\b"
)
_INTERROGATIVE = re.compile(
    r"^(?:\W*\w+\W+){0,3}?(?:what|which|how (?:long|often|many|much|do|does|can|should|far)|why|who|"
    r"welche[rsnm]?|warum|wie (?:lange?|oft|viele?|muss|m(?:ü|ue)ssen)|quel(?:le)?s?|combien|pourquoi|"
    r"cu(?:á|a)l(?:es)?|cu(?:á|a)nt[oa]s?|por qu(?:é|e)|welke?|hoe (?:lang|vaak|veel)|waarom)\b"
)
# Someone is asked to do something ("can you", "könnten Sie", "pouvez-vous", "podéis", "kunnen jullie", "please").
_ASKS_SOMEONE = re.compile(
    r"\b(?:can|could|would|will|cann?) (?:you|u|ya|someone|somebody|anyone|it be)\b|"
    # "Could the service desk unlock Ahmed's account?": the desk asked in the third person.
    r"\b(?:can|could|would|will) (?:the |our |your )?(?:service ?desk|help ?desk|it (?:team|support|department|desk)"
    r"|support team|admins?|administrators?)\b|\b(?:can|could|may) (?:i|we) (?:get|have|please|be)\b|"
    r"\b(?:can|could) we (?:please )?(?!use|reuse|choose|pick|keep|still|also|just|do\b|make|see|set our|change our)\w+|"
    r"\b(?:can|could|may) (?:we|i) (?:please )?(?:get|have|upgrade|move|add|give|reset|unlock|switch|assign|put|remove|change|swap|order)\b|"
    r"\b(?:can|could) (?:\S+ ){1,3}(?:get|have|join)\b|"
    # A longer subject when the sentence opens with the ask: "can the medical secretary Jo Ray get edit rights ...?" (not
    # "what rights can the secretaries of a consultant get?", which asks about the rules, nor "could IT contact the
    # vendor to get ...", whose "to get" is what another's act is for).
    r"^\W*(?:(?:hi|hello|hey|and|also|so)\W+)?(?:can|could) (?:\S+ ){4,5}?(?<!\bto )(?:get|have|join)\b|k(?:ö|oe)nnen wir|kann (?:\S+ ){0,4}?(?:bekommen|haben|erhalten)\b|kann man (?:\S+ ){0,3}?(?:freischalten|einrichten|hinzuf(?:ü|ue)gen|geben|erteilen|entsperren|zur(?:ü|ue)cksetzen|anlegen|vergeben)\b|peut-(?:il|elle) (?:avoir|obtenir)|puede (?:\S+ ){0,3}?tener\b|pouvons-nous|est-ce qu'on peut|puis-je avoir|"
    r"\bpodemos\b|puedo tener|kunnen we|kan (?:\S+ ){0,6}?krijgen\b|"
    r"\b(?:can|could) (?:\S+ ){1,2}be (?:added|removed|given|unlocked|reset|put|taken|granted|assigned|moved|signed)\b|"
    # Files or mail handed on, asked in the passive: "may the leaver's documents be handed over to her boss?", "could his
    # mails be forwarded to me?", "can the old project folders be transferred to Ann?". Only what a directory account
    # holds: a phone number or a device handed on is the phone's or the device's business.
    r"\b(?:can|could|may) (?:\S+ ){0,2}(?:files|documents|data|e-?mails|mails|onedrive|drive|folders|inbox|mailbox)"
    r" be (?:passed|handed|transferred|forwarded|shared|copied) (?:on |over )?to\b|"
    # The same passive ask in the other languages: "Kann Anna ins Team aufgenommen werden?", "peut-elle être ajoutée au
    # groupe ?", "¿puede ser añadida al equipo?", "kan Anna aan het team toegevoegd worden?". A change asked for a named
    # one, not a rule asked about ("wer kann aufgenommen werden?" opens with its interrogative and is read as one).
    r"\bk(?:ann|(?:ö|oe)nnte|(?:ö|oe)nnen) (?:\S+ ){1,6}?(?:aufgenommen|hinzugef(?:ü|ue)gt|entsperrt|zur(?:ü|ue)ckgesetzt|freigeschaltet"
    r"|entfernt|ausgetragen|eingetragen|berechtigt|zugewiesen|erteilt|eingerichtet|angelegt|deaktiviert) werden\b|"
    r"\b(?:peut|pourrait)[\s-](?:\S+ ){0,4}?(?:être|etre) (?:ajout|retir|d(?:é|e)bloqu|r(?:é|e)initialis|supprim|inscrit|activ)\w*|"
    r"\b(?:puede|podr(?:í|i)a|pueden|podr(?:í|i)an) (?:\S+ ){0,4}?ser (?:a(?:ñ|n)adid|agregad|quitad|desbloquead|restablecid|eliminad|incluid)\w*|"
    r"\b(?:kan|kunnen|zou|zouden) (?:\S+ ){1,6}?(?:toegevoegd|verwijderd|ontgrendeld|gedeblokkeerd|gereset|uitgeschreven|ingeschreven) (?:worden|kunnen worden)\b|"
    # "Can Mark Ellis send as events@?": a mailbox right named as what someone may do is that right asked for.
    r"\b(?:can|could) (?:\S+ ){1,3}send (?:as|on behalf)\b|"
    r"\b(?:is|would) it (?:be )?possible\b|\bany chance\b|\bplease\b|\bpls\b|\bplz\b|\bkindly\b|"
    # "Kann das jemand machen?", "quelqu'un peut le faire ?", "¿alguien puede?", "kan iemand dat doen?": anyone asked.
    r"\bkann (?:das |mich |ihn |sie |es )?(?:bitte )?(?:jemand|irgendwer|irgendjemand)\b|"
    # "Could IT set up his logins?": the IT department asked, lower-cased to "it" before a request's verb.
    r"\b(?:can|could|would|will) it (?:please )?(?:set|create|make|sort|add|give|reset|unlock|remove|arrange|prepare|get)\b|quelqu'un (?:peut|pourrait)|alguien (?:puede|podr(?:í|i)a)|\bkan (?:\S+ )?iemand\b|"
    r"k(?:ö|oe)nn(?:en|ten|t) (?:sie|ihr)\b|kannst du|k(?:ö|oe)nntest du|\bbitte\b|(?:ist|w(?:ä|ae)re) es m(?:ö|oe)glich|"
    r"pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|vous pouvez|tu peux|puis-je|pourrais-je|merci de|s'il (?:vous|te) pla|svp|(?:est-il|serait-il|est-ce) possible|"
    r"pod(?:é|e)is|podr(?:í|i)ais|puedes|podr(?:í|i)as|puede usted|podr(?:í|i)a usted|pueden|podr(?:í|i)an|me pod(?:é|e)is|me puedes|por favor|(?:es|ser(?:í|i)a) posible|"
    r"kunnen jullie|kun je|kunt u|zou je|zouden jullie|zou u|wil je|willen jullie|\bgraag\b|alsjeblieft|alstublieft|is het mogelijk"
    # Italian and Polish (tickets/triage/italian_and_polish.py): "potete aggiungere ...?", "czy możecie odblokować?"
    r"|\bpotete\b|\bpotreste\b|\bpotresti\b|\bpuoi\b|\bper (?:favore|cortesia)\b|\bprosz(?:ę|e)\b|\bczy (?:mo(?:ż|z)ecie|mo(?:ż|z)na|mo(?:ż|z)e)\b"
)
# ... unless what they are asked to do is to explain ("could you tell me what the password rules are?").
_ASKS_TO_EXPLAIN = re.compile(
    # or whether the writer may do it themself ("can I change it myself?")
    r"\b(?:myself|by myself|on my own|selbst|moi-m(?:ê|e)me|yo mism[oa]|zelf)\b|"
    r"\b(?:tell|explain|let (?:me|us) know|confirm|advise|clarify|sagen|erkl(?:ä|ae)ren|mitteilen|dire|expliquer|indiquer|pr(?:é|e)ciser|"
    r"decir|decidme|explicar|indicar|aclarar|vertellen|uitleggen|laten weten)\b"
)
# The writer's own account, in a state that needs fixing: a problem report, even when put as a question.
_OWN_TROUBLE = re.compile(
    rf"(?:{w._FORGOT}|{w._EXPIRED}|{w.UNLOCK.pattern}|not working|doesn'?t work|won'?t (?:let|work|accept)|funktioniert nicht|ne marche|ne fonctionne|no funciona|werkt niet)"
)
_SUBJECT_IS_A_QUESTION = re.compile(
    r"\?|\b(?:question|frage|pregunta|vraag|policy|policies|rules?|richtlinie|regeln|r(?:è|e)gles?|politique|reglas?|pol(?:í|i)tica|regels?|beleid|limit|grenze|limite|l(?:í|i)mite|limiet)\b"
)


# A wish to understand how things are, said instead of asked: "I'd like to understand the rules", "ich möchte verstehen,
# was die Regeln sind", "je voudrais comprendre les règles", "quisiera entender las reglas", "ik wil graag begrijpen wat
# de regels zijn". A question without its mark; the checks below still keep the writer's own trouble a request
# (holdout56).
_WISHES_TO_UNDERSTAND = re.compile(
    r"\b(?:i'?d|i would|i want to|i wish to|we'?d|we would|we want to) (?:like to |love to |just )?(?:understand|know|learn)"
    r" (?:the|what|how|why|which|whether|if)\b"
    r"|\b(?:ich|wir) (?:m(?:ö|oe)chten?|w(?:ü|ue)rden? gerne?|will|wollen) (?:\S+ )?(?:verstehen|wissen|nachvollziehen)\b"
    r"|\b(?:je|nous) (?:voudrais|voudrions|souhaite|souhaiterais|aimerais) (?:bien )?(?:comprendre|savoir)\b"
    r"|\b(?:quisiera|quiero|me gustar(?:í|i)a|queremos) (?:entender|saber|comprender)\b"
    r"|\b(?:ik|we|wij) (?:wil|willen|zou|zouden) (?:graag )?(?:begrijpen|weten|snappen)\b"
)


# An aside in brackets between a request's words: "Can Jo Bell (new analyst, account already set up) be given access
# ...?" is "Can Jo Bell be given access ...?" with a note inside it.
_ASIDE = re.compile(r"\s?\([^()\n]{1,120}\)")


def _asks_someone(low: str) -> bool:
    """Whether the sentence asks someone to act, read with and without its bracketed asides."""
    return bool(_ASKS_SOMEONE.search(low) or ("(" in low and _ASKS_SOMEONE.search(_ASIDE.sub("", low))))


# A statement ending in doubled marks ("??", "?!") is said in surprise or complaint, not asked: no interrogative opens it.
# Not marks right after a quoted message ("onedrive says 'you no longer have access to this folder'??"): what the
# writer asks there is what the message means, as a plain "?" would.
_ASTONISHED = re.compile(r"(?<!['\"’”»])(?:\?\s*\?|\?\s*!|!\s*\?)[\s?!]*$")


def only_asks_about(sentence: str) -> bool:
    """Whether one sentence asks about something rather than for something to be done."""
    low = sentence.strip().lower().lstrip(" -*•¿¡")
    # A verb or "when" first is a question only with its question mark ("Is locked again", "When I log in ..."):
    # only the plain interrogatives need none.
    opens_as_question = bool((_OPENS_AS_QUESTION.search(low) and ("?" in low or _INTERROGATIVE.search(low)))
                             or _WISHES_TO_UNDERSTAND.search(low))
    if not opens_as_question and not low.endswith("?"):
        return False  # no question either way below, whoever is asked (most sentences: the costly search is skipped)
    if not opens_as_question and _ASTONISHED.search(low):
        return False  # "she starts tomorrow and nothing has been set up??": a statement, said in surprise (h129)
    asks_someone = _asks_someone(low)
    explain = bool(asks_someone and _ASKS_TO_EXPLAIN.search(low))
    if not (opens_as_question or (low.endswith("?") and (explain or not w.SELF.search(low)))):
        return False
    if asks_someone and not explain:
        return False
    return not (w.SELF.search(low) and _OWN_TROUBLE.search(low))


# A request on a pronoun after the question ("What licence does she need? Please add it."): the question names what
# is to be done, so it is part of the request, not a question about how things work.
_REFERS_BACK = re.compile(
    r"\b(?:add|assign|give|order|buy|grant|set up|reset|unlock|enable)\s(?:it|that|this|one|them|her one|him one)\b"
    r"|\b(?:es|das|sie|ihn)\s(?:\S+\s)?(?:zuweisen|hinzuf(?:ü|ue)gen|einrichten|bestellen|freischalten)\b"
    r"|\b(?:l'|le |la |les )(?:lui |leur |me )?(?:attribuer|ajouter|donner|commander|activer)\b"
    r"|\b(?:as(?:í|i)gn|a(?:ñ|n)ad|ped)\w*(?:sela|selo|mela|melo|la|lo)\b"
    r"|\b(?:wijs|voeg|geef|bestel|regel)\s(?:\S+\s)?(?:het|die|deze|hem|haar)\b",
    re.I,
)


def split_questions(request: str) -> tuple[str, str] | None:
    """The request's sentences that only ask about something, and the rest; None when there are none."""
    sentences = [s for s in _SENTENCE.split(request) if s.strip()]
    asked = [s for s in sentences if only_asks_about(s)]
    if not asked:
        return None
    if any(_REFERS_BACK.search(s) for s in sentences if s not in asked):
        return None
    return "\n".join(asked), "\n".join(s for s in sentences if s not in asked)


# A subject that says in a word that its ticket is a question: "question: leaver's laptop", "Frage zu Gruppen". Not a
# question mark alone: "Can you reset my password?" and "Password reset?" are requests put as questions.
_SUBJECT_DECLARES_A_QUESTION = re.compile(
    r"^\W*(?:(?:quick|short|small|general|kurze|petite|pequeña|korte)\s)?(?:question|q|query|frage|pregunta|consulta"
    r"|vraag|vraagje)\b"
)


def subject_declares_a_question(subject: str) -> bool:
    """Whether the subject says the ticket asks a question, so its nouns ("leaver", "licence") name the topic only."""
    return bool(_SUBJECT_DECLARES_A_QUESTION.search(subject.lower()))


def subject_asks(subject: str) -> bool:
    """A subject that asks someone to act ("Please reset my password"), not one naming a topic ("Password rules")."""
    low = subject.lower()
    return bool(_ASKS_SOMEONE.search(low)) and not _SUBJECT_IS_A_QUESTION.search(low)


# A device gone, wiped, reset or replaced: the writer's second factor is likely gone with it (the MFA reset's usual
# cause), so a ticket that says so is never taken for a mere question.
_DEVICE_GONE = re.compile(
    r"\b(?:lost|stolen|dropped|broke|broken|smashed|wiped|deleted|reset|replaced|verloren|gestohlen|kaputt|gel(?:ö|oe)scht"
    r"|perdu|vol(?:é|e)|cass(?:é|e)|perd(?:í|i)|robad|roto|rota|borrad|kwijt|gestolen|kapot|gewist)\w*"
)

# An order ("Reset my MFA.", "Bitte entsperren", "Ajoutez-moi"): a change verb opening the sentence.
_OPENS_WITH_A_CHANGE = re.compile(
    rf"^\W*(?:(?:hi|hello|hey|hallo|bonjour|hola|hoi|also|and|so|just|then|now|und|et|y|en)\W+)*(?:{CHANGE_VERB.pattern})"
)
# Someone wanting something done, in the writer's words ("I need", "we'd like", "ich brauche", "j'ai besoin", "necesito").
_WANTS = re.compile(
    r"\b(?:i|we|he|she|they|you|i'd|we'd)\s(?:\w+\s)?(?:need|needs|needed|want|wants|would like|like|require|requires)\b"
    r"|\b(?:ich|wir|er|sie)\s(?:\w+\s)?(?:brauche|brauchen|braucht|ben(?:ö|oe)tig\w*|m(?:ö|oe)chte\w*)\b"
    r"|\b(?:j'ai|nous avons|il a|elle a) besoin|\b(?:je|nous) (?:voudrais|voudrions|souhaite|souhaitons)\b"
    r"|\b(?:necesit|quiero|queremos|quisiera)\w*|\b(?:ik|wij|we|hij|zij) (?:wil|willen|zou graag)\b|\bnodig\b"
)
# "What should I do?", "can you help?": the writer asks to be got out of a state, not how a thing behaves.
_ASKS_FOR_HELP = re.compile(
    r"\bwhat (?:should|shall|do|can|must) (?:i|we) do\b|\bwhat now\b|\bhelp\b|\bhilfe\b|was (?:soll|kann|muss) ich (?:tun|machen)"
    r"|que (?:dois|puis)-je faire|\baide\b|qu(?:é|e) (?:hago|puedo hacer|tengo que hacer)|\bayuda\b|wat (?:moet|kan) ik doen"
    r"|\bhulp\b"
)
# ... unless it is negated: "don't want to be a security risk" wants nothing done.
_NOT_WANTED = re.compile(r"\b(?:don'?t|do not|doesn'?t|does not|not|no)\s(?:\w+\s)?(?:need|want|require)\w*")
# Whether the writer should worry is a question, however it is worded: "is this something I need to worry about?",
# "do I need to be concerned?", "muss ich mir Sorgen machen?", "dois-je m'inquiéter ?", "¿tengo que preocuparme?",
# "moet ik me zorgen maken?". Its "I need" wants nothing done.
_WORRY = re.compile(
    r"\b(?:need|have|ought)\s(?:to\s)?(?:worry|be (?:worried|concerned|alarmed)|panic)\b"
    r"|sorgen machen|beunruhigt sein|m'inqui(?:é|e)ter|(?:ê|e)tre inquiet|preocupar(?:me|nos|se)|zorgen (?:te )?maken|ongerust"
)
# A form's "access requested" line: the form is the request, its "user id?" fields are no questions.
_REQUESTED = re.compile(r"\brequested\b|angefragt|angefordert|demand(?:é|e)e?s?\b|solicitad[oa]s?\b|aangevraagd")

# What should have been prepared is not ("nothing is ready", "not set up yet", "no login"): a problem stated, so a
# question beside it ("is this even in the system?") chases the work rather than asking how a thing behaves.
_NOT_READY = re.compile(
    r"\b(?:nothing|not|isn'?t|aren'?t|wasn'?t|weren'?t|still not)\s(?:\S+\s)?(?:ready|set ?up|prepared|created)\b"
    r"|\bno (?:login|account|user ?id|e-?mail address)\b|nichts (?:ist )?(?:fertig|eingerichtet|vorbereitet)"
    r"|(?:rien n'est|pas encore) (?:pr(?:ê|e)t|configur(?:é|e))|nada (?:est(?:á|a) )?(?:listo|preparado)"
    r"|niets (?:is )?(?:klaar|geregeld)"
)


def asks_whether_it_is_normal(subject: str, request: str) -> bool:
    """Whether the writer only describes how something behaves and asks about it ("it asks me for a code every
    morning now, has something changed?"), with nothing asked to be done and no sign-in that fails.

    The words of the behaviour (the code, the prompt, the lock) are the vocabulary of a request, but the writer
    neither asks anyone to act nor reports being kept out: a person answers the question and no account changes.
    Any request, change verb or reported problem anywhere in the subject or the request keeps the ticket a request.
    """
    sentences = [s for s in _SENTENCE.split(request) if s.strip()]
    if not any(only_asks_about(s) for s in sentences):
        return False
    for sentence in sentences:
        low = sentence.lower()
        if _ASKS_SOMEONE.search(low) and not _ASKS_TO_EXPLAIN.search(low):
            return False
        if _OPENS_WITH_A_CHANGE.search(low) or _WANTS.search(_NOT_WANTED.sub(" ", _WORRY.sub(" ", low))) or _ASKS_FOR_HELP.search(low):
            return False
        if _TO_BE_CHANGED.search(low) and not only_asks_about(sentence):
            return False
    # A problem counts where it is stated, not where it is wondered about ("has something gone wrong?").
    words = "\n".join([subject, *(s for s in sentences if not only_asks_about(s))]).lower()
    if subject_asks(subject) or _OPENS_WITH_A_CHANGE.search(subject.lower()):
        return False
    return not (reports_a_problem(words) or _DEVICE_GONE.search(words) or _REQUESTED.search(words)
                or _NOT_READY.search(words))


# A change stated in the passive, as a leaver's manager puts it: "account can be closed", "his login should be disabled",
# "Konto kann gelöscht werden", "le compte peut être désactivé", "la cuenta se puede cerrar", "account mag verwijderd
# worden". Said, not wondered: a side question beside it ("keep his mailbox?") does not make the ticket a question.
# The account's words before it: "this can be closed" is the ticket's own close.
_ACCOUNT_NOUN = (r"(?:accounts?|logins?|access|mailbox|licen[cs]es?|user|konto|konten|zugang|zug(?:ä|ae)nge|postfach|compte"
                 r"|acc(?:è|e)s|cuenta|acceso|usuario|toegang|gebruiker)")
_TO_BE_CHANGED = re.compile(
    rf"\b{_ACCOUNT_NOUN}\s(?:\S+\s)?(?:can|should|must|may|needs? to|has to|is to|are to)\sbe\s(?:\S+\s)?"
    r"(?:closed|disabled|deactivated|removed|deleted|blocked|locked|created|set up|added|granted|unlocked|reset)\b"
    rf"|\b{_ACCOUNT_NOUN}\s(?:\S+\s){{0,3}}?(?:kann|soll|muss|darf|k(?:ö|oe)nnen|sollen|m(?:ü|ue)ssen)\s(?:\S+\s){{0,2}}?"
    r"(?:geschlossen|gel(?:ö|oe)scht|gesperrt|deaktiviert|entfernt|angelegt|eingerichtet|entsperrt|zur(?:ü|ue)ckgesetzt)\swerden\b"
    rf"|\b{_ACCOUNT_NOUN}\s(?:\S+\s)?(?:peut|doit|peuvent|doivent)\s(?:\S+\s)?(?:(?:ê|e)tre)\s"
    r"(?:ferm|supprim|d(?:é|e)sactiv|bloqu|cr(?:éé|ee)|d(?:é|e)bloqu|r(?:é|e)initialis)\w*"
    rf"|\b{_ACCOUNT_NOUN}\s(?:\S+\s)?(?:se\s)?(?:puede|debe|pueden|deben)\s(?:(?:ser|quedar)\s)?"
    r"(?:cerrar|borrar|eliminar|desactivar|bloquear|crear|desbloquear|cerrad|borrad|eliminad|desactivad|bloquead)\w*"
    rf"|\b{_ACCOUNT_NOUN}\s(?:\S+\s)?(?:kan|mag|moet|mogen|moeten)\s(?:\S+\s)?"
    r"(?:gesloten|verwijderd|gedeactiveerd|geblokkeerd|aangemaakt|ontgrendeld|gereset)\s(?:worden)\b"
)


# Whose job a thing is, or from which side it can be done: "who manages this?", "who looks after that, us or them?",
# "can we reset it from our side or do they have to?", "wer ist dafür zuständig?", "qui s'occupe de ça ?", "¿quién
# gestiona esto?", "wie beheert dit?". Not "who can reset it?", which asks for the reset by another route.
_WHOSE_JOB = re.compile(
    r"\bwho\s(?:\S+\s){0,2}?(?:manages?|handles?|owns?|looks? after|is responsible|are responsible|takes? care of|administers?"
    r"|deals? with|is in charge of|runs?)\b|\b(?:us|we) or (?:them|they|the vendor|the supplier|you)\b|\b(?:you|them|they) or (?:us|we)\b"
    r"|\b(?:our|your) (?:side|end) or\b|\bor (?:do|does|must|should|would|will|can) (?:they|you|the vendor|the supplier|their \S+)"
    r"(?: (?:have to|need to|do it|do that))?\s*\?"
    r"|\bwer\s(?:\S+\s){0,2}?(?:ist (?:\S+ )?zust(?:ä|ae)ndig|k(?:ü|ue)mmert sich|verwaltet|betreut)\b|\bbei uns oder (?:bei )?(?:denen|ihnen|euch|dem)\b"
    r"|\bqui\s(?:\S+\s){0,2}?(?:g(?:è|e)re|s'occupe|est responsable|administre)\b|\b(?:chez nous|de notre c(?:ô|o)t(?:é|e)) ou\b"
    r"|\bqui(?:é|e)n\s(?:\S+\s){0,2}?(?:gestiona|se encarga|es responsable|administra|lleva)\b|\b(?:nosotros|nuestro lado) o\b"
    r"|\bwie\s(?:\S+\s){0,2}?(?:beheert|is verantwoordelijk|gaat (?:er )?over|regelt)\b|\b(?:bij ons|aan onze kant) of\b"
    # Or who holds a shared login's keys: "who in IT has this login?", "who knows the password for the team account?",
    # "wer hat die Zugangsdaten?", "qui a les identifiants ?", "¿quién tiene la contraseña?", "wie heeft het wachtwoord?".
    # Whoever keeps it answers; no one's own account is to change (holdout56).
    r"|\bwho\s(?:\S+\s){0,3}?(?:has|holds|knows|keeps|owns|manages) (?:the|this|that|our|these|those) (?:\S+ ){0,2}?(?:login|logon|password|credentials|account|user ?name)s?\b"
    r"|\bwer\s(?:\S+\s){0,2}?(?:hat|kennt|verwaltet) (?:das|die|den|dieses|diese|unser|unsere) (?:\S+ )?(?:login|zugangsdaten|passwort|kennwort|konto|zugang)\b"
    r"|\bqui\s(?:\S+\s){0,2}?(?:a|conna(?:î|i)t|g(?:è|e)re) (?:le|les|ce|cet|notre|nos) (?:\S+ )?(?:login|identifiants?|mot de passe|compte)\b"
    r"|\bqui(?:é|e)n\s(?:\S+\s){0,2}?(?:tiene|sabe|conoce|gestiona) (?:el|la|las|los|este|esta|nuestro|nuestra) (?:\S+ )?(?:usuario|contrase(?:ñ|n)a|credenciales|cuenta)\b"
    r"|\bwie\s(?:\S+\s){0,2}?(?:heeft|weet|kent|beheert) (?:de|het|deze|dit|onze|ons) (?:\S+ )?(?:inlog|login|wachtwoord|inloggegevens|account)\b"
    # Or who the administrator of a thing is on the writer's side: "who is our admin for the carrier portal?", "wer ist
    # unser Admin für das Portal?", "qui est notre administrateur ?", "¿quién es nuestro administrador?", "wie is onze
    # beheerder?" (set h138). That person acts, once named; nothing is asked of the help desk's playbooks.
    r"|\bwho(?:'s|\sis|\sare)\s(?:our|the)\s(?:\S+\s){0,2}?(?:admins?|administrators?)\b"
    r"|\bwer\sist\s(?:bei uns\s)?(?:unser|der)\s(?:\S+\s)?(?:admin|administrator)\b|\bqui est (?:notre |l')(?:\S+ )?(?:admin|administrateur)\b"
    r"|\bqui(?:é|e)n es (?:nuestro|el) (?:\S+ )?(?:admin|administrador)\b|\bwie is (?:onze|de) (?:\S+ )?(?:admin|beheerder)\b"
    # Or whether the writer may do it themself or IT must: "can I set that up myself or does IT have to?", "kann ich das
    # selbst anlegen oder muss das die IT machen?", "... ou est-ce que l'informatique doit le faire ?", "... o lo tiene
    # que hacer informática?", "... of moet ICT dat doen?" (set h92). The answer may be "do it yourself".
    # ("it" lower-cased is the department only before what it must do: "or does it need a form?" is the thing's.)
    r"|\bor (?:do|does|must|should|would|will|can) (?:it (?=have to|need to|do it|do that)|(?:the it (?:team|department)|the (?:service ?desk|help ?desk)|you guys)\b)"
    r"(?: ?(?:have to|need to)(?: do (?:it|that|this))?| ?(?:do it|do that|handle it|set it up))?\s*\?"
    r"|\boder (?:muss|m(?:ü|ue)ssen|m(?:ü|ue)sst|soll|sollen) (?:das |es )?(?:die it|die edv|der service ?desk|der helpdesk|der support|ihr)\b"
    r"|\bou (?:est-ce que |c'est )?(?:l'informatique|l'it|le service informatique|le support|le helpdesk|vous)\s(?:qui\s)?(?:doi(?:t|vez)|devez|le fai(?:t|tes)|s'en charge)"
    r"|\bou (?:faut-il|dois-je) (?:passer par|demander (?:à|a)) (?:l'informatique|l'it|le support|vous)\b"
    r"|\bo (?:lo )?(?:tiene que|tienen que|debe|deben|ten(?:é|e)is que) (?:hacer(?:lo)? )?(?:inform(?:á|a)tica|soporte|sistemas|ti|it|vosotros|ustedes)\b"
    r"|\bof (?:moet|moeten|dient) (?:ict|it|de servicedesk|de helpdesk|jullie)\b"
    # Or whether the desk looks after the thing at all, or its maker does: "do you manage that or is it the exam
    # board?", "do you handle those or do I ask the vendor?", "macht ihr das oder ist das Sache des Anbieters?", "c'est
    # vous qui gérez ça ou c'est l'éditeur ?", "¿lo gestionáis vosotros o es cosa del proveedor?", "beheren jullie dat
    # of moet ik bij de leverancier zijn?". The thing's owner answers; no account of ours is to change.
    r"|\b(?:do|does|can|will) (?:you|you guys|it|the it team|the service ?desk) (?:manage|handle|look after|deal with|support|do|reset|own)"
    r" (?:that|this|it|those|these|them)\b[^?\n]{0,30}?\bor (?:is (?:it|that|this)|do (?:i|we) (?:ask|contact|go to|need)|should (?:i|we))\b"
    r"|\b(?:macht|machen|verwaltet|betreut) (?:ihr|sie) (?:das|den|die|es)\b[^?\n]{0,30}?\boder (?:ist (?:das|es)|muss ich|m(?:ü|ue)ssen wir|soll ich)\b"
    r"|\bc'est vous qui (?:g(?:é|e)rez|vous occupez de|faites) (?:ça|ca|cela|ce compte|ce portail)\b[^?\n]{0,30}?\bou\b"
    r"|\b(?:lo|la|los|las) (?:gestion(?:á|a)is|llev(?:á|a)is|gestionan|llevan) (?:vosotros|ustedes)\b[^?\n]{0,30}?\bo (?:es|tengo|debo)\b"
    r"|\b(?:beheren|regelen|doen) jullie (?:dat|dit|het)\b[^?\n]{0,30}?\bof (?:is (?:het|dat)|moet ik|moeten we)\b"
)


def asks_whose_job_it_is(subject: str, request: str) -> bool:
    """Whether the writer only asks who looks after a thing or from which side it is done, and asks for nothing else.

    The thing's words (a password that expired, a portal's locked login) are a request's vocabulary, but the question
    is of responsibility: a person answers it, and acting on the account would pre-empt the answer. Any plea, change
    verb or want in the other sentences, or a subject that asks, keeps the ticket a request.
    """
    return _only_this_question(_WHOSE_JOB, subject, request)


def _only_this_question(question: re.Pattern[str], subject: str, request: str) -> bool:
    """Whether a sentence of `request` asks `question` (and ends with "?") while no other sentence, nor the subject,
    holds a plea, a change verb or a want: then the question is all the writer asks."""
    sentences = [s for s in _SENTENCE.split(request) if s.strip()]
    asked = [s for s in sentences if question.search(s.lower()) and s.rstrip().endswith("?")]
    if not asked:
        return False
    for sentence in (s for s in sentences if s not in asked):
        low = sentence.lower()
        if _asks_someone(low) or _OPENS_WITH_A_CHANGE.search(low) or _WANTS.search(_NOT_WANTED.sub(" ", low)):
            return False
        if _ASKS_FOR_HELP.search(low):
            return False
    return not (subject_asks(subject) or _orders(subject.lower()))


# The writer's own doing, said with its verb first: "reset my password myself, anything else?", "Passwort selbst
# zurückgesetzt", "réinitialisé moi-même", "la restablecí yo misma", "zelf gereset". No order, a report.
_DONE_MYSELF = re.compile(r"\b(?:myself|by myself|on my own|selbst|selber|moi-m(?:ê|e)me|yo mism[oa]|zelf)\b")


def _orders(low: str) -> bool:
    """Whether a subject opens with a change verb that orders it done, not one the writer says they did themself."""
    return bool(_OPENS_WITH_A_CHANGE.search(low)) and not _DONE_MYSELF.search(low)


# Whether anything need be done at all: "is that ok or do I need to do something?", "do we have to do anything about
# it?", "muss ich da etwas tun?", "dois-je faire quelque chose ?", "¿tengo que hacer algo?", "moet ik iets doen?". The
# writer says how things stand and asks if that will do; what to do, if anything, a person answers.
_ANYTHING_NEEDED = re.compile(
    r"\b(?:do|should|must|shall) (?:i|we) (?:\S+ )?(?:need to |have to )?do (?:something|anything)\b"
    # The "is there" may be left out: "anything I need to do beforehand, or do I call you after?" (set h90).
    r"|\b(?:is (?:there )?)?(?:something|anything) (?:i|we) (?:need|have|should|must|ought) to do\b"
    # Or whether a thing left over must go, asked of it by a pronoun: "does that need to be removed?", "does it have
    # to go?", "muss das weg?", "faut-il le supprimer ?", "¿hay que quitarlo?", "moet dat weg?" (set h90). What the
    # writer has in hand is told; whether to change anything a person answers.
    r"|\b(?:does|do|should|must) (?:that|it|this|they|those|these) (?:\S+ )?(?:need to|have to|has to)? ?(?:go|be (?:removed|deleted))\s*\?"
    r"|\bmuss (?:das|es|der|die|den) (?:\S+ )?(?:weg|raus|entfernt werden|gel(?:ö|oe)scht werden)\s*\?"
    r"|\b(?:faut-il|dois-je|doit-on) (?:le |la |les )?(?:supprimer|retirer|enlever)\s*\?"
    r"|\bhay que (?:quitarl[oa]s?|borrarl[oa]s?|eliminarl[oa]s?)\s*\?"
    r"|\bmoet (?:dat|het|die|deze) (?:\S+ )?(?:weg|verwijderd worden)\s*\?"
    r"|\b(?:is|would) (?:that|this|it) (?:be )?(?:ok|okay|fine|alright|enough|acceptable) or\b"
    r"|\bmuss (?:ich|man) (?:da |jetzt |noch )?(?:etwas|was|irgendwas) (?:tun|machen|unternehmen)\b|\breicht (?:das|es) (?:so )?oder\b"
    r"|\b(?:dois-je|faut-il|devons-nous) faire quelque chose\b|\best-ce (?:que c'est )?(?:bon|suffisant) ou\b"
    r"|\b(?:tengo|tenemos|hay) que hacer algo\b|\b(?:es|est(?:á|a)) bien (?:as(?:í|i) )?o\b"
    r"|\bmoet(?:en)? (?:ik|we|wij) (?:nog )?(?:iets|wat) doen\b|\bis dat (?:ok(?:e|ay)?|goed|genoeg) of\b"
    # Or whether it is a worry at all: "had prompts I didn't ask for and denied them. Should I be worried?", "muss ich
    # mir Sorgen machen?", "dois-je m'inquiéter ?", "¿debo preocuparme?", "moet ik me zorgen maken?". What happened is
    # reported; whether anything is to be done (a reset, a sign-out) a person decides.
    r"|\b(?:should|do|must) (?:i|we) (?:be (?:worried|concerned)|worry)\b|\bis (?:this|that|it) (?:something )?(?:to worry about|worrying|a (?:concern|worry))\b"
    r"|\b(?:muss|sollte) (?:ich|man) (?:mir |sich )?sorgen machen\b|\b(?:dois-je|faut-il) (?:m'|s')inqui(?:é|e)ter\b"
    r"|\b(?:debo|tengo que|deber(?:í|i)a) preocuparme\b|\bmoet ik me (?:zorgen maken|ongerust maken)\b"
    # Or what will come of how things stand: "will my account be locked when I'm back?", "what happens if it expires
    # while I'm away?", "wird mein Konto dann gesperrt?", "mon compte sera-t-il bloqué ?", "¿qué pasa si caduca?", "wordt
    # mijn account dan geblokkeerd?". A state to come, not one to mend: a person says what will happen (holdout56).
    r"|\bwill (?:my|our|his|her|their|the|this) (?:\S+ ){0,2}?(?:be|get|become) (?:locked|disabled|blocked|deleted|deactivated|expired|suspended)\b"
    r"|\bwhat (?:happens|will happen|would happen) (?:if|when|once|while|after|to)\b|\bwhat (?:is|are) (?:going|supposed) to happen\b"
    r"|\bwird (?:mein|meine|dein|sein|ihr|das|der|die) (?:\S+ ){0,3}?(?:gesperrt|deaktiviert|gel(?:ö|oe)scht|ablaufen)\b|\bwas (?:passiert|geschieht) (?:\S+ )?(?:wenn|falls|mit|nach|sobald)\b"
    r"|\bsera(?:-t-il|-t-elle)? (?:\S+ )?(?:bloqu|verrouill|d(?:é|e)sactiv|supprim)|\bque se passe(?:-t-il|ra-t-il) (?:si|quand|lorsque|apr(?:è|e)s)\b|\bqu'est-ce qui va se passer\b"
    r"|\b(?:se )?(?:bloquear(?:á|a)|desactivar(?:á|a)|caducar(?:á|a))\b|\bqu(?:é|e) (?:pasa|pasar(?:á|a)|ocurre|ocurrir(?:á|a)) (?:si|cuando|con|despu(?:é|e)s)\b"
    r"|\bwordt (?:mijn|zijn|haar|het|de|ons) (?:\S+ ){0,3}?(?:geblokkeerd|vergrendeld|gedeactiveerd|verwijderd)\b|\bwat gebeurt er (?:als|wanneer|met|na)\b"
)


def asks_whether_anything_is_needed(subject: str, request: str) -> bool:
    """Whether the writer only asks if anything need be done about how things stand, and asks for nothing else.

    "Lost my phone but the codes still come by SMS. Is that ok or do I need to do something with MFA?": the words of a
    request are there, but the writer asks whether one is needed; a person answers before any factor is reset. Any
    plea, change verb or want in the other sentences, or a subject that asks, keeps the ticket a request.
    """
    return _only_this_question(_ANYTHING_NEEDED, subject, request)
