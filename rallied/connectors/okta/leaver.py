"""Okta's part of an offboarding: a password nobody knows and every factor reset, nothing issued to the leaver.

Okta has no mailbox, licence or address list: those steps stay a technician's (playbooks/offboarding.py).
"""

from __future__ import annotations

from typing import Any

from okta.client import Client as OktaClient
from okta.models.update_user_request import UpdateUserRequest

from rallied.connectors.base import DirectoryUser
from rallied.connectors.leaver import unknowable_password
from rallied.connectors.okta.sdk import OktaSdkConnector

LEAVER_KINDS = ("scramble_password", "remove_mfa_methods")


class LeaverMixin(OktaSdkConnector):
    def scramble_password(self, user: DirectoryUser) -> dict[str, Any]:
        """Update user with a random password (rallied/connectors/leaver.py), drawn, sent and dropped. Not expired
        afterwards: an expired password invites a change, and a leaver's account should not be changed by anyone."""
        self.ensure_allowed("scramble_password")
        request = UpdateUserRequest.from_dict({"credentials": {"password": {"value": unknowable_password()}}})
        self._run(lambda c: self._call(c.update_user, user.id, request, write=True))
        return {"scrambled": True}

    def remove_mfa_methods(self, user: DirectoryUser) -> dict[str, Any]:
        """lifecycle/reset_factors: every enrolled factor goes; no new one is issued."""
        self.ensure_allowed("remove_mfa_methods")

        async def op(client: OktaClient) -> list[str]:
            factors = await self._call(client.list_factors, user.id) or []
            await self._call(client.reset_factors, user.id, write=True)
            return [self._factor_name(f) for f in factors]  # type: ignore[attr-defined]  # OktaConnector's

        return {"removed": self._run(op)}
