"""A tenant token is remembered by the process for a few seconds (tenants/api_auth.py): a revocation still holds."""

from __future__ import annotations

import time

import pytest

from tenants import api_auth
from tenants.models import ApiToken
from tests.helpers import token_client


def _token(key: str) -> ApiToken:
    return ApiToken.objects.get(key_hash=ApiToken.hash_key(key))


@pytest.mark.django_db
def test_a_token_revoked_in_the_admin_is_refused_on_its_next_request(world, tenant_key):
    key = tenant_key("contoso")
    client = token_client(key)
    assert client.get("/api/v1/tickets/").status_code == 200  # now remembered

    token = _token(key)
    token.revoked = True
    token.save()  # what the admin's change form does

    assert client.get("/api/v1/tickets/").status_code == 401


@pytest.mark.django_db
def test_a_token_revoked_elsewhere_is_refused_once_its_seconds_are_up(world, tenant_key, monkeypatch):
    key = tenant_key("contoso")
    client = token_client(key)
    assert client.get("/api/v1/tickets/").status_code == 200
    ApiToken.objects.filter(pk=_token(key).pk).update(revoked=True)  # another process's revocation: no signal here

    now = time.monotonic()
    monkeypatch.setattr(api_auth.time, "monotonic", lambda: now + api_auth.REMEMBER_SECONDS + 0.1)
    assert client.get("/api/v1/tickets/").status_code == 401


@pytest.mark.django_db
def test_a_deleted_token_is_refused_and_each_request_has_its_own_copy(world, tenant_key):
    key = tenant_key("contoso")
    client = token_client(key)
    assert client.get("/api/v1/tickets/").status_code == 200
    first = api_auth._token_for(ApiToken.hash_key(key))
    first.tenant.slug = "changed-by-one-request"
    assert api_auth._token_for(ApiToken.hash_key(key)).tenant.slug == "contoso"

    _token(key).delete()
    assert client.get("/api/v1/tickets/").status_code == 401
