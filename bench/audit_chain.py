"""Time `verify_audit` (and `export_audit`) over a long audit trail: 300,000 events by default.

Run: `.venv/bin/python bench/audit_chain.py` (options: --events, --database-url). It builds a throwaway SQLite
database in a temporary folder (or fills the scratch database given), writes valid hash chains with bulk inserts
(events shaped like the pipeline's: a tenant, an actor, a verb, a few details), signs a checkpoint of each chain
every CHECKPOINT_EVERY events into the table and a witness file of its own, and runs the commands as an operator
would, each in its own process with output to a pipe: verify_audit, the SIEM export, one tenant's bundle and the
client's verify_bundle.py on it. Prints wall and CPU seconds and peak memory for each.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERBS = ("ticket.received", "ticket.triaged", "decision.made", "action.executed", "ticket.replied", "ticket.closed")
BATCH = 5000
CHECKPOINT_EVERY = 100  # the default RALLIED_AUDIT_CHECKPOINT_EVENTS


def configure(database_url: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = database_url  # never the environment's own database: the bench fills it
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rallied.settings")
    import django

    django.setup()


def seed(total: int) -> None:
    """Valid per-tenant chains, hashed exactly as audit.services.record() hashes it, written BATCH rows at a time."""
    from django.core.management import call_command

    from audit.models import AuditEvent, AuditHead, chain_of
    from audit.services import GENESIS, compute_hash, event_fields
    from tenants.models import Tenant

    call_command("migrate", verbosity=0)
    tenants = [Tenant.objects.create(slug=f"bench-{n}", name=f"Bench {n}") for n in range(5)]
    started = time.perf_counter()
    heads: dict[str, tuple[int, str]] = {}  # per chain: (seq, hash) of its last event
    batch = []
    base = datetime(2026, 1, 1, tzinfo=UTC)
    for n in range(1, total + 1):
        tenant = tenants[n % 5]
        chain = chain_of(tenant.pk)
        seq, prev = heads.get(chain, (0, GENESIS))
        event = AuditEvent(chain=chain, seq=seq + 1, at=base + timedelta(seconds=n), tenant=tenant,
                           actor_type="system", actor="system:bench", verb=VERBS[n % len(VERBS)],
                           object_type="tickets.ticket", object_id=str(n // 6), authority="policy:default",
                           outcome="ok", details={"category": "password_reset", "confidence": 0.93, "n": n},
                           prev_hash=prev)
        event.hash = compute_hash(prev, event_fields(event))
        heads[chain] = (event.seq, event.hash)
        batch.append(event)
        if len(batch) == BATCH:
            AuditEvent.objects.bulk_create(batch)
            batch = []
    AuditEvent.objects.bulk_create(batch)
    AuditHead.objects.bulk_create([AuditHead(chain=c, seq=s, hash=h) for c, (s, h) in heads.items()])
    signed = sign_checkpoints()
    print(f"seeded {total} audit events and {signed} signed checkpoints in {time.perf_counter() - started:.1f} s")


def sign_checkpoints() -> int:
    """A checkpoint every CHECKPOINT_EVERY events of each chain, stored and witnessed as audit/checkpoints.py does."""
    from django.db.models.functions import Mod
    from django.utils import timezone

    from audit.checkpoints import checkpoint_note, witness_record
    from audit.models import AuditCheckpoint, AuditEvent
    from audit.witness import configured_witnesses

    rows = AuditEvent.objects.annotate(every=Mod("seq", CHECKPOINT_EVERY)).filter(every=0)
    now = timezone.now()
    checkpoints = []
    for chain, size, head in rows.order_by("chain", "seq").values_list("chain", "seq", "hash").iterator():
        key_name, note = checkpoint_note(chain=chain, size=size, head=head, when=now)
        checkpoints.append(AuditCheckpoint(chain=chain, size=size, head=head, at=now, key_name=key_name, note=note,
                                           witnessed_at=now))
    AuditCheckpoint.objects.bulk_create(checkpoints, batch_size=BATCH)
    for witness in configured_witnesses():
        for checkpoint in checkpoints:
            witness.write(witness_record(checkpoint))
    return len(checkpoints)


def timed(database_url: str, label: str, *args: str, script: Path = ROOT / "manage.py") -> None:
    """One command in its own process, as an operator runs it (output to a pipe): wall, CPU and peak memory."""
    env = {**os.environ, "DATABASE_URL": database_url, "DEBUG": os.environ.get("DEBUG", "1")}
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, str(script), *args], env=env, stdout=out,
                                stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own resource usage, not every child's so far
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace").strip()
    if proc.returncode:
        raise SystemExit(f"{label} failed ({proc.returncode}):\n{text}")
    print(f"{label:<22} wall {wall:6.2f} s  cpu {usage.ru_utime + usage.ru_stime:6.2f} s  "
          f"peak RSS {usage.ru_maxrss / 1024:5.0f} MB   {text.splitlines()[-1]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300_000)
    parser.add_argument("--database-url", default="", help="a scratch database to fill (default: a temporary SQLite)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database (to time other checkouts)")
    parser.add_argument("--seed-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed_only:  # the child below: Django and the 300,000 events live in this process only
        configure(args.database_url)
        seed(args.events)
        return 0
    work = Path(tempfile.mkdtemp(prefix="rallied-audit-bench-"))
    database_url = args.database_url or f"sqlite:///{work / 'bench.sqlite3'}"
    # The bench's own signing key and witness: never the checkout's var/audit, which belongs to another database.
    os.environ["RALLIED_AUDIT_WITNESSES"] = f"file:{work / 'witness.jsonl'}"
    os.environ["RALLIED_AUDIT_DEV_KEY_FILE"] = str(work / "signing.key")
    try:
        # Seeded in a child process: a command forked from a parent holding the seeded rows would report the
        # parent's memory as its own peak.
        subprocess.run([sys.executable, __file__, "--seed-only", "--events", str(args.events), "--database-url",
                        database_url], check=True)
        print(f"database: {database_url.split(':', 1)[0]}; load average {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} CPUs")
        timed(database_url, "verify_audit", "verify_audit")
        timed(database_url, "export_audit (jsonl)", "export_audit", "--output", str(work / "audit.jsonl"))
        bundle = work / "bench-0.zip"
        timed(database_url, "export_audit --bundle", "export_audit", "--tenant", "bench-0", "--bundle", str(bundle))
        timed(database_url, "verify_bundle.py", str(bundle), script=ROOT / "audit" / "verify_bundle.py")
        if args.keep:
            print(f"kept the database: {database_url}")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
