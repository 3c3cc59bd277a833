# ruff: noqa: E501 -- regular-expression tables read best one expression per line
"""Access said given already (a right granted, a membership made, access held), and what it opens does not show, cannot
be seen or is stale: the right is in place, and its showing up is a fault to look at. The expression and its anchor,
for the mailbox's and the group's vetoes in tickets/triage/other_senses.py (OTHER_SENSE_VETOES), which joins them with
the other words in another sense.

Access said given that does not show came from an insurer's tickets (tests/data/triage_holdout33.jsonl), a membership
made or access held whose view is stale from a manufacturer's (triage_holdout36.jsonl), a group joined whose effect
does not show from a logistics firm's (triage_holdout34.jsonl) and a team's unseen channel from triage_holdout72.jsonl;
other_senses.py's docstring names their tests.
"""

from __future__ import annotations

from tickets.triage.patterns import words
from tickets.triage.unless import unless_asked

# Access said given already, and what it opens does not show: "I was given access to the team mailbox last week but it
# still doesn't show in Outlook", "ich habe den Zugriff bekommen, das Postfach wird aber nicht angezeigt", "on m'a
# donné l'accès mais la boîte n'apparaît pas", "me dieron acceso pero no aparece", "ik heb toegang gekregen maar het
# verschijnt niet". The right is in place; its showing up (a cache, a delay, auto-mapping) is a fault to look at.
_ACCESS_GIVEN = (r"\b(?:i|we|she|he|they)\s(?:was|were|have been|'ve been|has been|got)\s(?:already\s)?(?:given|granted)\s(?:\S+\s){0,2}?(?:access|rights?|permissions?)\b"
                 # The same with its "I" left out, as a quick note starts a sentence: "was given access to the claims@
                 # box yesterday but ...", "got granted rights on it last week".
                 r"|(?:^|(?<=[\n.!?;:]\s)|(?<=[\n.!?;:]))(?:was|were|have been|'ve been|got)\s(?:already\s)?(?:given|granted)\s(?:\S+\s){0,2}?(?:access|rights?|permissions?)\b"
                 r"|\b(?:access|rights?|permissions?)\s(?:was|were|has been|have been)\s(?:already\s)?(?:given|granted|added)\b"
                 # Access said got, as a quick note puts it: "got access to the audit mailbox last week", "I got
                 # permissions on it yesterday" (set h98; German's "bekommen" and the others' are below).
                 r"|(?:^|\b(?:i|we|she|he|they)\s|(?<=[\n.!?;:]\s)|(?<=[\n.!?;:]))(?:already\s)?got\s(?:the\s|full\s|read\s)?(?:access|rights|permissions?)\s(?:to|on|for)\b"
                 # A membership said made: "ich wurde in die Gruppe aufgenommen", "me añadieron al grupo", "fui añadida",
                 # "ik werd toegevoegd". What the group opens not showing is the fault, as with a right given. (English's
                 # "I was added to" and French's "j'ai été ajouté" are in the membership lines below.)
                 r"|\b(?:ich|wir|sie|er)\s(?:wurde|wurden|bin|sind)\s(?:\S+\s){0,6}?(?:hinzugef(?:ü|ue)gt|aufgenommen)\b"
                 r"|\b(?:me (?:a(?:ñ|n)adieron|agregaron|han a(?:ñ|n)adido)|fui a(?:ñ|n)adid[oa])\b"
                 r"|\b(?:ik ben|we zijn|ik werd)\s(?:al\s)?toegevoegd\b"
                 r"|\b(?:zugriff|berechtigung\w*|rechte|zugang)\s(?:\S+\s){0,3}?(?:bekommen|erhalten|eingerichtet|freigegeben|vergeben)"
                 r"|\bon m'a (?:d(?:é|e)j(?:à|a) )?(?:donn(?:é|e)|accord(?:é|e)) (?:l'|les )?(?:acc(?:è|e)s|droits)|\bj'ai (?:re(?:ç|c)u|obtenu) (?:l'|les )?(?:acc(?:è|e)s|droits)"
                 r"|\bme (?:dieron|han dado|concedieron|han concedido) (?:el )?(?:acceso|permisos?)|\b(?:ik heb|ik kreeg|we hebben) (?:\S+\s)?(?:toegang|rechten) (?:gekregen|ontvangen)"
                 # The membership itself said made: "I was added to the team last week", "ich wurde in die Gruppe
                 # aufgenommen", "j'ai été ajouté à l'équipe", "me añadieron al equipo", "ik ben aan het team toegevoegd".
                 r"|\b(?:i|we|she|he|they)\s(?:was|were|have been|'ve been|has been|got)\s(?:already\s)?added\s(?:to|in|into)\b"
                 r"|\b(?:ich|wir|sie|er)\s(?:wurde|wurden|bin|sind|ist)\s(?:\S+\s){0,5}?(?:hinzugef(?:ü|ue)gt|aufgenommen)\b"
                 r"|\b(?:j'ai|nous avons|il a|elle a) (?:d(?:é|e)j(?:à|a) )?(?:(?:é|e)t(?:é|e)) ajout(?:é|e)e?s?\b|\bme (?:han )?(?:a(?:ñ|n)adi\w*|agreg\w*)\b"
                 r"|\b(?:ik ben|we zijn|hij is|zij is)\s(?:\S+\s){0,5}?toegevoegd\b"
                 # Access held now, plainly, to what then misbehaves: "I have access to her calendar ... new entries
                 # don't appear", "ich habe Zugriff auf ...", "j'ai accès à ...", "tengo acceso a ...", "ik heb toegang tot ...".
                 r"|\b(?:i|we)\s(?:do\s|already\s|still\s)?have\s(?:full\s|read\s|the\s)?(?:access|rights|permissions?)\s(?:to|on|for)\b"
                 r"|\b(?:ich habe|ich hab|wir haben)\s(?:\S+\s)?(?:zugriff|berechtigung\w*|rechte)\s(?:auf|f(?:ü|ue)r)\b"
                 r"|\bj'ai (?:bien )?(?:acc(?:è|e)s|les droits) (?:(?:à|a)|au|aux|sur)\b|\btengo (?:\S+\s)?(?:acceso|permisos?) (?:a|al)\b|\bik heb (?:\S+\s)?(?:toegang|rechten) (?:tot|op)\b")
