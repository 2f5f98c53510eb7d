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
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from collections.abc import Iterable, Sequence

import docker
from docker.errors import APIError, DockerException, NotFound
from docker.utils.socket import consume_socket_output, demux_adaptor, frames_iter
from requests.exceptions import RequestException

from . import engines
from .errors import LabError, NetmatrixError
from .kinds import ScenarioBase
from .models import Client, Profile, SelfTestVerdict

LABEL = "io.netmatrix"
# rules, capture, tcpdump's own user; NET_BIND_SERVICE: the lab's resolver listens on port 53
LAB_CAPS = ["NET_ADMIN", "NET_RAW", "SETUID", "SETGID", "KILL", "NET_BIND_SERVICE"]
# A lab sets up in 3 s alone; the fast profile starts the last pods beside hundreds of running
# cells, where the whole catalog once took more than 30 s (wget's and links' pods: 84 error cells).
READY_TIMEOUT = 120.0
USER = "netmatrix"  # the ordinary user created in every client image
WORKDIR = "/tmp"  # writable by that user: wget saves index.html, chromium its profile
# A quick exec's whole output was now and then lost (blamed on moby/moby#27289; about once in 600
# execs on a loaded 2-core machine). At least part of it was docker-py's (docker/docker-py#3332,
# read around in _exec_start); the guard stays: every exec whose output matters ends it with a mark
# (nmexec's report, labd's DONE), and one whose mark is missing is run again, this many times in all.
EXEC_ATTEMPTS = 3
LABD_DONE = b"\x1eLABD DONE\n"  # containers/lab/labd.py writes it after a command's output
# Client containers get no capability unless their catalog entry asks (traceroute -T, nmap -sU need
# NET_RAW), cannot gain privileges, and are bounded: a runaway client cannot take the machine down.
# Up to one cell per scenario runs at once in a pod: a browser's slow cells (drops, silent servers,
# an MTU black hole: about twenty) stay open side by side for minutes, each browser with its
# content processes and a hundred threads or more (pids counts threads).
CLIENT_MEMORY = "4g"
CLIENT_PIDS = 4096
# What the engine reports about a lab container that means its scenarios stopped behaving as declared.
LAB_FAILURES = ("pause", "unpause", "kill", "die", "oom", "stop", "restart")
# The engine failing under us (a container killed or removed, a paused one refusing execs, a timeout).
HARNESS_ERRORS = (DockerException, RequestException, NetmatrixError)


@dataclass(frozen=True)
class ExecResult:
    stdout: bytes
    stderr: bytes
    exit_code: int | None


class Session:
    """A run's handle on the engine: labels, one API connection per thread, and cleanup."""

    def __init__(self, run_id: str, timeout: float, url: str | None = None) -> None:
        self.run_id = run_id
        self.timeout = timeout
        self.url = url  # the run's engine; None: DOCKER_HOST or the local socket
        self._local = threading.local()

    @property
    def docker(self) -> docker.DockerClient:
        # docker-py clients are not reliably thread-safe; one per worker thread is cheap.
        client = getattr(self._local, "client", None)
        if client is None:
            client = engines.client(self.url, timeout=self.timeout)
            self._local.client = client
        return client

    def labels(self, role: str, client_id: str) -> dict[str, str]:
        return {
            LABEL: "1",
            f"{LABEL}.run": self.run_id,
            f"{LABEL}.role": role,
            f"{LABEL}.client": client_id,
            **owner_labels(),
        }

    def containers(self) -> list[dict]:
        return list_containers(self.docker, f"{LABEL}.run={self.run_id}")

    def cleanup(self) -> int:
        """Remove every container of this run; returns how many were removed."""
        return remove(self.docker, [c["Id"] for c in self.containers()])

    def exec(
        self,
        container_id: str,
        argv: Sequence[str],
        user: str = "root",
        env: dict[str, str] | None = None,
        workdir: str | None = None,
    ) -> ExecResult:
        api = self.docker.api
        exec_id = api.exec_create(
            container_id, list(argv), stdout=True, stderr=True, user=user, environment=env, workdir=workdir
        )["Id"]
        out, err = _exec_start(api, exec_id)
        code = api.exec_inspect(exec_id).get("ExitCode")
        # demux gives None, not b"", for a stream that stayed empty.
        return ExecResult(out or b"", err or b"", code)


class _Buffered:
    """The exec's stream as docker-py's frame reader reads it, but through http.client's buffer.

    The reader polls the socket before each recv, so bytes left in the buffer wait for the next frame
    or the end of the stream: later, never lost (the whole stream is read to its end)."""

    def __init__(self, reader) -> None:
        self._reader = reader

    def fileno(self) -> int:
        return self._reader.fileno()

    def recv(self, n: int) -> bytes:
        return self._reader.read1(n)


