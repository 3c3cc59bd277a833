"""The Duo vendor checks Duo's request signature the way Duo does."""

from __future__ import annotations

import base64
import email.utils
import hashlib
import hmac
from urllib.parse import urlsplit

from sandbox.vendors.duo import canonical
from tests.sandbox.vendor_helpers import connection, raw_session


def signed_get(sandbox, path, *, skey=None, date=None, ikey=None):
    conn = connection(sandbox.url, "contoso", "duo")
    ikey = ikey or conn["config"]["integration_key"]
    skey = skey or conn["credentials"]["secret_key"]
    date = date or email.utils.formatdate()
    host = urlsplit(sandbox.url).netloc
    sig = hmac.new(skey.encode(), canonical(date, "GET", host, f"/duo{path}", {}).encode(), hashlib.sha1).hexdigest()
    auth = base64.b64encode(f"{ikey}:{sig}".encode()).decode()
    return raw_session().get(f"{sandbox.url}/duo{path}", headers={"Date": date, "Authorization": f"Basic {auth}"},
                             timeout=5)


def test_ping_needs_no_signature(sandbox):
    assert raw_session().get(f"{sandbox.url}/duo/auth/v2/ping", timeout=5).json()["stat"] == "OK"


def test_signed_check(sandbox):
    response = signed_get(sandbox, "/auth/v2/check")
    assert response.status_code == 200 and response.json()["stat"] == "OK"


def test_bad_signature_unknown_key_and_stale_date(sandbox):
    bad = signed_get(sandbox, "/auth/v2/check", skey="x" * 40)
    assert bad.status_code == 401 and bad.json() == {"stat": "FAIL", "code": 40103,
                                                    "message": "Invalid signature in request credentials"}
    assert signed_get(sandbox, "/auth/v2/check", ikey="DIXXXXXXXXXXXXXXXXXX").json()["code"] == 40102
    stale = signed_get(sandbox, "/auth/v2/check", date="Mon, 01 Jan 2024 00:00:00 -0000")
    assert stale.json()["code"] == 40105
    assert raw_session().get(f"{sandbox.url}/duo/auth/v2/check", timeout=5).status_code == 401


def test_only_duo_tenants_get_a_duo_connection(sandbox):
    from sandbox import sandbox_connections
    from tests.sandbox.vendor_helpers import tenant

    assert not [c for c in sandbox_connections(tenant("northwind"), sandbox.url) if c["vendor"] == "duo"]
