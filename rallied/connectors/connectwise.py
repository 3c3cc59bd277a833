"""ConnectWise PSA (Manage) REST API 3.0: tickets, notes, status, time, and signed callbacks.

Config: `company_id` (the MSP's CW login company), `company_identifier` (the client's CW company),
`client_id` (the integration's clientId), `closed_status`, optional `board`, `member`, `page_size`, and how
Rallied's time is billed: `work_type` (a work type's name, or its id), `agreement_id` (the client's agreement the
time counts against), `billable_option` (Billable, DoNotBill, NoCharge or NoDefault), `time_increment_minutes`;
`api_member` (the API member's identifier: what CW writes as the author of Rallied's own notes and changes;
else `member`), `new_status` (what a reopen sets; "New").
Credentials: `public_key`, `private_key`.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import re
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests

from rallied import http
from rallied.connectors.base import (
    ConnectorError,
    PsaConnector,
    check_choice,
    check_mark,
    check_text,
    check_whole_number,
    marked_summary,
    psa_number,
)
from rallied.connectors.history import ClosedTicket, HistoryPage, Pacer, iso_z, pacer_for, parse_when
from rallied.connectors.psa_types import OTHER, OWN, REQUESTER, STAFF, PsaEntry, PsaTicket, WebhookEvent

ACCEPT = "application/vnd.connectwise.com+json; version=2025.8"
# TimeEntry.billableOption as CW names its values.
BILLABLE_OPTIONS = ("Billable", "DoNotBill", "NoCharge", "NoDefault")
_ID = check_whole_number(1, 2**31 - 1)


def _work_type(value: object) -> str:
    """A work type by name (what a service lead sees in CW) or by id."""
    if isinstance(value, int) and not isinstance(value, bool):
        return _ID(value)
    return "must be a work type's name or id" if check_text(50)(value) else ""
_NEXT_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


def cw_errors(response: requests.Response) -> tuple[str | None, str]:
    """CW's ErrorResponseMessage: code, message and the field errors that say what was wrong."""
    try:
        data = response.json()
    except ValueError:
        return None, (response.text or response.reason or "")[:500]
    if not isinstance(data, dict):
        return None, str(data)[:500]
    details = [
        str(e.get("message")) for e in data.get("errors") or [] if isinstance(e, dict) and e.get("message")
    ]
    message = str(data.get("message") or "")
    if details:
        message = f"{message}: {'; '.join(details)}" if message else "; ".join(details)
    return (str(data["code"]) if data.get("code") else None), message


