"""The planner's safety guard (issue 12): a ticket that names someone other than its writer for a password reset or
an unlock acts on that person only when the name is exactly one account of the directory; otherwise a technician
gets it, nothing runs and no secret is made for anyone. Never the writer in their place: a temporary password for
the requester instead of the account's owner is the bug the product's history warns about. The writer's own "my
password" is the writer's. In the five languages triage reads, with the writer speaking in the first person ("I
need", "ich brauche") to tempt the fallback."""

from __future__ import annotations

from typing import Any

import pytest

from playbooks.models import Action
from tests.helpers import customer_notes, psa_ticket, submit_ticket
from tickets.models import OneTimeSecret

MEGAN = "megan.bowen@contoso.example"  # the writer
ALEX = "alex.wilber@contoso.example"  # in the directory, once
IDP_KINDS = {"reset_password", "unlock_account", "reset_mfa"}

# Contoso's directory has no Laura and no Dave.
UNKNOWN = {
    "en-reset": ("Password", "Hi, I need you to reset Laura's password please, she can't sign in.\n\nMegan"),
    "en-unlock": ("Locked out", "Can you unlock Dave? I think he typed his password wrong too often.\n\nMegan"),
    "de-reset": ("Passwort", "Hallo, ich brauche ein neues Passwort für Laura, bitte zurücksetzen. Danke, Megan"),
    "de-unlock": ("Gesperrt", "Bitte das Konto von Dave entsperren, ich kann ihn sonst nicht arbeiten lassen."),
    "fr-reset": ("Mot de passe", "Bonjour, je vous demande de réinitialiser le mot de passe de Laura, merci."),
    "fr-unlock": ("Compte bloqué", "Pouvez-vous débloquer le compte de Dave ? Je n'arrive pas à l'aider."),
    "es-reset": ("Contraseña", "Hola, restableced la contraseña de Laura por favor, yo no sé hacerlo."),
    "es-unlock": ("Cuenta bloqueada", "Por favor, desbloquead la cuenta de Dave, yo no puedo hacerlo."),
    "nl-reset": ("Wachtwoord", "Hoi, ik wil graag dat jullie het wachtwoord van Laura resetten, ze kan niet inloggen."),
    "nl-unlock": ("Geblokkeerd", "Kunnen jullie het account van Dave ontgrendelen? Ik kan hem niet helpen."),
    "en-pronoun": ("Password", "Could you reset her password? I'm at the front desk with her now.\n\nMegan"),
    "en-pronoun-unlock": ("Locked", "Please unlock him, I need him on the phones in ten minutes.\n\nMegan"),
}
PRONOUN = {"en-pronoun", "en-pronoun-unlock"}
KNOWN = {
    "en": ("Password", "Hi, please reset Alex Wilber's password, he can't sign in.\n\nMegan"),
    "de": ("Passwort", "Hallo, bitte das Passwort von Alex Wilber zurücksetzen. Danke, Megan"),
    "fr": ("Mot de passe", "Bonjour, pouvez-vous réinitialiser le mot de passe de Alex Wilber ? Merci, Megan"),
    "es": ("Contraseña", "Hola, por favor restableced la contraseña de Alex Wilber. Gracias, Megan"),
    "nl": ("Wachtwoord", "Hoi, kunnen jullie het wachtwoord van Alex Wilber resetten? Bedankt, Megan"),
}
MINE = {
    "en": ("Password", "Hi, I forgot my password, could you reset it please? Thanks, Megan"),
    "de": ("Passwort", "Hallo, ich habe mein Passwort vergessen, bitte zurücksetzen. Danke, Megan"),
    "fr": ("Mot de passe", "Bonjour, j'ai oublié mon mot de passe, pouvez-vous le réinitialiser ? Merci, Megan"),
    "es": ("Contraseña", "Hola, he olvidado mi contraseña, ¿podéis restablecerla? Gracias, Megan"),
    "nl": ("Wachtwoord", "Hoi, ik ben mijn wachtwoord vergeten, kunnen jullie het resetten? Bedankt, Megan"),
}


def _identity_actions(ticket: Any) -> list[Action]:
    return list(Action.objects.filter(ticket=ticket, kind__in=IDP_KINDS))


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(UNKNOWN))
def test_a_named_colleague_the_directory_does_not_know_goes_to_a_technician(contoso_api: Any, sandbox: Any,
                                                                            case: str) -> None:
    before = sandbox.sandbox.state()["graph"]["contoso"]["users"][MEGAN]
    ticket = submit_ticket(contoso_api, f"guard-unknown-{case}", *UNKNOWN[case])
    assert ticket.status == "escalated", (case, ticket.status, ticket.category)
    if case in PRONOUN:  # no name at all: the writer's words point at someone else
        assert "which account is meant" in ticket.escalation_reason, ticket.escalation_reason
    else:  # read as the request it is, and handed over because the name is no one in the directory
        assert ticket.category in ("password_reset", "account_unlock"), (case, ticket.category)
        assert "No one named" in ticket.escalation_reason, ticket.escalation_reason
    # Nothing planned on anyone's account, in particular not on the writer's; nothing written; no secret made.
    assert not Action.objects.filter(ticket=ticket, target__iexact=MEGAN).exists()
    assert not [a for a in _identity_actions(ticket) if a.status not in ("planned", "blocked", "withdrawn")]
    assert sandbox.sandbox.writes("graph") == []
    assert sandbox.sandbox.state()["graph"]["contoso"]["users"][MEGAN] == before
    assert not OneTimeSecret.objects.filter(ticket=ticket).exists()
    replies = "\n".join(customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id))) if ticket.psa_ticket_id else ""
    assert "/s/" not in replies  # no one-time link went to the writer


@pytest.mark.django_db
@pytest.mark.parametrize("lang", sorted(KNOWN))
def test_a_named_colleague_who_is_one_account_is_the_target(contoso_api: Any, sandbox: Any, lang: str) -> None:
    ticket = submit_ticket(contoso_api, f"guard-known-{lang}", *KNOWN[lang])
    actions = _identity_actions(ticket)
    assert actions and {a.target for a in actions} == {ALEX}, (lang, ticket.status, ticket.escalation_reason)
    assert not Action.objects.filter(ticket=ticket, target__iexact=MEGAN).exists()
    # Whatever the policy decided (Megan is Alex's manager), no secret of Alex's is ever the writer's to open
    # unless delivered to its owner's channel; and Megan's own account is untouched.
    megan_id = sandbox.sandbox.state()["graph"]["contoso"]["users"][MEGAN]["id"]
    assert not [w for w in sandbox.sandbox.writes("graph") if megan_id in w["path"] or MEGAN in w["path"]]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", sorted(MINE))
def test_the_writers_own_password_is_the_writers(contoso_api: Any, sandbox: Any, lang: str) -> None:
    ticket = submit_ticket(contoso_api, f"guard-mine-{lang}", *MINE[lang])
    actions = _identity_actions(ticket)
    assert actions and {a.target.lower() for a in actions} == {MEGAN}, (lang, ticket.status, ticket.category,
                                                                      ticket.escalation_reason)