_NOT_SHOWING = (r"(?:(?:still\s|yet\s)?(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|are not|won'?t|hasn'?t|not)\s(?:\S+\s)?(?:show|shown|showing|appear\w*|visible|display\w*|come up)"
                # ... or never did: "it never showed up in Outlook", "never appeared" (set h98).
                r"|\bnever\s(?:\S+\s)?(?:showed up|shows up|appeared|came up|turned up)\b"
                # ... or the writer cannot see it: "I was added to the team but can't see the private channel", "ich
                # sehe den Kanal nicht", "je ne vois pas le canal", "no veo el canal", "ik zie het kanaal niet".
                r"|(?:can'?t|cannot|can not|couldn'?t|could not|don'?t|do not|still don'?t)\s(?:\S+\s)?(?:see|find|open)\b"
                r"|\b(?:sehe|finde)\s(?:\S+\s){0,4}?nicht\b|\bkann\s(?:\S+\s){0,4}?nicht\s(?:sehen|finden|(?:ö|oe)ffnen)\b"
                r"|\bne (?:le |la |les )?(?:vois|trouve) (?:toujours )?pas\b|\bno (?:lo |la |los |las )?(?:veo|encuentro)\b|\bno puedo (?:ver|abrir|encontrar)\b"
                r"|\b(?:zie|vind)\s(?:\S+\s){0,4}?niet\b|\bkan\s(?:\S+\s){0,4}?niet\s(?:zien|vinden|openen)\b"
                # ... or what it shows is stale: "not updating", "stopped syncing", "only old appointments"
                r"|(?:not|n'?t|stopped|no longer)\s(?:\S+\s)?(?:updat|sync|refresh)\w*|\b(?:shows?|showing) (?:\S+\s)?old (?:\S+\s)?only\b|\bonly (?:the )?old\b"
                r"|nicht (?:mehr )?(?:aktualisiert|synchronisiert)|ne se (?:met|synchronise) (?:plus |pas )(?:(?:à|a) jour)?|no se (?:actualiza|sincroniza)|wordt niet (?:meer )?bijgewerkt|synchroniseert niet"
                r"|(?:nicht|nichts|noch nicht|aber nicht)\s(?:\S+\s)?(?:angezeigt|sichtbar|zu sehen|auf)|erscheint\s(?:\S+\s)?nicht|taucht\s(?:\S+\s)?nicht"
                r"|n'appara(?:î|i)t (?:toujours )?pas|ne s'affiche (?:toujours )?pas|(?:n'est )?(?:toujours )?pas visible"
                r"|no (?:me )?(?:aparece|se muestra|se ve|es visible)|(?:verschijnt|staat|is)\s(?:\S+\s)?(?:niet|nog niet)(?:\s(?:zichtbaar|te zien))?\b|zie ik (?:\S+\s)?niet)")
