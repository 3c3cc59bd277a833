"""Readings that recurred across sets (cross-set study x3), in our own sentences, with their near neighbours:

- a channel to be made inside a team, or a folder with its own group, or a directory group named with its directory
  ("a new Entra security group"): a thing to build, nobody to join (tickets/triage/vetoes.py);
- access refused to what the writer had and asks back ("please re-add me, I was in it last week"): still a
  membership. The study's other half, such access with nothing asked read as a fault, was taken out again: it mended
  three rows of the sets it was learnt from, and on sets nobody here had read it moved one row away from its label and
  none toward it (writers file lost access as a membership to restore about as often as a fault to trace);
- a guest account for someone outside, however long they stay: no starter's accounts
  (tickets/triage/not_the_account.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("channel for the night shift", "Could you add a private channel to our Logistics team just for the dispatchers? "
                                    "Teams tells me I may not create one although I own the team."),
    ("new channel greyed out", "I want to create a new channel in the Tender 2025 team but the button is grey."),
    ("Kanal", "Ich möchte im Team Einkauf einen privaten Kanal für die Teamleitung anlegen, es geht aber nicht."),
    ("canal privé", "Je n'arrive pas à créer un canal privé dans l'équipe Qualité, l'option est désactivée."),
    ("canal", "Queremos crear un canal nuevo en el equipo de Ventas pero la opción no aparece."),
    ("kanaal", "Ik wil een privé kanaal aanmaken in het team Planning, maar dat mag niet volgens Teams."),
])
def test_a_channel_to_make_is_no_membership(subject, body):
    assert triage(subject, body).category != "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("private channel", "please add me to the private channel 'Budget' in the Controlling team, the owner is away"),
    ("shared channel", "can you add Priya Shah to the shared channel 'Night Ops' in the Dispatch team?"),
])
def test_joining_a_channel_stays_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("folder and group for the wind farm", "Please set up a new folder under the bids drive, with its own access group, "
                                           "for the wind farm bid. I will send the members once the team is set."),
    ("new share + group", "new folder + group for the audit 2026 work please, nobody in it yet"),
    ("Ordner", "Wir brauchen einen neuen Ordner auf dem Laufwerk P mit eigener Berechtigungsgruppe, Mitglieder folgen."),
    ("Entra group", "Please set up a new Entra security group for the kiosk devices. It stays empty for now."),
    ("AAD group", "We want a new Azure AD security group for the printer pilot, no members yet."),
])
def test_a_group_or_folder_to_build_is_no_membership(subject, body):
    assert triage(subject, body).category != "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("add to group", "please add j.moreau to the group SG-Projects-Read, she needs the new folder on the projects share"),
    ("Entra group", "Please add Tom Rees to the Entra security group SG-Kiosk-Admins."),
])
def test_a_person_into_an_existing_group_stays_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("budget folder", "the budget folder says access denied; please re-add me, as I was in it last week"),
    ("budget folder", "access denied on the budget folder, I was in it last week, can you add me back?"),
])
def test_access_asked_back_stays_a_membership(subject, body):
    assert triage(subject, body).category == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    ("guest account for the assessor", "The assessor from the certification body needs a guest account for our "
                                       "Quality SharePoint for two weeks, starting on the 9th. Name: Lena Fox."),
    ("Gastkonto", "Für den externen Gutachter bitte ein Gastkonto für die Projektseite, ab Montag für drei Wochen."),
    ("compte invité", "Il faudrait un compte invité pour le consultant de Deloitte à partir du 3, pour un mois."),
])
def test_a_guest_account_is_no_onboarding(subject, body):
    assert triage(subject, body).category != "onboarding"


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter", "New starter Ravi Patel starts on Monday in accounts, please create his account and mailbox."),
    ("guest researchers", "Two guest researchers from Uppsala arrive on Monday for five months and need an account, "
                          "mail and VPN like our own staff."),
])
def test_starters_stay_onboarding(subject, body):
    assert triage(subject, body).category == "onboarding"
