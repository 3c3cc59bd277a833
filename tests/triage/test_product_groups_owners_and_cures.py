"""Meanings that came back as wrong actions across sets written by different people: a group or workspace named by
its product (objects.py), a list's owner handed on (not_asked.py), a newcomer's access said requested already
(starter_hardware.py), a reset or unlock said not to have cured the fault (already_done.py), and a leaver's things that
are not accounts (another_kind.py, stays_or_goes.py). Sentences are our own, not the sets'.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Copilot group", "please put Hanna in the Copilot users group, she starts using it for minutes next week"),
    ("reporting", "could you add me to the Fabric workspace 'Plant Energy' as a member? thanks"),
    ("workspace", "add bkorv to the Power BI workspace 'Sales Daily' please, maybe she needs a licence too, not sure"),
    ("Gruppe", "bitte mich zum Arbeitsbereich Einkauf KPI hinzufügen"),
    ("Power BI", "merci de m'ajouter à l'espace de travail Qualité dans Power BI"),
])
def test_a_group_or_workspace_named_by_its_product_is_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("licence", "please assign a Power BI Pro licence to tmarek, she publishes the stock report"),
    ("Visio", "need Visio for drawing the floor plans, can you give me a licence?"),
])
def test_a_licence_asked_in_so_many_words_stays_a_licence(subject, body):
    result = triage(subject, body)
    assert result.category == "license_change", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("list owner", "please change the owner of the dl_branch_leads list to Petra Holm, the members stay as they are"),
    ("handover", "I run the events mailing list but move to finance in June, please make Omar owner instead of me"),
    ("Verteiler", "bitte den Besitzer des Verteilers Vertrieb-Nord auf Frau Lenz ändern"),
    ("liste", "pouvez-vous changer le propriétaire de la liste de diffusion achats ?"),
    ("lista", "por favor cambiar el propietario del grupo compras-sur, los miembros no cambian"),
    ("lijst", "graag de eigenaar van de groep inkoop-zuid wijzigen naar Bram"),
])
def test_a_lists_owner_handed_on_is_not_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("owner", "please make me an owner of the dl_night_shift list so I can add people myself"),
    ("list changes", "please change the owner of dl_store_west to Ines and add Tom and Kai as members"),
])
def test_an_owner_added_or_members_changed_stays_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("neue Kollegin", "neue Kollegin im Labor ab 03.02., Zugang ist bereits beantragt, es fehlt noch ein PC am Platz 4"),
    ("Rechner", "ab 15.03. beginnt ein neuer Kollege im Lager, bitte Laptop bereitstellen. Benutzer hat die Personalabteilung schon beantragt"),
    ("new starter pc", "new clerk starts on 1 March, her access has already been requested, she still needs a laptop and a headset"),
    ("nouveau", "un nouveau collègue arrive le 2 mai, son accès est déjà demandé, il manque encore un portable"),
    ("nuevo", "nuevo compañero a partir del 5 de junio, ya se ha solicitado su cuenta, falta el portátil"),
    ("nieuwe collega", "nieuwe collega begint op 1 juni, zijn account is al aangevraagd, graag nog een laptop klaarzetten"),
])
def test_a_newcomers_hardware_with_access_asked_already_is_a_delivery(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("neuer Kollege", "neuer Kollege ab 01.04. im Einkauf, bitte Zugang anlegen und einen Laptop bereitstellen"),
    ("new starter", "new starter Ella Brandt starts 3 March in payroll, please create her account and order a laptop"),
])
def test_a_newcomer_whose_account_is_asked_here_stays_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("reopened", "the reset you did this morning didn't fix it, the booking tool still freezes when I save"),
    ("password", "you reset my password on monday, the laptop takes the new one but the time clock app still says wrong password"),
    ("Konto", "das Entsperren hat nur kurz geholfen, nach einer Stunde ist Outlook wieder ausgesperrt"),
    ("compte", "la réinitialisation d'hier n'a rien changé, le portail refuse toujours ma connexion"),
    ("cuenta", "el desbloqueo de ayer no ha solucionado nada, la aplicación sigue sin dejarme entrar"),
    ("account", "de reset van gisteren heeft niet geholpen, het kassasysteem weigert me nog steeds"),
])
def test_a_reset_or_unlock_that_did_not_cure_it_is_a_fault(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("locked again", "the unlock yesterday only helped for a while, I'm locked out again, please unlock me again",
     "account_unlock"),
    ("password", "the reset didn't help because I forgot the new one already, please reset my password again",
     "password_reset"),
])
def test_the_same_remedy_asked_again_stays_that_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("checked out", "the contract file 88123 is checked out to a colleague who left last year, please check it back in"),
    ("my last day", "I'm leaving at the end of June. What should I do with my laptop and my badge?"),
    ("Austritt", "ich verlasse die Firma zum 30.09., wem gebe ich mein Notebook zurück?"),
    ("départ", "je quitte l'entreprise vendredi, à qui rendre mon PC portable ?"),
    ("salida", "dejo la empresa el mes que viene, ¿a quién entrego el portátil?"),
    ("vertrek", "ik ga uit dienst per 1 juli, aan wie lever ik mijn laptop in?"),
])
def test_a_leavers_things_that_are_not_accounts_are_no_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver", "Jonas Weber leaves us on 31.05, please disable his account and collect his laptop"),
    ("leaver", "Maria Stein is leaving on Friday, please remove her access; what should I do with her laptop?"),
])
def test_a_leavers_accounts_asked_stay_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason
