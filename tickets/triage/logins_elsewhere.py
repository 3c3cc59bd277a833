# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""A login the ticket names that is not the directory's: another program's login the writer sets apart from it ("my
password for the lab system, not Windows"), a program's login of its own ("the rating tool has its own login"), a
device's local account outside the domain, and the writer's private account at an outside service said hacked. The
help desk resets, unlocks and signs out directory accounts only; each of these is its owner's. Vetoes in the form of
tickets/triage/patterns.py, joined to objects.OBJECT_VETOES right after not_the_account.NOT_THE_ACCOUNT_VETOES, whose
list they continued before they moved here (the history of each is in not_the_account.py's docstring).
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx, words
from tickets.triage.unless import unless, unless_asked
from tickets.triage.vocabulary import PW

# A login the writer sets apart from the directory's by naming it beside it: "my password for the lab system (not
# Windows)", "Passwort für das Laborprogramm, nicht Windows", "mot de passe du logiciel (pas Windows)", "contraseña
# del programa, no la de Windows", "wachtwoord voor het labsysteem (niet Windows)", or "not the Windows one". Only
# after a password or login named for something, and never where a verb follows the directory's name: "I can log in to
# the booking system, not Windows" ... "not Windows, that works" would say which one fails, not whose it is.
_DIRECTORY_NAMES = (r"(?:windows|the domain|the network|my pc|the pc|ad|active directory|dom(?:ä|ae)ne|netzwerk|r(?:é|e)seau"
                    r"|(?:el |la )?de windows|red|netwerk|domein)")
_SET_APART = (rf"(?:{PW}|log-?in|log-?on|account|anmeldung|zugang|konto|compte|cuenta|usuario|inlog|account)\s(?:\S+\s){{0,2}}?"
              r"(?:for|of|to|in|on|f(?:ü|ue)r|zum|zur|vom|im|pour|du|de|des|para|del|en|voor|van|bij|op)\s[^.!?\n]{0,60}?"
              r"[,(;-]\s?(?:and\s|und\s|et\s|y\s|en\s)?(?:not|nicht|pas|no|niet)\s(?:the\s|my\s|das\s|die\s|le\s|mon\s|mi\s|het\s|mijn\s)?"
              rf"{_DIRECTORY_NAMES}\b(?!\s(?:\S+\s)?(?:works?|is|isn|doesn|does|won|geht|funktioniert|fonctionne|marche|funciona|werkt|login|account|password|one))"
              r"|\bnot (?:the|my|our) (?:windows|network|domain|pc|laptop|computer) one\b"
              # Or set apart in brackets right after it, with no preposition: "my rater password forgotten (not
              # Windows!)", "Kennwort vergessen (nicht Windows)", "(pas Windows)", "(no Windows)", "(niet Windows)".
              rf"|(?:{PW}|log-?in|log-?on|anmeldung|zugang|konto|compte|cuenta|usuario|inlog)[^.!?\n]{{0,60}}?\(\s?(?:not|nicht|pas|no|niet)\s"
              rf"(?:the\s|my\s|das\s|die\s|le\s|mon\s|mi\s|het\s|mijn\s)?{_DIRECTORY_NAMES}\s?!*\s?\)")
_SET_APART_ANCHOR = words("not ", "nicht ", "pas ", "no ", "niet ")

# A device's or program's own local account, outside the directory: "the local operator password on the panel", "the
# panel is not in the domain", "lokales Admin-Passwort", "nicht in der Domäne", "mot de passe administrateur local",
# "hors domaine", "contraseña de administrador local", "no está en el dominio", "lokaal beheerderswachtwoord", "niet
# in het domein". The help desk's reset and unlock act on directory accounts only; the device's owner resets its own.
# A program's name may stand between: "it's a local Milestone user, not Windows", "lokaler SAP-Benutzer" (h88); never
# the directory's own ("local domain account").
_LOCAL_LOGIN = (r"\blocal\s(?:(?!domain\b|network\b|windows\b|ad\b|active\b)[\w-]+\s)?(?:admin(?:istrator)?\s|operator\s|user\s|service\s|device\s|machine\s|panel\s)?(?:password|account|login|log-?on|user)\b"
                r"|\bnot (?:in|on|part of|joined to|a member of) (?:the |our |any )?(?:domain|active directory)\b|\bnot domain[- ]joined\b"
                r"|\blokale[rsn]?\s(?:[\w]+-)?(?:admin-?|administrator-?|benutzer-?|bediener-?|ger(?:ä|ae)te-?)?(?:passwort|kennwort|konto|benutzer|login|anmeldung)\b"
                r"|\bnicht (?:in|an|mit) der (?:dom(?:ä|ae)ne|domain)\b"
                r"|\b(?:mot de passe|compte) (?:administrateur |admin |op(?:é|e)rateur )?local\b|\bpas (?:dans|sur|membre du) (?:le )?domaine\b|\bhors (?:du )?domaine\b"
                r"|\b(?:contrase(?:ñ|n)a|cuenta|usuario) (?:de administrador |de operador |del equipo )?local\b|\bno est(?:á|a) (?:en|unid[oa] al) (?:el )?dominio\b|\bfuera del dominio\b"
                r"|\blokaal?\s(?:admin-?|beheerders?-?|gebruikers?-?|operator-?)?(?:wachtwoord|account|gebruiker)\b|\bniet in het domein\b")
# A program said to have a login of its own: "the rating tool has its own login", "das Programm hat ein eigenes
# Passwort", "l'application a son propre identifiant", "la aplicación tiene su propia contraseña", "het pakket heeft een
# eigen inlog". Its password is kept by the program, which its owner resets; the directory's is not the one meant.
# "its", "a son", "tiene su" of a thing: never "my own password" or "his own account", which are a person's.
_OWN_LOGIN = (r"\b(?:has|have|with|uses|got)\s(?:\S+\s)?its own\s(?:\S+\s)?(?:login|log-?in|log-?on|password|passcode|user ?names?|user ?ids?|credentials|accounts?|sign-?in)\b"
              r"|\b(?:hat|haben|mit)\s(?:\S+\s)?(?:ein|einen|einem|seine[nm]?|ihre[nm]?)\seigene[nsm]?\s(?:login|log-?in|passwort|kennwort|zugang|anmeldung|benutzer\w*|konto)\b"
              r"|\b(?:a|ont|avec)\s(?:son|ses|leur|leurs)\s(?:propres?)\s(?:login|identifiants?|mots? de passe|comptes?|acc(?:è|e)s)\b"
              r"|\b(?:tiene|tienen|con)\s(?:su|sus)\s(?:propi[oa]s?)\s(?:usuarios?|contrase(?:ñ|n)as?|login|cuentas?|credenciales|acceso)\b"
              r"|\b(?:heeft|hebben|met)\s(?:een\s|zijn\s|haar\s)?eigen\s(?:login|inlog|wachtwoord|account|gebruikersnaam)\b")
_OWN_ANCHOR = words("its own", "eigen", "propre", "propi")
_LOCAL_ANCHOR = words("local", "lokal", "lokaal", "domain", "domäne", "domaene", "domaine", "dominio", "domein")

# The writer's private account at an outside service said hacked: "my facebook got hacked, can this harm my work pc?",
# "mein privates Instagram wurde gehackt", "mon compte gmail personnel a été piraté", "me hackearon mi cuenta personal
# de correo", "mijn privé-mail is gehackt". No account the help desk runs was taken over, so there are no sessions of
# ours to revoke; what is left is advice, for a person. Not where the work account is said taken over too ("my private
# mail was hacked and now my work mailbox sends spam"), nor where a change is asked in so many words.
_OUTSIDE_SERVICE = (r"(?:facebook|instagram|whatsapp|tiktok|twitter|snapchat|gmail|hotmail|yahoo|icloud|netflix|amazon|paypal|ebay"
                    r"|steam|spotify|gmx|web\.de|outlook\.com|live\.com)")
_PRIVATE = r"(?:private|personal|privat\w*|pers(?:ö|oe)nlich\w*|priv(?:é|e)e?|personnel(?:le)?|particular|persoonlijk\w*)"
_PRIVATE_ACCOUNT = (rf"(?:\b{_OUTSIDE_SERVICE}\b|\b{_PRIVATE}[\s-](?:\S+\s)?(?:e-?mail|mail|account|konto|compte|cuenta|correo|mailbox|postfach)\b"
                    rf"|\b(?:e-?mail|mail|account|konto|compte|cuenta|correo|mailbox|postfach)\s(?:\S+\s)?{_PRIVATE}\b)")
_TAKEN_OVER = (r"(?:hacked|compromised|hijacked|taken over|gehackt|kompromittiert|(?:ü|ue)bernommen|pirat(?:é|e)e?|compromis|hacke(?:ad[oa]|aron)"
               r"|comprometid[oa]|robad[oa]|gekaapt|gecompromitteerd|overgenomen)")
_WORK_ACCOUNT = (r"(?:work|company|business|office|corporate|firmen|dienst|gesch(?:ä|ae)ft|arbeits|professionnel|du travail|de l'entreprise"
                 r"|del trabajo|de la empresa|corporativ[oa]|werk|zakelijk|bedrijfs)")
_PRIVATE_TAKEN_OVER = unless_asked(unless(
    rf"{_PRIVATE_ACCOUNT}[^.!?\n]{{0,40}}?\b{_TAKEN_OVER}|\b{_TAKEN_OVER}\b[^.!?\n]{{0,20}}?{_PRIVATE_ACCOUNT}",
    rf"\b{_WORK_ACCOUNT}[\s-]?(?:\S+\s){{0,2}}?(?:account|e-?mail|mail|mailbox|konto|postfach|compte|cuenta|correo|login)\w*\s(?:(?!can|could|kann|peut|puede|kan)\S+\s){{0,3}}?{_TAKEN_OVER}"
    r"|\b(?:sends?|sending|verschickt|envoie|env(?:í|i)a|verstuurt)\s(?:\S+\s)?(?:spam|phishing)"))

# A meeting room's own account, the one its Teams panel or room system signs in with: "the room account's password
# expired, the panel says sign in required", "das Raumkonto ist abgelaufen", "le compte de la salle", "la cuenta de la
# sala", "het ruimteaccount". A resource account that the room's device uses, no person's sign-in; its password is
# set in the device's own management by whoever runs the rooms (sets h87 and h90, two writers'). Not where a person's
# own password is said beside it ("my password"), nor where a reset is asked in so many words ("please reset the
# password on the training room's account"): a shared account in the directory, reset like any other.
_ROOM_ACCOUNT = unless_asked(unless(
    r"\b(?:meeting[- ]?)?room(?:'s)?\s(?:device\s|resource\s)?accounts?\b|\bresource accounts?\b|\braum(?:konto|account|postfach)\b|\bkonto des (?:besprechungs)?raum\w*"
    r"|\bcompte (?:de (?:la )?)?(?:salle|ressource)\b|\bcuenta (?:de (?:la )?)?(?:sala|recurso)\b|\bruimte-?account\b|\bvergaderruimte-?account\b",
    r"\bmy (?:own )?(?:password|account|login)\b|\bmein (?:passwort|kennwort|konto)\b|\bmon (?:mot de passe|compte)\b|\bmi (?:contraseña|cuenta)\b|\bmijn (?:wachtwoord|account)\b"))
_ROOM_ANCHOR = words("room", "resource", "raum", "salle", "ressource", "sala", "recurso", "ruimte")

# A password whose reset link the service mails to an address the writer no longer has: "the portal says my password
# expired and its reset link goes to my old e-mail", "der Link zum Zurücksetzen geht an meine alte Adresse", "le lien de
# réinitialisation part vers mon ancienne adresse", "el enlace de restablecimiento llega a mi correo antiguo", "de
# resetlink gaat naar mijn oude e-mailadres". A site that mails its own reset links keeps its own accounts, with the
# address given when the account was made: its owner changes that address, the directory's reset does not reach it.
# Not the self-service reset of the directory (its page named), nor where a reset is asked of the desk in so many words.
_OLD_ADDRESS = (r"(?:(?:an?|my|the|her|his)\s)?(?:old|previous|former|outdated|ex-?)\s(?:\S+\s)?(?:e-?mail|mail|address|adress|inbox|mailbox)"
                r"|\b(?:an?\s)?(?:e-?mail\s)?address (?:that\s|which\s)?i (?:don'?t|do not|no longer) (?:have|use)"
                r"|\b(?:meine\s|eine\s|die\s)?(?:alte|fr(?:ü|ue)here|ehemalige)\s(?:e-?mail-?)?(?:adresse|mail|e-mail|postfach)"
                r"|\b(?:mon\s|une\s|l')?(?:ancienne?)\s(?:adresse|bo(?:î|i)te|messagerie)|\b(?:adresse|bo(?:î|i)te) (?:\S+\s)?(?:que je n'ai plus|obsol(?:è|e)te)"
                r"|\b(?:mi\s|un\s|el\s|la\s)?(?:correo|direcci(?:ó|o)n|buz(?:ó|o)n)\s(?:de correo\s)?(?:antigu[oa]|anterior|viej[oa])"
                r"|\b(?:mijn\s|een\s|het\s)?(?:oude|vorige|voormalige)\s(?:e-?mail)?(?:adres|mailbox|mail)")
_RESET_MAIL = (r"(?:reset|recovery|forgot(?:ten)?[\s-]password)[\s-](?:link|e-?mail|mail|message)s?"
               r"|\blink\s(?:zum|f(?:ü|ue)r das)\s(?:zur(?:ü|ue)cksetzen|passwort)\w*|\b(?:reset|passwort)-?link\b"
               r"|\blien\s(?:de\s)?r(?:é|e)initialisation|\benlace\s(?:de\s)?(?:restablecimiento|recuperaci(?:ó|o)n)\b"
               r"|\b(?:reset|herstel)-?link\b|\blink\s(?:om|voor)\s(?:\S+\s)?(?:te\s)?(?:resetten|herstellen)")
_SENT_TO_AN_OLD_ADDRESS = unless_asked(unless(
    rf"(?:{_RESET_MAIL})[^.!?\n]{{0,40}}?\b(?:to|at|an|auf|(?:à|a)|vers|sur|en|naar|op)\s(?:{_OLD_ADDRESS})",
    rf"\bsspr\b|self[\s-]?service|selbstbedienung|libre-service|autoservicio|selfservice|{PW}[\s-]?(?:manager|vault)"))

LOGIN_ELSEWHERE_VETOES: list[Veto] = [
    # "password for lims (the lab system, not windows)": another program's login, set apart from the directory's. As
    # heavy for a reset as the application's login beside a working Windows above: however plainly the reset is
    # asked, it is that program's.
    Veto("password_reset", rx(_SET_APART), 6.0, _SET_APART_ANCHOR),
    Veto("account_unlock", rx(_SET_APART), 3.0, _SET_APART_ANCHOR),
    # "my facebook got hacked, it posts ads. can this harm my work pc?": a private account outside, none of ours.
    Veto("session_revoke", rx(_PRIVATE_TAKEN_OVER), 2.5),
    # "the local operator password on the panel doesn't work, the panel is not in the domain": the device's own account.
    # "the rating tool has its own login, forgot the password, please reset it": that program's password, which its
    # owner resets. Heavier than the reset asked three ways ("forgot", "please reset", "reset it" come to about 8.8):
    # the writer has said whose login it is, and no wording of the reset makes it the directory's.
    Veto("password_reset", rx(_OWN_LOGIN), 9.0, _OWN_ANCHOR),
    Veto("account_unlock", rx(_OWN_LOGIN), 3.0, _OWN_ANCHOR),
    Veto("password_reset", rx(_LOCAL_LOGIN), 6.0, _LOCAL_ANCHOR),
    Veto("account_unlock", rx(_LOCAL_LOGIN), 3.0, _LOCAL_ANCHOR),
    # "the Teams panel in room 2 says sign in required, I think the room account's password expired".
    Veto("password_reset", rx(_ROOM_ACCOUNT), 4.0, _ROOM_ANCHOR),
    Veto("account_unlock", rx(_ROOM_ACCOUNT), 3.0, _ROOM_ANCHOR),
    # "the supplier site wants a new password and mails its reset link to an address I left years ago": its own login.
    # As heavy as the login set apart above: the link's own name reads as a reset asked ("le lien de réinitialisation"
    # is "reset it" to patterns.py), and a reset asked of the desk in so many words keeps the veto off (unless_asked).
    Veto("password_reset", rx(_SENT_TO_AN_OLD_ADDRESS), 6.0, words("link", "lien", "enlace", "mail")),
]
