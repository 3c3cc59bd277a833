"""Graph's JSON batching: `POST /v1.0/$batch` with up to 20 requests, each answered inside the batch's 200.

Each item goes back through the sandbox's own dispatch (sandbox/core.py), so it is logged as a request of its own
(with the batch's row as `batch`), meets the faults set on its path, and is answered by the same handler a lone call
reaches: a batch can answer nothing a lone call would not. As Graph documents, the answers come in any order (here
always the reverse of the request's, so a client that matched answers by position fails at once), a failed item
(404, 429 with its Retry-After) is only that item's answer, and an item whose `dependsOn` failed is answered 424.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from sandbox.core import BATCH_ITEM, Request, Response
from sandbox.vendors.graph.base import GraphBase, GraphFault

MAX_ITEMS = 20  # Graph's limit for one batch
METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"}
# The batch's own headers an item does not inherit: they describe the envelope, not the item.
ENVELOPE_HEADERS = {"content-length", "content-type", "transfer-encoding", "connection"}


class BatchRoutes(GraphBase):
    def batch_routes(self) -> list[tuple[str, str, Any]]:
        return [("POST", r"/v1\.0/\$batch", self.batch)]

    def batch(self, req: Request) -> Response:
        items = self._items(req)
        host = urlsplit(req.base_url).netloc
        inherited = {k: v for k, v in req.headers.items() if k not in ENVELOPE_HEADERS}
        answers: dict[str, dict[str, Any]] = {}
        for item in items:
            answers[item["id"]] = self._answer_item(req, item, answers, host, inherited)
        return Response(200, {"responses": [answers[item["id"]] for item in reversed(items)]})

    @staticmethod
    def _items(req: Request) -> list[dict[str, Any]]:
        """The batch's requests, refused as a whole when the envelope itself is wrong (as Graph does)."""
        try:
            data = req.json()
        except ValueError as exc:
            raise GraphFault(400, "BadRequest", "Unable to read JSON request payload.") from exc
        items = data.get("requests") if isinstance(data, dict) else None
        if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
            raise GraphFault(400, "BadRequest", "Invalid batch payload format.")
        if len(items) > MAX_ITEMS:
            raise GraphFault(400, "BadRequest", f"Number of batch request steps exceeds the maximum of {MAX_ITEMS}.")
        ids = [str(i.get("id") or "") for i in items]
        if "" in ids or len(set(ids)) != len(ids):
            raise GraphFault(400, "BadRequest", "Batch request ids must be present and unique.")
        return [{**i, "id": str(i["id"])} for i in items]

    def _answer_item(self, req: Request, item: dict[str, Any], answers: dict[str, dict[str, Any]], host: str,
                     inherited: dict[str, str]) -> dict[str, Any]:
        method, url = str(item.get("method") or "").upper(), str(item.get("url") or "")
        if method not in METHODS or not url or "://" in url or url.lstrip("/").split("?")[0].endswith("$batch"):
            return self._item_error(item["id"], 400, "BadRequest", "Invalid request method or relative URL.")
        needs = item.get("dependsOn") or []
        if any(not 200 <= answers.get(str(d), {}).get("status", 0) < 300 for d in needs):
            return self._item_error(item["id"], 424, "FailedDependency", "A request this one depends on failed.")
        # The batch's token is every item's: an item's own Authorization is not another way in.
        own = {str(k).lower(): str(v) for k, v in (item.get("headers") or {}).items()}
        own.pop("authorization", None)
        headers = {**inherited, **own, BATCH_ITEM: str(req.n)}
        body = item.get("body")
        payload = json.dumps(body).encode("utf-8") if body is not None else b""
        answered = self.sandbox.dispatch(method, f"/{self.prefix}/v1.0/{url.lstrip('/')}", headers, payload, host)
        return self._item_answer(item["id"], answered)

    @staticmethod
    def _item_answer(item_id: str, answered: Response) -> dict[str, Any]:
        headers = dict(answered.headers)
        out: dict[str, Any] = {"id": item_id, "status": answered.status, "headers": headers}
        body: Any = answered.body
        if isinstance(body, bytes | str):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            try:
                body = json.loads(text) if text else None
            except ValueError:
                body = text
        if body is not None:
            headers.setdefault("Content-Type", answered.content_type)
            out["body"] = body
        return out

    def _item_error(self, item_id: str, status: int, code: str, message: str) -> dict[str, Any]:
        return self._item_answer(item_id, self.error(status, code, message))
