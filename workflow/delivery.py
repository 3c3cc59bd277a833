"""Who receives each one-time secret (a temporary password, a TAP): the one decision, made when a ticket resolves.

A secret goes only to the person whose account it opens, or to a manager the policy names who confirmed through the
signed link. Anyone else who asked (a colleague, an "assistant", whoever typed the ticket) gets a reply that says
whose account changed and that a technician will hand the secret over; the technician reveals it once from the
admin (tickets/views.handover_page), audited. So a reset approved for Diego on Alex's account never shows Diego
Alex's password, whatever the approval path was.

- requester: the requester is the account's owner AND the channel is bound to them: the PSA ticket the reply goes
  on is one Rallied opened for them or one whose contact the PSA says is them (tickets/psa.check_psa_ticket).
- manager: a confirmed ManagerConfirmation for that account whose policy names the manager as the channel
  (approvals/manager_link._secret_to_manager); the link is e-mailed to the manager.
- manager of a new hire: a new account's first password goes to the manager the onboarding set on it in the
  directory (its set_manager step succeeded); the new hire has no mailbox of their own to receive it yet, and a
  personal address from the ticket is never used.
- technician: everything else, a manager e-mail that could not be sent, and a lost phone without the manager's
  confirmation (approvals/identity.secret_needs_handover), even when the owner asked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from approvals.choices import ConfirmationStatus
from approvals.identity import secret_needs_handover
from approvals.manager_models import ManagerConfirmation
from approvals.notify import notify_staff
from audit.services import record
from playbooks.choices import ActionStatus
from playbooks.models import Action
from rallied.kept_queries import KeptQuery
from rallied.logs import log_ids
from tickets.models import OneTimeSecret, Ticket
from tickets.psa import check_psa_ticket
from tickets.secrets import hold_for_handover, link_for
from tickets.services import add_event

log = logging.getLogger("rallied.delivery")
ACTOR = "system:delivery"
REQUESTER, MANAGER, TECHNICIAN = "requester", "manager", "technician"


@dataclass(frozen=True)
class Delivery:
    """One secret and where it goes: `owner` is whose account it opens, `to` the address it is sent to."""

    secret_id: int
    label: str
    owner: str
    channel: str
    to: str = ""
    to_name: str = ""
    # The row as plan_deliveries read it (with its action), so the reply's facts need not read it again (issue 17).
    # Not part of a delivery's identity: two deliveries of the same secret to the same place are the same one.
    secret: OneTimeSecret | None = field(default=None, compare=False, repr=False)


def _same(a: str, b: str) -> bool:
    return bool(a) and a.strip().casefold() == b.strip().casefold()


def _confirmed(ticket: Ticket) -> list[ManagerConfirmation]:
    return list(ticket.manager_confirmations.filter(status=ConfirmationStatus.CONFIRMED))


def _manager_for(confirmed: list[ManagerConfirmation], owner: str) -> ManagerConfirmation | None:
    """Among the ticket's `confirmed` managers, this account's, when the policy made the manager the secret's
    channel."""
    return next((row for row in confirmed if row.deliver_secret_to_manager and _same(row.target, owner)), None)


def new_hire_manager(ticket: Ticket, action: Action) -> str:
    """The manager the onboarding set on this new account in the directory ('' when that step did not succeed)."""
    if action.kind != "create_user":
        return ""
    step = ticket.actions.filter(kind="set_manager", target__iexact=action.target, intent=action.intent,
                                 status=ActionStatus.SUCCEEDED, pk__gt=action.pk).order_by("-pk").first()
    return str(step.result.get("manager") or step.params.get("manager") or "") if step is not None else ""


def recipient(ticket: Ticket, action: Action, secret: OneTimeSecret, *, bound_to_requester: bool,
              may_have_reviews: bool = True) -> Delivery:
    """The one rule: owner through a channel bound to them, else the policy's verified manager, else a technician.

    `may_have_reviews`: False when no action of the ticket has an approval request (see _unreviewed). Nor then has
    it a confirmed manager: a manager is asked only alongside the approval requests, in their commit
    (workflow/lifecycle._route's `waiting`), so the confirmations are not read either (issue 17)."""
    owner = action.target
    boss = new_hire_manager(ticket, action)
    if boss:
        return Delivery(secret.pk, secret.label, owner, MANAGER, boss, secret=secret)
    # The ticket's confirmed managers, read once: the manager channel looks among them, and the hand-over rule asks
    # whether there is any (two reads of the same rows before, issue 17). None where no approval request is.
    confirmed = _confirmed(ticket) if may_have_reviews else []
    manager = _manager_for(confirmed, owner)
    if manager is not None:
        return Delivery(secret.pk, secret.label, owner, MANAGER, manager.manager_email, manager.manager_name,
                        secret=secret)
    # A lost phone that nothing proved out of band (no manager confirmation): never to the requester's channel,
    # whoever approved it (approvals/identity.py), the help-desk MGM move.
    if _same(owner, ticket.requester_email) and bound_to_requester and \
            not secret_needs_handover(ticket, confirmed=bool(confirmed), may_have_reviews=may_have_reviews):
        return Delivery(secret.pk, secret.label, owner, REQUESTER, ticket.requester_email, ticket.requester_name,
                        secret=secret)
    return Delivery(secret.pk, secret.label, owner, TECHNICIAN, secret=secret)


def _unreviewed(ticket: Ticket, actions: list[Action]) -> bool:
    """Whether `actions`, the ticket's current round's, are all the ticket has (its first round: no earlier round's
    actions) and were each read with its approval request (round_actions(with_approval=True)), none having one: no
    review of the ticket can then exist, for a review is of an approval request. Anything else: not known."""
    if ticket.round != 0 or ticket.round_started_at is not None:
        return False
    approval = Action.approval.related
    return all(approval.is_cached(a) and approval.get_cached_value(a) is None for a in actions)


# An action's secrets whose link is still to be sent: a.secrets' statement, read per action settled, its text kept.
_UNSENT: KeptQuery[OneTimeSecret] = KeptQuery(lambda action_id: OneTimeSecret.objects.filter(action=action_id)
                                              .filter(link_encrypted__gt="").order_by("pk"), action_id=int)


def _secrets_of(action: Action) -> list[OneTimeSecret]:
    secrets = _UNSENT.all(action_id=action.pk)
    for secret in secrets:
        secret.action = action  # as action.secrets gives them: each knows its action, no read
    return secrets


def plan_deliveries(ticket: Ticket, actions: list[Action]) -> list[Delivery]:
    """Where each of the ticket's undelivered secrets goes (reads only). `actions`: the round's actions
    (playbooks/selectors.round_actions)."""
    pending = [(a, s) for a in actions for s in _secrets_of(a)]
    if not pending:
        return []
    bound = check_psa_ticket(ticket).ok is True  # the reply goes on a PSA ticket whose contact is the requester
    # The hand-over rule's reviews are not read where none can exist (issue 17: a read per reset found none).
    reviews = not _unreviewed(ticket, actions)
    return [recipient(ticket, action, secret, bound_to_requester=bound, may_have_reviews=reviews)
            for action, secret in pending]


def deliver_secrets(ticket: Ticket, actions: list[Action]) -> list[Delivery]:
    """Send or set aside each secret as `plan_deliveries` says; the reply carries only the requester's own links."""
    done = []
    for delivery in plan_deliveries(ticket, actions):
        if delivery.channel == REQUESTER:  # its link goes in the reply: nothing to send or hold, nothing to read
            done.append(delivery)
            continue
        secret = OneTimeSecret.objects.select_related("ticket", "ticket__tenant").get(pk=delivery.secret_id)
        why = f"it was asked for by {ticket.requester_email or 'no known requester'}, not by its owner through a " \
              "channel bound to them"
        if delivery.channel == TECHNICIAN and secret_needs_handover(ticket):
            why = ("the requester said their phone or authenticator was lost and nothing proved who they are out "
                   "of band (no manager confirmation)")
        if delivery.channel == MANAGER and not _mail_manager(ticket, secret, delivery):
            delivery = replace(delivery, channel=TECHNICIAN, to="", to_name="")
            why = "the e-mail to the confirming manager could not be sent"
        if delivery.channel == TECHNICIAN:
            hold_for_handover(secret=secret, owner=delivery.owner, actor=ACTOR, why=why)
            notify_staff(tenant=ticket.tenant, subject=f"Ticket #{ticket.pk}: hand over a {secret.label.lower()}",
                         text=f"The {secret.label.lower()} for {delivery.owner} waits for a technician to hand it "
                              f"over to its owner: {settings.RALLIED_PUBLIC_URL.rstrip('/')}"
                              f"{reverse('secret-handover', args=[secret.pk])}",
                         topic="secret.handover", obj=ticket)
        done.append(delivery)
    return done


def _mail_manager(ticket: Ticket, secret: OneTimeSecret, delivery: Delivery) -> bool:
    confirmation = _manager_for(_confirmed(ticket), delivery.owner)
    template = "approvals/manager_secret_email.txt" if confirmation else "approvals/new_hire_secret_email.txt"
    body = render_to_string(template, {
        "c": confirmation, "owner": delivery.owner, "label": secret.label, "url": link_for(secret),
        "expires": secret.expires_at, "name": (delivery.to_name or "").split(" ")[0] or "there",
    })
    try:
        send_mail(f"{secret.label} for {delivery.owner}", body, settings.DEFAULT_FROM_EMAIL, [delivery.to])
    except Exception as exc:
        log.warning("secret link for ticket %s could not be mailed: %s", ticket.pk, type(exc).__name__,
                    extra=log_ids(ticket=ticket))
        return False
    OneTimeSecret.objects.filter(pk=secret.pk).update(link_encrypted="")
    record(actor=ACTOR, verb="secret_link.sent", obj=ticket, tenant=ticket.tenant,
           details={"to": delivery.to, "label": secret.label, "secret": secret.pk, "owner": delivery.owner})
    add_event(ticket=ticket, actor=ACTOR, kind="secret.delivered",
              message=f"The {secret.label.lower()} link went to the manager {delivery.to}.")
    return True


def hold_for_technician(ticket: Ticket, actions: list[Action], *, why: str) -> list[Delivery]:
    """Keep the secrets of actions that ran for a technician to hand over, when the ticket is handed over instead
    of resolved (a part of it was left to a person): only the done reply carries a one-time link, and a ticket
    escalated with a password reset done must not leave that password with nobody to deliver it."""
    held = []
    for action in actions:
        boss = new_hire_manager(ticket, action)
        for secret in action.secrets.filter(link_encrypted__gt="").order_by("pk"):
            # A new hire's first password goes to their manager even when another step of the onboarding was left
            # to a technician: the account exists and the manager is the one the directory now names.
            to_manager = Delivery(secret.pk, secret.label, action.target, MANAGER, boss)
            if boss and _mail_manager(ticket, secret, to_manager):
                held.append(to_manager)
                continue
            hold_for_handover(secret=secret, owner=action.target, actor=ACTOR, why=why)
            notify_staff(tenant=ticket.tenant, subject=f"Ticket #{ticket.pk}: hand over a {secret.label.lower()}",
                         text=f"The {secret.label.lower()} for {action.target} waits for a technician to hand it "
                              f"over to its owner: {settings.RALLIED_PUBLIC_URL.rstrip('/')}"
                              f"{reverse('secret-handover', args=[secret.pk])}",
                         topic="secret.handover", obj=ticket)
            held.append(Delivery(secret.pk, secret.label, action.target, TECHNICIAN))
    return held
