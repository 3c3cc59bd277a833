"""A ticket closed by naming itself, a vendor's planned downtime that ends sessions, a list of accounts asked for, a
second factor failing for many people at once, a membership made whose channel cannot be seen, a starter whose user
exists and who needs only equipment (a desk phone's voicemail among it); and on the other side: a temp's end date
passed with the directory account to disable, an address whose mail the writer will answer, a person taken off a
SharePoint site, a password change refused by rules listed one after another (tickets/triage/noise.py, vetoes.py,
process_records.py, other_senses.py, starter_hardware.py, said_briefly.py, vocabulary.py, patterns.py).

A pharmaceutical manufacturer's queue (h72) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # The ticket itself named as what may be closed: its noun asks for nothing.
    ("Re: login for the new analyst", "Thanks, the login for Priya was made and she got in this morning. You can close the request."),
    ("Re: Konto für Praktikant", "Danke, das Konto ist angelegt und er kann sich anmelden. Die Anfrage kann geschlossen werden."),
    ("Re: compte stagiaire", "Merci, le compte a été créé et elle arrive à se connecter. Vous pouvez clôturer la demande."),
    # A vendor's planned downtime: its sessions end, no one's employment.
    ("FW: planned maintenance of the QMS portal", "Dear customer, the portal will be offline on Sunday from 01:00 to 04:00 UTC "
     "for scheduled maintenance. All open user sessions will be terminated when the window starts. No action is required."),
    ("Connection dropped", "My remote session was terminated twice this morning while I was typing, is the server unstable?"),
    # A list of accounts asked for: the list is made, not an account.
    ("Audit", "Please create a list of all user accounts that have not signed in for 60 days, split by plant."),
    ("Export", "Could you make an overview of the accounts without a manager set? Internal audit wants it by Friday."),
    # A second factor failing for many people at once: an outage to look into.
    ("Authenticator down?", "Since 8 o'clock several colleagues in the warehouse are not getting the authenticator prompt for Citrix."),
    ("MFA", "Mehrere Kollegen im Labor bekommen seit heute früh keine MFA-Anfrage mehr."),
    ("Codes", "Plusieurs utilisateurs ne reçoivent pas le code MFA depuis ce matin."),
    # Added to the team, but the channel cannot be seen: a view to look into.
    ("Channel missing", "I was added to the 'Site Quality' team on Monday but I can't see the private channel 'deviations'."),
    ("Kanal", "Ich wurde gestern in das Team Einkauf aufgenommen, aber ich sehe den Kanal 'Lieferanten' nicht."),
    # A starter whose user exists already and who needs only equipment.
    ("Starter needs a phone", "Our new planner starts Tuesday, her account and laptop are ready. She still needs a desk phone with voicemail."),
    ("Neue Kollegin", "Unsere neue Kollegin fängt am 3.6. an, der Benutzer ist laut HR schon angelegt. Sie braucht noch Laptop und Headset."),
])
def test_what_is_closed_down_or_listed_asks_no_change(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A temp's end date passed, with the account's closing asked.
    ("Contractor finished", "The contractor end date for Mark Olsen was 31/05. Please deactivate AD and his VPN token.", "offboarding"),
    ("Intern", "The intern's last day was Friday, please disable her account.", "offboarding"),
    # An address whose mail the writer will answer is a mailbox to open.
    ("orders@ while Ben is away", "Please give me access to orders@example.com so I can answer the mails while Ben is on leave.", "mailbox_access"),
    ("qa@", "Bitte Zugriff auf qa@example.com, damit ich die Anfragen beantworten kann, solange Eva im Urlaub ist.", "mailbox_access"),
    # A person taken off a SharePoint site is a membership.
    ("SharePoint", "Please remove Lena Fischer from the SharePoint site 'Batch records', she moved to the Berlin office.", "group_membership"),
    ("Site", "Can you remove Tom Reyes from the Engineering SharePoint site?", "group_membership"),
    # A password change refused by rules listed one after another.
    ("Can't change password", "Changing my password fails: 'the value provided does not meet the length, complexity or history requirements'.",
     "password_reset"),
])
def test_the_near_readings_stay_requests(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A ticket closed, but a new thing asked beside it.
    ("Re: access", "Thanks, that works. Please also add me to the Planning group, then you can close the request.", "group_membership"),
    # Sessions ended and an employment ended are two things: the HR notice stays a leaver.
    ("Termination", "HR: the employment of Paul Kent is terminated as of today. Please disable his account.", "offboarding"),
    # A list of newcomers handed over is accounts to make.
    ("New users", "Please create accounts for the following users starting on the 1st: Ana Ruiz, Ben Cole.", "onboarding"),
    # One person's factor gone with their phone stays a reset.
    ("New phone", "I have a new phone and the MFA push is not coming any more, please reset my MFA.", "mfa_reset"),
    # Many people's factors asked to be reset is a reset asked, not an outage.
    ("MFA", "Several users in the lab got new phones and are not getting the push, please reset their MFA.", "mfa_reset"),
    # A starter whose account is still to make, with a phone beside it.
    ("Starter", "New planner starts Tuesday, please set up her account and email, she also needs a desk phone.", "onboarding"),
])
def test_the_requests_beside_them_stay(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # A temp's end date moved is the account's expiry, not a leaving.
    ("Contractor", "The contractor end date was extended to 30/09, please update the account expiry."),
    # An address named without its mail to answer or any access asked.
    ("orders@", "The mails to orders@example.com arrive twice since yesterday, can you check?"),
])
def test_near_sentences_are_no_leaver_or_mailbox(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason
