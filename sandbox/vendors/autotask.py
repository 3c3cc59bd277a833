"""Simulated Autotask (Datto/Kaseya) PSA REST API, ATServicesRest V1.0.

Quirks kept from the real service: a zone-discovery call tells the client where its database lives;
auth is the header trio ApiIntegrationCode / UserName / Secret; single items come as `{"item"}`,
queries as `{"items", "pageDetails"}` with an absolute `nextPageUrl`, writes answer `{"itemId"}`;
ticket updates are PATCH on the collection with the id in the body; notes are created only through
the ticket's child URL; errors are `{"errors": [...]}`, and validation failures come back as HTTP 500.
One sandbox serves every Autotask tenant; the API user (UserName) chooses the tenant's database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from sandbox import psa_control, psa_history, psa_people
from sandbox.core import JSON, Handler, Request, Response, Vendor

API = "/ATServicesRest/V1.0"
PAGE_SIZE = 500  # Autotask's maxRecords ceiling
STATUS_NEW, STATUS_COMPLETE = 1, 5
REQUIRED_TICKET_FIELDS = ("companyID", "title", "status", "priority")
HOURLY_LIMIT = 10000
HELP_DESK_QUEUE = 29682833  # the seeded tickets' queue; queue ids are per-database picklist values
# Another customer of the MSP in the same Autotask database, not on Rallied: its tickets and contacts are readable
# with the tenant's API user, as in a real MSP database holding every customer.
OTHER_COMPANY, OTHER_CONTACT = 29690001, ("pat.doe@litware.example", "Pat", "Doe")
OTHER_TICKET = 6001
# BillingCodes of the Work Type kind (what a time entry's billingCodeID names), one picklist for the database.
BILLING_CODES = {29682801: "Remote Support", 29682802: "Onsite Support", 29682803: "Internal (non-billable)"}
DEMO_BILLING_CODE = 29682801


def contract_id(company: int) -> int:
    """The id of a company's managed-services contract, derived so a connection row can name it without state."""
    return 29683000 + int(company) % 1000

API_RESOURCE = 29682885  # the resource behind every tenant's API user: the author of what Rallied writes


def _digest(kind: str, slug: str) -> str:
    return hashlib.sha256(f"rallied-sandbox-autotask:{kind}:{slug}".encode()).hexdigest()


def sandbox_credentials(slug: str) -> dict[str, str]:
    """The tenant's sandbox-only API user: deterministic, shaped like Autotask's values."""
    return {
        "username": f"rallied-{slug}@sandbox.autotask.example",
        "integration_code": _digest("code", slug)[:26].upper(),
        "secret": "S*" + _digest("secret", slug)[:22],
    }


def webhook_secret(slug: str) -> str:
    """The SecretKey a service lead would give the tenant's TicketWebhook (sandbox-only, deterministic)."""
    return "at-hook-" + _digest("webhook", slug)[:32]


def sign_webhook(secret: str, body: bytes) -> dict[str, str]:
    """Autotask's callout signature: X-Hook-Signature: sha1=base64(HMAC-SHA1(secret key, raw body))
    (Autotask developer help, "Secret key and payload verification")."""
    digest = base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha1).digest()).decode()
    return {"X-Hook-Signature": f"sha1={digest}", "Content-Type": "application/json"}


def webhook_body(ticket: dict[str, Any], action: str = "Create", sequence: int = 1) -> bytes:
    """A TicketWebhook callout. The payload shape (Action, Guid, EntityType, Id, Fields, EventTime,
    SequenceNumber, PersonID) follows Autotask's webhook documentation; Fields carries the subscribed
    and display-always fields only, never the whole ticket."""
    payload = {
        "Action": action,
        "Guid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://rallied.invalid/sandbox/autotask/{ticket['companyID']}")),
        "EntityType": "Ticket",
        "Id": ticket["id"],
        "Fields": {k: ticket.get(k) for k in ("status", "queueID", "title", "assignedResourceID")},
        "EventTime": now_iso(),
        "SequenceNumber": sequence,
        "PersonID": None,
    }
    return json.dumps(payload).encode()


def note_webhook_body(note: dict[str, Any], company: int, action: str = "Create", sequence: int = 1) -> bytes:
    """A TicketNoteWebhook callout: EntityType TicketNote, the note's id, and its parent ticket in Fields."""
    payload = {
        "Action": action,
        "Guid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://rallied.invalid/sandbox/autotask/{company}/notes")),
        "EntityType": "TicketNote",
        "Id": note["id"],
        "Fields": {k: note.get(k) for k in ("ticketID", "publish", "noteType", "title")},
        "EventTime": now_iso(),
        "SequenceNumber": sequence,
        "PersonID": note.get("creatorResourceID"),
    }
    return json.dumps(payload).encode()


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


