"""The installed distribution is self-sufficient (issue 13): build the wheel, install it in a fresh
venv, and answer from /tmp, far from the checkout.

The fresh venv gets the wheel alone (--no-deps); its dependencies come from this test's own
environment through a .pth file, so the test needs no network and still imports netmatrix from the
wheel (the fresh venv's site-packages comes first; the editable install's finder is never loaded).
Docker-free: part of the unit tests. Takes ~30 s (mostly the site).
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    (built,) = out.glob("netmatrix-*.whl")
    return built


def test_wheel_holds_netmatrix_and_its_data_and_no_runner(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert not [n for n in names if n.startswith("runner/")]
    for needed in (
        "netmatrix/cli.py",
        "netmatrix/kinds/__init__.py",
        "netmatrix/_data/clients.yaml",
        "netmatrix/_data/scenarios.yaml",
        "netmatrix/_data/results/debian-bookworm.json",
        "netmatrix/_data/containers/lab/labd.py",
        "netmatrix/_data/containers/helper/nmexec.c",
        "netmatrix/_data/containers/client/Dockerfile.debian",
        "netmatrix/sitefiles/templates/base.html",
        "netmatrix/py.typed",
    ):
        assert needed in names, needed
    assert not [n for n in names if "__pycache__" in n or ".partial." in n]


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> dict:
    env_dir = tmp_path_factory.mktemp("venv") / "v"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = Path(subprocess.check_output([str(py), "-c", where], text=True).strip())
    # Dependencies from this environment, after the fresh venv's own site-packages.
    deps = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "zz-deps.pth").write_text("".join(f"{d}\n" for d in sorted(deps)))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(py),
            "install",
            "--no-deps",
            "-q",
            "--disable-pip-version-check",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    home = tmp_path_factory.mktemp("home")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NETMATRIX_", "XDG_", "PYTHON"))}
    env.update(HOME=str(home), PATH=f"{env_dir / 'bin'}:{env['PATH']}", COLUMNS="100")
    return {"bin": env_dir / "bin", "env": env, "cwd": tmp_path_factory.mktemp("cwd")}


def _run(installed: dict, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        list(argv),
        cwd=installed["cwd"],
        env=installed["env"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_installed_netmatrix_answers_from_anywhere(installed):
    nm = str(installed["bin"] / "netmatrix")
    where = _run(
        installed,
        str(installed["bin"] / "python"),
        "-c",
        "import netmatrix, netmatrix.paths as p; print(netmatrix.__file__, p.CHECKOUT, p.DATA)",
    )
    assert "site-packages/netmatrix/__init__.py None " in where.stdout, where.stdout + where.stderr
    assert str(ROOT) not in where.stdout

    lookup = _run(installed, nm, "lookup", "wget", "4")
    assert lookup.returncode == 0, lookup.stderr
    assert "Network failure" in lookup.stdout

    explain = _run(
        installed,
        nm,
        "explain",
        "curl: (7) Failed to connect to 127.0.0.1 port 81 after 0 ms: Connection refused",
    )
    assert explain.returncode == 0, explain.stderr
    assert "tcp-closed" in explain.stdout

    html = _run(installed, nm, "html", "-o", "site")
    assert html.returncode == 0, html.stderr
    assert (installed["cwd"] / "site" / "index.html").is_file()

    # A user's own results go to the XDG data folder, beside the shipped ones.
    data = Path(installed["env"]["HOME"]) / ".local" / "share" / "netmatrix" / "results"
    shipped = _run(
        installed,
        str(installed["bin"] / "python"),
        "-c",
        "import netmatrix.paths as p; print(p.user_results()); print(len(p.results_dirs()))",
    )
    assert shipped.stdout.split() == [str(data), "2"]


def test_runner_is_not_importable(installed):
    proc = _run(installed, str(installed["bin"] / "python"), "-c", "import runner")
    assert proc.returncode == 1 and "ModuleNotFoundError" in proc.stderr
