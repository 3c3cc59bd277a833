"""Static files in a production run: collected under hashed names and served by whitenoise with a long cache.

Production (DEBUG off) stores them with whitenoise's CompressedManifestStaticFilesStorage (rallied/settings.py);
here the same storage collects into a temporary STATIC_ROOT and a fresh client (so a fresh WhiteNoiseMiddleware
that scans that root) fetches what the admin's login page links to.
"""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

MANIFEST = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    # Collected once for the module: compressing every app's files takes seconds.
    root = tmp_path_factory.mktemp("static")
    with override_settings(STATIC_ROOT=root, STORAGES=MANIFEST, DEBUG=False,
                           WHITENOISE_AUTOREFRESH=False, WHITENOISE_USE_FINDERS=False, SECURE_SSL_REDIRECT=False):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


@pytest.mark.django_db
def test_the_admin_css_is_served_hashed_with_a_long_cache(collected):
    page = Client().get("/admin/login/")
    assert page.status_code == 200
    css = re.search(r'/static/admin/css/base\.[0-9a-f]{12}\.css', page.content.decode())
    assert css, "the admin links its stylesheet under a hashed name"
    response = Client().get(css.group(0), HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert "max-age=315360000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]
    assert response["Content-Encoding"] == "gzip"  # the compressed copy collectstatic wrote beside it


@pytest.mark.django_db
def test_an_unhashed_name_is_served_but_not_cached_for_long(collected):
    # The plain name still answers (an old bookmark), yet may change on the next deploy: a short cache only.
    response = Client().get("/static/admin/css/base.css")
    assert response.status_code == 200
    assert "immutable" not in response["Cache-Control"]


def test_the_test_and_demo_settings_need_no_collectstatic():
    # DEBUG (tests, `make demo`) keeps the plain storage: no manifest to build before a page renders. Read from the
    # settings module, not django.conf.settings, which the module fixture above may be overriding right now.
    from tests import settings as test_settings

    assert test_settings.DEBUG
    assert test_settings.STORAGES["staticfiles"]["BACKEND"] == "django.contrib.staticfiles.storage.StaticFilesStorage"
