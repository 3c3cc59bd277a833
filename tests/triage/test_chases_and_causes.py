"""More classes holdout12 showed: a request said without its usual words (someone else's inbox to read, "can I be
added?" to a list whose mail does not arrive, a newcomer for whom nothing is ready), and a leaver named only as the
cause of an application's failure, which asks for no offboarding. Sentences are our own, not the set's.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body", "category"), [
    # Someone else's inbox the writer wants to read is a mailbox right, asked without "access".
    ("cover for Raj", "Raj is on parental leave until May and I need to go through his inbox for the open quotes.",
     "mailbox_access"),
    # The access asked by a pronoun for the mailbox named before it.
    ("orders mailbox", "Kim moved to Berlin and the orders mailbox she ran still gets mail. Could you give me access "
     "to it?", "mailbox_access"),
    # The passive of "add me", after the list whose mails do not arrive.
    ("sales-updates", "I never receive the mails sent to sales-updates, could I be added?", "group_membership"),
    # A newcomer with a start date for whom nothing was prepared: the onboarding is chased, not asked about.
    ("new hire Monday", "Our new analyst starts on Monday and nothing is set up yet, no account at all. Did you get "
     "the request?", "onboarding"),
])
def test_a_request_said_another_way_is_read(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body"), [
    # One's own inbox, or one that cannot be seen, asks for nobody's right ("unread" holds no "read" right).
    ("inbox", "I need to go through my inbox, it has 20,000 unread mails, can you help me sort it?"),
    ("his inbox", "I can't see his inbox anymore in Outlook since the update."),
    # A leaver named as why something fails: the failure is the ticket.
    ("drawing checkout fails", "Checking out the drawing fails with 'reserved by j.weber', but he left the company "
     "in June."),
    ("report errors", "The weekly sales report errors out since Anna left the company, it was scheduled under her name."),
])
def test_no_action_is_read_into_it(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # An HR notice names no failure; a leaver whose failure comes with a request still asks.
    ("Leaver", "Tom Becker left the company on Friday."),
    ("leaver", "Sync fails for Tom Becker's files because he left the company: please disable his account."),
])
def test_a_leaver_announced_or_asked_for_stays_an_offboarding(subject, body):
    assert triage(subject, body).category == "offboarding"


# holdout61 (a construction firm's): things in an application held by someone who left, their release asked.
@pytest.mark.parametrize(("subject", "body"), [
    ("models reserved", "Several sheets in the model are reserved by a user who left the company last month; can you "
     "release them so we can edit?"),
    ("Pläne ausgecheckt", "Die Pläne sind von einem Kollegen ausgecheckt, der das Unternehmen verlassen hat. Könnt ihr "
     "sie freigeben?"),
])
def test_things_held_by_a_leaver_are_released_not_offboarded(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_things_held_by_a_leaver_whose_account_is_asked_closed_stay_an_offboarding():
    result = triage("leaver", "Files are checked out to Tom Baker who left the company; please disable his account and "
                    "release them.")
    assert result.category == "offboarding", result.reason


# Set h73 (an automotive parts supplier's): German says the holder gone as "nicht mehr im Haus" too; the leaving
# explains why a file stays locked, and nothing of theirs is asked closed. The sentences are our own.
@pytest.mark.parametrize(("subject", "body"), [
    ("Tabelle gesperrt", "Die Schichtplan.xlsx ist von Herrn Brandl gesperrt, der ist aber nicht mehr im Haus. Wir "
                         "können nichts eintragen."),
    ("Datei gesperrt", "Die Datei Angebote.xlsx ist von Benutzer Roth gesperrt, die ist aber seit letzter Woche nicht "
                       "mehr im Haus. Speichern geht nicht."),
])
def test_a_file_held_by_someone_no_longer_in_the_house_is_released_not_offboarded(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_someone_no_longer_in_the_house_whose_account_is_asked_closed_stays_an_offboarding():
    result = triage("Austritt", "Herr Brandl ist seit Freitag nicht mehr im Haus, bitte sein Konto deaktivieren.")
    assert result.category == "offboarding", result.reason
