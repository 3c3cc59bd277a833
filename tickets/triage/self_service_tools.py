# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""The things a writer resets or signs in with by themselves, said to be in hand or out of service: a second factor's
phone said unchanged while its prompts stop arriving, the factor said moved to the new phone already, and the
self-service reset page itself down. None is a password or a factor of one person's to reset. Vetoes in the form of
tickets/triage/patterns.py, joined to objects.OBJECT_VETOES after logins_elsewhere.LOGIN_ELSEWHERE_VETOES, ending the
list not_the_account.NOT_THE_ACCOUNT_VETOES ended before they moved here (the history of each is in
not_the_account.py's docstring).
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx, words
from tickets.triage.unless import ASKS_FOR_A_CHANGE, unless, unless_asked
from tickets.triage.vocabulary import FORGOT, MFA, NEW, PW

# The self-service reset page itself out of service: "the password reset page gives 503", "SSPR is down",
# "Passwort-Reset-Seite nicht erreichbar", "la page de réinitialisation est inaccessible", "la página de restablecimiento
# no carga", "de wachtwoord-resetpagina is onbereikbaar". A service's outage for a person to look at, however many are
# trying it; not one person's password to set (the veto yields where someone asks for that in so many words).
_RESET_PAGE = (rf"(?:{PW}[\s-]?(?:reset|self[\s-]?service|zur(?:ü|ue)cksetzungs?|reset-?)[\s-]?(?:page|portal|site|website|web ?page|tool|service|seite|portal|dienst)"
               r"|\bsspr\b|\bpasswordreset\.\S+|page de r(?:é|e)initialisation|portail de r(?:é|e)initialisation|p(?:á|a)gina de (?:restablecimiento|recuperaci(?:ó|o)n)"
               r"|portal de (?:restablecimiento|autoservicio)|wachtwoord-?reset-?(?:pagina|portaal|site)"
               # The self-service reset named as a service ("registering for self-service password reset gives an
               # error"): its page or its sign-up failing is the service's fault, whatever the step.
               rf"|self[\s-]?service[\s-]{PW}[\s-]?(?:reset|change|zur(?:ü|ue)cksetzung)|{PW}[\s-]?self[\s-]?service"
               rf"|r(?:é|e)initialisation (?:du |de )?{PW} en libre-service|restablecimiento (?:de )?{PW} (?:de |en |por )?autoservicio"
               rf"|selfservice[\s-]?{PW}(?:reset|herstel)?)")
_OUT_OF_SERVICE = (r"(?:\bis down\b|\bdown\b(?! to\b)|\b50[0234]\b|\b404\b|service unavailable|unavailable|not loading|won'?t load|doesn'?t load|times? out|timing out|offline|outage"
                   r"|nicht erreichbar|nicht verf(?:ü|ue)gbar|l(?:ä|ae)dt nicht|ausgefallen|inaccessible|indisponible|hors service|ne (?:se )?charge pas"
                   r"|ca(?:í|i)d[oa]|no carga|no disponible|fuera de servicio|niet bereikbaar|onbereikbaar|laadt niet|ligt plat"
                   # An error the page shows: "the page gives error AADSTS...", "zeigt einen Fehler", "affiche une erreur",
                   # "da un error", "geeft een foutmelding".
                   r"|\b(?:gives?|shows?|throws?|returns?|displays?)\s(?:me\s)?(?:an?\s)?(?:\S+\s)?error|\berror (?:message|code)\b|\bzeigt (?:mir )?(?:eine?n? )?fehler"
                   r"|\bfehlermeldung\b|\b(?:affiche|renvoie) (?:une |un )?(?:message d')?erreur|\bmessage d'erreur\b|\b(?:da|muestra|devuelve) (?:un )?(?:mensaje de )?error\b"
                   r"|\bmensaje de error\b|\b(?:geeft|toont) (?:een )?(?:fout|foutmelding)\b|\bfoutmelding\b)")
_RESET_PAGE_DOWN = unless_asked(rf"{_RESET_PAGE}[^.!?\n]{{0,80}}?{_OUT_OF_SERVICE}|{_OUT_OF_SERVICE}[^.!?\n]{{0,40}}?{_RESET_PAGE}")
_RESET_PAGE_ANCHOR = words("page", "portal", "site", "tool", "service", "seite", "dienst", "sspr", "passwordreset", "pagina", "página", "portaal")

# The self-service reset's own sign-up asked of the writer: "every morning a window wants me to enrol in SSPR",
# "a prompt to sign up for the self-service password reset", "Aufforderung, mich für die Self-Service-Kennwortzurücksetzung zu
# registrieren", "on me demande de m'inscrire à la réinitialisation du mot de passe en libre-service", "me pide
# registrarme en el restablecimiento de contraseña de autoservicio", "vraagt me te registreren voor selfservice
# wachtwoordherstel". The writer is asked to enrol a phone or questions for a reset they may need one day; no password
# is forgotten or to set now (whether the prompt is genuine is for a person to say). Not where a reset is asked or
# a password said forgotten.
_SIGN_UP = (r"(?:regist\w*|enrol\w*|sign(?:ing)?[\s-]?up|set(?:ting)?[\s-]?up|inscri\w*|enregistr\w*|anmeld\w*|aanmeld\w*)")
# The sign-up said missing, as the self-service page answers one who never made it: "it says my account isn't
# registered for SSPR", "I was never enrolled in self-service reset", "ich bin nicht für die Self-Service-Zurücksetzung
# registriert", "je ne suis pas inscrit", "no estoy registrado", "ik ben niet geregistreerd". The writer cannot reset by
# themselves, so the desk's reset is what is left: no prompt to enrol is told.
_NOT_SIGNED_UP = (rf"\b(?:not|isn'?t|is not|aren'?t|wasn'?t|never|nicht|nie|pas|jamais|no|nunca|niet|nooit)\s(?:\S+\s){{0,3}}?(?:ge)?{_SIGN_UP}")
_RESET_SIGN_UP = unless(rf"\b{_SIGN_UP}\s(?:\S+\s){{0,4}}?{_RESET_PAGE}|{_RESET_PAGE}[\s-](?:{_SIGN_UP})"
                        rf"|{_RESET_PAGE}\s(?:\S+\s){{0,4}}?(?:zu\s)?(?:registrieren|anmelden|registreren|inscrire|registrar(?:me|se)?)\b",
                        # A password forgotten beside it is one to reset, however the sign-up prompt is told.
                        rf"{ASKS_FOR_A_CHANGE}|{FORGOT}|{_NOT_SIGNED_UP}")
_SIGN_UP_ANCHOR = words("regist", "enrol", "sign", "set", "inscri", "enregistr", "anmeld", "aanmeld")

# The second factor said moved to the new phone already: "the authenticator is already moved over", "Authenticator
# ist schon übertragen", "l'authentificateur est déjà transféré", "el autenticador ya está migrado", "de authenticator
# is al overgezet". What a new phone still needs is something else (mail, apps). Not where a negation comes before the
# verb ("el Authenticator no se ha pasado") or the clause goes on with a failure or a but ("moved it over but it shows
# no codes").
# A phone, in the five languages: where a second factor is moved to, or the one kept (_SAME_PHONE below).
_PHONE = (r"(?:phone|mobile|device|handy|smartphone|iphone|android|telefon|ger(?:ä|ae)t|t(?:é|e)l(?:é|e)phone|portable|appareil"
          r"|tel(?:é|e)fono|m(?:ó|o)vil|celular|dispositivo|telefoon|gsm|mobiel|toestel)")
_MOVED = (r"(?:moved|transferred|migrated|copied|carried|switched|(?:ü|ue)bertragen|umgezogen|migriert|(?:ü|ue)bernommen"
          r"|transf(?:é|e)r(?:é|e)e?|migr(?:é|e)e?|d(?:é|e)plac(?:é|e)e?|transferid[oa]|migrad[oa]|pasad[oa]|overgezet|gemigreerd|verhuisd|overgezet)")
_FACTOR_MOVED = (rf"{MFA}(?:\s(?!(?:not|no|nicht|noch|pas|ne|niet|nog|never|nie)\b)[^\s.!?]+){{0,6}}?\s(?:is|was|has been|have been|got|ist|wurde|est|a (?:é|e)t(?:é|e)|est(?:á|a)|fue|se ha|is|werd)\s"
                 rf"(?:already\s|all\s|successfully\s|schon\s|bereits\s|d(?:é|e)j(?:à|a)\s|ya\s|al\s)?{_MOVED}\b"
                 # Not after "before": "wiped before I moved the authenticator" says it was never moved.
                 rf"|(?<!before )(?<!bevor )(?<!avant que )(?<!antes de que )(?<!voordat )\b(?:i|we|ich|j'ai|he|ik|hemos|he)\s(?:already\s|have\s|schon\s|bereits\s|d(?:é|e)j(?:à|a)\s|ya\s|al\s)?(?:moved|transferred|migrated|copied|habe|transf(?:é|e)r(?:é|e)|migr(?:é|e)|pasado|migrado|heb)\s(?:\S+\s){{0,2}}?{MFA}"
                 # The factor first, the writer after it (German's and Dutch's verb-second order): "Authenticator hab ich
                 # schon selbst übertragen", "de authenticator heb ik zelf al overgezet", "the authenticator I moved myself".
                 rf"|{MFA}\s(?:hab|habe|haben|heb|hebben|i|i'?ve|we'?ve)\s(?:ich\s|wir\s|ik\s|we\s|have\s)?(?:already\s|schon\s|bereits\s|selbst\s|selber\s|al\s|zelf\s|myself\s|ourselves\s)*{_MOVED}\b")
# Or said moved and working without its verb's auxiliary, or running already on the new phone: "authenticator already
# moved over and working", "Authenticator läuft schon auf dem neuen Gerät", "l'authentificateur fonctionne déjà sur le
# nouveau téléphone", "el autenticador ya funciona en el móvil nuevo", "de authenticator werkt al op de nieuwe telefoon".
_FACTOR_MOVED += (rf"|{MFA}\s(?:app\s)?(?:already|schon|bereits|d(?:é|e)j(?:à|a)|ya|al)\s{_MOVED}\b"
                  rf"|{MFA}\s(?:app\s)?(?:(?:is\s)?already\s(?:works?|working|running|set up)|(?:l(?:ä|ae)uft|funktioniert|ist)\s(?:schon|bereits)"
                  rf"|(?:fonctionne|marche|tourne|est)\sd(?:é|e)j(?:à|a)|ya\s(?:funciona|est(?:á|a))|(?:werkt|draait|staat)\sal)\s(?:on|auf|sur|en|op)\s(?:the\s|my\s|dem\s|meinem\s|le\s|mon\s|el\s|mi\s|de\s|mijn\s)?"
                  rf"(?:\S+\s)?{_PHONE}")
# Or the participle alone with how it went, as a quick note says it: "authenticator moved over fine already",
# "Authenticator problemlos übertragen", "authentificateur transféré sans souci", "autenticador migrado sin problemas",
# "authenticator zonder problemen overgezet" (h88).
_WENT_WELL = (r"(?:fine|ok|okay|already|successfully|without (?:a |any )?(?:problems?|issues?)|problemlos|ohne probleme"
              r"|sans (?:souci|probl(?:è|e)me)s?|sin problemas?|zonder problemen|prima)")
_FACTOR_MOVED += (rf"|{MFA}\s(?:app\s)?{_MOVED}\s(?:over\s|across\s)?{_WENT_WELL}\b"
                  rf"|{MFA}\s(?:app\s)?{_WENT_WELL}\s{_MOVED}\b")
_FACTOR_MOVED_FINE = rf"(?:{_FACTOR_MOVED})(?![^.!?\n]{{0,60}}\b(?:but|however|aber|doch|mais|pero|maar|not|nicht|pas|no|niet|fails?|error|fehler|erreur)\b)"
_MOVED_ANCHOR = words("mov", "transf", "migr", "copied", "carried", "switched", "bertragen", "umgezogen", "bernommen", "plac", "pasad", "overgezet", "verhuisd",
                      "already", "schon", "bereits", "déjà", "deja", "ya ", " al ")

# The factor's phone said unchanged: "same phone as always", "I haven't changed my phone", "gleiches Handy wie immer",
# "même téléphone", "mismo móvil", "dezelfde telefoon". A prompt that stops arriving on it is a notification or app
# fault to look at; re-enrolling the factor on the phone it is on changes nothing. Not with a new or lost phone in the
# ticket ("same number, new phone"), nor the same phone number.
_SAME_PHONE = unless(
    rf"\bsame\s(?:old\s)?{_PHONE}\b(?!\s(?:number|nr|no)\b)|\b(?:haven'?t|have not|didn'?t|did not|never)\s(?:changed|replaced|switched|swapped)\s(?:my\s|the\s)?{_PHONE}\b"
    rf"|\b(?:gleiche[sn]?|selbe[sn]?|dasselbe|denselben|dieselbe)\s{_PHONE}\b|\bkein(?:e|en)?\sneue[sn]?\s{_PHONE}\b"
    rf"|\bm(?:ê|e)me\s{_PHONE}\b|\bmism[oa]\s{_PHONE}\b|\b(?:de)?zelfde\s{_PHONE}\b",
    rf"(?:\b{NEW}\s{_PHONE}|\b(?:lost|stolen|broken|wiped|reset|verloren|gestohlen|kaputt|perdu|vol(?:é|e)|cass(?:é|e)|perdid[oa]|robad[oa]|rot[oa]|kwijt|gestolen|kapot)\b)")

SELF_SERVICE_TOOL_VETOES: list[Veto] = [
    # "the approval requests stopped showing up, same phone as always": a notification fault, the factor is in hand.
    Veto("mfa_reset", rx(_SAME_PHONE), 2.0, words("same", "changed", "replaced", "switched", "swapped", "gleich", "selbe", "dieselbe",
                                                  "kein", "même", "meme", "mism", "zelfde")),

    # "https://passwordreset.example.com gives 503, several agents are trying it": the reset page's outage.
    Veto("password_reset", rx(_RESET_PAGE_DOWN), 3.0, _RESET_PAGE_ANCHOR),
    # "a pop-up wants me to enrol my number for SSPR, should I trust it?": an enrolment prompt, no reset.
    Veto("password_reset", rx(_RESET_SIGN_UP), 3.0, _SIGN_UP_ANCHOR),
    # "got a new phone, how do I get my mail on it? the authenticator is already moved over": the factor is in hand.
    Veto("mfa_reset", rx(_FACTOR_MOVED_FINE), 2.5, _MOVED_ANCHOR),
]
