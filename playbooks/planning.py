"""What a ticket's plan would be, without writing anything: per intent, the actions to create or why there are none.

Each intent of a ticket becomes actions or a stated reason (IntentPlan.Status): `unsupported` (the tenant's identity
connector lacks the kind, its `supports`), `out_of_scope` (no service account of the tenant may do it), `missing`
(the ticket does not say which account, group, mailbox or licence). A kind the tenant's stack cannot run is never
planned (tenants/selectors.capability_gap), so it is never sent to a technician, approved, or counted as "would
run" in plan mode. playbooks/services.plan_actions writes what this returns; the backtest reads it for unsaved
tickets.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field, replace
from typing import Any

from playbooks.devices import leaver_devices
from playbooks.models import IntentPlan, Playbook, PlaybookStep
from playbooks.offboarding import rest_of_sequence
from playbooks.onboarding import (
    copied_access,
    device_steps,
    onboarding_values,
    step_items,
    technician_steps,
    with_details,
)
from playbooks.selectors import STEPS_OF_CHOSEN, chosen_playbooks
from rallied.intents import CATEGORY_OF, Intent, legacy_intents
from rallied.task_cache import remembered
from tenants.licences import LICENCE_KINDS, LicenceCatalogue, catalogue_for, resolve_licence_params
from tenants.selectors import capability_gap, identity_connection, leaver_facts, unknown_object
from tickets.models import Ticket
from tickets.triage.about import means_requester, unnamed_problem
from tickets.triage.forwarding import forwarding_asked
from tickets.triage.text import clean

Status = IntentPlan.Status


@dataclass(frozen=True)
class PlannedAction:
    """One action to create: its kind, filled parameters, and the part of its idempotency key after the ticket."""

    kind: str
    params: dict[str, Any]
    key: str


@dataclass(frozen=True)
class Gap:
    """A part of an intent Rallied will not plan: the action kind (or the intent's), a Status code and why."""

    kind: str
    code: str
    reason: str
    target: str = ""
    params: dict[str, Any] = field(default_factory=dict)  # what the step would have been given, when known

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "code": self.code, "reason": self.reason, "target": self.target,
                "params": {k: v for k, v in self.params.items() if k != "target"}}


@dataclass(frozen=True)
class IntentDraft:
    """The plan for one intent: the actions that can run, and the parts left to a technician."""

    index: int
    kind: str
    target: str
    text: str
    actions: tuple[PlannedAction, ...]
    gaps: tuple[Gap, ...] = ()
    playbook: str = ""

    @property
    def status(self) -> str:
        return Status.PLANNED if self.actions else self.gaps[0].code

    @property
    def reason(self) -> str:
        return " ".join(g.reason for g in self.gaps)


def playbook_for(ticket: Ticket, category: str | None = None) -> Playbook | None:
    """The tenant's own playbook for the category, else the MSP default; disabled ones don't count.

    Configuration, so read once per task (rallied/task_cache.py): planning asks per intent, and again when it
    checks which kinds the playbook has steps for. A service lead's edit is seen by the next task."""
    category = category or ticket.category
    return remembered(("playbook_for", ticket.tenant_id, category), lambda: _read_playbook(ticket.tenant_id, category))


def _read_playbook(tenant_id: int, category: str) -> Playbook | None:
    steps = STEPS_OF_CHOSEN.all(tenant_id=tenant_id, category=category)
    if not steps:  # one with no steps is read as before (its queryset built only then: building it cost CPU)
        return chosen_playbooks(tenant_id, category).prefetch_related("steps").first()
    return _with_steps(steps[0].playbook, steps)


def _with_steps(playbook: Playbook, steps: list[PlaybookStep]) -> Playbook:
    """`playbook` holding `steps` as prefetch_related("steps") leaves them (Django's prefetch_one_level): callers
    iterate playbook.steps.all() without a query, and each step's playbook is this one."""
    for step in steps:
        step.playbook = playbook
    held = playbook.steps.all()
    held._result_cache, held._prefetch_done = steps, True
    playbook._prefetched_objects_cache = {"steps": held}
    return playbook


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        raise KeyError(key)


def fill(template: Any, values: dict[str, str]) -> Any:
    """A step's parameter template with the ticket's values put in; KeyError names the first value missing."""
    if isinstance(template, str):
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        if not names.issubset(values):
            missing = ", ".join(sorted(names - set(values)))
            raise KeyError(missing)
        return template.format_map(_Missing(values))
    if isinstance(template, dict):
        return {k: fill(v, values) for k, v in template.items()}
    return template


