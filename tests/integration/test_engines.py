"""Two real engines on this machine: run-all spread over both, one of them stopped mid-run, and a merge.

The second engine is a dockerd of its own (socket, data root, exec root, pidfile; no bridge and no
iptables rules of its own: the lab runs with --network none anyway), started and stopped here. Its
data root stays under /var/tmp between sessions, so the images it built are reused next time.

Minutes, not seconds, the first time (the second engine builds the lab and client images): deselect
with `-m "not engines"`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import docker
import pytest

from netmatrix import engines, merge, results, views

pytestmark = [pytest.mark.integration, pytest.mark.engines]

RUN_DIR = Path("/run/netmatrix-test-engine")
SOCKET = RUN_DIR / "docker.sock"
SECOND = f"unix://{SOCKET}"
STATE = Path("/var/tmp/netmatrix-test-engine")
FIRST = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
BASE = "debian:bookworm"
# The article's five TCP scenarios: 10 cells per run, enough to compare engines, quick on 2 cores.
SCENARIOS = "tcp-closed,tcp-reject,tcp-drop,tcp-accept-close,tcp-accept-reset"
SELECTION = [
    "--profile",
    "fast",
    "-c",
    "curl,wget",
    "-s",
    SCENARIOS,
    "--images",
    "debian-bookworm",
    "--locales",
    "C.UTF-8,fr_FR.UTF-8",
    "--extra",
    "",
]
NAMES = ("debian-bookworm.fast.json", "debian-bookworm.fr_FR.fast.json")


class SecondEngine:
    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self._stop_leftover()
        RUN_DIR.mkdir(parents=True, exist_ok=True)
        (STATE / "data").mkdir(parents=True, exist_ok=True)
        argv = [
            "dockerd",
            "--host",
            SECOND,
            "--data-root",
            str(STATE / "data"),
            "--exec-root",
            str(RUN_DIR / "exec"),
            "--pidfile",
            str(RUN_DIR / "docker.pid"),
            "--bridge=none",
            "--iptables=false",
            "--ip6tables=false",
        ]
        with open(STATE / "dockerd.log", "ab") as log:
            self.proc = subprocess.Popen(
                argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
            )
        deadline = time.monotonic() + 60
        while not engines.alive(SECOND):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                log_tail = (STATE / "dockerd.log").read_text(errors="replace").splitlines()[-5:]
                raise RuntimeError("the second dockerd did not start:\n" + "\n".join(log_tail))
            time.sleep(0.3)

    def stop(self) -> None:
        """SIGTERM, as a host shutting its engine down would; the engine stops its containers."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def _stop_leftover(self) -> None:
        """A dockerd left on our socket by an interrupted session (it is ours: the path says so)."""
        pidfile = RUN_DIR / "docker.pid"
        try:
            pid = int(pidfile.read_text().strip())
            os.kill(pid, signal.SIGTERM)
        except (OSError, ValueError):
            return
        for _ in range(200):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.3)


@pytest.fixture(scope="module")
def second_engine():
    if os.geteuid() != 0:
        pytest.skip("starting a second dockerd needs root")
    engine = SecondEngine()
    try:
        engine.start()
        # debian:bookworm is the base image this project built offline (debootstrap + import) on the
        # first engine; debootstrap again would take minutes, so it is carried over. The lab and
        # client images are left for netmatrix to build on the second engine, as a run would.
        second = docker.DockerClient(base_url=SECOND)
        if not second.images.list(name=BASE):
            save = subprocess.Popen(["docker", "-H", FIRST, "save", BASE], stdout=subprocess.PIPE)
            subprocess.run(
                ["docker", "-H", SECOND, "load", "-q"], stdin=save.stdout, check=True, capture_output=True
            )
            assert save.wait() == 0
        yield engine
    finally:
        engine.stop()


