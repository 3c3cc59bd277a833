# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""How a group and the one made its member are named, for the group-membership signals in tickets/triage/patterns.py:
the person added (a pronoun, an address, an account or a bare name, never "a shortcut"), a group named without the
word "group" (hyphenated, underscored, "<Name> team", or in quotes), and the verbs and prepositions of putting people
on a list or taking them off it, in the five languages. Fragments only, on lower-cased text.
"""

from __future__ import annotations

# "add Joe to Finance-Readers", "put Hannah in the Billing Team": a group named without the word "group". The one
# added must be a person (a pronoun, an address or a bare name, never "a shortcut" or "the new printer"), and the
# name a group's (hyphenated, or "<Name> team"), not a thing with a hyphen ("the 2nd-floor network"). A name followed
# by "group" or "list" is left to the signals for those words, so one phrase is not counted twice.
_NOT_A_NAME = (r"(?:a|an|the|this|that|these|those|some|my|our|your|his|her|its|their|it|new|all|any|un|une|le|la|les|"
               r"el|los|las|het|de|een|der|die|das|ein|eine|me|him|them|us|mon|ma|mes|mi|mis|mijn|mein|meine)\b")
_PERSON = (r"(?:me|him|her|them|us|myself|mich|moi|mij|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
           # "add my account to Finance-Readers", "mein Konto zu X hinzufügen", "ajouter mon compte à X", "añadid mi
           # usuario a X", "voeg mijn account toe aan X": the one added named by their account.
           r"|(?:my|his|her|their|mein(?:en)?|sein(?:en)?|ihr(?:en)?|mon|son|mi|su|mijn|zijn|haar)\s(?:own\s|ad\s|user\s)?"
           r"(?:account|user|login|benutzer(?:konto)?|konto|compte|cuenta|usuario|gebruiker)"
           # "user wxyz.abcd", "our intern Ana": a role word before the name, and user names with dots
           r"|(?:(?:the |our |my |new )?(?:user|colleague|employee|intern|contractor|mitarbeiter(?:in)?|kolleg(?:e|in)|"
           r"utilisateur|coll(?:è|e)gue|usuario|compa(?:ñ|n)er[oa]|gebruiker|collega)\s)?"
           rf"(?!{_NOT_A_NAME})[a-zà-ÿ'’][\w.'’-]*(?:\s(?!(?:to|into|in|on|at|from|and|as|au|dans|aan|bij)\b)[a-zà-ÿ'’][\w'’-]*)?)"
           r"(?:\s?\([^)]{0,60}\))?")
_QUOTED = r"[\x22\u201c\u201e'][^\x22\u201c\u201d\u201e'\n]{1,40}[\x22\u201c\u201d']"
_GROUP_NAME = (r"(?:(?!e-?mail|sign-?in|log-?in|set-?up|co-?worker|follow-?up|wi-?fi|t-?shirt|all-?hands)"
               # Underscored role names ending the phrase ("add me to CRM_SALES_AGENT,"), not a product before its parts.
               r"[a-z0-9]+(?:_[a-z0-9]+)+\b(?=\s*(?:[,.;:!?()]|$)|\s(?:please|pls|for|as|so|and|thanks|too|as well)\b)|"
               r"[a-z0-9]+(?:-[a-z0-9]+)+\b(?![@.]\w)(?!\s(?:network|calendar|sheet|channel|folder|portal|site|drive|"
               r"printer|file|page|tab|chat|meeting|list|room|group|gruppe|groupe|grupo|groep|dl)s?\b)"
               # The name may run to three words, none of them a function word: "the North Region Managers team" (h102).
               r"|(?:(?!(?:the|a|an|our|my|your|this|that|and|or|to|for|of|on|in|with|from|at|by|new|same)\b)[\w-]+\s){1,3}?(?:team|crew)\b(?!\s?(?:meeting|call|chat|channel|site|"
               r"lunch|event|calendar|drive|folder|group|dl|list))"
               r"|(?:team|(?:é|e)quipe|equipo)\s(?!(?:meeting|lunch|call|chat|de\b|du\b|del\b)\b)[\w-]+"
               # A name in quotes, with what it names next to it: the "Project Orion" team, team "Sales NL".
               rf"|{_QUOTED}\s(?:teams?\s)?(?:team|group|channel|site|gruppe|groupe|grupo|groep|kanaal|canal)\b"
               rf"|(?:team|gruppe|groupe|grupo|groep|(?:é|e)quipe|equipo)\s{_QUOTED})")

# Verbs that add people to a list or take them off it, and the prepositions that name the list, in five languages.
_MEMBER_VERB = (r"add|adding|put|include|remove|take|hinzuf(?:ü|ue)gen|f(?:ü|ue)g\w*|aufnehmen|nehm\w*|entfern\w*|ajout\w*|mett\w*|retir\w*|enl(?:è|e)v\w*"
                r"|a(?:ñ|n)ad\w*|met(?:e|ed|er)|quit\w*|sac\w*|voeg|toevoeg\w*|zet|haal|verwijder\w*")
_MEMBER_PREP = r"to|on|onto|from|off|zu|zur|zum|aus|von|à|au|de|du|a|al|del|aan|bij|van|uit|op"

# An owner's or a member's role on a team named in quotes: "give owner rights on the 'Orion pilot' team for Sam",
# "Besitzerrechte im Team 'Orion' für Sam", "droits de propriétaire sur l'équipe 'Orion'", "permisos de propietario
# en el equipo 'Orion'", "eigenaarsrechten op het team 'Orion'". A team's owners and members are its group's (the label
# sheet's convention); the quotes say it is a team by its name, not the people a grant is for ("for the audit team").
_ROLE_ON_A_NAMED_TEAM = (
    r"\b(?:owner|co-?owner|member|admin)\s(?:access|permissions?|rights|role)\s(?:on|to|in|of)\s(?:the\s|our\s)?"
    rf"(?:{_QUOTED}\s(?:teams?\s)?(?:team|channel|site)\b|teams?\s{_QUOTED})"
    r"|\b(?:besitzer|owner|mitglieds?)(?:rechte|rolle)\s(?:\S+\s)?(?:im|in dem|f(?:ü|ue)r das|auf dem|am)\s(?:teams?-?)?team\s"
    rf"{_QUOTED}"
    r"|\bdroits?\sde\s(?:propri(?:é|e)taire|membre)\s(?:sur|dans|de)\s(?:l'|la\s)?(?:(?:é|e)quipe|canal)\s"
    rf"{_QUOTED}"
    r"|\b(?:permisos?|derechos?|rol)\sde\s(?:propietario|miembro)\s(?:en|sobre|del?)\s(?:el\s)?(?:equipo|canal)\s"
    rf"{_QUOTED}"
    r"|\b(?:eigenaars?|lid)(?:rechten|rol)\s(?:op|in|van)\s(?:het\s|de\s)?(?:team|kanaal)\s"
    rf"{_QUOTED}"
)

# A team of the chat product named with it: "the Teams team 'Harbour'", "the team 'Harbour' in Teams", "the Harbour
# team on Teams", "l'équipe Teams 'Export'", "el equipo de Teams 'Ventas'".
_A_TEAMS_TEAM = (r"(?:(?:ms[\s-])?teams[\s-](?:team|kanal|kanaal|channel|site|(?:é|e)quipe)\b"
                 r"|(?:team|kanal|kanaal|channel|(?:é|e)quipe|equipo)\s(?:de\s)?(?:teams\s)?(?:['\x22\u2018\u201c\u201e][^'\x22\u2019\u201d\n]{1,40}['\x22\u2019\u201d]|[\w-]+)\s(?:in|im|en|op|dans|on|bei)\s(?:ms\s|microsoft\s)?teams\b"
                 r"|(?:(?:é|e)quipe|equipo)\s(?:de\s)?teams\b"
                 r"|[\w-]+(?:\s[\w-]+)?\s(?:team|channel|kanal|kanaal)\s(?:in|im|on|op)\s(?:ms\s|microsoft\s)?teams\b)")
ACCESS_TO_A_TEAMS_TEAM = (r"(?<!n't )(?<!not )(?<!cannot )(?<!nicht )(?<!kein )(?<!pas )(?<!niet )(?<!geen )"
                          r"\b(?:access|zugriff|zugang|acc(?:è|e)s|acceso|toegang)\s(?:\S+\s){0,3}?"
                          r"(?:to|into|auf|zu|zum|zur|ins|à|au|a|al|tot|op)\s(?:the\s|das\s|dem\s|den\s|l'|le\s|la\s|el\s|het\s|de\s|our\s|unser\w*\s)?"
                          rf"{_A_TEAMS_TEAM}")
