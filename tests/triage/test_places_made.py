"""A new group whose members come later, or a channel made inside a team, is a thing to create, not a membership
(tickets/triage/places_made.py). And the near readings that stay memberships: a person put into a group or a channel.
Sets holdout103, holdout111, nearmiss7 and h138 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("group for night desk", "night desk: a new security group is wanted to fence off its folder, names to follow"),
    ("folder with group", "please set up a fresh folder for the tender with its own permission group; members will "
                          "follow once the bid team is known"),
    ("Neue Gruppe", "Wir brauchen eine neue Berechtigungsgruppe für das Projektlaufwerk, die Mitglieder folgen."),
    # Members named with it change nothing: the group must be made first, and making one is a technician's job
    # (vetoes.py's "a new group of a named kind"), so no membership can be added yet.
    ("new group", "Night desk: build us a new security group with anna.berg and tom.kohl in it, please."),
    ("channel", "can you add a private channel to the Site Ops team? I'm owner but Teams won't let me create one"),
    ("Kanal", "Könnt ihr im Team Werkstatt einen privaten Kanal anlegen? Als Besitzer darf ich das nicht."),
    ("canal", "Pouvez-vous créer un canal privé dans l'équipe Logistique ? L'option est grisée."),
    ("canal", "¿Podéis crear un canal privado en el equipo de Ventas? No me deja."),
    ("kanaal", "Kunnen jullie een privékanaal aanmaken in het team Planning? De optie is grijs."),
])
def test_a_place_made_is_no_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("channel", "please add me to the private channel 'Shift Leads' in the Site Ops team"),
    ("group", "please add anna.berg to the security group SG-NightDesk"),
])
def test_someone_put_in_stays_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason
