"""What each connector can do, read from the connectors' own declarations (`supports`, `operations`).

Identity connectors declare action kind -> method; PSA and RMM connectors declare their operation -> method.
A cell says "yes" only when the declared method really exists on the class, so the table printed by
`manage.py connectors --matrix` follows the code, and the executor dispatches through the same map.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from rallied.connectors import connector_classes
from rallied.connectors.base import PSA_OPERATIONS, Connector, IdentityConnector, PsaConnector
from rallied.connectors.rmm_types import RMM_OPERATIONS, RmmConnector
from rallied.kinds import RMM_KINDS

# Column order of the tables: the vendors Rallied shipped with first, anything registered later after them.
IDP_ORDER = ("entra", "okta", "google")
PSA_ORDER = ("connectwise", "autotask", "halopsa")
RMM_ORDER = ("ninjaone", "datto")


@dataclass(frozen=True)
class Cell:
    """One vendor's answer for one kind or operation."""

    supported: bool
    method: str | None = None
    note: str = ""

    @property
    def text(self) -> str:
        word = "yes" if self.supported else "no"
        return f"{word} ({self.note})" if self.note else word


def _cell(cls: type[Connector], declared: Mapping[str, str], name: str) -> Cell:
    method = declared.get(name)
    if not method or not callable(getattr(cls, method, None)):
        return Cell(False, note=cls.unsupported_notes.get(name, ""))
    return Cell(True, method, cls.capability_notes.get(name, ""))


def kind_cell(cls: type[Connector], kind: str) -> Cell:
    return _cell(cls, cls.supports, kind)


def operation_cell(cls: type[PsaConnector] | type[RmmConnector], operation: str) -> Cell:
    return _cell(cls, cls.operations, operation)


def _ordered(classes: dict[str, type[Connector]], base: type[Connector], order: tuple[str, ...]) -> list[str]:
    found = [vendor for vendor, cls in classes.items() if issubclass(cls, base)]
    return [v for v in order if v in found] + sorted(v for v in found if v not in order)


def build_matrix(kinds: Iterable[str]) -> dict[str, Any]:
    """{"identity_vendors", "psa_vendors", "rmm_vendors", "action_kinds": {kind: {vendor: Cell}},
    "device_steps": {kind: {rmm vendor: Cell}}, "psa_operations": {...}, "rmm_operations": {...}}."""
    classes = connector_classes()
    idps = _ordered(classes, IdentityConnector, IDP_ORDER)
    psas = _ordered(classes, PsaConnector, PSA_ORDER)
    rmms = _ordered(classes, RmmConnector, RMM_ORDER)
    return {
        "identity_vendors": idps,
        "psa_vendors": psas,
        "rmm_vendors": rmms,
        # A device step (rallied/kinds.RMM_KINDS) runs on the tenant's RMM: its row is in the RMMs' table.
        "action_kinds": {k: {v: kind_cell(classes[v], k) for v in idps} for k in kinds if k not in RMM_KINDS},
        "device_steps": {k: {v: kind_cell(classes[v], k) for v in rmms} for k in kinds if k in RMM_KINDS},
        "psa_operations": {
            op: {v: operation_cell(classes[v], op) for v in psas}  # type: ignore[arg-type]
            for op in PSA_OPERATIONS
        },
        "rmm_operations": {
            op: {v: operation_cell(classes[v], op) for v in rmms}  # type: ignore[arg-type]
            for op in RMM_OPERATIONS
        },
    }


def as_json(matrix: dict[str, Any]) -> dict[str, Any]:
    """The matrix with plain dicts for cells (for `--json`)."""
    tables = ("action_kinds", "device_steps", "psa_operations", "rmm_operations")
    out = {k: v for k, v in matrix.items() if k not in tables}
    for table in tables:
        out[table] = {row: {v: asdict(c) for v, c in cells.items()} for row, cells in matrix[table].items()}
    return out


def _table(title: str, corner: str, vendors: list[str], rows: dict[str, dict[str, Cell]]) -> list[str]:
    grid = [[corner, *vendors]] + [[row, *(cells[v].text for v in vendors)] for row, cells in rows.items()]
    widths = [max(len(line[i]) for line in grid) for i in range(len(grid[0]))]
    lines = [title, ""]
    for n, line in enumerate(grid):
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def render_text(matrix: dict[str, Any]) -> str:
    kinds = _table("Action kinds x identity providers", "action kind", matrix["identity_vendors"],
                   matrix["action_kinds"])
    psas = _table("PSA operations x PSAs", "operation", matrix["psa_vendors"], matrix["psa_operations"])
    rmms = _table("RMM operations x RMMs", "operation", matrix["rmm_vendors"], matrix["rmm_operations"])
    # Labelled "step:<kind>" so each line's first word names one row of one table (tag_device is an operation too).
    steps = _table("Device steps (action kinds) x RMMs", "action kind", matrix["rmm_vendors"],
                   {f"step:{k}": cells for k, cells in matrix.get("device_steps", {}).items()})
    return "\n".join([*kinds, "", *psas, "", *rmms, "", *steps]) + "\n"
