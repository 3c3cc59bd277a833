"""ConnectWise PSA (Manage) REST API 3.0 in the sandbox.

One MSP-wide CW instance: the MSP logs in as company `harborit` with one API member's keys; each
client tenant with `"psa": "connectwise"` is a CW company whose identifier is its `psa_company_id`.
Tickets, notes, time entries, callbacks and the callback signing key.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import re
import uuid
from typing import Any
from urllib.parse import quote, unquote, urlencode

from sandbox import psa_control, psa_history, psa_people
from sandbox.core import Request, Response, Vendor

API = "/v4_6_release/apis/3.0"
LOGIN_COMPANY = "harborit"
PUBLIC_KEY = "sbxPub" + hashlib.sha256(b"rallied-sandbox:cw-public").hexdigest()[:10]
PRIVATE_KEY = "sbxPriv" + hashlib.sha256(b"rallied-sandbox:cw-private").hexdigest()[:16]
CLIENT_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "https://rallied.invalid/sandbox/connectwise-client"))
SIGNING_KEY_ID = "sandbox-key-1"
SIGNING_KEY = "sbx-cw-signing-" + hashlib.sha256(b"rallied-sandbox:cw-signing").hexdigest()[:24]
CLOSED_STATUS = "Closed (resolved)"
API_MEMBER = "rallied"  # the member the API keys belong to: the author of every change made through the API
STATUSES = [
    {"id": 1, "name": "New", "closedStatus": False},
    {"id": 2, "name": "In Progress", "closedStatus": False},
    {"id": 3, "name": "Waiting on Customer", "closedStatus": False},
    {"id": 4, "name": CLOSED_STATUS, "closedStatus": True},
]
BOARD = {"id": 1, "name": "Help Desk"}
# The instance's work types and TimeEntry.billableOption values; each client company has one agreement.
WORK_TYPES = [{"id": 1, "name": "Remote Support"}, {"id": 2, "name": "Onsite Support"}, {"id": 3, "name": "Admin"}]
BILLABLE_OPTIONS = ("Billable", "DoNotBill", "NoCharge", "NoDefault")
DEMO_WORK_TYPE = "Remote Support"
BOARDS = [BOARD, {"id": 2, "name": "Projects"}, {"id": 3, "name": "Alerts"}]
# A customer of the MSP that is not on Rallied: its tickets live in the same CW instance, under its own company,
# so a ticket number of theirs is reachable with the MSP's API keys (what a PSA reference must be checked against).
OTHER_CUSTOMER = {"identifier": "LitwareInc", "name": "Litware, Inc.",
                  "contact": ("pat.doe@litware.example", "Pat Doe")}
OTHER_TICKET = 901  # outside the numbering of the tenants' tickets (1001 up), which tests and demos rely on
_CONDITION = re.compile(
    r'^\s*([\w/]+)\s*(=|!=|>=|<=|>|<|like)\s*("(?:[^"\\]|\\.)*"|\[[^\]]*\]|[\w.\-]+)\s*$', re.IGNORECASE
)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def agreement_id(identifier: str) -> int:
    """The id of a client company's managed-services agreement: derived from its identifier, so a connection row
    can name it without the sandbox's state."""
    return 300 + int(hashlib.sha256(f"cw-agreement:{identifier.lower()}".encode()).hexdigest()[:6], 16) % 9000


def sign_callback(body: bytes) -> dict[str, str]:
    """Headers that make `body` a validly signed CW callback (for tests and the demo).

    CW's scheme: base64(HMAC-SHA256(key = SHA256(signing_key), msg = raw body)) in x-content-signature.
    """
    key = hashlib.sha256(SIGNING_KEY.encode()).digest()
    signature = base64.b64encode(hmac.new(key, body, hashlib.sha256).digest()).decode()
    return {"x-content-signature": signature, "Content-Type": "application/json"}


