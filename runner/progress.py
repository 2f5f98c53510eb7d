"""Progress display of a run on stderr (rich), so stdout stays clean for results and --format json."""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from .models import Outcome


class RichProgress:
    """A bar of finished cells, with the phase and the latest cell; plain lines when not a terminal."""

    def __init__(self) -> None:
        self.console = Console(file=sys.stderr)
        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[last]}"),
            console=self.console,
            transient=False,
        )
        self.task: TaskID | None = None

    def __enter__(self) -> RichProgress:
        self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()

    def phase(self, text: str) -> None:
        # One line per phase, never re-wrapped: CI logs and greps see the sentence whole, and
        # what the text quotes (an image name, an apt error) is never read as markup.
        self.console.print(time.strftime("[%H:%M:%S]"), text, soft_wrap=True, markup=False, highlight=False)

    def planned(self, total: int) -> None:
        self.task = self.bar.add_task("cells", total=total, last="")

    def cell_done(self, outcome: Outcome) -> None:
        if outcome.status == "ran":
            what = "killed at cap" if outcome.killed_at_cap else f"exit {outcome.exit_code}"
            last = f"{outcome.client} × {outcome.scenario}: {what} in {outcome.duration_s:.1f} s"
        else:
            last = f"{outcome.client} × {outcome.scenario}: {outcome.status}"
        if not self.console.is_terminal:
            self.console.print(last, highlight=False)
        if self.task is not None:
            self.bar.update(self.task, advance=1, last=last)


class LineProgress:
    """One line per event, prefixed by a label (the engine): several runs share one stderr.

    Lines are printed whole under a shared lock, so runs on different engines never interleave
    within a line; CI logs and greps see `[12:03:04] host-b: curl × tcp-drop: exit 28 in 5.0 s`.
    """

    _lock = threading.Lock()

    def __init__(self, label: str, file: TextIO | None = None) -> None:
        self.label = label
        self.file = file or sys.stderr
        self.total = 0
        self.done = 0

    def say(self, text: str) -> None:
        with self._lock:
            print(time.strftime("[%H:%M:%S]"), f"{self.label}: {text}", file=self.file, flush=True)

    def phase(self, text: str) -> None:
        self.say(text)

    def planned(self, total: int) -> None:
        self.total = total

    def cell_done(self, outcome: Outcome) -> None:
        self.done += 1
        if outcome.status == "ran":
            what = "killed at cap" if outcome.killed_at_cap else f"exit {outcome.exit_code}"
            what += f" in {outcome.duration_s:.1f} s"
        else:
            what = outcome.status
        self.say(f"[{self.done}/{self.total}] {outcome.client} × {outcome.scenario}: {what}")
