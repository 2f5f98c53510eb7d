from __future__ import annotations

from netmatrix.drivers import RawRun, Report, run_reported, split_report, wrap
from netmatrix.pods import EXEC_ATTEMPTS


def test_report_is_split_off_exactly():
    stream = b"curl: (7) Failed\x1eNMX 1 exit=7 signal=0 killed=0 duration_ns=1500000000\n"
    text, report = split_report(stream)
    assert text == b"curl: (7) Failed"  # the client's missing newline is not invented
    assert report.exit_code == 7 and report.signal is None and not report.killed
    assert report.duration_s == 1.5


def test_killed_and_signalled():
    _, report = split_report(b"\x1eNMX 1 exit=-1 signal=15 killed=1 duration_ns=45000000000\n")
    assert report.exit_code is None and report.signal == 15 and report.killed


def test_missing_report_is_none():
    assert split_report(b"no report here") == (b"no report here", None)


def test_wrap_puts_the_cap_before_the_argv():
    assert wrap(["curl", "-v"], 45.0) == ["nmexec", "run", "45", "--", "curl", "-v"]


class _LosingEngine:
    """Stands in for the engine's rare fault (moby/moby#27289): the first runs' output never arrives."""

    def __init__(self, lost: int) -> None:
        self.lost = lost
        self.calls = 0

    def run(self, pod, argv, user, env, cap, dialogue):
        self.calls += 1
        if self.calls <= self.lost:
            return RawRun(b"", b"", None)
        return RawRun(b"", b"refused", Report(exit_code=7, signal=None, killed=False, duration_s=0.1))


def test_a_run_whose_output_was_lost_is_run_again_and_counted():
    driver = _LosingEngine(lost=1)
    raw, attempts = run_reported(driver, None, ["curl"], "user", {}, 5.0)
    assert (raw.report.exit_code, attempts, driver.calls) == (7, 2, 2)


def test_retries_are_bounded():
    driver = _LosingEngine(lost=99)
    raw, attempts = run_reported(driver, None, ["curl"], "user", {}, 5.0)
    assert raw.report is None and attempts == driver.calls == EXEC_ATTEMPTS


def test_the_docker_clis_own_tty_line_is_not_the_clients_output():
    from netmatrix import drivers

    text = b"Trying ::1...\ntelnet: Unable to connect\nfailed to resize tty, using default size\n"
    assert drivers.DOCKER_TTY_NOISE.sub(b"", text) == b"Trying ::1...\ntelnet: Unable to connect\n"
