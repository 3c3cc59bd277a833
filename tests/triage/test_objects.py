"""Classes holdout14 and holdout15 showed triage misreading what a ticket's words are about (tickets/triage/objects.py):
a person's mail is their mailbox, a record locked by a user is no account locked out, one application's hung session
is not the identity's sign-ins, an account that exists is no onboarding, a thing about onboarding is no newcomer.
Sentences are our own, not the sets'.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    # Someone else's mail, asked for without the word "mailbox": to read, or forwarded to the writer.
    ("colleague gone", "rbtq.lmnwa left us last week. Please forward his mails to me until the end of the year."),
    ("Vertretung", "Frau Kessler ist in Rente. Bitte ihre Mails an mich weiterleiten."),
    ("customers still writing", "pls give me access to her old mails, she retired on friday and clients still write."),
    ("mails", "Mr Brandt left in March. Please have the mails of Mr Brandt forwarded to me."),
])
def test_a_leavers_mail_is_a_mailbox_request(subject, body):
    result = triage(subject, body)
    assert result.category == "mailbox_access", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # A record an application holds for a user who has it open: an edit lock, not an account locked out.
    ("cannot post invoice", "ERP says 'purchase order 4711 is locked by user kqwe.ptzr', he is on holiday"),
    ("booking fails", "booking fails: document locked by another user, who is that?"),
    # One application's session that hangs or is still counted as logged on.
    ("sap", "my sap session froze, now it says i am already logged on. please end the old session"),
    ("crm hung", "crm session is stuck since lunch, can someone terminate the session?"),
    # An account that already exists is no account to create; what is asked is a role in an application.
    ("role for new colleague", "our new accountant needs the 'AP clerk' role in the ERP, user already exists"),
    # A thing about onboarding: a course, a page, a checklist.
    ("broken link", "the onboarding course page in the intranet shows an error"),
    ("checklist", "Where do I find the onboarding checklist template? The wiki link is dead."),
])
def test_the_object_is_not_an_identity_request(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The same words on the identity's own objects keep their meaning.
    ("locked", "My account is locked after the holiday, please unlock it.", "account_unlock"),
    ("sessions", "Laptop stolen on the train. Please end all my sessions everywhere.", "session_revoke"),
    ("new starter", "New hire Lena Ortiz starts Monday in finance, please create her account.", "onboarding"),
    ("mailbox of leaver", "Tom Reyes left on Friday, I need access to his mailbox.", "mailbox_access"),
    # A leaver's mail sent on to someone else is a step of the offboarding announced.
    ("Offboarding", "Offboarding: Dana Cole, last day 28 May. Disable her account and forward her mails to her manager.",
     "offboarding"),
])
def test_the_identity_objects_still_read_as_before(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # A job's or a program's failure with the system's words quoted and nothing asked: a fault to diagnose.
    ("nightly copy failed", "robocopy task on hostname_88 failed with error 'access is denied' on \\\\hostname_88\\e$"),
    ("shared inbox", "replying from the finance shared mailbox shows an error: 'you don't have permission to send as this sender'"),
    # A mailbox that works on the desktop and fails on a phone: the phone's mail set-up.
    ("team mailbox on mobile", "the team mailbox is fine on my laptop but I can't add it on my android phone"),
])
def test_a_failure_with_nothing_asked_is_no_grant(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The same failures with a right asked for in the writer's own words stay requests.
    ("access denied", "I get 'access is denied' on \\\\hostname_12\\finance, please give me read access.",
     "group_membership"),
    ("send as", "Error 'no permission to send as' on the billing shared mailbox. Please grant me Send As on it.",
     "mailbox_access"),
])
def test_a_failure_with_a_right_asked_stays_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("access", "I now run supplier onboarding for the purchasing team, please add me to SG-Purchasing-Vendors.",
     "group_membership"),
    ("CRM", "Das Kunden-Onboarding im CRM zeigt einen Fehler beim Speichern.", "other"),
    # Near miss: the onboarding of a person of ours.
    ("onboarding", "Onboarding for our new accountant, Lena Vogt, starting 1 March: please create her account.",
     "onboarding"),
])
def test_a_firms_business_onboarding_is_no_newcomer(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body", "category"), [
    # Onboarding a firm's supplier or broker, said with the verb: no newcomer of ours.
    ("suppliers", "We onboard two new suppliers next week, can you send me the vendor master form?", "other"),
    ("Lieferant", "Wir müssen einen neuen Lieferanten onboarden, wer legt ihn im ERP an?", "other"),
    # Near miss: a person onboarded.
    ("new hire", "Please onboard our new hire Lena Fischer, starting Monday in accounts payable.", "onboarding"),
])
def test_onboarding_a_firms_supplier_by_the_verb_is_no_newcomer(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# holdout48 (a hospital trust's): accounts for a class or a test, in the plural, are no newcomer's; a newcomer's own
# account stays an onboarding.
@pytest.mark.parametrize(("subject", "body"), [
    ("class accounts", "We need 12 training accounts for the pharmacy system for Thursday's course (new starters)."),
    ("Schulungskonten", "Für die Einführung neuer Mitarbeiter brauchen wir 10 Schulungskonten im Laborsystem."),
    ("comptes de formation", "Il nous faut 8 comptes de formation pour la session des nouveaux arrivants."),
])
def test_accounts_for_a_class_are_no_newcomers(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_newcomers_own_account_is_still_an_onboarding():
    result = triage("new starter", "New starter Ana Silva starts Monday in pharmacy, please create her account.")
    assert result.category == "onboarding", result.reason


# Holdout68 (a food retailer's): a newcomer whose account is said to be there now, only rights on it asked, in five
# languages; a newcomer whose account is asked for stays an onboarding.
@pytest.mark.parametrize(("subject", "body"), [
    ("roles for new planner", "Our new planner has a SAP user now, please give her the same roles as Tom Weber."),
    ("Rechte neuer Kollege", "Der neue Kollege hat jetzt einen SAP-Benutzer, bitte die Rollen wie bei Herrn Kurz geben."),
    ("droits nouvelle", "La nouvelle collègue a maintenant son compte, merci de lui donner les droits comme Paul."),
    ("permisos nuevo", "El nuevo empleado ya tiene usuario, por favor dale los permisos de Ana."),
    ("rechten nieuwe", "De nieuwe collega heeft nu een account, graag dezelfde rechten als Piet."),
])
def test_a_newcomers_account_said_there_now_is_no_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category != "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter", "New starter Lena Vogt joins on 3 March in planning, please create a user now so she can start."),
    ("Neuer Mitarbeiter", "Neuer Mitarbeiter Jonas Brandt ab 1. April im Vertrieb, bitte Benutzerkonto anlegen."),
])
def test_a_newcomers_account_asked_stays_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


# A logistics firm's set (h71): the word "onboarding" in a customer's project named by the firm between ("customer
# Northwind onboarding") or inside a team's, channel's or project's quoted name is no newcomer of ours; a newcomer whose
# account another says is made already ("laut HR schon angelegt") needs only the rest. The sentences are our own.
@pytest.mark.parametrize(("subject", "body"), [
    ("project space", "Please set up a Teams team 'Northwind onboarding' for our key account project, I will own it."),
    ("channel", "Can you create a channel called \"onboarding wave 2\" in the ops team? Owner is me."),
    ("new client", "For the customer Harbor Logistics onboarding we need a SharePoint site for the documents."),
    ("Hardware", "Neue Kollegin in der Buchhaltung ab 15.07., Konto ist laut Personalabteilung schon angelegt. Sie "
                 "braucht noch Laptop und Headset."),
    ("kit", "New driver planner from 3 June, account is according to HR already created; he needs a phone and a laptop."),
])
def test_onboarding_named_as_a_thing_or_an_account_said_made_is_no_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category != "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # A department's word between: the newcomer is ours.
    ("new starter", "New starter for customer service onboarding: Ines Vogel starts 01.08, needs an account and email."),
    # A newcomer named in other words beside the quoted team: still an onboarding.
    ("starter", "New starter Tom Reed starts Monday 02.09, please create his account and add him to the team "
                "'onboarding 2024'."),
    ("Neuer Kollege", "Neuer Kollege ab 01.09., bitte Konto anlegen, er braucht Laptop und Handy."),
])
def test_a_newcomer_beside_those_words_is_still_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


# Set h81: Creative Cloud by its short name, "Adobe CC", asked for is its licence; the product misbehaving is not.
@pytest.mark.parametrize(("subject", "body"), [
    ("Adobe CC", "Please assign Adobe CC to Nora Quist, she designs the catalogue now."),
    ("Adobe CC", "Jonas braucht Adobe CC für die Kampagne."),
])
def test_adobe_cc_asked_for_is_a_licence(subject, body):
    result = triage(subject, body)
    assert result.category == "license_change", result.reason


def test_adobe_cc_misbehaving_is_no_licence():
    result = triage("Adobe CC crash", "Adobe CC keeps crashing when I open large files.")
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # The joiner's or the leaver's form itself at fault (set h93).
    ("form broken", "The new hire request form in the portal throws an error when I pick a department."),
    ("Formular", "Das Eintrittsformular im Intranet lässt sich nicht absenden, Fehler 500."),
    ("formulaire", "Le formulaire d'arrivée affiche une erreur à l'envoi."),
    ("formulario", "El formulario de alta da error al guardar."),
    ("formulier", "Het formulier voor nieuwe medewerkers geeft een foutmelding bij het opslaan."),
])
def test_a_joiners_form_at_fault_is_no_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_newcomer_asked_beside_a_broken_form_is_still_an_onboarding():
    result = triage("new starter", "The new starter form gives an error, so please create an account for Lena Brandt "
                                   "who starts Monday in Finance.")
    assert result.category == "onboarding", result.reason
