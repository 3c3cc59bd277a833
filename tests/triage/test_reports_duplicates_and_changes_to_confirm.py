"""A scheduled report or a seat count running out (noise.py), a change already made that the desk is asked only to
confirm was planned (devices_and_notices.py), a ticket said to repeat another by its number (already_done.py), an
authenticator prompt missing its number (second_factor.py), access said got whose mailbox never showed up
(other_senses.py), a shared secret lost with the colleague who left (discounts.py), and a newcomer's login checked on
(states_to_read.py). Each is `other`.

The near readings stay requests: a reset asked beside a report, an undo asked of an alert, an unlock asked while the
writer compares with last year, a factor moved to a new phone, a second mailbox asked, a leaver's account to close,
a newcomer's login to create if it is missing. Set h98 (an accounting and tax advisory firm's tickets) showed them;
the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # A scheduled report, or a report that says it changes nothing.
    ("Monthly digest", "[Scheduled report] Expired passwords by department, March\nSales: 4\nFinance: 2\nReport only, no automatic action."),
    ("Bericht", "Geplanter Bericht: abgelaufene Kennwörter diese Woche: 12. Nur Bericht, keine automatische Aktion."),
    # The tenant's seat stock, reported by a machine.
    ("Visio seats", "Automated message - Visio Plan 2: 2 of 60 available. Consider buying more before the new hires arrive."),
    ("Lizenzen", "Automatische Benachrichtigung: Microsoft 365 E5: 1 von 150 verfügbar."),
    # A change made already, the desk asked only whether it was meant.
    ("Defender alert", "Alert: user added to Enterprise Admins\nActor: adm-x\nPlease confirm whether this was a planned change."),
    ("Warnung", "Ein Benutzer wurde zur Gruppe Domänen-Admins hinzugefügt. Bitte bestätigen, ob dies geplant war."),
    ("Alerte", "Un compte a été ajouté au groupe Administrateurs. Merci de confirmer si ce changement était prévu."),
    # A ticket said to repeat another.
    ("Double", "Oops, logged it twice - my locked account is the same as INC0077123, please close this one."),
    ("Doppelt", "Mein Sperrproblem ist dasselbe wie INC0077123, bitte diese Meldung schließen."),
    ("Doublon", "Mon compte bloqué, c'est le même problème que INC0077123, vous pouvez fermer celui-ci."),
    # The authenticator's number missing from its prompt.
    ("MFA prompt", "My authenticator only shows approve or deny, there is no number to enter, and then the login fails."),
    ("Authenticator", "Die Authenticator-App zeigt keine Zahl an und die Anmeldung bricht ab."),
    # Access got, its mailbox never shown.
    ("Team mailbox", "Got access to the bids mailbox on Monday. Web mail shows it, but it never appeared in the desktop app."),
    # A shared secret only the leaver knew.
    ("Certificate", "Nobody knows the password of the tax portal certificate any more; the colleague who kept it has left."),
    ("Zertifikat", "Das Passwort für das Signaturzertifikat kennt keiner mehr, der Kollege ist ausgeschieden."),
    # A newcomer's login checked on, the form sent earlier.
    ("Starter Monday", "Our new trainee starts Monday, HR sent the form last week. Just checking her login and laptop will be ready."),
])
def test_read_as_other(subject: str, body: str) -> None:
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A reset asked in the writer's own words, under a report's wording.
    ("Password expired", "The weekly report says my password expired. Could you please reset it for me?", "password_reset"),
    # An undo asked of an alert.
    ("Alert", "I got added to Enterprise Admins by mistake, please remove me from the group.", "group_membership"),
    # An unlock asked while comparing with last year, not with another ticket.
    ("Locked", "My problem is the same as last year, please unlock my account.", "account_unlock"),
    # A factor moved to a new phone.
    ("New phone", "I have a new phone and the authenticator shows no number, please reset my MFA so I can set it up again.",
     "mfa_reset"),
    # Access got to one mailbox, another asked.
    ("Mailbox", "Got access to the bids mailbox last week; could you also give me access to the tenders mailbox?", "mailbox_access"),
    # A leaver's account to close.
    ("Leaver", "Anna left on Friday, please disable her account.", "offboarding"),
])
def test_near_requests_stay(subject: str, body: str, category: str) -> None:
    assert triage(subject, body).category == category
