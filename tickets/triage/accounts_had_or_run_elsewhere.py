# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A newcomer's account said to be had already or to run through another process: nothing for the desk to make.

"Konto und Mail hat er schon", "the accounts go through HR", "konto läuft über HR", "bitte noch nichts anlegen": a
ticket about a newcomer's desk or kit that names the account only to say it is not this ticket's job. Read by
starter_hardware (its _IDENTITY_DONE), which then hands the ticket over as the hardware delivery it is.

Seen in sets h122, h123, h50 and h91, written by different people (tests/triage/test_accounts_had_or_run_elsewhere.py).
"""

from __future__ import annotations

_ACCOUNT = (r"(?:accounts?|logins?|e-?mail|mail|konto|konten|zug(?:ä|ae)nge?|benutzer(?:konto)?|compte|comptes|cuentas?"
            r"|usuario|gebruiker)")
_HR = (r"(?:hr|human resources|the people team|personal(?:abteilung)?|die personalabteilung|les rh|rh|rrhh"
       r"|recursos humanos|p&o|personeelszaken)")

ACCOUNT_HAD_OR_RUN_ELSEWHERE = (
    # Run through HR: "accounts go through HR", "Konto läuft über HR", "les comptes passent par les RH", "las cuentas van
    # por RRHH", "de accounts lopen via HR".
    rf"\b{_ACCOUNT}(?:\s(?:and|und|et|y|en)\s{_ACCOUNT})?\s(?:\S+\s)?"
    rf"(?:go(?:es)?|run(?:s)?|come(?:s)?|l(?:ä|ae)uft|laufen|geht|gehen|kommt|kommen|passe(?:nt)?|va[n]?|pasa[n]?"
    rf"|loopt|lopen|gaat|gaan)\s(?:\S+\s)?(?:through|via|über|ueber|par|por|door)\s(?:die\s|den\s|les\s|la\s|el\s)?{_HR}\b"
    # Had already: "account and mail he has already", "Konto und Mail hat er schon", "il a déjà son compte", "ya tiene
    # cuenta", "hij heeft al een account".
    rf"|\b{_ACCOUNT}(?:\s(?:and|und|et|y|en)\s{_ACCOUNT})?\s(?:hat|haben)\s(?:er|sie|sie beide)\s(?:schon|bereits)\b"
    rf"|\b(?:has|have)\s(?:already\s)?(?:got\s)?(?:an?\s|his\s|her\s|their\s)?{_ACCOUNT}(?:\s(?:and|&)\s{_ACCOUNT})?\s"
    r"already\b"
    rf"|\b(?:already|schon|bereits)\s(?:has|have|hat|haben)\s(?:an?\s|his\s|her\s|their\s|sein\w*\s|ihr\w*\s)?{_ACCOUNT}\b"
    rf"|\ba\sd(?:é|e)j(?:à|a)\s(?:un\s|son\s|ses\s|leur\s)?{_ACCOUNT}"
    rf"|\bya\stiene[n]?\s(?:una?\s|su\s|sus\s)?{_ACCOUNT}"
    rf"|\b(?:heeft|hebben)\s(?:\S+\s)?al\s(?:een\s|zijn\s|haar\s)?{_ACCOUNT}"
    # Not to be made yet: "bitte noch nichts anlegen", "don't create anything yet", "ne rien créer pour l'instant", "no
    # crear nada todavía", "nog niets aanmaken".
    r"|\bnoch nichts (?:anlegen|einrichten|erstellen)\b|\b(?:don'?t|do not|please don'?t) (?:create|set up|make) anything"
    r" yet\b|\bne rien cr(?:é|e)er\b|\bno crear nada\b|\bnog niets aan(?:maken|leggen)\b"
)
