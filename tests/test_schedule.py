"""The start gate: closed until opened, slowest first, one holder at a time, a window that lets a
slow cell go on waiting on the network while the next one starts."""

from __future__ import annotations

import threading
import time

from netmatrix import matrix, schedule


def _waiters(gate, priorities, hold_for=0.05, window=5.0):
    order, threads = [], []
    lock = threading.Lock()

    def cell(p):
        with gate.hold(p, window):
            with lock:
                order.append(p)
            time.sleep(hold_for)

    for p in priorities:
        t = threading.Thread(target=cell, args=(p,))
        t.start()
        threads.append(t)
    return order, threads


def test_nothing_starts_before_the_gate_opens_then_slowest_first():
    gate = schedule.StartGate(slots=1)
    order, threads = _waiters(gate, [0.0, -600.0, -130.0, -3.0])
    time.sleep(0.2)
    assert order == []  # pods are still being set up
    gate.open()
    for t in threads:
        t.join()
    assert order == [-600.0, -130.0, -3.0, 0.0]


def test_one_holder_per_slot_until_its_window_ends():
    gate = schedule.StartGate(slots=1)
    gate.open()
    inside, most = [0], [0]
    lock = threading.Lock()

    def cell():
        with gate.hold(0.0, window=0.1):
            with lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            time.sleep(0.02)
            with lock:
                inside[0] -= 1

    threads = [threading.Thread(target=cell) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most[0] == 1
    # A slow holder lets the next one in once its window is over.
    start = time.monotonic()
    order, threads = _waiters(gate, [-1.0, 0.0], hold_for=1.0, window=0.1)
    for t in threads:
        t.join()
    assert time.monotonic() - start < 1.8  # they overlapped after the first one's window


def test_windows_follow_the_cell(cats):
    profile = cats.profile("faithful")
    slow = matrix.expand([cats.client("chromium")], [cats.scenario("tcp-drop")], profile)[0]
    quick = matrix.expand([cats.client("curl")], [cats.scenario("tcp-closed")], profile)[0]
    assert schedule.expected_s(slow, {}, profile.cap) == profile.cap
    assert schedule.window_s(slow, 10.0) == cats.client("chromium").startup
    assert schedule.window_s(quick, schedule.expected_s(quick, {}, profile.cap)) == schedule.QUICK_HOLD
    assert schedule.expected_s(quick, {quick.key: 42.0}, profile.cap) == 42.0
    # A light client's slow cell starts at once; a browser's still takes its turn to start.
    curl_drop = matrix.expand([cats.client("curl")], [cats.scenario("tcp-drop")], profile)[0]
    assert schedule.ungated(curl_drop, profile.cap) and not schedule.ungated(slow, profile.cap)
    assert not schedule.ungated(quick, 0.0)


def _most_at_once(gate, heavies, hold_for=0.05):
    """Start one cell per flag (True: a heavy start-up); the most cells, and the most heavy ones,
    that were ever inside the gate at once."""
    inside, heavy_inside, seen = [0], [0], []
    lock = threading.Lock()

    def cell(priority, heavy):
        with gate.hold(priority, window=5.0, alone=heavy):
            with lock:
                inside[0] += 1
                heavy_inside[0] += heavy
                seen.append((inside[0], heavy_inside[0]))
            time.sleep(hold_for)
            with lock:
                inside[0] -= 1
                heavy_inside[0] -= heavy

    threads = [threading.Thread(target=cell, args=(i, heavy)) for i, heavy in enumerate(heavies)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return max(n for n, _ in seen), max(h for _, h in seen)


def test_heavy_starts_never_overlap_each_other():
    gate = schedule.StartGate(slots=2)
    gate.open()
    most, most_heavy = _most_at_once(gate, [i % 3 == 0 for i in range(9)])
    assert most <= 2  # one cell per core
    assert most_heavy == 1  # never two browsers starting together


def test_a_slow_browser_cell_starts_before_the_gate_opens_but_never_beside_another_browser():
    gate = schedule.StartGate(slots=2)
    started, lock = [], threading.Lock()

    def cell(name, priority, early):
        with gate.hold(priority, window=5.0, alone=True, early=early):
            with lock:
                started.append(name)
            time.sleep(0.2)

    threads = [
        threading.Thread(target=cell, args=("quick browser", -1.0, False)),
        threading.Thread(target=cell, args=("slow browser", -600.0, True)),
        threading.Thread(target=cell, args=("other slow browser", -300.0, True)),
    ]
    for t in threads:
        t.start()
    time.sleep(0.1)
    assert started == ["slow browser"]  # pods are still being set up; one heavy start at a time
    time.sleep(0.25)
    assert started == ["slow browser", "other slow browser"]  # the quick one waits for the gate
    gate.open()
    for t in threads:
        t.join()
    assert started[-1] == "quick browser"


def test_which_cells_go_early(cats):
    profile = cats.profile("faithful")
    browser_drop = matrix.expand([cats.client("chromium")], [cats.scenario("tcp-drop")], profile)[0]
    browser_closed = matrix.expand([cats.client("chromium")], [cats.scenario("tcp-closed")], profile)[0]
    curl_drop = matrix.expand([cats.client("curl")], [cats.scenario("tcp-drop")], profile)[0]
    assert schedule.early(browser_drop, profile.cap)
    assert not schedule.early(browser_closed, 0.5)
    assert not schedule.early(browser_closed, 6.0)  # a browser's ordinary cell: its start-up
    assert schedule.window_s(browser_drop, profile.cap) > cats.client("chromium").startup
    assert not schedule.early(curl_drop, profile.cap)  # ungated altogether


def test_the_fast_profile_starts_everything_at_once_but_browsers_one_by_one():
    gate = schedule.gate_for(serial_starts=False)
    most, most_heavy = _most_at_once(gate, [i < 6 for i in range(12)], 0.1)
    assert most > 2  # no slot per core: light cells all start at once
    assert most_heavy == gate.heavy_slots  # browsers: one per core


def test_a_browser_waiting_for_the_heavy_token_does_not_hold_up_light_cells():
    gate = schedule.StartGate(slots=2)
    gate.open()
    started, lock = [], threading.Lock()

    def cell(name, priority, heavy, hold_for):
        with gate.hold(priority, window=5.0, alone=heavy):
            with lock:
                started.append(name)
            time.sleep(hold_for)

    first = threading.Thread(target=cell, args=("browser 1", -9.0, True, 0.5))
    first.start()
    time.sleep(0.05)
    threads = [
        threading.Thread(target=cell, args=("browser 2", -8.0, True, 0.0)),
        threading.Thread(target=cell, args=("curl", -1.0, False, 0.0)),
    ]
    for t in threads:
        t.start()
    time.sleep(0.2)
    assert started == ["browser 1", "curl"]  # browser 2 is slower, but must wait for the token
    for t in [first, *threads]:
        t.join()
    assert started[-1] == "browser 2"
