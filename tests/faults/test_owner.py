"""Which containers `clean` and a run's start-up sweep may remove: those whose run is gone. A killed
run's pid may linger as a zombie, or be reused; neither may keep its containers (no engine needed)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time

from netmatrix import pods

L = pods.LABEL


def _labels(pid: int, started: str | None = None, host: str | None = None) -> dict[str, str]:
    return {
        f"{L}.pid": str(pid),
        f"{L}.host": host or socket.gethostname(),
        f"{L}.started": started if started is not None else (pods._process_start(pid) or ""),
    }


def test_this_process_is_alive():
    assert pods._owner_alive(pods.owner_labels())


def test_a_killed_unreaped_run_is_dead():
    child = subprocess.Popen(["sleep", "60"])
    labels = _labels(child.pid)
    assert pods._owner_alive(labels)
    os.kill(child.pid, signal.SIGKILL)
    time.sleep(0.3)  # a zombie now: kill(pid, 0) still succeeds on it, which had kept its containers
    try:
        assert pods._owner_alive(labels) is False
    finally:
        child.wait()
    assert pods._owner_alive(labels) is False


def test_a_reused_pid_is_not_the_run():
    assert not pods._owner_alive(_labels(os.getpid(), started="1"))


def test_another_hosts_run_is_left_alone():
    assert pods._owner_alive(_labels(999_999_999, host="elsewhere.example"))


def test_garbage_labels_are_dead():
    assert not pods._owner_alive({f"{L}.host": socket.gethostname(), f"{L}.pid": "x"})
    assert not pods._owner_alive({f"{L}.host": socket.gethostname()})
