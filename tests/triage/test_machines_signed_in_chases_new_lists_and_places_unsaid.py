"""Four meanings set h131 showed, in our own sentences, with the near readings that must keep their label:

- the directory's sign-in locked at a machine ("locked out of Windows on the forklift's PC") is a person's lockout,
  while the machine's own lock stays no account (tickets/triage/not_the_account.py);
- a numbered request chased with "who do I chase?" or "nothing is set up" asks where it stands
  (tickets/triage/help_desk_own.py);
- a new list asked for ("can we get a new distribution list") is one to make, not one to join (tickets/triage/vetoes.py);
- people who "sollen auf die SharePoint-Seite" / "moeten op de site", the verb left unsaid, are to be given the place
  (tickets/triage/places_joined_unsaid.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("picker locked out", "our night picker on forklift 7 (jkowal) is locked out of Windows on the truck PC. "
                          "she knows the password, typed it too quickly a few times. please unlock"),
    ("operator locked", "the handheld user tmeier got locked out of his account on the scanner after a few wrong "
                        "tries, he still remembers the password, can you unlock it"),
])
def test_the_directory_sign_in_locked_at_a_machine_is_an_unlock(subject, body):
    result = triage(subject, body)
    assert result.category == "account_unlock", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("label printer locked", "the label printer in dispatch shows locked since someone changed the settings, it "
                             "asks for an admin code"),
    ("forklift terminal", "forklift 4's display says 'LOCKED - SERVICE' after the battery swap"),
])
def test_a_machine_locked_by_itself_stays_no_account(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("starter request still open", "REQ0045821 for our new buyer was raised ten days ago, he starts on Monday and "
                                   "nothing is set up yet. who do I chase?"),
    ("Neue Mitarbeiterin", "RITM0081234 für die neue Buchhalterin ist seit zwei Wochen offen, sie fängt Montag an "
                           "und es ist noch nichts eingerichtet. Wen soll ich anmahnen?"),
    ("nouvelle arrivée", "La demande RITM0081235 pour la nouvelle comptable est ouverte depuis deux semaines, elle "
                         "commence lundi et rien n'est encore prêt. Qui dois-je relancer ?"),
])
def test_a_numbered_request_chased_asks_where_it_stands(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter", "New starter Priya Nair joins finance on Monday 3 June as an accounts clerk, please set up her "
                    "account and email"),
    ("starter request still open", "REQ0045821 for our new buyer was raised ten days ago, nothing is set up yet. "
                                   "please create his account today, he starts Monday"),
])
def test_a_new_starter_asked_stays_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new list for site safety", "could we get a new distribution list site-safety@ for the shift leads and the "
                                 "H&S officer? contractors should be able to mail it too"),
    ("Verteiler", "Wir brauchen einen neuen Verteiler für die Schichtleiter, bitte mit externen Absendern."),
    ("liste", "Il nous faut une nouvelle liste de diffusion pour les chefs d'équipe."),
])
def test_a_new_list_asked_for_is_not_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("DL", "please add Omar Haddad to the site-safety@ distribution list"),
    ("DL", "please add Omar Haddad to the distribution list site-safety@, a new list of shift leads is attached"),
])
def test_a_person_added_to_a_list_stays_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("SharePoint Qualität", "die zwei neuen Praktikantinnen (aberg, ckoch) sollen auf die SharePoint-Seite "
                            "'Qualität Handbuch', nur lesen"),
    ("Verteiler", "Frau Brandt soll bitte in den Verteiler Vertrieb Nord."),
    ("Site Inkoop", "de twee stagiairs (pjansen, kdevries) moeten op de SharePoint-site 'Inkoop Procedures', "
                    "alleen lezen"),
])
def test_people_who_should_onto_a_place_are_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Vorlage", "die neue Vorlage soll auf die SharePoint-Seite Qualität hochgeladen werden."),
    ("Upload", "ich soll auf die SharePoint-Seite hochladen, es klappt aber nicht"),
    ("site", "de nieuwe handleiding moet op de SharePoint-site geplaatst worden"),
])
def test_a_thing_that_should_onto_a_place_is_no_membership(subject, body):
    result = triage(subject, body)
    assert result.category != "group_membership", result.reason
