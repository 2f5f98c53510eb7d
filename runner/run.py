"""`run` as a pipeline: catalogs → cells → images → pods (self-tested) → cells, concurrently → wire
evidence → results, saved atomically. Finished cells are saved as they come in, so an interruption
loses nothing that finished; every container the run started is removed whatever happens.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from collections.abc import Callable, Sequence

from . import __version__, engine, execute, images, matrix, paths, pods, recheck, results, schedule, wire
from .catalog import Catalogs
from .errors import NetmatrixError, UsageError
from .images import ImageRef
from .models import Client, Outcome, Results, RunInfo, Wire

# A pod's start is mostly waiting (its lab's probes wait for timeouts, up to seconds): starting many
# at once keeps a thousand-cell run's set-up to about a minute on 2 cores.
POD_STARTS_AT_ONCE = 16
SAVE_EVERY = 2.0  # seconds: finished cells reach the partial file at least this often
RERUN = "rerun them with --resume"
CLOCK_SLACK = 0.05  # s: a re-run's packets are those captured after it started, less this


class Progress(Protocol):
    def phase(self, text: str) -> None: ...
    def planned(self, total: int) -> None: ...
    def cell_done(self, outcome: Outcome) -> None: ...


class SilentProgress:
    def phase(self, text: str) -> None:
        pass

    def planned(self, total: int) -> None:
        pass

    def cell_done(self, outcome: Outcome) -> None:
        pass


@dataclass(frozen=True)
class RunRequest:
    image: ImageRef
    profile: str = "faithful"
    locale: str = results.DEFAULT_LOCALE
    clients: tuple[str, ...] = ()
    scenarios: tuple[str, ...] = ()
    jobs: int = 0  # 0: as many as there are cells (most cells spend their time waiting)
    output: Path | None = None  # default: <results_dir>/<file_name(image, locale, profile)>
    resume: bool = False
    engine: str | None = None  # the engine's URL; None: DOCKER_HOST or the local socket
    results_dir: Path | None = None  # default: paths.user_results() (results/ in a checkout)

    def output_path(self) -> Path:
        name = results.file_name(self.image.name, self.locale, self.profile)
        return self.output or paths.user_results(self.results_dir) / name


def partial_path(output: Path) -> Path:
    return output.with_name(output.stem + ".partial.json")


class _Lock:
    """One run at a time per results file; a second one is told who holds it."""

    def __init__(self, output: Path) -> None:
        output.parent.mkdir(parents=True, exist_ok=True)
        self.path = output.with_name(f".{output.name}.lock")
        self.handle = open(self.path, "a+")  # noqa: SIM115  held, and locked, for the whole run

    def __enter__(self) -> _Lock:
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.seek(0)
            holder = self.handle.read().strip() or "another process"
            raise UsageError(
                f"another run is writing {self.path.name[1:-5]} ({holder}); wait for it, "
                "or write elsewhere with --output"
            ) from None
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(f"pid {os.getpid()}")
        self.handle.flush()
        return self

    def __exit__(self, *exc: object) -> None:
        # The lock file stays: unlinking it would let a third run lock a new inode while a second
        # still holds the old one, and both would write the same results.
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


class _Collector:
    """Outcomes as they finish, saved to the partial file so that nothing finished is lost."""

    def __init__(
        self,
        path: Path,
        info: Callable[[bool], RunInfo],
        progress: Progress,
        previous: Sequence[Outcome] = (),
    ) -> None:
        self.path = path
        self.info = info
        self.progress = progress
        self.outcomes: dict[tuple[str, str], Outcome] = {(o.client, o.scenario): o for o in previous}
        self.lock = threading.Lock()
        self.saved_at = 0.0

    def add(self, outcome: Outcome, announce: bool = True) -> None:
        with self.lock:
            self.outcomes[(outcome.client, outcome.scenario)] = outcome
        if announce:
            self.progress.cell_done(outcome)

    def save_soon(self) -> None:
        """Save unless a save happened in the last SAVE_EVERY seconds (the pod's end saves anyway)."""
        if time.monotonic() - self.saved_at >= SAVE_EVERY:
            self.save_partial()

    def snapshot(self, complete: bool) -> Results:
        with self.lock:
            cells = tuple(self.outcomes.values())
        return Results(format=results.FORMAT, run=self.info(complete), cells=cells)

    def save_partial(self) -> None:
        self.saved_at = time.monotonic()
        results.write(self.snapshot(False), self.path)


def run(catalogs: Catalogs, request: RunRequest, progress: Progress | None = None) -> Results:
    progress = progress or SilentProgress()
    _enough_files()
    profile = catalogs.profile(request.profile)
    ref = request.image
    clients = catalogs.select_clients(request.clients)
    scenarios = catalogs.select_scenarios(request.scenarios)
    cells = matrix.expand(clients, scenarios, profile)
    if not cells:
        raise UsageError("no cells: the clients and scenarios chosen share no protocol")
    output = request.output_path()
    partial = partial_path(output)
    results.check_writable(output)  # before any cell runs, not after all of them

    with _Lock(output):
        previous: list[Outcome] = []
        if request.resume:
            # An interrupted run's cells, else a finished run's: either way its error cells run again.
            source = partial if partial.exists() else output if output.exists() else None
            if source is not None:
                previous = [c for c in results.read(source).cells if c.status != "error"]
        done = {(o.client, o.scenario) for o in previous}
        todo = [c for c in cells if c.key not in done]

        progress.phase("checking the Docker engine")
        client = engine.ensure_engine(progress.phase, url=request.engine)
        swept = pods.sweep(client)
        if swept:
            progress.phase(f"removed {swept} containers left by interrupted runs")
        # Cells are timed with the client's start-up included, as a user would time them: another
        # run's load on the same cores shows up in every quick cell's duration.
        others = pods.other_runs(client)
        if others:
            progress.phase(
                f"warning: {len(others)} other netmatrix run(s) are using this engine "
                f"({', '.join(sorted(others))}); durations will include their load"
            )
        lab_image = images.ensure_lab(client, progress.phase)
        client_image = images.ensure_client(client, ref, catalogs.clients.clients, progress.phase)
        images.check_locale(client, client_image, request.locale)
        jobs = request.jobs or len(todo) or 1
        fixed = dict(
            image=ref.name,
            family=ref.family,
            suite=ref.suite,
            image_id=images.image_id(client, client_image),
            lab_image_id=images.image_id(client, lab_image),
            kernel=engine.kernel(client),
            profile=request.profile,
            locale=request.locale,
            jobs=jobs,
            tool_version=__version__,
            started=_now(),
        )
        t0 = time.monotonic()
        # Each pod self-tests the scenarios of its client's protocol; the run records one verdict per
        # scenario (every pod passed, or the run stopped).
        meta: dict[str, dict] = {"selftest": {}, "sysctls": {}, "versions": {}}

        def info(complete: bool) -> RunInfo:
            return RunInfo(
                **fixed,
                sysctls=meta["sysctls"],
                client_versions=meta["versions"],
                selftest=tuple(meta["selftest"].values()),
                finished=_now(),
                wall_s=round(time.monotonic() - t0, 3),
                complete=complete,
            )

        collector = _Collector(partial, info, progress, previous)
        session = pods.Session(run_id=_run_id(), timeout=profile.cap + 120, url=request.engine)
        progress.planned(len(todo))

        # Cells whose client the catalog does not package for this family never need a pod.
        runnable: list[matrix.CellSpec] = []
        for cell in todo:
            if cell.client.packages_for(ref.family) is None:
                collector.add(
                    execute.unavailable(
                        cell, f"clients.yaml declares no {ref.family} package for {cell.client.id}", profile
                    )
                )
            else:
                runnable.append(cell)

        known = _known_durations(output)
        pod_gate = threading.Semaphore(POD_STARTS_AT_ONCE)
        # With serial starts, no cell starts before every pod is up (their set-up is CPU-heavy),
        # and then one at a time, slowest first (runner/schedule.py).
        start_gate = schedule.gate_for(profile.serial_starts)
        pods_pending = [len(matrix.by_pod(runnable))]
        pods_lock = threading.Lock()

        def pod_settled() -> None:
            with pods_lock:
                pods_pending[0] -= 1
                if pods_pending[0] == 0:
                    start_gate.open()
                    if profile.serial_starts:
                        progress.phase(
                            f"every pod is up after {time.monotonic() - t0:.0f} s: the quick cells start"
                        )

        def run_gated(pod: pods.Pod, cell: matrix.CellSpec) -> Outcome:
            expected = schedule.expected_s(cell, known, profile.cap)
            if schedule.ungated(cell, expected):
                # It waits on the network for minutes: start it as soon as its pod is up, so that
                # the run lasts about as long as its longest cell; load cannot move such a duration.
                return execute.run_cell(pod, cell, profile, request.locale)
            with start_gate.hold(
                -expected,
                schedule.window_s(cell, expected),
                schedule.alone(cell),
                early=schedule.early(cell, expected),
            ):
                return execute.run_cell(pod, cell, profile, request.locale)

        cell_pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="cell")
        stopping = threading.Event()

        def run_pod(pod_id: str, pod_cells: list[matrix.CellSpec]) -> None:
            spec = pod_cells[0].client
            client_id = spec.id
            settle = _once(pod_settled)  # the gate opens once every pod is up (or failed)
            with pod_gate:
                if stopping.is_set():
                    settle()
                    return
                try:
                    pod = pods.Pod.start(
                        session,
                        pod_id,
                        lab_image,
                        client_image,
                        [c.scenario for c in pod_cells],
                        profile,
                        spec,
                    )
                except pods.HARNESS_ERRORS as exc:
                    settle()
                    # One pod's harness failing is that pod's error cells, never the run's end.
                    if not stopping.is_set():
                        for cell in pod_cells:
                            collector.add(
                                _error(
                                    cell,
                                    profile,
                                    f"the pod of {client_id} did not start: {_plain(exc)}; {RERUN}",
                                )
                            )
                        collector.save_partial()
                    return
                except BaseException:
                    settle()
                    raise
            try:
                _measure(pod, pod_cells, spec, settle)
            except pods.HARNESS_ERRORS as exc:
                if not stopping.is_set():
                    why = pod.failure() or _plain(exc)
                    for cell in pod_cells:  # those that ran too: the lab was failing under them
                        collector.add(
                            _error(
                                cell, profile, f"not measured: the pod of {client_id} failed: {why}; {RERUN}"
                            ),
                            announce=cell.key not in collector.outcomes,
                        )
                    collector.save_partial()
            finally:
                settle()
                pod.close()

        def _measure(
            pod: pods.Pod, pod_cells: list[matrix.CellSpec], spec: Client, settle: Callable[[], None]
        ) -> None:
            client_id = spec.id
            with collector.lock:
                meta["selftest"].update((v.scenario, v) for v in pod.selftest)
                meta["sysctls"] = meta["sysctls"] or pod.sysctls
            try:
                missing, version = execute.inspect_client(pod, spec, ref.family)
            finally:
                settle()
            with collector.lock:
                meta["versions"][client_id] = version
            if missing:
                for cell in pod_cells:
                    collector.add(execute.unavailable(cell, missing, profile))
                collector.save_partial()
                return
            futures = [
                cell_pool.submit(run_gated, pod, cell) for cell in matrix.longest_first(pod_cells, known)
            ]
            finished = []
            for future in as_completed(futures):
                outcome = future.result()
                if stopping.is_set():
                    return  # what the cleanup did to the cells is no measurement
                finished.append(outcome)
                # Saved now, so that an interruption keeps it; its wire evidence comes at the pod's end.
                collector.add(_pending(outcome))
                collector.save_soon()
            since = _recheck(pod, pod_cells, finished)
            if since is None:
                return  # the run is stopping
            failure = pod.failure()
            capture: list[wire.Packet] = []
            lost = None
            if failure is None:
                try:
                    capture, lost = wire.packets(pod.stop_capture()), pod.capture_lost()
                except pods.HARNESS_ERRORS as exc:
                    failure = pod.failure() or f"its capture could not be read ({_plain(exc)})"
            which = {c.scenario.id: c.scenario.packets() for c in pod_cells}
            for outcome in finished:
                if outcome.status != "ran" and failure:
                    # Its note would quote the engine's refusal; the pod's failure says it in words.
                    collector.add(
                        outcome.model_copy(
                            update={
                                "note": f"not measured: the pod of {client_id} failed: {failure}; {RERUN}"
                            }
                        ),
                        announce=False,
                    )
                elif outcome.status != "ran":
                    collector.add(outcome, announce=False)
                elif failure:
                    # The lab's servers and rules may not have been in place: not a measurement.
                    collector.add(
                        outcome.model_copy(
                            update={
                                "status": "error",
                                "wire": Wire(summary=f"not captured: {failure}"),
                                "note": f"not measured: the pod of {client_id} failed: {failure}, so its "
                                f"scenarios may not have behaved as declared; {RERUN}",
                            }
                        ),
                        announce=False,
                    )
                elif lost:
                    collector.add(
                        outcome.model_copy(
                            update={
                                "wire": Wire(
                                    summary=f"not captured: the capture lost {lost} packets of this pod "
                                    "(the lab was frozen or overloaded)"
                                )
                            }
                        ),
                        announce=False,
                    )
                else:
                    # A cell measured again keeps the packets of its last attempt only.
                    after = since.get(outcome.scenario)
                    packets = capture if after is None else [p for p in capture if p.time >= after]
                    collector.add(
                        outcome.model_copy(update={"wire": wire.for_cell(packets, which[outcome.scenario])}),
                        announce=False,
                    )
            collector.save_partial()

        def _recheck(
            pod: pods.Pod, pod_cells: list[matrix.CellSpec], finished: list[Outcome]
        ) -> dict[str, float] | None:
            """Measure again, in place in `finished`, each cell whose client timed out where its lab
            answers at once (runner/recheck.py); return when each one's kept attempt started (wall
            clock, as the capture's), or None if the run is stopping."""
            cell_of = {c.scenario.id: c for c in pod_cells}
            since: dict[str, float] = {}
            for i, outcome in enumerate(finished):
                cell = cell_of[outcome.scenario]
                earlier = 0
                while recheck.starved(cell.scenario, outcome) and earlier < recheck.ATTEMPTS:
                    if stopping.is_set():
                        return None
                    earlier += 1
                    since[outcome.scenario] = time.time() - CLOCK_SLACK
                    outcome = run_gated(pod, cell)
                if earlier:
                    finished[i] = recheck.noted(outcome, earlier)
                    collector.add(_pending(finished[i]), announce=False)
                    collector.save_soon()
            return since

        grouped = matrix.by_pod(matrix.longest_first(runnable, known))

        progress.phase(
            f"running {len(todo)} cells on {ref.name} ({request.profile} profile, {len(grouped)} pods)"
        )
        pod_pool = ThreadPoolExecutor(max_workers=max(1, len(grouped)), thread_name_prefix="pod")
        try:
            futures = [pod_pool.submit(run_pod, cid, pc) for cid, pc in grouped.items()]
            for future in as_completed(futures):
                future.result()
        except BaseException:
            # Ctrl-C, SIGTERM, SIGHUP (cli.py turns all three into KeyboardInterrupt) or a crash: stop
            # everything, keep what finished, remove every container.
            stopping.set()
            start_gate.open()  # cells waiting for their turn must not wait for ever
            _remove_all(session)
            cell_pool.shutdown(wait=True, cancel_futures=True)
            pod_pool.shutdown(wait=True, cancel_futures=True)
            if collector.outcomes:
                collector.save_partial()
            raise
        finally:
            # Again after the pools stopped: a pod thread may have started a container meanwhile.
            _remove_all(session)
        cell_pool.shutdown()
        pod_pool.shutdown()

        final = collector.snapshot(complete=True)
        final = final.model_copy(update={"cells": _ordered(final.cells, cells)})
        results.write(final, output)
        partial.unlink(missing_ok=True)
        return final


