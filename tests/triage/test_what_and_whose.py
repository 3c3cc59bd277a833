"""Classes holdout12 showed triage misreading: what a word names (a driver is not a drive, a file's password is not
an account's, an account that expired is not a contract that ran out) and what a writer says about themselves ("I
don't know my password" is a forgotten one, "the user who left" is a leaver). Sentences are our own, not the set's.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # The directory's expiry message to the writer, in German and English: an expiry date for a person to check.
    ("Anmeldung", "Beim Login kommt 'Ihr Konto ist abgelaufen'. Mein Praktikum wurde bis Juni verlängert."),
    ("Konto", "Ihr Benutzerkonto ist abgelaufen steht da, ich arbeite aber noch hier."),
    # A password put on a document: the directory's reset does not open it.
    ("spreadsheet password", "I forgot the password of the quarterly forecast workbook, can someone open it?"),
    ("pdf", "Don't know the password on the scanned contract PDF from the lawyer, who can help?"),
    # A device driver needs admin rights on the machine: nobody asked for a drive or a folder.
    ("driver install", "Need admin rights to install the printer driver on my laptop please."),
])
def test_the_object_is_not_the_account(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A lockout where the writer says they do not know the password: the reset also unlocks (dev set's convention).
    ("locked again", "Locked out after too many attempts and honestly I don't know my password any more, please help.",
     "password_reset"),
    ("password", "I don't know what password I chose on Friday. Please give me a new one.", "password_reset"),
    # A leaver said in a relative clause, or by a contract of a person named by their role that ended.
    ("account clean-up", "Please disable the account of the contractor who left last month.", "offboarding"),
    ("external finished", "The contract of our external consultant ended yesterday, remove all his access please.",
     "offboarding"),
    # The contract is still the leaver's in German when it is named as the contract.
    ("Austritt", "Ihr Arbeitsvertrag ist zum 31. ausgelaufen, bitte den Zugang von Frau Brandt deaktivieren.",
     "offboarding"),
])
def test_what_the_writer_says_is_read(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A shared drive in the same ticket as a driver is still a drive.
    ("drive access", "Please give me read access to the finance drive, I also need a new scanner driver.",
     "group_membership"),
    # A password for an account next to a file is still the account's.
    ("password", "Forgot my password, I can't open my files on the file server.", "password_reset"),
])
def test_the_account_beside_a_thing_is_still_read(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body"), [
    # An unlock said done, with a different fault after it: nothing to unlock ("unlocked" holds no "locked").
    ("Teams", "My account was unlocked this morning but Teams still shows an error when I start it."),
    ("vpn", "The account is unlocked now, thanks, but the VPN client crashes on start."),
    # "make sure" is no account made.
    ("before Monday", "Can you make sure my account works before Monday?"),
])
def test_a_state_or_a_check_is_not_a_request(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("again", "My account was unlocked yesterday but it is locked again this morning, please unlock it.",
     "account_unlock"),
    ("unlock", "I need my account unlocked asap", "account_unlock"),
    ("before Monday", "Can you make sure my account is unlocked before Monday? It locked on Friday.", "account_unlock"),
    ("new intern", "Please make an account for our new intern Lea Brandt starting 1 March.", "onboarding"),
])
def test_an_unlock_or_an_account_still_asked_is_read(subject, body, category):
    assert triage(subject, body).category == category


# Holdout 63: a lock said to have lifted itself when its lockout time ran out leaves nothing to unlock (vetoes.py).
@pytest.mark.parametrize(("subject", "body"), [
    ("strange lockout", "Just so you know, my login was locked around noon and then unlocked itself after twenty "
                        "minutes. I had not mistyped anything, could someone look into why?"),
    ("Sperre", "Mein Konto war heute früh gesperrt, hat sich dann aber nach einer halben Stunde von selbst wieder "
               "entsperrt. Woher kommt das?"),
    ("compte", "Mon compte était bloqué ce matin, il s'est débloqué tout seul vers 10h. Est-ce normal ?"),
    ("bloqueo", "Mi cuenta estuvo bloqueada un rato y luego se desbloqueó sola. Solo para que lo sepan."),
    ("account", "Mijn account was vanochtend geblokkeerd maar is na een kwartier vanzelf weer ontgrendeld."),
])
def test_a_lock_that_lifted_itself_leaves_nothing_to_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # It lifted itself, then locked again: the lock is back and an unlock is asked.
    ("locked again", "My account unlocked itself after 30 minutes yesterday but today it is locked again, please "
                     "unlock it."),
    # Asked in so many words, whatever the writer thinks the lock will do.
    ("unlock", "My account is locked out. Please unlock it, I can't wait for it to unlock by itself."),
])
def test_a_lock_still_there_stays_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason
