"""Who did something: the one type every operation's `actor` argument takes.

A signed-in person (a Django user), or a system part named by a string such as "system:pipeline" or
"ai:triage" (audit.services.describe_actor turns either into the audit trail's actor fields).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:  # the auth models need the app registry, and this module is imported while it loads
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

Actor: TypeAlias = "AbstractBaseUser | AnonymousUser | str | None"
