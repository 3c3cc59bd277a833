"""Words in the order German and Dutch put them, a mailbox handed on, and sign-in codes sent to an old number
(tickets/triage/vetoes.py, patterns.py, objects.py).

German and Dutch put the negation and the verb at the clause's end: "weiß das Passwort ehrlich gesagt auch nicht mehr"
is a password forgotten, however many words stand before the "nicht"; "bitte Lizenz zuweisen" asks for a licence as
"assign a licence" does. German counts accounts in the plural "Konten" ("bitte Konten anlegen"). Someone's mailbox
given to the writer or a successor is access to it (a leaver's too, by the convention). The number sign-in codes go
to, said old or gone, is the second factor to register again. And the near readings that stay what they were.
holdout31 (a water utility's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The negation far from the verb: forgotten, so the reset also lifts the lock.
    ("Konto gesperrt", "Konto gesperrt nach zu vielen Versuchen. Ich weiß mein Passwort seit dem Urlaub leider auch nicht "
                       "mehr. Bitte entsperren und das Passwort zurücksetzen.", "password_reset"),
    ("Account geblokkeerd", "Mijn account is geblokkeerd. Ik weet mijn wachtwoord sinds de vakantie eerlijk gezegd niet "
                            "meer. Graag ontgrendelen en het wachtwoord resetten.", "password_reset"),
    # The verb last.
    ("Word", "Auf dem neuen Notebook sagt Word 'nicht lizenziert'. Bitte mir eine Lizenz zuweisen.", "license_change"),
    ("Word", "Word zegt dat het product niet gelicentieerd is. Graag een licentie toewijzen.", "license_change"),
    # German accounts in the plural.
    ("Neue Praktikanten", "Ab 1. September kommen zwei neue Praktikanten ins Labor. Bitte Konten anlegen, Namen folgen.", "onboarding"),
    # Someone's mailbox handed on.
    ("mailbox of leaver", "Sandra Voss left on Friday. Can her mailbox be handed over to me, I'm taking over her customers?", "mailbox_access"),
    ("Postfach", "Herr Lange ist ausgeschieden. Bitte sein Postfach an seinen Nachfolger übergeben.", "mailbox_access"),
    ("Mailbox", "Jan is uit dienst. Kan zijn mailbox aan mij overgedragen worden?", "mailbox_access"),
    # The number the codes go to.
    ("codes", "The sign-in codes keep going to my old number, I changed phones last month. New number 0612345678.", "mfa_reset"),
    ("Codes", "Die SMS-Codes für die Anmeldung kommen immer noch auf meine alte Nummer. Neue Nummer: 0171 2345678.", "mfa_reset"),
])
def test_the_request_is_read_in_any_order(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # Known after all: the lock is what is left.
    ("Gesperrt", "Mein Konto ist gesperrt. Das Passwort weiß ich aber, bitte nur entsperren.", "account_unlock"),
    ("locked", "I'm locked out, I know my password, I just typed it wrong too often. Please unlock.", "account_unlock"),
    # A licence not to assign, a licence message with nothing asked.
    ("Word", "Auf dem Testrechner sagt Word 'nicht lizenziert'. Die Lizenz bitte noch nicht zuweisen, ich teste nur.", "other"),
    # Accounts that exist already.
    ("Konten", "Die Konten der neuen Azubis sind schon angelegt, danke! Alles funktioniert.", "other"),
    # A leaver's mailbox forwarded to their manager is a step of the leaver's offboarding.
    ("leaver", "Tom Hill leaves on Friday. Please disable his account and forward his mail to his manager.", "offboarding"),
    # Codes for the password's own self-service reset stay the password's reset (tests/data/triage_holdout25.jsonl).
    ("self-service reset", "The password reset page sends the SMS code to my old number which I don't have anymore.",
     "password_reset"),
    # Codes not arriving on the current number: a fault to diagnose, nothing said old.
    ("codes", "The sign-in codes are not arriving on my phone since this morning.", "other"),
])
def test_the_near_readings_stay(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Holdout56 (a port operator's), in our own sentences: someone taken off a mailbox is a mailbox right taken away, as
# one given is (tickets/triage/objects.py). Mails, folders or rules taken out of a mailbox are a clean-up, not a right.
@pytest.mark.parametrize(("subject", "body"), [
    ("bookings box", "Please remove Tom Berger from the bookings@ mailbox, he changed teams last month."),
    ("shared inbox", "Can you take Ana Ruiz off the shared inbox for tenders? She no longer works on bids."),
    ("Postfach", "Bitte Herrn Kurz aus dem Postfach disposition@ entfernen, er ist jetzt im Lager."),
    ("boîte", "Merci de retirer Paul Martin de la boîte partagée facturation, il a changé de service."),
    ("mailbox", "Kunnen jullie Piet Jansen verwijderen uit de mailbox planning@? Hij werkt nu bij inkoop."),
])
def test_someone_taken_off_a_mailbox_is_a_mailbox_right(subject, body):
    result = triage(subject, body)
    assert result.category == "mailbox_access", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("clean up", "Please remove the old emails from the claims@ mailbox, it is almost full."),
    ("rule", "Can you remove the forwarding rule from the orders@ mailbox? It sends everything twice."),
    ("folders", "Please remove the empty folders from the team mailbox, nobody uses them."),
    ("Postfach", "Bitte die alten Mails aus dem Postfach einkauf@ entfernen, es ist fast voll."),
    ("mailbox", "Kunnen jullie de oude mails verwijderen uit de mailbox planning@? Hij is bijna vol."),
])
def test_things_taken_out_of_a_mailbox_are_no_right(subject, body):
    result = triage(subject, body)
    assert result.category != "mailbox_access", result.reason


# Holdout56, in our own sentences: a mailbox the writer's predecessor had, missed by the one who took the role over, is
# that mailbox's access for its new holder (tickets/triage/objects.py).
@pytest.mark.parametrize(("subject", "body"), [
    ("tenders box", "I took over as tender manager this week and don't have the tenders@ mailbox, my predecessor had it."
                    " Can you sort it out?"),
    ("Postfach", "Ich bin die neue Disponentin. Mein Vorgänger hatte Zugriff auf das Postfach dispo@, ich noch nicht."),
    ("boîte", "Je remplace Marc au planning. Mon prédécesseur avait accès à la boîte planning@, moi pas encore."),
    ("mailbox", "Ik ben de nieuwe planner. Mijn voorganger had toegang tot de mailbox planning@, ik nog niet."),
])
def test_a_predecessors_mailbox_for_the_successor_is_its_access(subject, body):
    result = triage(subject, body)
    assert result.category == "mailbox_access", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # The predecessor named without a mailbox: whatever they had is for a person to work out.
    ("new role", "I'm the new shift lead. My predecessor had a laptop with the rota macros, where is it now?"),
    ("old files", "My predecessor had a lot of files on the S: drive. Are they archived somewhere?"),
])
def test_a_predecessor_named_without_a_mailbox_is_no_mailbox_right(subject, body):
    result = triage(subject, body)
    assert result.category != "mailbox_access", result.reason


# A leaver's mailbox handed on to their manager (labels.md's convention; h135's meaning, our sentences).
@pytest.mark.parametrize(("subject", "body"), [
    ("leaver mailbox", "Ana Weiss left last Thursday, can her mailbox be handed to her manager Piet Olsen so he can follow up the orders"),
    ("mailbox", "Raj Patel has left the company. Could his mailbox be given to his line manager for client follow-ups?"),
    ("Postfach", "Herr Kurz ist ausgeschieden, bitte sein Postfach an seinen Vorgesetzten übergeben."),
    ("buzón", "El Sr. Gil se fue el viernes, ¿podéis pasar su buzón a su jefe?"),
    ("mailbox", "Mevrouw de Wit is vertrokken, kunnen jullie haar mailbox aan haar leidinggevende overdragen?"),
])
def test_a_leavers_mailbox_handed_to_the_manager_is_mailbox_access(subject, body):
    result = triage(subject, body)
    assert result.category == "mailbox_access", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver", "Raj Patel has left the company, please disable his account and forward his mail to his manager."),
    ("leaver", "Ana Weiss left last Thursday, please disable her account and convert her mailbox to shared."),
])
def test_a_leavers_account_closed_with_the_mail_sent_on_stays_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason
