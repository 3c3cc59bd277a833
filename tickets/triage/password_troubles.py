# ruff: noqa: E501 -- regular-expression tables read best one expression per line
"""What went wrong with a password, as the sign-in signals of tickets/triage/patterns.py name it: tried too often
(the directory's lockout message, a block after failed attempts), forgotten which one it was, a new one refused by the
rules it must meet. Fragments in the form of tickets/triage/vocabulary.py, in the five languages, joined into
patterns.SIGNALS there.
"""

from __future__ import annotations

from tickets.triage.vocabulary import FORGOT, LOCKED, PW

# The directory's lockout message, in the five languages (the attempts made too many times).
_TOO_MANY = (r"\btoo many (?:sign-?in |log-?in |login |failed |incorrect |wrong |unsuccessful )?(?:times|attempts|tries)\b"
             r"|zu viele (?:\S+ )?(?:anmelde)?versuche|trop de tentatives|demasiados intentos|te veel (?:\S+ )?(?:inlog)?pogingen")
# The failed attempts a block came after, without "too many": "blocked after failed attempts", "nach mehreren
# fehlgeschlagenen Anmeldeversuchen", "après plusieurs tentatives échouées", "tras varios intentos fallidos", "na
# meerdere mislukte inlogpogingen". English's "blocked" is no lockout word by itself (a sender, a site, a port are
# blocked); with the failed sign-ins it came after, it is the lockout. "locked after ..." is read by "locked out".
_FAILED_ATTEMPTS = (r"\b(?:after|following|due to)\s(?:(?:several|multiple|many|a few|some|repeated|\d+|three|five)\s)?(?:failed|wrong|incorrect|unsuccessful|invalid|bad)\s"
             r"(?:sign-?in |log-?in |login |logon |password )?(?:attempts|tries|logins|log-?ins|sign-?ins|logons)\b"
             r"|\bnach\s(?:(?:mehreren|einigen|zu vielen|\d+|drei)\s)?(?:fehlgeschlagenen|falschen|erfolglosen|ung(?:ü|ue)ltigen)\s(?:anmelde|login-?)?versuchen"
             r"|\bapr(?:è|e)s\s(?:(?:plusieurs|quelques|\d+|trois)\s)?(?:tentatives|essais)\s(?:de connexion\s)?(?:(?:é|e)chou(?:é|e)es|infructueuses|erron(?:é|e)es|rat(?:é|e)s)"
             r"|\b(?:tras|despu(?:é|e)s de)\s(?:(?:varios|algunos|\d+|tres)\s)?intentos\s(?:de (?:acceso|inicio de sesi(?:ó|o)n)\s)?(?:fallidos|incorrectos|err(?:ó|o)neos)"
             r"|\bna\s(?:(?:meerdere|enkele|\d+|drie)\s)?(?:mislukte|foute|verkeerde|ongeldige)\s(?:inlog)?pogingen")
BLOCKED_AFTER_FAILED_ATTEMPTS = (rf"\b(?:blocked|blockiert|geblockt)\b[^.!?\n]{{0,40}}?(?:{_FAILED_ATTEMPTS}|{_TOO_MANY})"
                                 rf"|(?:{_FAILED_ATTEMPTS}|{_TOO_MANY})[^.!?\n]{{0,40}}?\b(?:blocked|blockiert|geblockt)\b")

# "typed my password wrong too often, and I don't remember which one I set": which one is forgotten is the password
# named before it, in the five languages ("weiß nicht mehr, welches", "je ne sais plus lequel", "no recuerdo cuál",
# "weet niet meer welke").
# "changed my pwd on Friday and I have no idea what I typed", "keine Ahnung, was ich eingegeben habe", "aucune idée de ce
# que j'ai tapé", "ni idea de lo que puse", "geen idee wat ik intikte": not knowing it is having forgotten it.
# The forgetting may be hedged ("don't even remember", "weiß ehrlich gesagt nicht mehr") and what is forgotten called
# "the right one", "the new one" ("what the right one is anymore", "welches das richtige ist", "lequel est le bon").
_FORGOT_WHICH = (rf"{PW}[^\n]{{0,160}}?(?:{FORGOT}|\b(?:don'?t|do not|can'?t|cannot) (?:even|really|honestly|actually) (?:remember|recall)"
                 r"|\bwei(?:ß|ss) (?:ich )?(?:\S+\s){0,2}?nicht mehr|\bno s(?:é|e)|\bne sais (?:plus|pas)"
                 r"|\bno (?:idea|clue)|\bkeine ahnung|\baucune id(?:é|e)e|\bni idea|\bgeen idee)[\s,]+"
                 r"(?:which|welches|welchen|welche|lequel|laquelle|duquel|cu(?:á|a)l|welke|welk|what (?:it (?:is|was)|i (?:set|chose|picked|changed it to|typed|entered|put in|used))"
                 r"|what the (?:right|correct|new|current|actual) one (?:is|was)"
                 r"|was ich|de ce que|lo que|wat ik)\b"
                 # Or said before the password it means: "no idea what the password is anymore", "keine Ahnung, wie mein
                 # Passwort lautet", "aucune idée de mon mot de passe", "ni idea de cuál es mi contraseña", "geen idee wat
                 # mijn wachtwoord is". Not "no idea why the password stopped working": a fault, the password known.
                 r"|\b(?:no (?:idea|clue)|keine ahnung|aucune id(?:é|e)e|ni idea|geen idee)[\s,]+"
                 r"(?:(?:what|which|was|wie|welches|de|du|quel|cu(?:á|a)l(?: es)?|wat|welk)\s)(?:(?:is|was|ist|es)\s)?"
                 rf"(?:(?:my|the|her|his|their|mein|ihr|sein|das|mon|le|son|mi|la|su|mijn|het|haar|zijn)\s)?(?:\S+\s)?{PW}"
                 rf"(?!\s(?:\S+\s)?(?:stopped|expired|no longer|changed|doesn'?t|does not|isn'?t|won'?t|failed))")

