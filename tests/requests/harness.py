"""Drive one acceptance row through the real pipeline on the sandbox, then judge it from what the vendors show.

The row's tenant is live with the loosest autonomy policy (the safety floor still applies), and a technician approves
whatever is put to them, as a busy help desk would: so every part that CAN run does, and what is left is what Rallied
itself handed over. The verdict is read from the sandbox's state (effects.py) and the PSA's customer-visible notes,
never from Rallied's own records alone: every intent expected done changed the vendor for the right person and object,
nothing else changed, nothing expected handed over happened, and no reply words as done anything that did not run.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.template.loader import render_to_string

from playbooks.choices import ActionStatus
from tenants.licences import licence_name
from tenants.models import ServiceAccount, Tenant
from tests.requests import effects
from tests.requests.spec import Row, Want
from tests.targets.helpers import approve_as_technician
from tests.trust.helpers import loosest_policies, submit
from tests.workflow.reply_helpers import HANDED_OVER_HEADER, psa_replies
from tickets.models import Ticket
from tickets.triage.language import guess_language
from workflow.models import RequesterReply
from workflow.replies.facts import with_rights

PSA_OF = {"contoso": "connectwise", "northwind": "autotask", "fabrikam": "halopsa"}
LICENCE_PARAMS = ("license", "new_license")  # worded by the product's name in replies (workflow/replies/facts.py)
APPROVAL_ROUNDS = 6  # a ticket's actions may come to a technician in turns (a later one after an earlier ran)


@dataclass
class Run:
    row: Row
    ticket: Ticket
    before: effects.Snapshot
    after: effects.Snapshot
    replies: list[str]
    approvals: int = 0
    problems: list[str] = field(default_factory=list)


def prepare(row: Row, sandbox: Any) -> None:
    tenant = Tenant.objects.get(slug=row.slug)
    if tenant.mode != Tenant.Mode.LIVE:
        tenant.mode = Tenant.Mode.LIVE
        tenant.save(update_fields=["mode"])
    loosest_policies(row.slug)
    for fact in row.given:
        if fact[0] == "scope_without":
            for account in ServiceAccount.objects.filter(tenant=tenant):
                account.allowed_kinds = [k for k in account.allowed_kinds if k != fact[1]]
                account.save(update_fields=["allowed_kinds"])
    effects.give(sandbox, row.slug, row.given)


def drive(row: Row, sandbox: Any) -> Run:
    prepare(row, sandbox)
    before = effects.snapshot(sandbox, row.slug)
    ticket = submit(row.slug, row.requester, row.subject, row.body, name=row.name, external_id=f"acc-{row.id}")
    approvals = 0
    for _ in range(APPROVAL_ROUNDS):
        waiting = list(ticket.actions.filter(status=ActionStatus.AWAITING_APPROVAL).order_by("pk"))
        if not waiting:
            break
        for action in waiting:
            approve_as_technician(action)
            approvals += 1
        ticket.refresh_from_db()
    ticket.refresh_from_db()
    replies = psa_replies(sandbox, PSA_OF[row.slug], ticket.psa_ticket_id) if ticket.psa_ticket_id else []
    return Run(row, ticket, before, effects.snapshot(sandbox, row.slug), replies, approvals)


# -- the verdict ----------------------------------------------------------------------------------------------------
def check_status(run: Run) -> None:
    if run.ticket.status != run.row.status:
        run.problems.append(f"ticket ended {run.ticket.status!r}, expected {run.row.status!r} "
                            f"(escalation reason: {run.ticket.escalation_reason[:300]!r})")


def check_intents(run: Run) -> None:
    stored = getattr(run.ticket, "intents", None)
    if stored is None:
        run.problems.append("the ticket keeps no intent list (issue 12: intents)")
        return
    got = Counter((i.get("kind"), tuple(i.get("rights") or ())) for i in stored)
    want = Counter((w.kind, w.rights) for w in run.row.wants)
    if got != want:
        run.problems.append(f"triage read intents {sorted(got.elements())}, expected {sorted(want.elements())}")


def check_vendor_state(run: Run) -> None:
    row, allowed = run.row, set()
    for want in row.wants:
        seen = effects.happened(want, row.slug, run.before, run.after)
        if want.done and not seen:
            run.problems.append(f"{want.kind} {want.target} {want.object} {want.rights}: no change at the vendor")
        if not want.done and seen:
            run.problems.append(f"{want.kind} {want.target} {want.object}: changed at the vendor but expected to be "
                                f"handed over ({want.outcome})")
        if want.done:
            allowed |= effects.entities(want, row.slug)
    stray = effects.changed(run.before, run.after) - allowed
    if stray:
        run.problems.append(f"changed at the vendor without being asked: {sorted(stray)}")


def _outcomes(ticket: Ticket) -> list[Any] | None:
    try:
        from playbooks.selectors import intent_outcomes  # issue 12, helper `planner`
    except ImportError:
        return None
    return list(intent_outcomes(ticket))


def _label(outcome: Any) -> str:
    """`done`, or the status with every reason code the plan gives (a part never planned carries a `code`)."""
    status = str(getattr(outcome, "status", ""))
    if status == "done":
        return "done"
    codes = [str(g.get("code", "")) for g in getattr(outcome, "gaps", ()) or ()]
    return ":".join([status, *codes, str(getattr(outcome, "reason", "") or "")])


def check_outcomes(run: Run) -> None:
    outcomes = _outcomes(run.ticket)
    if outcomes is None:
        run.problems.append("no per-intent outcome to read (issue 12: planner)")
        return
    got = Counter((str(getattr(o, "kind", "")), _label(o)) for o in outcomes)
    for want in run.row.wants:
        label = "done" if want.done else next(
            (lab for kind, lab in got if kind == want.kind and lab.startswith("handed_over") and want.outcome in lab
             and got[(kind, lab)] > 0), "")
        if got[(want.kind, label)] > 0:
            got[(want.kind, label)] -= 1
        else:
            run.problems.append(f"{want.kind} {want.target}: expected {want.outcome}, the plan says "
                                f"{sorted(k for k, n in got.items() if n and k[0] == want.kind)}")


def _done_sentence(language: str, row: dict[str, Any]) -> str:
    """How the reply words `row` as done, exactly as the reply would (rights worded through facts.with_rights)."""
    return render_to_string(f"tickets/replies/{language}/_done.txt", {"a": with_rights(row)}).strip()


def _action_row(run: Run, action: Any) -> dict[str, Any]:
    """An action as a reply's facts carry it (workflow/replies/facts._row)."""
    params = {k: licence_name(str(v)) if k in LICENCE_PARAMS else str(v)
              for k, v in (action.params or {}).items() if k != "target"}
    return {"kind": action.kind, "target": action.target, "own": action.target == run.row.requester,
            "params": params}


