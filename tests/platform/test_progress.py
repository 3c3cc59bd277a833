"""rallied.progress: a bar on a terminal, nothing on a pipe, and the items pass through untouched either way."""

from __future__ import annotations

import io

from django.core.management.base import OutputWrapper

from rallied.progress import progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_shows_a_bar_with_the_description_and_the_count() -> None:
    stream = FakeTerminal()
    items = list(progress(range(500), total=500, desc="verifying", stream=stream))
    assert items == list(range(500))
    shown = stream.getvalue()
    assert "verifying" in shown
    assert "/500" in shown  # done out of the total; the bar redraws at most four times a second


def test_a_pipe_shows_nothing_and_still_yields_every_item() -> None:
    stream = io.StringIO()
    assert list(progress(range(500), total=500, desc="verifying", stream=stream)) == list(range(500))
    assert stream.getvalue() == ""


def test_a_command_stream_is_unwrapped_so_redraws_stay_on_one_line() -> None:
    terminal = FakeTerminal()
    wrapped = OutputWrapper(terminal)
    list(progress(range(3), total=3, desc="rows", stream=wrapped))
    assert "rows" in terminal.getvalue()
    assert "\n" not in terminal.getvalue().rstrip("\n")


def test_manual_counting_without_an_iterable() -> None:
    stream = FakeTerminal()
    with progress(total=10, desc="seeding", stream=stream) as bar:
        bar.update(4)
        bar.update(6)
        assert bar.n == 10
    assert "seeding" in stream.getvalue()
    assert "/10" in stream.getvalue()
