# ruff: noqa: E501 -- regular-expression tables read best one expression per line
"""Access refused of a sudden to what worked until lately, in five languages: a fault to trace, not a membership asked.

WORKED_UNTIL_LATELY (the writer's word that it worked before) also serves other_senses.py's licence message that worked
until lately and second_factor.py's prompts that stopped; REFUSED_THOUGH_IT_WORKED is other_senses.py's veto on a
membership or a mailbox right. Moved here from other_senses.py, unchanged, when that module outgrew its size.
"""

from __future__ import annotations

from tickets.triage.unless import ASKS_FOR_A_CHANGE, unless

# Access refused of a sudden to what worked until lately: "since yesterday I get access denied on the research share, it
# worked until Monday", "seit heute Zugriff verweigert, gestern ging es noch", "accès refusé depuis ce matin, ça
# marchait hier", "acceso denegado desde ayer, antes funcionaba", "sinds vanochtend toegang geweigerd, gisteren werkte
# het nog". What stopped working is a fault to trace (a permission changed, a sync, a token), not a membership asked
# for. Not where a change is asked in so many words ("please add me back"), nor where the writer speaks of the access
# itself as had ("I had access before"): access lost may be a membership removed, and holdout16's writer filed that
# wording a membership to restore, so it is left to the rules that read held access (_HELD_FOR_LONG).
_REFUSED = (r"(?:access (?:is |was )?denied|permission denied|denied|not (?:allowed|authori[sz]ed|permitted)|no (?:access|permission)"
            r"|(?:don'?t|do not|doesn'?t|does not) have (?:access|permission)|can'?t (?:open|access|get into|edit|send)|cannot (?:open|access|get into|edit|send)"
            r"|verweigert|keine (?:berechtigung|rechte)|kein(?:en)? zugriff|nicht berechtigt|refus(?:é|e)|pas (?:d'acc(?:è|e)s|les droits|autoris(?:é|e))"
            r"|denegad[oa]|sin (?:acceso|permiso)|no tengo (?:acceso|permiso)|geweigerd|geen (?:toegang|rechten))")
WORKED_UNTIL_LATELY = (r"\b(?:worked|was working|used to work)(?: (?:fine|perfectly|ok|okay|normally))?\s(?:before|until|till|up to|last|yesterday|this morning|on\b)"
                        r"|\b(?:could|was able to) (?:open|access|get into) it (?:before|until|till|yesterday|last)"
                        # The act itself said possible lately, or a change wondered at: "could do it last week", "konnte
                        # ich gestern noch", "je pouvais le faire hier", "podía hacerlo ayer", "kon ik vorige week nog",
                        # "did something change?" (holdout3, holdout18).
                        r"|\b(?:could|was able to) (?:do|send|edit|use|see) (?:it|that|this) (?:fine )?(?:before|until|till|yesterday|last)"
                        r"|\bkonnte (?:ich )?(?:es |das )?(?:vorher|gestern|letzte woche|bis \S+) (?:ich )?noch\b|\bje pouvais (?:le |la |les )?(?:\S+ )?(?:avant|hier|la semaine derni)"
                        r"|\bpod(?:í|i)a (?:hacerlo|enviarlo|abrirlo|editarlo|verlo) (?:antes|ayer|la semana pasada)|\bkon ik (?:het |dat )?(?:vorige week|gisteren|eerder) nog\b"
                        r"|\b(?:did|has) (?:something|anything) (?:change|changed)\b"
                        r"|\b(?:hat|ging|lief) (?:es |das )?(?:vorher|gestern|bisher|bis \S+) (?:noch )?(?:funktioniert|problemlos|ohne probleme|gegangen)"
                        r"|\b(?:ging|lief|klappte) (?:es |das )?(?:vorher|gestern|bisher|bis \S+) noch\b|\b(?:vorher|gestern|bisher) (?:ging|lief|klappte|funktionierte) (?:es|das|alles) (?:noch)?"
                        r"|\b(?:(?:ç|c)a |cela )?(?:marchait|fonctionnait) (?:\S+ )?(?:avant|hier|jusqu'(?:à|a))"
                        r"|\bfuncionaba (?:\S+ )?(?:antes|ayer|hasta)|\bantes funcionaba\b"
                        r"|\bwerkte (?:\S+ )?(?:eerder|gisteren|tot|nog)|\bgisteren (?:werkte|ging) het nog"
                        # The day before named first: "yesterday all ok", "yesterday it worked for everyone", "hier tout
                        # marchait", "ayer funcionaba", "gestern war alles ok".
                        r"|\byesterday,? (?:it |this |that |everything |all |we |they |everyone )?(?:was |were )?(?:all )?(?:ok|okay|fine|good|worked|working|normal)\b"
                        r"|\bgestern (?:war |ging |lief |hat )?(?:alles |es |das )?(?:noch )?(?:ok|okay|in ordnung|gut|funktioniert)\b"
                        r"|\bhier,? (?:(?:ç|c)a |tout |cela )?(?:marchait|fonctionnait|(?:é|e)tait (?:ok|bon))\b|\bayer (?:todo )?(?:funcionaba|estaba bien|iba bien)\b")
_ACCESS_WAS_HAD = (r"\b(?:i|we) (?:had|used to have|have had) (?:the |full )?(?:access|permissions?|rights)\b|\b(?:hatte|hatten) (?:ich |wir )?(?:\S+ )?(?:zugriff|berechtigung|rechte)"
                   r"|\bj'avais (?:l'|les )?(?:acc(?:è|e)s|droits)|\bten(?:í|i)a (?:acceso|permisos)\b|\b(?:ik had|we hadden) (?:\S+ )?(?:toegang|rechten)\b")
REFUSED_THOUGH_IT_WORKED = unless(rf"(?:{_REFUSED})[\s\S]{{0,200}}?(?:{WORKED_UNTIL_LATELY})|(?:{WORKED_UNTIL_LATELY})[\s\S]{{0,200}}?(?:{_REFUSED})",
                                   rf"{ASKS_FOR_A_CHANGE}|{_ACCESS_WAS_HAD}")