class ConnectWiseConnector(PsaConnector):
    vendor = "connectwise"
    # PSA operation -> method (see PsaConnector.operations); `connectors --matrix` prints this.
    operations = {
        "fetch_ticket": "fetch_ticket", "add_internal_note": "add_note", "add_reply": "add_note",
        "set_status": "set_status", "add_time_entry": "add_time_entry", "parse_webhook": "webhook_event",
        "poll_new_tickets": "poll_new_tickets",  # what tickets/intake.py calls, like webhook_event
        "read_updates": "fetch_entries",  # tickets/updates.py: notes or actions with their authors
    }
    capability_notes = {"parse_webhook": "signed callback"}
    # Callbacks are signed with the key CW publishes, so no webhook secret is stored.
    required_config = ("company_id", "company_identifier", "client_id")
    required_credentials = ("public_key", "private_key")
    config_checks = {**PsaConnector.config_checks, "work_type": _work_type, "agreement_id": _ID,
                     "billable_option": check_choice(*BILLABLE_OPTIONS), "member": check_text(30),
                     "api_member": check_text(30), "new_status": check_text(50)}

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sleep: Callable[[float], None] = time.sleep  # tests replace it to observe Retry-After waits
        self._signing_keys: dict[str, str] = {}
        missing = [k for k in ("company_id", "client_id") if not self.config.get(k)]
        missing += [k for k in ("public_key", "private_key") if not self.credentials.get(k)]
        if missing:
            raise ConnectorError(
                f"ConnectWise connection is missing {', '.join(missing)}.",
                vendor=self.vendor,
                permanent=True,
                code="misconfigured",
            )

    # -- plumbing ---------------------------------------------------------------------------------
    def headers(self) -> dict[str, str]:
        login = (
            f"{self.config['company_id']}+{self.credentials['public_key']}:{self.credentials['private_key']}"
        )
        return {
            "Authorization": "Basic " + base64.b64encode(login.encode()).decode(),
            "clientId": str(self.config["client_id"]),
            "Accept": ACCEPT,
        }

    def call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        url: str | None = None,
        idempotent: bool = False,
    ) -> requests.Response:
        return http.send(
            method,
            url or f"{self.base_url}{path}",
            vendor=self.vendor,
            headers=self.headers(),
            json=json,
            params=params,
            timeout=self.timeout,
            sleep=self.sleep,
            error_parser=cw_errors,
            idempotent=idempotent,
        )

    def _same_host(self, url: str) -> bool:
        own, other = urlsplit(self.base_url), urlsplit(url)
        return (own.scheme, own.netloc) == (other.scheme, other.netloc)

    # -- tickets ----------------------------------------------------------------------------------
    def create_ticket(self, *, summary: str, description: str, contact_email: str, mark: str = "") -> str:
        body = {
            # CW rejects summaries over 100 characters; the full text is in the description, the mark stays whole.
            "summary": marked_summary(summary, mark, 100),
            "initialDescription": description,
            "company": {"identifier": self.config.get("company_identifier")},
            "board": {"name": self.config.get("board", "Help Desk")},
            "contactEmailAddress": contact_email,
        }
        return str(self.call("POST", "/service/tickets", json=body).json()["id"])

    def find_marked_ticket(self, mark: str) -> str | None:
        # `like` is SQL LIKE: a mark has no % or _ in it, so it matches itself only.
        conditions = (f'summary like "%{check_mark(mark)}%" and '
                      f'company/identifier="{self.config.get("company_identifier")}"')
        rows = self.call("GET", "/service/tickets", params={"conditions": conditions, "orderBy": "id asc",
                                                             "pageSize": 25}).json()
        found = [str(r["id"]) for r in rows if isinstance(r, dict) and mark in str(r.get("summary") or "")]
        return found[0] if found else None

    def get_ticket(self, ticket_id: str) -> dict[str, Any]:
        return self.call("GET", f"/service/tickets/{psa_number(ticket_id, self.vendor)}").json()

    def add_note(self, ticket_id: str, text: str, *, internal: bool) -> str:
        """Internal: internalAnalysisFlag only. Customer-facing: detailDescriptionFlag, with notifications."""
        body = {
            "text": text,
            "detailDescriptionFlag": not internal,
            "internalAnalysisFlag": internal,
            "resolutionFlag": False,
            "customerUpdatedFlag": False,
            "processNotifications": not internal,
        }
        path = f"/service/tickets/{psa_number(ticket_id, self.vendor)}/notes"
        return str(self.call("POST", path, json=body).json()["id"])

    def set_status(self, ticket_id: str, status_name: str) -> None:
        ops = [{"op": "replace", "path": "status", "value": {"name": status_name}}]
        # A `replace` of one field: sending it twice leaves the ticket as once, so rallied/http.py may repeat it
        # (unlike a note or a time entry, which a repeat would post twice).
        self.call("PATCH", f"/service/tickets/{psa_number(ticket_id, self.vendor)}", json=ops, idempotent=True)

    def close_ticket(self, ticket_id: str) -> None:
        self.set_status(ticket_id, str(self.config.get("closed_status") or "Closed (resolved)"))

    def add_time_entry(self, ticket_id: str, *, minutes: int, notes: str) -> str:
        end = dt.datetime.now(dt.UTC).replace(microsecond=0)
        start = end - dt.timedelta(minutes=minutes)
        body: dict[str, Any] = {
            "chargeToId": psa_number(ticket_id, self.vendor),
            "chargeToType": "ServiceTicket",
            "timeStart": start.isoformat().replace("+00:00", "Z"),
            "timeEnd": end.isoformat().replace("+00:00", "Z"),
            "actualHours": round(minutes / 60, 2),
            "notes": notes,
            "addToDetailDescriptionFlag": False,
            "billableOption": self.config.get("billable_option", "Billable"),
        }
        if self.config.get("member"):
            body["member"] = {"identifier": self.config["member"]}
        work_type = self.config.get("work_type")
        if work_type:  # CW references take an id or a name
            body["workType"] = {"id": work_type} if isinstance(work_type, int) else {"name": work_type}
        if self.config.get("agreement_id"):
            body["agreement"] = {"id": int(self.config["agreement_id"])}
        return str(self.call("POST", "/time/entries", json=body).json()["id"])

    def time_entry_notes(self, ticket_id: str) -> list[str]:
        number = psa_number(ticket_id, self.vendor)
        conditions = f'chargeToType="ServiceTicket" and chargeToId={number}'
        rows = self.call("GET", "/time/entries", params={"conditions": conditions, "pageSize": 1000}).json()
        # Filtered here too: the answer is what decides whether a time entry is posted again.
        return [str(r.get("notes") or "") for r in rows
                if isinstance(r, dict) and str(r.get("chargeToId")) == str(number)]

    def list_new_tickets(self, since_id: int | str | None = None) -> list[dict[str, Any]]:
        """Tickets in status New for this client's company, oldest first, every page."""
        conditions = f'status/name="New" and company/identifier="{self.config.get("company_identifier")}"'
        if since_id is not None:
            conditions += f" and id>{int(since_id)}"
        params = {
            "conditions": conditions,
            "orderBy": "id asc",
            "page": 1,
            "pageSize": int(self.config.get("page_size", 100)),
        }
        response = self.call("GET", "/service/tickets", params=params)
        tickets = list(response.json())
        while True:
            match = _NEXT_LINK.search(response.headers.get("Link", ""))
            if not match:
                return tickets
            if not self._same_host(match.group(1)):
                raise ConnectorError(
                    "ConnectWise paging link points to another host.",
                    vendor=self.vendor,
                    permanent=True,
                    code="foreign_next_link",
                )
            response = self.call("GET", "", url=match.group(1))
            tickets.extend(response.json())

    # -- callbacks --------------------------------------------------------------------------------
    def parse_callback(self, body: bytes, headers: Mapping[str, str]) -> dict[str, Any]:
        """Verify a CW callback's signature and return {action, type, id, company_id, entity}.

        The signing key is fetched from the payload's key_url only when that URL is on this
        connection's own CW host: anything else would let a forged callback make us fetch any URL.
        """
        try:
            payload = json.loads(body)
        except ValueError as exc:
            raise self._reject("The callback body is not JSON.") from exc
        key_url = str(
            ((payload.get("Metadata") or {}) if isinstance(payload, dict) else {}).get("key_url") or ""
        )
        if not key_url or not self._same_host(key_url):
            raise self._reject("The callback's key_url is not on this ConnectWise host.")
        signature = next((v for k, v in headers.items() if k.lower() == "x-content-signature"), "")
        key = self._signing_key(key_url)
        digest = hmac.new(hashlib.sha256(key.encode()).digest(), body, hashlib.sha256).digest()
        if not signature or not hmac.compare_digest(base64.b64encode(digest).decode(), signature):
            raise self._reject("The callback signature does not match.")
        entity = payload.get("Entity")
        if isinstance(entity, str):
            try:
                entity = json.loads(entity)
            except ValueError:
                entity = None
        return {
            "action": str(payload.get("Action") or "").lower(),
            "type": str(payload.get("Type") or "").lower(),
            "id": payload.get("ID"),
            "company_id": payload.get("CompanyId"),
            "entity": entity if isinstance(entity, dict) else {},
        }

    def _signing_key(self, key_url: str) -> str:
        if key_url not in self._signing_keys:
            data = http.send(
                "GET", key_url, vendor=self.vendor, timeout=self.timeout, sleep=self.sleep
            ).json()
            self._signing_keys[key_url] = str(data.get("signing_key") or "")
        if not self._signing_keys[key_url]:
            raise self._reject("ConnectWise returned no signing key.")
        return self._signing_keys[key_url]

    def _reject(self, message: str) -> ConnectorError:
        return ConnectorError(message, vendor=self.vendor, permanent=True, status=401, code="bad_signature")

    # -- intake (rallied/connectors/psa_types.py) ---------------------------------------------------
    def webhook_event(self, headers: Mapping[str, str], raw_body: bytes) -> WebhookEvent | None:
        """A verified ticket callback, or None for one intake ignores (deleted, not a ticket).

        Raises a ConnectorError with status 401 (code bad_signature) when the signature is wrong.
        """
        event = self.parse_callback(raw_body, headers)
        if event["type"] != "ticket" or event["action"] == "deleted" or not str(event["id"] or "").isdigit():
            return None
        return WebhookEvent(vendor=self.vendor, ticket_id=str(int(event["id"])), action=event["action"])

    def fetch_ticket(self, ticket_id: str) -> PsaTicket:
        return self.psa_ticket(self.get_ticket(ticket_id))

    def poll_new_tickets(self, since: str | int | None = None) -> list[PsaTicket]:
        """New tickets of this connection's company above the watermark, oldest first, every page."""
        return [self.psa_ticket(t) for t in self.list_new_tickets(since if since not in (None, "") else None)]

    @property
    def own_member(self) -> str:
        return str(self.config.get("api_member") or self.config.get("member") or "").strip().lower()

    def reopen_ticket(self, ticket_id: str) -> None:
        self.set_status(ticket_id, str(self.config.get("new_status") or "New"))

    def fetch_entries(self, ticket: PsaTicket) -> list[PsaEntry]:
        """The ticket's notes, oldest first. A note names its author: `member` (a CW member: this API member or a
        technician) or `contact` (the ticket's contact is the requester; another contact is someone else)."""
        path = f"/service/tickets/{psa_number(ticket.id, self.vendor)}/notes"
        notes = self.call("GET", path, params={"orderBy": "id asc", "pageSize": 1000}).json()
        contact_id = (ticket.raw.get("contact") or {}).get("id")
        entries = []
        for note in notes if isinstance(notes, list) else []:
            member = str((note.get("member") or {}).get("identifier") or "").strip().lower()
            contact = (note.get("contact") or {}).get("id")
            if member:
                author = OWN if member == self.own_member else STAFF
            elif contact is not None:
                author = REQUESTER if contact_id is not None and contact == contact_id else OTHER
            else:
                author = OTHER
            entries.append(PsaEntry(
                id=int(note["id"]), author=author, text=str(note.get("text") or ""),
                internal=bool(note.get("internalAnalysisFlag")), author_name=member or str(
                    (note.get("contact") or {}).get("name") or "")))
        return sorted(entries, key=lambda e: e.id)

    def _assignee_and_state(self, raw: dict[str, Any]) -> tuple[str, str]:
        owner = str((raw.get("owner") or {}).get("identifier") or "").strip()
        status = str((raw.get("status") or {}).get("name") or "").strip().lower()
        closed = str(self.config.get("closed_status") or "Closed (resolved)").strip().lower()
        state = "closed" if raw.get("closedFlag") or status == closed else (
            "new" if status == str(self.config.get("new_status") or "New").lower() else "open")
        return ("" if owner.lower() in ("", self.own_member) else owner), state

    def psa_ticket(self, raw: dict[str, Any]) -> PsaTicket:
        company = raw.get("company") or {}
        assignee, state = self._assignee_and_state(raw)
        return PsaTicket(
            vendor=self.vendor,
            id=str(raw["id"]),
            company_id=str(company.get("identifier") or ""),
            subject=str(raw.get("summary") or ""),
            body=self._description(raw),
            requester_email=str(raw.get("contactEmailAddress") or ""),
            requester_name=str(raw.get("contactName") or ""),
            board=str((raw.get("board") or {}).get("name") or ""),
            status=str((raw.get("status") or {}).get("name") or ""),
            created_at=str(raw.get("dateEntered") or ""),
            raw=raw,
            assignee=assignee,
            state=state,
        )

    def _description(self, raw: dict[str, Any]) -> str:
        """The ticket's text. CW may leave initialDescription out of a read; the first
        detail-description note then holds what the requester wrote."""
        if raw.get("initialDescription"):
            return str(raw["initialDescription"])
        notes = self.call("GET", f"/service/tickets/{int(raw['id'])}/notes", params={"orderBy": "id asc"}).json()
        first = next((n for n in notes if isinstance(n, dict) and n.get("detailDescriptionFlag")), None)
        return str((first or {}).get("text") or "")

    # -- history (the backtest: rallied/connectors/history.py; reads only) -------------------------------
    def closed_tickets_since(self, since: dt.datetime) -> Iterator[HistoryPage]:
        """This client's closed tickets closed at or after `since`, oldest id first, one page at a time.

        CW pages with `page`/`pageSize` and says where the next page is in its `Link` header; the count endpoint
        with the same conditions gives the total for a progress bar."""
        pacer = pacer_for(self.config, self.sleep)
        conditions = (f'closedFlag=true and company/identifier="{self.config.get("company_identifier")}"'
                      f" and closedDate>=[{iso_z(since)}]")
        pacer.wait()
        total = self.call("GET", "/service/tickets/count", params={"conditions": conditions}).json().get("count")
        params = {"conditions": conditions, "orderBy": "id asc", "page": 1,
                  "pageSize": int(self.config.get("history_page_size", 100))}
        pacer.wait()
        response = self.call("GET", "/service/tickets", params=params)
        while True:
            yield HistoryPage([self._closed(raw, pacer) for raw in response.json()],
                              int(total) if total is not None else None)
            match = _NEXT_LINK.search(response.headers.get("Link", ""))
            if not match:
                return
            if not self._same_host(match.group(1)):
                raise ConnectorError("ConnectWise paging link points to another host.", vendor=self.vendor,
                                     permanent=True, code="foreign_next_link")
            pacer.wait()
            response = self.call("GET", "", url=match.group(1))

    def _closed(self, raw: dict[str, Any], pacer: Pacer) -> ClosedTicket:
        if not raw.get("initialDescription"):
            pacer.wait()  # the text is then in the first detail note: one more request, paced like the rest
        return ClosedTicket(
            vendor=self.vendor, id=str(raw["id"]), subject=str(raw.get("summary") or ""),
            body=self._description(raw), requester_email=str(raw.get("contactEmailAddress") or ""),
            requester_name=str(raw.get("contactName") or ""), created_at=parse_when(raw.get("dateEntered")),
            closed_at=parse_when(raw.get("closedDate")), raw=raw,
        )
