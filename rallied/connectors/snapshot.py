"""One directory read per user for the length of one decision (issue 17).

`redecide` (workflow/decisions.py) resolves each action's target (approvals/verification/identity.py) and then
verifies the requester (approvals/verification/directory.py), each asking the identity provider for the same user
a few milliseconds apart: with Entra that was the user, manager, group memberships, risk and sign-in methods read
twice, five Graph calls of the ticket's seventeen. Both answers feed the same decision, so the second is the first.

The scope is the copy `reads_once` returns, used for one decision only: the executor asks its own connector again
right before its write (playbooks/executor.py), so the safety floor still reads fresh data before every write. A
write made through the copy forgets what was read, in case a caller ever writes mid-decision.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from rallied.connectors.base import DirectoryUser, IdentityConnector

C = TypeVar("C", bound=IdentityConnector)


def reads_once(connector: C) -> C:
    """A shallow copy of `connector` (same client, same scope) whose `get_user` asks the vendor once per identifier;
    the connector given, and every other holder of it, are unchanged."""
    snapshot = copy.copy(connector)
    seen: dict[str, DirectoryUser | None] = {}

    def get_user(identifier: str) -> DirectoryUser | None:
        if identifier not in seen:
            seen[identifier] = connector.get_user(identifier)
        return seen[identifier]

    def forgetting(write: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(write)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            seen.clear()
            try:
                return write(*args, **kwargs)
            finally:
                seen.clear()
        return wrapper

    snapshot.get_user = get_user  # type: ignore[method-assign]
    for name in {*getattr(connector, "supports", {}).values(), "reset_password"}:
        write = getattr(connector, name, None)
        if callable(write):
            setattr(snapshot, name, forgetting(write))
    return snapshot
