"""Issue 12 triage, from both sides: a question is not a request, and a request is read whole in every language."""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Question", "How do I reset my password?"),
    ("Password reset", "How do I reset my password?"),
    ("Self-service", "Can users reset their own password?"),
    ("Groups", "what is the process to add someone to a group"),
    ("Passwort", "Wie kann ich mein Passwort zurücksetzen?"),
    ("Mot de passe", "Comment puis-je réinitialiser mon mot de passe ?"),
    ("Contraseña", "¿Cómo puedo restablecer mi contraseña?"),
    ("Wachtwoord", "Hoe kan ik mijn wachtwoord resetten?"),
    ("Sessions", "How do I sign out of all sessions on my old laptop and unlock my account myself?"),
])
def test_a_question_about_how_it_is_done_is_not_a_request(subject, body):
    result = triage(subject, body)
    assert result.category == "other"
    assert result.intents == []
    assert result.needs_human


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Password", "Can you reset my password?", "password_reset"),
    ("Password", "I forgot my password, how do I reset it?", "password_reset"),
    ("Locked", "Is it possible to unlock my account? I'm locked out.", "account_unlock"),
    ("upgrade to E3", "Can we upgrade aisha.walsh@northwind.example from Business Basic to E3?", "license_change"),
])
def test_a_request_asked_politely_as_a_question_is_still_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category
    assert result.intents


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Login", "can't sign in, need a password", "password_reset"),
    ("Password", "password not working anymore since the weekend", "password_reset"),
    ("Konto", "Mein Konto ist seit heute früh gesperrt.", "account_unlock"),
])
def test_a_bare_statement_of_a_failed_sign_in_is_a_request(subject, body, category):
    assert triage(subject, body).category == category


@pytest.mark.parametrize(("subject", "body"), [
    ("Wifi", "I need a password for the guest wifi"),
    ("PDF", "need a password to open the PDF from the bank"),
])
def test_a_password_for_something_else_is_not_a_reset(subject, body):
    assert triage(subject, body).category == "other"


@pytest.mark.parametrize(("subject", "body"), [
    ("Access", "Outlook says I don't have permission to open the Sales mailbox anymore"),
    ("Access", "I lost access to the Finance shared mailbox after the migration"),
    ("Zugriff", "Ich habe seit heute keinen Zugriff mehr auf das Postfach Vertrieb"),
    ("Boîte partagée", "Je n'ai plus accès à la boîte partagée compta depuis la migration"),
])
def test_access_the_writer_had_and_lost_is_a_fault_not_a_grant(subject, body):
    result = triage(subject, body)
    assert result.category == "other"
    assert result.needs_human


def test_access_never_had_and_asked_for_is_still_a_grant():
    result = triage("Access", "I don't have access to the Sales shared mailbox yet, please add me with full access.")
    assert result.category == "mailbox_access"


@pytest.mark.parametrize(("subject", "body", "who"), [
    ("Licence", "Merci de retirer la licence Visio à Paul Martin, il ne l'utilise plus.", "Paul Martin"),
    ("Licence", "Please remove the Business Basic licence from Diego Siciliani, he only uses the tablet now.",
     "Diego Siciliani"),
    ("Visio", "Visio-licentie toewijzen aan Jan de Vries", "Jan de Vries"),
    ("Postfach", "Adele Vance vertritt den Empfang. Bitte geben Sie ihr Vollzugriff auf frontdesk@contoso.example.",
     "Adele Vance"),
    ("Licence", "Alex Wilber would like a Project Plan 3 licence for the move.", "Alex Wilber"),
])
def test_a_request_whose_intents_name_the_person_is_not_escalated_for_naming_no_one(subject, body, who):
    result = triage(subject, body)
    assert not result.needs_human, result.reason
    assert [i["target_name"] for i in result.intents] == [who]


def test_a_mailbox_address_is_never_taken_for_the_person_the_right_goes_to():
    result = triage("Send As", "Please give Sarah Lee Send As permission on billing@contoso.example. She only needs "
                               "to send as Billing, not read the mailbox.")
    assert [(i["kind"], i["target_name"], i["object"], i["rights"]) for i in result.intents] == [
        ("grant_mailbox_access", "Sarah Lee", "billing@contoso.example", ["SendAs"])]  # one intent, not two
    assert result.entities.get("target_user") != "billing@contoso.example"


