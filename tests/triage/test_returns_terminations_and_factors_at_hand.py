"""A program's run that terminated, a second factor at hand whose prompt does not come, a membership or access held
whose view misbehaves, a fault denied beside a question, a question prefaced
"not urgent", and on the other side: the factor's calls sent to an old number, a person who comes back to work here
and whose account is made again, a contract of an external by trade and name, a group named with underscores
(tickets/triage/other_senses.py, mentions.py, objects.py, intent_words.py, questions.py, vocabulary.py, patterns.py).

Each of the first kind is `other`: a technician reads it, and no account changes. Each near reading stays its request.
holdout36 (a manufacturer's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # A program's or a job's termination is not an employment's.
    ("Nightly batch", "Batch job PAYRUN_EU terminated with exit code 137 at 02:10, the report is missing this morning."),
    ("ERP error", "Runtime error when saving the delivery: the program triggered a termination, dump attached."),
    ("Report stops", "Abnormal termination in program ZFI_AGING when I run it for company code 2000."),
    # The factor's prompt does not come, with the phone unchanged: a delivery to look at, not a factor to move.
    ("Remote desktop", "The authenticator push for the remote desktop gateway never arrives, it times out. Same phone as before."),
    ("Anmeldung", "Die Authenticator-Anfrage kommt nicht an, gleiches Handy wie immer, in Outlook klappt alles."),
    # A membership said made, or access held, whose view does not show or is stale.
    ("Folder missing", "I was added to the Procurement group yesterday but the shared folder still doesn't show up in Explorer."),
    ("Ordner", "Ich wurde gestern in die Gruppe Einkauf aufgenommen, der Ordner wird aber nicht angezeigt."),
    ("Dossier", "J'ai été ajoutée au groupe Achats hier mais le dossier partagé n'apparaît pas."),
    ("Map", "Ik ben gisteren aan de groep Inkoop toegevoegd maar de gedeelde map verschijnt niet."),
    ("Calendar", "I have access to my director's calendar, but it is not updating since Friday, only old meetings."),
    # A fault denied beside the question it frames.
    ("Authenticator", "Just wondering why the authenticator asks me twice on Monday mornings, once for Windows and once for Outlook? Nothing is broken."),
    # A question prefaced "not urgent".
    ("Changing it from home", "Not urgent - how do I change my password when I am working from home?"),
    ("Frage", "Nicht dringend: wie kann ich mein Passwort selbst ändern, wenn ich unterwegs bin?"),
    ("Self service", "No rush - is there a way to reset my own password without phoning you? I travel a lot."),
])
def test_what_ends_fails_or_is_told_is_for_a_person(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # An employment's termination with the account's closing asked stays a leaver.
    ("Termination", "Employment termination for Ryan Cole effective Friday, please disable his account.", "offboarding"),
    # The factor gone with the phone stays a re-registration.
    ("New phone", "New phone since Monday and the authenticator push never arrives. Please reset my MFA.", "mfa_reset"),
    # Not added yet: a membership asked.
    ("Procurement", "Please add me to the Procurement group, I need the shared folder.", "group_membership"),
    # Access held and more asked for it.
    ("Send as", "I have access to the sales mailbox, please also give me send as on it.", "mailbox_access"),
    # A compromise with the sign-out asked, and one only told: both shut the intruder out (issue 12's example).
    ("Hacked", "I think my account was hacked, please sign me out of all sessions.", "session_revoke"),
    ("Strange login", "I think someone has hacked my mailbox, I saw a sign-in from a country I have never been to.",
     "session_revoke"),
    # The factor's calls and texts sent to an old number.
    ("Old number", "The verification calls still go to my old phone number, I changed SIM last month and can't sign in.",
     "mfa_reset"),
    ("MFA", "Die MFA-Anrufe gehen noch an meine alte Nummer, ich komme nicht rein.", "mfa_reset"),
    # A person who comes back to work here, their account made again.
    ("Rehire", "Tomasz Nowak comes back to us on 2 September. His old account was removed, please create it again.",
     "onboarding"),
    ("Wiedereinstellung", "Wiedereinstellung von Frau Keller zum 1.10., ihr altes Konto wurde gelöscht, bitte neu anlegen.",
     "onboarding"),
    # An external's contract ended, by trade and name.
    ("Contract ended", "The contract of external developer J. Brandt ended on Friday, please disable his login jbrandt.",
     "offboarding"),
    # A group named with underscores.
    ("Access", "our new planner Ines Vidal needs to be in Planning_Readers for the schedules", "group_membership"),
    # "Not urgent" before a request keeps it a request.
    ("Password", "Not urgent - please reset my password when you get a chance, I forgot it.", "password_reset"),
])
def test_the_near_readings_stay_requests(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # Back from leave or a holiday is no rehire: the account exists.
    ("Back from leave", "I'm returning from parental leave on Monday, can you check my laptop still works?"),
    # Calls to an old number that are no second factor's.
    ("Phone", "Customer calls still go to my old desk number since the move, can the switchboard fix it?"),
    # A name with underscores where a place for files is meant.
    ("Saving", "The scans need to be in Scan_Inbox folder, but they land on the desktop."),
])
def test_the_words_alone_ask_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Termination", "HR: termination with immediate effect for employee #2231 Jonas Weber. Please block all access today."),
    ("Leaver", "Termination with effect from 30 June for Maria Lopez, please disable her account and mailbox on that day."),
])
def test_an_employments_termination_with_its_date_stays_a_leaver(subject, body):
    assert triage(subject, body).category == "offboarding"


# Holdout54 (a manufacturer's): a return said by its date alone or as a re-employment, with the old account asked
# switched back on ("reactivate", "reaktivieren", "réactiver", "reactivad", "heractiveren"), is a rehire; someone back
# from leave whose account is re-enabled is not.
@pytest.mark.parametrize(("subject", "body"), [
    ("rehire", "Anna Kovacs, who left us in 2022, rejoins on 3 March in logistics. Please reactivate her old account."),
    ("Wiedereinstellung", "Herr Brandt wird zum 1.4. wiedereingestellt, bitte sein altes Konto reaktivieren."),
    ("réembauche", "Mme Perrin est réembauchée au 1er mai, merci de réactiver son compte."),
    ("recontratación", "Luis Gómez vuelve a la empresa el lunes, por favor reactivad su cuenta."),
    ("terug in dienst", "Sanne Bakker komt per 1 juni terug in dienst, graag haar account heractiveren."),
])
def test_a_return_with_the_old_account_reactivated_is_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


def test_someone_back_from_leave_whose_account_is_reactivated_is_no_onboarding():
    body = "Anna is back from maternity leave on 3 March, her account was disabled during leave, please reactivate it."
    assert triage("back from leave", body).category != "onboarding"
