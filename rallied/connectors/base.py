"""What every connector shares: the one error type, the directory records and the two interfaces.

A connector is one small class per vendor holding only that vendor's quirks. It is built from plain
values (base URL, vendor config, decrypted credentials, allowed action kinds), never from a model,
so the sandbox, the tests and the workers construct it the same way.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from rallied.errors import ConnectorError
from rallied.naming import NAMING_DOMAIN_KEY, NAMING_PATTERNS_KEY, check_patterns

# The most users a name search returns: enough to say "several", few enough to stay one request.
NAME_SEARCH_LIMIT = 25


def name_words(name: str) -> list[str]:
    """A person's name as its words (whitespace collapsed): one word means a first name alone."""
    return name.split()


class ScopeError(ConnectorError):
    """The service account is not allowed this action kind; refused before any request."""

    def __init__(self, vendor: str, kind: str) -> None:
        super().__init__(
            f"The service account is not allowed to perform '{kind}'.",
            vendor=vendor,
            permanent=True,
            code="out_of_scope",
        )


@dataclass(frozen=True)
class DirectoryUser:
    """A user as the identity provider reports it, reduced to what decisions need."""

    id: str
    upn: str
    display_name: str = ""
    mail: str = ""
    enabled: bool = True
    locked: bool = False
    manager_upn: str | None = None
    admin_roles: tuple[str, ...] = ()
    risky: bool = False
    mfa_methods: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_admin(self) -> bool:
        return bool(self.admin_roles)


@dataclass(frozen=True)
class DirectoryObject:
    """A group or mailbox as the directory knows it.

    `key` is what this vendor's connector is handed afterwards (Entra and Okta take a group's name, Google its
    address, Exchange a mailbox's primary address); `name`, `address` and `aliases` are every spelling that
    means the object, so a disguise of any of them can be recognised.
    """

    id: str
    key: str
    name: str = ""
    address: str = ""
    aliases: tuple[str, ...] = ()
    kind: str = "group"  # group | mailbox
    # The directory itself says membership can carry admin roles (Entra: a role-assignable group), whatever the
    # group is called: the floor (approvals/verification/context.group_floor) treats it as privileged.
    privileged: bool = False