@pytest.mark.parametrize(("subject", "body"), [
    ("Billing Team", "I no longer handle billing. Please take me out of the Billing Team."),
    ("Austritt Billing Team", "Ich kümmere mich nicht mehr um die Abrechnung. Bitte entfernen Sie mich aus der "
                              "Gruppe Billing Team."),
])
def test_leaving_a_group_is_a_removal_not_an_offboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership" and not result.needs_human, result.reason
    assert [(i["kind"], i["object"]) for i in result.intents] == [("remove_from_group", "Billing Team")]


@pytest.mark.parametrize(("subject", "body", "who", "group"), [
    ("DL", "Diego Siciliani is on long leave. Please remove him from the All Staff distribution list.",
     "Diego Siciliani", "All Staff"),
    ("Verteilerliste", "Diego Siciliani ist lange abwesend. Bitte nehmen Sie ihn aus der Verteilerliste All Staff "
                       "heraus.", "Diego Siciliani", "All Staff"),
    ("VPN", "Steven Buchanan no longer works remotely. Please remove him from the VPN Users group.",
     "Steven Buchanan", "VPN Users"),
    ("VPN", "Steven Buchanan ya no teletrabaja. Por favor, sacadlo del grupo VPN Users.", "Steven Buchanan",
     "VPN Users"),
])
def test_a_group_removal_names_the_group_and_the_person_and_is_not_an_offboarding(subject, body, who, group):
    result = triage(subject, body)
    assert result.category == "group_membership" and not result.needs_human, result.reason
    assert [(i["kind"], i["target_name"], i["object"]) for i in result.intents] == [("remove_from_group", who, group)]


def test_a_team_the_writer_joins_is_not_a_bulk_request_but_a_whole_team_is():
    joins = triage("Password + Billing", "Could you reset my password and also add me to the Billing Team group?")
    assert not joins.needs_human, joins.reason
    bulk = triage("Team", "Please unlock the whole sales team, nobody can log in")
    assert bulk.needs_human and "many accounts" in bulk.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Compte piraté", "Je pense que le compte de Sarah Lee a été piraté. Merci de fermer toutes ses sessions."),
    ("Account gehackt", "Ik denk dat het account van Sarah Lee gehackt is. Meld haar alsjeblieft af bij alle sessies."),
])
def test_a_compromised_colleague_is_signed_out_not_the_writer(subject, body):
    result = triage(subject, body)
    assert {i["target_name"] for i in result.intents} == {"Sarah Lee"}


@pytest.mark.parametrize(("subject", "body"), [
    ("Billing Team", "Können Sie Sarah Lee ins Billing Team aufnehmen? Sie hilft beim Monatsabschluss."),
    ("Billing Team", "¿Podéis meter a Sarah Lee en el Billing Team? Nos ayuda con el cierre de mes."),
    ("Billing Team", "Kunnen jullie Sarah Lee in het Billing Team zetten? Ze helpt met de maandafsluiting."),
    ("Billing Team", "Pouvez-vous mettre Sarah Lee dans le Billing Team ? Elle aide pour la clôture du mois."),
])
def test_putting_someone_in_a_team_named_without_the_word_group_is_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership" and not result.needs_human, result.reason
    assert [(i["kind"], i["target_name"], i["object"]) for i in result.intents] == [
        ("add_to_group", "Sarah Lee", "Billing Team")]


@pytest.mark.parametrize(("subject", "body"), [
    ("Finance-Readers", "Bitte fügen Sie mich und Alex Wilber zur Gruppe Finance-Readers hinzu, damit wir beide die "
                        "Quartalsberichte öffnen können."),
    ("Finance-Readers", "Por favor, añadidnos a mí y a Alex Wilber al grupo Finance-Readers para que los dos podamos "
                        "ver los informes."),
    ("Finance-Readers", "Willen jullie mij en Alex Wilber toevoegen aan de groep Finance-Readers?"),
    ("Finance-Readers", "Merci d'ajouter Alex Wilber et moi-même au groupe Finance-Readers."),
])
def test_me_and_a_colleague_are_two_intents_for_the_same_group(subject, body):
    result = triage(subject, body)
    assert not result.needs_human, result.reason
    assert [(i["target_name"], i["object"]) for i in result.intents] == [
        ("", "Finance-Readers"), ("Alex Wilber", "Finance-Readers")] or [
        (i["target_name"], i["object"]) for i in result.intents] == [("Alex Wilber", "Finance-Readers"),
                                                                        ("", "Finance-Readers")]


def test_a_group_named_after_its_noun_wins_over_an_unrelated_place():
    result = triage("VPN für zwei", "Wir arbeiten nächste Woche beide von zu Hause: Bitte fügen Sie mich und "
                                    "Laura Callahan der Gruppe VPN Users hinzu.")
    assert {i["object"] for i in result.intents} == {"VPN Users"}


