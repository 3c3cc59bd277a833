"""SQL statements and commits counted in every Python process of a bench stack (bench/e2e.py --count-sql).

Python imports `sitecustomize` at start-up from the first folder on its path that holds one: bench/e2e.py puts this
folder on PYTHONPATH for the processes it starts (gunicorn and its workers, qcluster and its workers, the sandbox)
and names a folder in BENCH_SQL_COUNT_DIR. Each process then counts what it sends to the database and writes
`<pid>.json` there twice a second, so the bench can sum every process, forked ones included, without touching the
product's code. Counted as in tests/workflow/test_ticket_cost.py: every statement but BEGIN (SQLite's only), and
every commit (an outermost atomic block's, or a write outside any transaction).
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time

OUT = os.environ.get("BENCH_SQL_COUNT_DIR")
_WRITES = ("INSERT", "UPDATE", "DELETE")
_counts = {"pid": 0, "statements": 0, "commits": 0}


def _flush() -> None:
    path = os.path.join(OUT, f"{_counts['pid']}.json")
    with open(path + ".tmp", "w") as f:
        json.dump({"statements": _counts["statements"], "commits": _counts["commits"]}, f)
    os.replace(path + ".tmp", path)


def _flusher(pid: int) -> None:
    while _counts["pid"] == pid:
        time.sleep(0.5)
        try:
            _flush()
        except OSError:
            return  # the bench's folder is gone: the run is over


def _count(key: str) -> None:
    pid = os.getpid()
    if _counts["pid"] != pid:  # a forked child inherits its parent's counts: it starts again from nothing
        _counts.update(pid=pid, statements=0, commits=0)
        threading.Thread(target=_flusher, args=(pid,), daemon=True).start()
    _counts[key] += 1


def _install() -> None:
    from django.db.backends import utils
    from django.db.backends.base.base import BaseDatabaseWrapper

    real_execute, real_executemany, real_commit = (utils.CursorWrapper._execute, utils.CursorWrapper._executemany,
                                                   BaseDatabaseWrapper.commit)

    def seen(cursor: utils.CursorWrapper, sql: str) -> None:
        words = str(sql).lstrip()[:8].upper()
        if words.startswith("BEGIN"):
            return
        _count("statements")
        if not cursor.db.in_atomic_block and words.startswith(_WRITES):
            _count("commits")

    def _execute(self, sql, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen(self, sql)
        return real_execute(self, sql, *args, **kwargs)

    def _executemany(self, sql, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen(self, sql)
        return real_executemany(self, sql, *args, **kwargs)

    def commit(self):  # type: ignore[no-untyped-def]
        _count("commits")
        return real_commit(self)

    utils.CursorWrapper._execute, utils.CursorWrapper._executemany = _execute, _executemany
    BaseDatabaseWrapper.commit = commit


if OUT:
    with contextlib.suppress(ImportError):  # a Python process without Django has nothing to count
        _install()