NOT_YET_CAPTURED = Wire(summary="not captured: the run stopped before this pod's capture was read")


def _pending(outcome: Outcome) -> Outcome:
    """A cell as saved before its pod's capture is read: an interruption keeps it, without packets."""
    return outcome if outcome.status != "ran" else outcome.model_copy(update={"wire": NOT_YET_CAPTURED})


def _enough_files() -> None:
    """Every cell holds an engine connection (and a terminal client a pty): raise the soft limit on
    open files to the hard one, as a thousand-cell run needs more than the usual 1,024."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def _once(fn: Callable[[], None]) -> Callable[[], None]:
    """`fn`, callable any number of times, run the first time only (thread-safe)."""
    lock, done = threading.Lock(), [False]

    def call() -> None:
        with lock:
            if done[0]:
                return
            done[0] = True
        fn()

    return call


def _error(cell: matrix.CellSpec, profile, note: str) -> Outcome:
    return Outcome(
        client=cell.client.id,
        scenario=cell.scenario.id,
        status="error",
        argv=cell.argv,
        user=cell.client.user,
        terminal=cell.client.terminal,
        cap_s=profile.cap,
        note=note,
    )


def _plain(exc: BaseException) -> str:
    """An engine or lab error as one line of words."""
    explanation = getattr(exc, "explanation", None)
    text = " ".join(line.strip() for line in str(explanation or exc).strip().splitlines())
    return (text or type(exc).__name__)[:500]


def _remove_all(session: pods.Session) -> None:
    """Remove the run's containers; a signal that interrupts the removal does not stop it (cli.py
    raises on the first signal only, so the second pass runs to its end)."""
    try:
        session.cleanup()
    except BaseException:
        session.cleanup()
        raise


def _ordered(outcomes: Sequence[Outcome], cells: Sequence[matrix.CellSpec]) -> tuple:
    """Catalog order (clients, then scenarios), whatever order the cells finished in."""
    rank = {cell.key: i for i, cell in enumerate(cells)}
    return tuple(sorted(outcomes, key=lambda o: rank.get((o.client, o.scenario), len(rank))))


def _run_id() -> str:
    return f"{dt.datetime.now():%H%M%S}-{secrets.token_hex(2)}"


def _known_durations(output: Path) -> dict[tuple[str, str], float]:
    """Durations from the previous results for this image, to start the slowest cells first."""
    if not output.exists():
        return {}
    try:
        old = results.read(output)
    except NetmatrixError:
        return {}
    return {(c.client, c.scenario): c.duration_s or 0.0 for c in old.cells}


def interrupted_note(request: RunRequest) -> str:
    path = partial_path(request.output_path())
    return (
        f"finished cells are kept in {path}; run the same command with --resume to finish the matrix"
        if path.exists()
        else "no cell had finished"
    )
