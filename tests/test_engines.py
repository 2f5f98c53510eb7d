"""Engines named on the command line, and runs spread over them (no Docker: runs are plain functions)."""

from __future__ import annotations

import threading
import time

import pytest

from netmatrix import engines
from netmatrix.errors import EngineError


def test_urls_are_taken_as_given_and_labelled_by_host():
    eng = engines.resolve("ssh://ci@host-b")
    assert (eng.label, eng.url) == ("ci@host-b", "ssh://ci@host-b")
    assert engines.resolve("unix:///run/x/docker.sock").label == "/run/x/docker.sock"
    assert engines.cli_args("tcp://h:2376") == ["-H", "tcp://h:2376"]
    assert engines.cli_args(None) == []


def test_an_unknown_scheme_is_refused_with_what_is_accepted():
    with pytest.raises(EngineError, match="ssh://"):
        engines.resolve("ftp://host")


def test_an_unknown_context_is_refused(monkeypatch):
    if not engines.shutil.which("docker"):
        pytest.skip("no docker CLI")
    with pytest.raises(EngineError, match="no such docker context"):
        engines.resolve("no-such-context-netmatrix")


def test_a_docker_context_resolves_to_its_endpoint(tmp_path, monkeypatch):
    if not engines.shutil.which("docker"):
        pytest.skip("no docker CLI")
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))  # the user's own contexts stay untouched
    engines.subprocess.run(
        ["docker", "context", "create", "lab2", "--docker", "host=tcp://192.0.2.7:2376"],
        check=True,
        capture_output=True,
    )
    assert engines.resolve("lab2") == engines.Engine("lab2", "tcp://192.0.2.7:2376")


def _engines(*labels):
    return [engines.Engine(label, f"tcp://{label}:2375") for label in labels]


def test_one_run_per_engine_at_a_time_and_every_run_done():
    running: dict[str, int] = {}
    peak: dict[str, int] = {}
    lock = threading.Lock()

    def run_one(name, eng):
        with lock:
            running[eng.label] = running.get(eng.label, 0) + 1
            peak[eng.label] = max(peak.get(eng.label, 0), running[eng.label])
        time.sleep(0.02)
        with lock:
            running[eng.label] -= 1

    report = engines.distribute(
        [f"r{i}" for i in range(6)], _engines("a", "b"), run_one, lambda *_: None, answers=lambda url: True
    )
    assert report.ok and not report.failed_engines
    assert peak == {"a": 1, "b": 1}
    assert {r.engine for r in report.runs} == {"a", "b"}


def test_a_dead_engine_hands_its_interrupted_run_and_the_rest_to_the_others():
    dead = {"tcp://b:2375"}
    lines = []

    def run_one(name, eng):
        if eng.label == "b":
            raise ConnectionError("connection refused")
        time.sleep(0.05)  # b fails while a is busy: a must pick up what b gave back

    report = engines.distribute(
        ["r1", "r2", "r3"],
        _engines("a", "b"),
        run_one,
        lambda label, text: lines.append(f"{label}: {text}"),
        answers=lambda url: url not in dead,
    )
    assert report.ok, report.runs
    assert all(r.engine == "a" for r in report.runs)
    assert list(report.failed_engines) == ["b"]
    assert "ConnectionError" in report.failed_engines["b"]
    handed = [r for r in report.runs if r.tries == ["b", "a"]]
    assert len(handed) == 1
    assert any("b: engine stopped answering during" in line and "go to a" in line for line in lines)


def test_a_run_failing_on_a_live_engine_is_not_retried():
    calls = []

    def run_one(name, eng):
        calls.append(name)
        if name == "bad":
            raise EngineError("locale xx is not built into the image")

    report = engines.distribute(
        ["bad", "good"], _engines("a"), run_one, lambda *_: None, answers=lambda url: True
    )
    assert calls.count("bad") == 1 and not report.ok
    bad = next(r for r in report.runs if r.name == "bad")
    assert bad.engine is None and "locale xx" in bad.error


def test_when_every_engine_dies_the_rest_is_reported_not_run():
    def run_one(name, eng):
        raise OSError("gone")

    report = engines.distribute(
        ["r1", "r2"], _engines("a", "b"), run_one, lambda *_: None, answers=lambda url: False
    )
    assert not report.ok and set(report.failed_engines) == {"a", "b"}
    assert all(r.engine is None and r.error for r in report.runs)