def _netmatrix(*args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "netmatrix.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _cells(path: Path, cats) -> set[tuple]:
    res = results.read(path)
    assert res.run.complete
    return {(v.client, v.scenario, v.status, v.exit_code, v.signature) for v in views.cell_views(res, cats)}


@pytest.fixture(scope="module")
def two_engines(second_engine, tmp_path_factory):
    out = tmp_path_factory.mktemp("two")
    t0 = time.monotonic()
    proc = _netmatrix("run-all", "--engine", FIRST, "--engine", SECOND, *SELECTION, "--results", str(out))
    print(f"\nrun-all over two engines: {time.monotonic() - t0:.0f} s", file=sys.stderr)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out, proc.stderr


@pytest.fixture(scope="module")
def one_engine(tmp_path_factory, docker_client):
    out = tmp_path_factory.mktemp("one")
    t0 = time.monotonic()
    proc = _netmatrix("run-all", *SELECTION, "--results", str(out))
    print(f"\nrun-all on one engine: {time.monotonic() - t0:.0f} s", file=sys.stderr)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out


def test_two_engines_give_the_cells_of_one(two_engines, one_engine, cats):
    out, log = two_engines
    for name in NAMES:
        assert _cells(out / name, cats) == _cells(one_engine / name, cats), name
    # each engine ran one of the two runs, and said so on lines of its own
    second_label = engines.resolve(SECOND).label
    first_label = engines.resolve(FIRST).label
    done = [line for line in log.splitlines() if line.endswith(": done")]
    assert len(done) == 2
    assert {line.split("] ", 1)[1].split(": ")[0] for line in done} == {first_label, second_label}
    # the second engine built its own images: the run's ids name images present there, not here
    second = docker.DockerClient(base_url=SECOND)
    ids = {results.read(out / n).run.image_id for n in NAMES}
    assert any(_has(second, i) for i in ids)


def _has(client: docker.DockerClient, image_id: str) -> bool:
    try:
        client.images.get(image_id)
        return True
    except docker.errors.ImageNotFound:
        return False


def test_merge_of_both_engines_results(two_engines, one_engine, tmp_path):
    out, _ = two_engines
    merged = tmp_path / "merged"
    report = merge.merge([out], merged)
    assert report.ok and sorted(p.name for p in merged.iterdir()) == sorted(NAMES)
    assert merge.merge([out], merged).skipped  # again: identical, nothing to do

    # the same runs measured on another engine: same names, other content
    proc = _netmatrix("merge", str(one_engine), "--output", str(merged))
    refused = [line for line in proc.stderr.splitlines() if line.startswith("netmatrix: refused:")]
    assert proc.returncode == 1 and len(refused) == 2
    assert all("conflicts with" in line and str(one_engine) in line for line in refused)

    broken = tmp_path / "ci" / "debian-bookworm.fast.json"
    broken.parent.mkdir()
    broken.write_text((out / NAMES[0]).read_text()[:-200])
    proc = _netmatrix("merge", str(broken.parent), "--output", str(tmp_path / "fresh"))
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[0].startswith(f"netmatrix: refused: {broken}:")
    assert "not JSON" in proc.stderr and not (tmp_path / "fresh").exists()


def test_an_engine_stopped_mid_run_hands_its_run_to_the_other(
    second_engine, two_engines, tmp_path, docker_client
):
    # Last in this module: it stops the second engine.
    second_label = engines.resolve(SECOND).label
    second_ids = {i.id for i in docker.DockerClient(base_url=SECOND).images.list()}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "netmatrix.cli",
            "run-all",
            "--engine",
            FIRST,
            "--engine",
            SECOND,
            *SELECTION,
            "--results",
            str(tmp_path),
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    lines = []
    assert proc.stderr is not None
    for line in proc.stderr:
        lines.append(line.rstrip("\n"))
        if f"] {second_label}: running " in line:  # its cells are under way
            second_engine.stop()
    code = proc.wait(600)
    log = "\n".join(lines)
    assert code == 0, log[-3000:]
    assert f"engine {second_label} failed:" in log
    assert f"{second_label}: engine stopped answering during" in log
    assert "2/2 run(s) done" in log
    for name in NAMES:
        res = results.read(tmp_path / name)
        assert res.run.complete and len(res.cells) == 10
        # both runs were measured on the first engine (images built separately have other ids)
        assert _has(docker_client, res.run.image_id) and res.run.image_id not in second_ids