def template_values(ticket: Ticket) -> dict[str, str]:
    """What a step's templates may use: the requester and the entities triage found.

    `target` is the account triage named (resolved to an address before planning, tickets/targets.py), or the
    requester only when the ticket is about the requester: a named account that did not resolve, a colleague
    named by role or pronoun only, or a bulk request leaves it out, and the planner escalates.
    """
    entities = ticket.entities or {}
    values = {"requester": ticket.requester_email}
    if entities.get("target_user"):
        values["target"] = str(entities["target_user"]).lower()
    elif not entities.get("target_name") and not unnamed_problem(f"{ticket.subject}\n{ticket.body}"):
        values["target"] = ticket.requester_email.lower()
    for key in ("group", "mailbox", "license", "new_hire_name", "start_date", "leaver_name", "last_day"):
        if entities.get(key):
            values[key] = str(entities[key])
    return values


def _step_params(step: PlaybookStep, values: dict[str, str]) -> tuple[dict[str, Any] | None, str]:
    """(params, problem): the step's template filled from `values`, or why it cannot be."""
    try:
        params = fill(step.params_template or {"target": "{target}"}, values)
    except KeyError as missing:
        return None, f"The ticket does not say which {missing.args[0]} the '{step.kind}' step needs."
    if "target" not in params:
        if "target" not in values:
            return None, f"The ticket does not say whose account the '{step.kind}' step is for."
        params["target"] = values["target"]
    return params, ""


LICENCE_STATUSES = {Status.UNSUPPORTED, Status.MISSING, Status.AMBIGUOUS, Status.CATALOGUE}


def licence_gap(kind: str, params: dict[str, Any],
                licences: LicenceCatalogue | None) -> tuple[dict[str, Any], Gap | None]:
    """(params with each licence as its part number, None), or why the licence cannot be planned: not in the
    tenant's catalogue, or no free seat, with the numbers (tenants/licences.py). Checked when the plan is made, so
    nobody approves a licence the tenant does not have; `licences` None skips it (the backtest reads no vendor)."""
    if licences is None or kind not in LICENCE_KINDS:
        return params, None
    resolved = resolve_licence_params(kind=kind, params=params, catalogue=licences, target=str(params["target"]))
    if resolved.status == "ok":
        return resolved.params, None
    code = resolved.status if resolved.status in LICENCE_STATUSES else Status.CATALOGUE
    return params, Gap(kind, code, " ".join(resolved.problems), str(params["target"]), params)


def licence_also(kind: str, values: dict[str, str], licences: LicenceCatalogue | None, target: str) -> tuple[Gap, ...]:
    """Why a licence intent's licence could not be given either, beside a missing detail (whose account): the
    technician who picks it up learns both at once ("not a licence of this tenant", "no free seat") instead of
    finding the second after asking the requester the first. () when the licence itself is fine or not named."""
    if kind not in LICENCE_KINDS or licences is None:
        return ()
    params = {"target": target, "license": values.get("license", "")}
    if kind == "swap_license":
        params["new_license"] = values.get("new_license", "")
    _, gap = licence_gap(kind, params, licences)
    return (gap,) if gap is not None and gap.code != Status.MISSING else ()


def object_gap(ticket: Ticket, kind: str, params: dict[str, Any], read: bool) -> Gap | None:
    """A group or mailbox the tenant's directory does not have, as a `missing` part (tenants/selectors.unknown_object);
    None when it is there, or `read` is False (nothing asks a vendor: the backtest, a ticket handed over whole)."""
    reason = unknown_object(ticket.tenant, kind, params) if read else ""
    return Gap(kind, Status.MISSING, reason, str(params.get("target", "")), params) if reason else None


