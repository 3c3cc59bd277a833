"""Reads about tenants: their connections, turned into ready connectors with the right scope."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import F

from rallied.connectors import Connector, ConnectorError, IdentityConnector, build_connector, connector_classes
from rallied.connectors.capabilities import kind_cell
from rallied.identifiers import disguised, normalise, skeleton
from rallied.kept_queries import KeptQuery
from rallied.kinds import KINDS, RMM_KINDS, get_kind
from rallied.task_cache import remembered
from tenants.models import Connection, ProtectedIdentity, ServiceAccount, Tenant

# The reads below are configuration, remembered for the length of one task (rallied/task_cache.py): a ticket
# step asked for them five or six times each. Outside a task they read afresh every time.
#
# A tenant's connections are read all at once, with their service accounts in the same query (a LEFT JOIN: a
# connection without one still comes back, once): one task asks for several vendors (the start step its identity
# provider, then Duo for the push), and each asked alone was a connection read and a service-account read of its own
# (issue 17). A tenant has a handful of connections and accounts, so the joined rows are few. Outside a task it is
# still read afresh on every call, and a task's first read sees a connection disabled or an account's scope cut
# before it builds the connector that makes any vendor call.
_ACCOUNT_FIELDS = ("id", "tenant_id", "name", "allowed_kinds", "last_used_at")


# Compiled once per process (rallied/kept_queries.py): building and compiling this join was most of its cost.
_CONNECTIONS_WITH_ACCOUNTS: KeptQuery[Connection] = KeptQuery(
    lambda tenant_id: Connection.objects.filter(tenant_id=tenant_id, disabled=False)
    .annotate(**{f"_account_{name}": F(f"service_accounts__{name.removesuffix('_id')}") for name in _ACCOUNT_FIELDS})
    .order_by("vendor", "pk", "service_accounts__pk"), tenant_id=int)


def _connections_with_accounts(tenant_id: int) -> tuple[list[Connection], dict[int, list[ServiceAccount]]]:
    def read() -> tuple[list[Connection], dict[int, list[ServiceAccount]]]:
        rows = _CONNECTIONS_WITH_ACCOUNTS.all(tenant_id=tenant_id)
        connections: dict[int, Connection] = {}
        accounts: dict[int, list[ServiceAccount]] = {}
        for row in rows:
            connection = connections.setdefault(row.pk, row)
            accounts.setdefault(row.pk, [])
            if row._account_id is not None:
                # from_db takes the values in the model's field order
                values = {name: getattr(row, f"_account_{name}") for name in _ACCOUNT_FIELDS}
                values["connection_id"] = row.pk
                names = [f.attname for f in ServiceAccount._meta.concrete_fields if f.attname in values]
                account = ServiceAccount.from_db(row._state.db, names, [values[name] for name in names])
                account.connection = connection
                accounts[row.pk].append(account)
        return list(connections.values()), accounts

    return remembered(("connections", tenant_id), read)


# A tenant's protected identities, (kind, identity as stored, reason) in the order they were listed: one read per
# task serves both of the decision's uses, the resolution's look for a name written like one (approvals/verification/
# identity._protected) and the floor's reason for the target (approvals/verification/context.protected_reason),
# which were a read of every identity and a read per name asked before (issue 17).
_PROTECTED_IDENTITIES = KeptQuery(lambda tenant_id: ProtectedIdentity.objects.filter(tenant_id=tenant_id)
                                  .order_by("pk").values_list("kind", "identity", "reason"), tenant_id=int)


def protected_identities(tenant_id: int | None) -> list[tuple[str, str, str]]:
    return remembered(("protected", tenant_id), lambda: list(_PROTECTED_IDENTITIES.all(tenant_id=tenant_id)))


def _enabled_connections(tenant: Tenant) -> list[Connection]:
    return _connections_with_accounts(tenant.pk)[0]


def connection_for(tenant: Tenant, vendors: set[str]) -> Connection | None:
    """The tenant's enabled connection to one of `vendors` (the first by vendor name, as always)."""
    return next((c for c in _enabled_connections(tenant) if c.vendor in vendors), None)


def service_accounts_of(connection: Connection) -> list[ServiceAccount]:
    if not connection.disabled:
        accounts = _connections_with_accounts(connection.tenant_id)[1]
        if connection.pk in accounts:
            return accounts[connection.pk]
    # a connection the enabled list does not hold (disabled, or created after this task's read): its own query
    return list(ServiceAccount.objects.filter(connection=connection).order_by("pk"))


