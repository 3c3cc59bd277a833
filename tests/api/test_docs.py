"""An integrator can explore the API: the schema declares how to authenticate, and Swagger UI and ReDoc render
from Rallied's own static files (nothing fetched from a CDN, so they work on an offline network)."""

from __future__ import annotations

import re

import pytest
import yaml
from django.contrib.staticfiles import finders
from rest_framework.test import APIClient

from tests.helpers import token_client


@pytest.mark.django_db
def test_schema_declares_token_auth_and_every_operation_requires_it(world):
    schema = yaml.safe_load(APIClient().get("/api/v1/schema/").content)
    assert schema["components"]["securitySchemes"]["tokenAuth"] == {
        "type": "apiKey", "in": "header", "name": "Authorization",
        "description": "`Token <key>`: a tenant-bound key (an integration) or a person's key."}
    operations = [op for path in schema["paths"].values() for op in path.values()]
    assert operations and all(op["security"] == [{"tokenAuth": []}] for op in operations)
    # What the scheme declares is what the API does: no token is a 401, the declared header gets in.
    assert APIClient().get("/api/v1/tickets/").status_code == 401


@pytest.mark.django_db
def test_the_declared_header_is_the_one_that_works(tenant_key):
    assert token_client(tenant_key("contoso")).get("/api/v1/tickets/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "marker"), [("/api/v1/docs/", "SwaggerUIBundle"), ("/api/v1/redoc/", "redoc")])
def test_docs_pages_render_with_local_assets_only(url, marker):
    response = APIClient().get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert marker in page and "/api/v1/schema/" in page
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert assets, page
    for asset in assets:
        assert not re.match(r"^(https?:)?//", asset), f"{url} loads {asset} from elsewhere"
        assert asset.startswith("/static/drf_spectacular_sidecar/"), asset
        # ...and the file is one we ship, so the page works offline.
        assert finders.find(asset.removeprefix("/static/")), asset
    assert "cdn.jsdelivr.net" not in page and "unpkg.com" not in page and "fonts.googleapis" not in page


def test_swagger_ui_does_not_send_the_schema_address_to_the_public_validator():
    page = APIClient().get("/api/v1/docs/").content.decode()
    assert '"validatorUrl": null' in page
