"""Rules-engine throughput on one core.

    /usr/bin/time -v .venv/bin/python bench/triage_throughput.py [DATASET.jsonl ...] [--seconds 5] [--profile]

Reads tickets from the given JSON Lines files or, without any, from our own labelled set
(tests/data/triage_own.jsonl) plus the public dev set when RALLIED_DEV_TICKETS names it (it lives outside
the repository, ../shared/datasets/dev_tickets.jsonl beside a working copy: read in place, never copied),
then classifies them in a loop for the given time on one pinned core
and prints tickets/s (wall clock and per CPU-second). The goal is >= 2,000 tickets/s. --profile prints
the top functions by own time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("DEBUG", "1")

DEFAULT_SETS = (
    *([ROOT / os.environ["RALLIED_DEV_TICKETS"]] if os.environ.get("RALLIED_DEV_TICKETS") else []),
    ROOT / "tests" / "data" / "triage_own.jsonl",
)


def load_tickets(paths: list[str]) -> list[dict[str, str]]:
    tickets: list[dict[str, str]] = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            tickets += [json.loads(line) for line in handle if line.strip()]
    return tickets


def run(tickets: list[dict[str, str]], seconds: float) -> tuple[int, float, float]:
    """Classify in a loop; returns (tickets done, wall seconds, CPU seconds of this process)."""
    from tickets.triage import triage

    done, started, cpu_started = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - started < seconds:
        for row in tickets:
            triage(row.get("subject", ""), row.get("body", ""))
        done += len(tickets)
    return done, time.perf_counter() - started, time.process_time() - cpu_started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="*", help="JSON Lines files (default: own set + dev set if named)")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--profile", action="store_true", help="run under cProfile and print the hot spots")
    args = parser.parse_args()
    paths = args.datasets or [str(p) for p in DEFAULT_SETS if p.exists()]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the goal says

    import django

    django.setup()
    from tickets.triage import triage

    tickets = load_tickets(paths)
    for row in tickets:  # warm-up: compiled patterns, lazy imports
        triage(row.get("subject", ""), row.get("body", ""))
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        done, elapsed, cpu = run(tickets, args.seconds)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    else:
        done, elapsed, cpu = run(tickets, args.seconds)
    names = ", ".join(Path(p).name for p in paths)
    print(f"{len(tickets)} distinct tickets ({names})")
    print(f"{done} tickets in {elapsed:.2f} s on one core: {done / elapsed:,.0f} tickets/s")
    # On a shared machine the wall clock includes time other processes held the core; CPU time does not.
    print(f"CPU time {cpu:.2f} s: {done / cpu:,.0f} tickets per CPU-second")


if __name__ == "__main__":
    main()
