"""What holdout57 (an engineering firm's help desk) showed the engine did not understand, in our own sentences: a
problem said solved and the ticket closed (already_done.py), thanks to everyone for a newcomer's setup (noise.py), a
database lock held by a transaction and a meeting locked by its organiser (objects.py), the directory's lockout policy
and a phishing mail sent only for information (other_senses.py), a OneNote section's own password (another_kind.py),
and a group's members exported for a review (nothing_to_change.py). Each with near misses that still ask.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # A problem said solved, then closed.
    ("follow-up", "About the locked account I reported on Tuesday: it was resolved over the phone, you can "
              "close it now."),
    ("Konto gesperrt", "Das Problem mit meinem gesperrten Konto wurde telefonisch gelöst, das Ticket kann geschlossen "
                       "werden."),
    ("compte bloqué", "Mon souci de compte bloqué a été résolu par votre collègue, vous pouvez clôturer le ticket."),
    # Thanks to everyone for a setup done.
    ("thank you", "Thanks everyone for getting the new trainee all set up, he was productive from day one."),
    # A lock held by a running piece of work.
    ("invoice table", "The invoices table on the test database is locked by a stuck transaction of the nightly job. "
                      "Can someone end it?"),
    ("Datenbank", "Die Tabelle Kunden ist durch eine hängende Sitzung gesperrt, bitte die Sitzung beenden."),
    # A meeting's own lock.
    ("webinar", "Our webinar is locked and two speakers are stuck outside, how can I unlock the meeting during it?"),
    ("Besprechung", "Meine Besprechung ist gesperrt, der Gast kommt nicht rein. Wie entsperre ich die Besprechung?"),
    # The lockout policy.
    ("lockout policy", "Per the security review, please raise the account lockout threshold to 8 failed attempts "
                       "and shorten the lockout duration to 15 minutes."),
    ("Richtlinie", "Bitte die Kontosperrschwelle in der Domäne von 3 auf 6 Fehlversuche erhöhen, Change ist "
                   "genehmigt."),
    # A phishing mail sent for information.
    ("weird mail", "FYI: a mail 'your password expires in 2 hours, confirm it here' came from a sender whose domain "
                   "is spelled wrong."),
    # A OneNote section's own password.
    ("OneNote", "I put a password on a OneNote section with my project notes and now I forgot it. Any way to get in?"),
    # Members exported for a review.
    ("audit", "For the yearly access review please export the members of all finance file-share groups and mail the "
              "list to compliance."),
    ("Mitglieder", "Für die Revision brauchen wir eine Mitgliederliste der Gruppen GG-Einkauf-*, bitte als Excel."),
])
def test_such_a_ticket_asks_for_no_account_change(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # Still locked, not solved.
    ("still locked", "My account is locked again after the call yesterday, please unlock it.", "account_unlock"),
    # Thanks in advance for a setup still asked.
    ("new starter", "New starter Maria Lopez joins Finance on 3 March, please create her account. Thanks all in "
                    "advance.", "onboarding"),
    # A person's account locked, not a record.
    ("locked", "I am locked out of my account after too many tries, please unlock me.", "account_unlock"),
    # A person locked out with the policy only named as the cause.
    ("locked out", "My account is locked, the lockout threshold is so low. Please unlock my account.", "account_unlock"),
    # A real reset request that names an expiry notice.
    ("password", "My password expired this morning and I cannot log in, please reset it.", "password_reset"),
    # Added to a group, not its members exported.
    ("group", "Please add me as a member of the group GG-Finance-Read.", "group_membership"),
])
def test_the_near_tickets_still_ask(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason
