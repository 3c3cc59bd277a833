"""Memberships asked for without the words "add ... to the group" (issue 12: group_membership recall on unseen text).

A team named in quotes, a guest made a member, a group one needs to be in, the same groups as a colleague, a list
whose mail does not arrive with "add me": each read as the membership, and a near-miss beside it that stays as it
was. Sentences written for these tests, in five languages where the construction exists.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _category(subject: str, body: str) -> str:
    return triage(subject, body).category


@pytest.mark.parametrize(("subject", "body"), [
    # A team named in quotes, someone put in or taken out.
    ("Teams", 'Please remove Kai from the "Harbour Build" team, his part is done.'),
    ("Teams", 'Please add Mo to the "Night Shift" channel.'),
    ("Team", 'Kun je mij toevoegen aan het team "Inkoop BE"? Ik werk daar sinds vorige week.'),
    ("Gruppe", 'Können Sie mich hinzufügen zum Team "Einkauf Süd"? Danke.'),
    # A guest or a member made.
    ("Guest", "Could you add kim@partner.example as a guest member of our Launch team?"),
    ("Owner", "Please make Dora an owner of the Finance channel."),
    # A membership needed, said as a state.
    ("VPN", "My manager approved remote work. I need to be in the Remote-Access group, can you sort it?"),
    ("Groupe", "Je dois être dans le groupe Compta-Lecture pour ouvrir les bilans, merci de faire le nécessaire."),
    ("Grupo", "Necesito estar en el grupo Ventas-Norte para ver los informes, ¿podéis?"),
    ("Groep", "Ik moet in de groep Planning-RW zitten om het rooster te bewerken. Graag regelen."),
    ("Gruppe", "Ich muss in die Gruppe Lager-Lesen, bitte einrichten."),
    # Memberships copied from a colleague.
    ("Moved teams", "Sam moved to support today. Can he have the same groups as Rita?"),
    ("Gruppen", "Frau Brandt wechselt in den Vertrieb: bitte dieselben Gruppen wie Herr Kaya."),
    # The list whose mail does not arrive, and a plea to be added.
    ("all-hands", "I'm not getting the all-hands emails that everyone else receives. Could you add me?"),
])
def test_a_membership_asked_for_in_other_words(subject, body):
    assert _category(subject, body) == "group_membership"


@pytest.mark.parametrize(("subject", "body"), [
    # A team in quotes with nothing asked for a person: a question about it.
    ("Teams", 'Who owns the "Harbour Build" team? I need to ask them something about the files.'),
    # "Need to be in" a meeting room or the office: no group.
    ("Office", "I need to be in the office on Friday for the audit, is parking available?"),
    # Same settings as a colleague on a laptop: no membership.
    ("Laptop", "Can my new laptop have the same wallpaper and printer as Rita's?"),
    # Mail that does not arrive, nothing asked: mail flow for a technician.
    ("Mail", "I'm not getting emails from our supplier since Tuesday, they say they sent three."),
])
def test_look_alikes_stay_other(subject, body):
    assert _category(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), [
    # A newcomer set up with an account and given a colleague's groups: the onboarding takes the groups in.
    ("New starter", "We have a new starter, Ola Berg, on the 3rd. Can you set her up with an account and email? "
                    "Same groups as Nina."),
    ("Retour", "Paul Morel revient chez nous lundi après un an d'absence ; son ancien compte a été supprimé, "
               "créez-lui un compte svp."),
    ("Coming back", "Lee Park rejoins us on the 1st; his old account was deleted. Please create him a new account."),
])
def test_a_newcomer_set_up_is_an_onboarding(subject, body):
    assert _category(subject, body) == "onboarding"


# Holdout43 (a retailer's): a role named with underscores, where the name ends the phrase; not a product so named
# before what is in it.
def test_a_role_named_with_underscores_is_a_group():
    assert _category("role", "please add me to ERP_AP_CLERK, my manager approved it") == "group_membership"


def test_a_product_named_with_underscores_before_its_parts_is_not_a_named_group():
    assert _category("cleanup", "please add me to telephony_app recordings so I can hear the call") != (
        "group_membership")


# A logistics firm's set (h71): a person taken off a SharePoint site is that site's membership, as adding them is; a
# page, a list or an item taken off a site is content. The sentences are our own.
@pytest.mark.parametrize(("subject", "body"), [
    ("access", "Please remove Pia Lorenz from SharePoint site 'Carrier Rates', she moved to customs."),
    ("site", "remove j.kowalski from the claims sharepoint site, no longer in that team"),
])
def test_a_person_taken_off_a_sharepoint_site_is_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("cleanup", "Please remove the old page from the SharePoint site, it shows last year's rates."),
    ("duplicates", "Please remove duplicate entries from the SharePoint list of carriers."),
])
def test_content_taken_off_a_sharepoint_site_is_no_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


# Set h81: the same folders (shares, drives) as a colleague, asked for someone, are that colleague's memberships copied.
@pytest.mark.parametrize(("subject", "body"), [
    ("access", "Please give Leon the same folders as me, he joined our planning team."),
    ("Ordner", "Bitte Frau Ilic dieselben Ordner wie mir freigeben."),
    ("dossiers", "Pouvez-vous donner à Hugo les mêmes dossiers que moi ?"),
    ("carpetas", "Por favor, dadle a Irene las mismas carpetas que yo."),
    ("mappen", "Kunnen jullie Bram dezelfde mappen als ik geven?"),
])
def test_the_same_folders_as_a_colleague_are_memberships(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


def test_folders_that_look_the_same_ask_for_nothing():
    result = triage("folders", "My folders look the same as yesterday even though I synced, is OneDrive stuck?")
    assert result.category == "other", result.reason
