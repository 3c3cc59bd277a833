"""What `POST /api/v1/tickets/` refuses, field by field, now that its input serializer's fields are built once per
process and shared (workflow/api.py): each submission's 400 names its own faults, none of another's."""

from __future__ import annotations

import pytest

from tests.helpers import post_ticket, ticket_payload, token_client
from tickets.models import Ticket

pytestmark = pytest.mark.django_db
ADELE = "adele.vance@contoso.example"


def test_each_refused_submission_names_its_own_faulty_fields_and_nothing_else(tenant_key):
    client = token_client(tenant_key("contoso"))
    bad = post_ticket(client, {"external_id": "x" * 129, "subject": "", "body": "Hello",
                               "requester_email": "not-an-address", "psa_ticket_id": "CW-12"})
    assert bad.status_code == 400
    assert bad.json() == {"external_id": ["Ensure this field has no more than 128 characters."],
                          "subject": ["This field may not be blank."],
                          "requester_email": ["Enter a valid email address."],
                          "psa_ticket_id": ["A PSA ticket number: digits only, e.g. 48213."]}

    assert post_ticket(client, ticket_payload("checks-1", ADELE)).status_code == 201

    missing = post_ticket(client, {"external_id": "checks-2", "body": "Hello", "requester_name": "n" * 201})
    assert missing.status_code == 400
    assert missing.json() == {"subject": ["This field is required."],
                              "requester_email": ["This field is required."],
                              "requester_name": ["Ensure this field has no more than 200 characters."]}
    not_an_object = post_ticket(client, ["checks-3"])
    assert not_an_object.status_code == 400
    assert not_an_object.json() == {"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]}
    assert list(Ticket.objects.values_list("external_id", flat=True)) == ["checks-1"]


def test_the_schema_still_describes_what_a_submission_may_send(tenant_key):
    schema = token_client(tenant_key("contoso")).get("/api/v1/schema/?format=json").json()
    body = schema["paths"]["/api/v1/tickets/"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    sent = schema["components"]["schemas"][body["$ref"].rsplit("/", 1)[1]]
    assert set(sent["properties"]) == {"external_id", "subject", "body", "requester_email", "requester_name",
                                       "psa_ticket_id", "tenant"}
    assert set(sent["required"]) == {"external_id", "subject", "body", "requester_email"}
    assert sent["properties"]["external_id"]["maxLength"] == 128
    assert {"type": "string", "default": "", "pattern": "^[1-9][0-9]*$", "maxLength": 18} in \
        sent["properties"]["psa_ticket_id"]["oneOf"]
    assert "description" not in sent