def connector_for(connection: Connection) -> Connector:
    """The connector for a connection, scoped to what its service accounts may do (least privilege)."""

    def build() -> Connector:
        allowed: set[str] = set()
        for account in service_accounts_of(connection):
            allowed.update(account.allowed_kinds)
        return build_connector(
            connection.vendor,
            base_url=connection.base_url,
            config=connection.config,
            credentials=connection.get_credentials(),
            allowed_kinds=allowed,
            timeout=settings.RALLIED_HTTP_TIMEOUT,
        )

    return remembered(("connector_for", connection.pk, connection.vendor, connection.base_url), build)


def identity_connection(tenant: Tenant) -> Connection | None:
    return connection_for(tenant, Connection.IDP_VENDORS)


def psa_connection(tenant: Tenant, source: str = "") -> Connection | None:
    """The tenant's PSA connection; a ticket that came from a PSA goes back to that PSA, not the first one found."""
    if source in Connection.PSA_VENDORS:
        own = connection_for(tenant, {source})
        if own is not None:
            return own
    return connection_for(tenant, Connection.PSA_VENDORS)


def service_account_for(connection: Connection, kind: str) -> ServiceAccount | None:
    for account in service_accounts_of(connection):
        if kind in account.allowed_kinds:
            return account
    return None


# Why an action kind cannot run for a tenant, as a stated reason code (rallied/intents contract: the planner reports
# an intent that cannot be planned as one of these, with the reason).
UNSUPPORTED, OUT_OF_SCOPE = "unsupported", "out_of_scope"


@dataclass(frozen=True)
class CapabilityGap:
    """An action kind the tenant's stack cannot perform: `code` is UNSUPPORTED or OUT_OF_SCOPE."""

    code: str
    reason: str


def member_groups(tenant: Tenant, address: str) -> list[str] | None:
    """The groups `address` is a direct member of, as the tenant's identity connector names them for a removal;
    None when they cannot be read (no connection, no such user, the vendor cannot list them, the read failed)."""
    connection = identity_connection(tenant)
    idp = connector_for(connection) if connection is not None else None
    if not isinstance(idp, IdentityConnector) or not address:
        return None
    try:
        user = idp.get_user(address)
        return idp.groups_of(user) if user is not None else None
    except ConnectorError:
        return None


@dataclass(frozen=True)
class LeaverFacts:
    """What an offboarding plans from, read from the directory once: None where it could not be read."""

    groups: list[str] | None
    manager: str | None
    held_sku_ids: set[str] | None
    has_mailbox: bool | None = None  # whether the mail system shows a mailbox of the leaver's own (None: unknown)


def leaver_facts(tenant: Tenant, address: str) -> LeaverFacts:
    """The leaver's direct groups (as the connector names them for a removal), manager and held licence SKU ids
    (where the IdP has licences): one user read, then one read per list. Unknown parts are None."""
    connection = identity_connection(tenant)
    idp = connector_for(connection) if connection is not None else None
    if not isinstance(idp, IdentityConnector) or not address:
        return LeaverFacts(None, None, None)
    try:
        user = idp.get_user(address)
    except ConnectorError:
        return LeaverFacts(None, None, None)
    if user is None:
        return LeaverFacts(None, None, None)
    try:
        groups = idp.groups_of(user)
    except ConnectorError:
        groups = None
    held = None
    reader = getattr(idp, "held_sku_ids", None)
    if callable(reader):
        try:
            held = set(reader(user))
        except ConnectorError:
            held = None
    mailbox = None
    finder = getattr(idp, "find_mailboxes", None)
    if callable(finder) and "convert_mailbox" in idp.supports:
        try:
            mailbox = any(m.address == address.lower() for m in finder(address))
        except ConnectorError:
            mailbox = None
    return LeaverFacts(groups, user.manager_upn, held, mailbox)


