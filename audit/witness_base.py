"""What every audit witness shares (audit/witness.py, audit/s3_witness.py): the record line and the errors."""

from __future__ import annotations

import json
from typing import Any, Protocol


class WitnessError(Exception):
    """A record could not be written; the checkpoint stays unwitnessed and is offered again."""


class WitnessConfigError(ValueError):
    """A RALLIED_AUDIT_WITNESSES entry that cannot be used."""


class Witness(Protocol):
    description: str

    def write(self, record: dict[str, Any]) -> None: ...


def record_line(record: dict[str, Any]) -> str:
    """One record, one line of JSON: a note's own newlines and blank line are escaped inside it."""
    return json.dumps(record, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
