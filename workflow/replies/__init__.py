"""Replies to the requester, in their language, once per stage of their ticket.

When each is sent (the callers are workflow/lifecycle.py, escalation.py and manager_followup.py):
- received: the ticket will take time because it waits on the manager's confirmation of who asked;
- awaiting_approval: a technician has to approve an action first (once, even if the ticket waits again later);
- escalated: a person takes the ticket over; says what was already done, if anything;
- done: every action succeeded; says exactly what ran and where each one-time secret went.
A ticket resolved in seconds gets only the done reply; plan mode gets none (nothing reaches the requester there).

Each reply is claimed first (workflow/models.RequesterReply, unique per ticket, stage and round: a reopen or a new
request in the PSA starts the ticket's next round), so a step that runs again never posts a second copy. The words
come from templates/tickets/replies/<language>/<stage>.txt, or from Claude when the MSP configured an Anthropic key
and the draft passed its checks (workflow/replies/drafting.py).

The language is the one triage stored on the ticket (read from what the requester typed, without signatures, legal
footers or the quoted thread: tickets/triage/language.py). A ticket triaged before that was stored is read the same
way now; a language without templates falls back to English, the one every help desk here reads.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import timezone

from audit.services import record
from playbooks.models import Action
from rallied import crypto
from rallied.inserts import insert_unless_taken
from rallied.kept_updates import update_where
from rallied.logs import log_ids
from tenants.models import Tenant
from tickets.models import Ticket
from tickets.psa import write_back
from tickets.services import add_event
from tickets.triage.language import FALLBACK, LANGUAGES, ticket_language
from workflow.choices import ReplyStage, ReplyStatus
from workflow.delivery import Delivery
from workflow.models import RequesterReply
from workflow.replies.drafting import configured, draft_reply
from workflow.replies.facts import ReplyFacts, gather

log = logging.getLogger("rallied.replies")
ACTOR = "system:replies"
CLAUDE, TEMPLATE = "claude", "template"

__all__ = ["Prepared", "ReplyStage", "finish_reply", "prepare_reply", "render_template", "reply_language",
           "send_reply"]


@dataclass
class Prepared:
    row: RequesterReply
    text: str
    # How the row was stored (language, drafted_by, fallback_reason) before this reply was written; None: unknown.
    stored: tuple[str, str, str] | None = None

    @property
    def unsaved(self) -> bool:
        """Whether the row's language or drafting differ from what is stored (a caller keeping them saves then)."""
        return self.stored != (self.row.language, self.row.drafted_by, self.row.fallback_reason)


def reply_language(ticket: Ticket) -> str:
    """The language the requester's replies go out in: the one triage stored, else read now; English when neither
    is one Rallied writes."""
    stored = (ticket.language or "").strip().lower()
    language = stored if stored else ticket_language(ticket.subject, ticket.body)
    return language if language in LANGUAGES else FALLBACK


def render_template(facts: ReplyFacts) -> str:
    language = facts.language if facts.language in LANGUAGES else FALLBACK
    text = render_to_string(f"tickets/replies/{language}/{facts.stage}.txt", facts.context())
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _claim(ticket: Ticket, stage: str, language: str, *, round_read: bool = False) -> RequesterReply | None:
    """This stage's reply row for the ticket's current round, if no one has sent (or is sending) it already.

    A new row is stored with its language and as the template's, what most replies are: a reply written that way
    needs no update of its row afterwards (issue 17). It is inserted unless the stage's row for the round is there
    (one_reply_per_stage_and_round), in one statement and without a savepoint (rallied/inserts.insert_unless_taken).
    `round_read`: the caller's ticket holds its current round (see prepare_reply), not read again."""
    if not round_read:
        ticket.refresh_from_db(fields=["round", "round_started_at"])
    key = {"ticket": ticket, "stage": stage, "round": ticket.round}
    row = RequesterReply(**key, language=language, drafted_by=TEMPLATE)
    if insert_unless_taken(row):
        return row
    row = RequesterReply.objects.get(**key)
    # Only a reply the PSA did not take may go again; one posted, or being posted, never does.
    if RequesterReply.objects.filter(pk=row.pk, status=ReplyStatus.FAILED).update(status=ReplyStatus.CLAIMED):
        return row
    return None


def _secret_values(ticket: Ticket) -> list[str]:
    values = []
    for ciphertext in ticket.secrets.exclude(ciphertext="").values_list("ciphertext", flat=True):
        try:
            values.append(crypto.decrypt_text(ciphertext))
        except crypto.DecryptionError:
            continue
    return values


