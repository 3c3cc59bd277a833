"""The S3 witness: each checkpoint record is an object in a bucket with Object Lock, retained in COMPLIANCE mode.

Works with any S3-compatible store that implements Object Lock (AWS S3, MinIO, Ceph RGW). Requests are signed with
AWS Signature Version 4 here and sent through rallied/http.py like every other outbound call; a PUT of the same key
and body is safe to repeat (with Object Lock on, the bucket is versioned: a repeat is one more locked copy), so the
call is marked idempotent. Settings: RALLIED_AUDIT_S3_ENDPOINT (path-style, e.g. https://s3.eu-west-1.amazonaws.com),
RALLIED_AUDIT_S3_REGION, RALLIED_AUDIT_S3_RETAIN_DAYS, and the credentials RALLIED_AUDIT_S3_ACCESS_KEY_ID /
RALLIED_AUDIT_S3_SECRET_ACCESS_KEY (a key allowed s3:PutObject and s3:PutObjectRetention on the prefix only).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from django.conf import settings

from audit.witness_base import WitnessConfigError, WitnessError, record_line
from rallied.errors import ConnectorError
from rallied.http import send

ALGORITHM = "AWS4-HMAC-SHA256"


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def sign_v4(*, method: str, url: str, headers: dict[str, str], payload_hash: str, region: str, access_key: str,
            secret_key: str, when: datetime, service: str = "s3") -> str:
    """The Authorization header for this request (`headers` must hold every header to be signed, host included)."""
    parts = urlsplit(url)
    lowered = {k.lower(): " ".join(v.strip().split()) for k, v in headers.items()}
    signed = ";".join(sorted(lowered))
    canonical = "\n".join([method, quote(parts.path or "/", safe="/-_.~%"), parts.query,
                           "".join(f"{k}:{lowered[k]}\n" for k in sorted(lowered)), signed, payload_hash])
    day = when.strftime("%Y%m%d")
    scope = f"{day}/{region}/{service}/aws4_request"
    to_sign = "\n".join([ALGORITHM, when.strftime("%Y%m%dT%H%M%SZ"), scope,
                         hashlib.sha256(canonical.encode("utf-8")).hexdigest()])
    key = _hmac(_hmac(_hmac(_hmac(f"AWS4{secret_key}".encode(), day), region), service), "aws4_request")
    signature = hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{ALGORITHM} Credential={access_key}/{scope}, SignedHeaders={signed}, Signature={signature}"


@dataclass
class S3Witness:
    bucket: str
    prefix: str
    endpoint: str
    region: str
    access_key: str
    secret_key: str
    retain_days: int

    def __repr__(self) -> str:  # the secret key never reaches a log line
        return f"S3Witness({self.description!r})"

    @classmethod
    def from_entry(cls, entry: str) -> S3Witness:
        parts = urlsplit(entry.strip())
        if not parts.netloc:
            raise WitnessConfigError(f"witness {entry!r}: s3://BUCKET/PREFIX")
        endpoint = settings.RALLIED_AUDIT_S3_ENDPOINT.rstrip("/")
        if not endpoint.startswith(("https://", "http://")):
            raise WitnessConfigError(f"witness {entry!r}: RALLIED_AUDIT_S3_ENDPOINT must be an http(s) URL")
        if not (settings.RALLIED_AUDIT_S3_ACCESS_KEY_ID and settings.RALLIED_AUDIT_S3_SECRET_ACCESS_KEY):
            raise WitnessConfigError(f"witness {entry!r}: RALLIED_AUDIT_S3_ACCESS_KEY_ID and "
                                     "RALLIED_AUDIT_S3_SECRET_ACCESS_KEY must be set")
        if settings.RALLIED_AUDIT_S3_RETAIN_DAYS < 1:
            raise WitnessConfigError("RALLIED_AUDIT_S3_RETAIN_DAYS must be at least 1")
        prefix = parts.path.strip("/")
        return cls(parts.netloc, f"{prefix}/" if prefix else "", endpoint, settings.RALLIED_AUDIT_S3_REGION,
                   settings.RALLIED_AUDIT_S3_ACCESS_KEY_ID, settings.RALLIED_AUDIT_S3_SECRET_ACCESS_KEY,
                   settings.RALLIED_AUDIT_S3_RETAIN_DAYS)

    @property
    def description(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"

    def key(self, record: dict[str, Any]) -> str:
        """One object per checkpoint, named by origin and zero-padded size so a listing is in chain order."""
        return f"{self.prefix}{record.get('origin', 'unknown')}/{int(record.get('size', 0)):020d}.json"

    def write(self, record: dict[str, Any], *, now: datetime | None = None) -> None:
        now = now or datetime.now(UTC)
        body = (record_line(record) + "\n").encode("ascii")
        url = f"{self.endpoint}/{self.bucket}/{quote(self.key(record), safe='/-_.~')}"
        payload_hash = hashlib.sha256(body).hexdigest()
        retain = (now + timedelta(days=self.retain_days)).strftime("%Y-%m-%dT%H:%M:%SZ")
        headers = {
            "host": urlsplit(url).netloc,
            "content-type": "application/json",
            "content-md5": base64.b64encode(hashlib.md5(body, usedforsecurity=False).digest()).decode(),
            "x-amz-content-sha256": payload_hash,
            "x-amz-date": now.strftime("%Y%m%dT%H%M%SZ"),
            "x-amz-object-lock-mode": "COMPLIANCE",
            "x-amz-object-lock-retain-until-date": retain,
        }
        headers["authorization"] = sign_v4(method="PUT", url=url, headers=headers, payload_hash=payload_hash,
                                           region=self.region, access_key=self.access_key,
                                           secret_key=self.secret_key, when=now)
        try:
            send("PUT", url, vendor="audit-s3", headers=headers, data=body, idempotent=True,
                 timeout=float(settings.RALLIED_HTTP_TIMEOUT))
        except ConnectorError as exc:
            raise WitnessError(f"{self.description}: {exc}") from exc