def _exec_start(api: docker.APIClient, exec_id: str) -> tuple[bytes | None, bytes | None]:
    """docker-py's exec_start(demux=True), less the loss of the first bytes.

    docker-py reads the stream from the socket beneath http.client's buffered reader, but when this
    thread reads the response headers late (a loaded machine, a fast run's hundreds of threads), that
    reader has already taken the first frames with them, and they are lost: all of a quick exec's
    output, or what a client writes before a long wait (wget's "Connecting to ... " before a dropped
    SYN times out, with only "failed: Connection timed out." recorded). docker/docker-py#3332.
    The same frames, read through that reader: its buffer first, then the socket.
    """
    response = api._post_json(
        api._url("/exec/{0}/start", exec_id),
        headers={"Connection": "Upgrade", "Upgrade": "tcp"},
        data={"Tty": False, "Detach": False},
        stream=True,
    )
    try:
        api._raise_for_status(response)
        # docker-py's own way to the socket is response.raw._fp.fp.raw: one level up is the reader.
        frames = frames_iter(_Buffered(response.raw._fp.fp), tty=False)
        return consume_socket_output((demux_adaptor(*f) for f in frames), demux=True)
    finally:
        response.close()


# ---- the engine adapter: containers may vanish at any moment ----------------------------------------
# docker-py's containers.list() inspects every container after listing it, so one removed in between
# (by a cleanup, `netmatrix clean`, another run's sweep) raises NotFound. The low-level listing returns
# each container's id, state and labels in one call, and removal by id tolerates what is already gone.


def list_containers(client: docker.DockerClient, label: str, running_only: bool = False) -> list[dict]:
    """Containers carrying `label` (`key` or `key=value`), as the engine's listing dicts."""
    return client.api.containers(all=not running_only, filters={"label": label})


def remove(client: docker.DockerClient, ids: Iterable[str]) -> int:
    """Remove containers by id, forcefully; returns how many this call removed."""
    removed = 0
    for cid in ids:
        try:
            client.api.remove_container(cid, force=True)
            removed += 1
        except NotFound:
            pass  # already gone: another cleanup got there first
        except APIError as exc:
            if exc.status_code != 409:  # 409: removal already in progress
                raise
    return removed


def _process_start(pid: int) -> str | None:
    """The start time of a live process (clock ticks since boot), None if gone or a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return None if fields[0] in ("Z", "X") else fields[19]


def owner_labels() -> dict[str, str]:
    """Who started a container: host, pid, and the pid's start time (pids are reused)."""
    pid = os.getpid()
    return {
        f"{LABEL}.pid": str(pid),
        f"{LABEL}.host": socket.gethostname(),
        f"{LABEL}.started": _process_start(pid) or "",
    }


def _owner_alive(labels: dict[str, str]) -> bool:
    if labels.get(f"{LABEL}.host") != socket.gethostname():
        return True  # another machine's run, on a shared engine: its owner cannot be checked here
    try:
        pid = int(labels.get(f"{LABEL}.pid") or 0)
    except ValueError:
        return False
    if pid <= 0:
        return False
    if not os.path.exists("/proc/self/stat"):  # no procfs (macOS): whether the pid exists is all we know
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass
        return True
    started = _process_start(pid)
    # A killed run's pid may linger as a zombie its parent has not reaped, or be reused by another
    # process: only the same pid with the same start time is the run that labelled the container.
    return started is not None and started == (labels.get(f"{LABEL}.started") or started)


def sweep(client: docker.DockerClient, everything: bool = False) -> int:
    """Remove containers left by runs that no longer exist (crashed, killed); all of them if asked."""
    stale = [
        c["Id"]
        for c in list_containers(client, LABEL)
        if everything or not _owner_alive(c.get("Labels") or {})
    ]
    return remove(client, stale)


def other_runs(client: docker.DockerClient) -> set[str]:
    """Ids of the runs whose containers are running on this engine (call before starting any)."""
    return {
        (c.get("Labels") or {}).get(f"{LABEL}.run", "?")
        for c in list_containers(client, LABEL, running_only=True)
    }


