"""When cells start: CPU-heavy moments spread out, slowest first, so durations stay honest.

Durations include the client's start-up, as a person timing the command would see it. On a
2-core machine a quick cell measured while ten browsers start, or while pods are being set up, is
slowed several times over by the run itself. With `serial_starts` (the faithful profile), every
quick cell waits for the start gate (one slot per core) and holds its slot for its whole life; a
slow browser cell holds it for its start-up only (`startup` seconds in clients.yaml), and no two
browsers start at once. The gate opens only once every pod is up, and hands itself to the slowest
waiting cell first. A slow cell of a light client (a drop, a silent server: minutes of waiting that
load cannot move) takes no part: it starts as soon as its pod is up, so the run still lasts about
as long as its longest cell. A slow cell of a heavy client (a browser waiting ten minutes on a
silent server) does not wait for the gate to open either — only for the heavy token, so that
browsers still never start side by side: the pods' set-up may slow its start by a few seconds,
which minutes of waiting hide, whereas waiting for every pod would make the run last its longest
cell plus the whole set-up.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import threading
from collections.abc import Iterator, Mapping

from .matrix import CellSpec

QUICK_HOLD = 5.0  # a quick cell holds the gate until it ends, but never longer than this
SLOW_AFTER = 5.0  # a cell known to have taken longer than this counts as slow
HEAVY_STARTUP = 2.0  # a client whose start-up takes longer than this never starts beside another such


class StartGate:
    """A gate with one slot per core, opened once, handed to the waiter with the lowest priority
    value first. A heavy start-up (a browser's) takes a slot and the one heavy token: two browsers
    never start side by side, and a browser never starts beside more than one other cell."""

    def __init__(self, slots: int | None = None) -> None:
        self.slots = max(1, slots or os.cpu_count() or 1)
        self._cond = threading.Condition()
        self._open = False
        self._free = self.slots
        self._heavy = False
        self._waiting: list[tuple[float, int]] = []
        self._seq = itertools.count()

    def open(self) -> None:
        with self._cond:
            self._open = True
            self._cond.notify_all()

    def _acquire(self, priority: float, heavy: bool, early: bool) -> None:
        with self._cond:
            entry = (priority, next(self._seq))
            heapq.heappush(self._waiting, entry)
            while not (
                (self._open or early)
                and self._free
                and not (heavy and self._heavy)
                and self._waiting[0] == entry
            ):
                self._cond.wait()
            heapq.heappop(self._waiting)
            self._free -= 1
            self._heavy = self._heavy or heavy
            self._cond.notify_all()  # the next waiter may fit in what is left

    def _release(self, heavy: bool) -> None:
        with self._cond:
            self._free += 1
            if heavy:
                self._heavy = False
            self._cond.notify_all()

    @contextlib.contextmanager
    def hold(
        self, priority: float, window: float, alone: bool = False, early: bool = False
    ) -> Iterator[None]:
        """Hold a slot (and the heavy token when `alone`) for the block, or for `window` seconds if
        the block lasts longer. An `early` holder need not wait for the gate to open."""
        self._acquire(priority, alone, early)
        released = threading.Event()

        def release_once() -> None:
            if not released.is_set():
                released.set()
                self._release(alone)

        timer = threading.Timer(window, release_once)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()
            release_once()


class NoGate:
    """For profiles without serial starts: every cell starts at once (fast, durations approximate)."""

    def open(self) -> None:
        pass

    @contextlib.contextmanager
    def hold(
        self, priority: float, window: float, alone: bool = False, early: bool = False
    ) -> Iterator[None]:
        yield


def expected_s(cell: CellSpec, known: Mapping[tuple[str, str], float], cap: float) -> float:
    """How long a cell is expected to take: an earlier run's duration, else the scenario's nature."""
    if cell.key in known:
        return known[cell.key]
    return cap if cell.scenario.slow else 0.0


def alone(cell: CellSpec) -> bool:
    """Whether the cell's start-up is heavy (a browser's): such starts never overlap each other."""
    return cell.client.startup > HEAVY_STARTUP


def ungated(cell: CellSpec, expected: float) -> bool:
    """A slow cell of a light client needs no gate: its start costs little, and minutes of waiting
    on the network are not moved by load. It starts as soon as its pod is up."""
    return expected > SLOW_AFTER and not alone(cell)


def early(cell: CellSpec, expected: float) -> bool:
    """A slow cell of a heavy client starts before every pod is up (it still takes the heavy
    token): load moves its start-up by seconds, its minutes of waiting not at all."""
    return expected > SLOW_AFTER and alone(cell)


def window_s(cell: CellSpec, expected: float) -> float:
    """How long a cell holds the gate: its whole life when quick, its start-up when slow."""
    if expected > SLOW_AFTER:
        return cell.client.startup
    return max(QUICK_HOLD, cell.client.startup)
