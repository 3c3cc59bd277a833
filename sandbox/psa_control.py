"""The PSA vendors' sandbox control: "a new ticket arrives", with the webhook the vendor would send.

`POST /_control/vendors/<connectwise|autotask|halopsa>/tickets` with
`{"company", "summary", "description", "requester_email", "requester_name", "board", "deliver_to"}`
opens a ticket in that vendor's state (company = the tenant's PSA company id; board = CW board
name, Autotask queue id or Halo team) and answers 201 with the ticket and the signed webhook the
vendor would send about it. With `deliver_to` (a loopback URL such as
`http://127.0.0.1:8000/hooks/connectwise/`) the sandbox posts that webhook itself, after releasing
its lock, because the receiver calls straight back into the sandbox to read the ticket.

`POST /_control/vendors/<vendor>/tickets/<id>/person` acts on a ticket as a person in the PSA would, and
answers with the ticket and the webhook the vendor sends about that change (delivered the same way):
`{"act": "assign" | "status" | "note" | "reply" | "close" | "reopen", "who": a technician (CW member
identifier, Autotask resource id, Halo agent id; the vendor's first technician by default), "text", "internal"
(a technician's note; default true), "status" (a status name or id for "status"), "subject" (a reply's e-mail
subject), "from" (a reply from another contact's e-mail instead of the ticket's contact), "deliver_to"}`.
A reply comes from the ticket's contact, as the vendor's e-mail processing files it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests

from sandbox.core import Response

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
# (ticket, webhook headers, webhook body) for a parsed control request, or an error Response.
Opened = tuple[dict[str, Any], dict[str, str], bytes]
PERSON_ACTS = ("assign", "status", "note", "reply", "close", "reopen")
_PERSON_PATH = re.compile(r"^/tickets/(?P<id>\d+)/person$")


def read_request(body: bytes) -> dict[str, Any] | Response:
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        return Response(400, {"error": "the body must be JSON"})
    if not isinstance(data, dict) or not str(data.get("summary") or "").strip() or data.get("company") in (None, ""):
        return Response(400, {"error": "company and summary are required"})
    return data


def fields(data: dict[str, Any]) -> dict[str, str]:
    """The control request's fields as text ("" when absent)."""
    names = ("company", "summary", "description", "requester_email", "requester_name", "board")
    return {name: str(data.get(name) or "") for name in names}


def deliver(url: str, headers: dict[str, str], body: bytes, timeout: float = 15.0) -> dict[str, Any]:
    """POST a webhook the way the vendor would. Loopback only: the sandbox never calls out."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.hostname not in LOOPBACK:
        return {"error": "deliver_to must be an http URL on the loopback interface"}
    try:
        answer = requests.post(url, data=body, headers=headers, timeout=timeout, allow_redirects=False)
    except requests.RequestException as exc:
        return {"error": f"delivery failed: {type(exc).__name__}"}
    return {"status": answer.status_code, "body": answer.text[:2000]}


def person(data: dict[str, Any]) -> dict[str, Any]:
    """A person's act as the vendors' `act` methods take it (keyword arguments)."""
    internal = data.get("internal", True)
    return {"who": data.get("who"), "text": str(data.get("text") or ""), "internal": internal is not False,
            "status": data.get("status"), "subject": str(data.get("subject") or ""),
            "sender": str(data.get("from") or "")}


def handle(
    method: str, path: str, body: bytes, hook_path: str, open_ticket: Callable[[dict[str, Any]], Opened | Response],
    act: Callable[[int, str, dict[str, Any]], Opened | Response] | None = None,
) -> Response:
    """The shared control routes: parse, open (`open_ticket`) or change (`act`) a ticket under the vendor's lock,
    then deliver the webhook outside it."""
    acting = _PERSON_PATH.match(path.rstrip("/"))
    if method != "POST" or not (path.rstrip("/") == "/tickets" or (acting and act is not None)):
        return Response(404, {"error": "no such vendor control route"})
    if acting and act is not None:
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            return Response(400, {"error": "the body must be JSON"})
        if not isinstance(data, dict) or data.get("act") not in PERSON_ACTS:
            return Response(400, {"error": f"act must be one of {', '.join(PERSON_ACTS)}"})
        if data["act"] in ("note", "reply") and not str(data.get("text") or "").strip():
            return Response(400, {"error": "text is required for a note or a reply"})
        opened = act(int(acting["id"]), str(data["act"]), data)
        status = 200
    else:
        parsed = read_request(body)
        if isinstance(parsed, Response):
            return parsed
        data = parsed
        opened = open_ticket(data)
        status = 201
    if isinstance(opened, Response):
        return opened
    ticket, headers, webhook = opened
    answer: dict[str, Any] = {"ticket": ticket, "webhook": {"path": hook_path, "body": webhook.decode("utf-8")}}
    if data.get("deliver_to"):
        answer["delivery"] = deliver(str(data["deliver_to"]), headers, webhook)
    else:
        answer["webhook"]["headers"] = headers  # sandbox-only values; the caller forwards them
    return Response(status, answer)
