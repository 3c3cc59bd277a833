"""Reading and submitting the service-lead pages the way a browser does."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client

from tests.helpers import staff_client


def browser(username: str) -> Client:
    """Signed in with the second factor proved (a service lead needs it for the admin, tenants/admin_site.py)."""
    return staff_client(username)


def matrix_form(client: Client, url: str) -> dict[str, Any]:
    """The matrix form's fields as the page renders them, ready to edit and POST back."""
    page = client.get(url)
    assert page.status_code == 200
    formset = page.context["formset"]
    data: dict[str, Any] = {f"{formset.prefix}-{k}": v for k, v in formset.management_form.initial.items()}
    for form in formset.forms:
        for name, field in form.fields.items():
            value = form[name].value()
            if isinstance(value, bool):
                if value:
                    data[form.add_prefix(name)] = "on"
                continue
            data[form.add_prefix(name)] = "" if value is None else str(value)
    return data


def set_row(data: dict[str, Any], kind: str, **values: Any) -> None:
    """Change fields of the row for `kind` (booleans check or uncheck the box)."""
    index = next(k.split("-")[1] for k, v in data.items() if k.endswith("-kind") and v == kind)
    for name, value in values.items():
        key = f"policy-{index}-{name}"
        if value is False:
            data.pop(key, None)
        else:
            data[key] = "on" if value is True else str(value)


def matrix_cells(html: str, kind: str) -> dict[str, str]:
    """The effective decision cells of one matrix row: ordinary mode/source, admin-target mode/source, note."""
    row = re.search(rf'<tr id="row-{kind}".*?</tr>', html, re.S)
    assert row, f"no row for {kind}"
    text = row.group(0)
    ordinary = re.search(r'class="rl-effective" data-mode="([^"]*)" data-source="([^"]*)"(.*?)</td>', text, re.S)
    admin = re.search(r'class="rl-floor" data-mode="([^"]*)" data-source="([^"]*)"(.*?)</td>', text, re.S)
    assert ordinary and admin, text
    return {"mode": ordinary.group(1), "source": ordinary.group(2),
            "detail": re.sub(r"\s+", " ", ordinary.group(3)), "admin_mode": admin.group(1),
            "admin_source": admin.group(2), "admin_note": re.sub(r"\s+", " ", admin.group(3))}
