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

import bisect
import contextlib
import itertools
import os
import threading
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from .matrix import CellSpec

QUICK_HOLD = 5.0  # a quick cell holds the gate until it ends, but never longer than this
SLOW_AFTER = 5.0  # a cell known to have taken longer than this counts as slow
HEAVY_STARTUP = 2.0  # a client whose start-up takes longer than this never starts beside another such
# A browser cell that waits this long starts before every pod is up: a browser's ordinary cells take
# 5-8 s (its start-up), and dozens of them started among the pods' set-up would pile up (each
# starting slower than its window) until the client container ran out of processes.
EARLY_AFTER = 60.0
EARLY_HOLD = 2.0  # an early browser holds the heavy token this many times its start-up: the pods'
# set-up slows it down


class _Waiter(NamedTuple):
    priority: float
    seq: int  # first come, first served among equals
    heavy: bool
    early: bool


class StartGate:
    """A gate with one slot per core, opened once, handed to the waiter with the lowest priority
    value first. A heavy start-up (a browser's) takes a slot and the one heavy token: two browsers
    never start side by side, and a browser never starts beside more than one other cell. A waiter
    that cannot go yet (a browser while another starts, anything but an early cell before the gate
    opens) does not hold up those behind it."""

    def __init__(self, slots: int | None = None, heavy_slots: int = 1) -> None:
        self.slots = max(1, slots or os.cpu_count() or 1)
        self.heavy_slots = heavy_slots  # heavy start-ups at once
        self._cond = threading.Condition()
        self._open = False
        self._free = self.slots
        self._heavy = 0  # heavy start-ups under way
        self._waiting: list[_Waiter] = []  # sorted: slowest (lowest priority value) first
        self._seq = itertools.count()
        self._turn: _Waiter | None = None  # whose turn it is, worked out once per change
        self._stale = True

    def open(self) -> None:
        with self._cond:
            self._open = True
            self._changed()

    def _changed(self) -> None:
        self._stale = True
        self._cond.notify_all()

    def _whose_turn(self) -> _Waiter | None:
        if self._stale:
            self._stale = False
            self._turn = None
            if self._free:
                self._turn = next(
                    (
                        w
                        for w in self._waiting
                        if (self._open or w.early) and not (w.heavy and self._heavy >= self.heavy_slots)
                    ),
                    None,
                )
        return self._turn

    def _acquire(self, priority: float, heavy: bool, early: bool) -> None:
        with self._cond:
            me = _Waiter(priority, next(self._seq), heavy, early)
            bisect.insort(self._waiting, me)
            self._changed()
            while self._whose_turn() is not me:
                self._cond.wait()
            self._waiting.remove(me)
            self._free -= 1
            self._heavy += heavy
            self._changed()  # the next waiter may fit in what is left

    def _release(self, heavy: bool) -> None:
        with self._cond:
            self._free += 1
            if heavy:
                self._heavy -= 1
            self._changed()

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


def gate_for(serial_starts: bool) -> StartGate:
    """The profile's gate. Without serial starts (the fast profile: speed first) every cell starts
    at once, but browsers start at most one per core: ninety browsers starting side by side on two
    cores outlast the fast profile's cap, and their cells would measure the run, not the client."""
    if serial_starts:
        return StartGate()
    gate = StartGate(slots=1 << 30, heavy_slots=os.cpu_count() or 1)
    gate.open()
    return gate


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
    """A browser cell that waits minutes starts before every pod is up (it still takes the heavy
    token): load moves its start-up by seconds, its minutes of waiting not at all."""
    return expected >= EARLY_AFTER and alone(cell)


def window_s(cell: CellSpec, expected: float) -> float:
    """How long a cell holds the gate: its whole life when quick, its start-up when slow."""
    if early(cell, expected):
        return cell.client.startup * EARLY_HOLD
    if expected > SLOW_AFTER:
        return cell.client.startup
    return max(QUICK_HOLD, cell.client.startup)
