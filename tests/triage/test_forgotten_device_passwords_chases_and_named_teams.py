"""Meanings a retailer's help desk set showed us: a password forgotten in other words ("doesn't remember it", "no idea
what it is"), a temporary password asked after a change that never took, a device's own admin password, a reply on a
numbered ticket that only chases it, a team of the chat product named by its bare name (or named before "add me"), and
a starter said to begin on a date and to need a login. Sentences are our own, not the set's.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body", "category"), [
    # Forgotten, said of someone else or in other words: a reset.
    ("windows login", "Our cashier Tomasz doesn't remember his Windows password after the holidays, can you set a "
     "temporary one?", "password_reset"),
    ("can't get in", "I have no idea what my password is anymore, could somebody give me a new one", "password_reset"),
    ("Passwort", "Keine Ahnung, wie mein Passwort lautet, bitte zurücksetzen.", "password_reset"),
    ("wachtwoord", "Ik heb geen idee wat mijn wachtwoord is, kunnen jullie het resetten?", "password_reset"),
    # Locked out and the password unknown: the convention files it as a reset.
    ("locked", "Locked out since 7am and I have no idea what the password is, was changed by IT when they swapped my "
     "PC. Please unlock and give me a new one.", "password_reset"),
    # A temporary password asked after a change that failed: a reset, however the change before it went.
    ("temp pw needed", "Need a temp password for Lena in payroll, she is locked out after the password change this "
     "morning, the new one never took.", "password_reset"),
    # A team of the chat product, named bare, with "in Teams" after it.
    ("teams", "please add Marta and Jonas to Returns Desk West in Teams, they joined on Monday", "group_membership"),
    # The team named first, missing while colleagues have it, and the adding asked with a pronoun.
    ("Team fehlt", "Ich sehe das Team 'Lager Süd' in Teams nicht, meine Kollegen schon. Könnt ihr mich hinzufügen?",
     "group_membership"),
    ("équipe Teams", "Je ne vois pas l'équipe Achats Nord dans Teams, les collègues oui. Pouvez-vous m'ajouter ?",
     "group_membership"),
    # Starting on a date and needing a login: the drive asked beside it is a step of the onboarding.
    ("starter", "Priya starts tomorrow in the pricing team, she'll need a login, email and access to the pricing "
     "share like the others.", "onboarding"),
])
def test_the_request_is_read(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body"), [
    # A device's own admin password: restored on the device, no directory account holds it.
    ("label printer", "forgot the admin password for the web interface of the label printer in goods-in, need to "
     "change the paper size"),
    ("switch", "Admin-Passwort für die Weboberfläche des Switches im Lager vergessen, wie kommen wir wieder rein?"),
    ("access point", "we lost the password for the web ui of the access point in the canteen"),
    # The device's password named before its device, no page named ("admin password for the plotter"): the rule's
    # first branch, which a stray control character where its word boundary belongs had kept from ever matching.
    ("plotter", "nobody remembers the admin password for the plotter in the drawing office, please reset it"),
    ("Drucker", "Bitte das Admin-Passwort vom Etikettendrucker an Tor 4 zurücksetzen, wir kommen nicht mehr rein"),
    ("firewall", "the local password of the branch firewall has to be reset, the old one is lost"),
    # A reply on a numbered ticket whose new words only chase it.
    ("RE: INC0077123 password reset", "any update on this? still can't log in, three days now"),
    ("AW: RITM0091234 Zugriff Ordner Einkauf", "Gibt es schon Neuigkeiten? Ich warte seit Montag."),
    # The team missing, the adding refused: a question about who removed the writer.
    ("Teams", "I can't see the Logistics Planning team in Teams anymore. Don't just add me back, I want to know who "
     "removed me."),
    # What is added to a team is a thing, not a person.
    ("teams", "can you add the rota file to Returns Desk West in Teams"),
])
def test_nothing_of_ours_is_asked(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body", "category"), [
    # A person's account on a console, however its page is named: still that person's password.
    ("portal console", "the password for my partner portal admin console account stopped working, please reset it",
     "password_reset"),
    # An admin's own account password, no device named after it: still a reset.
    ("admin pw", "my admin password for the domain account expired, please reset it", "password_reset"),
    # The directory password forgotten, a printer mentioned in another sentence.
    ("pw", "forgot my password, please reset it. The printer on floor 2 is also out of toner.", "password_reset"),
    # A chase that also asks for something new in so many words keeps the new request.
    ("RE: INC0077123 password reset", "any update? also please add me to the Finance-Readers group",
     "password_reset"),
    # A reply that asks for the reset again is a reset.
    ("RE: INC0077123 password reset", "still not working, please reset it again", "password_reset"),
    # A team in Teams asked for by name with an adding verb stays a membership.
    ("teams", "can you add jdoe to the Store Ops North team in Teams", "group_membership"),
])
def test_near_misses_keep_their_action(subject, body, category):
    assert triage(subject, body).category == category
