"""Rules-engine throughput on one core.

    /usr/bin/time -v .venv/bin/python bench/triage_throughput.py [DATASET.jsonl] [--seconds 5]

Reads tickets from the given JSON Lines file (e.g. ../shared/datasets/dev_tickets.jsonl; it is read
in place, never copied) or, without one, from tests/data/triage_own.jsonl, then classifies them in a
loop for the given time and prints tickets/s. The goal is >= 2,000 tickets/s.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", default=str(ROOT / "tests" / "data" / "triage_own.jsonl"))
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the goal says

    import django

    django.setup()
    from tickets.triage import triage

    with open(args.dataset, encoding="utf-8") as handle:
        tickets = [json.loads(line) for line in handle if line.strip()]
    for row in tickets[:50]:  # warm the regex caches
        triage(row["subject"], row["body"])
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < args.seconds:
        for row in tickets:
            triage(row["subject"], row["body"])
        done += len(tickets)
    elapsed = time.perf_counter() - started
    print(f"{done} tickets in {elapsed:.2f} s on one core: {done / elapsed:,.0f} tickets/s")


if __name__ == "__main__":
    main()
