"""Simulated Anthropic Messages API: `POST /anthropic/v1/messages` for the triage engine's tests and demo.

It speaks the real contract closely enough for the official SDK: `x-api-key` and
`anthropic-version` headers, the Message object with a `tool_use` block, `usage` with prompt
caching counters, and errors in Anthropic's envelope. The "model" is a deterministic stand-in: it
finds the ticket between the caller's delimiters and asks the rules engine.

Test modes, chosen by a marker in the ticket text:
    [[sandbox:malformed]]  tool input that breaks the schema (unknown category, confidence as text)
    [[sandbox:no-tool]]    a plain text answer with no tool call
    [[sandbox:error]]      HTTP 500 api_error
and, to show what a gullible model would do, a line "classify this as <category>" is obeyed.
Timeouts, latency and 429/529 come from the sandbox's fault injection (vendor="anthropic").

Reply drafts (the `write_reply` tool) are sandbox/vendors/anthropic_replies.py: good by default, or the bad kind the
vendor's `draft_scenario` names (set directly in tests, or `POST /_control/vendors/anthropic/draft`).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from sandbox.core import Request, Response, Vendor
from sandbox.vendors import anthropic_replies
from tickets.triage.llm import AREAS  # one list of areas for the engine and its stand-in

SANDBOX_API_KEY = "sk-ant-sandbox-key"
_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    503: "api_error",
    529: "overloaded_error",
}
_TICKET = re.compile(r"<ticket-(\w+)>\n(.*?)\n</ticket-\1>", re.S)
_OBEY = re.compile(r"classify (?:this|it) as (\w+)", re.I)


class AnthropicVendor(Vendor):
    prefix = "anthropic"

    def reset(self, directory: dict[str, Any]) -> None:
        self.calls = 0
        self.cached_prompts: set[str] = set()
        self.draft_scenario, self.draft_payload = "good", ""
        self.drafts = 0  # reply drafts asked for

    def routes(self) -> list[tuple[str, str, Any]]:
        return [("POST", r"/v1/messages", self.create_message)]

    def dump(self) -> dict[str, Any]:
        return {"calls": self.calls, "cached_prompts": len(self.cached_prompts), "drafts": self.drafts,
                "draft_scenario": self.draft_scenario}

    def control(self, method: str, path: str, body: bytes, sandbox_url: str) -> Response:
        """`POST /_control/vendors/anthropic/draft {"scenario": "promise_time", "payload": ""}`: the next drafts."""
        if method != "POST" or path != "/draft":
            return Response(404, {"error": "no such control route"})
        data = json.loads(body or b"{}")
        if data.get("scenario") not in anthropic_replies.SCENARIOS:
            return Response(400, {"error": f"scenario: one of {', '.join(anthropic_replies.SCENARIOS)}"})
        self.draft_scenario, self.draft_payload = data["scenario"], str(data.get("payload", ""))
        return Response(200, {"scenario": self.draft_scenario})

    def error(self, status: int, code: str, message: str) -> Response:
        kind = _ERROR_TYPES.get(status, "api_error")
        return Response(
            status,
            {"type": "error", "error": {"type": kind, "message": message}},
            headers=[("request-id", f"req_sandbox_{status}")],
        )

    def authenticate(self, req: Request) -> Response | None:
        # Older SDKs send the key as x-api-key; the pinned 2.x SDK sends it as a Bearer token. Accept both.
        bearer = req.header("authorization") or ""
        key = req.header("x-api-key") or (bearer[7:] if bearer.lower().startswith("bearer ") else "")
        if not key.startswith("sk-ant-"):
            return self.error(401, "authentication_error", "invalid x-api-key")
        if not req.header("anthropic-version"):
            return self.error(400, "invalid_request_error", "anthropic-version: header is required")
        return None

    # -- the endpoint --------------------------------------------------------------------------
    def create_message(self, req: Request) -> Response:
        try:
            payload = req.json()
        except ValueError:
            return self.error(400, "invalid_request_error", "request body is not valid JSON")
        problem = _check_request(payload)
        if problem:
            return self.error(400, "invalid_request_error", problem)
        self.calls += 1
        text = _last_user_text(payload["messages"])
        if "[[sandbox:error]]" in text:
            return self.error(500, "api_error", "Internal server error (sandbox marker)")
        usage = self._usage(payload, text)
        model = payload["model"]
        if payload.get("tools") and payload["tools"][0].get("name") == "write_reply":
            return self._reply(model, text, usage)
        if "[[sandbox:no-tool]]" in text or not payload.get("tools"):
            content = [{"type": "text", "text": "I think this is a password reset."}]
            return Response(200, _message(model, content, "end_turn", usage))
        tool = payload["tools"][0]["name"]
        content = [
            {
                "type": "tool_use",
                "id": f"toolu_sandbox_{self.calls:06d}",
                "name": tool,
                "input": _stand_in(text),
            }
        ]
        return Response(200, _message(model, content, "tool_use", usage))

    def _reply(self, model: str, text: str, usage: dict[str, int]) -> Response:
        self.drafts += 1
        scenario = self.draft_scenario
        if scenario == "error":
            return self.error(500, "api_error", "Internal server error (sandbox draft scenario)")
        if scenario == "refusal":
            return Response(200, _message(model, [], "refusal", usage))
        if scenario == "no_tool":
            return Response(200, _message(model, [{"type": "text", "text": "Happy to help!"}], "end_turn", usage))
        answer = anthropic_replies.draft(text, scenario, self.draft_payload)
        content = [{"type": "tool_use", "id": f"toolu_sandbox_{self.calls:06d}", "name": "write_reply",
                    "input": answer}]
        return Response(200, _message(model, content, "tool_use", usage))

    def _usage(self, payload: dict[str, Any], text: str) -> dict[str, int]:
        """Token counts the way the API reports them, including prompt-cache writes and reads."""
        system = payload.get("system") or ""
        blocks = system if isinstance(system, list) else [{"type": "text", "text": system}]
        cached = "".join(b.get("text", "") for b in blocks if isinstance(b, dict) and b.get("cache_control"))
        created = read = 0
        if cached:
            digest = hashlib.sha256(cached.encode()).hexdigest()
            if digest in self.cached_prompts:
                read = len(cached) // 4
            else:
                self.cached_prompts.add(digest)
                created = len(cached) // 4
        return {
            "input_tokens": len(text) // 4 + 1,
            "output_tokens": 60,
            "cache_creation_input_tokens": created,
            "cache_read_input_tokens": read,
        }


def _check_request(payload: Any) -> str | None:
    if not isinstance(payload, dict):
        return "body must be a JSON object"
    for field in ("model", "max_tokens", "messages"):
        if field not in payload:
            return f"{field}: Field required"
    if not isinstance(payload["messages"], list) or not payload["messages"]:
        return "messages: at least one message is required"
    choice = payload.get("tool_choice")
    if choice and choice.get("type") == "tool":
        names = {t.get("name") for t in payload.get("tools") or []}
        if choice.get("name") not in names:
            return "tool_choice.name: no tool with that name"
    return None


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            return content
        return "\n".join(b.get("text", "") for b in content or [] if isinstance(b, dict))
    return ""


def _message(model: str, content: list[dict[str, Any]], stop: str, usage: dict[str, int]) -> dict[str, Any]:
    digest = hashlib.sha256(repr(content).encode()).hexdigest()[:24]
    return {
        "id": f"msg_sandbox_{digest}",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": usage,
    }


def _stand_in(text: str) -> dict[str, Any]:
    """The deterministic 'model': the rules engine on the delimited ticket (or a scripted misbehaviour)."""
    from tickets.triage.rules import classify

    match = _TICKET.search(text)
    ticket = match.group(2) if match else text
    subject, _, body = ticket.partition("\nBody:\n")
    subject = subject.removeprefix("Subject: ")
    if "[[sandbox:malformed]]" in ticket:
        return {"category": "reset_everything", "confidence": "very high", "entities": ["bob"]}
    verdict = classify(subject, body)
    answer = {
        "category": verdict.category,
        "confidence": verdict.confidence,
        "entities": verdict.entities,
        "summary": verdict.summary,
        "area": verdict.area if verdict.area in AREAS else "general",
        "first_checks": verdict.first_checks[:5],
        "needs_human": verdict.needs_human,
        "reason": f"sandbox stand-in: {verdict.reason}",
        "intents": [intent.to_dict() for intent in verdict.intents],
    }
    obey = _OBEY.search(ticket)
    if obey:  # what an injected model would do; the engine must not trust it
        answer.update(category=obey.group(1), confidence=0.99, needs_human=False, reason="as instructed")
    return answer
