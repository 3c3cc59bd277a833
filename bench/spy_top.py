"""Rank the functions of a py-spy `--format raw` profile (bench/e2e.py --py-spy OUT) by the share of samples they
are on the stack of (cumulative) and on top of (self).

Run: `.venv/bin/python bench/spy_top.py OUT [--top 40] [--under FUNCTION]`. `--under` keeps only the samples with
FUNCTION on their stack (e.g. `worker` for the task runs of django-q2's workers, `monitor` for its monitor).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

LINE = re.compile(r":\d+\)$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profile")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--under", help="only samples with this function (name or name (file:line)) on the stack")
    args = parser.parse_args()
    cumulative: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    with open(args.profile, encoding="utf-8") as f:
        for line in f:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            frames = [LINE.sub(")", frame) for frame in stack.split(";")]  # a function, not each of its lines
            if args.under and not any(frame.startswith(args.under) for frame in frames):
                continue
            n = int(count)
            total += n
            for frame in set(frames):
                cumulative[frame] += n
            own[frames[-1]] += n
    print(f"{total} samples")
    for frame, n in cumulative.most_common(args.top):
        print(f"{100 * n / total:5.1f}% cum {100 * own[frame] / total:5.1f}% self  {frame}")


if __name__ == "__main__":
    main()