def playbook_draft(ticket: Ticket, *, index: int, kind: str, category: str, values: dict[str, str],
                   key_prefix: str = "", text: str = "", rights: tuple[str, ...] = (),
                   licences: LicenceCatalogue | None = None, read_directory: bool = False) -> IntentDraft:
    """An intent carried out by the tenant's playbook for `category`: its steps, each one the stack can run.

    A missing detail stops the whole intent (half a playbook on a guess is worse than a technician's whole one);
    a step the tenant's stack cannot run is left out and named, and the other steps still run.
    """
    target = values.get("target", "")
    playbook = playbook_for(ticket, category)
    if playbook is None:
        gap = Gap(kind, Status.UNSUPPORTED, f"No enabled playbook for category '{category}'.", target)
        return IntentDraft(index, kind, target, text, (), (gap,))
    actions: list[PlannedAction] = []
    gaps: list[Gap] = []
    for step in playbook.steps.all():
        params, problem = _step_params(step, values)
        missing_capability = capability_gap(ticket.tenant, step.kind)
        if missing_capability is not None:
            gaps.append(Gap(step.kind, missing_capability.code, missing_capability.reason, target, params or {}))
            continue
        if params is None:
            gaps = (Gap(kind, Status.MISSING, problem, target), *licence_also(step.kind, values, licences, target))
            return IntentDraft(index, kind, target, text, (), gaps, playbook.name)
        params, unavailable = licence_gap(step.kind, params, licences)
        unavailable = unavailable or object_gap(ticket, step.kind, params, read_directory)
        if unavailable is not None:
            gaps.append(unavailable)
            continue
        key = f"{key_prefix}step:{step.order}:{step.kind}"
        if OBJECT_KEY.get(step.kind) == "mailbox" and not params.get("rights"):
            if not rights:  # no default right: "access to billing@" is not FullAccess unless it says so
                return IntentDraft(index, kind, target, text, (), (Gap(kind, Status.MISSING, NO_RIGHTS, target),),
                                   playbook.name)
            actions.extend(PlannedAction(step.kind, {**params, "rights": r}, f"{key}:{r}") for r in rights)
        else:
            actions.append(PlannedAction(step.kind, params, key))
    return IntentDraft(index, kind, target, text, tuple(actions), tuple(gaps), playbook.name)


def onboarding_draft(ticket: Ticket, *, index: int, kind: str, values: dict[str, str], key_prefix: str = "",
                     text: str = "", licences: LicenceCatalogue | None = None) -> IntentDraft:
    """The onboarding intent as ordered actions and the steps left to a technician (playbooks/onboarding.py)."""
    values = onboarding_values(ticket, values)
    target = values.get("target", "")
    playbook = playbook_for(ticket, "onboarding")
    if playbook is None:
        return IntentDraft(index, kind, target, text, (),
                           (Gap(kind, Status.UNSUPPORTED, "No enabled playbook for category 'onboarding'.", target),))
    entities = ticket.entities or {}
    copied = copied_access(ticket, licences)
    actions: list[PlannedAction] = []
    gaps: list[Gap] = []
    for step in playbook.steps.all():
        for suffix, step_values in step_items(step, values, entities, copied):
            params, problem = _step_params(step, step_values)
            missing_capability = capability_gap(ticket.tenant, step.kind)
            if step.kind == "create_user" and (missing_capability is not None or params is None):
                reason = missing_capability.reason if missing_capability is not None else problem
                code = missing_capability.code if missing_capability is not None else Status.MISSING
                return IntentDraft(index, kind, target, text, (), (Gap(kind, code, reason, target),), playbook.name)
            if missing_capability is not None:
                gaps.append(Gap(step.kind, missing_capability.code, missing_capability.reason, target, params or {}))
                continue
            if params is None:
                gaps.append(Gap(step.kind, Status.MISSING, problem, target))
                continue
            params, unavailable = licence_gap(step.kind, with_details(step.kind, params, step_values), licences)
            if unavailable is not None:
                gaps.append(unavailable)
                continue
            if OBJECT_KEY.get(step.kind) == "mailbox" and not params.get("rights"):
                gaps.append(Gap(step.kind, Status.MISSING, f"{params.get('mailbox')}: {NO_RIGHTS}", target, params))
                continue
            key = f"{key_prefix}step:{step.order}:{step.kind}" + (f":{suffix.lower()[:60]}" if suffix else "")
            actions.append(PlannedAction(step.kind, params, key))
    gaps.extend(Gap(step_kind, code, reason, target)
                for step_kind, code, reason in technician_steps(ticket, values, copied=copied is not None))
    if actions and actions[0].kind == "create_user":  # the device is tagged for an account this ticket makes
        planned, handed = device_steps(ticket, target, read=licences is not None)
        actions += [PlannedAction("tag_device", params, f"{key_prefix}{key}") for params, key in planned]
        gaps += [Gap(step_kind, code, reason, target) for step_kind, code, reason in handed]
    return IntentDraft(index, kind, target, text, tuple(actions), tuple(gaps), playbook.name)


