"""HaloPSA: tickets, notes, replies, status and time, all through Halo's REST API.

Halo's quirks held here:
- OAuth client credentials at `{auth_url}/token?tenant=` (form body, `scope=all`); the token is
  cached per application until shortly before it expires, and a 401 gets one fresh token.
- Create and update are `POST` of a JSON array; one item answers with one object.
- Notes, customer replies, time and status changes are all Actions: an internal note is
  `hiddenfromuser: true`; a reply is visible and `sendemail: true`; time is `timetaken` in hours;
  closing is an Action with `new_status` (the closed status id is per instance, from config).
- Webhooks carry no signature, only the Basic or Bearer secret configured on Halo's side, so
  `parse_webhook` checks that secret and the client id; the intake re-reads the ticket by id.

Config: auth_url, api_url, tenant, client_id (the Halo client = our tenant), closed_status_id,
optional note_outcome / reply_outcome / time_outcome, and how Rallied's time is billed: charge_rate (the
Actions' `chargerate`, a charge rate id), non_billable (`nonbillable`), time_increment_minutes, new_status_id,
api_agent_id (the agent the API application acts as: the author of Rallied's own actions).
Credentials: client_id, client_secret of the API application, webhook_secret (config's webhook_secret is read
as a fallback).

Lifecycle reads (tickets/updates.py): a ticket is assigned through `agent_id`; each action says who took it,
`who_agentid` for an agent (0 otherwise) and `user_id` for an end user (the ticket's own user is the requester),
with `who` as the display name and `emailsubject` for e-mailed updates.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hmac
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import requests

from rallied import http
from rallied.connectors.base import (
    ConnectorError,
    PsaConnector,
    check_boolean,
    check_mark,
    check_text,
    check_whole_number,
    marked_summary,
    psa_number,
)
from rallied.connectors.history import ClosedTicket, HistoryPage, Pacer, iso_z, pacer_for, parse_when
from rallied.connectors.psa_types import OTHER, OWN, REQUESTER, STAFF, PsaEntry, PsaTicket, WebhookEvent

# (auth_url, tenant, application client_id) -> (access token, expires at), shared in the process.
_TOKENS: dict[tuple[str, str, str], tuple[str, float]] = {}
_TOKENS_LOCK = threading.Lock()
SUMMARY_LIMIT = 255  # cut here by Rallied, so a ticket mark at its end (create_ticket) is never what is cut


def halo_error(response: requests.Response) -> tuple[str | None, str]:
    """Halo's 400s are `{field: message}`; other errors are text or an OAuth `{error}`."""
    try:
        data = response.json()
    except ValueError:
        return None, (response.text or response.reason or "")[:500]
    validation = isinstance(data, dict) and data and all(isinstance(v, str) for v in data.values())
    if validation and "error" not in data:
        field = next(iter(data))
        return field, "; ".join(f"{k}: {v}" for k, v in data.items())
    return http.default_error_parser(response)