@pytest.mark.parametrize(("subject", "body", "wanted"), [
    ("Senden als", "Bitte geben Sie Sarah Lee das Recht Senden als (Send As) für billing@contoso.example. Lesen muss "
                   "sie das Postfach nicht.", [("grant_mailbox_access", "Sarah Lee", "billing@contoso.example")]),
    ("Send As", "Alex Wilber ya no envía las facturas. Por favor, retiradle el permiso Send As (enviar como) sobre "
                "billing@contoso.example.", [("revoke_mailbox_access", "Alex Wilber", "billing@contoso.example")]),
    ("Boîte", "Diego Siciliani a rejoint l'équipe de l'entrepôt. Merci de retirer son accès complet à la boîte "
              "frontdesk@contoso.example.", [("revoke_mailbox_access", "Diego Siciliani", "frontdesk@contoso.example")]),
    ("Paralegals", "Laura Callahan unterstützt jetzt die Paralegals. Bitte fügen Sie sie der Gruppe Paralegals hinzu.",
     [("add_to_group", "Laura Callahan", "Paralegals")]),
    ("Estimating", "Priya Shah arbeitet ab Montag bei den Kalkulationen mit. Bitte fügen Sie sie der Gruppe Estimating "
                   "(estimating@fabrikam.example) hinzu.", [("add_to_group", "Priya Shah", "estimating@fabrikam.example")]),
    ("Sitzungen", "Janet Leverling hat ihr Tablet im Zug verloren. Bitte melden Sie sie sofort von allen Sitzungen ab.",
     [("revoke_sessions", "Janet Leverling", "")]),
    ("Lizenz", "Bitte weisen Sie Laura Callahan eine Microsoft 365 E3 Lizenz zu.",
     [("assign_license", "Laura Callahan", "Microsoft 365 E3")]),
    ("Alex", "Merci d'ajouter Alex Wilber au groupe Finance-Readers et de lui attribuer aussi une licence Visio.",
     [("assign_license", "Alex Wilber", "Visio"), ("add_to_group", "Alex Wilber", "Finance-Readers")]),
])
def test_each_part_names_its_person_and_object_in_every_language(subject, body, wanted):
    result = triage(subject, body)
    assert not result.needs_human, result.reason
    assert sorted((i["kind"], i["target_name"], i["object"]) for i in result.intents) == sorted(wanted)


def test_a_colleagues_phishing_report_naming_the_person_is_a_sign_out_and_reset():
    result = triage("Phishing", "Priya Shah clicked a phishing link and typed her password. Please sign her out "
                                "everywhere and reset her password.")
    assert {(i["kind"], i["target_name"]) for i in result.intents} == {
        ("revoke_sessions", "Priya Shah"), ("reset_password", "Priya Shah")}


@pytest.mark.parametrize(("subject", "body"), [
    ("FW: Unusual sign-in activity", "We detected something unusual about a recent sign-in to your account. "
                                     "If this wasn't you, please reset your password and sign out everywhere."),
    ("Phishing?", "I think I clicked a phishing link, please reset my password."),
])
def test_an_alert_or_the_writers_own_phishing_scare_goes_to_a_person(subject, body):
    result = triage(subject, body)
    assert result.needs_human


# Holdout56 (a port operator's), in our own sentences: a wish to understand said instead of asked ("I'd like to
# understand the rules") is a question without its mark (tickets/triage/questions.py).
@pytest.mark.parametrize(("subject", "body"), [
    ("password rules", "The new-password screen keeps saying 'complexity not met'. I'd like to understand the rules "
                       "for the first change after a reset, nothing else is wrong."),
    ("Kennwortregeln", "Ich möchte verstehen, welche Regeln für das Kennwort nach dem Zurücksetzen gelten."),
    ("règles", "Je voudrais comprendre les règles du mot de passe après une réinitialisation."),
    ("reglas", "Quisiera entender las reglas de la contraseña después de un restablecimiento."),
    ("regels", "Ik wil begrijpen welke regels gelden voor het wachtwoord na een reset."),
])
def test_a_wish_to_understand_the_rules_is_a_question(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # The wish to understand beside a reset asked in so many words.
    ("password", "I'd like to understand the rules, but first please reset my password, I'm locked out of it.",
     "password_reset"),
    # The writer's own trouble, said as a wish to know: still a lock to clear.
    ("locked", "I'd like to know why my account is locked every morning. Please unlock it.", "account_unlock"),
])
def test_a_wish_to_understand_beside_a_request_stays_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason
