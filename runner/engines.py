"""Several Docker engines: where they are (URLs, docker contexts) and runs spread over them.

`run-all --engine A --engine B` keeps one run per engine at a time (a matrix measures durations, so
two runs on one engine would time each other's load). Each engine's worker takes the next run from a
shared queue; an engine that stops answering is reported, and its interrupted run goes back to the
queue for the engines still up. netmatrix rides the engines users already have (ssh://, tcp://,
docker contexts) rather than growing a scheduler of its own.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from collections.abc import Callable, Sequence

import docker

from .errors import EngineError, NetmatrixError

URL_SCHEMES = ("unix://", "tcp://", "ssh://", "npipe://", "http://", "https://")


@dataclass(frozen=True)
class Engine:
    """An engine as the user named it (label) and the URL docker-py and the docker CLI reach it by."""

    label: str
    url: str


def resolve(spec: str) -> Engine:
    """An engine from a URL (unix://, tcp://, ssh://...) or the name of a docker context."""
    if spec.startswith(URL_SCHEMES):
        return Engine(_label(spec), spec)
    if "://" in spec or not spec:
        raise EngineError(
            f"--engine {spec!r}: expected unix://, tcp:// or ssh:// URL, or a docker "
            "context name (see `docker context ls`)"
        )
    return Engine(spec, context_url(spec))


def _label(url: str) -> str:
    """A short name for progress lines: the host, or the socket path."""
    rest = url.split("://", 1)[1]
    return rest.rstrip("/") or url


def context_url(name: str) -> str:
    """The endpoint of a docker context (`docker context inspect`)."""
    cli = shutil.which("docker")
    if not cli:
        raise EngineError(
            f"--engine {name}: a context name needs the docker command-line client; "
            "give the engine's URL instead (e.g. ssh://user@host)"
        )
    proc = subprocess.run([cli, "context", "inspect", name], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise EngineError(
            f"--engine {name}: no such docker context ({proc.stderr.strip()[:160]}); "
            "see `docker context ls`, or give a URL"
        )
    try:
        host = json.loads(proc.stdout)[0]["Endpoints"]["docker"]["Host"]
    except (ValueError, LookupError, TypeError):
        raise EngineError(f"--engine {name}: `docker context inspect` gave no docker endpoint") from None
    return str(host)


def client(url: str | None, timeout: float | None = 120) -> docker.DockerClient:
    """A docker-py client for `url`; None means DOCKER_HOST or the local socket (docker.from_env)."""
    if url is None:
        return docker.from_env(timeout=timeout)
    # ssh:// through the ssh binary (the user's ssh config, keys and agent), not paramiko.
    return docker.DockerClient(base_url=url, timeout=timeout, use_ssh_client=url.startswith("ssh://"))


def cli_args(url: str | None) -> list[str]:
    """Arguments that point the docker command-line client at the same engine."""
    return ["-H", url] if url else []


def alive(url: str | None) -> bool:
    try:
        client(url, timeout=10).ping()
        return True
    except Exception:  # DockerException, and the requests/ssh errors docker-py lets through
        return False


# ---- runs spread over engines --------------------------------------------------------------------


@dataclass
class Outcome:
    """What became of one planned run."""

    name: str
    engine: str | None = None  # label of the engine that completed it
    error: str | None = None  # why it failed on every engine it was tried on
    tries: list[str] = field(default_factory=list)  # engine labels, in order


@dataclass
class Report:
    runs: list[Outcome]
    failed_engines: dict[str, str]  # label -> why it was dropped

    @property
    def ok(self) -> bool:
        return all(r.error is None and r.engine for r in self.runs)


RunOne = Callable[[str, Engine], None]  # (run name, engine) -> None; raises on failure
Say = Callable[[str, str], None]  # (engine label, text)


def distribute(
    names: Sequence[str],
    engines: Sequence[Engine],
    run_one: RunOne,
    say: Say,
    answers: Callable[[str], bool] = alive,
) -> Report:
    """Run every named run on one of the engines, one run per engine at a time.

    A run that fails while its engine still answers failed on its own (a bad locale, a broken build):
    it is reported and not retried. A run that fails because its engine stopped answering (`answers`
    says so) goes back to the queue, and that engine takes no more work.
    """
    outcomes = [Outcome(n) for n in names]
    todo = list(outcomes)
    cond = threading.Condition()
    up = {e.label for e in engines}
    busy = 0  # runs in progress: one may come back to the queue if its engine dies
    failed: dict[str, str] = {}

    def take(eng: Engine) -> Outcome | None:
        nonlocal busy
        with cond:
            while eng.label in up:
                if todo:
                    busy += 1
                    return todo.pop(0)
                if not busy:
                    return None
                cond.wait()
            return None

    def worker(eng: Engine) -> None:
        nonlocal busy
        while (item := take(eng)) is not None:
            item.tries.append(eng.label)
            say(eng.label, f"{item.name}: starting")
            requeue = False
            try:
                run_one(item.name, eng)
                item.engine, item.error = eng.label, None
                say(eng.label, f"{item.name}: done")
            except Exception as exc:  # whatever it is, the engine's state decides what it means
                why = _short(exc)
                if answers(eng.url):
                    item.error = f"{why} (on {eng.label})"
                    say(eng.label, f"{item.name}: failed: {why}")
                else:
                    requeue = True
                    item.error = f"interrupted: {eng.label} stopped answering"
            finally:
                with cond:
                    busy -= 1
                    if requeue:
                        up.discard(eng.label)
                        failed[eng.label] = why
                        todo.insert(0, item)
                        others = sorted(up)
                    cond.notify_all()
            if requeue:
                say(
                    eng.label,
                    f"engine stopped answering during {item.name} ({why}); "
                    + (
                        f"{item.name} and the runs left go to {', '.join(others)}"
                        if others
                        else "no engine is left"
                    ),
                )
                return

    threads = [
        threading.Thread(target=worker, args=(e,), name=f"engine-{e.label}", daemon=True) for e in engines
    ]
    for t in threads:
        t.start()
    try:
        for t in threads:
            while t.is_alive():
                t.join(0.5)  # a bare join() would not let Ctrl-C through
    except KeyboardInterrupt:
        with cond:
            up.clear()  # no engine takes another run; the caller removes the containers
            cond.notify_all()
        raise
    for item in todo:  # every engine is gone: what is left was not run
        item.error = item.error or "no engine left to run it"
    return Report(outcomes, failed)


def _short(exc: BaseException) -> str:
    if isinstance(exc, NetmatrixError):
        text = str(exc).strip().splitlines()
        return text[0][:240] if text else type(exc).__name__
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[-1][:200]}" if lines else type(exc).__name__


def remove_containers_of(pid: int, url: str | None) -> int:
    """Remove the containers this process started on an engine (after Ctrl-C: the runs' own threads
    are still unwinding, and the process is about to exit)."""
    from . import pods

    try:
        c = client(url, timeout=30)
        mine = pods.list_containers(c, f"{pods.LABEL}.pid={pid}")
        return pods.remove(c, [m["Id"] for m in mine])
    except Exception:  # an engine that is gone has no containers left to remove
        return 0
