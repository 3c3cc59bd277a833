"""What set h102 (a dental chain's tickets) showed the engine misread, in sentences of our own, each beside a near one
that must keep its reading.

A ticket set aside as "ignore this", a fix said by a bare "solved" or by the person it was for remembering, a plea to
close without its object (already_done.py); who is on a list asked to be told (nothing_to_change.py); a team named in
several words, and a German or Dutch passive with "werden"/"worden" (group_names.py, patterns.py); a product asked as
something a person may "have" (patterns.py); a manager's post named with a qualifier and its arrival
(joiner_leaver_words.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _reads(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("account locked", "Ignore this, called the service desk and got it sorted.", "other"),
    ("password reset", "Please disregard this ticket, thanks.", "other"),
    ("Konto gesperrt", "Bitte ignorieren, hat sich am Telefon geklärt.", "other"),
    ("compte bloqué", "Ignorez ce ticket, le collègue m'a aidé.", "other"),
    ("cuenta bloqueada", "Ignoren este mensaje, ya me ayudaron por teléfono.", "other"),
    ("account geblokkeerd", "Negeer deze melding, collega heeft geholpen.", "other"),
    # Near: something else to ignore, with the request beside it, still asks.
    ("account locked", "Ignore this warning in the screenshot; my account is locked, please unlock it.", "account_unlock"),
    ("password", "Ignore this, please reset my password instead of unlocking.", "password_reset"),
])
def test_a_ticket_set_aside_asks_nothing(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("RE: account locked", "Solved, he remembered it after all. pls close", "other"),
    ("RE: password", "Sorted - she has remembered her password. Please close.", "other"),
    # Near: remembered the old one, still wants a reset; no close.
    ("password", "She remembered her old password but it is expired, please reset it for her.", "password_reset"),
    ("account locked", "My account is locked again after the weekend, pls unlock.", "account_unlock"),
])
def test_a_request_solved_by_its_owner_closes(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("members of ops-leads", "Could you tell me who is on ops-leads? Want to check before I send the budget.", "other"),
    ("dl", "Please send me a list of who's in the regional managers distribution list.", "other"),
    ("Verteiler", "Wer steht alles im Verteiler Einkauf-Nord? Danke", "other"),
    ("liste", "Qui est dans la liste achats-sud ?", "other"),
    # Near: a name read out and a change asked beside it; or the phrase about a person, with an addition.
    ("ops-leads", "Who is on ops-leads? Please add me to ops-leads as well.", "group_membership"),
    ("dl", "Please add Tom, who is on leave till Monday, to the dl-finance-team distribution list.", "group_membership"),
])
def test_who_is_on_a_list_is_read_not_changed(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("teams", "Add jdoe to the South Region Buyers team please", "group_membership"),
    ("Team Einkauf", "Kollege Meier soll in das Team 'Einkauf Süd' aufgenommen werden.", "group_membership"),
    ("team", "Collega Jansen moet in het team 'Inkoop Zuid' toegevoegd worden.", "group_membership"),
    # Near: a meeting of the team, and an addition reported done, ask for no membership.
    ("meeting", "Please add the review to the South Region Buyers team meeting on Friday.", "other"),
    ("Team Einkauf", "Kollege Meier wurde gestern in das Team 'Einkauf Süd' aufgenommen, danke.", "other"),
])
def test_a_team_named_in_several_words_or_a_passive_asks_membership(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("visio", "Can jsmith have Visio Plan 2 so he can draw the floor plans? Approved by his manager.", "license_change"),
    ("Lizenz", "Kann Frau Weber bitte eine Visio-Lizenz bekommen?", "license_change"),
    # Near: what one has, asked or stated, is no request for it.
    ("visio", "Does she have Visio? The icon is greyed out on her laptop.", "other"),
    ("visio", "Can I have a look at why Visio crashes on open? Error attached.", "other"),
])
def test_a_product_asked_as_having_it_is_a_licence(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("new regional manager", "New regional sales manager for the West: Ann Lee, starting 3 March. Needs an account, E3 "
                             "and the managers DL.", "onboarding"),
    # Near: a manager who is new, with no arrival, asks for what they need; no account is made.
    ("E3", "My new line manager needs an E3 licence, please assign it to jlee.", "license_change"),
])
def test_a_managers_post_with_its_arrival_is_an_onboarding(subject, body, category):
    _reads(subject, body, category)