def _compose(ticket: Ticket, facts: ReplyFacts, row: RequesterReply) -> str:
    standard = render_template(facts)
    text, row.drafted_by, row.fallback_reason = standard, TEMPLATE, ""
    if configured():
        draft = draft_reply(facts, standard, _secret_values(ticket))
        if draft.text:
            text, row.drafted_by = draft.text, CLAUDE
        else:
            row.fallback_reason = draft.reason[:300]
            log.warning("ticket %s: the %s reply uses the template: %s", ticket.pk, facts.stage, draft.reason,
                        extra=log_ids(ticket=ticket))
            record(actor=ACTOR, verb="reply.draft_rejected", obj=ticket, tenant=ticket.tenant, outcome="fallback",
                   details={"stage": facts.stage, "language": facts.language, "reason": draft.reason[:300]})
    for placeholder, url in facts.urls.items():
        text = text.replace(placeholder, url)
    return text


def prepare_reply(*, ticket: Ticket, stage: str, deliveries: list[Delivery] | None = None,
                  waiting_on: str = "", round_actions: list[Action] | None = None,
                  round_read: bool = False) -> Prepared | None:
    """Claim the stage's reply and write it; None when it is not to be sent (plan mode, or sent already).
    `round_actions`: the round's actions the caller read (facts.gather). `round_read`: the ticket's round and its
    start are as the caller read them in this task, and cannot have moved since: a round moves only from resolved
    or planned (tickets.services.reopen_ticket), and the caller holds the ticket in writing_back, which its own
    write-back alone ends. Any other caller's ticket may be older than a reopen: its round is read again."""
    if ticket.tenant.mode != Tenant.Mode.LIVE:
        return None
    language = reply_language(ticket)
    row = _claim(ticket, stage, language, round_read=round_read)
    if row is None:
        return None
    stored = (row.language, row.drafted_by, row.fallback_reason)
    row.language = language
    facts = gather(ticket, stage, row.language, deliveries=deliveries, waiting_on=waiting_on,
                   round_actions=round_actions)
    return Prepared(row, _compose(ticket, facts, row), stored)


def finish_reply(prepared: Prepared | None, *, posted: bool, if_claimed: bool = False) -> None:
    """Store how the reply went, with its timeline row and audit event. `if_claimed`: only while the row is still
    claimed, in the same statement (for a caller holding the row it claimed, which is not read again, issue 17)."""
    if prepared is None:
        return
    row = prepared.row
    status = ReplyStatus.POSTED if posted else ReplyStatus.FAILED
    if if_claimed:
        now = timezone.now()
        if not update_where(RequesterReply, {"pk": row.pk, "status": ReplyStatus.CLAIMED}, {
                "status": status, "language": row.language, "drafted_by": row.drafted_by,
                "fallback_reason": row.fallback_reason, "updated_at": now}):
            return  # finished already, by another step
        row.status, row.updated_at = status, now
    else:
        row.status = status
        row.save(update_fields=["status", "language", "drafted_by", "fallback_reason", "updated_at"])
    ticket = row.ticket
    how = "drafted by Claude" if row.drafted_by == CLAUDE else "from the template"
    add_event(ticket=ticket, actor=ACTOR, kind="reply.posted" if posted else "reply.failed",
              message=f"The '{row.get_stage_display()}' reply ({row.language}, {how}) "
                      f"{'was posted' if posted else 'could not be posted'}.",
              data={"stage": row.stage, "language": row.language, "drafted_by": row.drafted_by})
    record(actor="ai:reply" if row.drafted_by == CLAUDE else ACTOR, verb="reply.posted" if posted else "reply.failed",
           obj=ticket, tenant=ticket.tenant, outcome="ok" if posted else "error",
           details={"stage": row.stage, "language": row.language, "drafted_by": row.drafted_by,
                    "fallback_reason": row.fallback_reason})


def send_reply(*, ticket: Ticket, stage: str, waiting_on: str = "") -> bool:
    """Post the stage's reply on the ticket's PSA ticket, once. True when this call posted it."""
    prepared = prepare_reply(ticket=ticket, stage=stage, waiting_on=waiting_on)
    if prepared is None:
        return False
    posted = write_back(ticket, reply=prepared.text)
    finish_reply(prepared, posted=posted)
    return posted