def callback_body(sandbox_url: str, ticket: dict[str, Any], action: str = "added") -> bytes:
    """A CW ticket callback payload as CW posts it (Entity is a JSON string), key_url on the sandbox."""
    payload = {
        "MessageId": str(uuid.uuid4()),
        "FromUrl": f"{sandbox_url}/connectwise",
        "CompanyId": LOGIN_COMPANY,
        "MemberId": "rallied",
        "Action": action,
        "Type": "ticket",
        "ID": ticket["id"],
        "ProductInstanceId": str(
            uuid.uuid5(uuid.NAMESPACE_URL, "https://rallied.invalid/sandbox/cw-instance")
        ),
        "PartnerId": LOGIN_COMPANY,
        "Entity": json.dumps(ticket),
        "Metadata": {"key_url": f"{sandbox_url}/connectwise{API}/system/callbackKeys/{SIGNING_KEY_ID}"},
        "CallbackObjectRecId": 1,
    }
    return json.dumps(payload).encode()


def _instant(value: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def _info() -> dict[str, Any]:
    return {"lastUpdated": now_iso(), "updatedBy": "rallied"}


class ConnectWise(Vendor):
    prefix = "connectwise"

    def reset(self, directory: dict[str, Any]) -> None:
        self.companies: dict[str, dict[str, Any]] = {}
        self.agreements: dict[int, dict[str, Any]] = {}
        self.contacts: dict[int, dict[str, Any]] = {}  # CW Contact: id, company, name, e-mail
        self.tickets: dict[int, dict[str, Any]] = {}
        self.notes: dict[int, list[dict[str, Any]]] = {}
        self.time_entries: list[dict[str, Any]] = []
        self.callbacks: list[dict[str, Any]] = []
        self.next_ticket, self.next_note, self.next_time = 1001, 1, 1
        for tenant in directory.get("tenants", []):
            if tenant.get("psa") == "connectwise":
                self._seed_company(tenant)
        email, name = OTHER_CUSTOMER["contact"]
        other = self._add_company(str(OTHER_CUSTOMER["identifier"]), str(OTHER_CUSTOMER["name"]))
        self._new_ticket(other, "Password reset", "Please reset my password, I am locked out.", email, name,
                         ticket_id=OTHER_TICKET)

    def _add_company(self, identifier: str, name: str) -> dict[str, Any]:
        company = {"id": 250 + len(self.companies), "identifier": identifier, "name": name}
        self.companies[identifier.lower()] = company
        agreement = {"id": agreement_id(identifier), "name": f"Managed Services - {name}"[:50],
                     "company": {"id": company["id"], "identifier": identifier}}
        self.agreements[agreement["id"]] = agreement
        return company

    def _contact(self, company: dict[str, Any], email: str, name: str) -> dict[str, Any] | None:
        """The company's Contact with this e-mail (created the first time, as CW's e-mail connector does)."""
        if not email:
            return None
        for contact in self.contacts.values():
            if contact["company"]["id"] == company["id"] and contact["email"].lower() == email.lower():
                return contact
        first, _, last = (name or email.split("@")[0]).partition(" ")
        contact = {"id": 100 + len(self.contacts), "firstName": first, "lastName": last, "email": email,
                   "company": {"id": company["id"], "identifier": company["identifier"]}}
        self.contacts[contact["id"]] = contact
        return contact

    def _seed_company(self, tenant: dict[str, Any]) -> None:
        identifier = str(tenant["psa_company_id"])
        company = self._add_company(identifier, tenant.get("name", identifier))
        users = [u for u in tenant.get("users", []) if u.get("manager")]
        samples = [
            (
                "Can't sign in - password expired",
                "I can't log in to my computer, it says my password expired.",
            ),
            ("Printer on the 2nd floor jams", "The front desk printer keeps jamming on every print job."),
        ]
        for (summary, text), user in zip(samples, users[:2] or [{}] * 2, strict=False):
            self._new_ticket(company, summary, text, user.get("upn", ""), user.get("display_name", ""))

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        if tenant.get("psa") != "connectwise":
            return None
        return {
            "vendor": "connectwise",
            "base_url": f"{sandbox_url}/connectwise{API}",
            "config": {
                "company_id": LOGIN_COMPANY,
                "company_identifier": str(tenant["psa_company_id"]),
                "client_id": CLIENT_ID,
                "closed_status": CLOSED_STATUS,
                "board": BOARD["name"],
                # How the MSP bills Rallied's time for this client (README "Time entries").
                "work_type": DEMO_WORK_TYPE,
                "agreement_id": agreement_id(str(tenant["psa_company_id"])),
                "billable_option": "Billable",
                "time_increment_minutes": 15,
                "api_member": API_MEMBER,
            },
            "credentials": {"public_key": PUBLIC_KEY, "private_key": PRIVATE_KEY},
        }

    def routes(self) -> list[tuple[str, str, Any]]:
        t = API + r"/service/tickets/(?P<id>\d+)"
        return [
            ("GET", API + r"/service/tickets", self.list_tickets),
            ("GET", API + r"/service/tickets/count", self.count_tickets),
            ("POST", API + r"/service/tickets", self.create_ticket),
            ("GET", t, self.get_ticket),
            ("PATCH", t, self.patch_ticket),
            ("GET", t + r"/notes", self.list_notes),
            ("POST", t + r"/notes", self.add_note),
            ("GET", API + r"/service/boards/\d+/statuses", self.list_statuses),
            ("POST", API + r"/time/entries", self.add_time_entry),
            ("GET", API + r"/time/entries", self.list_time_entries),
            ("GET", API + r"/system/callbacks", self.list_callbacks),
            ("POST", API + r"/system/callbacks", self.add_callback),
            ("DELETE", API + r"/system/callbacks/(?P<id>\d+)", self.delete_callback),
            ("GET", API + r"/system/callbackKeys/(?P<key>[\w\-]+)", self.signing_key),
        ]

    def dump(self) -> dict[str, Any]:
        return {
            "companies": list(self.companies.values()),
            "agreements": list(self.agreements.values()),
            "work_types": WORK_TYPES,
            "tickets": {str(k): {**v, "notes": self.notes.get(k, [])} for k, v in self.tickets.items()},
            "time_entries": self.time_entries,
            "callbacks": self.callbacks,
        }

    # -- envelope and auth ------------------------------------------------------------------------
    def error(
        self, status: int, code: str, message: str, errors: list[dict[str, Any]] | None = None
    ) -> Response:
        body: dict[str, Any] = {"code": code, "message": message}
        if errors:
            body["errors"] = errors
        return Response(status, body)

    def invalid(self, field: str, message: str, resource: str = "ticket") -> Response:
        return self.error(
            400,
            "InvalidObject",
            f"{resource} object is invalid",
            [{"code": "InvalidField", "message": message, "resource": resource, "field": field}],
        )

    def authenticate(self, req: Request) -> Response | None:
        if req.path.startswith(API + "/system/callbackKeys/"):
            return None  # fetched by the callback receiver, which has no API key; the key is public by id
        header = req.header("authorization") or ""
        try:
            user, _, secret = (
                base64.b64decode(header[6:]).decode().partition(":")
                if header[:6] == "Basic "
                else ("", "", "")
            )
        except (ValueError, UnicodeDecodeError):
            user, secret = "", ""
        expected_user = f"{LOGIN_COMPANY}+{PUBLIC_KEY}"
        if not (
            hmac.compare_digest(user.lower(), expected_user.lower())
            and hmac.compare_digest(secret, PRIVATE_KEY)
        ):
            return self.error(
                401, "Unauthorized", "Authentication failed: invalid company, public key or private key."
            )
        if not req.header("clientid"):
            return self.error(
                403, "Forbidden", "A clientId header is required. See developer.connectwise.com/ClientID."
            )
        return None

    # -- tickets ----------------------------------------------------------------------------------
    def _new_ticket(
        self,
        company: dict[str, Any],
        summary: str,
        text: str,
        email: str,
        name: str,
        board: dict[str, Any] = BOARD,
        ticket_id: int | None = None,
    ) -> dict[str, Any]:
        tid = ticket_id or self.next_ticket
        if ticket_id is None:
            self.next_ticket += 1
        contact = self._contact(company, email, name)
        ticket = {
            "id": tid,
            "summary": summary,
            "recordType": "ServiceTicket",
            "board": dict(board),
            "status": {"id": 1, "name": "New"},
            "company": dict(company),
            # CW's ticket names its Contact ({id, name}) and carries the contact's e-mail as contactEmailAddress.
            "contact": ({"id": contact["id"], "name": f"{contact['firstName']} {contact['lastName']}".strip()}
                        if contact else None),
            "contactName": name,
            "contactEmailAddress": email,
            "priority": {"id": 4, "name": "Priority 3 - Normal Response"},
            "initialDescription": text,
            "closedFlag": False,
            "dateEntered": now_iso(),
            "_info": _info(),
        }
        self.tickets[tid] = ticket
        self.notes[tid] = []
        return ticket

    def _ticket_or_404(self, req: Request) -> dict[str, Any] | Response:
        ticket = self.tickets.get(int(req.params["id"]))
        if ticket is None:
            return self.error(404, "NotFound", f"Ticket ID {req.params['id']} not found")
        return ticket

    def create_ticket(self, req: Request) -> Response:
        body = req.json() or {}
        summary = str(body.get("summary") or "")
        if not summary:
            return self.invalid("summary", "Summary is required.")
        if len(summary) > 100:
            return self.invalid("summary", "Summary cannot be longer than 100 characters.")
        ref = body.get("company") or {}
        company = self.companies.get(str(ref.get("identifier", "")).lower()) or next(
            (c for c in self.companies.values() if c["id"] == ref.get("id")), None
        )
        if company is None:
            return self.invalid("company", "Company is required and must exist.")
        ticket = self._new_ticket(
            company,
            summary,
            str(body.get("initialDescription") or ""),
            str(body.get("contactEmailAddress") or ""),
            str(body.get("contactName") or ""),
        )
        return Response(201, ticket)

    def get_ticket(self, req: Request) -> Response:
        found = self._ticket_or_404(req)
        return found if isinstance(found, Response) else Response(200, found)

    def list_tickets(self, req: Request) -> Response:
        items = sorted(self.tickets.values(), key=lambda t: t["id"])
        conditions = req.arg("conditions")
        if conditions:
            try:
                for clause in re.split(r"\s+and\s+", conditions, flags=re.IGNORECASE):
                    items = [t for t in items if self._matches(t, clause)]
            except ValueError as exc:
                return self.error(400, "InvalidObject", f"conditions is invalid: {exc}")
        if (req.arg("orderBy") or "").lower().endswith("desc"):
            items.reverse()
        return self._page(req, items)

    @staticmethod
    def _matches(ticket: dict[str, Any], clause: str) -> bool:
        match = _CONDITION.match(clause)
        if not match:
            raise ValueError(f"cannot parse '{clause}'")
        path, op, raw = match.group(1), match.group(2).lower(), match.group(3)
        value: Any = ticket
        for part in path.split("/"):
            value = value.get(part) if isinstance(value, dict) else None
        if raw.startswith("["):  # a date: [2026-09-01T00:00:00Z], compared as an instant
            wanted, actual = _instant(raw[1:-1]), _instant(value)
            if wanted is None:
                raise ValueError(f"'{raw}' is not a date")
            if actual is None:
                return op == "!="
        elif raw.startswith('"'):
            wanted: Any = raw[1:-1].replace('\\"', '"')
            actual: Any = str(value if value is not None else "")
            if op == "like":
                pattern = "^" + re.escape(wanted.lower()).replace("%", ".*") + "$"
                return re.match(pattern, actual.lower()) is not None
            actual, wanted = actual.lower(), wanted.lower()
        elif raw.lower() in ("true", "false"):
            wanted, actual = raw.lower() == "true", bool(value)
        else:
            try:
                wanted, actual = float(raw), float(value if value is not None else 0)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"'{path}' is not a number") from exc
        ops = {"=": actual == wanted, "!=": actual != wanted}
        if op in ops:
            return ops[op]
        if op == "like":
            raise ValueError("like needs a quoted string")
        return {">": actual > wanted, "<": actual < wanted, ">=": actual >= wanted, "<=": actual <= wanted}[
            op
        ]

    def _page(self, req: Request, items: list[dict[str, Any]]) -> Response:
        try:
            page, size = int(req.arg("page") or 1), int(req.arg("pageSize") or 25)
        except ValueError:
            return self.error(400, "InvalidObject", "page and pageSize must be numbers")
        if page < 1 or not 1 <= size <= 1000:
            return self.error(400, "InvalidObject", "page must be >= 1 and pageSize between 1 and 1000")
        last = max(1, -(-len(items) // size))
        links = []
        query = {k: v[0] for k, v in req.query.items()}
        for rel, number in (("next", page + 1), ("last", last)):
            if rel == "next" and page >= last:
                continue
            query.update(page=str(number), pageSize=str(size))
            links.append(
                f'<{req.base_url}{unquote(req.path)}?{urlencode(query, quote_via=quote)}>; rel="{rel}"'
            )
        headers = [("Link", ", ".join(links))] if links else []
        return Response(
            200,
            items[(page - 1) * size : page * size],
            headers=headers,
            content_type="application/vnd.connectwise.com+json; version=2025.8",
        )

    def patch_ticket(self, req: Request) -> Response:
        found = self._ticket_or_404(req)
        if isinstance(found, Response):
            return found
        ops = req.json()
        if not isinstance(ops, list) or not ops:
            return self.invalid("body", "The body must be a JSON-Patch array of operations.")
        changes: dict[str, Any] = {}
        for op in ops:
            if not isinstance(op, dict) or op.get("op") not in ("replace", "add"):
                return self.invalid("op", "Only replace operations are supported.")
            path = str(op.get("path", "")).strip("/").lower()
            value = op.get("value")
            if path in ("status", "status/id", "status/name"):
                ref = (
                    value if isinstance(value, dict) else {path.split("/")[-1]: value} if "/" in path else {}
                )
                status = next(
                    (
                        s
                        for s in STATUSES
                        if s["id"] == ref.get("id")
                        or (ref.get("name") and s["name"].lower() == str(ref["name"]).lower())
                    ),
                    None,
                )
                if status is None:
                    return self.invalid("status", f"Status {value!r} is not valid for board {BOARD['name']}.")
                changes["status"] = status
            elif path in ("summary",):
                if not value or len(str(value)) > 100:
                    return self.invalid("summary", "Summary must be 1 to 100 characters.")
                changes["summary"] = str(value)
            else:
                return self.invalid(path, f"Patching '{path}' is not supported by the sandbox.")
        if "status" in changes:
            status = changes.pop("status")
            found["status"] = {"id": status["id"], "name": status["name"]}
            found["closedFlag"] = status["closedStatus"]
            if status["closedStatus"]:
                found["closedDate"], found["closedBy"] = now_iso(), "rallied"
        found.update(changes)
        found["_info"] = _info()
        return Response(200, found)

    def list_statuses(self, req: Request) -> Response:
        return Response(200, [{**s, "board": dict(BOARD)} for s in STATUSES])

    # -- notes and time ---------------------------------------------------------------------------
    def add_note(self, req: Request) -> Response:
        found = self._ticket_or_404(req)
        if isinstance(found, Response):
            return found
        body = req.json() or {}
        text = str(body.get("text") or "")
        if not text.strip():
            return self.invalid("text", "Text is required.", "serviceNote")
        flags = {
            f: bool(body.get(f, False))
            for f in ("detailDescriptionFlag", "internalAnalysisFlag", "resolutionFlag")
        }
        if not any(flags.values()):
            return self.invalid(
                "detailDescriptionFlag",
                "At least one of detailDescriptionFlag, internalAnalysisFlag or resolutionFlag must be true.",
                "serviceNote",
            )
        note = {
            "id": self.next_note,
            "ticketId": found["id"],
            "text": text,
            **flags,
            "customerUpdatedFlag": bool(body.get("customerUpdatedFlag", False)),
            "processNotifications": bool(body.get("processNotifications", False)),
            "internalFlag": flags["internalAnalysisFlag"],
            "externalFlag": flags["detailDescriptionFlag"] and not flags["internalAnalysisFlag"],
            "dateCreated": now_iso(),
            "createdBy": "rallied",
            "member": {"identifier": API_MEMBER},  # CW names the API member as the author of what it writes
            "_info": _info(),
        }
        self.next_note += 1
        self.notes[found["id"]].append(note)
        return Response(201, note)

    def list_notes(self, req: Request) -> Response:
        found = self._ticket_or_404(req)
        return found if isinstance(found, Response) else self._page(req, self.notes[found["id"]])

    @staticmethod
    def _reference(rows: Any, ref: Any) -> dict[str, Any] | None:
        """The row a CW reference ({id} or {name}) points at, or None."""
        if not isinstance(ref, dict):
            return None
        return next((r for r in rows if ("id" in ref and r["id"] == ref["id"])
                     or ("id" not in ref and str(r["name"]).lower() == str(ref.get("name", "")).lower())), None)

    def _billing(self, body: dict[str, Any]) -> dict[str, Any] | Response:
        """The entry's work type, agreement and billable option, checked as CW checks them, as CW stores them."""
        out: dict[str, Any] = {}
        if body.get("workType") is not None:
            work_type = self._reference(WORK_TYPES, body["workType"])
            if work_type is None:
                return self.invalid("workType", f"workType {body['workType']!r} not found.", "timeEntry")
            out["workType"] = dict(work_type)
        if body.get("agreement") is not None:
            agreement = self._reference(self.agreements.values(), body["agreement"])
            ticket = self.tickets.get(body.get("chargeToId"))
            if agreement is None or ticket is None or agreement["company"]["id"] != ticket["company"]["id"]:
                return self.invalid("agreement", f"agreement {body['agreement']!r} is not an agreement of the "
                                    "ticket's company.", "timeEntry")
            out["agreement"] = {"id": agreement["id"], "name": agreement["name"]}
        if body.get("billableOption") is not None:
            if body["billableOption"] not in BILLABLE_OPTIONS:
                return self.invalid("billableOption", f"billableOption must be one of {', '.join(BILLABLE_OPTIONS)}.",
                                    "timeEntry")
            out["billableOption"] = body["billableOption"]
        return out

    def add_time_entry(self, req: Request) -> Response:
        body = req.json() or {}
        if not body.get("timeStart"):
            return self.invalid("timeStart", "timeStart is required.", "timeEntry")
        if (
            body.get("chargeToType", "ServiceTicket") == "ServiceTicket"
            and body.get("chargeToId") not in self.tickets
        ):
            return self.invalid("chargeToId", f"Ticket ID {body.get('chargeToId')} not found.", "timeEntry")
        billing = self._billing(body)
        if isinstance(billing, Response):
            return billing
        entry = {"chargeToType": "ServiceTicket", **body, **billing, "id": self.next_time, "_info": _info()}
        if "actualHours" not in entry and body.get("timeEnd"):
            start = dt.datetime.fromisoformat(body["timeStart"])
            end = dt.datetime.fromisoformat(body["timeEnd"])
            entry["actualHours"] = round((end - start).total_seconds() / 3600, 2)
        self.next_time += 1
        self.time_entries.append(entry)
        return Response(201, entry)

    def list_time_entries(self, req: Request) -> Response:
        return self._page(req, self.time_entries)

    # -- callbacks --------------------------------------------------------------------------------
    def list_callbacks(self, req: Request) -> Response:
        return Response(200, self.callbacks)

    def add_callback(self, req: Request) -> Response:
        body = req.json() or {}
        for name in ("url", "objectId", "type", "level"):
            if body.get(name) in (None, ""):
                return self.invalid(name, f"{name} is required.", "callbackEntry")
        entry = {"id": len(self.callbacks) + 1, "inactiveFlag": False, **body, "_info": _info()}
        self.callbacks.append(entry)
        return Response(201, entry)

    def delete_callback(self, req: Request) -> Response:
        before = len(self.callbacks)
        self.callbacks = [c for c in self.callbacks if c["id"] != int(req.params["id"])]
        if len(self.callbacks) == before:
            return self.error(404, "NotFound", f"Callback ID {req.params['id']} not found")
        return Response(204)

    # -- sandbox control: a new ticket arrives (sandbox/psa_control.py) ------------------------
    def open_ticket(self, company: str, summary: str, text: str = "", email: str = "", name: str = "",
                    board: str = BOARD["name"]) -> dict[str, Any]:
        """A ticket opened in CW (portal, e-mail connector, a technician); KeyError: no such company or board."""
        with self.lock:
            found = self.companies.get(company.lower())
            where = next((b for b in BOARDS if b["name"].lower() == board.lower()), None)
            if found is None or where is None:
                raise KeyError(company if found is None else board)
            return json.loads(json.dumps(self._new_ticket(found, summary, text, email, name, board=where)))

    def callback(self, sandbox_url: str, ticket: dict[str, Any], action: str = "added") -> tuple[dict[str, str], bytes]:
        """The signed callback CW posts about a ticket: (headers, raw body)."""
        body = callback_body(sandbox_url, ticket, action)
        return sign_callback(body), body

    def control(self, method: str, path: str, body: bytes, sandbox_url: str) -> Response:
        def opened(data: dict[str, Any]) -> psa_control.Opened | Response:
            f = psa_control.fields(data)
            try:
                ticket = self.open_ticket(f["company"], f["summary"][:100], f["description"], f["requester_email"],
                                          f["requester_name"], f["board"] or BOARD["name"])
            except KeyError as exc:
                return Response(400, {"error": f"unknown company or board: {exc}"})
            return (ticket, *self.callback(sandbox_url, ticket))

        def acted(ticket_id: int, act: str, data: dict[str, Any]) -> psa_control.Opened | Response:
            with self.lock:
                changed = psa_people.connectwise_act(self, ticket_id, act, **psa_control.person(data))
                if isinstance(changed, Response):
                    return changed
                ticket = json.loads(json.dumps(changed))
            return (ticket, *self.callback(sandbox_url, ticket, "updated"))

        if path.rstrip("/") == "/history":  # closed tickets of the past, for the backtest
            return psa_history.handle(self, method, body)
        return psa_control.handle(method, path, body, "/hooks/connectwise/", opened, acted)

    def signing_key(self, req: Request) -> Response:
        if req.params["key"] != SIGNING_KEY_ID:
            return self.error(404, "NotFound", "Signing key not found")
        return Response(200, {"signing_key": SIGNING_KEY})

    # -- the backtest's history (sandbox/psa_history.py) --------------------------------------------------
    def seed_history(self, company: str, rows: list[dict[str, Any]]) -> list[int]:
        """Closed tickets of the past for a company, as CW keeps them: closed status, closedFlag, closedDate."""
        found = self.companies[str(company).lower()]
        closed = next(s for s in STATUSES if s["closedStatus"])
        ids = []
        for row in rows:
            ticket = self._new_ticket(found, row["subject"][:100], row["body"], row["requester_email"],
                                      row["requester_name"])
            ticket.update(status={"id": closed["id"], "name": closed["name"]}, closedFlag=True,
                          dateEntered=psa_history.stamp(row["opened"]), closedDate=psa_history.stamp(row["closed"]),
                          closedBy="helpdesk")
            ids.append(ticket["id"])
        return ids

    def count_tickets(self, req: Request) -> Response:
        """`GET /service/tickets/count?conditions=`: how many tickets the same conditions would list."""
        items = list(self.tickets.values())
        conditions = req.arg("conditions")
        try:
            for clause in re.split(r"\s+and\s+", conditions, flags=re.IGNORECASE) if conditions else []:
                items = [t for t in items if self._matches(t, clause)]
        except ValueError as exc:
            return self.error(400, "InvalidObject", f"conditions is invalid: {exc}")
        return Response(200, {"count": len(items)})
