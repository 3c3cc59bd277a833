"""Set h95 (a furniture maker's tickets) showed seven things the engine read as requests: a chase of a ticket said raised
on a day (process_records.py), a ledger account blocked for postings (another_kind.py), passwords said no longer to
expire (other_senses.py), a directory sync's error report (devices_and_notices.py), licence plans counted by their names
(process_records.py), an outside firm's mailbox said compromised (other_parties.py) and a list's address asked for
(not_asked.py). Each with a near sentence that stays the request it was; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # A chase of a ticket said raised on a day, its number in the subject.
    ("RE: INC0051234 password reset", "still waiting, raised it yesterday. anyone?"),
    ("AW: INC0051234 Passwort zurücksetzen", "Noch immer keine Antwort, seit Dienstag gemeldet."),
    ("RE: INC0051234 réinitialiser mot de passe", "Toujours pas de réponse, ouvert mardi."),
    ("RE: INC0051234 restablecer contraseña", "Sigo sin respuesta, abierto el lunes."),
    ("RE: INC0051234 wachtwoord resetten", "Nog steeds geen reactie, maandag gemeld."),
    # A ledger account blocked for postings.
    ("posting", "Account 5200 is blocked for posting, can't book the invoice."),
    ("Buchung", "Konto 4400 ist für Buchungen gesperrt, ich kann die Rechnung nicht buchen."),
    ("compte bloqué", "Le compte 401000 est bloqué pour la saisie, je ne peux pas passer la facture."),
    ("cuenta bloqueada", "La cuenta 570000 está bloqueada para contabilizar, no puedo registrar la factura."),
    ("posting error", "SAP says G/L account 600100 is locked, I can't post the travel costs."),
    # Passwords said no longer to expire: the rule told, asked about.
    ("password expiry", "Our intranet says passwords don't expire anymore since the new policy. Since when is that?"),
    ("expiration mot de passe", "Selon l'intranet les mots de passe n'expirent plus. Depuis quand ?"),
    ("caducidad contraseña", "Según la intranet las contraseñas ya no caducan. ¿Desde cuándo?"),
    ("wachtwoord verlopen", "Volgens het intranet verlopen wachtwoorden niet meer. Sinds wanneer is dat?"),
    # A directory sync's errors.
    ("AAD Connect", "Azure AD Connect: 2 export errors for new hire accounts in OU=Sales, attribute conflict."),
    ("Sync Fehler", "Entra Connect: Export fehlgeschlagen für neue Benutzerkonten der neuen Mitarbeiter, doppelte "
                    "proxyAddress."),
    # Licence plans counted by their names.
    ("E5 count", "Finance needs the number of E5 vs E3 assigned per country, can you export it?"),
    ("Anzahl E3", "Controlling braucht die Anzahl der E3 pro Standort, könnt ihr das exportieren?"),
    ("nombre E3", "Le contrôle de gestion a besoin du nombre de E3 attribuées par site, pouvez-vous l'exporter ?"),
    ("número E3", "Finanzas necesita el número de E3 asignadas por sede, ¿podéis exportarlo?"),
    ("aantal E3", "Controlling heeft het aantal E3 per vestiging nodig, kunnen jullie dat exporteren?"),
    # An outside firm's mailbox said compromised.
    ("odd invoices", "Our supplier keeps sending invoices with new bank details, their mailbox is compromised. Please "
                     "advise."),
    ("odd invoice", "A vendor sent an invoice with a different IBAN; we think their email account is hacked. What now?"),
    # A list's address asked for.
    ("DL address?", "need to send the rota to the night shift leads"),
    ("Verteiler-Adresse?", "möchte den Schichtplan an die Schichtleiter schicken"),
])
def test_what_asks_for_nothing_of_the_category(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A day named beside a plain request is no chase.
    ("password", "I forgot my password on monday, please reset it.", "password_reset"),
    # An account locked with no ledger's words is a person's.
    ("locked", "My account is locked since this morning, please unlock it.", "account_unlock"),
    # A password said expired is still the writer's.
    ("password expired", "My password expired over the weekend, please reset it.", "password_reset"),
    # A newcomer's accounts asked, the sync named only in passing.
    ("new starter", "New starter Lena Vogt begins on Monday in Sales, please create her account and mailbox.",
     "onboarding"),
    # A licence plan asked for a person.
    ("E5", "Please assign an E5 licence to Tom Berg, he moves to the security team.", "license_change"),
    # The writer's own mailbox compromised, and a sign-out asked.
    ("hacked", "I think my mailbox was hacked, please sign me out everywhere.", "session_revoke"),
    # A place on the list asked.
    ("add me", "Please add me to the warehouse team distribution list.", "group_membership"),
])
def test_the_request_near_it_stays(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason
