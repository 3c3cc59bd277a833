"""Trouble that calls for nothing (tickets/triage/false_alarms.py and the "please ignore" close in already_done.py): a
lockout taken back as the writer's own slip, a ticket closed because its person left, a mail threatening a lock whose
sender is asked about, an old change's approval asked for an audit. And the near requests that stay requests. Set h101
showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("locked?", "I thought I was locked out but the keyboard was set to US layout. my bad, please close"),
    ("login", "false alarm - my account is fine, I typed the wrong user name. you can close this"),
    ("Konto gesperrt", "Ich dachte, mein Konto ist gesperrt, aber die Feststelltaste war an. Bitte schließen."),
    ("compte bloqué", "Je croyais que mon compte était bloqué mais c'était le clavier. Fausse alerte, vous pouvez fermer."),
    ("cuenta", "Pensaba que mi cuenta estaba bloqueada pero era el teclado. Falsa alarma, cerrar por favor."),
    ("account", "Ik dacht dat mijn account geblokkeerd was maar het was de caps lock. Mag dicht."),
    ("dup", "please ignore, same as INC0099123 which my team lead raised for my lockout, it's sorted now"),
])
def test_a_lockout_taken_back_is_nothing_to_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("locked", "I thought it would clear after 30 minutes but I'm still locked out, please unlock my account"),
    ("locked again", "my mistake, I tried the old password too often and now I'm locked out. please unlock me"),
])
def test_a_lockout_owned_up_to_and_still_there_is_asked(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("close RITM0077123", "RITM0077123 (new headset for Dana Kowalski) can be closed, Dana has left the company"),
    ("Ticket schließen", "Ticket INC0088231 (Drucker für Herrn Berg) kann geschlossen werden, er ist ausgeschieden."),
    ("ticket", "le ticket INC0088231 peut être clôturé, l'utilisateur a quitté la société"),
])
def test_a_ticket_closed_because_its_person_left_is_no_leaver_to_offboard(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_leaver_to_disable_beside_a_close_is_still_offboarding():
    result = triage("leaver Dana Kowalski", "please close INC0088231, and disable Dana Kowalski's account, she has left "
                                            "the company as of Friday")
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("strange mail", "received an e-mail saying 'your password expires today, keep it here' with a link. is this from "
                     "you?"),
    ("Mail echt?", "Habe eine Nachricht bekommen: 'Ihr Konto wird in 12 Stunden gesperrt, bitte bestätigen'. Kommt "
                   "die Mail wirklich von euch?"),
    ("mail", "j'ai reçu un courriel 'votre compte sera bloqué demain'. Est-ce que ce mail vient de vous ?"),
    ("bericht", "ik heb een mail ontvangen dat mijn account wordt geblokkeerd. komt deze mail echt van jullie?"),
])
def test_a_mail_threatening_a_lock_asked_about_is_nothing_to_change(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_real_lockout_after_a_mail_is_still_asked():
    result = triage("locked out", "after I got the mail about the new VPN I'm locked out of my account, please unlock "
                                  "me")
    assert result.category == "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("audit question", "the auditors want to know who approved Lena Vogt's membership of SG_Payroll_Admin last year. "
                       "please send the approval"),
    ("Prüfung", "Für die Revision: wer hat die Mitgliedschaft von Herrn Kern in der Gruppe GG_Treasury genehmigt?"),
])
def test_who_approved_an_old_membership_is_a_record_to_find(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_membership_asked_with_its_approver_named_stays_a_request():
    result = triage("group access", "please add Lena Vogt to SG_Payroll_Read, who approved it: her manager Kai Roth")
    assert result.category == "group_membership", result.reason
