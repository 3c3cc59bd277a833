"""The S3 witness against an S3-compatible server on loopback (moto's, in this process): each checkpoint is an object
under COMPLIANCE retention that the bucket's own owner cannot delete, and the request signature is AWS's."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import boto3
import pytest
from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.exceptions import ClientError
from moto.server import ThreadedMotoServer

from audit.checkpoints import make_checkpoint, origin, witness_pending
from audit.models import AuditCheckpoint, chain_of
from audit.s3_witness import S3Witness, sign_v4
from audit.services import record
from audit.witness import WitnessConfigError, WitnessError, parse_witness
from tenants.models import Tenant

BUCKET = "rallied-witness"
ACCESS, SECRET = "AKIDRALLIEDTEST", "rallied-test-secret-key"


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3(s3_endpoint: str, settings):
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1", aws_access_key_id=ACCESS,
                          aws_secret_access_key=SECRET)
    try:
        client.create_bucket(Bucket=BUCKET, ObjectLockEnabledForBucket=True)
    except ClientError as exc:
        if exc.response["Error"]["Code"] not in {"BucketAlreadyOwnedByYou", "BucketAlreadyExists"}:
            raise
    settings.RALLIED_AUDIT_S3_ENDPOINT = s3_endpoint
    settings.RALLIED_AUDIT_S3_ACCESS_KEY_ID, settings.RALLIED_AUDIT_S3_SECRET_ACCESS_KEY = ACCESS, SECRET
    settings.RALLIED_AUDIT_S3_RETAIN_DAYS = 30
    settings.RALLIED_AUDIT_WITNESSES = [f"s3://{BUCKET}/audit"]
    return client


def test_the_signature_is_the_one_aws_computes():
    url = "https://s3.eu-west-1.amazonaws.com/bucket/audit/rallied/audit/tenant-3/00000000000000000007.json"
    body = b'{"size":7}\n'
    request = AWSRequest(method="PUT", url=url, data=body, headers={"Content-Type": "application/json",
                                                                      "x-amz-object-lock-mode": "COMPLIANCE"})
    S3SigV4Auth(Credentials(ACCESS, SECRET), "s3", "eu-west-1").add_auth(request)
    when = datetime.strptime(request.headers["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)  # botocore's now
    signed = {k.lower(): v for k, v in request.headers.items() if k.lower() != "authorization"}
    signed["host"] = "s3.eu-west-1.amazonaws.com"
    ours = sign_v4(method="PUT", url=url, headers=signed, payload_hash=signed["x-amz-content-sha256"],
                   region="eu-west-1", access_key=ACCESS, secret_key=SECRET, when=when)
    assert ours == request.headers["Authorization"]


@pytest.mark.django_db
def test_each_checkpoint_becomes_an_object_its_owner_cannot_delete(world, s3):
    tenant = Tenant.objects.get(slug="northwind")
    record(actor="system:test", verb="test.s3", tenant=tenant)
    checkpoint = make_checkpoint(chain=chain_of(tenant.pk))
    assert witness_pending() == 1

    key = f"audit/{origin(checkpoint.chain)}/{checkpoint.size:020d}.json"
    stored = s3.get_object(Bucket=BUCKET, Key=key)
    assert json.loads(stored["Body"].read()) == {"origin": origin(checkpoint.chain), "size": checkpoint.size,
                                                 "note": checkpoint.note}
    head = s3.head_object(Bucket=BUCKET, Key=key)  # (moto's GetObjectRetention answers 500; the head says the same)
    assert head["ObjectLockMode"] == "COMPLIANCE"
    assert head["ObjectLockRetainUntilDate"] > datetime.now(UTC) + timedelta(days=29)
    with pytest.raises(ClientError):
        s3.delete_object(Bucket=BUCKET, Key=key, VersionId=stored["VersionId"])
    assert s3.get_object(Bucket=BUCKET, Key=key, VersionId=stored["VersionId"])["ContentLength"] > 0


@pytest.mark.django_db
def test_an_unreachable_store_leaves_the_checkpoint_pending(world, s3, settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.RALLIED_AUDIT_S3_ENDPOINT = f"http://127.0.0.1:{port}"
    tenant = Tenant.objects.get(slug="northwind")
    record(actor="system:test", verb="test.s3", tenant=tenant)
    make_checkpoint(chain=chain_of(tenant.pk))
    assert witness_pending() == 0
    assert AuditCheckpoint.objects.filter(witnessed_at__isnull=True).count() == 1
    with pytest.raises(WitnessError, match="s3://"):
        parse_witness(f"s3://{BUCKET}/audit").write({"origin": "o", "size": 1})


def test_missing_credentials_are_named_and_the_secret_is_never_shown(settings):
    settings.RALLIED_AUDIT_S3_ACCESS_KEY_ID, settings.RALLIED_AUDIT_S3_SECRET_ACCESS_KEY = "", ""
    with pytest.raises(WitnessConfigError, match="RALLIED_AUDIT_S3_ACCESS_KEY_ID"):
        parse_witness("s3://bucket/prefix")
    settings.RALLIED_AUDIT_S3_ACCESS_KEY_ID, settings.RALLIED_AUDIT_S3_SECRET_ACCESS_KEY = ACCESS, SECRET
    witness = parse_witness("s3://bucket/prefix")
    assert isinstance(witness, S3Witness) and SECRET not in repr(witness) and SECRET not in witness.description
