"""The witnesses outside the database: an append-only file and syslog (a collector on loopback here)."""

from __future__ import annotations

import json
import os
import socket
import threading
from pathlib import Path

import pytest

from audit.witness import FileWitness, SyslogWitness, WitnessConfigError, WitnessError, parse_witness

NOTE = "rallied/audit/tenant-1\n3\nAAAA\ntime 2026-12-02T14:00:00Z\n\n\u2014 k AAAA\n"


def test_the_file_witness_appends_one_line_per_record_and_keeps_what_was_there(tmp_path: Path):
    path = tmp_path / "sub" / "witness.jsonl"
    witness = parse_witness(f"file:{path}")
    assert isinstance(witness, FileWitness)
    for size in (1, 2):
        witness.write({"origin": "o", "size": size, "note": NOTE})
    lines = path.read_text(encoding="ascii").splitlines()
    assert len(lines) == 2  # the note's own blank line and newlines stay inside one JSON line
    assert [json.loads(line)["size"] for line in lines] == [1, 2]
    assert witness.read()[0]["note"] == NOTE

    FileWitness(path).write({"origin": "o", "size": 3, "note": NOTE})  # a second process: appended, not truncated
    assert [r["size"] for r in witness.read()] == [1, 2, 3]


def test_the_file_is_opened_for_append(tmp_path: Path, monkeypatch):
    flags = []
    real_open = os.open

    def spy(path, flag, *args):
        flags.append(flag)
        return real_open(path, flag, *args)

    monkeypatch.setattr(os, "open", spy)
    FileWitness(tmp_path / "w.jsonl").write({"size": 1})
    assert flags and all(flag & os.O_APPEND for flag in flags)


def test_an_unwritable_file_is_a_witness_error(tmp_path: Path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(WitnessError, match="file"):
        FileWitness(tmp_path / "file" / "witness.jsonl").write({"size": 1})


def test_syslog_over_udp_sends_one_rfc5424_message_per_record():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as collector:
        collector.bind(("127.0.0.1", 0))
        collector.settimeout(10)
        port = collector.getsockname()[1]
        parse_witness(f"syslog:udp://127.0.0.1:{port}").write({"origin": "o", "size": 7, "note": NOTE})
        message = collector.recv(65535).decode()
    assert message.startswith("<133>1 ")  # local0.notice, RFC 5424 version 1
    assert " rallied-audit " in message and "\n" not in message
    assert json.loads(message.split(" - ", 1)[1]) == {"origin": "o", "size": 7, "note": NOTE}


def test_syslog_over_tcp_frames_each_message_by_its_length():
    received: list[bytes] = []
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]

        def accept() -> None:
            connection, _ = server.accept()
            with connection:
                while chunk := connection.recv(65535):
                    received.append(chunk)

        thread = threading.Thread(target=accept)
        thread.start()
        parse_witness(f"syslog:tcp://127.0.0.1:{port}").write({"origin": "o", "size": 8, "note": NOTE})
        thread.join(10)
    data = b"".join(received)
    length, _, message = data.partition(b" ")
    assert int(length) == len(message)
    assert json.loads(message.decode().split(" - ", 1)[1])["size"] == 8


def test_a_collector_that_is_not_there_is_a_witness_error():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(WitnessError, match="syslog"):
        parse_witness(f"syslog:tcp://127.0.0.1:{port}").write({"size": 1})


def test_syslog_to_a_unix_socket(tmp_path: Path):
    path = str(tmp_path / "log.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as collector:
        collector.bind(path)
        collector.settimeout(10)
        witness = parse_witness(f"syslog:{path}")
        assert isinstance(witness, SyslogWitness)
        witness.write({"size": 9})
        assert b'{"size":9}' in collector.recv(65535)


@pytest.mark.parametrize("entry", ["ftp://x", "file:", "syslog:udp://nohost", "syslog:http://h:1", "s3x:b"])
def test_entries_that_cannot_work_are_refused_by_name(entry: str):
    with pytest.raises(WitnessConfigError, match="witness"):
        parse_witness(entry)
