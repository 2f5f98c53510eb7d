"""How a cell's command is executed in its pod: plain exec, or under a terminal driven by pexpect.

Both wrap the client in nmexec (containers/helper), which enforces the cap inside the container and
appends a report record to stderr; `split_report` takes it off again.
"""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import dataclass
from typing import Protocol
from collections.abc import Sequence

import pexpect

from . import engines
from .models import DialogueStep
from .pods import EXEC_ATTEMPTS, WORKDIR, Pod

REPORT = re.compile(rb"\x1eNMX 1 exit=(-?\d+) signal=(\d+) killed=([01]) duration_ns=(\d+)\n?")
DOCKER_TTY_NOISE = re.compile(rb"^failed to resize tty, using default size\n", re.M)
HARNESS_MARGIN = 30.0  # beyond the cap, how long the harness waits before it gives up on a cell


@dataclass(frozen=True)
class Report:
    exit_code: int | None
    signal: int | None
    killed: bool
    duration_s: float


@dataclass(frozen=True)
class RawRun:
    stdout: bytes
    stderr: bytes
    report: Report | None


def split_report(stream: bytes) -> tuple[bytes, Report | None]:
    """The client's own bytes, and nmexec's report taken from the end of the stream (if present)."""
    matches = list(REPORT.finditer(stream))
    if not matches:
        return stream, None
    m = matches[-1]
    code, sig = int(m.group(1)), int(m.group(2))
    report = Report(
        exit_code=code if code >= 0 else None,
        signal=sig or None,
        killed=m.group(3) == b"1",
        duration_s=int(m.group(4)) / 1e9,
    )
    return stream[: m.start()] + stream[m.end() :], report


def wrap(argv: Sequence[str], cap: float) -> list:
    return ["nmexec", "run", f"{cap:g}", "--", *argv]


class Driver(Protocol):
    def run(
        self,
        pod: Pod,
        argv: Sequence[str],
        user: str,
        env: dict[str, str],
        cap: float,
        dialogue: Sequence[DialogueStep],
    ) -> RawRun: ...


class ExecDriver:
    """docker exec with stdout and stderr kept apart; stdin is empty, as in a script."""

    def run(
        self,
        pod: Pod,
        argv: Sequence[str],
        user: str,
        env: dict[str, str],
        cap: float,
        dialogue: Sequence[DialogueStep],
    ) -> RawRun:
        result = pod.session.exec(pod.box_id, wrap(argv, cap), user=user, env=env, workdir=WORKDIR)
        stderr, report = split_report(result.stderr)
        return RawRun(result.stdout, stderr, report)


class TerminalDriver:
    """`docker exec -it` under a pseudo-terminal (pexpect): the client sees a person's terminal.

    A terminal has one output stream, so stdout holds both; a dialogue answers the client's prompts.
    """

    def run(
        self,
        pod: Pod,
        argv: Sequence[str],
        user: str,
        env: dict[str, str],
        cap: float,
        dialogue: Sequence[DialogueStep],
    ) -> RawRun:
        docker_cli = shutil.which("docker")
        if not docker_cli:
            raise RuntimeError("the docker command-line client is needed for terminal clients")
        args = [*engines.cli_args(pod.session.url), "exec", "-it", "-u", user, "-w", WORKDIR]
        for key, value in env.items():
            args += ["-e", f"{key}={value}"]
        args += [pod.box_id, *wrap(argv, cap)]
        transcript = io.BytesIO()
        child = pexpect.spawn(
            docker_cli,
            args,
            timeout=cap + HARNESS_MARGIN,
            dimensions=(24, 160),
            # poll, not select: a run of a thousand cells holds file descriptors beyond select's 1024
            use_poll=True,
        )
        child.logfile_read = transcript
        try:
            for step in dialogue:
                if child.expect([re.compile(step.expect.encode()), pexpect.EOF]) == 0:
                    child.send(step.send.encode())
            child.expect(pexpect.EOF)
        finally:
            child.close(force=True)
        # The terminal turns every newline into CRLF; store text as the client wrote it. The docker
        # CLI itself sometimes adds a line when the exec ends before it could size the terminal:
        # that is the harness talking, not the client, and it came and went from run to run.
        text = transcript.getvalue().replace(b"\r\n", b"\n")
        text = DOCKER_TTY_NOISE.sub(b"", text)
        out, report = split_report(text)
        return RawRun(out, b"", report)


DRIVERS: dict[bool, Driver] = {False: ExecDriver(), True: TerminalDriver()}


def for_client(terminal: bool) -> Driver:
    return DRIVERS[terminal]


def run_reported(
    driver: Driver,
    pod: Pod,
    argv: Sequence[str],
    user: str,
    env: dict[str, str],
    cap: float,
    dialogue: Sequence[DialogueStep] = (),
) -> tuple[RawRun, int]:
    """Run until nmexec's report arrives (at most EXEC_ATTEMPTS times); returns the run and the attempts.

    nmexec always ends its output with the report, so a run without one lost its output on the way
    out of the engine, not in the client: measuring again is honest (and the cell says so).
    """
    attempts = 1
    raw = driver.run(pod, argv, user, env, cap, dialogue)
    while raw.report is None and attempts < EXEC_ATTEMPTS:
        attempts += 1
        raw = driver.run(pod, argv, user, env, cap, dialogue)
    return raw, attempts
