"""A grant, or a change to an account or sign-in, goes to the requester only when they ask in the first person."""

import pytest

from playbooks.planning import intent_values
from rallied.intents import Intent
from tickets.models import Ticket

MEGAN = "megan.bowen@contoso.example"


def values_for(body: str, intent: Intent) -> dict[str, str]:
    ticket = Ticket(requester_email=MEGAN, subject="Mailbox", body=body, entities={})
    return intent_values(ticket, intent, only=True)


@pytest.mark.parametrize("body", [
    "Sarah Lee soll im Auftrag von billing@contoso.example senden dürfen (Send on Behalf).",
    "Sarah Lee doit pouvoir envoyer de la part de billing@contoso.example.",
    "Please set up Send As on billing@contoso.example for the new coordinator.",
])
def test_a_grant_for_someone_triage_could_not_name_is_not_given_to_the_requester(body):
    intent = Intent(kind="grant_mailbox_access", object="billing@contoso.example", rights=("SendOnBehalf",),
                    text=body)
    assert "target" not in values_for(body, intent)  # the planner hands it over as "does not say whose"


@pytest.mark.parametrize("body", [
    "Please give me Send As on billing@contoso.example.",
    "Bitte gib mir Vollzugriff auf billing@contoso.example.",
    "Pouvez-vous me donner l'accès à billing@contoso.example ?",
    "Geef mij toegang tot billing@contoso.example.",
])
def test_a_requester_asking_for_themself_is_the_target(body):
    intent = Intent(kind="grant_mailbox_access", object="billing@contoso.example", rights=("FullAccess",), text=body)
    assert values_for(body, intent)["target"] == MEGAN


@pytest.mark.parametrize(("kind", "body"), [
    ("revoke_sessions", "Janet is haar tablet kwijtgeraakt in de trein. Meld Janet alsjeblieft overal af."),
    ("revoke_sessions", "Janet Leverling lost her tablet. I need you to sign her out of all sessions."),
    ("revoke_sessions", "Janet hat ihr Tablet verloren. Bitte melden Sie sie von allen Sitzungen ab."),
    ("revoke_sessions", "Janet a perdu sa tablette. Merci de fermer toutes ses sessions."),
    ("revoke_sessions", "Janet ha perdido su tableta. Por favor, cerrad todas sus sesiones."),
    ("reset_password", "Can you reset the password for the new coordinator in accounts?"),
    ("reset_password", "Pieter is zijn wachtwoord vergeten, kunnen jullie het resetten?"),
    ("unlock_account", "Account locked again after the weekend, please unlock."),
    ("reset_mfa", "Lost phone, MFA needs resetting."),
    ("offboarding", "Today is the last working day; disable the account tonight."),
])
def test_an_account_change_for_someone_triage_could_not_name_is_not_done_to_the_requester(kind, body):
    assert "target" not in values_for(body, Intent(kind=kind, text=body))  # handed over as "does not say whose"


@pytest.mark.parametrize(("kind", "body"), [
    ("revoke_sessions", "I left my laptop logged in at the conference. Please sign me out everywhere."),
    ("revoke_sessions", "Ik heb mijn laptop ingelogd laten liggen. Meld mij alsjeblieft overal af."),
    ("revoke_sessions", "J'ai laissé mon ordinateur connecté. Merci de fermer toutes mes sessions."),
    ("reset_password", "Könnt ihr bitte mein Passwort zurücksetzen?"),
    ("reset_password", "My password expired this morning, cannot get into Outlook."),
    ("unlock_account", "Me he quedado bloqueado, por favor desbloquead mi cuenta."),
])
def test_an_account_change_asked_in_the_first_person_is_the_requesters(kind, body):
    assert values_for(body, Intent(kind=kind, text=body))["target"] == MEGAN


def test_a_first_person_only_in_the_signature_is_not_the_writer_asking_for_themself():
    body = "Please sign out all sessions everywhere.\n\nSent from my iPhone"
    assert "target" not in values_for(body, Intent(kind="revoke_sessions", text="Please sign out all sessions everywhere."))


def test_an_address_the_ticket_gives_is_the_target_whatever_the_wording():
    body = "Please reset the password for megan.bowen@contoso.example."
    ticket = Ticket(requester_email=MEGAN, subject="Reset", body=body, entities={"target_user": MEGAN})
    assert intent_values(ticket, Intent(kind="reset_password", text=body), only=True)["target"] == MEGAN