def offboarding_rest(ticket: Ticket, draft: IntentDraft, *, read_directory: bool = True,
                     licences: LicenceCatalogue | None = None) -> IntentDraft:
    """The offboarding playbook's draft with the rest of the standard sequence (playbooks/offboarding.py): each step
    the tenant's stack can do planned as an action, in order, every other named as a technician's step."""
    if not draft.actions or not draft.target:
        return draft
    playbook = playbook_for(ticket, "offboarding")
    kinds = {step.kind for step in playbook.steps.all()} if playbook is not None else set()
    prefix = f"intent:{draft.index}:" if draft.index else ""
    facts = leaver_facts(ticket.tenant, draft.target) if read_directory else None
    connection = identity_connection(ticket.tenant)
    vendor = connection.get_vendor_display() if connection is not None else ""
    skus = {s.sku_id: s.sku for s in (licences.skus() or [])} if licences is not None else {}

    def cannot(kind: str) -> str:
        gap = capability_gap(ticket.tenant, kind)
        return gap.reason if gap is not None else ""

    # The last step: each of the leaver's devices unassigned in the RMM (playbooks/devices.py).
    planned, handed, devices_handled = leaver_devices(ticket, draft.target, read=read_directory)
    steps, left = rest_of_sequence(draft.target, kinds | ({"unassign_device"} if devices_handled else set()), facts,
                                   vendor=vendor, cannot=cannot, sku_part=skus.get,
                                   forwarding_asked=forwarding_asked(_request_text(ticket)),
                                   forward_to=str((ticket.entities or {}).get("forward_to") or "") or None)
    actions = [*draft.actions, *(PlannedAction(step.kind, step.params, f"{prefix}{step.key}") for step in steps),
               *(PlannedAction("unassign_device", params, f"{prefix}{key}") for params, key in planned)]
    gaps = [*draft.gaps, *(Gap(kind, code, reason, draft.target) for kind, code, reason in left),
            *(Gap(kind, code, reason, draft.target) for kind, code, reason in handed)]
    return replace(draft, actions=tuple(actions), gaps=tuple(gaps))


def ticket_intents(ticket: Ticket) -> list[Intent]:
    """What the ticket asks for, in order: its stored intents, or the one its category and entities mean (a ticket
    triaged before intents were stored)."""
    if ticket.intents:
        return [Intent.from_dict(data) for data in ticket.intents]
    return legacy_intents(ticket.category, ticket.entities)


# Which template value an intent's `object` fills, per kind (the names the playbooks' templates use).
OBJECT_KEY = {"grant_mailbox_access": "mailbox", "revoke_mailbox_access": "mailbox", "add_to_group": "group",
              "remove_from_group": "group", "assign_license": "license", "remove_license": "license",
              "swap_license": "license"}
PLAYBOOK_KINDS = frozenset({"onboarding", "offboarding"})
NO_RIGHTS = ("The ticket does not say which mailbox rights are meant (Full Access, Send As or Send on Behalf); "
             "Rallied never assumes one.")


# Kinds that give the target access or a licence: the requester is never their target by default.
GRANTS = frozenset({"grant_mailbox_access", "add_to_group", "assign_license", "swap_license"})
# Kinds that change a person's account or sign-in: done to the wrong person, they lock out, sign out or reset someone
# who never asked. Neither are they the requester's by default.
ACCOUNT_CHANGES = frozenset({"reset_password", "unlock_account", "reset_mfa", "revoke_sessions", "offboarding",
                             "remove_from_group", "revoke_mailbox_access", "remove_license"})
# Every kind whose target falls back to the requester only when the ticket speaks in the first person.
FIRST_PERSON_ONLY = GRANTS | ACCOUNT_CHANGES


