"""Find a usable Docker engine; on a Debian machine where we are root, install and start one.

The engine is the one thing netmatrix cannot do without, and on the machines it targets it is often
installed but not running (a hand-started dockerd dies with the session that started it). So set-up
is idempotent: connect if an engine answers, else install Debian's docker.io if needed, start dockerd,
and wait until it answers; otherwise say exactly what is missing and what to do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path
from collections.abc import Callable

import docker
from docker.errors import DockerException

from . import engines
from .errors import EngineError

DOCKERD_LOG = Path("/var/log/netmatrix-dockerd.log")
START_TIMEOUT = 90.0
HOST_PACKAGES = ("docker.io", "iptables", "debootstrap")

Say = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


def connect(timeout: float | None = 120, url: str | None = None) -> docker.DockerClient:
    """A client for the engine at `url`, else DOCKER_HOST or the local socket; EngineError if none answers."""
    try:
        client = engines.client(url, timeout=timeout)
        client.ping()
        return client
    except DockerException as exc:
        where = url or os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
        raise EngineError(
            f"no Docker engine answers at {where} ({_short(exc)}); run `netmatrix setup` to install "
            "and start one, or point DOCKER_HOST at a running engine"
        ) from None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[-1][:200] if text else type(exc).__name__


def ensure_engine(say: Say = _quiet, url: str | None = None) -> docker.DockerClient:
    """Connect to an engine (`url`, else the default one), installing and starting one first when that
    is possible here."""
    try:
        return connect(url=url)
    except EngineError as first:
        if url or os.environ.get("DOCKER_HOST"):
            raise  # the user chose an engine: starting a local one would hide their problem
        reason = _cannot_start_locally()
        if reason:
            raise EngineError(f"{first}\n{reason}") from None
    if not shutil.which("dockerd"):
        say("installing Debian's docker.io (engine), iptables and debootstrap ...")
        apt_install(HOST_PACKAGES)
    say(f"starting dockerd (log: {DOCKERD_LOG}) ...")
    _start_dockerd()
    return connect()


def _cannot_start_locally() -> str | None:
    if os.geteuid() != 0:
        return (
            "starting an engine needs root: run `sudo netmatrix setup`, or start Docker yourself "
            "(e.g. `sudo systemctl start docker`) and add your user to the docker group"
        )
    if not shutil.which("dockerd") and not shutil.which("apt-get"):
        return (
            "no dockerd here and no apt-get to install one: install a Docker engine with your "
            "system's package manager, start it, and run this again"
        )
    return None


def apt_install(packages: tuple[str, ...]) -> None:
    """Install Debian packages on the host (root only), with a clear error when apt fails."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for argv in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", *packages]):
        proc = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-5:])
            raise EngineError(f"`{' '.join(argv)}` failed (exit {proc.returncode}):\n{tail}")


def _start_dockerd() -> None:
    DOCKERD_LOG.parent.mkdir(parents=True, exist_ok=True)
    # A new session: the engine must outlive this command (and its terminal's Ctrl-C).
    with open(DOCKERD_LOG, "ab") as log:
        proc = subprocess.Popen(
            ["dockerd"],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise EngineError(
                f"dockerd exited with status {proc.returncode} while starting; "
                f"last lines of {DOCKERD_LOG}:\n{_tail(DOCKERD_LOG)}"
            )
        try:
            docker.from_env(timeout=5).ping()
            return
        except DockerException:
            time.sleep(0.5)
    raise EngineError(
        f"dockerd did not answer within {START_TIMEOUT:.0f}s; see {DOCKERD_LOG}:\n{_tail(DOCKERD_LOG)}"
    )


def _tail(path: Path, lines: int = 8) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def kernel(client: docker.DockerClient) -> str:
    """The engine's kernel: what drop-cell durations depend on, whatever the image."""
    return str(client.info().get("KernelVersion", "unknown"))
