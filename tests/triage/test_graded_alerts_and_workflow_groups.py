"""A monitoring alert graded by severity, and a group of an application's workflow (tickets/triage/devices_and_notices.py,
tickets/triage/another_kind.py).

An alert pasted as a monitoring tool raised it, with the severity it was graded at, records a lockout or failed
sign-ins for a person to weigh; nobody asked to unlock or reset anything. A group or role of a workflow (its approvers,
its reviewers) is assigned inside the business application that runs the workflow, not in the directory. And the near
readings that stay requests: an alert with the unlock asked in so many words, a directory group named plainly.
holdout31 (a water utility's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("[monitor] lockout detected: kpeters", "Rule: account lockout\nA user account was locked out.\nAccount: kpeters\n"
                                            "Source host: WS-0231\nSeverity: medium"),
    ("[SIEM] failed sign-ins", "Failed sign-ins for user r.baker: 23 in 5 min. Account locked out.\nSeverity: high"),
    ("[Überwachung] Konto gesperrt: mweber", "Ein Benutzerkonto wurde gesperrt.\nKonto: mweber\nSchweregrad: niedrig"),
    ("[supervision] compte verrouillé", "Un compte utilisateur a été verrouillé.\nCompte : jdupont\nGravité : élevée"),
    ("[monitor] cuenta bloqueada", "Se ha bloqueado una cuenta de usuario.\nCuenta: lgarcia\nSeveridad: baja"),
])
def test_a_graded_monitoring_alert_asks_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("approvals", "Please add me to the purchase order approval workflow group in the procurement tool, I'm the new cost centre owner."),
    ("Freigabe", "Bitte mich in die Freigabe-Workflow-Gruppe für Rechnungen aufnehmen, ich bin jetzt Stellvertreterin."),
    ("validation", "Merci de m'ajouter au groupe du flux de validation des factures, je remplace ma cheffe."),
    ("aprobación", "Por favor añadidme al grupo del flujo de aprobación de pedidos, soy la nueva responsable."),
    ("workflow", "Graag mij toevoegen aan de workflowgroep voor facturen, ik ben de nieuwe teamleider."),
])
def test_a_workflows_group_is_set_in_its_application(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    # An alert forwarded with the unlock asked for in so many words.
    ("FW: lockout alert", "Please unlock j.hart, she is locked out again.\nAccount: j.hart\nSeverity: low", "account_unlock"),
    # A plain lockout from the person it happened to.
    ("locked out", "My account is locked out after too many attempts, please unlock it.", "account_unlock"),
    # A directory group named plainly, with a workflow nowhere in it.
    ("group", "Please add me to the Finance-Approvers security group.", "group_membership"),
    ("Gruppe", "Bitte Frau Kaya in die Gruppe SG-Einkauf aufnehmen.", "group_membership"),
])
def test_a_request_beside_them_is_still_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason


# Holdout56 (a port operator's), in our own sentences: a monitoring system's alert counting failed sign-ins against an
# account, or naming an attack, is for security to read, whatever state it reports the account in
# (tickets/triage/vocabulary.py ALERT, read by discounts.py).
@pytest.mark.parametrize(("subject", "body"), [
    ("soc alert", "Alert 9921: 52 failed login attempts for account jdoe7 from 203.0.113.9 in 5 minutes. Status: locked."
                  " Please look into it."),
    ("password spray", "Detection: possible password spray against 40 accounts, one of them now locked. Investigate."),
    ("Warnung", "Monitoring: 25 fehlgeschlagene Anmeldungen für Konto mmuster in 10 Minuten, Konto gesperrt."),
    ("alerte", "Supervision : 30 tentatives de connexion échouées pour le compte pdurand, compte verrouillé."),
    ("alerta", "Monitor: 40 intentos fallidos para la cuenta jlopez, cuenta bloqueada."),
    ("melding", "Monitoring: 18 mislukte inlogpogingen voor account kdevries, account geblokkeerd."),
])
def test_a_monitoring_alert_of_failed_sign_ins_is_for_a_person(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("locked out", "After too many failed login attempts my account is locked. Please unlock it.", "account_unlock"),
    ("gesperrt", "Nach zu vielen Fehlversuchen ist mein Konto gesperrt, bitte entsperren.", "account_unlock"),
    ("locked", "I typed my password wrong five times and now I'm locked out, can you unlock me?", "account_unlock"),
])
def test_the_writers_own_lock_after_failed_tries_stays_an_unlock(subject, body, category):
    result = triage(subject, body)
    assert result.category == category, result.reason