def lab_events(client: docker.DockerClient, container_id: str, since: float) -> list[str]:
    """What happened to a container since `since` that means it stopped working (pause, kill ...)."""
    events = client.api.events(
        since=since, until=time.time(), decode=True, filters={"container": container_id, "type": "container"}
    )
    return [
        e.get("status") or e.get("Action", "")
        for e in events
        if (e.get("status") or e.get("Action", "")) in LAB_FAILURES
    ]


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
    started_at: float = field(default_factory=time.time)

    @classmethod
    def start(
        cls,
        session: Session,
        client_id: str,
        lab_image: str,
        client_image: str | None,
        scenarios: Sequence[ScenarioBase],
        profile: Profile,
        client: Client | None = None,
    ) -> Pod:
        """Start the lab, prove its scenarios, join a client container, start capturing.

        Without a client image, only the lab is started and self-tested.

        On any failure the containers already started are removed before the error propagates.
        """
        pod = cls(session, client_id)
        try:
            pod._start(lab_image, client_image, scenarios, profile, client)
        except HARNESS_ERRORS as exc:
            # The engine's refusal rarely says why (a killed lab's exec just fails): ask it.
            why = pod.failure() if pod.lab_id else None
            pod.close()
            if why:
                raise LabError(f"{exc}; {why}" if str(exc) else why) from None
            raise
        except BaseException:
            pod.close()
            raise
        return pod

    def _start(
        self,
        lab_image: str,
        client_image: str | None,
        scenarios: Sequence[ScenarioBase],
        profile: Profile,
        client: Client | None,
    ) -> None:
        s = self.session
        name = f"netmatrix-{s.run_id}-{self.client_id}"
        try:
            lab = s.docker.containers.run(
                lab_image,
                detach=True,
                name=f"{name}-lab",
                network_mode="none",
                cap_drop=["ALL"],
                cap_add=LAB_CAPS,
                sysctls={**LAB_SYSCTLS, **profile.sysctls},
                environment={"NETMATRIX_SCENARIOS": lab_spec(scenarios)},
                labels=s.labels("lab", self.client_id),
            )
        except APIError as exc:
            if profile.sysctls and ("sysctl" in str(exc) or "/proc/sys/" in str(exc)):
                raise LabError(_sysctl_problem(profile, str(exc.explanation or exc))) from None
            raise
        self.lab_id = lab.id
        self._wait_ready(lab)
        self.selftest = self._selftest()
        self.sysctls = self._sysctls()
        if client_image is None:
            return
        box = s.docker.containers.run(
            client_image,
            detach=True,
            name=f"{name}-client",
            network_mode=f"container:{lab.id}",
            cap_drop=["ALL"],
            cap_add=list(client.capabilities) if client else None,
            security_opt=["no-new-privileges"],
            mem_limit=CLIENT_MEMORY,
            pids_limit=CLIENT_PIDS,
            labels=s.labels("client", self.client_id),
        )
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
                said = (result.stderr or result.stdout).decode(errors="replace").strip()
                raise LabError(
                    f"lab of {self.client_id}: could not {what}: "
                    f"{said or f'labd exited {result.exit_code} saying nothing'}"
                )
            if not output:
                return b""
            if result.stdout.endswith(LABD_DONE):
                return result.stdout[: -len(LABD_DONE)]
        raise LabError(
            f"lab of {self.client_id}: could not {what}: the Docker engine lost its output "
            f"{EXEC_ATTEMPTS} times"
        )

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

    def capture_lost(self) -> int | None:
        """Packets the kernel dropped before tcpdump read them (its own count), None if unknown.

        A lab frozen for a while or an overloaded machine overflows the capture buffer: the capture
        is then incomplete, not evidence of silence. (On loopback, 'received by filter' counts every
        packet twice, once per direction, so only the drop count says anything.)"""
        result = self.session.exec(self.lab_id, ["cat", "/run/labd.wire.err"])
        found = re.search(r"^(\d+) packets? dropped by kernel", result.stdout.decode(errors="replace"), re.M)
        return int(found[1]) if found else None

    def failure(self) -> str | None:
        """Why this pod's lab cannot be trusted since it started (paused, killed ...), else None."""
        try:
            seen = lab_events(self.session.docker, self.lab_id, self.started_at)
            state = self.session.docker.api.inspect_container(self.lab_id)["State"]
        except NotFound:
            return "its lab container was removed during the run"
        except (DockerException, RequestException) as exc:
            return f"the engine could not report on its lab ({_short(exc)})"
        if seen:
            return (
                f"its lab container was {', '.join(dict.fromkeys(_PAST.get(e, e) for e in seen))} "
                "during the run"
            )
        if not state.get("Running") or state.get("Paused"):
            return f"its lab container is {state.get('Status', 'not running')}"
        return None

    def close(self) -> None:
        ids = [i for i in (self.box_id, self.lab_id) if i]
        # On failure, the run's final sweep (Session.cleanup) removes whatever is left.
        with contextlib.suppress(DockerException, RequestException):
            remove(self.session.docker, ids)


def _sysctl_problem(profile: Profile, engine_says: str) -> str:
    found = re.search(r"/proc/sys/(\S+?): ([^:]+)", engine_says)
    what = f"{found[1].replace('/', '.')}: {found[2]}" if found else engine_says.splitlines()[-1][:200]
    return (
        f"the lab could not apply the profile's sysctls ({what}); fix or remove it under the "
        f"profile's sysctls in scenarios.yaml (the names are those of /proc/sys/net in this kernel)"
    )


_PAST = {
    "pause": "paused",
    "unpause": "unpaused",
    "kill": "killed",
    "die": "stopped",
    "oom": "out of memory",
    "stop": "stopped",
    "restart": "restarted",
}


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[-1][:200] if text else type(exc).__name__
