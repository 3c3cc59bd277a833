"""Every acceptance row: each scenario of rows_contoso.py and rows_okta_google.py in each of the five languages."""

from __future__ import annotations

from tests.requests import rows_contoso, rows_okta_google
from tests.requests.spec import Row

ROWS: list[Row] = [row for s in rows_contoso.SCENARIOS + rows_okta_google.SCENARIOS for row in s.rows()]
assert len({r.id for r in ROWS}) == len(ROWS), "row ids must be unique"
