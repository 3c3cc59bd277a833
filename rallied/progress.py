"""Progress for long management commands: a live bar on a terminal, nothing at all otherwise.

`progress(iterable, total=, desc=, stream=)` wraps an iterable (or, with no iterable, gives a counter to
`.update(n)` by hand, used as a context manager). The bar goes to `stream` (default standard error), so a
command's data on standard output stays clean, and only when that stream is a terminal: piped into a file, a
log or CI, the command prints exactly what it printed before. The bar is wiped when it ends (leave=False), so
the command's own summary line is the last thing on screen.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import IO, Any, TypeVar

from tqdm import tqdm

T = TypeVar("T")
# Redraw at most four times a second: a 300,000-row loop should spend its time on rows, not on the terminal.
REFRESH_SECONDS = 0.25


def is_terminal(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(callable(isatty) and isatty())
    except ValueError:  # a closed stream
        return False


def _raw(stream: Any) -> IO[str]:
    # Django's OutputWrapper (a command's self.stdout / self.stderr) appends a newline to every write, which would
    # turn each redraw into a new line; the bar writes to the stream it wraps instead.
    return getattr(stream, "_out", stream)


def progress(iterable: Iterable[T] | None = None, *, total: int | None = None, desc: str = "",
             stream: Any = None, unit: str = "it", quiet: bool = False) -> tqdm:
    """A tqdm bar over `iterable` on `stream` when it is a terminal; a silent pass-through otherwise.

    `quiet=True` turns it off regardless (`--verbosity 0`, or data going to the same terminal as the bar).
    """
    out = _raw(stream if stream is not None else sys.stderr)
    return tqdm(iterable, total=total, desc=desc or None, unit=unit, file=out, disable=quiet or not is_terminal(out),
                leave=False, mininterval=REFRESH_SECONDS, dynamic_ncols=True)


def say(message: str, *, stream: Any = None) -> None:
    """One line on `stream` while a bar may be running there: the bar is lifted, the line written, the bar redrawn."""
    tqdm.write(message, file=_raw(stream if stream is not None else sys.stderr))
