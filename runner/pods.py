"""Pods: one lab container (the network namespace, rules, servers, capture) plus one client container
of the image under test joined to it. All Docker calls of a run go through this module.

One pod per client keeps each cell's packets apart: within a pod every cell targets its own port.
Everything a run starts carries the run's labels, so an interrupted or crashed run can be swept up.
"""
from __future__ import annotations

import base64
import contextlib
import json
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from collections.abc import Iterable, Sequence

import docker
from docker.errors import APIError, DockerException, NotFound

from .errors import LabError
from .kinds import ScenarioBase
from .models import Profile, SelfTestVerdict

LABEL = "io.netmatrix"
LAB_CAPS = ["NET_ADMIN", "NET_RAW", "SETUID", "SETGID", "KILL"]  # rules, capture, tcpdump's own user
READY_TIMEOUT = 30.0
USER = "netmatrix"  # the ordinary user created in every client image
WORKDIR = "/tmp"  # writable by that user: wget saves index.html, chromium its profile
# The engine now and then loses all of a quick exec's output (moby/moby#27289; here, about once in
# 600 execs on a loaded 2-core machine). Every exec whose output matters ends it with a mark
# (nmexec's report, labd's DONE), and one whose mark is missing is run again, this many times in all.
EXEC_ATTEMPTS = 3
LABD_DONE = b"\x1eLABD DONE\n"  # containers/lab/labd.py writes it after a command's output


@dataclass(frozen=True)
class ExecResult:
    stdout: bytes
    stderr: bytes
    exit_code: int | None


class Session:
    """A run's handle on the engine: labels, one API connection per thread, and cleanup."""

    def __init__(self, run_id: str, timeout: float) -> None:
        self.run_id = run_id
        self.timeout = timeout
        self._local = threading.local()

    @property
    def docker(self) -> docker.DockerClient:
        # docker-py clients are not reliably thread-safe; one per worker thread is cheap.
        client = getattr(self._local, "client", None)
        if client is None:
            client = docker.from_env(timeout=self.timeout)
            self._local.client = client
        return client

    def labels(self, role: str, client_id: str) -> dict[str, str]:
        return {LABEL: "1", f"{LABEL}.run": self.run_id, f"{LABEL}.role": role,
                f"{LABEL}.client": client_id, f"{LABEL}.pid": str(os.getpid()),
                f"{LABEL}.host": socket.gethostname()}

    def containers(self) -> list:
        return _listed(self.docker, all=True, filters={"label": f"{LABEL}.run={self.run_id}"})

    def cleanup(self) -> int:
        """Remove every container of this run; returns how many were removed."""
        return _remove(self.containers())

    def exec(self, container_id: str, argv: Sequence[str], user: str = "root",
             env: dict[str, str] | None = None, workdir: str | None = None) -> ExecResult:
        api = self.docker.api
        exec_id = api.exec_create(container_id, list(argv), stdout=True, stderr=True, user=user,
                                  environment=env, workdir=workdir)["Id"]
        out, err = api.exec_start(exec_id, demux=True)
        code = api.exec_inspect(exec_id).get("ExitCode")
        # demux gives None, not b"", for a stream that stayed empty.
        return ExecResult(out or b"", err or b"", code)


def _remove(containers: Iterable) -> int:
    removed = 0
    for c in containers:
        try:
            c.remove(force=True)
            removed += 1
        except NotFound:
            pass  # already gone: another cleanup got there first
        except APIError as exc:
            if exc.status_code != 409:  # 409: removal already in progress
                raise
    return removed


def _listed(client: docker.DockerClient, **query) -> list:
    """containers.list, again when a container vanished between the listing and its inspection
    (another run on the engine removing its own: docker-py inspects each one it lists)."""
    for _ in range(4):
        try:
            return client.containers.list(**query)
        except NotFound:
            time.sleep(0.1)
    return client.containers.list(**query)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def sweep(client: docker.DockerClient, everything: bool = False) -> int:
    """Remove containers left by runs that no longer exist (crashed, killed); all of them if asked."""
    here = socket.gethostname()
    stale = []
    for c in _listed(client, all=True, filters={"label": LABEL}):
        labels = c.labels
        pid = int(labels.get(f"{LABEL}.pid", "0") or 0)
        owner_gone = labels.get(f"{LABEL}.host") == here and not _pid_alive(pid)
        if everything or owner_gone:
            stale.append(c)
    return _remove(stale)


def other_runs(client: docker.DockerClient) -> set[str]:
    """Ids of the runs whose containers are running on this engine (call before starting any)."""
    return {c.labels.get(f"{LABEL}.run", "?") for c in _listed(client, filters={"label": LABEL})}


def lab_spec(scenarios: Sequence[ScenarioBase]) -> str:
    """What labd needs to know, as the JSON it reads from $NETMATRIX_SCENARIOS (each kind says)."""
    return json.dumps([s.lab_spec() for s in scenarios])