class HaloPsaConnector(PsaConnector):
    vendor = "halopsa"
    # PSA operation -> method (see PsaConnector.operations); `connectors --matrix` prints this.
    operations = {
        "fetch_ticket": "fetch_ticket", "add_internal_note": "add_note", "add_reply": "add_note",
        "set_status": "close_ticket", "add_time_entry": "add_time_entry", "parse_webhook": "webhook_event",
        "poll_new_tickets": "poll_new_tickets",  # what tickets/intake.py calls, like webhook_event
        "read_updates": "fetch_entries",  # tickets/updates.py: notes or actions with their authors
    }
    capability_notes = {"set_status": "close only", "parse_webhook": "shared secret"}
    required_config = ("client_id",)
    required_credentials = ("client_id", "client_secret", "webhook_secret")
    config_checks = {**PsaConnector.config_checks, "charge_rate": check_whole_number(0, 2**31 - 1),
                     "non_billable": check_boolean, "time_outcome": check_text(100),
                     "api_agent_id": check_whole_number(1, 2**31 - 1),
                     "new_status_id": check_whole_number(1, 2**31 - 1)}

    @property
    def api_url(self) -> str:
        return (self.config.get("api_url") or f"{self.base_url}/api").rstrip("/")

    @property
    def client(self) -> int:
        return int(self.config["client_id"])

    # -- auth and transport ---------------------------------------------------------------------------
    def _cache_key(self) -> tuple[str, str, str]:
        auth_url = (self.config.get("auth_url") or f"{self.base_url}/auth").rstrip("/")
        return auth_url, str(self.config.get("tenant") or ""), str(self.credentials.get("client_id") or "")

    def _access_token(self) -> str:
        key = self._cache_key()
        with _TOKENS_LOCK:
            cached = _TOKENS.get(key)
        if cached and cached[1] > time.time() + 60:
            return cached[0]
        auth_url, tenant, client_id = key
        form = {"grant_type": "client_credentials", "client_id": client_id,
                "client_secret": self.credentials.get("client_secret", ""), "scope": "all"}
        response = http.send("POST", f"{auth_url}/token", vendor=self.vendor, params={"tenant": tenant},
                             data=form, timeout=self.timeout, error_parser=halo_error, sleep=self.sleep,
                             idempotent=True)  # a token request changes nothing: repeatable
        body = response.json()
        with _TOKENS_LOCK:
            _TOKENS[key] = (body["access_token"], time.time() + float(body.get("expires_in", 3600)))
        return body["access_token"]

    def _call(self, method: str, path: str, *, params: dict[str, Any] | None = None, body: Any = None) -> Any:
        for attempt in (1, 2):
            headers = {"Authorization": f"Bearer {self._access_token()}", "Accept": "application/json"}
            try:
                response = http.send(method, f"{self.api_url}/{path}", vendor=self.vendor, headers=headers,
                                     params=params, json=body, timeout=self.timeout, error_parser=halo_error,
                                     sleep=self.sleep)
            except ConnectorError as exc:
                if exc.status == 401 and attempt == 1:  # refused before acting: one fresh token
                    with _TOKENS_LOCK:
                        _TOKENS.pop(self._cache_key(), None)
                    continue
                raise
            return response.json() if response.content else None
        raise AssertionError("unreachable")

    def _action(self, ticket_id: str, **fields: Any) -> str:
        saved = self._call("POST", "Actions", body=[{"ticket_id": psa_number(ticket_id, self.vendor), **fields}])
        return str(saved["id"])

    # -- tickets --------------------------------------------------------------------------------------
    # Like the other PSA connectors, tickets are returned as the vendor's own dicts (id, summary,
    # details, client_id, status_id, reportedby ...); intake maps them.
    def create_ticket(self, *, summary: str, description: str, contact_email: str, mark: str = "") -> str:
        item = {"summary": marked_summary(summary, mark, SUMMARY_LIMIT), "details": description,
                "client_id": self.client, "reportedby": contact_email}
        return str(self._call("POST", "Tickets", body=[item])["id"])

    def find_marked_ticket(self, mark: str) -> str | None:
        # Halo's `search` is a free-text match over several fields: what it returns is filtered on the summary.
        params = {"client_id": self.client, "search": check_mark(mark), "order": "id", "pageinate": "true",
                  "page_size": 25, "page_no": 1}
        rows = (self._call("GET", "Tickets", params=params) or {}).get("tickets") or []
        found = sorted(int(t["id"]) for t in rows
                       if t.get("client_id") == self.client and mark in str(t.get("summary") or ""))
        return str(found[0]) if found else None

    def get_ticket(self, ticket_id: str) -> dict[str, Any]:
        ticket = self._call("GET", f"Tickets/{psa_number(ticket_id, self.vendor)}", params={"includedetails": "true"})
        if ticket.get("client_id") != self.client:  # the tenant comes from the connection, never the data
            raise ConnectorError(f"Ticket {ticket_id} belongs to another client.", vendor=self.vendor,
                                 permanent=True, code="wrong_client")
        return ticket

    def list_new_tickets(
        self, since_id: str | int | None = None, *, page_size: int = 50
    ) -> list[dict[str, Any]]:
        """Tickets of this client in status New with an id above `since_id`, oldest first.

        Halo has no "id greater than" filter, so pages are read newest first and reading stops at
        the first page that reaches a ticket we have already seen.
        """
        floor = int(since_id) if since_id not in (None, "") else 0
        found: list[dict[str, Any]] = []
        page = 1
        while True:
            params = {"client_id": self.client, "status_id": int(self.config.get("new_status_id", 1)),
                      "order": "id", "orderdesc": "true", "pageinate": "true", "page_size": page_size,
                      "page_no": page}
            data = self._call("GET", "Tickets", params=params)
            rows = data.get("tickets") or []
            fresh = [t for t in rows if int(t["id"]) > floor]
            found.extend(fresh)
            if len(fresh) < len(rows) or page * page_size >= int(data.get("record_count") or 0) or not rows:
                break
            page += 1
        return sorted(found, key=lambda t: int(t["id"]))

    # -- actions --------------------------------------------------------------------------------------
    def add_note(self, ticket_id: str, text: str, *, internal: bool) -> str:
        if internal:
            return self._action(ticket_id, note=text, hiddenfromuser=True, sendemail=False,
                                outcome=self.config.get("note_outcome", "Private Note"))
        return self._action(ticket_id, note=text, hiddenfromuser=False, sendemail=True,
                            outcome=self.config.get("reply_outcome", "Email User"))

    def reopen_ticket(self, ticket_id: str) -> None:
        self._action(ticket_id, note="Reopened by Rallied: the requester wrote back.", hiddenfromuser=True,
                     sendemail=False, new_status=int(self.config.get("new_status_id", 1)),
                     outcome=self.config.get("note_outcome", "Private Note"))

    @property
    def own_agent(self) -> int | None:
        value = self.config.get("api_agent_id")
        return int(value) if value not in (None, "") else None

    def fetch_entries(self, ticket: PsaTicket) -> list[PsaEntry]:
        data = self._call("GET", "Actions", params={"ticket_id": psa_number(ticket.id, self.vendor)}) or {}
        user_id = ticket.raw.get("user_id")
        entries = []
        for action in data.get("actions") or []:
            agent, user = int(action.get("who_agentid") or 0), action.get("user_id")
            if agent:
                author = OWN if agent == self.own_agent else STAFF
            elif user is not None:
                author = REQUESTER if user_id is not None and user == user_id else OTHER
            else:
                author = OTHER
            entries.append(PsaEntry(id=int(action["id"]), author=author, text=str(action.get("note") or ""),
                                    internal=bool(action.get("hiddenfromuser")),
                                    subject=str(action.get("emailsubject") or ""),
                                    author_name=str(action.get("who") or "")))
        return sorted(entries, key=lambda e: e.id)

    def _assignee_and_state(self, raw: dict[str, Any]) -> tuple[str, str]:
        agent = int(raw.get("agent_id") or 0)
        status = int(raw.get("status_id") or 0)
        state = ("new" if status == int(self.config.get("new_status_id", 1)) else
                 "closed" if status == int(self.config.get("closed_status_id", 9)) else "open")
        return ("" if not agent or agent == self.own_agent else str(agent)), state

    def close_ticket(self, ticket_id: str) -> None:
        closed = int(self.config.get("closed_status_id", 9))
        # Read first: closing twice would add a second "Resolved" action, so a repeat is a no-op.
        if self.get_ticket(ticket_id).get("status_id") == closed:
            return
        self._action(ticket_id, note="Resolved by Rallied.", hiddenfromuser=True, sendemail=False,
                     new_status=closed, outcome=self.config.get("close_outcome", "Resolved"))

    def time_entry_notes(self, ticket_id: str) -> list[str]:
        """A Halo time entry is an action with time taken (add_time_entry)."""
        data = self._call("GET", "Actions", params={"ticket_id": psa_number(ticket_id, self.vendor)}) or {}
        return [str(a.get("note") or "") for a in data.get("actions") or [] if float(a.get("timetaken") or 0) > 0]

    def add_time_entry(self, ticket_id: str, *, minutes: int, notes: str) -> str:
        hours = round(minutes / 60, 4)  # Halo's timetaken is in hours
        billing: dict[str, Any] = {"nonbillable": bool(self.config.get("non_billable", False))}
        if self.config.get("charge_rate") is not None:
            billing["chargerate"] = int(self.config["charge_rate"])
        return self._action(ticket_id, note=notes, hiddenfromuser=True, sendemail=False, timetaken=hours,
                            outcome=self.config.get("time_outcome", "Time Entry"), **billing)

    # -- webhooks -------------------------------------------------------------------------------------
    def parse_webhook(self, body: bytes, headers: dict[str, str]) -> dict[str, Any]:
        """Check the shared secret (Bearer, or Basic with the secret as password) and pull out the ticket.

        Returns {"ticket_id", "client_id", "event", "payload"}; raises a permanent ConnectorError
        (code "webhook_unauthorized" or "webhook_invalid") otherwise. Fails closed without a secret.
        """
        secret = str(self.credentials.get("webhook_secret") or self.config.get("webhook_secret") or "")
        auth = {k.lower(): v for k, v in headers.items()}.get("authorization", "")
        if not secret or not hmac.compare_digest(_presented_secret(auth).encode(), secret.encode()):
            raise ConnectorError("The webhook's secret is missing or wrong.", vendor=self.vendor,
                                 permanent=True, status=401, code="webhook_unauthorized")
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise self._invalid("The webhook body is not JSON.") from exc
        if isinstance(payload, list) and len(payload) == 1:  # batched delivery of one event
            payload = payload[0]
        if not isinstance(payload, dict):
            raise self._invalid("The webhook body is not a JSON object.")
        ticket = payload.get("ticket") if isinstance(payload.get("ticket"), dict) else payload
        ticket_id = ticket.get("id") or payload.get("ticket_id")
        if not str(ticket_id or "").isdigit():
            raise self._invalid("The webhook carries no ticket id.")
        client_id = ticket.get("client_id")
        if client_id is not None and int(client_id) != self.client:
            raise self._invalid("The webhook's ticket belongs to another client.")
        return {"ticket_id": str(ticket_id), "client_id": self.client, "event": payload.get("event"),
                "payload": payload}

    def _invalid(self, message: str) -> ConnectorError:
        return ConnectorError(message, vendor=self.vendor, permanent=True, status=400, code="webhook_invalid")

    # -- intake (rallied/connectors/psa_types.py) ---------------------------------------------------
    def webhook_event(self, headers: dict[str, str], raw_body: bytes) -> WebhookEvent:
        """A webhook whose shared secret matched, reduced to the ticket it is about.

        Raises status 401 (webhook_unauthorized) for a wrong or missing secret and status 400
        (webhook_invalid) for a body without a ticket id or for another client's ticket.
        """
        event = self.parse_webhook(raw_body, headers)
        return WebhookEvent(vendor=self.vendor, ticket_id=event["ticket_id"],
                            action=str(event.get("event") or "").lower())

    def fetch_ticket(self, ticket_id: str) -> PsaTicket:
        return self.psa_ticket(self.get_ticket(ticket_id))

    def poll_new_tickets(self, since: str | int | None = None) -> list[PsaTicket]:
        """New tickets of this client above the watermark, oldest first (paging in list_new_tickets)."""
        page_size = int(self.config.get("page_size", 50))
        return [self.psa_ticket(t) for t in self.list_new_tickets(since, page_size=page_size)]

    def get_user(self, user_id: int | str) -> dict[str, Any] | None:
        """A Halo end user (one of a client's contacts); None when this application cannot see it."""
        try:
            return self._call("GET", f"Users/{int(user_id)}")
        except ConnectorError as exc:
            if exc.permanent and exc.status == 404:
                return None
            raise

    def psa_ticket(self, raw: dict[str, Any]) -> PsaTicket:
        """The requester is the ticket's end user (user_id -> Users), when that user belongs to the ticket's
        client; `reportedby` is free text anyone can fill in, so it never names the requester."""
        user = self.get_user(raw["user_id"]) if str(raw.get("user_id") or "").isdigit() else None
        if user is not None and user.get("client_id") != raw.get("client_id"):
            user = None
        assignee, state = self._assignee_and_state(raw)
        return PsaTicket(
            vendor=self.vendor, id=str(raw["id"]), company_id=str(raw.get("client_id") or ""),
            subject=str(raw.get("summary") or ""), body=str(raw.get("details") or ""),
            requester_email=str((user or {}).get("emailaddress") or ""),
            requester_name=str((user or {}).get("name") or ""), board=str(raw.get("team") or ""),
            status=str(raw.get("status_id") or ""), created_at=str(raw.get("dateoccurred") or ""), raw=raw,
            assignee=assignee, state=state,
        )


    # -- history (the backtest: rallied/connectors/history.py; reads only) -------------------------------
    def closed_tickets_since(self, since: dt.datetime) -> Iterator[HistoryPage]:
        """This client's closed tickets closed at or after `since`, oldest id first, page by page.

        Halo pages with `page_no`/`page_size` (`pageinate=true`) and answers `record_count`; `closed_only` with
        `datesearch=dateclosed` and `startdate` selects the history. The requester is the ticket's end user,
        read once per user (a client has far fewer users than tickets)."""
        pacer = pacer_for(self.config, self.sleep)
        size = int(self.config.get("history_page_size", 100))
        users: dict[int, dict[str, Any] | None] = {}
        page_no = 1
        while True:
            params = {"client_id": self.client, "closed_only": "true", "datesearch": "dateclosed",
                      "startdate": iso_z(since), "order": "id", "orderdesc": "false", "pageinate": "true",
                      "page_size": size, "page_no": page_no}
            pacer.wait()
            body = self._call("GET", "Tickets", params=params) or {}
            rows = [t for t in body.get("tickets") or [] if t.get("client_id") == self.client]
            total = body.get("record_count")
            yield HistoryPage([self._closed(t, users, pacer) for t in rows], int(total) if total is not None else None)
            if len(body.get("tickets") or []) < size or (total is not None and page_no * size >= int(total)):
                return
            page_no += 1

    def _closed(self, raw: dict[str, Any], users: dict[int, dict[str, Any] | None], pacer: Pacer) -> ClosedTicket:
        """As `psa_ticket`: only an end user of the ticket's own client names the requester."""
        user = None
        if str(raw.get("user_id") or "").isdigit():
            key = int(raw["user_id"])
            if key not in users:
                pacer.wait()
                users[key] = self.get_user(key)
            user = users[key]
        if user is not None and user.get("client_id") != raw.get("client_id"):
            user = None
        return ClosedTicket(
            vendor=self.vendor, id=str(raw["id"]), subject=str(raw.get("summary") or ""),
            body=str(raw.get("details") or ""), requester_email=str((user or {}).get("emailaddress") or ""),
            requester_name=str((user or {}).get("name") or ""), created_at=parse_when(raw.get("dateoccurred")),
            closed_at=parse_when(raw.get("dateclosed")), raw=raw,
        )

def _presented_secret(authorization: str) -> str:
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() == "bearer":
        return value.strip()
    if scheme.lower() == "basic":
        try:
            return base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")[2]
        except (binascii.Error, UnicodeDecodeError):
            return ""
    return ""