# Every new password the writer tries is refused by the rules it must meet: "the new one does not meet the
# requirements", "entspricht nicht den Richtlinien", "ne respecte pas les règles", "no cumple los requisitos", "voldoet
# niet aan de eisen". Rejected as a wrong one is: a password set by the desk is what is left to ask.
_FAILS_RULES = (r"(?:(?:(?:does|do|did)\s?n[o']t|never) (?:meet|match|satisfy|fulfil+)|not (?:complex|strong|secure|long) enough|too (?:weak|simple|short)"
                r"|entspricht nicht|erf(?:ü|ue)llt (?:\S+ )?nicht|nicht (?:komplex|sicher|lang) genug|zu (?:schwach|einfach|kurz)"
                r"|ne (?:respecte|satisfait|remplit) pas|pas assez (?:complexe|s(?:û|u)r|long)|trop (?:faible|simple|court)"
                r"|no (?:cumple|satisface)|no es (?:lo )?(?:bastante|suficientemente) (?:segur|complej|larg)\w*|demasiado (?:d(?:é|e)bil|simple|cort[oa])"
                r"|voldoet (?:\S+ )?niet|niet (?:complex|sterk|veilig|lang) genoeg|te (?:zwak|simpel|eenvoudig|kort))")

# Locked out, and the password just set forgotten, called only "the new one" or "the one I set": "locked out again and I
# honestly can't recall the new one", "gesperrt, und das neue habe ich vergessen", "bloqué, j'ai oublié le nouveau",
# "bloqueado y no recuerdo la nueva", "geblokkeerd en ik ben de nieuwe vergeten". In a lockout, the one forgotten is the
# sign-in's password: a reset (the label sheet's lockout with a reset), not an unlock that lets in a writer who cannot
# type it. The lockout must be there, so the pronoun has a password to stand for.
_THE_NEW_ONE = (r"(?:the|my|that)\s(?:new|current|latest|changed|right|correct)\s(?:one|pass|pw)\b|the one i (?:set|chose|picked|changed it to|made)\b"
                # Beyond English the adjective stands alone, no noun after it ("das neue Handy" is a phone): a pause or
                # the verb of the clause comes next.
                r"|(?:(?:das|mein|meine?)\s(?:neue|aktuelle|richtige)s?|(?:le|mon)\s(?:nouveau|bon)|(?:la|mi)\s(?:nueva|correcta|actual)"
                r"|(?:de|mijn)\s(?:nieuwe|juiste|huidige))(?=\s*(?:[,.;!?]|$)|\s(?:habe|hab|ist|war|ich|wei(?:ß|ss)|kenne|vergessen|oubli\w*|je|j'ai|no|olvid\w*"
                r"|ben|heb|weet|vergeten|niet|ik)\b)")
_LOCKED_OUT = rf"(?:{LOCKED}|\block(?:ed)?[\s-]?(?:myself\s|me\s)?out\b|\blockout\b|ausgesperrt|buitengesloten)"
NEW_ONE_FORGOTTEN_IN_A_LOCKOUT = (rf"{_LOCKED_OUT}[\s\S]{{0,200}}?{FORGOT}\s(?:what\s|which\s)?(?:\S+\s)?(?:{_THE_NEW_ONE})"
                                  rf"|{_LOCKED_OUT}[\s\S]{{0,200}}?(?:{_THE_NEW_ONE})\s(?:\S+\s){{0,3}}?{FORGOT}"
                                  rf"|{FORGOT}\s(?:what\s|which\s)?(?:\S+\s)?(?:{_THE_NEW_ONE})[\s\S]{{0,200}}?{_LOCKED_OUT}")
