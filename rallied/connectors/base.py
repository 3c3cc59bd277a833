"""What every connector shares: the one error type, the directory records and the two interfaces.

A connector is one small class per vendor holding only that vendor's quirks. It is built from plain
values (base URL, vendor config, decrypted credentials, allowed action kinds), never from a model,
so the sandbox, the tests and the workers construct it the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from rallied.errors import ConnectorError

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


class Connector:
    """Base of all connectors: identity, scope and the registry key."""

    vendor: ClassVar[str] = ""
    # Action kind (a name from rallied/kinds.py) -> the method of this class that performs it. The one declaration of
    # what a connector can do: the executor dispatches through it, scope checks read it and
    # `manage.py connectors --matrix` prints it, so a claimed capability and the code that runs agree.
    supports: ClassVar[Mapping[str, str]] = {}
    # A few words for the matrix where a bare "yes" would mislead (kind or operation -> note).
    capability_notes: ClassVar[Mapping[str, str]] = {}

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


PSA_OPERATIONS = (
    "fetch_ticket",
    "add_internal_note",
    "add_reply",
    "set_status",
    "add_time_entry",
    "parse_webhook",
    "poll_new_tickets",
)


def psa_number(ticket_id: Any, vendor: str) -> int:
    """A PSA ticket id as the vendors take it (a positive whole number), or a permanent ConnectorError that says
    so: an id typed into an API ticket reaches here, and must give a clear refusal rather than a ValueError."""
    text = str(ticket_id).strip()
    if not text.isascii() or not text.isdigit() or len(text) > 18 or int(text) <= 0:
        raise ConnectorError(f"PSA ticket id {text[:40]!r} is not a ticket number.", vendor=vendor, permanent=True,
                             status=400, code="bad_ticket_id")
    return int(text)


class PsaConnector(Connector):
    """A PSA (ConnectWise, Autotask, HaloPSA): tickets, notes, replies, status and time."""

    # PSA operation (PSA_OPERATIONS) -> the method that performs it; the matrix shows an operation
    # only when the named method exists on the class, so the table follows the code.
    operations: ClassVar[Mapping[str, str]] = {}

    def create_ticket(self, *, summary: str, description: str, contact_email: str) -> str:
        raise NotImplementedError

    def get_ticket(self, ticket_id: str) -> dict[str, Any]:
        raise NotImplementedError

    def add_note(self, ticket_id: str, text: str, *, internal: bool) -> str:
        """An internal note (technicians only) or a customer-facing reply; returns the note id."""
        raise NotImplementedError

    def close_ticket(self, ticket_id: str) -> None:
        raise NotImplementedError

    def add_time_entry(self, ticket_id: str, *, minutes: int, notes: str) -> str:
        raise NotImplementedError
