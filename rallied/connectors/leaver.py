"""The password a leaver's account is set to: random, strong, and known to nobody.

Each identity connector's `scramble_password` draws one here, sends it to the vendor and drops it. It is never
returned, stored, delivered, logged or audited: unlike a reset, there is nobody to give it to.
"""

from __future__ import annotations

import secrets


def unknowable_password() -> str:
    """48 random URL-safe characters, plus one of each class so every vendor's complexity rule accepts it."""
    return secrets.token_urlsafe(36) + "aZ7!"


__all__ = ["unknowable_password"]
