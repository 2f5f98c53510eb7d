"""Run one cell and turn what happened into an Outcome. Never raises for a client's failure:
"wget exited 4" is a successful measurement; only the harness failing makes a cell an error.
"""

from __future__ import annotations


import pexpect
from docker.errors import DockerException
from requests.exceptions import RequestException

from .drivers import for_client, run_reported
from .errors import EngineError
from .images import package_query
from .matrix import CellSpec
from .models import Client, ClientVersion, Outcome, Profile
from .pods import EXEC_ATTEMPTS, USER, Pod

MAX_OUTPUT = 64 * 1024  # characters kept per stream: a browser's error page is the largest output
KEEP_HEAD = 16 * 1024  # of a longer stream, its beginning and its end (where verdicts usually are)
PROBE_CAP = 20.0  # version and availability probes


def _text(data: bytes) -> str:
    text = data.decode("utf-8", errors="replace")
    if len(text) <= MAX_OUTPUT:
        return text
    tail = MAX_OUTPUT - KEEP_HEAD
    cut = len(text) - MAX_OUTPUT
    return f"{text[:KEEP_HEAD]}\n[netmatrix: {cut} characters not kept]\n{text[-tail:]}"


def environment(client: Client, locale: str) -> dict[str, str]:
    home = "/root" if client.user == "root" else f"/home/{USER}"
    return {"LANG": locale, "LC_ALL": locale, "HOME": home}


def exec_user(client: Client) -> str:
    return "root" if client.user == "root" else USER


EXEC_FAILED = "nmexec: cannot execute "  # containers/helper/nmexec.c, when execvp fails


def run_cell(pod: Pod, cell: CellSpec, profile: Profile, locale: str) -> Outcome:
    client = cell.client
    base = dict(
        client=client.id,
        scenario=cell.scenario.id,
        argv=cell.argv,
        env=cell.env,
        user=client.user,
        terminal=client.terminal,
        cap_s=profile.cap,
    )
    try:
        raw, attempts = run_reported(
            for_client(client.terminal),
            pod,
            cell.argv,
            exec_user(client),
            {**environment(client, locale), **cell.env},
            profile.cap,
            client.dialogue,
        )
    except (
        TimeoutError,
        DockerException,
        RequestException,
        pexpect.ExceptionPexpect,
        OSError,
        RuntimeError,
    ) as exc:
        return Outcome(status="error", note=f"the harness could not run this cell: {exc}", **base)
    if raw.report is None:
        return Outcome(
            status="error",
            stdout=_text(raw.stdout),
            stderr=_text(raw.stderr),
            note=f"the engine lost this cell's output {attempts} times (nmexec's report is missing)",
            **base,
        )
    r = raw.report
    stderr = _text(raw.stderr)
    if r.exit_code in (126, 127) and stderr.startswith(EXEC_FAILED):
        # nmexec's own line: the client never ran (no such program, or an exec the container refuses,
        # as for a file capability outside its bounding set). No finding about the scenario.
        return Outcome(
            status="error",
            stderr=stderr,
            note=f"the client could not be started: {stderr.strip()}",
            **base,
        )
    note = (
        ""
        if attempts == 1
        else f"measured {attempts} times: the engine lost the output of the earlier attempts"
    )
    return Outcome(
        status="ran",
        exit_code=r.exit_code,
        signal=r.signal,
        stdout=_text(raw.stdout),
        stderr=stderr,
        duration_s=round(r.duration_s, 6),
        killed_at_cap=r.killed,
        note=note,
        **base,
    )


def unavailable(cell: CellSpec, note: str, profile: Profile) -> Outcome:
    return Outcome(
        client=cell.client.id,
        scenario=cell.scenario.id,
        status="unavailable",
        argv=cell.argv,
        env=cell.env,
        user=cell.client.user,
        terminal=cell.client.terminal,
        cap_s=profile.cap,
        note=note,
    )


def inspect_client(pod: Pod, client: Client, family: str) -> tuple[str | None, ClientVersion]:
    """Whether the client's program is in the image (None if so, else why not), and its version."""
    program = client.argv[0]
    found = _probe(pod, ["sh", "-c", 'command -v "$1"', "sh", program])
    missing = None if found.strip() else f"{program} is not installed in this image"
    reported = ""
    if client.version and not missing:
        out = _probe(pod, list(client.version), both=True)
        reported = next((line.strip() for line in out.splitlines() if line.strip()), "")
    packages: dict[str, str] = {}
    names = client.packages_for(family) or ()
    if names:
        for line in _probe(pod, package_query(family, names)).splitlines():
            name, _, version = line.strip().partition(" ")
            if name and version:
                packages[name] = version
    return missing, ClientVersion(reported=reported, packages=packages)


def _probe(pod: Pod, argv: list, both: bool = False) -> str:
    raw, _ = run_reported(for_client(terminal=False), pod, argv, "root", {}, PROBE_CAP)
    if raw.report is None:
        raise EngineError(f"the Docker engine lost the output of {' '.join(argv)} {EXEC_ATTEMPTS} times")
    text = raw.stdout + (raw.stderr if both else b"")
    return text.decode("utf-8", errors="replace")
