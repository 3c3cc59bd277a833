"""Autotask PSA (ATServicesRest V1.0), through rallied.http.

Autotask's quirks, kept here: the API lives in a per-customer zone found by a discovery call
(cached); auth is a header trio; writes answer `{"itemId"}` and ticket updates PATCH the collection
with the id in the body; notes go through the ticket's child URL with `publish` 1 (all) or 2
(internal); validation failures come back as HTTP 500 with `{"errors": [...]}`, which here become
permanent errors rather than "maybe it landed".

Config: `username` (the API user), `integration_code`, `company_id` (the client's company), optional `queue_id`,
`new_status`, `complete_status`, `page_size`, and how Rallied's time is billed: `contract_id` (the client's
contract), `billing_code_id` (the work type, a BillingCodes id), `role_id`, `resource_id`, `non_billable`,
`time_increment_minutes`. Credentials: `secret` (the API user's) and `webhook_secret` (the TicketWebhook's
SecretKey, which Autotask signs its callouts with).

Lifecycle reads (tickets/updates.py): a TicketNote names its author as `creatorResourceID` (a resource: the API
user, config `api_resource_id`, or a technician) or `createdByContactID` (the ticket's contact is the requester);
a ticket is assigned through `assignedResourceID`. TicketNote webhooks ring for the note's parent ticket.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import requests

from rallied import http
from rallied.connectors.base import (
    ConnectorError,
    PsaConnector,
    check_boolean,
    check_mark,
    check_whole_number,
    marked_summary,
    psa_number,
)
from rallied.connectors.history import ClosedTicket, HistoryPage, Pacer, pacer_for, parse_when
from rallied.connectors.psa_types import OTHER, OWN, REQUESTER, STAFF, PsaEntry, PsaTicket, WebhookEvent

_ZONES: dict[tuple[str, str], str] = {}  # (discovery base, api user) -> zone API root; stable for a database
_ZONES_LOCK = threading.Lock()
STATUS_NEW = 1
PUBLISH_ALL, PUBLISH_INTERNAL = 1, 2
NOTE_TYPE_TASK = 1  # "Task Notes"; Autotask's picklist default for API notes
# A "Requester: x@y" first line, as this connector once wrote when it linked no Contact. Anyone can type it, so it
# never names the requester (the linked Contact does); it is dropped from the text so triage does not read it.
_ID = check_whole_number(1, 2**31 - 1)  # Autotask ids are int32
_REQUESTER_LINE = re.compile(r"\ARequester:[ \t]*(?P<email>[^\s@]+@[^\s@]+)[ \t]*(?:\r?\n)+")


class AutotaskConnector(PsaConnector):
    vendor = "autotask"
    # PSA operation -> method (see PsaConnector.operations); `connectors --matrix` prints this.
    operations: ClassVar[dict[str, str]] = {
        "fetch_ticket": "fetch_ticket", "add_internal_note": "add_note", "add_reply": "add_note",
        "set_status": "close_ticket", "add_time_entry": "add_time_entry", "parse_webhook": "webhook_event",
        "poll_new_tickets": "poll_new_tickets",  # what tickets/intake.py calls, like webhook_event
        "read_updates": "fetch_entries",  # tickets/updates.py: notes or actions with their authors
    }
    capability_notes = {"set_status": "complete only", "parse_webhook": "HMAC-SHA1"}
    required_config = ("username", "integration_code", "company_id")
    required_credentials = ("secret", "webhook_secret")
    config_checks = {**PsaConnector.config_checks, "contract_id": _ID, "billing_code_id": _ID,
                     "role_id": _ID, "resource_id": _ID, "non_billable": check_boolean, "api_resource_id": _ID}

    # -- plumbing ---------------------------------------------------------------------------------
    @property
    def _headers(self) -> dict[str, str]:
        return {
            "ApiIntegrationCode": self.config["integration_code"],
            "UserName": self.config["username"],
            "Secret": self.credentials["secret"],
            "Content-Type": "application/json",
            "Accept": "application/json",
        }

    def zone_url(self) -> str:
        """The API root of this customer's zone, e.g. https://webservices5.autotask.net/ATServicesRest/."""
        key = (self.base_url, self.config["username"])
        with _ZONES_LOCK:
            if key in _ZONES:
                return _ZONES[key]
        response = http.send(
            "GET",
            f"{self.base_url}/ATServicesRest/V1.0/ZoneInformation",
            vendor=self.vendor,
            params={"user": self.config["username"]},
            timeout=self.timeout,
            sleep=self.sleep,
        )
        url = str(response.json()["url"])
        url = url if url.endswith("/") else url + "/"
        with _ZONES_LOCK:
            _ZONES[key] = url
        return url

    def _send(self, method: str, path_or_url: str, *, idempotent: bool = False, **kwargs: Any) -> dict[str, Any]:
        url = path_or_url if "://" in path_or_url else f"{self.zone_url()}V1.0/{path_or_url}"
        # Autotask's searches are POSTs to .../query and .../query/count: reads, so repeatable (rallied/http.py).
        idempotent = idempotent or path_or_url.endswith(("/query", "/query/count"))
        try:
            response: requests.Response = http.send(
                method, url, vendor=self.vendor, headers=self._headers, timeout=self.timeout, sleep=self.sleep,
                idempotent=idempotent, **kwargs
            )
        except ConnectorError as exc:
            # Autotask answers validation failures with 500 + {"errors": [...]}: the request was
            # refused, not half-applied, so it is permanent and not ambiguous.
            if exc.status == 500 and exc.message and not exc.message.startswith(f"{self.vendor} failed"):
                raise ConnectorError(
                    exc.message, vendor=self.vendor, permanent=True, status=500, code="validation"
                ) from exc
            raise
        return response.json() if response.content else {}

    # -- tickets ----------------------------------------------------------------------------------
    def create_ticket(self, *, summary: str, description: str, contact_email: str, mark: str = "") -> str:
        """Open a ticket for the tenant's company, linked to the requester's Contact when the company has one
        (the reply then reaches that person); without one the ticket has no contact, never a typed name."""
        body: dict[str, Any] = {
            "companyID": int(self.config["company_id"]),
            "title": marked_summary(summary, mark, 255),
            "description": description[:8000],
            "status": int(self.config.get("new_status", STATUS_NEW)),
            "priority": int(self.config.get("priority", 2)),
        }
        contact = self.find_contact(contact_email)
        if contact is not None:
            body["contactID"] = int(contact["id"])
        if self.config.get("queue_id"):
            body["queueID"] = int(self.config["queue_id"])
        return str(self._send("POST", "Tickets", json=body)["itemId"])

    def find_marked_ticket(self, mark: str) -> str | None:
        filters = [{"op": "eq", "field": "companyID", "value": int(self.config["company_id"])},
                   {"op": "contains", "field": "title", "value": check_mark(mark)}]
        items = self._send("POST", "Tickets/query", json={"filter": filters, "maxRecords": 25,
                                                            "includeFields": ["id", "title"]}).get("items", [])
        found = sorted(int(t["id"]) for t in items if mark in str(t.get("title") or ""))
        return str(found[0]) if found else None

    # -- contacts (the Contacts entity: who a ticket is from) -------------------------------------------
    def find_contact(self, email: str) -> dict[str, Any] | None:
        """The active contact of this tenant's company with this e-mail, if there is exactly one."""
        if not email:
            return None
        filters = [{"op": "eq", "field": "companyID", "value": int(self.config["company_id"])},
                   {"op": "eq", "field": "emailAddress", "value": email}, {"op": "eq", "field": "isActive", "value": 1}]
        items = self._send("POST", "Contacts/query", json={"filter": filters, "maxRecords": 2}).get("items", [])
        return items[0] if len(items) == 1 else None

    def get_contact(self, contact_id: int | str) -> dict[str, Any] | None:
        return self._send("GET", f"Contacts/{int(contact_id)}").get("item")

    def get_ticket(self, ticket_id: str) -> dict[str, Any]:
        item = self._send("GET", f"Tickets/{psa_number(ticket_id, self.vendor)}").get("item")
        if item is None:  # Autotask answers 200 {"item": null} for an unknown id
            raise ConnectorError(
                f"Ticket {ticket_id} not found.",
                vendor=self.vendor,
                permanent=True,
                status=404,
                code="not_found",
            )
        return item

    def add_note(self, ticket_id: str, text: str, *, internal: bool) -> str:
        body = {
            "title": str(self.config.get("note_title", "Rallied")),
            "description": text[:32000],
            "noteType": int(self.config.get("note_type", NOTE_TYPE_TASK)),
            "publish": PUBLISH_INTERNAL if internal else PUBLISH_ALL,
        }
        return str(self._send("POST", f"Tickets/{psa_number(ticket_id, self.vendor)}/Notes", json=body)["itemId"])

    def list_notes(self, ticket_id: str) -> list[dict[str, Any]]:
        return list(self._send("GET", f"Tickets/{psa_number(ticket_id, self.vendor)}/Notes").get("items", []))

    def reopen_ticket(self, ticket_id: str) -> None:
        # Sets the status to a value: sending it twice leaves the ticket as once, so it may be repeated.
        self._send("PATCH", "Tickets", json={"id": psa_number(ticket_id, self.vendor),
                                             "status": int(self.config.get("new_status", STATUS_NEW))},
                   idempotent=True)

    @property
    def own_resource(self) -> int | None:
        value = self.config.get("api_resource_id")
        return int(value) if value not in (None, "") else None

    def fetch_entries(self, ticket: PsaTicket) -> list[PsaEntry]:
        contact_id = ticket.raw.get("contactID")
        entries = []
        for note in self.list_notes(ticket.id):
            resource, contact = note.get("creatorResourceID"), note.get("createdByContactID")
            if resource is not None:
                author = OWN if resource == self.own_resource else STAFF
            elif contact is not None:
                author = REQUESTER if contact_id is not None and contact == contact_id else OTHER
            else:
                author = OTHER
            entries.append(PsaEntry(id=int(note["id"]), author=author, text=str(note.get("description") or ""),
                                    internal=note.get("publish") != PUBLISH_ALL, subject=str(note.get("title") or ""),
                                    author_name=str(resource if resource is not None else contact or "")))
        return sorted(entries, key=lambda e: e.id)

    def _assignee_and_state(self, raw: dict[str, Any]) -> tuple[str, str]:
        resource = raw.get("assignedResourceID")
        status = raw.get("status")
        state = ("new" if status == int(self.config.get("new_status", STATUS_NEW)) else
                 "closed" if status == int(self.config.get("complete_status", 5)) else "open")
        return ("" if resource in (None, "", self.own_resource) else str(resource)), state

    def close_ticket(self, ticket_id: str) -> None:
        self._send(
            "PATCH",
            "Tickets",
            json={"id": psa_number(ticket_id, self.vendor), "status": int(self.config.get("complete_status", 5))},
            idempotent=True,  # sets the status to a value (see reopen_ticket)
        )

    def time_entry_notes(self, ticket_id: str) -> list[str]:
        number = psa_number(ticket_id, self.vendor)
        query = {"filter": [{"op": "eq", "field": "ticketID", "value": number}], "maxRecords": 500}
        rows = self._send("POST", "TimeEntries/query", json=query).get("items", [])
        return [str(r.get("summaryNotes") or "") for r in rows if str(r.get("ticketID")) == str(number)]

    def add_time_entry(self, ticket_id: str, *, minutes: int, notes: str) -> str:
        end = datetime.now(UTC).replace(microsecond=0)
        start = end - timedelta(minutes=minutes)
        body: dict[str, Any] = {
            "ticketID": psa_number(ticket_id, self.vendor),
            "dateWorked": end.strftime("%Y-%m-%dT00:00:00Z"),
            "startDateTime": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "endDateTime": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "hoursWorked": round(minutes / 60, 2),
            "summaryNotes": notes[:8000],
            "isNonBillable": bool(self.config.get("non_billable", False)),
        }
        for key, field in (("resource_id", "resourceID"), ("role_id", "roleID"), ("contract_id", "contractID"),
                           ("billing_code_id", "billingCodeID")):
            if self.config.get(key):
                body[field] = int(self.config[key])
        return str(self._send("POST", "TimeEntries", json=body)["itemId"])

    def list_new_tickets(self, since_id: int | str | None = None) -> list[dict[str, Any]]:
        """New tickets of this tenant's company, oldest first, every page (nextPageUrl followed verbatim)."""
        filters: list[dict[str, Any]] = [
            {"op": "eq", "field": "companyID", "value": int(self.config["company_id"])},
            {"op": "eq", "field": "status", "value": int(self.config.get("new_status", STATUS_NEW))},
        ]
        if since_id is not None:
            filters.append({"op": "gt", "field": "id", "value": int(since_id)})
        query = {"filter": filters, "maxRecords": int(self.config.get("page_size", 500))}
        page = self._send("POST", "Tickets/query", json=query)
        tickets = list(page.get("items", []))
        seen = 0
        while (page.get("pageDetails") or {}).get("nextPageUrl") and seen < 1000:  # a loop guard, not a limit
            page = self._send("GET", page["pageDetails"]["nextPageUrl"])
            tickets.extend(page.get("items", []))
            seen += 1
        return sorted(tickets, key=lambda t: t["id"])

    # -- webhooks ---------------------------------------------------------------------------------
    def parse_webhook(self, body: bytes, headers: dict[str, str]) -> dict[str, Any]:
        """An Autotask ticket webhook: verify `X-Hook-Signature` and reduce it to what intake needs.

        Autotask signs with the webhook's secret key: `sha1=` + base64(HMAC-SHA1(key, raw body)).
        The payload carries Action (Create/Update/Delete), EntityType, Id and the changed Fields;
        intake should re-read the ticket by id rather than trust the fields.
        """
        secret = self.credentials.get("webhook_secret")
        lowered = {k.lower(): v for k, v in headers.items()}
        if not secret:  # an unsigned webhook could come from anyone: refuse rather than trust it
            raise ConnectorError(
                "No Autotask webhook secret is configured.",
                vendor=self.vendor,
                permanent=True,
                code="no_webhook_secret",
            )
        expected = (
            "sha1=" + base64.b64encode(hmac.new(str(secret).encode(), body, hashlib.sha1).digest()).decode()
        )
        if not hmac.compare_digest(expected, lowered.get("x-hook-signature", "")):
            raise ConnectorError(
                "Webhook signature does not match.",
                vendor=self.vendor,
                permanent=True,
                status=401,
                code="bad_signature",
            )
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise ConnectorError(
                "Webhook body is not JSON.",
                vendor=self.vendor,
                permanent=True,
                status=400,
                code="bad_payload",
            ) from exc
        fields = payload.get("Fields") if isinstance(payload.get("Fields"), dict) else {}
        if str(payload.get("EntityType", "")).lower() == "ticketnote" and str(fields.get("ticketID", "")).isdigit():
            # A TicketNoteWebhook: the note is news about its parent ticket, which intake re-reads.
            payload = {**payload, "Id": fields["ticketID"], "Action": "note_" + str(payload.get("Action", "")).lower()}
        elif str(payload.get("EntityType", "Ticket")).lower() != "ticket" or payload.get("Id") is None:
            raise ConnectorError(
                "Not a ticket webhook.", vendor=self.vendor, permanent=True, status=400, code="bad_payload"
            )
        action = str(payload.get("Action", "")).lower()
        return {
            "event": {"create": "created", "update": "updated", "delete": "deleted"}.get(action, action),
            "ticket_id": str(payload["Id"]),
            "fields": payload.get("Fields") or {},
            "sequence": payload.get("SequenceNumber"),
            "at": payload.get("EventTime"),
        }

    # -- intake (rallied/connectors/psa_types.py) ---------------------------------------------------
    def webhook_event(self, headers: dict[str, str], raw_body: bytes) -> WebhookEvent | None:
        """A verified ticket webhook, or None for one intake ignores (a delete, another entity type).

        Raises a ConnectorError with status 401 (bad_signature) when X-Hook-Signature does not match,
        and code no_webhook_secret when this connection has no secret to check it with.
        """
        try:
            event = self.parse_webhook(raw_body, headers)
        except ConnectorError as exc:
            if exc.code == "bad_payload":  # signed by Autotask, but not a ticket event we can use
                return None
            raise
        if event["event"] == "deleted" or not event["ticket_id"].isdigit():
            return None
        return WebhookEvent(vendor=self.vendor, ticket_id=event["ticket_id"], action=event["event"])

    def fetch_ticket(self, ticket_id: str) -> PsaTicket:
        return self.psa_ticket(self.get_ticket(ticket_id))

    def poll_new_tickets(self, since: str | int | None = None) -> list[PsaTicket]:
        """New tickets of this connection's company above the watermark, oldest first, every page."""
        return [self.psa_ticket(t) for t in self.list_new_tickets(since if since not in (None, "") else None)]

    def psa_ticket(self, raw: dict[str, Any]) -> PsaTicket:
        """The requester is the ticket's Contact (contactID -> Contacts), and only if that contact belongs to the
        ticket's company; a ticket without one has no requester (intake escalates it). Text never names one."""
        description = str(raw.get("description") or "")
        match = _REQUESTER_LINE.match(description)
        contact = self.get_contact(raw["contactID"]) if raw.get("contactID") is not None else None
        if contact is not None and (contact.get("companyID") != raw.get("companyID") or not contact.get("isActive", 1)):
            contact = None
        name = " ".join(str(contact.get(k) or "") for k in ("firstName", "lastName")).strip() if contact else ""
        assignee, state = self._assignee_and_state(raw)
        return PsaTicket(
            vendor=self.vendor,
            id=str(raw["id"]),
            company_id=str(raw.get("companyID") or ""),
            subject=str(raw.get("title") or ""),
            body=description[match.end():] if match else description,
            requester_email=str((contact or {}).get("emailAddress") or ""),
            requester_name=name,
            board=str(raw.get("queueID") or ""),
            status=str(raw.get("status") or ""),
            created_at=str(raw.get("createDate") or ""),
            raw=raw,
            assignee=assignee,
            state=state,
        )

    # -- history (the backtest: rallied/connectors/history.py; reads only) -------------------------------
    # Autotask's 10,000 requests an hour are shared by every integration of the MSP's database: one a second.
    history_rate = 1.0

    def closed_tickets_since(self, since: datetime) -> Iterator[HistoryPage]:
        """This company's completed tickets completed at or after `since`, oldest id first, page by page.

        A `Tickets/query` with `maxRecords`, then each `nextPageUrl` verbatim; `query/count` gives the total. The
        requester is each ticket's Contact, read in one `Contacts/query` per page rather than one call per ticket.
        """
        pacer = pacer_for(self.config, self.sleep, self.history_rate)
        filters: list[dict[str, Any]] = [
            {"op": "eq", "field": "companyID", "value": int(self.config["company_id"])},
            {"op": "eq", "field": "status", "value": int(self.config.get("complete_status", 5))},
            {"op": "gte", "field": "completedDate", "value": since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")},
        ]
        pacer.wait()
        total = self._send("POST", "Tickets/query/count", json={"filter": filters}).get("queryCount")
        pacer.wait()
        page = self._send("POST", "Tickets/query",
                          json={"filter": filters, "maxRecords": int(self.config.get("page_size", 500))})
        pages = 0
        while True:
            items = list(page.get("items", []))
            contacts = self._contacts_of(items, pacer)
            yield HistoryPage([self._closed(t, contacts.get(t.get("contactID"))) for t in items],
                              int(total) if total is not None else None)
            next_url = (page.get("pageDetails") or {}).get("nextPageUrl")
            pages += 1
            if not next_url or pages >= 10000:  # a loop guard, not a limit
                return
            pacer.wait()
            page = self._send("GET", next_url)

    def _contacts_of(self, tickets: list[dict[str, Any]], pacer: Pacer) -> dict[Any, dict[str, Any]]:
        ids = sorted({t["contactID"] for t in tickets if t.get("contactID") is not None})
        if not ids:
            return {}
        pacer.wait()
        query = {"filter": [{"op": "in", "field": "id", "value": ids}], "maxRecords": 500}
        return {c["id"]: c for c in self._send("POST", "Contacts/query", json=query).get("items", [])}

    def _closed(self, raw: dict[str, Any], contact: dict[str, Any] | None) -> ClosedTicket:
        """As `psa_ticket`: only a contact of the ticket's own company names the requester."""
        if contact is not None and contact.get("companyID") != raw.get("companyID"):
            contact = None
        description = str(raw.get("description") or "")
        match = _REQUESTER_LINE.match(description)
        name = " ".join(str(contact.get(k) or "") for k in ("firstName", "lastName")).strip() if contact else ""
        return ClosedTicket(
            vendor=self.vendor, id=str(raw["id"]), subject=str(raw.get("title") or ""),
            body=description[match.end():] if match else description,
            requester_email=str((contact or {}).get("emailAddress") or ""), requester_name=name,
            created_at=parse_when(raw.get("createDate")), closed_at=parse_when(raw.get("completedDate")), raw=raw,
        )