class AutotaskVendor(Vendor):
    prefix = "autotask"

    def reset(self, directory: dict[str, Any]) -> None:
        self.dbs: dict[str, dict[str, Any]] = {}  # by API username
        self.sequence = 0  # webhook SequenceNumber, one counter for the sandbox
        for tenant in directory.get("tenants", []):
            if tenant.get("psa") != "autotask":
                continue
            creds = sandbox_credentials(tenant["slug"])
            company = int(tenant["psa_company_id"])
            db: dict[str, Any] = {
                "slug": tenant["slug"],
                "creds": creds,
                "company": company,
                "tickets": {},
                "notes": {},
                "time": {},
                "contacts": {},
                "contracts": {},
                "next_id": 7000,
                "next_contact": 30600,  # contacts are their own entity with their own ids
                "requests": 0,
            }
            users = tenant.get("users", [])
            for user in users:
                first, _, last = str(user.get("display_name") or "").partition(" ")
                self._insert_contact(db, company, str(user.get("login") or user.get("email") or ""), first, last)
            samples = [
                (
                    "Can't sign in - account locked",
                    "I typed my password wrong too many times and now I'm locked out.",
                    4,
                ),
                ("Please add me to the VPN Users group", "I need VPN access to work from home next week.", 5),
            ]
            for title, text, who in samples:
                requester = users[who % len(users)]["login"] if users else ""
                self._insert_ticket(db, self._ticket_fields(db, company, title, text, requester))
            for owner, name in ((company, tenant.get("name", "")), (OTHER_COMPANY, "Litware")):
                contract = {"id": contract_id(owner), "companyID": owner, "contractName": f"Managed Services - {name}",
                            "status": 1}
                db["contracts"][contract["id"]] = contract
            other = self._insert_contact(db, OTHER_COMPANY, *OTHER_CONTACT)
            # Outside the id range of the tenant's own tickets, so the tenant's numbering stays as it was.
            fields = self._ticket_fields(db, OTHER_COMPANY, "Password reset", "Please reset my password.", "")
            self._insert_ticket(db, {**fields, "contactID": other["id"]}, ticket_id=OTHER_TICKET)
            self.dbs[creds["username"]] = db

    def _insert_contact(self, db: dict[str, Any], company: int, email: str, first: str, last: str) -> dict[str, Any]:
        """A Contacts entity row (the fields Autotask's ContactModel names that intake reads)."""
        db["next_contact"] += 1
        contact = {"id": db["next_contact"], "companyID": company, "firstName": first, "lastName": last,
                   "emailAddress": email, "emailAddress2": None, "emailAddress3": None, "isActive": 1}
        db["contacts"][contact["id"]] = contact
        return contact

    def _contact_for(self, db: dict[str, Any], company: int, email: str) -> dict[str, Any] | None:
        """The company's contact with this e-mail; an unknown sender becomes a new contact, as Autotask's
        incoming e-mail processing does. No e-mail: no contact."""
        if not email:
            return None
        found = next((c for c in db["contacts"].values()
                      if c["companyID"] == company and str(c["emailAddress"]).lower() == email.lower()), None)
        if found is None:
            first, _, last = email.split("@")[0].replace(".", " ").title().partition(" ")
            found = self._insert_contact(db, company, email, first, last)
        return found

    def _ticket_fields(self, db: dict[str, Any], company: int, title: str, text: str, requester: str,
                       queue_id: int = HELP_DESK_QUEUE) -> dict[str, Any]:
        """A new ticket as Autotask stores it: the requester is the linked Contact (contactID), the text is as sent."""
        contact = self._contact_for(db, company, requester)
        return {"companyID": company, "title": title[:255], "description": text, "status": STATUS_NEW,
                "priority": 2, "queueID": queue_id, "source": 4, "contactID": contact["id"] if contact else None}

    def _insert_ticket(self, db: dict[str, Any], fields: dict[str, Any],
                       ticket_id: int | None = None) -> dict[str, Any]:
        if ticket_id is None:
            db["next_id"] += 1
        tid = ticket_id or db["next_id"]
        stamp = now_iso()
        ticket = {
            "id": tid,
            "ticketNumber": f"T{datetime.now(UTC):%Y%m%d}.{tid % 10000:04d}",
            "createDate": stamp,
            "lastActivityDate": stamp,
            "completedDate": None,
            "ticketType": 1,
            "dueDateTime": None,
            "assignedResourceID": None,
            "assignedResourceRoleID": None,
            "userDefinedFields": [],
            **fields,
        }
        db["tickets"][tid] = ticket
        return ticket

    def dump(self) -> JSON:
        return {
            user: {
                "company": db["company"],
                "tickets": list(db["tickets"].values()),
                "contacts": list(db["contacts"].values()),
                "notes": list(db["notes"].values()),
                "timeEntries": list(db["time"].values()),
                "contracts": list(db["contracts"].values()),
            }
            for user, db in self.dbs.items()
        }

    # -- envelope and auth ------------------------------------------------------------------------
    def error(self, status: int, code: str, message: str) -> Response:
        return Response(status, {"errors": [message]})

    def authenticate(self, req: Request) -> Response | None:
        if req.path.startswith(f"{API}/ZoneInformation"):
            return None  # zone discovery is anonymous, as on webservices.autotask.net
        db = self.dbs.get(req.header("username") or "")
        if (
            db is None
            or req.header("secret") != db["creds"]["secret"]
            or req.header("apiintegrationcode") != db["creds"]["integration_code"]
        ):
            return Response(401, {"errors": ["Unauthorized"]})
        db["requests"] += 1
        return None

    def db(self, req: Request) -> dict[str, Any]:
        return self.dbs[req.header("username") or ""]

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        if tenant.get("psa") != "autotask":
            return None
        creds = sandbox_credentials(tenant["slug"])
        return {
            "vendor": "autotask",
            "base_url": f"{sandbox_url}/autotask",
            "config": {
                "username": creds["username"],
                "integration_code": creds["integration_code"],
                "company_id": int(tenant["psa_company_id"]),
                "complete_status": STATUS_COMPLETE,
                # How the MSP bills Rallied's time for this client (README "Time entries").
                "contract_id": contract_id(int(tenant["psa_company_id"])),
                "billing_code_id": DEMO_BILLING_CODE,
                "non_billable": False,
                "time_increment_minutes": 6,
                "api_resource_id": API_RESOURCE,
            },
            # The API user's secret, and the SecretKey of the TicketWebhook the sandbox signs its callouts with.
            "credentials": {"secret": creds["secret"], "webhook_secret": webhook_secret(tenant["slug"])},
        }

    def routes(self) -> list[tuple[str, str, Handler]]:
        return [
            ("GET", f"{API}/ZoneInformation", self.zone),
            ("GET", f"{API}/ThresholdInformation", self.threshold),
            ("GET", f"{API}/Tickets/(?P<id>\\d+)", self.get_ticket),
            ("POST", f"{API}/Tickets", self.create_ticket),
            ("PATCH", f"{API}/Tickets", self.update_ticket),
            ("POST", f"{API}/Tickets/query", self.query_tickets),
            ("GET", f"{API}/Tickets/query", self.query_tickets),
            ("POST", f"{API}/Tickets/query/count", self.count_tickets),
            ("GET", f"{API}/Tickets/query/count", self.count_tickets),
            ("GET", f"{API}/Tickets/(?P<id>\\d+)/Notes", self.list_notes),
            ("POST", f"{API}/Tickets/(?P<id>\\d+)/Notes", self.create_note),
            ("POST", f"{API}/TimeEntries", self.create_time_entry),
            ("GET", f"{API}/TimeEntries/(?P<id>\\d+)", self.get_time_entry),
            ("POST", f"{API}/TimeEntries/query", self.query_time_entries),
            ("GET", f"{API}/Contacts/(?P<id>\\d+)", self.get_contact),
            ("POST", f"{API}/Contacts/query", self.query_contacts),
        ]

    # -- sandbox control: a new ticket arrives (sandbox/psa_control.py) ------------------------
    def open_ticket(
        self, company: int, title: str, text: str = "", requester: str = "", queue_id: int = HELP_DESK_QUEUE,
        *, contact: str | None = None,
    ) -> dict[str, Any]:
        """A ticket someone opened in the company's Autotask database; KeyError for an unknown company.

        The requester becomes the ticket's contact; `contact` (an e-mail, or "" for none) links another one,
        as a technician can, whatever the text says."""
        with self.lock:
            db = next((d for d in self.dbs.values() if d["company"] == int(company)), None)
            if db is None:
                raise KeyError(company)
            fields = self._ticket_fields(db, db["company"], title, text, requester if contact is None else contact,
                                         queue_id)
            self.sequence += 1
            return json.loads(json.dumps(self._insert_ticket(db, fields)))

    def slug_of(self, company: int) -> str:
        return next(d["slug"] for d in self.dbs.values() if d["company"] == int(company))

    def control(self, method: str, path: str, body: bytes, sandbox_url: str) -> Response:
        def opened(data: dict[str, Any]) -> psa_control.Opened | Response:
            f = psa_control.fields(data)
            try:
                ticket = self.open_ticket(int(f["company"]), f["summary"], f["description"], f["requester_email"],
                                          int(f["board"] or HELP_DESK_QUEUE))
            except (KeyError, ValueError) as exc:
                return Response(400, {"error": f"unknown company or bad queue id: {exc}"})
            secret = str(data.get("webhook_secret") or webhook_secret(self.slug_of(ticket["companyID"])))
            raw = webhook_body(ticket, "Create", self.sequence)
            return ticket, sign_webhook(secret, raw), raw

        def acted(ticket_id: int, act: str, data: dict[str, Any]) -> psa_control.Opened | Response:
            with self.lock:
                db = next((d for d in self.dbs.values() if ticket_id in d["tickets"]), None)
                if db is None:
                    return Response(404, {"error": f"no ticket {ticket_id}"})
                changed = psa_people.autotask_act(db, ticket_id, act, **psa_control.person(data))
                if isinstance(changed, Response):
                    return changed
                self.sequence += 1
                ticket, note = json.loads(json.dumps(changed))
            secret = str(data.get("webhook_secret") or webhook_secret(db["slug"]))
            raw = (note_webhook_body(note, ticket["companyID"], "Create", self.sequence) if note else
                   webhook_body(ticket, "Update", self.sequence))
            return ticket, sign_webhook(secret, raw), raw

        if path.rstrip("/") == "/history":  # closed tickets of the past, for the backtest
            return psa_history.handle(self, method, body)
        return psa_control.handle(method, path, body, "/hooks/autotask/", opened, acted)

    # -- handlers ---------------------------------------------------------------------------------
    def zone(self, req: Request) -> Response:
        user = req.arg("user") or ""
        if user not in self.dbs:
            return Response(500, {"errors": [f"Zone information could not be determined for user: {user}"]})
        return Response(
            200,
            {
                "zoneName": "Sandbox Zone",
                "url": f"{req.base_url}/ATServicesRest/",
                "webUrl": f"{req.base_url}/",
                "ci": 0,
            },
        )

    def threshold(self, req: Request) -> Response:
        return Response(
            200,
            {
                "externalRequestThreshold": HOURLY_LIMIT,
                "requestThresholdTimeframe": 60,
                "currentTimeframeRequestCount": self.db(req)["requests"],
            },
        )

    def _ticket(self, req: Request) -> dict[str, Any] | None:
        return self.db(req)["tickets"].get(int(req.params["id"]))

    def get_ticket(self, req: Request) -> Response:
        ticket = self._ticket(req)
        # A missing id is not an error in Autotask: the item is simply null.
        return Response(200, {"item": ticket})

    def create_ticket(self, req: Request) -> Response:
        body = req.json() or {}
        if body.get("id"):
            return Response(500, {"errors": ["Cannot create an entity with an id. Use PATCH to update."]})
        missing = [f for f in REQUIRED_TICKET_FIELDS if body.get(f) in (None, "")]
        if missing:
            return Response(500, {"errors": [f"{f} is required." for f in missing]})
        contact = self.db(req)["contacts"].get(body.get("contactID")) if body.get("contactID") is not None else None
        if body.get("contactID") is not None and (contact is None or contact["companyID"] != body["companyID"]):
            return Response(500, {"errors": ["The contact must belong to the ticket's company."]})
        ticket = self._insert_ticket(self.db(req), {k: v for k, v in body.items() if k != "id"})
        return Response(200, {"itemId": ticket["id"]})

    def update_ticket(self, req: Request) -> Response:
        body = req.json() or {}
        ticket = self.db(req)["tickets"].get(body.get("id")) if isinstance(body.get("id"), int) else None
        if ticket is None:
            return Response(500, {"errors": [f"Ticket with id {body.get('id')} not found."]})
        ticket.update({k: v for k, v in body.items() if k != "id"})
        ticket["lastActivityDate"] = now_iso()
        if body.get("status") == STATUS_COMPLETE:
            ticket["completedDate"] = ticket["lastActivityDate"]
        return Response(200, {"itemId": ticket["id"]})

    @classmethod
    def _match(cls, item: dict[str, Any], node: dict[str, Any]) -> bool:
        op = str(node.get("op", "")).lower()
        if op in ("and", "or"):
            results = [cls._match(item, child) for child in node.get("items", [])]
            return all(results) if op == "and" else any(results)
        actual, value = item.get(node.get("field", "")), node.get("value")
        if op in ("exist", "notexist"):
            return (actual not in (None, "")) == (op == "exist")
        if op in ("in", "notin"):
            return (actual in (value or [])) == (op == "in")
        if op in ("contains", "beginswith", "endswith"):
            text, needle = str(actual or "").lower(), str(value).lower()
            return {
                "contains": needle in text,
                "beginswith": text.startswith(needle),
                "endswith": text.endswith(needle),
            }[op]
        if actual is None:
            return op == "noteq"
        compare = {"eq": actual == value, "noteq": actual != value}
        if op in compare:
            return compare[op]
        try:
            return {
                "gt": actual > value,
                "gte": actual >= value,
                "lt": actual < value,
                "lte": actual <= value,
            }[op]
        except (KeyError, TypeError) as exc:
            raise ValueError(f"Unsupported filter operation: {node.get('op')}") from exc

    def _query(self, req: Request) -> tuple[dict[str, Any], list[dict[str, Any]]] | Response:
        try:
            query = json.loads(req.arg("search") or "null") if req.method == "GET" else req.json()
        except ValueError:
            return Response(500, {"errors": ["Invalid search JSON."]})
        if not isinstance(query, dict) or not query.get("filter"):
            return Response(500, {"errors": ["A query must have at least one filter."]})
        try:
            items = [
                t
                for t in self.db(req)["tickets"].values()
                if all(self._match(t, node) for node in query["filter"])
            ]
        except ValueError as exc:
            return Response(500, {"errors": [str(exc)]})
        return query, sorted(items, key=lambda t: t["id"])

    def query_tickets(self, req: Request) -> Response:
        result = self._query(req)
        if isinstance(result, Response):
            return result
        query, items = result
        size = max(1, min(int(query.get("maxRecords") or PAGE_SIZE), PAGE_SIZE))
        # The page is a cursor on id (as Autotask's own next URLs do): `id gt <last>` added to the filter.
        page = items[:size]
        fields = query.get("includeFields")
        out = [{k: v for k, v in t.items() if not fields or k in fields or k == "id"} for t in page]
        next_url = None
        if len(items) > size:
            nxt = {
                **query,
                "filter": [*query["filter"], {"op": "gt", "field": "id", "value": page[-1]["id"]}],
            }
            next_url = (
                f"{req.base_url}{API}/Tickets/query?search={quote(json.dumps(nxt, separators=(',', ':')))}"
            )
        return Response(
            200,
            {
                "items": out,
                "pageDetails": {
                    "count": len(out),
                    "requestCount": size,
                    "prevPageUrl": None,
                    "nextPageUrl": next_url,
                },
            },
        )

    def count_tickets(self, req: Request) -> Response:
        result = self._query(req)
        return result if isinstance(result, Response) else Response(200, {"queryCount": len(result[1])})

    def get_contact(self, req: Request) -> Response:
        # Like Tickets: an unknown id answers 200 with a null item.
        return Response(200, {"item": self.db(req)["contacts"].get(int(req.params["id"]))})

    def query_contacts(self, req: Request) -> Response:
        return self._query_rows(req, self.db(req)["contacts"].values())

    def get_time_entry(self, req: Request) -> Response:
        # Like Tickets: an unknown id answers 200 with a null item.
        return Response(200, {"item": self.db(req)["time"].get(int(req.params["id"]))})

    def query_time_entries(self, req: Request) -> Response:
        return self._query_rows(req, self.db(req)["time"].values())

    def _query_rows(self, req: Request, rows: Any) -> Response:
        """One page of an entity's rows matching a query's filters (contacts and time entries: few per ticket)."""
        query = req.json()
        if not isinstance(query, dict) or not query.get("filter"):
            return Response(500, {"errors": ["A query must have at least one filter."]})
        try:
            items = [c for c in rows if all(self._match(c, n) for n in query["filter"])]
        except ValueError as exc:
            return Response(500, {"errors": [str(exc)]})
        items.sort(key=lambda c: c["id"])
        page = {"count": len(items), "requestCount": PAGE_SIZE, "prevPageUrl": None, "nextPageUrl": None}
        return Response(200, {"items": items[:PAGE_SIZE], "pageDetails": page})

    def list_notes(self, req: Request) -> Response:
        if self._ticket(req) is None:
            return Response(404, {"errors": [f"Ticket {req.params['id']} not found."]})
        notes = [n for n in self.db(req)["notes"].values() if n["ticketID"] == int(req.params["id"])]
        return Response(
            200,
            {
                "items": notes,
                "pageDetails": {
                    "count": len(notes),
                    "requestCount": PAGE_SIZE,
                    "prevPageUrl": None,
                    "nextPageUrl": None,
                },
            },
        )

    def create_note(self, req: Request) -> Response:
        ticket = self._ticket(req)
        if ticket is None:
            return Response(500, {"errors": [f"Parent ticket {req.params['id']} not found."]})
        body = req.json() or {}
        missing = [f for f in ("description", "noteType", "publish") if body.get(f) in (None, "")]
        if missing:
            return Response(500, {"errors": [f"{f} is required." for f in missing]})
        if body["publish"] not in (1, 2, 3):
            return Response(500, {"errors": [f"Invalid value for publish: {body['publish']}"]})
        db = self.db(req)
        db["next_id"] += 1
        note = {
            "id": db["next_id"],
            "ticketID": ticket["id"],
            "createDateTime": now_iso(),
            "lastActivityDate": now_iso(),
            "title": body.get("title") or "",
            "description": body["description"],
            "noteType": body["noteType"],
            "publish": body["publish"],
            "creatorResourceID": API_RESOURCE,
            "createdByContactID": None,
        }
        db["notes"][note["id"]] = note
        ticket["lastActivityDate"] = note["createDateTime"]
        return Response(200, {"itemId": note["id"]})

    def create_time_entry(self, req: Request) -> Response:
        body = req.json() or {}
        db = self.db(req)
        errors = [
            f"{f} is required."
            for f in ("ticketID", "dateWorked", "hoursWorked")
            if body.get(f) in (None, "")
        ]
        if body.get("ticketID") and body["ticketID"] not in db["tickets"]:
            errors.append(f"Ticket {body['ticketID']} not found.")
        if body.get("hoursWorked") is not None and not 0 < float(body["hoursWorked"]) <= 24:
            errors.append("hoursWorked must be greater than 0 and at most 24.")
        errors += self._billing_errors(db, body)
        if errors:
            return Response(500, {"errors": errors})
        db["next_id"] += 1
        entry = {"id": db["next_id"], **body}
        db["time"][entry["id"]] = entry
        return Response(200, {"itemId": entry["id"]})

    # -- the backtest's history (sandbox/psa_history.py) --------------------------------------------------
    def seed_history(self, company: int | str, rows: list[dict[str, Any]]) -> list[int]:
        """Completed tickets of the past for a company, as Autotask keeps them: status Complete, completedDate."""
        db = next(d for d in self.dbs.values() if d["company"] == int(company))
        ids = []
        for row in rows:
            fields = self._ticket_fields(db, db["company"], row["subject"], row["body"], row["requester_email"])
            ticket = self._insert_ticket(db, fields)
            opened = psa_history.stamp(row["opened"])
            ticket.update(status=STATUS_COMPLETE, createDate=opened, completedDate=psa_history.stamp(row["closed"]),
                          lastActivityDate=psa_history.stamp(row["closed"]))
            ticket["ticketNumber"] = f"T{row['opened']:%Y%m%d}.{ticket['id'] % 10000:04d}"
            ids.append(ticket["id"])
        return ids

    @staticmethod
    def _billing_errors(db: dict[str, Any], body: dict[str, Any]) -> list[str]:
        """A time entry's contract must be one of its ticket's company, its billing code must exist, and
        isNonBillable is a boolean: Autotask refuses anything else (as a 500 with errors, like all validation)."""
        errors = []
        ticket = db["tickets"].get(body.get("ticketID"))
        if body.get("contractID") is not None:
            contract = db["contracts"].get(body["contractID"])
            if contract is None or ticket is None or contract["companyID"] != ticket["companyID"]:
                errors.append(f"contractID {body['contractID']} is not a contract of the ticket's company.")
        if body.get("billingCodeID") is not None and body["billingCodeID"] not in BILLING_CODES:
            errors.append(f"billingCodeID {body['billingCodeID']} does not exist.")
        if "isNonBillable" in body and not isinstance(body["isNonBillable"], bool):
            errors.append("isNonBillable must be a boolean.")
        return errors