def intent_values(ticket: Ticket, intent: Intent, *, resolved: str = "", only: bool = False) -> dict[str, str]:
    """The template values for one intent: the ticket's own (requester, dates, names) with the intent's target and
    object in place of the ticket's. `resolved` is the address a named person resolved to (tickets/targets.py).

    The requester stands in for an intent that names nobody only when the ticket is about the requester, as for the
    ticket's one target (template_values); a person named without an address who did not resolve names nobody.
    The ticket's `only` intent, naming nobody itself ("add her to Paralegals"), is about the person the ticket
    names; with several intents that person may be another intent's, so it never stands in.
    """
    values = template_values(ticket)
    ticket_target = values.pop("target", None)
    named = bool((ticket.entities or {}).get("target_user"))  # an address the ticket gave, not a fallback
    if only and not intent.target and not intent.target_name:
        if ticket_target:
            values["target"] = ticket_target
    elif intent.target:
        values["target"] = intent.target.strip().lower()
    elif resolved:
        values["target"] = resolved.strip().lower()
    elif not intent.target_name and not unnamed_problem(f"{ticket.subject}\n{ticket.body}"):
        values["target"] = ticket.requester_email.lower()
    if (intent.kind in FIRST_PERSON_ONLY and not intent.target and not resolved and not (only and named)
            and values.get("target") == ticket.requester_email.lower()
            and not means_requester(intent.text, _request_text(ticket))):
        # The requester stands in only when the ticket speaks in the first person (the clause, or the ticket when a
        # clause like "añadirme al grupo" hides it) and the clause points at no one else: a colleague's name that
        # triage could not read ("Sarah Lee soll ... senden dürfen", "Meld Janet overal af") must not become a
        # grant to, or a sign-out, reset or unlock of, the requester.
        values.pop("target")
    key = OBJECT_KEY.get(intent.kind)
    if key:
        values.pop(key, None)
        if intent.object:
            values[key] = intent.object
    if intent.kind == "swap_license" and intent.new_object:
        values["new_license"] = intent.new_object
    return values


def _request_text(ticket: Ticket) -> str:
    """What the writer typed (subject and request), without the signature and quoted history: "Sent from my
    iPhone" or an old thread's "I" is not the writer speaking for themself in this ticket."""
    text = clean(ticket.subject or "", ticket.body or "")
    return f"{text.subject}\n{text.request}"


def _direct_params(intent: Intent, values: dict[str, str]) -> tuple[list[dict[str, Any]], str]:
    """(one params dict per action, problem): a directly asked kind is one action, or one per mailbox right asked
    for (each granted and removed on its own, so one that fails is not hidden by another that succeeded)."""
    if "target" not in values:
        return [], f"The ticket does not say whose account the '{intent.kind}' request is for."
    params: dict[str, Any] = {"target": values["target"]}
    key = OBJECT_KEY.get(intent.kind)
    if key:
        if key not in values and not (intent.kind == "swap_license" and "new_license" in values):
            return [], f"The ticket does not say which {key} the '{intent.kind}' request is about."
        # "Upgrade X to E3" names only the new licence: the licence check finds the one of its line X holds.
        params[key] = values.get(key, "")
    if intent.kind == "swap_license":
        if "new_license" not in values:
            return [], "The ticket does not say which licence to change to."
        params["new_license"] = values["new_license"]
    if key == "mailbox":
        if not intent.rights:
            return [params], NO_RIGHTS
        return [{**params, "rights": right} for right in intent.rights], ""
    return [params], ""


def _switched_off(ticket: Ticket, category: str) -> bool:
    """The service lead disabled the category's playbook (the tenant's own, or the MSP default with no own one):
    its requests are a technician's. A category without any playbook (a new one) is not switched off."""
    own = Playbook.objects.filter(category=category, tenant_id=ticket.tenant_id).values_list("enabled", flat=True)
    if own.exists():
        return not own.first()
    default = Playbook.objects.filter(category=category, tenant__isnull=True).values_list("enabled", flat=True)
    return default.first() is False


def direct_draft(ticket: Ticket, *, index: int, intent: Intent, values: dict[str, str],
                 licences: LicenceCatalogue | None = None, read_directory: bool = False) -> IntentDraft:
    """A directly asked kind: the tenant's playbook for its category when that playbook has a step of this kind
    (the tenant's own steps and templates), else one action of the kind. A category whose playbook the service
    lead disabled is a technician's, whatever the kind."""
    category = CATEGORY_OF[intent.kind]
    prefix = f"intent:{index}:" if index else ""
    playbook = playbook_for(ticket, category)
    if playbook is not None and any(step.kind == intent.kind for step in playbook.steps.all()):
        return playbook_draft(ticket, index=index, kind=intent.kind, category=category, values=values,
                              key_prefix=prefix, text=intent.text, rights=intent.rights, licences=licences,
                              read_directory=read_directory)
    target = values.get("target", "")
    if playbook is None and _switched_off(ticket, category):
        gap = Gap(intent.kind, Status.UNSUPPORTED, f"No enabled playbook for category '{category}'.", target)
        return IntentDraft(index, intent.kind, target, intent.text, (), (gap,))
    name = playbook.name if playbook is not None else ""
    all_params, problem = _direct_params(intent, values)
    gap = capability_gap(ticket.tenant, intent.kind)
    if gap is not None:
        params = all_params[0] if all_params else {}
        return IntentDraft(index, intent.kind, target, intent.text, (),
                           (Gap(intent.kind, gap.code, gap.reason, target, params),), name)
    if problem:
        gaps = (Gap(intent.kind, Status.MISSING, problem, target),
                *licence_also(intent.kind, values, licences, target))
        return IntentDraft(index, intent.kind, target, intent.text, (), gaps, name)
    all_params, unavailable = _licences_of(intent.kind, all_params, licences)
    unavailable = unavailable or object_gap(ticket, intent.kind, all_params[0], read_directory)
    if unavailable is not None:
        return IntentDraft(index, intent.kind, target, intent.text, (), (unavailable,), name)
    actions = tuple(PlannedAction(intent.kind, params, f"intent:{index}:{intent.kind}"
                                  + (f":{params['rights']}" if "rights" in params else ""))
                    for params in all_params)
    return IntentDraft(index, intent.kind, target, intent.text, actions, (), name)


