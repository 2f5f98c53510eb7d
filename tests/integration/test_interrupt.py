"""Ctrl-C keeps finished cells and leaves no container; a second run on the same file is refused,
one on another file is warned that their durations share the machine."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

from runner import pods


def _containers_of(docker_client, pid: int) -> list:
    return [c for c in pods.list_containers(docker_client, pods.LABEL)
            if (c.get("Labels") or {}).get(f"{pods.LABEL}.pid") == str(pid)]


def test_interrupt_keeps_finished_cells_and_cleans_up(docker_client, tmp_path):
    out = tmp_path / "r.json"
    partial = tmp_path / "r.partial.json"
    # curl's pod finishes in a second; links' drop cell takes far longer (its own retries).
    cmd = [sys.executable, "-m", "runner.cli", "run", "--profile", "fast", "-c", "curl,links",
           "-o", str(out)]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while not partial.exists() and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.2)
        assert partial.exists(), "curl's cells were never saved"
        second = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120)
        assert second.returncode == 1 and "another run is writing" in second.stderr
        assert _containers_of(docker_client, first.pid), "the run should still have its pods"
        # A run on another file may go on, but is told that the first one's load is in its durations.
        beside = subprocess.run([sys.executable, "-m", "runner.cli", "run", "--profile", "fast", "-c",
                                 "curl", "-s", "tcp-closed", "-o", str(tmp_path / "beside.json")],
                                capture_output=True, text=True, check=False, timeout=120)
        assert beside.returncode == 0, beside.stderr
        assert "other netmatrix run(s) are using this engine" in " ".join(beside.stderr.split())
        first.send_signal(signal.SIGINT)
        _, err = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 130, err
    assert "--resume" in err
    saved = json.loads(partial.read_text())
    assert saved["run"]["complete"] is False
    # curl's pod finished whole; links' cells are saved as they finish, before its pod ends, and say
    # that their wire evidence was never read.
    curl = [c for c in saved["cells"] if c["client"] == "curl"]
    links = [c for c in saved["cells"] if c["client"] == "links"]
    assert len(curl) == 5 and all(not c["wire"]["summary"].startswith("not captured") for c in curl)
    assert len(links) < 5
    assert all(c["wire"]["summary"].startswith("not captured") for c in links)
    assert not out.exists()
    assert _containers_of(docker_client, first.pid) == []
