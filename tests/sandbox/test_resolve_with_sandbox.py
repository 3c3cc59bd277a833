"""`resolve --with-sandbox`: the sandbox app's resolve wraps the product's with the simulated vendors."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command, get_commands
from django.core.management.base import CommandError

from tenants.models import Tenant

UNLOCK = {"external_id": "ws-1", "subject": "Account locked", "requester_email": "robert.king@northwind.example",
          "body": "Hi, my account is locked out, please unlock it. Robert"}


def test_the_sandbox_app_provides_resolve_and_the_product_command_has_no_sandbox_option():
    from workflow.management.commands.resolve import Command as ProductResolve

    assert get_commands()["resolve"] == "sandbox"
    parser = ProductResolve().create_parser("manage.py", "resolve")
    assert "--with-sandbox" not in parser.format_help()


@pytest.mark.django_db(transaction=True)
def test_with_sandbox_seeds_the_demo_world_and_resolves_against_the_simulated_vendors(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(UNLOCK) + "\n")
    out = io.StringIO()
    call_command("resolve", "--tenant", "northwind", "--input", str(source), "--with-sandbox", stdout=out)
    result = json.loads(out.getvalue().strip().splitlines()[-1])
    assert Tenant.objects.filter(slug__in=["contoso", "northwind", "fabrikam"]).count() == 3
    assert (result["status"], result["category"]) == ("resolved", "account_unlock")
    assert [(a["kind"], a["status"]) for a in result["actions"]] == [("unlock_account", "succeeded")]


@pytest.mark.django_db
def test_an_unknown_tenant_is_still_refused_after_seeding(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("")
    with pytest.raises(CommandError, match="No tenant with slug 'nope'"):
        call_command("resolve", "--tenant", "nope", "--input", str(source), "--with-sandbox")
