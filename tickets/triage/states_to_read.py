# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""Accounts whose state is to read, not change: a database's own account said locked by its error, and a newcomer's
accounts asked to be confirmed ready. Vetoes in the form of tickets/triage/patterns.py, joined to objects.OBJECT_VETOES
beside process_records.py's, whose account words they share.

Both came from set h90, a software vendor's internal tickets (tests/triage/test_relocks_ready_accounts_and_held_memberships.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx
from tickets.triage.process_records import _ACCOUNT_WORD, _MACHINE_NAMED, _UNLOCK_ASKED
from tickets.triage.unless import unless
from tickets.triage.vocabulary import LOCKED

# A database's own account said locked, as its error names it: "ORA-28000: the account is locked, user APP_X on db
# ora-prd-01", SQL Server's "error 18486 ... currently locked out", or a machine-named user "on" a database or schema
# ("Benutzer app_x auf der Datenbank gesperrt", "utilisateur app_x verrouillé sur la base", "usuario app_x bloqueado en
# la base de datos", "gebruiker app_x geblokkeerd op de database"). An application's account, its DBA's to clear after
# finding what keeps trying it; no person asked to be unlocked (set h90).
_DATABASE = (r"(?:db|dbs|database|databases|datenbank\w*|schema|instance|instanz|base(?: de donn(?:é|e)es| de datos)?"
             r"|databank|bd)\b")
_DB_ACCOUNT_LOCKED = unless(
    r"\bora-28000\b|\b(?:error|fehler|erreur|fout)\s?:?\s?18486\b"
    rf"|(?:{LOCKED}|locked out)[^\n]{{0,80}}?\b{_ACCOUNT_WORD}\s{_MACHINE_NAMED}\s(?:on|at|in|auf|sur|en|op)\s(?:the\s|der\s|dem\s|la\s|le\s|el\s|de\s|het\s)?{_DATABASE}"
    rf"|\b{_ACCOUNT_WORD}\s{_MACHINE_NAMED}\s(?:on|at|in|auf|sur|en|op)\s(?:the\s|der\s|dem\s|la\s|le\s|el\s|de\s|het\s)?{_DATABASE}[^\n]{{0,60}}?(?:{LOCKED}|locked out)",
    _UNLOCK_ASKED)

# A newcomer's accounts asked to be confirmed ready, not made: "can you confirm the accounts for our new starter are
# ready? we want to send her the login info", "bitte bestätigen, dass die Zugänge eingerichtet sind", "confirmer que
# les comptes sont prêts", "confirmar que las cuentas están listas", "bevestigen dat de accounts klaar zijn" (set h90).
# A state read, as a leaver's account confirmed disabled is (process_records._STATE_CONFIRMED); unless the making is
# asked if they are not.
_READY_CONFIRMED = unless(
    r"\b(?:confirm|verify|double-check)\w*\s(?:that\s|whether\s|if\s)?(?:\S+\s){0,4}?(?:accounts?|logins?|access|user)\s(?:\S+\s){0,8}?"
    r"(?:is|are|were|have been|has been)\s(?:all\s|really\s|now\s)?(?:ready|set up|created|in place|done)\b"
    r"|\bbest(?:ä|ae)tig\w*\s(?:\S+\s){0,6}?(?:konto|konten|zug(?:ä|ae)nge?|benutzer)\s(?:\S+\s){0,4}?(?:fertig|bereit|angelegt|eingerichtet)\s(?:ist|sind)\b"
    r"|\bconfirm\w*\s(?:que|si)\s(?:\S+\s){0,6}?(?:comptes?|acc(?:è|e)s)\s(?:\S+\s){0,4}?(?:sont|est)\s(?:bien\s)?(?:pr(?:ê|e)ts?|cr(?:éé|ee)s?|configur)"
    r"|\bconfirm\w*\s(?:que|si)\s(?:\S+\s){0,6}?(?:cuentas?|accesos?)\s(?:\S+\s){0,4}?est(?:á|a)n?\s(?:list|cread|configurad)"
    r"|\bbevestig\w*\s(?:dat|of)\s(?:\S+\s){0,6}?(?:accounts?|toegang)\s(?:\S+\s){0,4}?(?:klaar|aangemaakt)\b"
    # Checked on rather than confirmed, the form sent earlier: "just checking her login and laptop will be ready",
    # "wollte nur nachfragen, ob ihr Zugang fertig sein wird", "je vérifie juste que son compte sera prêt", "solo
    # quería comprobar que su cuenta estará lista", "even checken of zijn account klaar is" (set h98).
    r"|\b(?:just\s|only\s)?check(?:ing|ed)?\s(?:in\s)?(?:that\s|whether\s|if\s|on\s)?(?:\S+\s){0,4}?(?:accounts?|logins?|access|user)\s(?:\S+\s){0,4}?(?:is|are|will be|'ll be)\s(?:all\s)?(?:ready|set up|in place|done)\b"
    r"|\bnachfrag\w*,?\s(?:ob|dass)\s(?:\S+\s){0,6}?(?:konto|konten|zug(?:ä|ae)nge?|login)\s(?:\S+\s){0,4}?(?:fertig|bereit|eingerichtet)\b"
    r"|\bv(?:é|e)rifi\w*\s(?:juste\s)?(?:que|si)\s(?:\S+\s){0,6}?(?:comptes?|acc(?:è|e)s)\s(?:\S+\s){0,3}?(?:sera|seront|est|sont)\s(?:bien\s)?(?:pr(?:ê|e)ts?|cr(?:éé|ee)s?)"
    r"|\bcomprobar\s(?:que|si)\s(?:\S+\s){0,6}?(?:cuentas?|accesos?)\s(?:\S+\s){0,3}?(?:estar(?:á|a)n?|est(?:á|a)n?)\s(?:list|cread)"
    r"|\bcheck\w*\s(?:of|dat)\s(?:\S+\s){0,6}?(?:accounts?|toegang|login)\s(?:\S+\s){0,3}?(?:klaar|aangemaakt)\b",
    r"\b(?:if not|otherwise|falls nicht|wenn nicht|sonst|sinon|si no|zo niet|anders)\b")

STATE_VETOES: list[Veto] = [
    # "app can't connect: ORA-28000: the account is locked (user APP_X on db ora-01)": the database's account, the DBA's.
    Veto("account_unlock", rx(_DB_ACCOUNT_LOCKED), 4.0),
    # "can you confirm the accounts for our new starter are ready? she starts Monday": a state read, nothing made.
    Veto("onboarding", rx(_READY_CONFIRMED), 3.0),
]
