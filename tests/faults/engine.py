"""Fault trials on the real engine, shared by tests/faults/test_engine.py (a few trials, in CI) and
bench/faults.py (many, with figures). Each returns what it observed; the callers judge it."""

from __future__ import annotations

import contextlib
import json
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import docker

from netmatrix import pods

# Clients whose fast pods finish in seconds, with one drop cell each (5 s) to be caught in flight.
CLIENTS = "curl,wget,nc,bash"
# The article's five TCP scenarios: 20 cells, the same trials whatever else the catalog grows.
SCENARIOS = "tcp-closed,tcp-reject,tcp-drop,tcp-accept-close,tcp-accept-reset"
CELLS = 20


def netmatrix(*args: str) -> list[str]:
    return [sys.executable, "-m", "netmatrix.cli", *args]


def _default_signals() -> None:
    # A background job inherits SIGINT ignored (and nohup SIGHUP), which netmatrix then respects:
    # the trials' runs must see the signals they are sent.
    for signum in (signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)


def containers_of(client: docker.DockerClient, pid: int) -> list[dict]:
    return [
        c
        for c in pods.list_containers(client, pods.LABEL)
        if (c.get("Labels") or {}).get(f"{pods.LABEL}.pid") == str(pid)
    ]


def _wait(pred, timeout: float, step: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(step)
    return False


@dataclass
class SignalTrial:
    signum: int
    delay: float
    returncode: int = 0
    stderr: str = ""
    leftovers: int = 0
    saved: int = 0
    resume_returncode: int = 0
    resumed_cells: int = 0
    traceback: bool = False
    extra: dict = field(default_factory=dict)


def signal_trial(
    client: docker.DockerClient, out: Path, signum: int, delay: float, clients: str = CLIENTS
) -> SignalTrial:
    """Start a fast run, send `signum` once its pods are up plus `delay` seconds, then resume it."""
    trial = SignalTrial(signum, delay)
    proc = subprocess.Popen(
        netmatrix("run", "--profile", "fast", "-c", clients, "-s", SCENARIOS, "-o", str(out)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_signals,
    )
    try:
        _wait(lambda: bool(containers_of(client, proc.pid)) or proc.poll() is not None, 120)
        time.sleep(delay)
        proc.send_signal(signum)
        _, trial.stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    trial.returncode = proc.returncode
    trial.leftovers = len(containers_of(client, proc.pid))
    partial = out.with_name(out.stem + ".partial.json")
    if partial.exists():
        trial.saved = len(json.loads(partial.read_text())["cells"])
    resumed = subprocess.run(
        netmatrix("run", "--profile", "fast", "-c", clients, "-s", SCENARIOS, "-o", str(out), "--resume"),
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    trial.resume_returncode = resumed.returncode
    if out.exists():
        cells = json.loads(out.read_text())["cells"]
        trial.resumed_cells = len(cells)
        trial.extra["errors"] = sorted({c["note"] for c in cells if c["status"] == "error"})
    trial.traceback = "Traceback" in trial.stderr + resumed.stderr
    return trial


def random_signal() -> tuple[int, float]:
    return random.choice((signal.SIGINT, signal.SIGTERM, signal.SIGHUP)), random.uniform(0.0, 8.0)


@dataclass
class KillTrial:
    returncode: int
    stderr: str
    cells: list[dict]
    victim: str
    unsupported: str = ""  # why the engine could not do it (docker pause needs the cgroup freezer)


def lab_failure_trial(
    client: docker.DockerClient, out: Path, how: str, victim: str = "wget", clients: str = CLIENTS
) -> KillTrial:
    """Start a fast run, and once `victim`'s client container runs, kill or pause its lab."""
    unsupported = ""
    proc = subprocess.Popen(
        netmatrix("run", "--profile", "fast", "-c", clients, "-s", SCENARIOS, "-o", str(out)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_signals,
    )
    try:

        def lab():
            mine = [
                c
                for c in containers_of(client, proc.pid)
                if (c.get("Labels") or {}).get(f"{pods.LABEL}.client") == victim
            ]
            roles = {(c["Labels"][f"{pods.LABEL}.role"]): c["Id"] for c in mine}
            return roles.get("lab") if "client" in roles else None

        _wait(lambda: lab() is not None or proc.poll() is not None, 180)
        lab_id = lab()
        if lab_id:
            time.sleep(1.0)  # cells in flight
            if how == "kill":
                client.api.kill(lab_id)
            else:
                try:
                    client.api.pause(lab_id)
                except docker.errors.APIError as exc:  # no cgroup freezer here (nested engines)
                    unsupported = str(exc.explanation or exc)
                else:
                    time.sleep(3)
                    # The run may have given up on the paused pod and removed it already.
                    with contextlib.suppress(docker.errors.NotFound):
                        client.api.unpause(lab_id)
        _, stderr = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.terminate()  # a clean stop: the run removes its containers
            proc.communicate(timeout=120)
    cells = json.loads(out.read_text())["cells"] if out.exists() else []
    return KillTrial(proc.returncode, stderr, cells, victim, unsupported)


def sigkill_then_clean(
    client: docker.DockerClient, out: Path, clients: str = CLIENTS
) -> tuple[int, int, int]:
    """SIGKILL a run with its pods up, and run `netmatrix clean` before the dead run is reaped (its pid
    a zombie). Returns (containers before clean, removed by clean, left after)."""
    proc = subprocess.Popen(
        netmatrix("run", "--profile", "fast", "-c", clients, "-s", SCENARIOS, "-o", str(out)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_default_signals,
    )
    _wait(lambda: len(containers_of(client, proc.pid)) >= 4 or proc.poll() is not None, 180)
    proc.send_signal(signal.SIGKILL)
    time.sleep(1.0)  # not reaped: the pid is a zombie now
    before = len(containers_of(client, proc.pid))
    cleaned = subprocess.run(netmatrix("clean"), check=False, capture_output=True, text=True, timeout=120)
    removed = int(cleaned.stdout.split()[1]) if cleaned.returncode == 0 else -1
    after = len(containers_of(client, proc.pid))
    proc.wait()
    return before, removed, after


def clean_racing_run(
    client: docker.DockerClient, out: Path, clients: str = CLIENTS
) -> tuple[int, list[str], dict]:
    """`netmatrix clean` over and over while a run starts and removes its pods. Returns the run's exit
    code, the failures of clean (tracebacks, non-zero exits) and the run's cell statuses."""
    proc = subprocess.Popen(
        netmatrix("run", "--profile", "fast", "-c", clients, "-s", SCENARIOS, "-o", str(out)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_signals,
    )
    failures = []
    while proc.poll() is None:
        cleaned = subprocess.run(netmatrix("clean"), check=False, capture_output=True, text=True, timeout=120)
        if cleaned.returncode != 0 or "Traceback" in cleaned.stderr:
            failures.append(cleaned.stderr.strip()[-300:])
    proc.communicate()
    statuses: dict[str, int] = {}
    if out.exists():
        for c in json.loads(out.read_text())["cells"]:
            statuses[c["status"]] = statuses.get(c["status"], 0) + 1
    return proc.returncode, failures, statuses
