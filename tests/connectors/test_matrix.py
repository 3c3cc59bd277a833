"""`manage.py connectors --matrix`, and a proof for every "yes" in it.

Each "yes" cell runs the real connector (msal + requests for Entra, the okta SDK, requests for Google
and the PSAs) against the sandbox and asserts the change in the sandbox's state. Identity cells go
through the executor's own dispatch, so a "yes" also means the executor can run that kind with the
parameters a playbook gives it. A new "yes" without a case here, or a case for a "no", fails.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from io import StringIO
from typing import Any

import pytest
import requests
from django.core.management import call_command

from playbooks.executor import _run as executor_dispatch
from playbooks.models import Action
from rallied.connectors import connector_classes
from rallied.connectors.base import PSA_OPERATIONS, ConnectorError, DirectoryUser, ScopeError
from rallied.connectors.capabilities import build_matrix
from rallied.connectors.psa_types import OWN, REQUESTER, STAFF, PsaTicket, WebhookEvent
from rallied.kinds import IDENTITY_KINDS, KINDS, get_kind
from sandbox.vendors.connectwise import callback_body, sign_callback
from sandbox.vendors.graph.ids import tenant_id
from tests.targets.helpers import add_person
from tickets.secrets import generate_password

State = dict[str, Any]
IDPS = {"entra": "contoso", "okta": "northwind", "google": "fabrikam"}
PSAS = {"connectwise": "contoso", "autotask": "northwind", "halopsa": "fabrikam"}

ADELE, ALEX, DIEGO = "adele.vance@contoso.example", "alex.wilber@contoso.example", "diego.siciliani@contoso.example"
MEGAN, LYNNE = "megan.bowen@contoso.example", "lynne.robbins@contoso.example"
NANCY, ROBERT = "nancy.davolio@northwind.example", "robert.king@northwind.example"
STEVEN, LAURA = "steven.buchanan@northwind.example", "laura.callahan@northwind.example"
PRIYA = "priya.shah@fabrikam.example"
JOHANNA = "johanna.lorenz@contoso.example"  # disabled in the demo world
PAUSED = "paused.person@{}.example"  # a disabled person the enable_user cases add first


def matrix() -> dict[str, Any]:
    return build_matrix(KINDS)


def yes_cells(table: str) -> set[tuple[str, str]]:
    return {(vendor, row) for row, cells in matrix()[table].items() for vendor, cell in cells.items() if cell.supported}


# -- the command prints the declaration -----------------------------------------------------------------
def run_command(*args: str) -> str:
    out = StringIO()
    call_command("connectors", *args, stdout=out)
    return out.getvalue()


def test_json_matrix_equals_the_connectors_declarations():
    printed = json.loads(run_command("--matrix", "--json"))
    classes = connector_classes()
    assert printed["identity_vendors"] == ["entra", "okta", "google"]
    assert printed["psa_vendors"] == ["connectwise", "autotask", "halopsa"]
    # every action kind (rallied/kinds.py) is a row: an identity kind here, a device step in the RMMs' table
    assert list(printed["action_kinds"]) == list(IDENTITY_KINDS)
    assert set(printed["device_steps"]) == set(KINDS) - set(IDENTITY_KINDS)
    assert list(printed["psa_operations"]) == list(PSA_OPERATIONS)
    for kind, cells in printed["action_kinds"].items():
        for vendor, cell in cells.items():
            declared = classes[vendor].supports.get(kind)
            assert cell["supported"] == (declared is not None), (vendor, kind)
            assert cell["method"] == declared
            notes = classes[vendor].capability_notes if declared else classes[vendor].unsupported_notes
            assert cell["note"] == notes.get(kind, ""), (vendor, kind)
    for op, cells in printed["psa_operations"].items():
        for vendor, cell in cells.items():
            assert cell["method"] == classes[vendor].operations.get(op), (vendor, op)


def test_every_declared_kind_is_a_design_kind_and_every_declared_method_exists():
    for vendor, cls in connector_classes().items():
        assert set(cls.supports) <= set(KINDS), vendor
        for name, method in {**cls.supports, **getattr(cls, "operations", {})}.items():
            assert callable(getattr(cls, method, None)), f"{vendor} declares {name} -> {method}, which is missing"


def test_text_matrix_shows_each_cell_with_its_note():
    text = run_command("--matrix")
    rows = {line.split()[0]: line for line in text.splitlines() if line and line.split()[0] in {*IDENTITY_KINDS, *PSA_OPERATIONS}}
    assert set(rows) == {*IDENTITY_KINDS, *PSA_OPERATIONS}
    m = matrix()
    for table in ("action_kinds", "psa_operations"):
        vendors = m["identity_vendors" if table == "action_kinds" else "psa_vendors"]
        for row, cells in m[table].items():
            # The cells appear left to right in vendor order, each as its text.
            rest, position = rows[row], 0
            for vendor in vendors:
                found = rest.find(cells[vendor].text, position)
                assert found > position, (row, vendor, rows[row])
                position = found + len(cells[vendor].text)
    assert "yes (via Exchange)" in rows["grant_mailbox_access"]
    assert "yes (DLs via Exchange)" in rows["add_to_group"] and "yes (DLs via Exchange)" in rows["remove_from_group"]
    # A "no" says why where a service lead would otherwise guess: mailbox delegation is not the IdP's on Okta/Google.
    for kind in ("grant_mailbox_access", "revoke_mailbox_access"):
        assert rows[kind].split("  ")[-1] == "no (Gmail delegates: Gmail API)", rows[kind]
        assert "  no (no mailboxes in Okta)  " in rows[kind], rows[kind]
    assert rows["unlock_account"].split()[-1] == "no"  # Google has no lockout an admin can clear
    assert rows["assign_license"].split()[-2:] == ["no", "no"]  # licences: Entra only


def test_without_matrix_the_command_lists_the_connectors_and_says_what_it_does():
    listing = json.loads(run_command("--json"))
    roles = {row["vendor"]: row["role"] for row in listing}
    assert roles["entra"] == roles["okta"] == roles["google"] == "identity"
    assert roles["connectwise"] == roles["autotask"] == roles["halopsa"] == "psa"
    from rallied.management.commands.connectors import Command

    assert "--matrix" in Command.help
    assert "Makes no vendor calls" in Command.help


# -- every identity "yes": the executor's dispatch, the real client, the sandbox's state ------------------
@dataclass
class KindCase:
    """Run `kind` on `target` with `params`; `look` picks the state it changes; `changed(before, after)`."""

    target: str
    look: Callable[[State], Any]
    changed: Callable[[Any, Any], bool]
    params: dict[str, Any] = field(default_factory=dict)
    prepare: Callable[[Any], None] | None = None  # puts the sandbox in the state the kind changes (a disabled user)


def graph(st: State) -> State:
    return st["graph"]["contoso"]


def okta(st: State, login: str) -> State:
    return st["okta"]["northwind"]["users"].get(login) or {}


def gusers(st: State) -> State:
    return st["google"]["users"]


def box_rights(st: State, address: str) -> dict[str, list[str]]:
    box = st["exchange"]["contoso"][address]
    return {right: list(box[right]) for right in ("full_access", "send_as", "send_on_behalf")}


def forwarding(st: State, address: str) -> tuple[str | None, bool]:
    box = st["exchange"]["contoso"][address]
    return box.get("forwarding"), bool(box.get("deliver_and_forward"))


def sku_seat(st: State, upn: str, part: str) -> tuple[int, bool]:
    sku = graph(st)["skus"][part]
    held = any(a["skuId"] == sku["skuId"] for a in graph(st)["users"][upn]["assignedLicenses"])
    return sku["consumed"], held


NEW = "new.hire@{}.example"
KIND_CASES: dict[tuple[str, str], KindCase] = {
    ("entra", "reset_password"): KindCase(
        ADELE, lambda st: graph(st)["users"][ADELE]["password"],
        lambda b, a: b is None and a["forceChangePasswordNextSignIn"] is True),
    ("entra", "unlock_account"): KindCase(
        DIEGO, lambda st: graph(st)["risky"][DIEGO]["riskState"], lambda b, a: (b, a) == ("atRisk", "dismissed")),
    ("entra", "revoke_sessions"): KindCase(
        ADELE, lambda st: graph(st)["users"][ADELE]["signInSessionsValidFromDateTime"], lambda b, a: a > b),
    ("entra", "reset_mfa"): KindCase(
        ALEX, lambda st: [m["@odata.type"].rsplit(".", 1)[1] for m in graph(st)["users"][ALEX]["methods"]],
        lambda b, a: len(b) == 2 and a == ["temporaryAccessPassAuthenticationMethod"]),
    ("entra", "grant_mailbox_access"): KindCase(  # Send As only: FullAccess and Send on Behalf stay as they were
        ADELE, lambda st: box_rights(st, "billing@contoso.example"),
        lambda b, a: a == {**b, "send_as": b["send_as"] + [ADELE]} and ADELE not in b["send_as"],
        {"mailbox": "billing@contoso.example", "rights": "SendAs"}),
    ("entra", "revoke_mailbox_access"): KindCase(  # FullAccess only: Diego keeps Send on Behalf
        DIEGO, lambda st: box_rights(st, "frontdesk@contoso.example"),
        lambda b, a: DIEGO in b["full_access"] and a == {**b, "full_access": [u for u in b["full_access"] if u != DIEGO]}
        and DIEGO in a["send_on_behalf"], {"mailbox": "frontdesk@contoso.example", "rights": "FullAccess"}),
    ("entra", "add_to_group"): KindCase(
        ADELE, lambda st: graph(st)["groups"]["Billing Team"], lambda b, a: ADELE not in b and ADELE in a,
        {"group": "Billing Team"}),
    ("entra", "remove_from_group"): KindCase(
        MEGAN, lambda st: graph(st)["groups"]["Billing Team"], lambda b, a: MEGAN in b and MEGAN not in a,
        {"group": "Billing Team"}),
    ("entra", "assign_license"): KindCase(  # the SKU lands on the user and a seat is consumed
        ADELE, lambda st: sku_seat(st, ADELE, "VISIOCLIENT"), lambda b, a: b == (1, False) and a == (2, True),
        {"license": "VISIOCLIENT"}),
    ("entra", "remove_license"): KindCase(
        LYNNE, lambda st: sku_seat(st, LYNNE, "VISIOCLIENT"), lambda b, a: b == (1, True) and a == (0, False),
        {"license": "VISIOCLIENT"}),
    ("entra", "swap_license"): KindCase(  # one call: Visio's seat is given back, an E3 seat taken
        LYNNE, lambda st: (sku_seat(st, LYNNE, "VISIOCLIENT"), sku_seat(st, LYNNE, "SPE_E3")),
        lambda b, a: b == ((1, True), (0, False)) and a == ((0, False), (1, True)),
        {"license": "VISIOCLIENT", "new_license": "SPE_E3"}),
    ("entra", "create_user"): KindCase(
        NEW.format("contoso"), lambda st: graph(st)["users"].get(NEW.format("contoso")),
        lambda b, a: b is None and a["accountEnabled"] and a["password"]["forceChangePasswordNextSignIn"]
        and a["displayName"] == "New Hire", {"display_name": "New Hire"}),
    ("entra", "set_manager"): KindCase(  # the manager link Graph reads back, not a text field
        ADELE, lambda st: graph(st)["users"][ADELE]["manager"], lambda b, a: (b, a) == (MEGAN, LYNNE),
        {"manager": LYNNE}),
    ("entra", "disable_user"): KindCase(
        ADELE, lambda st: graph(st)["users"][ADELE]["accountEnabled"], lambda b, a: b is True and a is False),
    ("entra", "enable_user"): KindCase(
        JOHANNA, lambda st: graph(st)["users"][JOHANNA]["accountEnabled"], lambda b, a: b is False and a is True),
    ("okta", "reset_password"): KindCase(
        NANCY, lambda st: (okta(st, NANCY)["status"], okta(st, NANCY)["passwordChanged"]),
        lambda b, a: b[0] == "ACTIVE" and a[0] == "PASSWORD_EXPIRED" and a[1] > b[1]),
    ("okta", "unlock_account"): KindCase(
        ROBERT, lambda st: okta(st, ROBERT)["status"], lambda b, a: (b, a) == ("LOCKED_OUT", "ACTIVE")),
    ("okta", "revoke_sessions"): KindCase(  # the note says "sessions + OAuth tokens": both go
        NANCY, lambda st: [e["event"] for e in st["okta"]["northwind"]["events"] if e["user"] == NANCY],
        lambda b, a: "sessions_revoked" not in b and {"sessions_revoked", "oauth_tokens_revoked"} <= set(a)),
    ("okta", "reset_mfa"): KindCase(
        STEVEN, lambda st: okta(st, STEVEN)["factors"], lambda b, a: b == ["push", "sms"] and a == []),
    ("okta", "add_to_group"): KindCase(
        ROBERT, lambda st: okta(st, ROBERT)["groups"], lambda b, a: "VPN Users" not in b and "VPN Users" in a,
        {"group": "VPN Users"}),
    ("okta", "remove_from_group"): KindCase(
        STEVEN, lambda st: okta(st, STEVEN)["groups"], lambda b, a: "VPN Users" in b and "VPN Users" not in a,
        {"group": "VPN Users"}),
    ("okta", "create_user"): KindCase(  # activated with an expired temporary password, like the others
        NEW.format("northwind"), lambda st: okta(st, NEW.format("northwind")),
        lambda b, a: b == {} and a["status"] == "PASSWORD_EXPIRED" and a["profile"]["lastName"] == "Hire",
        {"display_name": "New Hire"}),
    ("okta", "set_manager"): KindCase(  # managerId (the link) and manager (the login) both move; the rest stays
        NANCY, lambda st: {k: okta(st, NANCY)["profile"].get(k) for k in ("manager", "managerId", "firstName")},
        lambda b, a: b["manager"] == "andrew.fuller@northwind.example" and a["manager"] == ROBERT
        and a["managerId"] not in (None, b["managerId"]) and a["firstName"] == b["firstName"] == "Nancy",
        {"manager": ROBERT}),
    ("okta", "disable_user"): KindCase(
        LAURA, lambda st: okta(st, LAURA)["status"], lambda b, a: (b, a) == ("ACTIVE", "SUSPENDED")),
    ("okta", "enable_user"): KindCase(
        PAUSED.format("northwind"), lambda st: okta(st, PAUSED.format("northwind")).get("status"),
        lambda b, a: (b, a) == ("SUSPENDED", "ACTIVE"),
        prepare=lambda sb: add_person(sb, "northwind", "Paused Person", PAUSED.format("northwind"), enabled=False)),
    ("google", "reset_password"): KindCase(
        PRIYA, lambda st: (gusers(st)[PRIYA]["passwordChangedAt"], gusers(st)[PRIYA]["changePasswordAtNextLogin"]),
        lambda b, a: b == (None, False) and a[0] and a[1] is True),
    ("google", "revoke_sessions"): KindCase(
        PRIYA, lambda st: gusers(st)[PRIYA]["signedOutAt"], lambda b, a: b is None and bool(a)),
    ("google", "reset_mfa"): KindCase(
        PRIYA, lambda st: gusers(st)[PRIYA]["isEnrolledIn2Sv"], lambda b, a: b is True and a is False),
    ("google", "add_to_group"): KindCase(
        PRIYA, lambda st: st["google"]["groups"]["estimating@fabrikam.example"]["members"],
        lambda b, a: PRIYA not in b and a[PRIYA] == "MEMBER", {"group": "estimating@fabrikam.example"}),
    ("google", "remove_from_group"): KindCase(
        PRIYA, lambda st: st["google"]["groups"]["staff@fabrikam.example"]["members"],
        lambda b, a: PRIYA in b and PRIYA not in a, {"group": "staff@fabrikam.example"}),
    ("google", "create_user"): KindCase(
        NEW.format("fabrikam"), lambda st: gusers(st).get(NEW.format("fabrikam")),
        lambda b, a: b is None and a["changePasswordAtNextLogin"] and a["name"]["fullName"] == "New Hire"
        and not a["suspended"], {"display_name": "New Hire"}),
    ("google", "set_manager"): KindCase(
        PRIYA, lambda st: gusers(st)[PRIYA].get("relations"),
        lambda b, a: b == [{"value": "tom.higgins@fabrikam.example", "type": "manager"}]
        and a == [{"value": "kim.abercrombie@fabrikam.example", "type": "manager"}],
        {"manager": "kim.abercrombie@fabrikam.example"}),
    ("google", "disable_user"): KindCase(
        PRIYA, lambda st: gusers(st)[PRIYA]["suspended"], lambda b, a: b is False and a is True),
    ("google", "enable_user"): KindCase(
        PAUSED.format("fabrikam"), lambda st: gusers(st)[PAUSED.format("fabrikam")]["suspended"],
        lambda b, a: b is True and a is False,
        prepare=lambda sb: add_person(sb, "fabrikam", "Paused Person", PAUSED.format("fabrikam"), enabled=False)),
    # Offboarding: a password nobody is given (no secret comes back), every factor gone and none issued, the
    # mailbox converted, the address list entry hidden and (the undo) shown again.
    **{(v, "scramble_password"): KindCase(who, look, lambda b, a: a is not None and a != b) for v, who, look in (
        ("entra", ALEX, lambda st: graph(st)["users"][ALEX]["password"]),
        ("okta", STEVEN, lambda st: okta(st, STEVEN)["passwordSha256"]),
        ("google", PRIYA, lambda st: gusers(st)[PRIYA]["passwordSha256"]))},
    ("entra", "remove_mfa_methods"): KindCase(
        ALEX, lambda st: [m["@odata.type"].rsplit(".", 1)[1] for m in graph(st)["users"][ALEX]["methods"]],
        lambda b, a: len(b) == 2 and a == []),
    ("okta", "remove_mfa_methods"): KindCase(
        STEVEN, lambda st: okta(st, STEVEN)["factors"], lambda b, a: b == ["push", "sms"] and a == []),
    ("google", "remove_mfa_methods"): KindCase(
        PRIYA, lambda st: (gusers(st)[PRIYA]["isEnrolledIn2Sv"], gusers(st)[PRIYA]["backupCodes"],
                           gusers(st)[PRIYA]["appPasswords"]),
        lambda b, a: b[0] is True and b[1] > 0 and b[2] and a == (False, 0, [])),
    ("entra", "convert_mailbox"): KindCase(
        ALEX, lambda st: st["exchange"]["contoso"][ALEX]["kind"], lambda b, a: (b, a) == ("user", "shared"),
        {"mailbox_type": "Shared"}),
    ("entra", "hide_from_address_list"): KindCase(
        ALEX, lambda st: st["exchange"]["contoso"][ALEX].get("hidden", False), lambda b, a: (b, a) == (False, True)),
    ("entra", "show_in_address_list"): KindCase(
        ALEX, lambda st: st["exchange"]["contoso"][ALEX].get("hidden", False), lambda b, a: (b, a) == (True, False),
        prepare=lambda sb: sb.sandbox.vendor("exchange").mailboxes[tenant_id("contoso")][ALEX].update(hidden=True)),
    # Forwarding through Exchange's Set-Mailbox, read back from the sandbox's mailbox: the address and the copy kept.
    ("entra", "set_mail_forwarding"): KindCase(
        ALEX, lambda st: forwarding(st, ALEX),
        lambda b, a: (b, a) == ((None, False), (MEGAN, True)), {"forward_to": MEGAN}),
    ("entra", "clear_mail_forwarding"): KindCase(
        ALEX, lambda st: forwarding(st, ALEX), lambda b, a: (b, a) == ((MEGAN, True), (None, False)),
        prepare=lambda sb: sb.sandbox.vendor("exchange").mailboxes[tenant_id("contoso")][ALEX].update(
            forwarding=MEGAN, deliver_and_forward=True)),
    ("google", "hide_from_address_list"): KindCase(
        PRIYA, lambda st: gusers(st)[PRIYA]["includeInGlobalAddressList"], lambda b, a: (b, a) == (True, False)),
    ("google", "show_in_address_list"): KindCase(
        PRIYA, lambda st: gusers(st)[PRIYA]["includeInGlobalAddressList"], lambda b, a: (b, a) == (False, True),
        prepare=lambda sb: [u.update(includeInGlobalAddressList=False)
                            for u in sb.sandbox.vendor("google").users.values() if u["primaryEmail"] == PRIYA]),
}


def test_every_identity_yes_has_a_case_and_no_case_claims_a_no():
    assert set(KIND_CASES) == yes_cells("action_kinds")


def idp(make_connector, vendor: str, **kw: Any) -> Any:
    cls = connector_classes()[vendor]
    return make_connector(vendor, IDPS[vendor], **{"allowed_kinds": set(cls.supports), **kw})


@pytest.mark.parametrize(("vendor", "kind"), sorted(KIND_CASES), ids=lambda v: v)
def test_identity_yes_cell_changes_the_vendor(make_connector, sandbox, vendor, kind):
    case = KIND_CASES[(vendor, kind)]
    connector = idp(make_connector, vendor)
    if case.prepare is not None:
        case.prepare(sandbox)
    before = copy.deepcopy(case.look(sandbox.sandbox.state()))  # the dump shares the vendor's live objects
    action = Action(kind=kind, target=case.target, params={"target": case.target, **case.params})
    # The executor hands over the password the claim put aside (write-ahead); here the test is the claim.
    result, secret = executor_dispatch(connector, action, password=generate_password())
    after_state = sandbox.sandbox.state()
    after = case.look(after_state)
    assert case.changed(before, after), f"{vendor} {kind}: {before!r} -> {after!r}"
    # A temporary password or TAP comes back to be delivered once, and the vendor state never shows it.
    # Okta and Google reset MFA without a secret: the user simply enrols again.
    if kind in ("reset_password", "create_user") or (vendor, kind) == ("entra", "reset_mfa"):
        assert isinstance(secret, str) and len(secret) >= 8
        assert secret not in json.dumps(after_state) and secret not in json.dumps(result)
    else:
        assert secret is None


# -- least privilege: refused before any request, for every kind of every identity provider ---------------
def kind_call(connector: Any, kind: str, user: DirectoryUser) -> Any:
    """Call the declared method the way its kind is called, with plausible arguments."""
    method = getattr(connector, connector.supports[kind])
    if kind == "create_user":
        return method("x.y@example.invalid", "X Y", temporary_password="Temp-Pass-4821!")
    if kind == "reset_password":
        return method(user, temporary_password="Temp-Pass-4821!")
    spec = get_kind(kind).params
    required = [k for k, rule in spec.items() if k != "target" and rule.get("required")]
    return method(user, *["something" for _ in required])


@pytest.mark.parametrize(("vendor", "kind"), sorted(KIND_CASES), ids=lambda v: v)
def test_kind_outside_the_service_accounts_scope_is_refused_before_any_request(make_connector, sandbox, vendor, kind):
    cls = connector_classes()[vendor]
    connector = idp(make_connector, vendor, allowed_kinds=set(cls.supports) - {kind})
    user = DirectoryUser(id="00u-not-looked-up", upn="someone@example.invalid")
    with pytest.raises(ScopeError) as err:
        kind_call(connector, kind, user)
    assert err.value.permanent and err.value.code == "out_of_scope" and kind in err.value.message
    assert sandbox.sandbox.requests() == []  # not even a token request


@pytest.mark.parametrize("vendor", sorted(IDPS))
def test_a_kind_the_vendor_cannot_do_is_refused_even_when_granted(make_connector, sandbox, vendor):
    connector = idp(make_connector, vendor, allowed_kinds=set(KINDS))
    missing = sorted(set(IDENTITY_KINDS) - set(connector.supports))
    for kind in missing:
        with pytest.raises(ScopeError):
            connector.ensure_allowed(kind)
    assert sandbox.sandbox.requests() == []
    assert bool(missing) == (vendor != "entra")


# -- every PSA "yes" --------------------------------------------------------------------------------------
def psa(make_connector, vendor: str, **kw: Any) -> Any:
    return make_connector(vendor, PSAS[vendor], **kw)


def psa_state(sandbox, vendor: str) -> State:
    st = sandbox.sandbox.state()[vendor]
    if vendor == "autotask":  # keyed by API user; one Autotask tenant in the directory
        (db,) = st.values()
        return db
    return st


SEEDED = {"connectwise": "1001", "autotask": "7001", "halopsa": "1001"}


def notes(sandbox, vendor: str, ticket: str) -> list[tuple[str, bool]]:
    """(text, visible to the customer) for every note on the ticket."""
    st = psa_state(sandbox, vendor)
    if vendor == "connectwise":
        return [(n["text"], n["detailDescriptionFlag"] and not n["internalAnalysisFlag"])
                for n in st["tickets"][ticket]["notes"]]
    if vendor == "autotask":
        return [(n["description"], n["publish"] == 1) for n in st["notes"] if str(n["ticketID"]) == ticket]
    return [(a["note"], not a["hiddenfromuser"] and a["sendemail"]) for a in st["actions"]
            if str(a["ticket_id"]) == ticket and not a["timetaken"]]


def ticket_status(sandbox, vendor: str, ticket: str) -> Any:
    st = psa_state(sandbox, vendor)
    if vendor == "connectwise":
        return st["tickets"][ticket]["status"]["name"]
    rows = st["tickets"]
    found = next(t for t in rows if str(t["id"]) == ticket)
    return found["status"] if vendor == "autotask" else found["status_id"]


def new_ticket_ids(sandbox, vendor: str) -> list[int]:
    """The tenant's own new tickets (each sandbox PSA also holds another customer's, which polling must not see)."""
    st = psa_state(sandbox, vendor)
    if vendor == "connectwise":
        return sorted(t["id"] for t in st["tickets"].values()
                      if t["status"]["name"] == "New" and t["company"]["identifier"] == "ContosoDental")
    key, company = ("status", "companyID") if vendor == "autotask" else ("status_id", "client_id")
    own = st["company"] if vendor == "autotask" else 12
    return sorted(t["id"] for t in st["tickets"] if t[key] == 1 and t[company] == own)


def call_webhook(method: Callable[..., Any], body: bytes, headers: dict[str, str]) -> Any:
    """Webhook parsers take (body, headers); tolerate (headers, body) so a reordering is not a false alarm."""
    first = next(iter(inspect.signature(method).parameters))
    return method(headers, body) if first.startswith("header") else method(body, headers)


def event_ticket_id(event: Any) -> str:
    for key in ("ticket_id", "id", "external_id"):
        value = event.get(key) if isinstance(event, dict) else getattr(event, key, None)
        if value is not None:
            return str(value)
    raise AssertionError(f"no ticket id in {event!r}")


def signed_webhook(sandbox, vendor: str, connector: Any, ticket: str) -> tuple[bytes, dict[str, str]]:
    if vendor == "connectwise":
        body = callback_body(sandbox.url, {"id": int(ticket)})
        return body, sign_callback(body)
    if vendor == "autotask":
        body = json.dumps({"Action": "Update", "EntityType": "Ticket", "Id": int(ticket), "Fields": {}}).encode()
        digest = hmac.new(connector.credentials["webhook_secret"].encode(), body, hashlib.sha1).digest()
        return body, {"X-Hook-Signature": "sha1=" + base64.b64encode(digest).decode()}
    body = json.dumps({"event": "ticket_updated", "ticket": {"id": int(ticket), "client_id": connector.client}}).encode()
    return body, {"Authorization": f"Bearer {connector.credentials['webhook_secret']}"}


def op_fetch_ticket(vendor, conn, sandbox, ticket):
    method = getattr(conn, conn.operations["fetch_ticket"])
    fetched = method(ticket)
    # The declared method is the one intake calls after a webhook: the vendor-neutral ticket, read not changed.
    assert isinstance(fetched, PsaTicket) and fetched.vendor == vendor and fetched.id == ticket
    assert ticket_status(sandbox, vendor, ticket) in ("New", 1)


def op_add_internal_note(vendor, conn, sandbox, ticket):
    getattr(conn, conn.operations["add_internal_note"])(ticket, "Checked the account: unlocked.", internal=True)
    assert notes(sandbox, vendor, ticket) == [("Checked the account: unlocked.", False)]


def op_add_reply(vendor, conn, sandbox, ticket):
    getattr(conn, conn.operations["add_reply"])(ticket, "Your account is unlocked.", internal=False)
    assert notes(sandbox, vendor, ticket) == [("Your account is unlocked.", True)]


def op_set_status(vendor, conn, sandbox, ticket):
    method = getattr(conn, conn.operations["set_status"])
    if conn.operations["set_status"] == "set_status":
        method(ticket, "In Progress")
        assert ticket_status(sandbox, vendor, ticket) == "In Progress"
    else:  # close only: the configured closed/complete status
        method(ticket)
        closed = conn.config.get("complete_status") or conn.config.get("closed_status_id")
        assert ticket_status(sandbox, vendor, ticket) == closed != 1


def op_add_time_entry(vendor, conn, sandbox, ticket):
    getattr(conn, conn.operations["add_time_entry"])(ticket, minutes=15, notes="Unlocked the account.")
    st = psa_state(sandbox, vendor)
    if vendor == "connectwise":
        entries = [(e["chargeToId"], e["actualHours"]) for e in st["time_entries"]]
    elif vendor == "autotask":
        entries = [(e["ticketID"], e["hoursWorked"]) for e in st["timeEntries"]]
    else:
        entries = [(a["ticket_id"], a["timetaken"]) for a in st["actions"] if a["timetaken"]]
    assert entries == [(int(ticket), 0.25)]


def op_parse_webhook(vendor, conn, sandbox, ticket):
    body, headers = signed_webhook(sandbox, vendor, conn, ticket)
    method = getattr(conn, conn.operations["parse_webhook"])
    event = call_webhook(method, body, headers)
    # The declared method is the one intake calls: it hands back the vendor-neutral event.
    assert isinstance(event, WebhookEvent) and event.vendor == vendor, event
    assert event_ticket_id(event) == ticket
    # The other side: a body changed after signing (or, for Halo, a wrong secret) is refused.
    if vendor == "halopsa":
        body, headers = body, {"Authorization": "Bearer wrong"}
    else:
        body = body.replace(ticket.encode(), b"9" + ticket.encode())
    with pytest.raises(ConnectorError):
        call_webhook(method, body, headers)


def op_poll_new_tickets(vendor, conn, sandbox, ticket):
    method = getattr(conn, conn.operations["poll_new_tickets"])
    found = method()
    # The declared method is the one intake calls: vendor-neutral tickets of this connection's company.
    assert all(isinstance(t, PsaTicket) and t.vendor == vendor and t.company_id for t in found), found
    first = [int(t.id) for t in found]
    assert first == new_ticket_ids(sandbox, vendor) and int(ticket) in first
    created = int(conn.create_ticket(summary="Locked out", description="Please help", contact_email="a@b.example"))
    assert [int(t.id) for t in method(max(first))] == [created]  # only what is new since the watermark


def op_read_updates(vendor, conn, sandbox, ticket):
    """Rallied's own note, the requester's e-mailed reply and a technician's note are told apart by their author,
    never by their words; a technician's assignment shows on the ticket."""
    conn.add_note(ticket, "Rallied checked the account.", internal=True)
    for act, text in (("reply", "Thanks, it works."), ("note", "Called her back.")):
        answer = requests.post(f"{sandbox.url}/_control/vendors/{vendor}/tickets/{ticket}/person",
                               json={"act": act, "text": text}, timeout=10)
        assert answer.status_code == 200, answer.text
    before = conn.fetch_ticket(ticket)
    requests.post(f"{sandbox.url}/_control/vendors/{vendor}/tickets/{ticket}/person", json={"act": "assign"},
                  timeout=10).raise_for_status()

    entries = getattr(conn, conn.operations["read_updates"])(conn.fetch_ticket(ticket))

    assert [(e.author, e.text) for e in entries] == [
        (OWN, "Rallied checked the account."), (REQUESTER, "Thanks, it works."), (STAFF, "Called her back.")]
    assert (before.assignee, before.state) == ("", "new")
    assert conn.fetch_ticket(ticket).assignee != ""


OPS: dict[str, Callable[..., None]] = {
    "fetch_ticket": op_fetch_ticket,
    "add_internal_note": op_add_internal_note,
    "add_reply": op_add_reply,
    "set_status": op_set_status,
    "add_time_entry": op_add_time_entry,
    "parse_webhook": op_parse_webhook,
    "poll_new_tickets": op_poll_new_tickets,
    "read_updates": op_read_updates,
}
PSA_CASES = {(vendor, op) for vendor in PSAS for op in OPS}


def test_every_psa_yes_has_a_case():
    assert yes_cells("psa_operations") <= PSA_CASES
    assert set(OPS) == set(PSA_OPERATIONS)


@pytest.mark.parametrize(("vendor", "op"), sorted(yes_cells("psa_operations")), ids=lambda v: v)
def test_psa_yes_cell_works_against_the_sandbox(make_connector, sandbox, vendor, op):
    extra = {"credentials": {"webhook_secret": "matrix-hook-secret"}} if vendor == "autotask" else {}
    conn = psa(make_connector, vendor, **extra)
    OPS[op](vendor, conn, sandbox, SEEDED[vendor])