def capability_gap(tenant: Tenant, kind: str) -> CapabilityGap | None:
    """None when the tenant's identity connector (its RMM for a device step, rallied/kinds.RMM_KINDS) can perform
    `kind` and one of its service accounts may.

    The same two facts the executor checks before a vendor call (playbooks/executor.identity_for and
    Connector.ensure_allowed), asked when the plan is made and again whenever an action is decided, so an action
    that could only fail after a technician approved it is never planned, approved or counted as "would run".
    The connector's own declaration is read through `kind_cell`, the cell `manage.py connectors --matrix` prints.
    """
    label = f"'{get_kind(kind).label}'" if kind in KINDS else f"'{kind}'"
    rmm = kind in RMM_KINDS  # a device step runs through the tenant's RMM, not its identity provider
    connection = connection_for(tenant, Connection.RMM_VENDORS) if rmm else identity_connection(tenant)
    if connection is None:
        what = "RMM" if rmm else "identity provider"
        return CapabilityGap(UNSUPPORTED, f"The tenant has no {what} connected, so Rallied cannot do {label}.")
    cls = connector_classes().get(connection.vendor)
    vendor = connection.get_vendor_display()
    if cls is None or not kind_cell(cls, kind).supported:
        return CapabilityGap(UNSUPPORTED, f"Rallied cannot do {label} on {vendor}: its connector does not support it.")
    if not any(kind in account.allowed_kinds for account in service_accounts_of(connection)):
        return CapabilityGap(OUT_OF_SCOPE, f"Rallied's service account on {vendor} is not allowed to do {label}.")
    return None


def why_cannot_run(tenant: Tenant, kind: str, params: dict[str, Any] | None = None) -> str:
    """'' when the tenant's stack can run `kind`; otherwise why not, in words for the technician and the note.

    `params` is accepted for checks that depend on them (a licence's catalogue is the licences step's own check).
    """
    gap = capability_gap(tenant, kind)
    return gap.reason if gap else ""


# A group whose name says it grants administration: the safety floor treats it as one whether or not it is listed
# (approvals/verification/context.group_floor), so the planner leaves such a name to the floor too.
ADMIN_GROUP_NAME = re.compile(r"\b(admins?|administrators?|privileged)\b", re.I)
# The directory object an action names, by kind: the parameter that names it and what it is called in words.
DIRECTORY_OBJECTS = {"add_to_group": ("group", "group"), "remove_from_group": ("group", "group"),
                     "grant_mailbox_access": ("mailbox", "mailbox"), "revoke_mailbox_access": ("mailbox", "mailbox")}


def unknown_object(tenant: Tenant, kind: str, params: dict[str, Any]) -> str:
    """Why the group or mailbox an action names cannot be planned: nothing in the tenant's directory answers to it
    ("No group called 'Finance-Writers' in the directory"). '' when it is there, when the directory cannot say (no
    connection, a failed read, a vendor whose mail is the user), and when the name is one the safety floor watches
    (on the protected list, written like a protected identity, an admin group's name, disguised): those stay the
    decision's to refuse (approvals/policy.py), which stops the whole ticket, as a suspect object must.

    Asked when the plan is made, so a plain typo or a vague phrase becomes one part handed over with its reason
    while the ticket's other parts run, instead of an action the decision refuses for the whole ticket.
    """
    param, what = DIRECTORY_OBJECTS.get(kind, ("", ""))
    raw = str(params.get(param) or "") if param else ""
    connection = identity_connection(tenant) if raw else None
    idp = connector_for(connection) if connection is not None else None
    if not isinstance(idp, IdentityConnector) or _watched_by_the_floor(tenant, what, raw):
        return ""
    if what == "mailbox" and "grant_mailbox_access" not in idp.supports:
        return ""  # the mailbox is the user's own (Okta, Google): nothing separate to look up
    finder = idp.find_groups if what == "group" else idp.find_mailboxes
    try:
        found = finder(normalise(raw))
    except ConnectorError:
        return ""  # the decision's own lookup reports a read that fails
    if found:
        return ""
    return (f"No {what} called '{raw}' in the tenant's directory: a technician must ask the requester which "
            f"{what} is meant.")


def _watched_by_the_floor(tenant: Tenant, what: str, raw: str) -> bool:
    if disguised(raw) or (what == "group" and ADMIN_GROUP_NAME.search(raw)):
        return True
    kinds = ("group",) if what == "group" else ("mailbox", "user")
    wanted = normalise(raw)
    for identity in ProtectedIdentity.objects.filter(tenant=tenant, kind__in=kinds).values_list("identity", flat=True):
        if normalise(identity) == wanted or skeleton(identity) == skeleton(wanted):
            return True
    return False
