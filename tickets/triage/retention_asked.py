# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""How long a leaver's things are kept, asked: a policy question, no leaver to offboard and no mailbox to share.

"How long do we hold on to someone's mailbox once they have gone?", "what becomes of a leaver's OneDrive after a
month?", "wie lange wird das Postfach eines Ausgeschiedenen aufbewahrt?", "combien de temps conserve-t-on la boîte d'un
ancien salarié ?", "¿cuánto tiempo se guardan los archivos de alguien que se fue?", "hoe lang bewaren we de mailbox van
een vertrokken collega?": the retention rules are asked, for a technician to answer, often for someone else ("the
project manager asks how long ..."). Read by their nouns, each names a leaver and a mailbox or files: an offboarding
or a mailbox's rights that nobody asked for. Not where a change is asked in so many words beside the question
(unless_asked): "please keep her mailbox for a year; how long is it kept by default?" still acts.

A veto in the form of tickets/triage/patterns.py, joined to objects.OBJECT_VETOES. questions.py reads a ticket whose
every request word sits in a question that opens with its interrogative; this reads the question asked indirectly
("is asking how long we keep ...") or put after an aside, as sets holdout90 and holdout91 (two writers) put it. Said
in our own words in five languages by tests/triage/test_retention_asked.py.
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx
from tickets.triage.unless import unless_asked

# What is kept: the leaver's mailbox, their files or data, their OneDrive, their account.
_KEPT_THING = (r"(?:mail\s?box(?:es)?|e-?mails?|mails?|inbox|onedrive|files?|data|documents?|accounts?|postf(?:a|ä)ch(?:er)?|daten|dateien|konten|konto"
               r"|bo(?:î|i)tes?(?: mail| aux lettres)?|fichiers?|donn(?:é|e)es|comptes?|buz(?:ó|o)n(?:es)?|archivos?|datos|cuentas?|correos?"
               r"|bestanden|gegevens)")
_KEPT = (r"(?:kept|keep|retained|retain|stored|store|held|hold on to|preserved|archived|available|accessible"
         r"|aufbewahrt|aufheben|aufgehoben|gespeichert|speichern|vorgehalten|behalten|erhalten|verf(?:ü|ue)gbar"
         r"|conserv(?:é|e)e?s?|conserve|gard(?:é|e)e?s?|garde|archiv(?:é|e)e?s?|disponibles?"
         r"|guarda(?:n|mos|d[oa]s?)?|conserva(?:n|mos|d[oa]s?)?|archivad[oa]s?|disponibles?"
         r"|bewaard|bewaren|bewaart|opgeslagen|beschikbaar)")
# How long, or what becomes of it, asked directly or indirectly ("asks how long we keep", "wants to know what happens
# to"): the interrogative, a few words, then the verb of keeping or the thing.
_RETENTION_ASKED = (
    rf"\bhow long\s(?:\S+\s){{0,8}}?{_KEPT}\b"
    rf"|\bwhat (?:happens|becomes of|will happen) (?:to|of|with)\s(?:\S+\s){{0,4}}?{_KEPT_THING}\b"
    rf"|\bretention\s(?:period|policy|time|rules?)\b"
    rf"|\bwie lange?\s(?:\S+\s){{0,8}}?{_KEPT}\b|\bwas passiert mit\s(?:\S+\s){{0,4}}?{_KEPT_THING}\b|\baufbewahrungs(?:frist|dauer|regel)\w*"
    rf"|\bcombien de temps\s(?:\S+\s){{0,8}}?{_KEPT}\b|\bque (?:deviennent|devient)\s(?:\S+\s){{0,4}}?{_KEPT_THING}\b|\bdur(?:é|e)e de conservation\b"
    rf"|\bcu(?:á|a)nto tiempo\s(?:\S+\s){{0,8}}?{_KEPT}\b|\bqu(?:é|e) pasa con\s(?:\S+\s){{0,4}}?{_KEPT_THING}\b|\bplazo de conservaci(?:ó|o)n\b"
    rf"|\bhoe lang\s(?:\S+\s){{0,8}}?{_KEPT}\b|\bwat gebeurt er met\s(?:\S+\s){{0,4}}?{_KEPT_THING}\b|\bbewaartermijn\b"
)

RETENTION_ASKED_VETOES: list[Veto] = [
    # "a manager asks how long we keep the mailbox of someone who left": the rule asked, nobody offboarded.
    Veto("offboarding", rx(unless_asked(_RETENTION_ASKED)), 2.5),
    # "how long is a leaver's mailbox kept after they go?": no rights on it asked either.
    Veto("mailbox_access", rx(unless_asked(_RETENTION_ASKED)), 2.5),
]
