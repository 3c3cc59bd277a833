"""Four readings set h144 showed, in our own sentences, each beside near sentences that keep their old reading:

- someone's mailbox shared with the writer or a successor is that mailbox handed on (objects.py), a leaver's too;
- a leaver taken off one list whose auto-reply or bounce echoes from it is the list's membership (stays_or_goes.py);
- a password change tried and refused, the password expired since, asks for a new one (said_briefly.py);
- a mailbox someone else needs added to Outlook is asked for as the writer's own is (patterns.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("mailbox for her manager", "Lena Berg left on Friday. Please can her mailbox be shared with her manager Omar Diaz "
                                "until the end of the quarter."),
    ("leaver inbox", "Rita Moss has gone. Please share her inbox with me so I can answer her customers."),
    ("Postfach", "Herr Kurz ist ausgeschieden, bitte sein Postfach mit seiner Vorgesetzten teilen."),
    ("boîte mail", "Paul Roy est parti, pouvez-vous partager sa boîte mail avec son responsable ?"),
    ("buzón", "Ana Gil se fue la semana pasada, ¿podéis compartir su buzón con su jefe?"),
    ("mailbox", "Piet de Vries is vertrokken, kunnen jullie zijn mailbox delen met zijn manager?"),
])
def test_a_mailbox_shared_with_someone_is_handed_on(subject, body):
    assert triage(subject, body).category == "mailbox_access"


@pytest.mark.parametrize(("subject", "body", "label"), [
    # A calendar shared is no mailbox handed on; the account's closing is what is asked.
    ("leaver", "Tom Hart left yesterday, his calendar is shared with his manager already. Please disable his account.",
     "offboarding"),
    # The writer's own mailbox shared with the manager, slow: a fault.
    ("mailbox slow", "My mailbox is shared with my manager, can you check why Outlook is so slow?", "other"),
])
def test_other_things_shared_keep_their_reading(subject, body, label):
    assert triage(subject, body).category == label


@pytest.mark.parametrize(("subject", "body"), [
    ("take leaver off sales-all", "Please take Ann Fox off sales-all, she left in May and everyone gets her "
                                  "out-of-office when they write to the list."),
    ("dl-projects", "Remove Jon Pike from dl-projects please. He went at the end of March and everyone writing to "
                    "the list still gets his automatic reply."),
    ("Verteiler", "Bitte Herrn Kurz aus dem Verteiler vertrieb-alle austragen, er ist im März gegangen und jeder "
                  "bekommt seine Abwesenheitsnotiz."),
])
def test_a_leavers_echo_from_one_list_is_that_lists_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    # The account's closing asked beside it: the leaving itself.
    ("leaver", "Tom Hart left in March and senders still get his out-of-office back. Please disable his account and remove "
               "him from dl-sales."),
    # A leaver's notice with a last day, taken off a list among other things.
    ("Leaver: Tom Hart", "Leaver: Tom Hart, last day Friday. Please remove him from dl-sales as well, people get "
                         "his out-of-office."),
])
def test_a_leaving_asked_in_full_stays_an_offboarding(subject, body):
    assert triage(subject, body).category == "offboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("password reminder", "Got the reminder that my password runs out today. I tried to change it but it gave an "
                          "error and now it's expired, I can't get into anything."),
    ("RE: password expiry", "Your password expires today, please change it.\n---\nI pressed change and it said "
                            "'access denied', and now it has expired. Kim"),
    ("Passwort", "Mein Passwort sollte heute geändert werden. Ich habe versucht es zu ändern, es kam ein Fehler und "
                 "jetzt ist es abgelaufen."),
    ("mot de passe", "Mon mot de passe allait expirer. J'ai essayé de le changer mais erreur, et maintenant il a "
                     "expiré."),
    ("contraseña", "Me avisaron que mi contraseña caducaba. Intenté cambiarla pero dio error y ahora ha caducado."),
    ("wachtwoord", "Mijn wachtwoord zou vandaag verlopen. Ik probeerde het te wijzigen maar kreeg een foutmelding en "
                   "nu is het verlopen."),
])
def test_an_expiry_after_a_refused_change_is_a_reset(subject, body):
    assert triage(subject, body).category == "password_reset"


@pytest.mark.parametrize(("subject", "body"), [
    # No password: a certificate that could not be renewed.
    ("certificate expiry", "The VPN certificate was about to run out, I tried to update it but got an error and now "
                           "it's expired."),
    # The change worked: a reminder, nothing to do.
    ("password expiry", "My password expires in 3 days. I tried to change it and it worked fine, just letting you "
                        "know."),
    # The notice doubted, nothing tried.
    ("password expiry notice", "Your password will expire in 2 days. Is this mail genuine? I have not clicked "
                               "anything."),
])
def test_expiries_without_a_refused_change_keep_their_reading(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("front desk box", "Our new receptionist Mia Lund needs the shared frontdesk@ mailbox added in Outlook, as she began "
                       "on Monday."),
    ("support box", "Sam Ortiz wants the support mailbox mapped in Outlook please."),
])
def test_a_mailbox_someone_needs_added_is_mailbox_access(subject, body):
    assert triage(subject, body).category == "mailbox_access"


@pytest.mark.parametrize(("subject", "body"), [
    ("mailbox", "The sales mailbox has been added to her Outlook already, thanks."),
    ("mailbox slow", "Jo has the claims mailbox connected but it is very slow to open."),
])
def test_a_mailbox_said_added_or_slow_is_no_request(subject, body):
    assert triage(subject, body).category == "other"