class Connector:
    """Base of all connectors: identity, scope and the registry key."""

    vendor: ClassVar[str] = ""
    # Action kind (a name from rallied/kinds.py) -> the method of this class that performs it. The one declaration of
    # what a connector can do: the executor dispatches through it, scope checks read it and
    # `manage.py connectors --matrix` prints it, so a claimed capability and the code that runs agree.
    supports: ClassVar[Mapping[str, str]] = {}
    # A few words for the matrix where a bare "yes" would mislead (kind or operation -> note).
    capability_notes: ClassVar[Mapping[str, str]] = {}
    # Why a kind is not in `supports`, where a bare "no" would leave a service lead guessing (kind -> reason).
    unsupported_notes: ClassVar[Mapping[str, str]] = {}
    # The connection settings this connector cannot work without. A connection saved without one of them is refused
    # there and then (tenants/connection_checks.py), rather than failing later as a silent 401 or a dead poller.
    required_config: ClassVar[tuple[str, ...]] = ()
    required_credentials: ClassVar[tuple[str, ...]] = ()
    # Optional config keys whose values are checked when the connection is saved: key -> check(value) returning
    # "" when the value is usable, else what is wrong with it (never echoing a secret: these are config, not
    # credentials).
    config_checks: ClassVar[Mapping[str, Callable[[Any], str]]] = {}

    @classmethod
    def missing_settings(cls, config: Mapping[str, Any], credentials: Mapping[str, Any]) -> tuple[list[str], list[str]]:
        """(missing config keys, missing credential keys): a key counts as missing when absent or blank."""
        def blank(value: Any) -> bool:
            return value is None or (isinstance(value, str) and not value.strip())

        return ([k for k in cls.required_config if blank(config.get(k))],
                [k for k in cls.required_credentials if blank(credentials.get(k))])

    @classmethod
    def config_problems(cls, config: Mapping[str, Any]) -> dict[str, str]:
        """config key -> what is wrong with its value, for every checked key that is set."""
        problems = {}
        for key, check in cls.config_checks.items():
            if key in config and config[key] is not None:
                message = check(config[key])
                if message:
                    problems[key] = message
        return problems

    def __init__(
        self,
        *,
        base_url: str,
        config: dict[str, Any] | None = None,
        credentials: dict[str, Any] | None = None,
        allowed_kinds: frozenset[str] | set[str] | None = None,
        timeout: float = 10.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.config = dict(config or {})
        self.credentials = dict(credentials or {})
        # None means "reads only": every write must be named in the service account's scope.
        self.allowed_kinds = frozenset(allowed_kinds or ())
        self.timeout = timeout
        # Every wait for a Retry-After or a back-off goes through here, so tests record it instead of sleeping.
        self.sleep: Callable[[float], None] = time.sleep

    def ensure_allowed(self, kind: str) -> None:
        """Least privilege: refuse an action kind outside the service account before any call."""
        if kind not in self.allowed_kinds or kind not in self.supports:
            raise ScopeError(self.vendor, kind)


class IdentityConnector(Connector):
    """An identity provider (Entra, Okta, Google). Reads never need scope; writes do."""

    # The roles add_to_group can give in a group (rallied/kinds.GROUP_ROLES): none where the directory's groups have
    # only members. An action asking a role the directory lacks is refused before it is decided.
    group_roles: ClassVar[tuple[str, ...]] = ()

    # The tenant's naming convention for new accounts lives with the directory that holds them (rallied/naming.py).
    config_checks: ClassVar[Mapping[str, Callable[[Any], str]]] = {
        NAMING_PATTERNS_KEY: check_patterns, NAMING_DOMAIN_KEY: lambda value: check_text(253)(value)}

    # For the reconciler (playbooks/reconciler.py), which settles a write whose answer was lost from what the vendor
    # shows. Kinds that are safe to repeat but whose outcome this vendor cannot show, each with why a second write is
    # harmless here: only these are repeated, and the repeat's intent says why. An unreadable kind not named here is
    # settled as failed for a technician, never written again blind.
    harmless_repeats: ClassVar[Mapping[str, str]] = {}
    # Kinds whose outcome this vendor shows only in a report that lags behind the write: "no change yet" is believed
    # only after RALLIED_RECONCILE_REPORT_LAG_SECONDS, not the usual grace period.
    lagging_evidence: ClassVar[frozenset[str]] = frozenset()

    def get_user(self, identifier: str) -> DirectoryUser | None:
        """The user by UPN, login or e-mail, with manager, admin roles and risk filled in; None if absent."""
        raise NotImplementedError

    def find_users_by_name(self, name: str, *, limit: int = NAME_SEARCH_LIMIT) -> list[DirectoryUser]:
        """Users a person's name may mean, through the vendor's own search (a read: no scope needed).

        A name of several words returns the users whose display name is that name; a single word
        (a first or a last name) returns every user whose display name starts with it and every
        user whose last name is it, so the caller can tell "one Megan" from "Megan and Meghan" and
        "Lee Chen" from "Sarah Lee". Case-insensitive; at most `limit` users (more
        means "too many to choose from" anyway). Only id, upn, display name, mail and enabled are
        filled in: call `get_user` on the one chosen for manager, roles and risk.
        """
        raise NotImplementedError

    def count_users(self, *, up_to: int) -> int:
        """How many users the directory holds, counted page by page up to `up_to` (a read: no scope needed).

        The kill switch sizes its burst to it (tenants/services.count_directory_users); past `up_to` the
        number changes nothing, so a large directory is not listed to the end."""
        raise NotImplementedError

    def find_groups(self, identifier: str) -> list[DirectoryObject]:
        """The groups whose name, address or alias is `identifier` (case-insensitive, exact; reads only).

        Several results mean the identifier is ambiguous; the caller refuses rather than picks.
        """
        raise NotImplementedError

    def groups_of(self, user: DirectoryUser) -> list[str] | None:
        """The groups the user is a direct member of, as this connector's remove_from_group takes them (a read: no
        scope needed); groups whose membership the directory manages itself (Okta's Everyone) are left out. None
        when this vendor cannot list them."""
        return None

    def find_mailboxes(self, identifier: str) -> list[DirectoryObject]:
        """The mailboxes `identifier` names (address, alias, display name), as the mail system resolves it.

        Empty for an identity provider without mailboxes of its own (Okta, Google: the mailbox is the user).
        """
        return []

    def reset_password(self, user: DirectoryUser, *, temporary_password: str) -> None:
        """Set a temporary password the user must change at next sign-in."""
        raise NotImplementedError

    def password_was_reset_since(self, user: DirectoryUser, since_iso: str) -> bool | None:
        """For reconciling: did a password change land after `since_iso`? None when the vendor can't say."""
        return None


# -- config value checks (Connector.config_checks) ----------------------------------------------------------------
def check_whole_number(low: int, high: int) -> Callable[[Any], str]:
    """A whole number in [low, high]; JSON true/false is not one."""
    def check(value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"must be a whole number from {low} to {high}"
        return ""
    return check


def check_boolean(value: Any) -> str:
    return "" if isinstance(value, bool) else "must be true or false"


def check_choice(*choices: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        return "" if value in choices else f"must be one of {', '.join(choices)}"
    return check


def check_text(max_length: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or not value.strip() or len(value) > max_length:
            return f"must be a non-empty text of at most {max_length} characters"
        return ""
    return check


PSA_OPERATIONS = (
    "fetch_ticket",
    "add_internal_note",
    "add_reply",
    "set_status",
    "add_time_entry",
    "parse_webhook",
    "poll_new_tickets",
    "read_updates",  # tickets/updates.py: who took the ticket, who wrote on it (fetch_entries, assignee, state)
)


def psa_number(ticket_id: Any, vendor: str) -> int:
    """A PSA ticket id as the vendors take it (a positive whole number), or a permanent ConnectorError that says
    so: an id typed into an API ticket reaches here, and must give a clear refusal rather than a ValueError."""
    text = str(ticket_id).strip()
    if not text.isascii() or not text.isdigit() or len(text) > 18 or int(text) <= 0:
        raise ConnectorError(f"PSA ticket id {text[:40]!r} is not a ticket number.", vendor=vendor, permanent=True,
                             status=400, code="bad_ticket_id")
    return int(text)


# Time entries are billed in whole increments of this many minutes unless the connection's config says otherwise
# (`time_increment_minutes`): a tenth of an hour, the most common MSP billing unit.
DEFAULT_TIME_INCREMENT = 6
TIME_INCREMENT_KEY = "time_increment_minutes"


_MARK_TEXT = re.compile(r"^[a-z0-9\-]{1,64}$")


def marked_summary(summary: str, mark: str, limit: int) -> str:
    """`summary` with ` (mark)` after it, cut to the vendor's `limit` so the mark itself is never what is cut."""
    if not mark:
        return summary[:limit]
    tail = f" ({check_mark(mark)})"
    return summary[: limit - len(tail)].rstrip() + tail


def check_mark(mark: str) -> str:
    """A mark goes into query text (a CW condition, an Autotask filter): letters, digits and dashes only."""
    if not _MARK_TEXT.match(mark):
        raise ValueError(f"not a ticket mark: {mark!r}")
    return mark


class PsaConnector(Connector):
    """A PSA (ConnectWise, Autotask, HaloPSA): tickets, notes, replies, status and time."""

    # PSA operation (PSA_OPERATIONS) -> the method that performs it; the matrix shows an operation
    # only when the named method exists on the class, so the table follows the code.
    operations: ClassVar[Mapping[str, str]] = {}
    config_checks: ClassVar[Mapping[str, Callable[[Any], str]]] = {
        TIME_INCREMENT_KEY: check_whole_number(1, 60),
        # tickets/intake.watched_tickets: whether, and how many, known tickets each poll reads again.
        "update_poll": check_boolean, "update_poll_limit": check_whole_number(1, 500)}

    def billable_minutes(self, worked_seconds: float) -> int:
        """The minutes a time entry carries for `worked_seconds` of Rallied's work: rounded up to the connection's
        increment, and never less than one increment (work was done, however quick)."""
        step = self.config.get(TIME_INCREMENT_KEY, DEFAULT_TIME_INCREMENT)
        if isinstance(step, bool) or not isinstance(step, int) or step < 1:
            step = DEFAULT_TIME_INCREMENT
        return max(1, math.ceil(max(0.0, worked_seconds) / 60 / step)) * step

    def create_ticket(self, *, summary: str, description: str, contact_email: str, mark: str = "") -> str:
        """Open a ticket for the connection's company; `mark` (tickets/psa_marks.py) goes into its summary, where
        `find_marked_ticket` finds it again."""
        raise NotImplementedError

    def find_marked_ticket(self, mark: str) -> str | None:
        """The id of the connection's company's ticket whose summary carries `mark`, or None: a ticket Rallied
        opened and never learnt the id of (its worker died before storing it) is found, not opened twice."""
        raise NotImplementedError

    def get_ticket(self, ticket_id: str) -> dict[str, Any]:
        raise NotImplementedError

    def add_note(self, ticket_id: str, text: str, *, internal: bool) -> str:
        """An internal note (technicians only) or a customer-facing reply; returns the note id."""
        raise NotImplementedError

    def close_ticket(self, ticket_id: str) -> None:
        raise NotImplementedError

    def reopen_ticket(self, ticket_id: str) -> None:
        """Back to the vendor's new status (a requester said the fix did not hold)."""
        raise NotImplementedError

    def fetch_entries(self, ticket: Any) -> list[Any]:
        """The PSA ticket's notes or actions (`psa_types.PsaEntry`), oldest first, each with its author."""
        raise NotImplementedError

    def add_time_entry(self, ticket_id: str, *, minutes: int, notes: str) -> str:
        raise NotImplementedError

    def time_entry_notes(self, ticket_id: str) -> list[str]:
        """The notes of the ticket's time entries: how a write-back whose time entry got no answer (a timeout, a
        5xx) tells whether the PSA took it before posting it again (tickets/psa_writeback.py)."""
        raise NotImplementedError
