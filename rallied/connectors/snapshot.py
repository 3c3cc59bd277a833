"""One directory read per user for the length of one step of a ticket (issue 17).

A ticket's step asks the identity provider for the same people several times a few milliseconds apart: planning looks
up a colleague named in the ticket (workflow/targets.py), and `redecide` (workflow/decisions.py) resolves each
action's target (approvals/verification/identity.py) and verifies the requester (approvals/verification/directory.py).
With Entra each read was the user and a `$batch` of manager, memberships, risk and sign-in methods. All of them feed
the same decision, so the second is the first. The people a decision needs are known before it starts (the requester
and each action's target), so they are read together, on a few threads, instead of one after another.

The scope is the copy `reads_once` returns, used for one step only (one worker's task): the executor asks its own
connector again right before its write (playbooks/executor.py), so the safety floor still reads fresh data before
every write. A write made through the copy forgets what was read, in case a caller ever writes mid-step.
"""

from __future__ import annotations

import copy
import functools
import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from rallied.connectors.base import ConnectorError, DirectoryUser, IdentityConnector
from rallied.threads import map_in_threads

C = TypeVar("C", bound=IdentityConnector)
# Reads sent at once for one step: enough for a requester, a target and a manager; few enough that a burst of tickets
# on one worker never opens more than this many connections to a vendor per ticket.
MAX_PARALLEL_READS = 4


class _Reads:
    """What one step has read: each identifier's user (None: not in the directory), or the error its read raised."""

    def __init__(self, connector: IdentityConnector) -> None:
        self.connector = connector
        self.seen: dict[str, DirectoryUser | ConnectorError | None] = {}
        self.lock = threading.Lock()

    def read(self, identifier: str) -> None:
        try:
            found: DirectoryUser | ConnectorError | None = self.connector.get_user(identifier)
        except ConnectorError as exc:  # raised again where the step asks for this user, as its own read would
            found = exc
        with self.lock:
            self.seen[identifier] = found

    def get_user(self, identifier: str) -> DirectoryUser | None:
        with self.lock:
            known = identifier in self.seen
        if not known:
            self.read(identifier)
        found = self.seen[identifier]
        if isinstance(found, ConnectorError):
            raise found
        return found

    def prefetch(self, identifiers: Iterable[str]) -> None:
        """Read the users not read yet, up to MAX_PARALLEL_READS at once; each read's failure is kept for its turn."""
        with self.lock:
            wanted = list(dict.fromkeys(i for i in identifiers if i and i not in self.seen))
        if len(wanted) < 2:  # one read gains nothing from a thread; it is read when asked for
            return
        map_in_threads(self.read, wanted, max_workers=min(MAX_PARALLEL_READS, len(wanted)), name="directory-read")

    def forget(self) -> None:
        with self.lock:
            self.seen.clear()


def reads_once(connector: C) -> C:
    """A shallow copy of `connector` (same client, same scope) whose `get_user` asks the vendor once per identifier
    and whose `prefetch_users(identifiers)` reads several at once; the connector given, and every other holder of it,
    are unchanged."""
    snapshot = copy.copy(connector)
    reads = _Reads(connector)

    def forgetting(write: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(write)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            reads.forget()
            try:
                return write(*args, **kwargs)
            finally:
                reads.forget()
        return wrapper

    snapshot.get_user = reads.get_user  # type: ignore[method-assign]
    snapshot.prefetch_users = reads.prefetch  # type: ignore[attr-defined]
    for name in {*getattr(connector, "supports", {}).values(), "reset_password"}:
        write = getattr(connector, name, None)
        if callable(write):
            setattr(snapshot, name, forgetting(write))
    return snapshot


def prefetch_users(connector: IdentityConnector | None, identifiers: Iterable[str]) -> None:
    """Read these users together into `connector` when it is a step's copy (`reads_once`); otherwise nothing: each is
    then read when asked for, as before."""
    prefetch = getattr(connector, "prefetch_users", None)
    if prefetch is not None:
        prefetch(identifiers)
