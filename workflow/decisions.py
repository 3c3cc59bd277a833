"""The one re-decision function: verify, `decide()`, store the decision.

Every event that can change what an action may do comes through `redecide`: triage planning a new
ticket, the target's manager confirming, a technician editing an action, a tenant being paused. No other
module calls the verification or the policy engine, so no path can reach the vendor on a decision that
skipped the safety floor (the import-linter contract in .importlinter and tests/workflow keep it so).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from approvals.kill_switch import check_burst, check_refusals
from approvals.policy import Decision, decide, legacy_flags
from approvals.verification import people_to_read, resolve_action, verify_actions
from audit.services import unit_of_work
from playbooks.choices import DecisionMode
from playbooks.models import Action
from playbooks.services import canonicalise_action, save_carried_decision, store_decision
from rallied.actors import Actor
from rallied.connectors import IdentityConnector
from rallied.connectors.snapshot import prefetch_users, reads_once
from tenants.licences import LicenceCatalogue
from tenants.selectors import connector_for, identity_connection, why_cannot_run
from tickets.models import Ticket
from tickets.reads import TICKET_WITH_TENANT
from tickets.services import save_verification


def identity_provider(ticket: Ticket) -> IdentityConnector | None:
    connection = identity_connection(ticket.tenant)
    return connector_for(connection) if connection is not None else None  # type: ignore[return-value]


def directory_snapshot(ticket: Ticket) -> IdentityConnector | None:
    """The tenant's identity provider as one step of this ticket reads it: each user once (rallied/connectors/
    snapshot.py). A step is one worker's task; the executor's write is another, which reads afresh."""
    idp = identity_provider(ticket)
    return reads_once(idp) if idp is not None else None


def redecide(*, ticket: Ticket, actions: list[Action], actor: Actor, confirmed_by: Any = None,
             reason: str = "", edited_from: dict[int, tuple[str, ...]] | None = None,
             directory: IdentityConnector | None = None,
             then: Callable[[dict[int, Decision]], object] | None = None) -> dict[int, Decision]:
    """Verify the requester for `actions`, decide each under the floor and the policy, and store the decision.

    `confirmed_by` is a confirmed ManagerConfirmation (its proof counts); `reason` says what caused the new
    decision and is kept with it. `edited_from` marks actions a technician just edited, with the floor flags of
    the version before the edit (approvals.policy._rule_edit). `directory` is the step's `directory_snapshot` when
    the step read the directory before deciding (planning resolved a named colleague): the decision reads nobody a
    second time. Moving each action to where its decision leads is the caller's step: `then(decisions)`, when
    given, makes it in the same commit as the decisions (one commit instead of two, issue 17; nothing calls a
    vendor between them), before the refusals are counted.
    """
    # A burst pauses the tenant before anything of this ticket is decided, so the pause applies to it too.
    check_burst(tenant=ticket.tenant)
    # One read per user for this step: planning's lookups, the target's resolution and the requester's verification
    # ask for the same people; the executor reads again right before its write.
    idp = directory if directory is not None else directory_snapshot(ticket)
    # The people it needs are known before it starts: read together, not one after another.
    prefetch_users(idp, people_to_read(ticket, actions))
    # Each target, group and mailbox becomes the directory object it names before the floor reads it, and the
    # action keeps the canonical spelling: connectors are handed nothing else (approvals/verification/identity.py).
    resolutions = {}
    licences = LicenceCatalogue(idp)  # read once for this ticket's actions, fresh at every decision
    for action in actions:
        resolution = resolve_action(tenant=ticket.tenant, kind=action.kind, target=action.target,
                                    params=action.params, idp=idp, licences=licences)
        canonicalise_action(action=action, actor=actor, target=resolution.target, params=resolution.params,
                            notes=resolution.notes)
        resolutions[action.pk] = resolution
    contexts, summary = verify_actions(ticket=ticket, actions=actions, idp=idp, confirmed_by=confirmed_by,
                                       resolutions=resolutions)
    # An edited version (version > 1) is never decided autonomous again, whatever re-decides it later; at the
    # edit itself, the floor flags of the version before say what the edit brought in.
    for action in actions:
        if action.pk in (edited_from or {}):
            contexts[action.pk] = replace(contexts[action.pk], edited=True,
                                          flags_before_edit=tuple(edited_from[action.pk]))  # type: ignore[index]
        elif action.version > 1:
            contexts[action.pk] = replace(contexts[action.pk], edited=True, flags_before_edit=tuple(action.flags or ()))
        # The stack's capability, asked again at every decision: the plan left out what it cannot run, and an edit
        # (a new kind or target) must not bring it back (approvals.policy._rule_capability refuses it).
        gap = why_cannot_run(ticket.tenant, action.kind, action.params)
        if gap:
            contexts[action.pk] = replace(contexts[action.pk], capability_gap=gap)
    decisions = {action.pk: decide(action.kind, action.target, contexts[action.pk]) for action in actions}
    if confirmed_by is not None:  # what let an action run on its own is said first: the manager's proof
        proof = f"Confirmed by the manager {confirmed_by.manager_name} through a signed one-time link."
        decisions = {pk: replace(d, reasons=(proof, *d.reasons)) if d.mode == DecisionMode.AUTONOMOUS else d
                     for pk, d in decisions.items()}
    with unit_of_work():
        save_verification(ticket=ticket, actor=actor, verification=summary)
        # With `then`, each decision rides on the move it leads to (one update per action, not two, issue 17).
        for action in actions:
            store_decision(action=action, actor=actor, decision=decisions[action.pk], reason=reason,
                           carried=then is not None)
        if then is not None:
            then(decisions)
            for action in actions:  # one that `then` did not move keeps its decision all the same
                save_carried_decision(action)
    # Refusals are counted once stored, so the attempt that completes a burst raises the alert itself.
    check_refusals(tenant=ticket.tenant)
    return decisions


def redecide_edited_action(*, action: Action, actor: Actor) -> Decision:
    """A technician's edit made a new version of a waiting action: decide it again before any approval counts.

    Called by approvals.services.edit_action inside the approval's transaction, with the new params and target
    already on `action` and its stored decision still the old version's; a refusal there rolls the edit back.
    The requester is verified again for the NEW target (verify_actions reads action.target).
    """
    ticket = TICKET_WITH_TENANT.get(pk=action.ticket_id)
    before = action.flags if action.flags is not None else legacy_flags(action.reasons or [])
    return redecide(ticket=ticket, actions=[action], actor=actor, edited_from={action.pk: tuple(before)},
                    reason=f"edited by {getattr(actor, 'get_username', lambda: actor)()}")[action.pk]