def _licences_of(kind: str, all_params: list[dict[str, Any]],
                 licences: LicenceCatalogue | None) -> tuple[list[dict[str, Any]], Gap | None]:
    checked = []
    for params in all_params:
        params, unavailable = licence_gap(kind, params, licences)
        if unavailable is not None:
            return all_params, unavailable
        checked.append(params)
    return checked, None


def plan_drafts(ticket: Ticket, *, resolved: dict[int, str] | None = None, unresolved: dict[int, str] | None = None,
                read_licences: bool = True) -> list[IntentDraft]:
    """The ticket's plan, intent by intent, in the order asked.

    `resolved` maps an intent's index to the address its named person resolved to; `unresolved` to why the name
    did not resolve (that intent is a technician's, the others still run). Onboarding and offboarding run the
    tenant's playbook; a directly asked kind is one action (direct_draft).
    """
    resolved, unresolved = resolved or {}, unresolved or {}
    # The tenant's licences, read from its identity provider at most once for the whole plan (and only if asked).
    licences = catalogue_for(ticket.tenant) if read_licences else None
    drafts = []
    intents = ticket_intents(ticket)
    for index, intent in enumerate(intents):
        if index in unresolved:
            gap = Gap(intent.kind, Status.AMBIGUOUS, unresolved[index], intent.target_name)
            drafts.append(IntentDraft(index, intent.kind, intent.target_name, intent.text, (), (gap,)))
            continue
        values = intent_values(ticket, intent, resolved=resolved.get(index, ""), only=len(intents) == 1)
        if intent.kind == "onboarding":
            drafts.append(onboarding_draft(ticket, index=index, kind=intent.kind, values=values,
                                           key_prefix=f"intent:{index}:" if index else "", text=intent.text,
                                           licences=licences))
        elif intent.kind in PLAYBOOK_KINDS:
            draft = playbook_draft(ticket, index=index, kind=intent.kind, category=CATEGORY_OF[intent.kind],
                                   values=values, key_prefix=f"intent:{index}:" if index else "",
                                   text=intent.text, licences=licences)
            drafts.append(offboarding_rest(ticket, draft, read_directory=read_licences, licences=licences)
                          if intent.kind == "offboarding" else draft)
        else:
            drafts.append(direct_draft(ticket, index=index, intent=intent, values=values, licences=licences,
                                       read_directory=read_licences))
    return drafts


def plan_problem(drafts: list[IntentDraft]) -> str:
    """Why nothing of the ticket can be planned ('' when some action can): the escalation's reason."""
    if any(d.actions for d in drafts):
        return ""
    return " ".join(d.reason for d in drafts) or "Nothing in the ticket could be planned."


def handed_over_drafts(drafts: list[IntentDraft], why: str) -> list[IntentDraft]:
    """The plan of a ticket a technician takes whole before anything runs (triage was not sure enough of it):
    nothing is created, and every intent says what stopped it, its own gaps (the stack cannot, a detail missing)
    and, for each part that could have run, `why` the ticket went to a person instead (code `ambiguous`). So the
    note and the reply list each part as not done, with its reason, even when no action was ever made."""
    out = []
    for draft in drafts:
        gaps = [*draft.gaps, *(Gap(a.kind, Status.AMBIGUOUS, why, str(a.params.get("target", "")), a.params)
                               for a in draft.actions)]
        out.append(replace(draft, actions=(), gaps=tuple(gaps or [Gap(draft.kind, Status.AMBIGUOUS, why,
                                                                       draft.target)])))
    return out
