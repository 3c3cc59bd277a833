# ruff: noqa: E501 -- substring tables read best one category per line
"""Cheap substring gates for the rules engine (rules.py): which categories' expressions are worth running at all.

Kept apart from the expressions themselves (patterns.py) because they are tables of words, not ways of asking, and
because both grow with every study. They must stay in step with the expressions: see the comment on GATES.
"""

from __future__ import annotations

# Cheap substring gates: a category's expressions run only if one of these occurs in the ticket.
# Keep them in step with the expressions: a signal whose words miss every needle of its category
# silently never fires. The dataset tests catch a gate that became too narrow.
GATES: dict[str, tuple[str, ...]] = {
    "password_reset": ("pas", "pw", "kennw", "por", "pro", "mot", "mdp", "contrase", "clave", "wachtw", "ww", "senha", "密码", "口令"),
    "account_unlock": ("lock", "sperr", "锁", "freischalt", "op slot", "bloq", "verrouill", "blok", "vergrendel", "buitengesloten",
                       "ontgrendel", "too many", "zu viele", "trop de tentatives", "demasiados intentos", "te veel"),
    "mfa_reset": ("mfa", "2fa", "factor", "faktor", "facteur", "step", "authent", "autentic", "verif", "vérif", "duo ",
                  "security info", "sign-in method", "signin method", "sign in method", "temporary access", "one-time",
                  "one time", "otp", "mehrstufig", "bestätigung", "bestaetigung", "sicherheitsinfo", "anmeldeanfrage",
                  "code", "código", "codigo", "dos pasos", "twee", "meervoudig", "token", "jeton", "securid", "yubikey", "fido"),
    "session_revoke": ("sign", "log", "kick", "revoke", "session", "token", "sitzung", "abmeld", "déconnect", "überall",
                       "ueberall", "uberall", "overal",
                       "deconnect", "desconect", "sesion", "sesión", "sesi", "sessie", "afmeld", "uitlog", "afgemeld",
                       "hack", "compromis", "connect", "pirat", "phish", "comprometid", "gecompromitteerd"),
    "mailbox_access": ("mailbox", "mail box", "mail-box", "e-mail box", "email box", "emailbox", "shared", "inbox",
                       "postf", "calendar", "kalender", "delegat", "behalf", "senden als", "send as", "sending as",
                       "auftrag senden", "@", "boîte", "boite", "calendrier", "buz", "calendario", "agenda", "postbus", "postvak",
                       "envoyer", "enviar", "verzenden", "versturen", "gedeelde", "partag", "compartido", "gemeinsam"),
    "group_membership": ("group", "grop", "grup", "groep", "sg_", "sg-", "grp", "gg_", "gg-", "dl", "list", "lijst", "verteiler", "folder", "ordner",
                         "verzeichnis", "director", "drive", "laufwerk", "share", "path", "\\", "//", ":\\",
                         "sharepoint", "site", "channel", "team", "read", "write", "full control", "lese", "schreib",
                         "berechtigung", "zugriff", "rechte", "dossier", "répertoire", "repertoire", "lecteur",
                         "carpeta", "unidad", "map", "schijf", "équipe", "equipe", "equipo", "kanaal", "canal",
                         "lecture", "lectura", "lezen", "rechten", "ajout", "añad", "anad", "voeg", "hinzuf", "aufnehm",
                         "retir", "enlev", "haal", "entfern", "toegang", "accès", "acces", "acceso", "hinzu", "@", "quit", "sac",
                         "verwijder", "toevoeg", "aufnehm", "pasta", "文件夹", "共享", "权限",
                         "membership", "mitgliedschaft", "adhésion", "adhesion", "membresía", "membresia", "lidmaatschap"),
    "license_change": ("licen", "lizen", "subscription", "seat", "abonnement", "activat", "aktivier", "reduced functionality",
                       "e1", "e2", "e3", "e4", "e5", "f1", "f3", "k1", "s1", "p1", "p2", "a1", "a2", "a3", "a4", "a5",
                       "business", "visio", "project", "power", "pbi", "copilot", "premium", "exchange online", "365", "teams phone",
                       "acrobat", "creative cloud", "adobe cc",
                       # plans by their part numbers (vocabulary.SKU_PART_NUMBER)
                       "pack", "spe_", "o365_", "m365_", "microsoft_365_", "exchangestandard", "exchangeenterprise", "visioclient", "visioonline",
                       "projectpro", "projectpremium", "enterprisepremium", "power_bi", "mcoev"),
    "onboarding": ("new", "neu", "onboard", "on-board", "start", "join", "first", "begin", "eintritt", "fängt", "faengt",
                   "beginn", "create", "prepare", "provision", "anlegen", "erstellen", "set up", "setup", "make",
                   "nouv", "nuev", "nieuw", "embauche", "arriv", "commence", "incorpora", "alta ", "empieza",
                   "indienst", "in dienst", "begint", "cré", "cre", "prépar", "prepar", "aanmak", "klaarzet", "ab ",
                   "maak", "ouvrir", "per ", "入职", "新员工", "新同事", "funcion", "colaborador"),
    "offboarding": ("terminat", "let go", "let ", "dismiss", "fired", "sacked", "laid off", "redundant", "entlass", "freigestellt",
                    "gefeuert", "renvoy", "viré", "vire", "congédi", "echad", "desped", "ndigung", "kündigt", "kuendigt", "leaver", "offboard", "off-board", "leav", "left",
                    "last", "retir", "austritt", "ausgeschieden", "verl", "ruhestand", "letzte", "longer", "resign",
                    "employee", "former", "ehemalig", "scheid", "voormalig", "disable", "deactivat", "deaktiv", "sperren", "entzieh",
                    "block", "close", "remove", "delete", "directory", "quitt", "fin de contrat", "démission",
                    "demission", "dernier", "licenci", "départ", "depart", "ancien", "désactiv", "desactiv", "bloqu",
                    "supprim", "ferm", "coup", "deja", "dejó", "fin de contrato", "despid", "último", "ultimo", "baja",
                    "dimisi", "antigu", "emplead", "elimin", "borr", "cerr", "dienst", "einde", "vertrek", "laatste",
                    "ontslag", "verlaat", "medewerker", "blokkeren", "uitschakel", "verwijder", "intrekken",
                    "deactiveren", "afsluiten", "löschen", "loeschen", "contract", "vertrag", "contrat", "nicht mehr",
                    "plus", "ya no", "niet meer", "exit", "sortie", "salida"),
}