_GIVEN_NOT_SHOWING = unless_asked(rf"(?:{_ACCESS_GIVEN})[\s\S]{{0,200}}?(?:{_NOT_SHOWING})")
_GIVEN_ANCHOR = words("given", "granted", "added", "bekommen", "erhalten", "eingerichtet", "freigegeben", "vergeben", "donn", "accord",
                      "reçu", "recu", "obtenu", "dieron", "dado", "concedi", "gekregen", "kreeg", "ontvangen",
                      "hinzugef", "aufgenommen", "ajout", "añadi", "anadi", "adieron", "agregaron", "adido", "agreg",
                      "toegevoegd", "have", "habe", "hab ", "haben", "j'ai", "tengo", "heb ", "got ")

# What a membership or a right opens, seen in one program and missing in another: "the project's group is missing from the
# desktop app's list while the web app lists it", "the shared inbox is there in OWA but not in the desktop app", "in Teams wird die
# Gruppe angezeigt, in Outlook nicht", "le groupe apparaît dans Teams mais pas dans Outlook", "el grupo aparece en Teams
# pero no en Outlook", "de groep staat wel in Teams maar niet in Outlook". Seen in one place, the access is in place; the
# other program's view is the fault to look at (set h143). Not where a change is asked as well.
_PROGRAM = r"(?:the\s|der\s|die\s|dem\s|le\s|la\s|l'|el\s|het\s|de\s)?(?:new\s|old\s|classic\s|neue[nm]?\s|nouveau\s|nuevo\s|nieuwe\s)?[\w-]+(?:\s(?:app|web|desktop|client))?"
_SEEN_HERE_NOT_THERE = (
    # Missing here, there in the other: "not visible on the laptop but is on my phone", "isn't showing in the app, it
    # is on the web".
    rf"(?:{_NOT_SHOWING})\s(?:\S+\s){{0,3}}?(?:in|on|under)\s[^.!?\n]{{0,40}}?(?:,|;|\bbut\b|\bwhile\b|\bwhereas\b|\bthough\b)\s(?:it\s|they\s|she\s|he\s)?(?:does|do|is|are|shows?|appears?|works?)\s(?:\S+\s)?(?:in|on)\s{_PROGRAM}\b"
    # There in one, not in the other: "shows in teams but not in outlook", "visible in OWA but not in Outlook".
    r"|\b(?:shows?|showing|shows up|appears?|visible|is there|are there|there)\s(?:up\s|fine\s)?(?:in|on)\s"
    rf"{_PROGRAM}\s(?:\S+\s)?(?:,\s)?(?:but|though)\s(?:(?:it|they)\s)?(?:not|isn'?t|doesn'?t|don'?t|aren'?t)\s(?:\S+\s)?(?:in|on)\s"
    r"|\b(?:in|bei)\s[\w-]+\s(?:\S+\s){0,5}?(?:angezeigt|sichtbar|da|vorhanden|erscheint|ja)\b[^.!?\n]{0,30}?,\s(?:aber\s)?(?:in|bei)\s[\w-]+\s(?:\S+\s)?nicht\b"
    r"|\b(?:appara(?:î|i)t|s'affiche|visible|est l(?:à|a))\s(?:bien\s)?dans\s[\w'-]+(?:\s[\w-]+)?\s(?:mais|et)\spas\sdans\b"
    r"|\b(?:aparece|se ve|se muestra|est(?:á|a))\s(?:\S+\s)?en\s[\w-]+(?:\s[\w-]+)?\s(?:pero|y)\sno\sen\b"
    r"|\b(?:staat|verschijnt|is)\s(?:\S+\s)?wel\s(?:in|op)\s[\w-]+(?:\s[\w-]+)?\s(?:\S+\s)?maar\s(?:\S+\s)?niet\s(?:in|op)\b")
SEEN_HERE_NOT_THERE = unless_asked(_SEEN_HERE_NOT_THERE)
SEEN_HERE_ANCHOR = words(" in ", " on ", " bei ", " dans ", " en ", " op ")
