"""Whether a connection's settings are enough for its connector: checked where a connection is saved.

Each connector class declares the config and credential keys it cannot work without and checks the optional
config values it reads (rallied/connectors/base.py `required_config`, `required_credentials`, `config_checks`).
A connection missing one used to be stored anyway and fail later, quietly: the demo's Autotask connection had no
`webhook_secret`, so every Autotask webhook was refused with 401 and tickets arrived only through the poller.
The admin form and `tenants.services.save_connection` both refuse such a connection here, naming the missing keys
and never showing a credential's value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError

from rallied.connectors import connector_classes


def connection_problems(vendor: str, config: Any, credentials: Mapping[str, Any]) -> dict[str, list[str]]:
    """"config" / "credentials" -> what is wrong with them for this vendor's connector (empty when usable)."""
    cls = connector_classes().get(vendor)
    if cls is None:
        return {}
    if not isinstance(config, Mapping):
        return {"config": ["The config must be a JSON object."]}
    problems: dict[str, list[str]] = {}
    missing_config, missing_credentials = cls.missing_settings(config, credentials)
    if missing_config:
        problems.setdefault("config", []).append(
            f"The {vendor} connection needs these config keys: {', '.join(missing_config)}.")
    for key, message in cls.config_problems(config).items():
        problems.setdefault("config", []).append(f"{key} {message}.")
    if missing_credentials:
        # Key names only: the values are secrets, and an error message is shown back to whoever typed them.
        problems["credentials"] = [
            f"The {vendor} connection needs these credential keys: {', '.join(missing_credentials)}."]
    return problems


def check_connection(vendor: str, config: Any, credentials: Mapping[str, Any]) -> None:
    """Raise a ValidationError (by field) when the connector could not work with these settings."""
    problems = connection_problems(vendor, config, credentials)
    if problems:
        raise ValidationError(problems)
