"""What set h122 showed triage reading wrong, in our own sentences, with the near misses that must keep their label:

- "the last days" is lately, no leaver's last day (joiner_leaver_words.LEAVER);
- a newcomer form's labelled "Start:" line dates the arrival, so the form's account leads (settling.settle);
- a newcomer whose account is said had already, in German's order ("Konto hat er schon"), needs no onboarding
  (objects.py's onboarding veto);
- a phone's wipe still to come, with what becomes of the authenticator asked, is advice (second_factor.py);
- an expired password the self-service page failed to renew, with a reset asked, is a reset (another_kind.py);
- memberships said without the word group: a person put "in" a named share (folders_joined.py), a drive needed as the
  rest of the team has it (access_like_a_colleague.py), "the 3 new leads" added to a team whose name has a slash
  (patterns.py), people who "sollen in das Team" named in quotes (stays_or_goes.py);
- a colleague gone to a sister company of the group, with their account here to close, is a leaver (stays_or_goes.py);
- an application's shared pool full ("maximum number of concurrent users reached") is no one's licence to assign
  (process_records.py);
- outsiders kept out of a team by its guest setting are a policy for a person, no membership (other_parties.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body", "label"), [
    # Lately, not a leaver.
    ("phishing", "we have been getting dozens of fake parcel notices the last days, can you block the sender?", "other"),
    ("New joiner details", "From: HR\nName: Petra Novak\nStart: 02.03.2025\nTeam: warehouse\nNeeds: login, mail, access to "
     "the stock folder", "onboarding"),
    # The newcomer has an account: a desk move is hardware work.
    ("Umzug", "Die neue Kollegin sitzt ab dem 3.2. im Büro 12, bitte den Rechner von Raum 4 dorthin bringen. Konto und "
     "Mail hat sie schon.", "other"),
    ("Desk move", "Our new planner starts at desk 7 on Monday, please move the PC over there. He has his account and "
     "email already.", "other"),
    # A wipe to come, the factor's fate asked.
    ("resetting my phone", "I am going to factory reset my company iphone this weekend because it keeps crashing. "
     "Will I lose the authenticator? What should I do before?", "other"),
    ("Handy zurücksetzen", "Ich möchte mein Diensthandy auf Werkseinstellungen zurücksetzen. Verliere ich dann den "
     "Authenticator?", "other"),
    # An expired password whose self-service renewal failed, a reset asked.
    ("pw expired", "my password expired during my holiday and the self service portal shows an error when I try to "
     "renew it. pls reset it, I need to run the payroll", "password_reset"),
    # Memberships said without "group".
    ("share", "please put jonas (jbauer) in the purchasing share, he is covering orders for two weeks",
     "group_membership"),
    ("drive", "our new clerk (mwong) needs the S: drive like the rest of accounts payable", "group_membership"),
    ("Teams", "Please add the 3 new leads to the Night Shift 25/26 team: akim, bsoto, cdiaz.", "group_membership"),
    ("Teams Kanal", "Die zwei Neuen im Einkauf (lmaier, pkurz) sollen in das Team 'Einkauf Wochenplanung'.",
     "group_membership"),
    # Gone to a sister company, the account here to close.
    ("Transfer", "Lena Brandt moves to our sister company on 1 March, please close her account here, she gets a new "
     "one there.", "offboarding"),
    ("Wechsel", "Herr Vogt wechselt zum 1.4. zu unserer Schwesterfirma, bitte sein Konto bei uns deaktivieren.",
     "offboarding"),
    # A shared pool full at its busy hour.
    ("seats", "Every Monday at 8 the rostering app turns people away with 'concurrent user limit reached'. Is the "
     "pool too small or do people forget to sign out?", "other"),
    ("Lizenz", "Im Planungstool kommt jeden Morgen 'maximale Anzahl gleichzeitiger Benutzer erreicht'. Brauchen wir "
     "mehr Lizenzen?", "other"),
    # Outsiders refused by a team's guest setting.
    ("externals", "could we bring the freight agent's staff into our 'Hub Planning' team? Teams tells me guests are not "
     "allowed here", "other"),
    ("Gäste", "Können wir die Leute vom Kunden in unser Team 'Projekt Nord' einladen? Es heißt, Gäste sind in diesem "
     "Team nicht erlaubt.", "other"),
])
def test_h122_meanings_read_right(subject, body, label):
    assert triage(subject, body).category == label


@pytest.mark.parametrize(("subject", "body", "label"), [
    # A real last day is still a leaver's.
    ("Leaver", "Martin Hale's last day is Friday 28th, please disable his account that evening.", "offboarding"),
    # A newcomer with no account, nothing said had: still an onboarding.
    ("Neuer Mitarbeiter", "Neuer Kollege Jan Roth beginnt am 01.04. in der Buchhaltung, bitte Konto und Mail anlegen.",
     "onboarding"),
    # The wipe done and the factor gone, a reset asked: still an MFA reset.
    ("authenticator gone", "I factory reset my phone yesterday and the authenticator is empty now, please reset my MFA "
     "so I can set it up again.", "mfa_reset"),
    # The page broken before the password expires, no reset asked: a page to look at.
    ("reset page", "the self service password page shows an error for me and two colleagues; I wanted to change my "
     "password before it expires next week", "other"),
    # A drive gone missing from the writer's own PC is a mapping fault, not a membership.
    ("drive missing", "my P: drive disappeared after the update, I need it back like before", "other"),
    # Things put in a share, no person.
    ("share", "please put the new price lists in the sales share before Monday", "other"),
    # A move to a sister company told, nothing asked: no offboarding yet.
    # A licence asked for a named person stays a licence change, whatever the store says of its pool.
    ("licence", "Please assign a Visio licence to Tom Berg, the portal says all licences are in use, maximum users "
     "reached.", "license_change"),
    # One of ours added to a quoted team stays a membership.
    ("Team", "Please add Mia Lund (mlund) to the 'Harbour Ops' team, she moved to the department last week.",
     "group_membership"),
    ("FYI", "Lena Brandt moves to our sister company next month and will sit in Berlin. Just so you know.", "other"),
])
def test_h122_near_misses_keep_their_label(subject, body, label):
    assert triage(subject, body).category == label