# IPv6 scenarios live on ::1; Docker leaves IPv6 disabled in a --network none namespace.
LAB_SYSCTLS = {"net.ipv6.conf.all.disable_ipv6": "0", "net.ipv6.conf.lo.disable_ipv6": "0"}


@dataclass
class Pod:
    session: Session
    client_id: str
    lab_id: str = ""
    box_id: str = ""
    selftest: tuple[SelfTestVerdict, ...] = ()
    sysctls: dict[str, str] = field(default_factory=dict)

    @classmethod
    def start(cls, session: Session, client_id: str, lab_image: str, client_image: str | None,
              scenarios: Sequence[ScenarioBase], profile: Profile) -> Pod:
        """Start the lab, prove its scenarios, join a client container, start capturing.

        Without a client image, only the lab is started and self-tested.

        On any failure the containers already started are removed before the error propagates.
        """
        pod = cls(session, client_id)
        try:
            pod._start(lab_image, client_image, scenarios, profile)
        except BaseException:
            pod.close()
            raise
        return pod

    def _start(self, lab_image: str, client_image: str | None, scenarios: Sequence[ScenarioBase],
               profile: Profile) -> None:
        s = self.session
        name = f"netmatrix-{s.run_id}-{self.client_id}"
        lab = s.docker.containers.run(
            lab_image, detach=True, name=f"{name}-lab", network_mode="none", cap_drop=["ALL"],
            cap_add=LAB_CAPS, sysctls={**LAB_SYSCTLS, **profile.sysctls},
            environment={"NETMATRIX_SCENARIOS": lab_spec(scenarios)},
            labels=s.labels("lab", self.client_id))
        self.lab_id = lab.id
        self._wait_ready(lab)
        self.selftest = self._selftest()
        self.sysctls = self._sysctls()
        if client_image is None:
            return
        box = s.docker.containers.run(
            client_image, detach=True, name=f"{name}-client", network_mode=f"container:{lab.id}",
            labels=s.labels("client", self.client_id))
        self.box_id = box.id
        # Kinds that need the client container prepared (e.g. trusting the lab CA) do it now, once
        # per pod, before any cell runs.
        for prepare in dict.fromkeys(type(s).PREPARE_CLIENT for s in scenarios):
            if prepare is not None:
                prepare(self)
        self._lab(["labd", "capture-start"], "start the capture", output=False)

    def lab_command(self, argv: list[str], what: str) -> bytes:
        """A labd command's output (for kinds that need something from the lab, e.g. its CA)."""
        return self._lab(argv, what)

    def _lab(self, argv: list[str], what: str, output: bool = True) -> bytes:
        """Run a labd command; with `output`, it is idempotent and its stdout must arrive whole."""
        for _ in range(EXEC_ATTEMPTS):
            result = self.session.exec(self.lab_id, argv)
            if result.exit_code != 0:
                raise LabError(f"lab of {self.client_id}: could not {what}: "
                               f"{(result.stderr or result.stdout).decode(errors='replace').strip()}")
            if not output:
                return b""
            if result.stdout.endswith(LABD_DONE):
                return result.stdout[: -len(LABD_DONE)]
        raise LabError(f"lab of {self.client_id}: could not {what}: the Docker engine lost its output "
                       f"{EXEC_ATTEMPTS} times")

    def _wait_ready(self, lab) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.session.exec(self.lab_id, ["test", "-f", "/run/labd.ready"]).exit_code == 0:
                return
            lab.reload()
            if lab.status != "running":
                logs = lab.logs().decode(errors="replace").strip()[-1500:]
                raise LabError(f"the lab container stopped while starting ({lab.status}):\n{logs}")
            time.sleep(0.1)
        raise LabError(f"the lab was not ready after {READY_TIMEOUT:.0f}s")

    def _selftest(self) -> tuple[SelfTestVerdict, ...]:
        raw = json.loads(self._lab(["labd", "selftest"], "run its self-test"))
        verdicts = tuple(SelfTestVerdict.model_validate(v) for v in raw)
        broken = [v for v in verdicts if not v.ok]
        if broken:
            lines = "\n".join(f"  {v.scenario}: {'; '.join(v.problems)}" for v in broken)
            raise LabError(f"lab self-test failed, so no client was run:\n{lines}")
        return verdicts

    def _sysctls(self) -> dict[str, str]:
        return json.loads(self._lab(["labd", "sysctls"], "read its sysctls"))

    def stop_capture(self) -> bytes:
        """The pod's capture as pcap bytes (labd sends it base64-encoded, text-safe)."""
        return base64.b64decode(self._lab(["labd", "capture-stop"], "stop the capture"))

    def close(self) -> None:
        ids = [i for i in (self.box_id, self.lab_id) if i]
        # On failure, the run's final sweep (Session.cleanup) removes whatever is left.
        with contextlib.suppress(DockerException):
            _remove(self.session.docker.containers.get(i) for i in ids if _exists(self.session, i))


def _exists(session: Session, container_id: str) -> bool:
    try:
        session.docker.containers.get(container_id)
        return True
    except NotFound:
        return False
