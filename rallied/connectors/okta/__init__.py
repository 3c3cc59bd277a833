"""Okta, through the official `okta` SDK: `sdk` drives the SDK, `connector` holds the operations."""

from rallied.connectors.okta.connector import DISABLED_STATUSES, FACTOR_NAMES, OktaConnector

__all__ = ["DISABLED_STATUSES", "FACTOR_NAMES", "OktaConnector"]
