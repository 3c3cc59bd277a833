"""The connector registry: every connector module's class by vendor, the package walked once per process."""

from __future__ import annotations

from rallied.connectors import connector_classes
from rallied.connectors.connectwise import ConnectWiseConnector


def test_every_shipped_vendor_is_found():
    classes = connector_classes()
    assert {"connectwise", "entra", "okta", "google", "duo"} <= set(classes)
    assert classes["connectwise"] is ConnectWiseConnector


def test_a_subclass_defined_after_the_first_lookup_is_found():
    connector_classes()  # the modules are imported now; what a later lookup finds must still be current

    class Replacement(ConnectWiseConnector):
        vendor = "registry-test"

    try:
        assert connector_classes()["registry-test"] is Replacement
    finally:
        Replacement.vendor = ""  # found by vendor name only: out of every later test's registry
