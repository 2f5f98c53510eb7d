"""Ctrl-C keeps finished cells and leaves no container; a second run on the same file is refused,
one on another file is warned that their durations share the machine."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml

from netmatrix import catalog, pods


def _containers_of(docker_client, pid: int) -> list:
    return [
        c
        for c in pods.list_containers(docker_client, pods.LABEL)
        if (c.get("Labels") or {}).get(f"{pods.LABEL}.pid") == str(pid)
    ]


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _patient_catalog(folder: Path) -> Path:
    """The real catalogs, with a fast profile whose cap is long: links, which has no read timeout,
    then waits on the silent server for minutes, while curl gives up after its 2-second one."""
    folder.mkdir()
    shutil.copy(catalog.CLIENTS_FILE, folder / "clients.yaml")
    data = yaml.safe_load(catalog.SCENARIOS_FILE.read_text())
    data["profiles"]["fast"].update({"timeout": 2, "cap": 300})
    (folder / "scenarios.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return folder


def test_interrupt_keeps_finished_cells_and_cleans_up(docker_client, tmp_path):
    out = tmp_path / "r.json"
    partial = tmp_path / "r.partial.json"
    patient = _patient_catalog(tmp_path / "catalog")
    cmd = [
        sys.executable,
        "-m",
        "netmatrix.cli",
        "run",
        "--catalog",
        str(patient),
        "--profile",
        "fast",
        "-c",
        "curl,links",
        "-s",
        "tcp-closed,tcp-reject,tcp-accept-silent",
        "-o",
        str(out),
    ]
    # As a person's Ctrl-C finds it: a test suite started as a background job (`cmd &` in a script)
    # has SIGINT ignored, which the run keeps ignoring by design (cli.py: nohup's choice stands).
    first = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_interruptible,
    )
    try:
        deadline = time.monotonic() + 240
        while not partial.exists() and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.2)
        assert partial.exists(), "curl's cells were never saved"
        second = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120)
        assert second.returncode == 2 and "another run is writing" in second.stderr  # a usage error
        assert _containers_of(docker_client, first.pid), "the run should still have its pods"
        # A run on another file may go on, but is told that the first one's load is in its durations.
        beside = subprocess.run(
            [
                sys.executable,
                "-m",
                "netmatrix.cli",
                "run",
                "--profile",
                "fast",
                "-c",
                "curl",
                "-s",
                "tcp-closed",
                "-o",
                str(tmp_path / "beside.json"),
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
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
    # curl's cells are all saved (each as it finished); links' cell on the silent server never
    # finished, and cells saved before their pod's end say their wire evidence was never read.
    kept = {(c["client"], c["scenario"]): c for c in saved["cells"]}
    assert {("curl", s) for s in ("tcp-closed", "tcp-reject", "tcp-accept-silent")} <= kept.keys()
    assert ("links", "tcp-accept-silent") not in kept and not out.exists()
    links = [c for (client, _), c in kept.items() if client == "links"]
    assert all(c["wire"]["summary"].startswith("not captured") for c in links)
    assert _containers_of(docker_client, first.pid) == []
