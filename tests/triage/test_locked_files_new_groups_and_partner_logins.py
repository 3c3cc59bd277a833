"""Readings taught from set h138, each with its near sentences that keep their old reading. The sentences are our own.

- a file called locked by its adjective is the file's lock (tickets/triage/another_kind.py);
- a new directory group of a named kind is one to build, not to join (tickets/triage/vetoes.py);
- a plan moved to another tier with no verb is a licence change (tickets/triage/patterns.py);
- a contract held "with" a named person that ended is a leaver (tickets/triage/joiner_leaver_words.py);
- a starter's device showing a message during its own set-up is a device fault (tickets/triage/starter_hardware.py);
- sign-in prompts the writer did not set off ask for nothing (tickets/triage/discounts.py);
- "who is our admin for it?" asks who looks after a thing (tickets/triage/questions.py);
- an "external user" for someone at a partner firm is a guest's access (tickets/triage/not_the_account.py).
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


def _reads(subject: str, body: str, category: str) -> None:
    result = triage(subject, body)
    assert result.category == category, result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("the locked PDF", "I have to fill in the locked PDF the shipping line sent us, can someone unlock it?"),
    ("spreadsheet", "the locked excel file from finance won't let me type anything, please unlock it"),
    ("Word", "Our locked Word document needs editing before noon, can IT unlock it for me?"),
    ("PDF", "Ich muss eine gesperrte PDF-Datei bearbeiten, könnt ihr sie entsperren?"),
    ("fichier", "Le fichier Excel du client est verrouillé, pouvez-vous le débloquer ?"),
    ("archivo", "El archivo de tarifas está bloqueado y necesito cambiarlo, ¿lo podéis desbloquear?"),
    ("bestand", "Het vergrendelde bestand van de klant moet aangepast worden, kunnen jullie het ontgrendelen?"),
])
def test_a_file_called_locked_is_no_sign_in_to_unlock(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("locked out", "I am locked out of the file server share, please unlock my account"),
    ("account locked", "my account got locked after I opened the budget file too many times with the old password, "
                       "please unlock it"),
    ("Konto gesperrt", "Mein Konto ist gesperrt, bitte entsperren."),
])
def test_a_lockout_beside_a_file_stays_an_unlock(subject, body):
    _reads(subject, body, "account_unlock")


@pytest.mark.parametrize(("subject", "body"), [
    ("new group", "We want a new security group for the audit team so the working papers can be restricted. "
                  "Names follow."),
    ("SG request", "Could we have a new AD group for the night shift leads? Members later."),
    ("Gruppe", "Wir brauchen eine neue Sicherheitsgruppe für das Vertragsarchiv."),
    ("groupe", "Il nous faut un nouveau groupe de sécurité pour le dossier des salaires."),
    ("grupo", "Necesitamos un nuevo grupo de seguridad para la carpeta de auditoría."),
    ("groep", "Graag een nieuwe beveiligingsgroep voor de map Inkoop."),
])
def test_a_new_group_of_a_named_kind_is_to_build(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("add me", "please add me to the new security group SG-Audit-Readers"),
    ("moved team", "I moved to a new team last week, please add me to the security group SG-Finance-AP"),
])
def test_joining_a_group_named_new_stays_a_membership(subject, body):
    _reads(subject, body, "group_membership")


@pytest.mark.parametrize(("subject", "body"), [
    ("Visio plan", "Visio Plan 1 to Plan 2 for mkoch please, approved by her lead"),
    ("Exchange plan", "Exchange Online Plan 1 -> Plan 2 for t.berg, mailbox is nearly full"),
    ("Project", "Project Plan 1 auf Plan 3 für j.wolf bitte, Freigabe liegt vor"),
])
def test_a_plan_moved_to_another_tier_is_a_licence_change(subject, body):
    _reads(subject, body, "license_change")


@pytest.mark.parametrize(("subject", "body"), [
    ("rollout", "The Project plan 3 rollout slides are attached for Friday's meeting."),
    ("plan", "Our migration plan moves to phase 2 next week, nothing for you to do yet."),
])
def test_a_plan_named_without_a_move_is_no_licence(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("contractor done", "The contract with Jana Ruiz ended on Friday, please take away her access to VPN and mail."),
    ("external", "Contract with Tomasz Wrobel finished last week. Remove all his logins please."),
    ("Vertrag", "Der Vertrag mit Herrn Kaya ist ausgelaufen, bitte alle Zugänge entfernen."),
    ("contrat", "Le contrat avec Mme Roux a pris fin hier, merci de supprimer ses accès."),
    ("contrato", "El contrato con la Sra. Vidal terminó ayer, por favor quitad todos sus accesos."),
    ("contract", "Het contract met dhr. Peters is afgelopen, graag al zijn toegang intrekken."),
])
def test_a_contract_with_a_person_that_ended_is_a_leaver(subject, body):
    _reads(subject, body, "offboarding")


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Adobe", "Our contract with Adobe ended, please remove the Acrobat Pro licences from the design team.",
     "license_change"),
    ("renewal", "The contract with the cleaning company ended last month; who handles the new tender?", "other"),
])
def test_a_firms_contract_that_ended_is_no_leaver(subject, body, category):
    _reads(subject, body, category)


@pytest.mark.parametrize(("subject", "body"), [
    ("new joiner laptop", "the laptop for our new starter shows 'this device is not permitted' during setup; "
                          "his account already works in the browser"),
    ("starter laptop setup error", "new hire's notebook fails during the first setup, webmail works for her"),
    ("Neue Kollegin", "Der Laptop der neuen Kollegin zeigt bei der Einrichtung 'Gerät nicht zulässig'."),
])
def test_a_starters_device_failing_its_set_up_is_a_device_fault(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter", "New starter Tom Baker starts Monday in sales, please set up his account and laptop."),
    ("new hire", "New hire Ana Costa starts 3 March. The laptop setup error last time was painful, please create "
                 "her user account early."),
])
def test_a_starter_whose_account_is_asked_stays_an_onboarding(subject, body):
    _reads(subject, body, "onboarding")


@pytest.mark.parametrize(("subject", "body"), [
    ("prompts", "I keep getting Authenticator approval pushes I didn't start, I denied them all."),
    ("weird requests", "Three sign-in approve requests on my phone this morning that I never made."),
    ("MFA", "Ich bekomme seit heute MFA-Anfragen, die ich nicht ausgelöst habe."),
    ("MFA", "Je reçois des demandes MFA que je n'ai pas faites, je les ai refusées."),
    ("MFA", "Recibo solicitudes de MFA que no he hecho desde esta mañana."),
    ("MFA", "Ik krijg MFA-verzoeken die ik niet heb gedaan."),
])
def test_prompts_the_writer_did_not_set_off_ask_for_nothing(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("new phone", "New phone, please reset my MFA so I can set up the Authenticator again."),
    ("MFA", "Lost my phone with the authenticator on it, please reset my MFA."),
])
def test_a_factor_to_move_stays_an_mfa_reset(subject, body):
    _reads(subject, body, "mfa_reset")


@pytest.mark.parametrize(("subject", "body"), [
    ("portal locked", "Our shared login on the customs portal is locked and they say our admin must unlock it. "
                      "Who is our admin there?"),
    ("Portal gesperrt", "Unser Firmenkonto im Lieferantenportal ist gesperrt. Wer ist unser Admin dafür?"),
])
def test_who_our_admin_is_is_a_question(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("locked", "I'm locked out of Windows. Who is the admin? Please unlock me asap."),
    ("locked out", "locked out again, who is our admin? can you unlock my account"),
])
def test_a_lockout_with_a_plea_stays_an_unlock(subject, body):
    _reads(subject, body, "account_unlock")


@pytest.mark.parametrize(("subject", "body"), [
    ("login for partner", "The depot in Hamburg wants a login for their dispatcher so he can see our orders. "
                          "Can we create an external user?"),
    ("Zugang", "Die Spedition braucht einen Zugang für ihren Disponenten, können wir einen externen Benutzer anlegen?"),
    ("accès", "Le transitaire veut un accès pour son agent, pouvez-vous créer un utilisateur externe ?"),
])
def test_an_external_user_for_a_partner_is_no_starter(subject, body):
    _reads(subject, body, "other")


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter", "New starter Eva Lind starts Monday in the planning team, please create her account."),
    ("new contractor", "Our new contractor joins the team on 4 May, please create his user account and mailbox."),
])
def test_a_starter_stays_an_onboarding(subject, body):
    _reads(subject, body, "onboarding")
