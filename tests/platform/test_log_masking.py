"""Link secrets in URL paths never reach a log line."""

from __future__ import annotations

import io
import logging

import pytest

from rallied.logs import mask_secret_paths


@pytest.mark.parametrize("path", ["/s/AbC123-_x/", "/approvals/link/eyJh.sig-1/", "/verify/manager/tok3n/"])
def test_link_paths_are_masked(path):
    masked = mask_secret_paths(f'"GET {path} HTTP/1.1" 404 12')
    assert path.split("/")[-2] not in masked
    assert "/***/" in masked


def test_other_paths_are_left_alone():
    line = '"GET /queue/?tenant=3 HTTP/1.1" 200 512'
    assert mask_secret_paths(line) == line


def _capture(logger_name: str):
    handler = logging.getLogger(logger_name).handlers[0]
    stream = io.StringIO()
    return handler, stream, handler.setStream(stream)


@pytest.mark.django_db
def test_a_refused_secret_link_is_logged_without_its_token(client):
    handler, stream, old = _capture("django.request")
    try:
        response = client.get("/s/NotARealTokenButSecretLooking42/")
    finally:
        handler.setStream(old)
    assert response.status_code >= 400
    out = stream.getvalue()
    assert "/s/***/" in out
    assert "NotARealTokenButSecretLooking42" not in out


def test_runserver_access_lines_are_masked():
    handler, stream, old = _capture("django.server")
    try:
        logging.getLogger("django.server").info('"%s" %s %s', "GET /s/LiveToken99/ HTTP/1.1", "200", "900",
                                                extra={"status_code": 200})
    finally:
        handler.setStream(old)
    out = stream.getvalue()
    assert "LiveToken99" not in out and "GET /s/***/ HTTP/1.1" in out
