"""HaloPSA in the sandbox: the client-credentials token endpoint, Tickets and Actions.

Halo's quirks kept here: the token endpoint is `/auth/token?tenant=` with a form body and
`scope=all`; create and update are both `POST` of a JSON *array* (an item with an `id` updates);
notes, replies, time and status changes are all Actions on a ticket (`hiddenfromuser`,
`timetaken` in hours, `new_status`); lists carry `record_count` and a key named after the resource;
validation errors are 400 with a JSON object of `field -> message` (`[0].ticket_id` for arrays).
Ticket field names beyond the contract (`reportedby`, `user_name`, `dateoccurred`) are [memory].

One HaloPSA instance serves the MSP; each client tenant of the directory file that uses Halo is a
Halo *client* (id = the tenant's `psa_company_id`). Each tenant gets its own API application whose
agent is restricted to that client, so a tenant's token never sees another client's tickets.
Credentials and tokens are derived from the tenant slug (sandbox-only) and tokens are stateless
HMAC-signed values, so a sandbox reset does not invalidate a token a connector has cached.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import time
import uuid
from typing import Any

from sandbox import psa_control, psa_history, psa_people
from sandbox.core import Request, Response, Vendor

TENANT = "rallied-sandbox"  # the MSP's hosted Halo tenant name, as in ?tenant=
STATUSES = {1: "New", 2: "In Progress", 9: "Closed"}
CLOSED = 9
# The instance's charge rates (an Action's `chargerate`): what a time action is billed at.
CHARGE_RATES = {0: "Standard", 1: "Remote Support", 2: "Onsite Support", 3: "Out of Hours"}
DEMO_CHARGE_RATE = 1
TOKEN_LIFETIME = 3600
HELP_DESK_TEAM = "Service Desk"
FIRST_TICKET_ID = 1001
API_AGENT = 1  # the agent every tenant's API application acts as: the author of the actions Rallied adds
_TOKEN_KEY = hashlib.sha256(b"rallied-sandbox-halopsa-token-key").digest()
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://rallied.invalid/sandbox/halopsa")
# Another client of the MSP's Halo, not on Rallied: the tenants' API applications cannot see its tickets.
OTHER_CLIENT, OTHER_USER, OTHER_TICKET = 13, ("pat.doe@litware.example", "Pat Doe"), 901
_SAMPLES = [
    ("Printer on the first floor keeps jamming", "The big printer by reception jams on every second page."),
    ("Can't get into my email", "I was locked out this morning after changing my password on my phone."),
]


def api_client_id(slug: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"app:{slug}"))


def api_client_secret(slug: str) -> str:
    return "halo-sbx-" + hashlib.sha256(f"rallied-sandbox:halopsa-secret:{slug}".encode()).hexdigest()[:40]


def webhook_secret(slug: str) -> str:
    return "hook-sbx-" + hashlib.sha256(f"rallied-sandbox:halopsa-webhook:{slug}".encode()).hexdigest()[:32]


def webhook_headers(secret: str) -> dict[str, str]:
    """Halo signs nothing: its outbound webhook sends the Basic credentials configured on it (docs:
    usehalo.com/guide/webhook-integration). The sandbox webhook uses user "halo" and the tenant's secret."""
    basic = base64.b64encode(f"halo:{secret}".encode()).decode()
    return {"Authorization": f"Basic {basic}", "Content-Type": "application/json"}


def webhook_body(ticket: dict[str, Any], event: str = "New Ticket Logged") -> bytes:
    """The default payload: the event and the ticket object (an action object too for action events)."""
    return json.dumps({"event": event, "ticket": ticket}).encode()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _sign(payload: str) -> str:
    return _b64(hmac.new(_TOKEN_KEY, payload.encode(), hashlib.sha256).digest())


def issue_token(slug: str, client: int, now: float | None = None) -> str:
    claims = {"t": slug, "client": client, "exp": int((now or time.time()) + TOKEN_LIFETIME)}
    payload = _b64(json.dumps(claims, sort_keys=True).encode())
    return f"halo.{payload}.{_sign(payload)}"


