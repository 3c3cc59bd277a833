"""Reliability tests use the shared fixtures of tests/conftest.py plus the doorbell holder below."""

from tests.reliability.helpers import held_doorbells, hold  # noqa: F401  (fixtures)