# Gates that a list of fragments cannot say: short verbs as whole words ("add" is also in every "address").
GATE_PATTERNS: dict[str, str] = {
    # "unlock and reset pls": the password left unsaid, its reset asked beside the lock's lift (patterns.py).
    "password_reset": r"\b(?:un-?lock|entsperren|d(?:é|e)bloquer|desbloquear|ontgrendelen)\s(?:\S+\s)?(?:[+&/]|and|und|et|y|en)\s"
                      r"|\bre-?set\s(?:\S+\s)?(?:[+&/]|and|und|et|y|en)\s(?:then\s)?un-?lock\b",
    # The second factor's device gone, said without any MFA word ("dropped my phone, can't approve the sign-in").
    "mfa_reset": r"\b(?:lost|dropped|broke|broken|smashed|stolen|wiped)\s(?:\S+\s){0,3}?(?:phone|mobile|iphone|handy"
                 r"|smartphone)\b|\b(?:phone|mobile|device)\s(?:off|from)\s"
                 r"|\bnew (?:phone|iphone|mobile|smartphone)|neues (?:handy|telefon|smartphone|iphone)"
                 r"|nouveau (?:t(?:é|e)l(?:é|e)phone|portable|mobile|iphone)|nuevo (?:m(?:ó|o)vil|tel(?:é|e)fono|iphone)"
                 r"|(?:m(?:ó|o)vil|tel(?:é|e)fono) nuevo|nieuwe (?:telefoon|iphone|gsm)",
    "group_membership": r"\b(?:add|put|include|remove|take|mets|mettre|mettez|met(?:e|ed|er)?|zet(?:ten)?|quita[rd]?"
                        r"|saca[rd]?|added|adding|putting|be)\b",  # "needs adding to VPN-Users": British English's passive (h129)
}

# Narrower gates for single signals whose category gate is wide (keyed by signal name).
NEEDLES: dict[str, tuple[str, ...]] = {
    "distribution list": ("distribution", "dl", "mailing", "verteiler", "mail list", "mail group", "liste", "lista",
                          "lijst"),
    "group change": ("gro", "grup", "sg_", "sg-", "grp", "gg_", "gg-"),
    "folder access": ("folder", "ordner", "verzeichnis", "director", "drive", "laufwerk", "share", "path", "site",
                      "dossier", "répertoire", "repertoire", "lecteur", "carpeta", "unidad", "map", "schijf", "pasta", "文件夹", "共享盘"),
    "path": ("\\", "//", ":"),
    "access to path": ("\\", "//", ":"),
    "berechtigung einrichten": ("berechtigung", "zugriff", "rechte"),
    "access level": ("read", "full control", "lese", "schreib", "lecture", "lectura", "lezen", "leesrechten"),
    "team or channel": ("team", "sharepoint", "channel", "équipe", "equipe", "equipo", "kanaal", "canal"),
    "mailbox permission": ("box", "postf", "inbox", "calendar", "kalender", "boîte", "boite", "calendrier", "buz",
                           "calendario", "agenda", "postbus", "postvak"),
    "access to an address": ("@",),
}
