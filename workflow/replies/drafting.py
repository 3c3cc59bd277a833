"""Claude writes the reply when an Anthropic key is configured: one forced tool call that returns the text.

Claude is given the facts (workflow/replies/facts.py) and the template's wording, nothing of the ticket's own text
(so nothing in it can steer the draft) and nothing secret: a one-time link is a placeholder that is swapped for the
real link only after the draft passed every check (workflow/replies/checks.py). Any failure (not configured, an
error or timeout, a refusal, no tool call, a failed check) returns None with the reason, and the template is sent.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings

from tickets.triage.language import LANGUAGES
from workflow.replies.checks import DraftRejected, check_draft
from workflow.replies.facts import ReplyFacts

log = logging.getLogger("rallied.replies")

TOOL_NAME = "write_reply"
MAX_TOKENS = 1200
DEFAULT_MODEL = "claude-sonnet-4-6"  # when RALLIED_LLM_MODEL names none (triage then stays on the rules)

REPLY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "text": {"type": "string", "description": "The whole reply, greeting to sign-off, as plain text."},
        "language": {"type": "string", "enum": list(LANGUAGES)},
    },
    "required": ["text", "language"],
    "additionalProperties": False,
}

SYSTEM_PROMPT = """You write short replies from an IT help desk to the person who opened a ticket.
Call the write_reply tool exactly once. Write as a friendly, competent person on the help desk, in plain text,
in the language given by `language` in the facts (en English, de German with "Sie", fr French with "vous",
es Spanish with "usted", nl Dutch with "je").

State only what the facts say, and all of it:
- `done` lists actions that really ran: say each one, naming the account. Never say anything else was done.
- `handed_over` lists parts of the request that were NOT done and that a technician will do: say each one.
- `waiting` lists actions that have NOT run yet; `waiting_on` says who must act first (a technician, or the
  manager listed in the directory confirming the request).
- For each entry in `links`, copy its placeholder (for example [LINK-1]) exactly once; it becomes a one-time link.
  Write no other link, web address or e-mail address that is not in the facts.
- For each entry in `elsewhere`, say that the temporary secret for that account was not sent in this reply and who
  hands it over (the manager named in `to`, or a technician).
- Never promise a time or a duration (no "within 5 minutes", no "today") unless the facts give it; `opens` is when
  the help desk opens again, in `time_zone`.
- Never write a password, code or token, and never ask for one.
End by telling them to reply to the ticket if they did not ask for this or want to add something, and sign as the
help desk of the standard wording. The standard wording is a correct reply: keep its facts, make it sound human."""


@dataclass(frozen=True)
class Draft:
    text: str | None
    reason: str = ""  # why there is no text (for the audit line; never the draft itself)


def configured() -> bool:
    """Drafting needs the MSP's Anthropic key; without it every reply is the template."""
    return bool(getattr(settings, "ANTHROPIC_API_KEY", None))


def _client() -> Any:
    import anthropic

    return anthropic.Anthropic(
        api_key=settings.ANTHROPIC_API_KEY,
        base_url=getattr(settings, "RALLIED_LLM_BASE_URL", None) or None,
        timeout=float(getattr(settings, "RALLIED_LLM_TIMEOUT", None) or 20.0),
        max_retries=int(getattr(settings, "RALLIED_LLM_MAX_RETRIES", None) or 2),
    )


def request_params(facts: ReplyFacts, standard: str) -> dict[str, Any]:
    payload = json.dumps(facts.public(), ensure_ascii=False, indent=1)
    return {
        "model": getattr(settings, "RALLIED_LLM_MODEL", None) or DEFAULT_MODEL,
        "max_tokens": MAX_TOKENS,
        "system": [{"type": "text", "text": SYSTEM_PROMPT, "cache_control": {"type": "ephemeral"}}],
        "tools": [{"name": TOOL_NAME, "description": "Send the reply to the requester.",
                   "input_schema": REPLY_SCHEMA}],
        "tool_choice": {"type": "tool", "name": TOOL_NAME},
        "messages": [{"role": "user", "content": f"<facts>\n{payload}\n</facts>\n<standard-wording>\n{standard}\n"
                                                 "</standard-wording>"}],
    }


def _tool_input(message: Any) -> dict[str, Any]:
    if getattr(message, "stop_reason", None) == "refusal":
        raise DraftRejected("the model refused")
    for block in getattr(message, "content", None) or []:
        if (getattr(block, "type", None) == "tool_use" and getattr(block, "name", None) == TOOL_NAME
                and isinstance(block.input, dict)):
            return block.input
    raise DraftRejected("the answer has no write_reply tool call")


def draft_reply(facts: ReplyFacts, standard: str, secret_values: list[str]) -> Draft:
    """Claude's checked draft (placeholders still in), or no text and why."""
    if not configured():
        return Draft(None, "not configured")
    try:
        answer = _tool_input(_client().messages.create(**request_params(facts, standard)))
        if answer.get("language") != facts.language:
            raise DraftRejected(f"the draft is not in the requester's language ({facts.language})")
        return Draft(check_draft(answer.get("text"), facts, secret_values))
    except DraftRejected as exc:
        return Draft(None, str(exc))
    except Exception as exc:  # network, timeout, HTTP status, SDK parsing: all mean "use the template"
        status = getattr(exc, "status_code", None)
        return Draft(None, f"{type(exc).__name__}{f' (HTTP {status})' if status else ''}")