def read_token(token: str) -> dict[str, Any] | None:
    parts = token.split(".")
    if len(parts) != 3 or parts[0] != "halo" or not hmac.compare_digest(parts[2], _sign(parts[1])):
        return None
    claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    return claims if claims.get("exp", 0) > time.time() else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]


class HaloPsa(Vendor):
    prefix = "halopsa"

    def reset(self, directory: dict[str, Any]) -> None:
        self.apps: dict[str, tuple[str, int]] = {}  # API application client_id -> (slug, Halo client id)
        self.secrets: dict[str, str] = {}
        self.clients: dict[int, dict[str, Any]] = {}
        self.users: dict[int, dict[str, Any]] = {}  # Halo end users (a client's contacts): who a ticket is from
        self.tickets: dict[int, dict[str, Any]] = {}
        self.actions: list[dict[str, Any]] = []
        self.next_ticket = FIRST_TICKET_ID
        for tenant in directory.get("tenants", []):
            if tenant.get("psa") != "halopsa":
                continue
            slug, client = tenant["slug"], int(tenant["psa_company_id"])
            self.apps[api_client_id(slug)] = (slug, client)
            self.secrets[api_client_id(slug)] = api_client_secret(slug)
            self.clients[client] = {"id": client, "name": tenant.get("name", slug)}
            users = tenant.get("users", [])
            for (summary, details), user in zip(_SAMPLES, users[-2:], strict=False):
                self._create(client, {"summary": summary, "details": details, "reportedby": user.get("email"),
                                      "user_name": user.get("display_name", "")})
        self.clients[OTHER_CLIENT] = {"id": OTHER_CLIENT, "name": "Litware, Inc."}
        self._create(OTHER_CLIENT, {"summary": "Password reset", "details": "Please reset my password.",
                                    "reportedby": OTHER_USER[0], "user_name": OTHER_USER[1]}, ticket_id=OTHER_TICKET)

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        if tenant.get("psa") != "halopsa":
            return None
        slug = tenant["slug"]
        return {
            "vendor": "halopsa",
            "base_url": f"{sandbox_url}/halopsa",
            "config": {"auth_url": f"{sandbox_url}/halopsa/auth", "api_url": f"{sandbox_url}/halopsa/api",
                       "tenant": TENANT, "client_id": int(tenant["psa_company_id"]),
                       "closed_status_id": CLOSED, "api_agent_id": API_AGENT,
                       # How the MSP bills Rallied's time for this client (README "Time entries").
                       "charge_rate": DEMO_CHARGE_RATE, "non_billable": False, "time_increment_minutes": 15},
            "credentials": {"client_id": api_client_id(slug), "client_secret": api_client_secret(slug),
                            "webhook_secret": webhook_secret(slug)},
        }

    def routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("POST", r"/auth/token", self.token),
            ("GET", r"/api/Status", self.list_statuses),
            ("GET", r"/api/Tickets", self.list_tickets),
            ("POST", r"/api/Tickets", self.post_tickets),
            ("GET", r"/api/Tickets/(?P<id>\d+)", self.get_ticket),
            ("GET", r"/api/Users/(?P<id>\d+)", self.get_user),
            ("GET", r"/api/Actions", self.list_actions),
            ("POST", r"/api/Actions", self.post_actions),
        ]

    def dump(self) -> dict[str, Any]:
        return {"clients": list(self.clients.values()), "users": list(self.users.values()),
                "tickets": list(self.tickets.values()),
                "actions": self.actions, "statuses": STATUSES, "charge_rates": CHARGE_RATES}

    # -- envelope and auth ----------------------------------------------------------------------------
    def error(self, status: int, code: str, message: str) -> Response:
        if status == 400:  # validation: field -> message
            return Response(400, {code: message})
        return Response(status, message, content_type="text/plain; charset=utf-8")

    def authenticate(self, req: Request) -> Response | None:
        if req.path == "/auth/token":
            return None
        header = req.header("authorization") or ""
        claims = read_token(header[len("Bearer "):]) if header.startswith("Bearer ") else None
        if claims is None or claims["client"] not in self.clients:
            return self.error(401, "unauthorized", "Unauthorized")
        return None

    @staticmethod
    def _client(req: Request) -> int:
        """The Halo client the bearer token's application is restricted to (authenticate checked it)."""
        return int((read_token((req.header("authorization") or "")[len("Bearer "):]) or {})["client"])

    def token(self, req: Request) -> Response:
        form = req.form()
        app = self.apps.get(form.get("client_id", ""))
        if req.arg("tenant") != TENANT:
            return Response(400, {"error": "invalid_request", "error_description": "Unknown tenant"})
        if form.get("grant_type") != "client_credentials":
            return Response(400, {"error": "unsupported_grant_type"})
        secret = self.secrets.get(form.get("client_id", ""), "")
        if app is None or not hmac.compare_digest(form.get("client_secret", ""), secret):
            return Response(400, {"error": "invalid_client"})
        if form.get("scope", "all") != "all":
            return Response(400, {"error": "invalid_scope"})
        return Response(200, {"access_token": issue_token(*app), "token_type": "Bearer",
                              "expires_in": TOKEN_LIFETIME, "scope": "all"})

    # -- tickets --------------------------------------------------------------------------------------
    def _user(self, client: int, email: str, name: str) -> dict[str, Any] | None:
        """The client's end user with this e-mail (created the first time, as Halo's e-mail import does)."""
        if not email:
            return None
        for user in self.users.values():
            if user["client_id"] == client and user["emailaddress"].lower() == email.lower():
                return user
        user = {"id": 500 + len(self.users), "name": name or email.split("@")[0], "emailaddress": email,
                "client_id": client, "site_id": 1, "inactive": False}
        self.users[user["id"]] = user
        return user

    def _create(self, client: int, data: dict[str, Any], ticket_id: int | None = None) -> dict[str, Any]:
        if ticket_id is None:  # a fixed id stays outside the numbering of the tenants' tickets
            ticket_id, self.next_ticket = self.next_ticket, self.next_ticket + 1
        user = (self.users.get(int(data["user_id"])) if data.get("user_id") else
                self._user(client, str(data.get("reportedby") or ""), str(data.get("user_name") or "")))
        status = int(data.get("status_id") or 1)
        ticket = {
            "id": ticket_id, "summary": str(data.get("summary", "")), "details": str(data.get("details", "")),
            "client_id": client, "client_name": self.clients[client]["name"], "site_id": 1,
            # The ticket's end user (user_id -> /api/Users) is who it is from; reportedby is free text.
            "user_id": user["id"] if user else None, "user_name": user["name"] if user else "",
            "reportedby": str(data.get("reportedby", "")),
            "status_id": status, "tickettype_id": int(data.get("tickettype_id") or 1),
            "priority_id": int(data.get("priority_id") or 4), "dateoccurred": _now(), "timetaken": 0.0,
            "team": str(data.get("team") or HELP_DESK_TEAM), "agent_id": 0,
        }
        self.tickets[ticket_id] = ticket
        return ticket

    # -- sandbox control: a new ticket arrives (sandbox/psa_control.py) ------------------------
    def open_ticket(self, client: int, summary: str, details: str = "", email: str = "", name: str = "",
                    team: str = HELP_DESK_TEAM) -> dict[str, Any]:
        """A ticket logged for a Halo client (portal, e-mail, an agent); KeyError for an unknown client."""
        with self.lock:
            if int(client) not in self.clients:
                raise KeyError(client)
            data = {"summary": summary, "details": details, "reportedby": email, "user_name": name, "team": team}
            return json.loads(json.dumps(self._create(int(client), data)))

    def webhook_secret_of(self, client: int) -> str:
        return webhook_secret(next(slug for slug, c in self.apps.values() if c == int(client)))

    def control(self, method: str, path: str, body: bytes, sandbox_url: str) -> Response:
        def opened(data: dict[str, Any]) -> psa_control.Opened | Response:
            f = psa_control.fields(data)
            try:
                ticket = self.open_ticket(int(f["company"]), f["summary"], f["description"], f["requester_email"],
                                          f["requester_name"], f["board"] or HELP_DESK_TEAM)
            except (KeyError, ValueError) as exc:
                return Response(400, {"error": f"unknown client: {exc}"})
            raw = webhook_body(ticket)
            return ticket, webhook_headers(self.webhook_secret_of(ticket["client_id"])), raw

        def acted(ticket_id: int, act: str, data: dict[str, Any]) -> psa_control.Opened | Response:
            with self.lock:
                changed = psa_people.halopsa_act(self, ticket_id, act, **psa_control.person(data))
                if isinstance(changed, Response):
                    return changed
                ticket = json.loads(json.dumps(changed))
            event = "Ticket Assigned" if act == "assign" else "Action Added"
            return ticket, webhook_headers(self.webhook_secret_of(ticket["client_id"])), webhook_body(ticket, event)

        if path.rstrip("/") == "/history":  # closed tickets of the past, for the backtest
            return psa_history.handle(self, method, body)
        return psa_control.handle(method, path, body, "/hooks/halopsa/", opened, acted)

    def _visible(self, req: Request, ticket_id: Any) -> dict[str, Any] | None:
        try:
            ticket = self.tickets.get(int(ticket_id))
        except (TypeError, ValueError):
            return None
        return ticket if ticket is not None and ticket["client_id"] == self._client(req) else None

    def list_statuses(self, req: Request) -> Response:
        return Response(200, [{"id": k, "name": v} for k, v in STATUSES.items()])

    def list_tickets(self, req: Request) -> Response:
        client = self._client(req)
        if req.arg("client_id") and int(req.arg("client_id") or 0) != client:
            return Response(200, {"record_count": 0, "tickets": []})
        rows = [t for t in self.tickets.values() if t["client_id"] == client]
        if (req.arg("open_only") or "").lower() == "true":
            rows = [t for t in rows if t["status_id"] != CLOSED]
        if req.arg("status_id"):
            rows = [t for t in rows if t["status_id"] == int(req.arg("status_id") or 0)]
        if req.arg("search"):  # Halo's free-text filter: here, the words in the summary or the details
            needle = (req.arg("search") or "").lower()
            rows = [t for t in rows if needle in f"{t['summary']} {t['details']}".lower()]
        rows = _history_filter(req, rows)
        rows.sort(key=lambda t: t["id"], reverse=(req.arg("orderdesc") or "").lower() == "true")
        if (req.arg("pageinate") or "").lower() != "true":
            return Response(200, {"record_count": len(rows), "tickets": rows})
        size = max(1, int(req.arg("page_size") or 50))
        page = max(1, int(req.arg("page_no") or 1))
        chunk = rows[(page - 1) * size: page * size]
        body = {"page_no": page, "page_size": size, "record_count": len(rows), "tickets": chunk}
        return Response(200, body)

    def get_user(self, req: Request) -> Response:
        user = self.users.get(int(req.params["id"]))
        if user is None or user["client_id"] != self._client(req):
            return self.error(404, "not_found", f"User {req.params['id']} not found.")
        return Response(200, user)

    def get_ticket(self, req: Request) -> Response:
        ticket = self._visible(req, req.params["id"])
        if ticket is None:
            return self.error(404, "not_found", f"Ticket {req.params['id']} not found.")
        return Response(200, ticket)

    def _array(self, req: Request) -> list[dict[str, Any]] | Response:
        try:
            items = req.json()
        except ValueError:
            items = None
        if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
            return self.error(400, "body", "The request body must be a JSON array of objects.")
        return items

    def post_tickets(self, req: Request) -> Response:
        items = self._array(req)
        if isinstance(items, Response):
            return items
        client = self._client(req)
        saved = []
        for n, item in enumerate(items):
            if item.get("id"):
                ticket = self._visible(req, item["id"])
                if ticket is None:
                    return self.error(400, f"[{n}].id", f"Ticket {item['id']} does not exist.")
                for key in ("summary", "details", "status_id", "priority_id", "tickettype_id"):
                    if key in item:
                        ticket[key] = item[key]
                saved.append(ticket)
                continue
            if not str(item.get("summary") or "").strip():
                return self.error(400, f"[{n}].summary", "Summary is required.")
            if int(item.get("client_id") or client) != client:
                return self.error(403, "forbidden", "You do not have access to this client.")
            saved.append(self._create(client, item))
        return Response(201, saved[0] if len(saved) == 1 else saved)

    # -- actions --------------------------------------------------------------------------------------
    def list_actions(self, req: Request) -> Response:
        ticket = self._visible(req, req.arg("ticket_id"))
        if ticket is None:
            return Response(200, {"record_count": 0, "actions": []})
        rows = [a for a in self.actions if a["ticket_id"] == ticket["id"]]
        return Response(200, {"record_count": len(rows), "actions": rows})

    def post_actions(self, req: Request) -> Response:
        items = self._array(req)
        if isinstance(items, Response):
            return items
        for n, item in enumerate(items):  # validate all before applying any: the POST is all or nothing
            if self._visible(req, item.get("ticket_id")) is None:
                return self.error(400, f"[{n}].ticket_id", "A valid ticket_id is required.")
            if item.get("new_status") is not None and int(item["new_status"]) not in STATUSES:
                return self.error(400, f"[{n}].new_status", "Unknown status.")
            rate = item.get("chargerate")
            if rate is not None and (isinstance(rate, bool) or rate not in CHARGE_RATES):
                return self.error(400, f"[{n}].chargerate", f"Charge rate {rate!r} does not exist.")
            if "nonbillable" in item and not isinstance(item["nonbillable"], bool):
                return self.error(400, f"[{n}].nonbillable", "nonbillable must be true or false.")
        saved = []
        for item in items:
            ticket = self.tickets[int(item["ticket_id"])]
            hours = float(item.get("timetaken") or 0)
            action = {
                "id": len(self.actions) + 1, "ticket_id": ticket["id"],
                "outcome": str(item.get("outcome") or ""), "note": str(item.get("note") or ""),
                "hiddenfromuser": bool(item.get("hiddenfromuser", False)),
                "sendemail": bool(item.get("sendemail", False)), "timetaken": hours,
                "new_status": item.get("new_status"), "datetime": _now(), "who": "Rallied API",
                "chargerate": int(item.get("chargerate") or 0), "nonbillable": bool(item.get("nonbillable", False)),
                "who_agentid": API_AGENT, "user_id": None, "emailsubject": "",
            }
            if item.get("new_status") is not None:
                ticket["status_id"] = int(item["new_status"])
                if ticket["status_id"] == CLOSED:
                    ticket["dateclosed"] = action["datetime"]
            ticket["timetaken"] = round(ticket["timetaken"] + hours, 4)
            self.actions.append(action)
            saved.append(action)
        return Response(201, saved[0] if len(saved) == 1 else saved)

    # -- the backtest's history (sandbox/psa_history.py; the listing filters are _history_filter below) -------
    def seed_history(self, client: int | str, rows: list[dict[str, Any]]) -> list[int]:
        """Closed tickets of the past for a client, as Halo keeps them: status Closed, dateoccurred, dateclosed."""
        ids = []
        for row in rows:
            ticket = self._create(int(client), {"summary": row["subject"], "details": row["body"],
                                                "reportedby": row["requester_email"],
                                                "user_name": row["requester_name"], "status_id": CLOSED})
            ticket.update(dateoccurred=psa_history.stamp(row["opened"], fraction=True),
                          dateclosed=psa_history.stamp(row["closed"], fraction=True))
            ids.append(ticket["id"])
        return ids


# -- the backtest's history (sandbox/psa_history.py) ------------------------------------------------------


def _history_filter(req: Request, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`closed_only=true`, and `datesearch` (dateoccurred | dateclosed) with `startdate` / `enddate` (inclusive)."""
    if (req.arg("closed_only") or "").lower() == "true":
        rows = [t for t in rows if t["status_id"] == CLOSED]
    field = req.arg("datesearch") or ""
    if field not in ("dateoccurred", "dateclosed"):
        return rows
    start, end = _when(req.arg("startdate")), _when(req.arg("enddate"))
    kept = []
    for ticket in rows:
        at = _when(ticket.get(field))
        if at is not None and (start is None or at >= start) and (end is None or at <= end):
            kept.append(ticket)
    return kept


def _when(value: Any) -> dt.datetime | None:
    """Halo's times are UTC, written without a zone; a filter may carry one."""
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None
    except ValueError:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment and moment.tzinfo is None else moment
