# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A document or a record locked against changes, not a login: "I need to change a locked PDF", "the job's cost period
is locked in the project tool, I can't edit last week's entries", "gesperrte Datei", "le PDF est verrouillé, impossible
de le modifier", "el registro está bloqueado, no puedo editarlo", "vergrendeld bestand". Whoever owns the file (its
author, its permissions password) or the record (the program's admin, who closed the period) lifts such a lock; the
directory's unlock does not reach it. A veto of account_unlock in the form of tickets/triage/patterns.py, joined to
objects.OBJECT_VETOES.

vetoes.py already reads a lockable thing named before its lock ("the file is locked", "locked for editing"); this reads
the adjective before the thing ("a locked PDF") and a lock said beside the edit it stops. Not where the writer names a
sign-in (an account, a login, a user, a password to get in, "locked out"): "my SAP user is locked, I can't edit my
timesheet" is the login's lock, whatever it keeps the writer from doing.

Seen in sets h136 and h138, by different writers (tests/triage/test_locked_for_editing.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx
from tickets.triage.unless import unless
from tickets.triage.vocabulary import LOCKED

# A document or a program's record: the things whose own lock keeps changes out.
# Not a business program's entries or bookings at large ("ERP locked, can't amend my bookings"): the login may be
# what is locked there.
_DOC = (r"(?:pdfs?|files?|documents?|docs?|spreadsheets?|workbooks?|worksheets?|sheets?|records?|periods?|projects?"
        r"|dateien|datei|dokumente?|tabellen?|datens(?:ä|ae)tze?|buchungsperioden?|perioden?|projekte?"
        r"|fichiers?|tableurs?|enregistrements?|p(?:é|e)riodes?|projets?|archivos?|documentos?|hojas?|registros?|per(?:í|i)odos?|proyectos?"
        r"|bestand(?:en)?|werkbladen?|projecten?)")
# The edit the lock stops: "can't edit", "unable to amend", "need to edit", "kann ... nicht bearbeiten", "impossible de
# modifier", "no puedo editar", "kan ... niet bewerken".
_EDIT = (r"(?:edit|amend|modify)(?:s|ed|ing)?\b|bearbeit\w*|(?:é|e)dit(?:er|ion)\b|modifi(?:er|cation)\b|editar\w*|modificar\w*|bewerk\w*")
_LOCKED_THING = (
    # The adjective before the thing: "a locked PDF", "locked workbook", "gesperrte Datei", "vergrendeld bestand".
    rf"\blocked\s(?:\S+\s)?{_DOC}\b|\bgesperrte[nrs]?\s(?:\S+\s)?{_DOC}|\bvergrendelde?\s(?:\S+\s)?{_DOC}\b"
    # French and Spanish name it first: "PDF verrouillé", "le projet est bloqué", "el registro está bloqueado".
    rf"|\b{_DOC}\s(?:\S+\s)?(?:est\s|sont\s|est(?:á|a)\s|est(?:á|a)n\s)?(?:verrouill|bloqu)\w*"
    # Or one sentence that names the thing, its lock and the edit it stops, in any order: "the project is locked, can't
    # edit the entries", "Periode gesperrt, kann die Stunden nicht bearbeiten". Not a lock and an edit alone ("ERP says
    # locked, need to amend an order"): what is locked may be the login.
    rf"|(?:\A|[.!?\n])(?=[^.!?\n]*?\b{_DOC}\b)(?=[^.!?\n]*?{LOCKED})(?=[^.!?\n]*?\b(?:{_EDIT}))"
)
# A sign-in named anywhere: the lock is the login's after all. Not the document's own password ("its permissions
# password", "the owner password of the PDF"), which is the lock itself.
_SIGN_IN = (r"\b(?:accounts?|log-?ins?|log(?:ged)?[\s-]?(?:in|on)|sign(?:ed)?[\s-]?in|users?|user ?(?:name|id)"
            r"|(?<!permissions )(?<!permission )(?<!owner )(?<!document )(?<!file )(?<!pdf )passwords?"
            r"|locked[\s-]?out|konto|benutzer\w*|anmeld\w*|kennwort|passwort|ausgesperrt|compte|utilisateur|identifiant|mot de passe"
            r"|cuenta|usuario|contrase(?:ñ|n)a|inlog\w*|gebruiker\w*|wachtwoord|buitengesloten"
            # Or the tries that lock a login: "after three wrong attempts", "nach Fehlversuchen", "trop de tentatives",
            # "demasiados intentos", "te veel pogingen".
            r"|attempts?|tries|fehlversuch\w*|versuche[n]?|tentatives?|intentos?|pogingen)\b")
_LOCKED_FOR_EDITING = unless(_LOCKED_THING, _SIGN_IN)

LOCKED_FOR_EDITING_VETOES: list[Veto] = [
    # "need to change a locked PDF", "the period is locked in the project tool, can't edit the entries": no login.
    Veto("account_unlock", rx(_LOCKED_FOR_EDITING), 3.0),
]
