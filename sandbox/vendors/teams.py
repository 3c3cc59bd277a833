"""Microsoft Teams "Workflows" webhooks in the sandbox: post an Adaptive Card to a tenant's channel.

Classic Office 365 connector webhooks are being retired; their replacement is a Power Automate flow
"Post to a channel when a webhook request is received", whose trigger URL carries its own signature
(`sig=` in the query string: the URL is the credential). The flow accepts the message envelope
`{"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive",
"content": {"type": "AdaptiveCard", ...}}]}` and answers 202 with an empty body.

A real flow accepts any JSON and fails later, inside the flow run; the sandbox checks the envelope up
front (400) so a malformed card shows up in the tests instead of vanishing. Webhooks are one-way: a
card's buttons can only open URLs, which is why Rallied's Teams approvals are signed links.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Any

from sandbox.core import Request, Response, Vendor

CARD_TYPE = "application/vnd.microsoft.card.adaptive"


def _digest(label: str, n: int) -> str:
    return hashlib.sha256(f"rallied-sandbox:teams:{label}".encode()).hexdigest()[:n]


def workflow_id(tenant_slug: str) -> str:
    return _digest(f"workflow:{tenant_slug}", 32)


def workflow_sig(tenant_slug: str) -> str:
    return _digest(f"sig:{tenant_slug}", 43)


def trigger_path(tenant_slug: str) -> str:
    return f"/workflows/{workflow_id(tenant_slug)}/triggers/manual/paths/invoke"


class Teams(Vendor):
    prefix = "teams"

    def reset(self, directory: dict[str, Any]) -> None:
        self.workflows: dict[str, dict[str, Any]] = {
            workflow_id(t["slug"]): {"tenant": t["slug"], "channel": f"Rallied approvals – {t['name']}",
                                     "sig": workflow_sig(t["slug"]), "posts": []}
            for t in directory.get("tenants", [])
        }

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        base = f"{sandbox_url}/teams{trigger_path(tenant['slug'])}"
        query = f"api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={workflow_sig(tenant['slug'])}"
        return {
            "vendor": "teams",
            "base_url": base,
            "config": {"channel_name": f"Rallied approvals – {tenant['name']}"},
            "credentials": {"webhook_url": f"{base}?{query}"},
        }

    def routes(self) -> list[tuple[str, str, Any]]:
        return [("POST", r"/workflows/(?P<wid>[0-9a-f]+)/triggers/manual/paths/invoke", self.invoke)]

    def dump(self) -> dict[str, Any]:
        return {"workflows": {wid: {k: v for k, v in w.items() if k != "sig"} for wid, w in self.workflows.items()}}

    def posts(self, tenant_slug: str) -> list[dict[str, Any]]:
        return self.workflows[workflow_id(tenant_slug)]["posts"]

    def authenticate(self, req: Request) -> Response | None:
        if not req.arg("sig"):
            return self.error(401, "DirectApiAuthorizationRequired",
                              "The request must be authenticated only by Shared Access scheme.")
        return None

    def invoke(self, req: Request) -> Response:
        workflow = self.workflows.get(req.params["wid"])
        if workflow is None:
            return self.error(404, "WorkflowNotFound", "The workflow could not be found.")
        if not hmac.compare_digest(str(req.arg("sig") or ""), workflow["sig"]):
            return self.error(401, "DirectApiInvalidAuthorizationSignature",
                              "The provided authorization signature is not valid.")
        try:
            body = req.json()
        except ValueError:
            return self.error(400, "InvalidRequestContent", "The request content is not valid JSON.")
        problem = self._envelope_problem(body)
        if problem:
            return self.error(400, "InvalidRequestContent", problem)
        for attachment in body["attachments"]:
            workflow["posts"].append({"at": time.time(), "card": attachment["content"]})
        return Response(202, None)

    @staticmethod
    def _envelope_problem(body: Any) -> str | None:
        if not isinstance(body, dict) or body.get("type") != "message":
            return "The body must be a message: {\"type\": \"message\", \"attachments\": [...]}."
        attachments = body.get("attachments")
        if not isinstance(attachments, list) or not attachments:
            return "The message has no attachments."
        for attachment in attachments:
            if not isinstance(attachment, dict) or attachment.get("contentType") != CARD_TYPE:
                return f"Each attachment must have contentType {CARD_TYPE}."
            content = attachment.get("content")
            if not isinstance(content, dict) or content.get("type") != "AdaptiveCard" or not content.get("body"):
                return "Each attachment's content must be an AdaptiveCard with a body."
        return None