def _claims(run: Run) -> list[tuple[str, str]]:
    """(what, how the reply would word it as done) for every action that did not run and every want not done."""
    language = run.row.lang
    claims = []
    for action in run.ticket.actions.exclude(status=ActionStatus.SUCCEEDED):
        claims.append((f"action {action.kind} {action.target} ({action.status})",
                       _done_sentence(language, _action_row(run, action))))
    for want in run.row.wants:
        if not want.done:
            params = {"group": want.object, "mailbox": want.object, "license": licence_name(want.object),
                      "rights": ",".join(want.rights), "new_license": licence_name(want.new_object)}
            row = {"kind": want.kind, "target": want.target, "own": want.target == run.row.requester,
                   "params": params}
            claims.append((f"{want.kind} {want.target} {want.object}", _done_sentence(language, row)))
    return [(what, sentence) for what, sentence in claims if sentence]


def check_replies(run: Run) -> None:
    row = run.row
    stages = list(RequesterReply.objects.filter(ticket=run.ticket).order_by("pk").values_list("stage", flat=True))
    final = "done" if row.status == "resolved" else "escalated"
    if not stages or stages[-1] != final:
        run.problems.append(f"replies sent {stages}, expected the last to be {final!r}")
    if not run.replies:
        run.problems.append("no reply reached the requester in the PSA")
        return
    final = run.replies[-1]
    for action in run.ticket.actions.filter(status=ActionStatus.SUCCEEDED):
        sentence = _done_sentence(row.lang, _action_row(run, action))
        if sentence and sentence not in final:
            run.problems.append(f"the last reply does not list what was done: {sentence!r}")
    # Partly done: the reply lists the parts left to a technician (all of it handed over is the whole request).
    if any(w.done for w in row.wants) and row.status == "escalated" and HANDED_OVER_HEADER[row.lang] not in final:
        run.problems.append("the last reply does not list the parts a technician will do")
    for what, sentence in _claims(run):
        if any(sentence in reply for reply in run.replies):
            run.problems.append(f"a reply says done for {what}: {sentence!r}")
    guess = guess_language(run.replies[-1])
    if guess.code != row.lang:
        run.problems.append(f"the last reply reads as {guess.code!r}, the requester wrote {row.lang!r}")


def verdict(run: Run) -> list[str]:
    for check in (check_status, check_intents, check_vendor_state, check_outcomes, check_replies):
        check(run)
    return run.problems


def describe(run: Run) -> str:
    actions = [(a.kind, a.target, a.status) for a in run.ticket.actions.order_by("pk")]
    return (f"row {run.row.id}: " + "; ".join(run.problems) + f"\n  actions: {actions}\n  category: "
            f"{run.ticket.category}  approvals: {run.approvals}\n  last reply: {(run.replies or [''])[-1][:400]!r}")


def wants_text(wants: tuple[Want, ...]) -> str:
    return ", ".join(f"{w.kind}({w.target.split('@')[0]}{', ' + w.object if w.object else ''}) -> {w.outcome}"
                     for w in wants)
