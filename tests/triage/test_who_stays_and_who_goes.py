"""Who stays and who goes (tickets/triage/stays_or_goes.py): a person removed from one group whose account stays is no
leaver; a leaver taken out of one chat is no offboarding; a dismissal said with when is a leaving; people added to a
team named in quotes are a membership; a newcomer's equipment with the accounts asked for separately is not an
onboarding. And the near readings that stay: a leaver whose account goes, a team that names a shift, a newcomer whose
account is asked for here. holdout23 showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("remove from group", "the consultant ext.mlee finished the audit, please remove him from the Audit-Readers group. "
                          "his account stays active for the next engagement"),
    ("group", "please take j.doe out of the Payroll-Editors group, she finished the project but remains employed here"),
    ("access", "remove s.kim from the Projects-Finance group; keep her account active, she's on another project"),
])
def test_a_removal_whose_account_stays_is_a_membership_not_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("leaver", "the contractor ext.mlee finished his contract yesterday, please disable the account"),
    ("offboarding", "Tom Berger left the company on Friday, please disable his account and remove his groups"),
])
def test_a_leaver_whose_account_goes_is_still_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("old colleague in chat", "Anna left the company in May but is still in our 'Late shift' group chat, can you "
                              "remove her from it?"),
    ("chat", "please remove Piet from the team chat, he has left the company"),
])
def test_a_leaver_taken_out_of_one_chat_is_no_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category != "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("disable account", "please disable the account of warehouse worker Jan Kowal, dismissed today"),
    ("urgent", "block access for driver Ola Nowak immediately - fired yesterday for misconduct"),
    ("account", "storeman Ben Cole was let go this morning, disable his login"),
])
def test_a_dismissal_is_a_leaving(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("alert", "I dismissed the alert today but the printer still shows an error"),
    ("popup", "the update popup, dismissed yesterday, came back this morning"),
])
def test_a_dismissed_message_is_no_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("team", "please add the three new planners to the 'Planning NL' team: j.devries, a.bakker, k.smit"),
    ("Teams", "can you add m.rossi to the team 'Ops Italy' in Teams?"),
    ("new depot", "add our two dispatchers to the \"Dispatch Leeds\" team please: r.hall, t.wong"),
])
def test_people_added_to_a_team_named_in_quotes_are_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("wiki", "can you add the 'Dock North' team's phone number to the wiki?"),
    ("team", "our team needs a new printer"),
])
def test_a_team_without_a_name_stays_with_a_person(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("laptop for trainee", "trainee starting in May in finance needs a laptop and a headset. accounts will be "
                           "requested separately by his manager"),
    ("equipment", "new hire starts on the 3rd, needs a monitor and a dock; the logins are being arranged by HR later"),
])
def test_a_newcomers_equipment_with_accounts_asked_elsewhere_is_no_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter", "new starter Lea Braun starts Monday in finance, she needs an account, e-mail and a laptop"),
])
def test_a_newcomer_whose_account_is_asked_here_is_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("contractor finished", "The contractor from Brightside finished yesterday, please remove their accounts bs-ext1 "
                            "and bs-ext2."),
    ("student withdrew", "Student 22019931 withdrew from the university on 03/04, please close their access to the "
                         "library systems."),
])
def test_gone_said_by_what_ended_is_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


def test_a_contractor_who_finished_a_job_is_no_leaver():
    result = triage("wifi", "the contractor finished the cabling in room 4 but the wifi there still drops")
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Team owner", "Please add Mr Dale as owner of the 'Green Campus' team, the previous owner has left."),
    ("Teams-Team", "Bitte Frau Roth als Besitzerin zum Team 'Lehrplan' hinzufügen, der bisherige Besitzer ist "
                   "ausgeschieden."),
    ("Teams", "please add the new TA (li.wen) as a member of the 'Statistics 2025' team"),
])
def test_someone_added_where_a_leaver_was_is_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Leaver kit", "Sara Holt left on Friday, her laptop and charger are at reception. Account was already disabled "
                   "by HR."),
    ("lab PCs", "the PCs in lab C3 still have last year's image, teaching starts Monday"),
])
def test_kit_and_timetables_around_comings_and_goings_ask_for_no_account_change(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("end of contract", "Contract of pvogel (external developer) ends today, please disable his account.",
     "offboarding"),
    ("Vertragsende", "Sein Vertrag endet heute, bitte sein Konto deaktivieren.", "offboarding"),
    # Near miss: a firm's contract that ends, no person.
    ("lease", "The lease contract for the copiers ends today, please tell facilities.", "other"),
])
def test_a_persons_contract_that_ends_is_a_leaving(subject, body, category):
    assert triage(subject, body).category == category


# A licence moved from one person to a newcomer is a licence change; a list's former keeper who retired is why its owner changes. (tickets/triage/stays_or_goes.py; our own sentences.)
@pytest.mark.parametrize(("subject", "body", "expected"), [
    ('dictation licence',
     'Please move the dictation licence from my old secretary to my new one, she starts on Monday.',
     'license_change'),
    ('Lizenz umziehen',
     'Bitte die Visio-Lizenz von Frau Adam auf Herrn Berg übertragen, er fängt am Montag bei uns an.',
     'license_change'),
    ('list owner',
     'Can the owner of the ward-rota list be changed to me? The former sister who ran it has retired.',
     'other'),
])
def test_licence_handed_on_or_role_left_empty_is_no_onboarding_or_leaver(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason


# An account asked for in words keeps the onboarding; a leaver whose account is to close stays one. (tickets/triage/stays_or_goes.py; our own sentences.)
@pytest.mark.parametrize(("subject", "body", "expected"), [
    ('new PA',
     'Our new PA starts Monday, please create her account and move the Visio licence from Tom to her.',
     'onboarding'),
    ('leaver',
     'Sarah Cole retired on Friday, please disable her account and remove her licence.',
     'offboarding'),
])
def test_account_asked_for_or_leaver_closed_stays(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason


# holdout58: the contract of a person named by their role (an engineer, a technician) that ended, the day said bare.
# A firm's contract that ended (a lease, a support contract) is no leaver. Our own sentences.
@pytest.mark.parametrize(("subject", "body"), [
    ("Access", "the contract of the pump vendor technician ended on Friday, please remove his VPN and AD access"),
    ("Contractor", "contract of our external consultant Mira Osei expired yesterday - please disable her login"),
    ("Ended", "contract of the field engineer Ola Berg ended friday, please disable his account"),
    ("Vertrag", "Der Vertrag des externen Technikers Jan Ott endete am Freitag, bitte sein AD-Konto und VPN "
                "deaktivieren."),
    ("Contrat", "Le contrat du technicien du fournisseur a pris fin vendredi, merci de désactiver son compte et son "
                "VPN."),
    ("Contrato", "El contrato del técnico externo Pablo Ruiz terminó el viernes, por favor desactivad su cuenta y la "
                 "VPN."),
    ("Contract", "Het contract van de externe monteur is afgelopen, graag zijn account en VPN deactiveren."),
])
def test_a_role_named_persons_contract_that_ended_is_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Lease", "the contract of the printer lease ended on friday, can you remove the old printer from my laptop?"),
    ("Support", "the support contract of the SCADA vendor ended on Friday, who do we call now for incidents?"),
    ("Extended", "the contract of the vendor engineer was extended, can he keep his VPN access?"),
])
def test_a_firms_contract_or_one_extended_is_no_leaver(subject, body):
    result = triage(subject, body)
    assert result.category != "offboarding", result.reason


# holdout58: a subject that names a leaver's remnant on a list, over a body that asks the account closed as well. The
# exception ("unless the account is to close") is read in the subject and the request together. Our own sentences.
@pytest.mark.parametrize(("subject", "body", "expected"), [
    ("Leaver still in group", "Ms Oduya left the company last month. Remove her from all mailing lists and deactivate "
                              "her login please.", "offboarding"),
    ("former staff still on the DL", "former colleague Jan Visser still gets the planning mails. please take him off "
                                     "all lists and disable his account", "offboarding"),
    ("Leaver still in group", "Ms Oduya left the company last month. Please remove her from all mailing lists.",
     "group_membership"),
])
def test_a_remnant_named_in_the_subject_yields_to_the_closing_asked_in_the_body(subject, body, expected):
    result = triage(subject, body)
    assert result.category == expected, result.reason


# Holdout 67: a leaver gone already who still appears or shows up in a group or list is that list's membership; a
# leaver whose account is asked closed as well stays an offboarding.
@pytest.mark.parametrize(("subject", "body"), [
    ("leaver still in group", "mark left at the end of march but still appears in grp_sales_approvers, please remove "
                              "him from that group"),
    ("former colleague", "our former colleague left last year but still shows up on the dl-ops-all list, please take "
                         "her off it"),
    ("Verteiler", "Herr Kunz ist im Februar ausgeschieden, erscheint aber noch immer im Verteiler dl_vertrieb. Bitte "
                  "dort entfernen"),
])
def test_a_leaver_still_shown_on_a_list_is_the_lists_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


def test_a_leaver_still_listed_whose_account_is_asked_closed_stays_an_offboarding():
    result = triage("leaver", "mark left at the end of march but still appears in grp_sales_approvers; please disable "
                              "his account and remove all his groups")
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("headset for new starter", "new starter on monday needs a laptop and a headset, his accounts are already "
                                "requested"),
    ("Neuer Kollege", "Neuer Kollege ab 1.3. braucht ein Diensthandy und einen Bildschirm. Seine Konten sind schon "
                      "beantragt."),
    ("nouvelle collègue", "La nouvelle collègue arrive lundi et il lui faut un portable. Ses comptes sont déjà "
                          "demandés."),
    ("nueva compañera", "La nueva compañera empieza el lunes y necesita un portátil; sus cuentas ya están "
                        "solicitadas."),
    ("nieuwe collega", "Nieuwe collega begint maandag en heeft een laptop nodig, zijn accounts zijn al aangevraagd."),
])
def test_a_newcomers_hardware_with_the_accounts_asked_already_is_no_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter monday", "new starter monday: please create his accounts and order a laptop"),
    ("laptop and accounts", "new starter on monday needs a laptop, please also set up his accounts"),
])
def test_a_newcomers_hardware_with_the_accounts_asked_here_stays_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("former colleague", "Pieter left the company in April but is still enabled in AD and still on the planning DL, "
                         "please tidy up"),
    ("Ex-Kollege", "Herr Brandt ist im März ausgeschieden, sein Konto ist noch aktiv und er steht noch im Verteiler "
                   "Vertrieb. Bitte aufräumen."),
])
def test_a_leaver_still_listed_whose_account_is_still_on_is_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("old colleague on list", "Pieter left the company in April but is still on the planning DL, please tidy up"),
    ("Ex-Kollege", "Herr Brandt ist im März ausgeschieden und steht noch im Verteiler Vertrieb. Bitte aufräumen."),
])
def test_a_leaver_still_listed_with_nothing_said_of_the_account_stays_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


# Set h73 (an automotive parts supplier's): the contract "with" a person named by their role, the article left out,
# that ended. A firm's contract "with" a vendor is no leaver. Our own sentences.
@pytest.mark.parametrize(("subject", "body"), [
    ("Contract ended", "contract with robot technician kberg ended on Friday, please remove his login"),
    ("external", "Our contract with the freelance designer Ana Lutz (agency) ended yesterday. Disable her account."),
])
def test_a_contract_with_a_role_named_person_that_ended_is_a_leaver(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Vendor", "our contract with the cleaning company ended yesterday, do we need to change the door codes?"),
    ("Adobe", "the contract with Adobe ended on Friday, who orders the renewal now?"),
])
def test_a_contract_with_a_firm_is_no_leaver(subject, body):
    result = triage(subject, body)
    assert result.category != "offboarding", result.reason


# Holdouts 45, 53 and 63: one place taken away because the engagement there ended, the account not asked closed.
@pytest.mark.parametrize(("subject", "body"), [
    ("project share", "the freelancer on the bridge redesign finished on that project, please take her off PRJ_BRIDGE_RW. "
                      "her login is managed by her agency"),
    ("vpn group", "kindly remove r.osei from grp_remote_vendors, his contract ended on tuesday"),
    ("DL", "please remove the external tester t.vance from the dl_release_notes list, her assignment with us is over"),
    ("Verteiler", "Bitte Herrn Falk aus der Gruppe GG_Bau_Planung entfernen, sein Projekteinsatz ist beendet."),
    ("groupe", "Merci de retirer M. Petit du groupe sg_audit_2024, sa mission est terminée."),
    ("grupo", "Por favor quitar a Lucía del grupo sg_obras_norte, su contrato terminó la semana pasada."),
    ("groep", "Graag Sanne uit de groep grp_inkoop_tijdelijk verwijderen, haar opdracht is afgelopen."),
])
def test_one_place_taken_away_when_an_engagement_ends_is_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # The account's closing asked beside it, everything asked away, or the firm itself left: the person goes.
    ("contractor done", "the contractor Jan Berg finished on the migration project yesterday. please remove him from "
                        "SG_MIGRATION and disable his account"),
    ("contract ended", "his contract ended on friday, please remove a.kovacs from all groups and lists"),
    ("leaver", "m.hale has left the company, his contract ended last week, please take him off the projects DL and "
               "deactivate his login"),
    ("Vertrag beendet", "Der Vertrag von Herrn Roth ist beendet, bitte aus der Gruppe GG_Bau entfernen und sein Konto "
                        "deaktivieren."),
])
def test_an_engagement_ended_with_the_account_or_everything_asked_stays_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


# Holdouts 57, 63 and 70: newcomers to a team, or several at once, given a place and nothing else are that place's
# access.
@pytest.mark.parametrize(("subject", "body", "category"), [
    ("lab share", "two new lab technicians need access to the \\\\files01\\lab\\results folder, they start on monday",
     "group_membership"),
    ("Teams", "please add our four new apprentices to the 'Workshop Crew' team, they join us next week",
     "group_membership"),
    ("orders mailbox", "r.amin is a new member of our team from the 3rd and needs access to the shared mailbox orders_uk",
     "mailbox_access"),
    ("Ordner", "Die neuen Kolleginnen im Einkauf beginnen am 1.9. und brauchen Zugriff auf den Ordner Einkauf_Rahmenvertraege.",
     "group_membership"),
])
def test_newcomers_given_only_a_place_are_that_places_access(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # An account, a login or an e-mail asked for them too: they are being set up, the place is one step of it.
    ("new starters", "two new planners start on monday, please create their accounts and give them access to the "
                     "planning folder"),
    ("new hire", "new analyst p.roy starts next week, she'll need a login, email and access to the finance share"),
    ("starter", "our new receptionist starts on the 12th, please set her up and add her to the front-desk DL"),
    # One new hire named alone: the account is taken to come with the onboarding.
    ("new hire", "our new buyer Omar Said starts on the 1st and needs access to the purchasing shared mailbox"),
])
def test_newcomers_with_an_account_asked_stay_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


# Holdouts 53 and 57: a starter's hardware when HR asks for the accounts, or a desk made ready, is a delivery.
@pytest.mark.parametrize(("subject", "body"), [
    ("Notebook für Neuen", "Neuer Azubi in der Logistik ab 1.8., bitte Notebook und Diensthandy bestellen. Die Zugänge "
                           "beantragt die Personalabteilung."),
    ("kit for starter", "new engineer joining on the 4th, please order a laptop and a headset. HR will request the "
                        "accounts through the usual process"),
    ("desk", "can you set up desk B12 with a docking station and two monitors for the new planner starting monday"),
    ("Arbeitsplatz", "Bitte den Arbeitsplatz 3.08 mit Dockingstation und zwei Bildschirmen einrichten, neue Kollegin "
                     "beginnt am Montag."),
])
def test_a_starters_kit_with_the_accounts_elsewhere_is_a_delivery(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    # The account asked here, beside the kit: an onboarding still.
    ("new starter", "new engineer joining on the 4th, please set up her account and order a laptop"),
    ("Neue Kollegin", "Neue Kollegin ab 1.8. im Vertrieb, bitte Konto anlegen und Notebook bestellen."),
    ("desk and login", "please set up desk B12 and create a network login for the new planner starting monday"),
])
def test_a_starters_kit_with_the_account_asked_here_stays_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason


# A packaging manufacturer's set (h83): a dismissal said as HR's noun, with when or whose, is a leaving; a message
# dismissed is not.
@pytest.mark.parametrize(("subject", "body"), [
    ("account", "dismissal today for employee rwerner (dispatch). please block the account now, confidential"),
    ("HR", "Summary dismissal with immediate effect for our forklift driver m.ortiz, please close his login."),
    ("dismissal", "Dismissal of the employee k.brandt effective Friday. Please disable his account that evening."),
])
def test_a_dismissal_named_as_hrs_noun_is_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "offboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("popup", "The update reminder comes back after every dismissal today, can you stop it?"),
    ("warning", "Dismissal of the warning banner in the ERP does not stick, it shows again after login."),
])
def test_a_message_dismissed_is_no_leaving(subject, body):
    assert triage(subject, body).category == "other"


# A packaging manufacturer's set (h83): a group, team or channel named, then "please add" with nothing after it: the
# person the sentence before spoke of is to be added.
@pytest.mark.parametrize(("subject", "body"), [
    ("GRP_PLANT_RO", "user tnovak is not in GRP_PLANT_RO, so the reporting portal refuses him. please add."),
    ("Kanal", "Ich sehe den Kanal Qualität im Team Werk 2 nicht, die anderen schon. Bitte hinzufügen."),
    ("canal", "Je ne vois pas le canal Achats dans l'équipe Logistique, merci de m'ajouter."),
    ("canal", "No veo el canal Compras en el equipo de Planta, por favor añadirme."),
    ("kanaal", "Ik zie het kanaal Inkoop niet in het team Productie, graag toevoegen."),
])
def test_a_place_named_then_a_bare_add_is_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("printer", "The label printer in the shipping team area is missing on my laptop, please add the printer."),
    ("channel", "The Teams channel Shipping shows an error when I open the files tab. It worked until Monday."),
])
def test_a_thing_to_add_that_is_named_or_no_add_is_no_membership(subject, body):
    assert triage(subject, body).category != "group_membership"


# A packaging manufacturer's set (h83): a leaver's returned device prepared for whoever gets it next is hardware; the
# "next user" is no account to make. A leaver's account asked beside it stays an offboarding.
@pytest.mark.parametrize(("subject", "body"), [
    ("returned laptop", "laptop of leaver j.hale is back at the IT desk, please wipe and reimage it for the next user"),
    ("Notebook", "Das Notebook des Leavers Herr Brandt wurde zurückgegeben, bitte für den nächsten Benutzer neu "
                 "aufsetzen."),
])
def test_a_leavers_device_prepared_for_its_next_user_is_hardware(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_a_leavers_device_and_account_together_stay_an_offboarding():
    result = triage("leaver", "leaver j.hale returned his laptop, please reimage it for the next user and disable his "
                              "account today")
    assert result.category == "offboarding", result.reason
