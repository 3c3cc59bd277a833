"""Where a backtest's past tickets come from: the tenant's PSA (read-only, paged, paced) or a CSV export.

The CSV column set (a header row, comma-separated, UTF-8; column names are case-insensitive):

    subject          the ticket's title                                   required (subject or body not empty)
    body             what the requester wrote                             required (may be empty if subject is not)
    requester_email  who asked                                            required, an e-mail address
    created          when it was opened: ISO 8601, e.g. 2026-11-02T14:30  required; no zone = the tenant's zone
                     or 2026-11-02 14:30 (seconds and a zone optional)
    closed           when it was closed, same format, not before created  required
    category         your PSA's own category                              optional, shown beside ours
    requester_name   the requester's name                                 optional

Every problem is reported by row number (the header is row 1) and column, up to MAX_ERRORS of them, and nothing
of a file with problems is used.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from rallied.connectors import ConnectorError
from rallied.connectors.history import ClosedTicket
from tenants.models import Tenant
from tenants.selectors import connector_for, psa_connection
from workflow.backtest.simulate import PastTicket

REQUIRED = ("subject", "body", "requester_email", "created", "closed")
OPTIONAL = ("category", "requester_name")
MAX_ROWS = 50_000
MAX_BYTES = 10 * 1024 * 1024
MAX_ERRORS = 10
MAX_DAYS = 731
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


class BacktestInputError(ValueError):
    """Input the backtest cannot use; `problems` name the row and column of each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Batch:
    """Past tickets as they arrive (a PSA page, or the whole file) and how many there will be in all, if known."""

    tickets: list[PastTicket]
    total: int | None = None


# -- the PSA ----------------------------------------------------------------------------------------------


def from_psa(tenant: Tenant, *, days: int, now: datetime | None = None) -> Iterator[Batch]:
    """The tenant's tickets closed in the last `days` days, page by page, from its PSA connection (reads only)."""
    if not 1 <= days <= MAX_DAYS:
        raise BacktestInputError([f"days must be between 1 and {MAX_DAYS}."])
    connection = psa_connection(tenant)
    if connection is None:
        raise BacktestInputError([f"{tenant.name} has no PSA connection to read past tickets from; upload a CSV."])
    connector = connector_for(connection)
    reader = getattr(connector, "closed_tickets_since", None)
    if reader is None:
        raise BacktestInputError([f"The {connection.vendor} connector cannot list past tickets; upload a CSV."])
    since = (now or datetime.now(UTC)) - timedelta(days=days)
    try:
        for page in reader(since):
            yield Batch([_past(t) for t in page.tickets], page.total)
    except ConnectorError as exc:
        raise BacktestInputError([f"The PSA refused to list past tickets: {exc}"]) from exc


def _past(ticket: ClosedTicket) -> PastTicket:
    return PastTicket(ref=f"{ticket.vendor} #{ticket.id}", subject=ticket.subject, body=ticket.body,
                      requester_email=ticket.requester_email, requester_name=ticket.requester_name,
                      created_at=ticket.created_at, closed_at=ticket.closed_at)


# -- a CSV export -----------------------------------------------------------------------------------------


def from_csv(data: bytes | str, tenant: Tenant) -> list[PastTicket]:
    """Every row of a CSV export as a past ticket; BacktestInputError naming each bad row and column."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise BacktestInputError([f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB; split it."])
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            problem = f"The file is not UTF-8 text (byte {exc.start}); export it as UTF-8 CSV."
            raise BacktestInputError([problem]) from exc
    reader = csv.reader(io.StringIO(data.lstrip("\ufeff"), newline=""))
    header = [h.strip().lower() for h in next(reader, [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise BacktestInputError([f"Row 1 (the header) lacks the column{'s' if len(missing) > 1 else ''} "
                                  f"{', '.join(missing)}; the columns are {', '.join(REQUIRED + OPTIONAL)}."])
    where = {name: header.index(name) for name in (*REQUIRED, *OPTIONAL) if name in header}
    tickets: list[PastTicket] = []
    problems: list[str] = []
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue  # a blank line, as spreadsheets leave at the end
        if len(tickets) >= MAX_ROWS:
            raise BacktestInputError([f"The file has more than {MAX_ROWS} tickets; split it."])
        row = {name: cells[i].strip() if i < len(cells) else "" for name, i in where.items()}
        ticket, errors = _row(number, row, tenant)
        problems += errors
        if ticket is not None:
            tickets.append(ticket)
        if len(problems) >= MAX_ERRORS:
            break
    if problems:
        raise BacktestInputError(problems[:MAX_ERRORS])
    if not tickets:
        raise BacktestInputError(["The file has a header but no tickets."])
    return tickets


def _row(number: int, row: dict[str, str], tenant: Tenant) -> tuple[PastTicket | None, list[str]]:
    errors = []
    if not row["subject"] and not row["body"]:
        errors.append(f"Row {number}, column 'subject': both subject and body are empty.")
    if not _EMAIL.match(row["requester_email"]):
        errors.append(f"Row {number}, column 'requester_email': {row['requester_email'][:80]!r} is not an e-mail "
                      "address.")
    created, closed = _when(row["created"], tenant), _when(row["closed"], tenant)
    for column, value in (("created", created), ("closed", closed)):
        if value is None:
            errors.append(f"Row {number}, column '{column}': {row[column][:40]!r} is not a date and time "
                          "(use ISO 8601, e.g. 2026-11-02T14:30 or 2026-11-02 14:30).")
    if created and closed and closed < created:
        errors.append(f"Row {number}, column 'closed': closed before it was created.")
    if errors:
        return None, errors
    return PastTicket(ref=f"row {number}", subject=row["subject"], body=row["body"],
                      requester_email=row["requester_email"], requester_name=row.get("requester_name", ""),
                      created_at=created, closed_at=closed, psa_category=row.get("category", "")), []


def _when(text: str, tenant: Tenant) -> datetime | None:
    """ISO 8601 with or without seconds and zone; without a zone it is the tenant's local time."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None
    except ValueError:
        return None
    if moment is None:
        return None
    return (moment.replace(tzinfo=tenant.zone) if moment.tzinfo is None else moment).astimezone(UTC)

