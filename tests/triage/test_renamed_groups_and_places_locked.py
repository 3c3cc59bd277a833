"""What set h84 (a regional bank's tickets) showed the engine misread, in sentences of our own, each beside a near one
that must keep its reading.

A group or list renamed (other_senses.py); access said given with its "I" left out (other_senses.py); a forgotten
password remembered after all, with the close (already_done.py); a branch's cash machine in its own lockout and a
building one is locked out of by its key (not_the_account.py); the cause of repeated lockouts asked as "find out
what?" (process_records.py); a till that is only where the writer waits (vetoes.py); a password pasted into a chat,
a lock told by its wrong tries, a person put on or taken off a path (patterns.py); a leaver's date after "leaving"
and German accounts listed with mail (vocabulary.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _reads(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("list name", "Please rename the distribution list ops-south to ops-south-west from next month.", "other"),
    ("Verteiler", "Bitte den Verteiler vertrieb-west in vertrieb-mitte umbenennen.", "other"),
    ("liste", "Merci de renommer la liste de diffusion compta-nord en compta-region.", "other"),
    # Near: a member put on the list is still the membership.
    ("list", "Please add jdoe to the distribution list ops-south.", "group_membership"),
])
def test_a_group_renamed_is_no_membership(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("team box missing", "Was given access to the payroll@ mailbox yesterday but it doesn't show up in Outlook. OWA is "
                         "fine.", "other"),
    # Near: access asked for the shared mailbox stays the request.
    ("team box", "Please give me access to the payroll@ shared mailbox.", "mailbox_access"),
])
def test_access_given_without_its_pronoun_is_a_fault(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("earlier reset", "Raised a password reset this morning, but I remembered it and I'm in. You can close it.", "other"),
    ("Passwort", "Hatte ein Passwort-Reset angefragt, ist mir wieder eingefallen, ich bin drin. Ticket kann geschlossen "
                 "werden.", "other"),
    # Near: the password still forgotten, a reset asked.
    ("password", "I forgot my password over the holidays, please reset it.", "password_reset"),
])
def test_a_password_remembered_after_all_closes_the_reset(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("recycler", "The note recycler at the counter is in lockout mode after a jam, cannot pay out.", "other"),
    ("cash dispenser", "The cash dispenser is locked after the service visit, branch cannot pay out.", "other"),
    ("locked out", "Locked out of the branch this morning, the key does not fit the new lock. Who do I call?", "other"),
    ("ausgesperrt", "Ich bin aus dem Büro ausgesperrt, der Schlüssel passt nicht mehr ins Schloss.", "other"),
    # Near: the writer's own account locked out stays an unlock.
    ("locked out", "I am locked out of my account after too many tries, please unlock it.", "account_unlock"),
])
def test_machines_and_places_locked_are_no_account(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("locks again", "You unlocked me twice this week and it keeps locking at night. Some device must still have the old "
                    "password, can you find out which?", "other"),
    # Near: the unlock asked in so many words.
    ("locks again", "Locked again this morning, some device still has the old password. Please unlock me.",
     "account_unlock"),
])
def test_the_cause_of_repeated_lockouts_asked(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("expired", "Password expired on Sunday, she cannot log into Windows at counter 3, customer waiting at the till.",
     "password_reset"),
    # Near: the till's own password is still the till's.
    ("till", "The till at counter 3 won't accept my password.", "other"),
])
def test_a_till_that_is_only_a_place(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("password in chat", "I posted my password in the project channel by mistake, removed it, but please change it now.",
     "password_reset"),
    # Near: a password sent that is not the writer's own account's, nothing changed.
    ("chat", "I posted the meeting link in the project channel by mistake, can you delete the message?", "other"),
])
def test_a_password_the_writer_pasted_somewhere(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("gesperrt", "Dreimal falsch eingegeben und nun gesperrt. Kennwort weiß ich wieder, bitte freischalten.",
     "account_unlock"),
    # Near: a role to release in an application is no lockout.
    ("Rolle", "Bitte die Rolle Kreditprüfer im Kernbankensystem für mich freischalten.", "other"),
])
def test_a_lock_told_by_its_wrong_tries(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("share", r"Audit of the project is over, please take her off \\fs03\Audit\2026.", "group_membership"),
    # Near: a file taken from the path is no membership.
    ("share", r"I took a copy from \\fs03\Audit\2026 yesterday, is that allowed?", "other"),
])
def test_a_person_taken_off_a_path(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("qlxre", "qlxre leaving 28/02. account to be disabled that evening, laptop back to IT.", "offboarding"),
    ("Praktikanten", "Drei neue Praktikanten fangen am 1.9. an. Bitte Accounts und Mail anlegen.", "onboarding"),
    # Near: a bus leaving at a time is nobody's exit.
    ("shuttle", "The shuttle leaving 15.30 from the car park is late, who runs it?", "other"),
])
def test_a_leavers_date_and_accounts_listed(subject, body, category):
    _reads(subject, body, category)
