"""Fault trials on the real engine (marked integration; about 3 minutes on 2 cores): signals during a
run, SIGKILL then `clean`, `clean` racing a run, a lab killed or paused mid-run.
bench/faults.py runs more trials of the same and prints figures."""

from __future__ import annotations

import os
import signal

import pytest

from netmatrix import engine

from . import engine as trials

pytestmark = [pytest.mark.integration, pytest.mark.faults]


@pytest.fixture(scope="module")
def docker_client():
    return engine.ensure_engine()


@pytest.mark.parametrize(
    "signum,delay",
    [(signal.SIGTERM, 1.0), (signal.SIGINT, 4.0), (signal.SIGHUP, 0.0)],
    ids=["TERM", "INT", "HUP"],
)
def test_signal_cleans_up_keeps_cells_and_resume_completes(docker_client, tmp_path, signum, delay):
    t = trials.signal_trial(docker_client, tmp_path / "r.json", signum, delay)
    assert t.returncode == 128 + signum, t.stderr
    assert t.leftovers == 0
    assert not t.traceback, t.stderr
    assert "every container of the run was removed" in t.stderr
    if t.saved:
        assert "--resume" in t.stderr
    assert t.resume_returncode == 0 and t.resumed_cells == trials.CELLS


def test_sigkill_then_clean_removes_every_container(docker_client, tmp_path):
    before, removed, after = trials.sigkill_then_clean(docker_client, tmp_path / "r.json")
    assert before >= 4
    assert removed >= before and after == 0


def test_clean_racing_a_run(docker_client, tmp_path):
    code, failures, statuses = trials.clean_racing_run(docker_client, tmp_path / "r.json")
    assert failures == []
    assert code == 0 and statuses == {"ran": trials.CELLS}  # clean never touches a live run


@pytest.mark.parametrize("how", ["kill", "pause"])
def test_lab_failing_mid_run_is_that_pods_error_cells(docker_client, tmp_path, how):
    t = trials.lab_failure_trial(docker_client, tmp_path / "r.json", how)
    if t.unsupported:
        pytest.skip(f"this engine cannot {how} a container: {t.unsupported}")
    assert "Traceback" not in t.stderr
    assert t.returncode == 1, t.stderr  # the run completed, with error cells
    assert len(t.cells) == trials.CELLS
    victim = [c for c in t.cells if c["client"] == t.victim]
    others = [c for c in t.cells if c["client"] != t.victim]
    assert victim and all(c["status"] == "error" and c["note"] for c in victim), victim
    assert all(c["status"] == "ran" for c in others)
    assert all(not c["wire"] or c["wire"]["summary"].startswith("not captured") for c in victim)
    assert "--resume" in t.stderr


def test_a_sysctl_the_kernel_lacks_is_a_clear_lab_error(cats, docker_client):
    from netmatrix import images, pods
    from netmatrix.errors import LabError

    profile = cats.profile("fast").model_copy(update={"sysctls": {"net.ipv4.no_such_key": "1"}})
    session = pods.Session(run_id="faults-sysctl", timeout=60)
    try:
        with pytest.raises(LabError, match=r"sysctls \(net\.ipv4\.no_such_key: no such file"):
            pods.Pod.start(
                session,
                "probe",
                images.ensure_lab(docker_client),
                None,
                cats.scenarios.scenarios[:1],
                profile,
            )
    finally:
        session.cleanup()
    assert trials.containers_of(docker_client, os.getpid()) == []
