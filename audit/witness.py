"""Witnesses: where each signed checkpoint is written outside the database, so whoever can rewrite the database
cannot also rewrite what was signed, nor move a chain's tail back unnoticed.

A witness record is one line of JSON: {"origin", "size", "note"} (the note is the signed checkpoint text). One line
per record whatever the backend, so a reader splits on newlines and never on a note's own blank line. Delivery is
at least once: a record may appear twice after a crash between the write and marking it witnessed (the copies are
identical; a verifier keeps one). Configured in RALLIED_AUDIT_WITNESSES, each entry one of:

- `file:PATH`: appended with O_APPEND (one write per record, so concurrent writers never interleave within a
  line) and fsynced before the checkpoint counts as witnessed. Point it at storage the database's users cannot
  rewrite (another host's mount, a chattr +a file).
- `syslog` (the local /dev/log), `syslog:/path/to/socket`, `syslog:udp://HOST:PORT` or `syslog:tcp://HOST:PORT`: one
  RFC 5424 message per record (TCP with octet-counting framing, RFC 6587) to a collector that keeps it elsewhere.
- `s3://BUCKET/PREFIX`: one object per record in a bucket created with S3 Object Lock, each put with a
  COMPLIANCE-mode retention (RALLIED_AUDIT_S3_RETAIN_DAYS) so not even the bucket's owner can delete or overwrite
  it before then (audit/s3_witness.py).
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings

from audit.s3_witness import S3Witness
from audit.witness_base import Witness, WitnessConfigError, WitnessError, record_line

__all__ = ["FileWitness", "SyslogWitness", "Witness", "WitnessConfigError", "WitnessError", "configured_witnesses",
           "parse_witness", "record_line"]

# RFC 5424 PRI: facility local0 (16) * 8 + severity notice (5): a site routes local0 to its audit collector.
SYSLOG_PRI = 16 * 8 + 5
SYSLOG_APP = "rallied-audit"
SYSLOG_TIMEOUT = 5.0


@dataclass
class FileWitness:
    path: Path

    @property
    def description(self) -> str:
        return f"file {self.path}"

    def write(self, record: dict[str, Any]) -> None:
        data = (record_line(record) + "\n").encode("ascii")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
            try:
                if os.write(fd, data) != len(data):
                    raise WitnessError(f"{self.description}: short write")
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise WitnessError(f"{self.description}: {exc.strerror or exc}") from exc

    def read(self) -> list[dict[str, Any]]:
        """Every record in the file, oldest first (what a verifier compares the database with)."""
        if not self.path.exists():
            return []
        with self.path.open(encoding="ascii") as lines:
            return [json.loads(line) for line in lines if line.strip()]


@dataclass
class SyslogWitness:
    address: str  # a unix socket path, or udp://host:port / tcp://host:port

    @property
    def description(self) -> str:
        return f"syslog {self.address}"

    def message(self, record: dict[str, Any]) -> bytes:
        stamp = datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
        host = socket.gethostname() or "-"
        return f"<{SYSLOG_PRI}>1 {stamp} {host} {SYSLOG_APP} {os.getpid()} checkpoint - {record_line(record)}".encode()

    def write(self, record: dict[str, Any]) -> None:
        message = self.message(record)
        try:
            if self.address.startswith(("udp://", "tcp://")):
                parts = urlsplit(self.address)
                target = (parts.hostname or "", parts.port or 514)
                if parts.scheme == "udp":
                    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
                        sock.settimeout(SYSLOG_TIMEOUT)
                        sock.sendto(message, target)
                else:
                    with socket.create_connection(target, timeout=SYSLOG_TIMEOUT) as sock:
                        sock.sendall(f"{len(message)} ".encode() + message)
            else:
                with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                    sock.settimeout(SYSLOG_TIMEOUT)
                    sock.sendto(message, self.address)
        except OSError as exc:
            raise WitnessError(f"{self.description}: {exc.strerror or exc}") from exc


def parse_witness(entry: str) -> Witness:
    kind, _, rest = entry.strip().partition(":")
    if kind == "file":
        if not rest:
            raise WitnessConfigError(f"witness {entry!r}: file:PATH needs a path")
        path = Path(rest)
        return FileWitness(path if path.is_absolute() else Path(settings.BASE_DIR) / path)
    if kind == "syslog":
        address = rest or "/dev/log"
        if address.startswith(("udp://", "tcp://")):
            parts = urlsplit(address)
            try:
                port = parts.port
            except ValueError:
                port = None
            if not parts.hostname or port is None:
                raise WitnessConfigError(f"witness {entry!r}: syslog:udp://HOST:PORT or syslog:tcp://HOST:PORT")
        elif "://" in address:
            raise WitnessConfigError(f"witness {entry!r}: syslog over udp:// or tcp://, or a unix socket path")
        return SyslogWitness(address)
    if kind == "s3":
        return S3Witness.from_entry(entry)
    raise WitnessConfigError(f"witness {entry!r}: not file:PATH, syslog[:ADDRESS] or s3://BUCKET/PREFIX")


def configured_witnesses() -> list[Witness]:
    return [parse_witness(entry) for entry in settings.RALLIED_AUDIT_WITNESSES]
