"""The netmatrix command line: parses arguments, calls the library, prints, picks the exit code.

Nothing below this module prints or exits. The exit codes are EXIT_CODES below (also in --help and
README): errors the user can fix are one line on stderr (1; 2 when the command line itself is wrong),
a signal exits 128 + its number after cleaning up, a closed pipe ends quietly; anything else keeps
its traceback.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path
from collections.abc import Sequence

from . import __version__
from .errors import NetmatrixError, UsageError

ALL_IMAGES = ("debian-bullseye", "debian-bookworm", "debian-trixie", "debian-sid")
EXTRA_RUNS = ("debian-bookworm@fr_FR.UTF-8", "debian-bookworm@de_DE.UTF-8")

# The exit codes, one table for every command (printed by --help, copied in README.md).
OK, FAILED, USAGE, NO_MATCH = 0, 1, 2, 3
EXIT_CODES = """\
exit codes:
  0    done: an answer, or a run that measured every cell
  1    an error reported in one line: a results or catalog file netmatrix cannot
       use, no engine, an image that does not build, a lab failing its self-test,
       a run that left cells unmeasured
  2    usage: a bad option or argument; an unknown client, scenario, profile,
       image or locale
  3    explain: nothing recorded matches the pasted output
  129  interrupted by SIGHUP, 130 by Ctrl-C (SIGINT), 143 by SIGTERM: containers
       removed, finished cells kept (run --resume)
  141  the reader of the output went away (netmatrix show | head): ends quietly
"""

EPILOG = (
    """\
examples:
  netmatrix setup                           install/start the engine, build images (idempotent)
  netmatrix run                             the reference matrix: debian-bookworm, faithful profile
  netmatrix run --profile fast -c curl,wget quick look at two clients
  netmatrix run-all --engine ssh://ci@a --engine ssh://ci@b   images × locales over two engines
  netmatrix merge artifacts/                gather results made elsewhere (CI artifacts, other hosts)
  netmatrix show                            print the reference matrix
  netmatrix show --client curl --format markdown
  netmatrix lookup wget 4                   what wget's exit 4 means, and the causes seen behind it
  netmatrix explain "curl: (7) Failed ..."  rank the causes behind a pasted error
  netmatrix html -o site/                   the static HTML reference, for any static host

"""
    + (
        "Runs go to --results DIR, else $NETMATRIX_RESULTS, else results/ in a source checkout, else "
        "~/.local/share/netmatrix/results, as <image>[.<locale>][.<profile>].json (schema: README.md); "
        "answers read them beside the reference results that ship with netmatrix.\n"
        "Tab completion: pip install 'netmatrix[completion]', then: "
        'eval "$(register-python-argcomplete netmatrix)"\n\n'
    )
    + EXIT_CODES
)


def _columns(fallback: int) -> int:
    """$COLUMNS, else the terminal's width, else `fallback`: shutil.get_terminal_size's rule without
    importing shutil (argparse's own formatter does, 2 ms of an answer's start)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else fallback


class _Help(argparse.HelpFormatter):
    """Wraps prose to the terminal, keeps indented lines (examples) exactly as written."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width=None):
        super().__init__(
            prog, indent_increment, max_help_position, _columns(80) - 2 if width is None else width
        )

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        out = []
        for line in text.splitlines():
            if line.startswith(" ") or not line:
                out.append(indent + line)
            else:
                import textwrap  # only --help wraps prose: its import compiles regexes every start would pay

                out.extend(textwrap.wrap(line, width, initial_indent=indent, subsequent_indent=indent))
        return "\n".join(out)


def _csv(value: str) -> list[str]:
    return [v for v in value.split(",") if v]


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"{value!r}: give a number of cells at once, or 0 for all")
    return jobs


def _add_catalog(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--catalog",
        metavar="DIR",
        default=os.environ.get("NETMATRIX_CATALOG"),
        help="folder with your own clients.yaml and scenarios.yaml (default: "
        "$NETMATRIX_CATALOG, else the project's)",
    )


def _add_results(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--results",
        metavar="DIR",
        type=Path,
        default=None,
        help=f"{what} (default: $NETMATRIX_RESULTS, else results/ in a source checkout, "
        "else ~/.local/share/netmatrix/results)",
    )


def _add_json(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--json", action="store_true", help='JSON for scripts, with "format": 1 first (its layout version)'
    )


def _catalogs(args: argparse.Namespace):
    from . import catalog

    return catalog.load_dir(args.catalog)


def _results_dirs(args: argparse.Namespace) -> list[Path]:
    from . import paths

    return paths.results_dirs(getattr(args, "results", None))


# ---- signals: SIGINT, SIGTERM and SIGHUP take one path -------------------------------------------
# `timeout`, CI cancellation and systemd send SIGTERM, a closed terminal SIGHUP: each is raised as a
# KeyboardInterrupt in the main thread, so a run cleans up and keeps its finished cells the same way
# as on Ctrl-C. A second signal does not interrupt that cleanup (it would leave containers behind).
SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Interrupted(KeyboardInterrupt):
    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


_received: list[int] = []


def _on_signal(signum: int, _frame: object) -> None:
    if _received:
        print("netmatrix: still cleaning up, one moment", file=sys.stderr)
        return
    _received.append(signum)
    raise Interrupted(signum)


def _exit_code(exc: KeyboardInterrupt) -> int:
    return 128 + getattr(exc, "signum", signal.SIGINT)


def _ids(kind: str):
    """A completer for argcomplete: the client or scenario ids of the catalogs in use."""

    def complete(prefix: str = "", parsed_args: argparse.Namespace | None = None, **_: object) -> list[str]:
        from . import catalog

        try:
            cats = catalog.load_dir(getattr(parsed_args, "catalog", None))
        except NetmatrixError:
            return []
        items = cats.clients.clients if kind == "client" else cats.scenarios.scenarios
        done, _sep, last = prefix.rpartition(",")
        return [f"{done}{_sep}{i.id}" for i in items if i.id.startswith(last)]

    return complete


def _completes(action: argparse.Action, kind: str) -> None:
    action.completer = _ids(kind)  # type: ignore[attr-defined]  # read by argcomplete only


def _add_selection(p: argparse.ArgumentParser) -> None:
    _completes(
        p.add_argument(
            "-c",
            "--client",
            dest="clients",
            type=_csv,
            action="extend",
            default=[],
            metavar="ID[,ID]",
            help="only these clients (repeatable; default: all)",
        ),
        "client",
    )
    _completes(
        p.add_argument(
            "-s",
            "--scenario",
            dest="scenarios",
            type=_csv,
            action="extend",
            default=[],
            metavar="ID[,ID]",
            help="only these scenarios (repeatable; default: all)",
        ),
        "scenario",
    )


def _add_answer_options(p: argparse.ArgumentParser) -> None:
    _add_json(p)
    _add_results(p, "your own results, read beside the reference ones that ship with netmatrix")
    _add_catalog(p)


class _Skipped:
    """Stands for the parser of a command this process does not run: takes every option and keeps
    none (building all eleven commands' options costs an answer 5 ms of its start, issue 12)."""

    def __getattr__(self, name: str):
        return self._ignore

    def _ignore(self, *args, **kwargs) -> _Skipped:
        return self


class _Commands:
    """The subparsers action: every command's help wraps like the top level's; with a name, only
    that command's parser is built."""

    def __init__(self, sub, name: str | None) -> None:
        self.sub, self.name = sub, name

    def add_parser(self, name: str, **kwargs):
        if self.name is not None and name != self.name:
            return _Skipped()
        kwargs.setdefault("formatter_class", _Help)
        return self.sub.add_parser(name, **kwargs)


def parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line. only: build that command's options alone (it parses the same; the top
    level's --help and an unknown command need the whole parser)."""
    top = argparse.ArgumentParser(
        prog="netmatrix",
        formatter_class=_Help,
        epilog=EPILOG,
        allow_abbrev=False,
        description="Run network clients against port scenarios (closed, rejected, dropped, ...) in "
        "containers, and map what they print and exit with to the root cause.",
    )
    top.add_argument(
        "--version", action="version", version=f"netmatrix {__version__}", help="print the version and exit"
    )
    commands = top.add_subparsers(dest="command", metavar="COMMAND", required=True)
    sub = _Commands(commands, only)

    p = sub.add_parser(
        "setup",
        help="make sure an engine runs and the images are built",
        description="Find a Docker engine (DOCKER_HOST or the local socket); as root on "
        "Debian, install docker.io and start dockerd if none answers. Then "
        "build the base image offline if needed, the lab and the client image.",
    )
    p.add_argument("--image", default="debian-bookworm", help="image under test (default: %(default)s)")
    _add_catalog(p)

    p = sub.add_parser(
        "run",
        help="run the matrix for one image and save results",
        description="Run every client against every scenario of its protocol, each "
        "client in its own lab namespace, cells concurrently. Sets up the "
        "engine and images first if needed. Ctrl-C keeps finished cells "
        "(resume with --resume) and removes every container.",
    )
    p.add_argument(
        "--image",
        default="debian-bookworm",
        help="<family>-<suite>, e.g. debian-bookworm, debian-trixie (default: %(default)s)",
    )
    p.add_argument(
        "--profile",
        default="faithful",
        help="faithful (kernel defaults, 60 s timeouts) or fast (tests, CI); "
        "see scenarios.yaml (default: %(default)s)",
    )
    p.add_argument("--locale", default="C.UTF-8", help="LANG/LC_ALL of the clients (default: %(default)s)")
    _add_selection(p)
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=0,
        help="cells at once (default: all; most cells only wait on a timeout)",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        help="results file (default: <results folder>/<image>[.<locale>][.<profile>].json)",
    )
    _add_results(p, "folder the results file goes to")
    p.add_argument(
        "--resume",
        action="store_true",
        help="keep the cells an interrupted run saved (or a finished run's, but for its "
        "error cells), run only the rest",
    )
    _add_catalog(p)

    p = sub.add_parser(
        "run-all",
        help="regenerate every image and locale, one after the other",
        description="Run the matrix for each image × locale (default: the four Debian "
        "suites in C.UTF-8, and bookworm in fr_FR.UTF-8 and de_DE.UTF-8), "
        "showing which one is running and its progress. With --engine "
        "(repeatable), the runs are spread over those Docker engines, one "
        "run per engine at a time, images built on each; progress lines "
        "are prefixed by the engine, each run's results are saved as it "
        "finishes, and an engine that stops answering is reported and its "
        "runs (the interrupted one too) go to the others.",
        epilog="examples:\n"
        "  netmatrix run-all --profile fast\n"
        "  netmatrix run-all --engine ssh://ci@host-a --engine ssh://ci@host-b\n"
        "  netmatrix run-all --engine default --engine host-b   (docker contexts)\n"
        "  netmatrix run-all --images debian-trixie --extra '' -c curl,wget",
    )
    p.add_argument(
        "--images",
        type=_csv,
        default=list(ALL_IMAGES),
        metavar="IMAGE[,IMAGE]",
        help="images to run, <family>-<suite> (default: the four Debian suites)",
    )
    p.add_argument(
        "--locales",
        type=_csv,
        default=["C.UTF-8"],
        metavar="LOCALE[,LOCALE]",
        help="locales for every image (default: C.UTF-8)",
    )
    p.add_argument(
        "--extra",
        type=_csv,
        default=list(EXTRA_RUNS),
        metavar="IMAGE@LOCALE",
        help="further image@locale pairs (default: %(default)s)",
    )
    p.add_argument(
        "--profile",
        default="faithful",
        help="faithful (the reference) or fast; see scenarios.yaml (default: %(default)s)",
    )
    p.add_argument("--missing", action="store_true", help="skip those that already have results")
    _add_catalog(p)
    _add_selection(p)
    p.add_argument(
        "--engine",
        dest="engines",
        action="append",
        default=[],
        metavar="URL|CONTEXT",
        help="a Docker engine to run on: unix://, tcp://, ssh://user@host, or a docker "
        "context name (repeatable; default: DOCKER_HOST or the local socket)",
    )
    p.add_argument(
        "--results",
        metavar="DIR",
        type=Path,
        help="results directory to write (default: the project's results/)",
    )

    p = sub.add_parser(
        "merge",
        help="gather results files made elsewhere (CI artifacts, other hosts)",
        description="Read every results file under the given files or folders "
        "(recursively), check it with the results reader, and copy it into "
        "the results directory under the name its content calls for. "
        "Identical copies are kept once; a complete run beats a partial "
        "one of the same name; two different runs of the same name are a "
        "conflict. Any broken or conflicting file refuses the whole merge "
        "(one line per file, nothing written).",
        epilog="examples:\n  netmatrix merge artifacts/\n"
        "  netmatrix merge host-a/results host-b/results --output merged/\n"
        "  netmatrix merge artifacts/ --replace   (regenerated runs replace "
        "those in results/)",
    )
    p.add_argument("sources", nargs="+", type=Path, metavar="DIR", help="folders or files to gather")
    p.add_argument(
        "-o", "--output", type=Path, help="results directory to fill (default: the project's results/)"
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="a run that differs from the output's own copy replaces it (conflicts among "
        "the sources are still refused)",
    )

    p = sub.add_parser(
        "diff",
        help="what changed between two results",
        description="Cells whose exit code, message signature or duration class "
        "(< 2 s, 2–10 s, 10–60 s, ≥ 1 min, killed at cap) differ "
        "between two results: two images, two locales, two runs.",
        epilog="example: netmatrix diff debian-bullseye debian-trixie",
    )
    p.add_argument("a", metavar="RESULTS_A", help="results file or name, e.g. debian-bullseye")
    p.add_argument("b", metavar="RESULTS_B", help="the results to compare it with")
    _add_json(p)
    _add_results(p, "your own results, found beside the reference ones")
    _add_catalog(p)

    p = sub.add_parser(
        "html",
        help="write the static HTML reference",
        description="Write a self-contained static site (matrix, scenario, client and "
        "cell pages, error index, search) from every results file. Publish "
        "the folder on any static host, or open index.html. A folder "
        "written by an earlier `netmatrix html` is replaced whole; any "
        "other non-empty folder is refused.",
        epilog="examples:\n  netmatrix html -o site/ && xdg-open site/index.html\n"
        "  netmatrix html -o site/ && python3 -m http.server -d site 8000\n"
        "  rsync -a --delete site/ host:/var/www/netmatrix/",
    )
    p.add_argument(
        "-o", "--output", type=Path, default=Path("site"), help="folder to write (default: %(default)s/)"
    )
    _add_results(p, "your own results, published beside the reference ones")
    _add_catalog(p)

    p = sub.add_parser(
        "show",
        help="print a results matrix",
        description="Print the matrix: rows clients, columns scenarios; each cell the "
        "exit code, the key message line and the duration.",
    )
    p.add_argument(
        "name",
        nargs="?",
        metavar="RESULTS",
        help="results file or name, e.g. debian-trixie (default: debian-bookworm, else the first)",
    )
    p.add_argument(
        "--format",
        choices=("plain", "markdown", "json"),
        default="plain",
        help="plain tables that fit the terminal ($COLUMNS), markdown to paste, or json "
        "(same as --json) (default: %(default)s)",
    )
    _add_json(p)
    _add_selection(p)
    _add_results(p, "your own results, found beside the reference ones")
    _add_catalog(p)

    p = sub.add_parser(
        "lookup",
        help="what an exit code or a message means, from the matrix",
        description="With a client id: the documented meaning of its exit codes, then the "
        "causes the recorded matrix saw behind each. With text: every "
        "recorded message containing it (case and accents ignored), across "
        "clients, with its causes. The query reads like the site's search: "
        'a client id, "exit N" (or a number after the client) and '
        '"killed" are filters, the rest is text to find.',
        epilog='examples:\n  netmatrix lookup wget 4\n  netmatrix lookup "curl 28"\n'
        '  netmatrix lookup "exit 4"\n  netmatrix lookup curl\n'
        '  netmatrix lookup "Connection refused"\n'
        '  netmatrix lookup "wget refused"',
    )
    _completes(
        p.add_argument(
            "what",
            help="a client id (see clients.yaml), a query such as "
            '"curl 28" or "exit 4", or a message fragment',
        ),
        "client",
    )
    p.add_argument("exit_code", nargs="?", type=int, help="with a client: one exit code")
    _add_answer_options(p)

    p = sub.add_parser(
        "explain",
        help="rank the root causes behind pasted output",
        description="Read pasted output (argument, or stdin; curl's -w '%{json}' output "
        "too): the condition it reports (refused, timed out, no route to "
        "host, name not found ... in any client's words and locale), the "
        "client, exit code, duration, host and port when it names them. "
        "Then rank the causes by what the recorded matrix saw: a cause under "
        "which no client ever reported that condition is excluded; the exit "
        "code and the duration refine. When the output cannot tell the top "
        "causes apart it says AMBIGUOUS and prints the commands that would, "
        "with your host and port. Exit status: 0 matched, 3 no cause on "
        "record, 2 nothing to explain.",
        epilog='examples:\n  netmatrix explain "ssh: connect to host db port 22: '
        'Connection timed out"\n  curl -sv http://x:81 2>&1 | netmatrix explain '
        "--client curl --exit 7\n"
        "  curl -s -o /dev/null -w '%{json}' http://x:81 | netmatrix explain\n"
        "  netmatrix explain --client wget --exit 4 --duration 2m10s "
        '"failed: Connection timed out."',
    )
    p.add_argument("output", nargs="?", help="the output; read from stdin when left out")
    _completes(
        p.add_argument(
            "--client",
            help="the client that printed it (narrows the evidence; "
            "a client the catalog does not know is a warning, "
            "and is ignored)",
        ),
        "client",
    )
    p.add_argument("--exit", dest="exit_code", type=int, help="its exit code")
    p.add_argument(
        "--duration", metavar="TIME", help="how long it took to fail: 130, 130s, 2m10s, 250ms, 2:10"
    )
    _add_answer_options(p)

    p = sub.add_parser(
        "tell",
        help="which clients tell two root causes apart, and how",
        description="For two scenarios (causes), every client's recorded behaviour under "
        "each, those that differ first.",
        epilog="example: netmatrix tell tcp-closed tcp-reject",
    )
    _completes(p.add_argument("a", metavar="CAUSE_A", help="a scenario id, e.g. tcp-closed"), "scenario")
    _completes(p.add_argument("b", metavar="CAUSE_B", help="another, e.g. tcp-reject"), "scenario")
    _add_answer_options(p)

    p = sub.add_parser("selftest", help="start a lab and check every scenario behaves as declared")
    p.add_argument(
        "--profile", default="fast", help="the profile whose lab settings to check (default: %(default)s)"
    )
    _add_catalog(p)

    p = sub.add_parser(
        "clean",
        help="remove containers left by interrupted runs",
        description="Remove netmatrix containers whose run is gone; with --all, every "
        "netmatrix container, including those of runs in progress.",
    )
    p.add_argument(
        "--all",
        action="store_true",
        help="also the containers of runs still in progress (theirs too: careful)",
    )
    return top


def _complete(top: argparse.ArgumentParser) -> None:
    """Shell completion when argcomplete is installed (an optional extra): it answers the shell's
    request and exits here; otherwise nothing happens."""
    if "_ARGCOMPLETE" not in os.environ:
        return
    try:
        import argcomplete
    except ImportError:
        return
    argcomplete.autocomplete(top)


# Answers a person waits for, each a short process: the cyclic garbage collector only costs them
# (about 1.5 ms of an explain's 35, over the index's unpickling and the imports); exit frees all.
QUICK = frozenset({"lookup", "explain", "tell"})


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if argv is None and words and words[0] in QUICK:
        import gc

        gc.disable()
    completing = "_ARGCOMPLETE" in os.environ
    top = parser(words[0] if words and words[0] in COMMANDS and not completing else None)
    _complete(top)
    args = top.parse_args(argv)
    _received.clear()
    # A signal the caller chose to ignore (nohup, a background job's SIGINT) stays ignored.
    previous = {s: signal.signal(s, _on_signal) for s in SIGNALS if signal.getsignal(s) is not signal.SIG_IGN}
    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below, not at exit
        return code
    except BrokenPipeError:
        return _pipe_closed()
    except UsageError as exc:
        print(f"netmatrix: {exc}", file=sys.stderr)
        return USAGE
    except NetmatrixError as exc:
        print(f"netmatrix: {exc}", file=sys.stderr)
        return FAILED
    except KeyboardInterrupt as exc:
        print(f"netmatrix: interrupted ({exc or 'SIGINT'})", file=sys.stderr)
        return _exit_code(exc)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _pipe_closed() -> int:
    """The reader went away (`netmatrix show | head -1`): stop quietly. As Python's documentation on
    SIGPIPE advises, point stdout at devnull so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 128 + signal.SIGPIPE


# ---- commands ------------------------------------------------------------------------------------


def cmd_setup(args: argparse.Namespace) -> int:
    from . import engine, images

    cats = _catalogs(args)
    ref = images.ImageRef.parse(args.image)
    say = _say
    client = engine.ensure_engine(say)
    say(f"engine: Docker {client.version().get('Version')} on kernel {engine.kernel(client)}")
    say(f"lab image: {images.ensure_lab(client, say)}")
    say(f"client image: {images.ensure_client(client, ref, cats.clients.clients, say)}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from . import images, results, run
    from .progress import RichProgress

    cats = _catalogs(args)
    request = run.RunRequest(
        image=images.ImageRef.parse(args.image),
        profile=args.profile,
        locale=args.locale,
        clients=tuple(args.clients),
        scenarios=tuple(args.scenarios),
        jobs=args.jobs,
        output=args.output,
        resume=args.resume,
        results_dir=args.results,
    )
    cats.profile(args.profile)  # fail on a bad name before any work
    cats.select_clients(request.clients)
    cats.select_scenarios(request.scenarios)
    results.check_writable(request.output_path())
    try:
        with RichProgress() as progress:
            res = run.run(cats, request, progress)
    except KeyboardInterrupt as exc:
        print(
            f"netmatrix: interrupted ({exc or 'SIGINT'}); every container of the run was removed; "
            f"{run.interrupted_note(request)}",
            file=sys.stderr,
        )
        return _exit_code(exc)
    except NetmatrixError as exc:
        note = run.interrupted_note(request)
        print(f"netmatrix: {exc}\n{note}" if "--resume" in note else f"netmatrix: {exc}", file=sys.stderr)
        return USAGE if isinstance(exc, UsageError) else FAILED
    line, errors = _summary(res, request)
    print(line)
    print(f"see it with: netmatrix show {request.output_path()}")
    if errors:
        print(
            f"{errors} cells could not be measured (their notes say why); rerun just those "
            "with the same command and --resume",
            file=sys.stderr,
        )
    return 1 if errors else 0


def _summary(res, request) -> tuple[str, int]:
    """One run's line ("N cells in S s (… harness errors) → FILE") and its count of error cells:
    run and run-all say the same, and both fail when a cell could not be measured."""
    counts = {s: sum(1 for c in res.cells if c.status == s) for s in ("ran", "unavailable", "error")}
    line = (
        f"{len(res.cells)} cells in {res.run.wall_s:.0f} s ({counts['ran']} ran, "
        f"{counts['unavailable']} unavailable, {counts['error']} harness errors) → "
        f"{request.output_path()}"
    )
    return line, counts["error"]


def _resume_hint(request) -> str:
    locale = "" if request.locale == "C.UTF-8" else f" --locale {request.locale}"
    profile = "" if request.profile == "faithful" else f" --profile {request.profile}"
    return f"netmatrix run --image {request.image.name}{locale}{profile} --resume"


def cmd_run_all(args: argparse.Namespace) -> int:
    from . import images, results, run

    cats = _catalogs(args)
    cats.profile(args.profile)  # fail on a bad name before any work
    cats.select_clients(tuple(args.clients))
    cats.select_scenarios(tuple(args.scenarios))
    pairs = [(i, loc) for i in args.images for loc in args.locales]
    for extra in args.extra:
        image, sep, loc = extra.partition("@")
        if not sep:
            raise NetmatrixError(f"--extra takes IMAGE@LOCALE, not {extra!r}")
        if (image, loc) not in pairs:
            pairs.append((image, loc))
    directory = args.results or results.RESULTS_DIR
    requests = []
    for image, loc in pairs:
        request = run.RunRequest(
            image=images.ImageRef.parse(image),
            profile=args.profile,
            locale=loc,
            clients=tuple(args.clients),
            scenarios=tuple(args.scenarios),
            output=directory / results.file_name(image, loc, args.profile),
        )
        if args.missing and request.output_path().exists():
            _say(f"{image} {loc}: results exist, skipped")
            continue
        requests.append(request)
    if args.engines:
        return _run_on_engines(cats, requests, args.engines)
    return _run_one_by_one(cats, requests, args.profile)


def _run_one_by_one(cats, requests: list, profile: str) -> int:
    from . import run
    from .progress import RichProgress

    failed, unmeasured = [], []
    for n, request in enumerate(requests, 1):
        image, loc = request.image.name, request.locale
        _say(f"[{n}/{len(requests)}] {image} {loc} ({profile})")
        try:
            with RichProgress() as progress:
                res = run.run(cats, request, progress)
            line, errors = _summary(res, request)
            _say(f"    {line}")
            if errors:
                unmeasured.append(f"{image} {loc}: {errors} cells, rerun them with: {_resume_hint(request)}")
        except NetmatrixError as exc:
            _say(f"    failed: {exc}")
            failed.append(f"{image} {loc}")
    return _run_all_verdict(failed, unmeasured)


def _run_all_verdict(failed: list[str], unmeasured: list[str]) -> int:
    """run-all fails, as run does, when a run failed or left cells it could not measure."""
    if failed:
        _say(f"{len(failed)} failed: {', '.join(failed)}")
    if unmeasured:
        _say(f"{len(unmeasured)} run(s) left cells unmeasured (their notes say why):")
        for line in unmeasured:
            _say(f"  {line}")
    return 1 if failed or unmeasured else 0


def _run_on_engines(cats, requests: list, specs: list[str]) -> int:
    import dataclasses
    import time

    from . import engines, run
    from .progress import LineProgress

    found = [engines.resolve(spec) for spec in specs]
    seen: dict[str, str] = {}
    for eng in found:
        if eng.url in seen:
            raise NetmatrixError(
                f"--engine {eng.label} and --engine {seen[eng.url]} are the same "
                f"engine ({eng.url}): two runs on one engine time each other's load"
            )
        seen[eng.url] = eng.label
    by_name = {r.output_path().stem: r for r in requests}
    walls: dict[str, float] = {}
    unmeasured: list[str] = []

    def run_one(name: str, eng: engines.Engine) -> None:
        request = dataclasses.replace(by_name[name], engine=eng.url)
        res = run.run(cats, request, LineProgress(eng.label))
        walls[name] = res.run.wall_s
        line, errors = _summary(res, request)
        LineProgress(eng.label).say(f"{name}: {line}")
        if errors:
            unmeasured.append(f"{name}: {errors} cells, rerun them with: {_resume_hint(request)}")

    names = ", ".join(e.label for e in found)
    _say(f"{len(by_name)} run(s) over {len(found)} engine(s): {names}")
    t0 = time.monotonic()
    try:
        report = engines.distribute(
            list(by_name), found, run_one, lambda label, text: LineProgress(label).say(text)
        )
    except KeyboardInterrupt:
        removed = sum(engines.remove_containers_of(os.getpid(), e.url) for e in found)
        print(
            f"netmatrix: interrupted; removed {removed} container(s); finished cells are kept in "
            "<name>.partial.json files (finish with `netmatrix run --resume`)",
            file=sys.stderr,
        )
        return 130
    for label, why in report.failed_engines.items():
        _say(f"engine {label} failed: {why}")
    done = [r for r in report.runs if r.engine]
    _say(
        f"{len(done)}/{len(report.runs)} run(s) done in {time.monotonic() - t0:.0f} s"
        + "".join(
            f"\n  {r.name}: {r.engine}" + (f" (after {', '.join(r.tries[:-1])})" if len(r.tries) > 1 else "")
            for r in done
        )
    )
    failed = [r for r in report.runs if not r.engine]
    for r in failed:
        _say(f"  {r.name}: FAILED: {r.error}")
    return max(0 if report.ok else 1, _run_all_verdict([], sorted(unmeasured)))


def cmd_merge(args: argparse.Namespace) -> int:
    from . import merge, results

    output = args.output or results.RESULTS_DIR
    report = merge.merge(args.sources, output, replace=args.replace)
    for line in report.refused:
        print(f"netmatrix: refused: {line}", file=sys.stderr)
    if not report.ok:
        print(f"netmatrix: nothing merged ({len(report.refused)} file(s) refused)", file=sys.stderr)
        return 1
    for line in report.skipped:
        _say(f"skipped {line}")
    for path in report.removed:
        _say(f"removed {path} (a complete run replaces it)")
    for dest, src in report.written:
        _say(f"{src} → {dest}")
    print(f"merged {len(report.written)} file(s) into {output}/ ({len(report.skipped)} skipped)")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from . import diff, results

    cats = _catalogs(args)
    dirs = _results_dirs(args)
    a, b = (results.read(results.resolve(name, dirs)) for name in (args.a, args.b))
    print(diff.render(a, b, diff.compare(cats, a, b), "json" if args.json else "plain"))
    return 0


def cmd_html(args: argparse.Namespace) -> int:
    from . import results, sitegen

    if args.output.exists() and not args.output.is_dir():
        raise UsageError(f"{args.output} is a file; -o names the folder to write the site into")
    directories = _results_dirs(args)
    runs = results.load_all(directories)
    if not runs:
        raise NetmatrixError(f"no results in {' or '.join(map(str, directories))}; run `netmatrix run` first")
    pages = sitegen.build(args.output, _catalogs(args), runs)
    print(
        f"wrote {len(pages)} files to {args.output}/ — open {args.output / 'index.html'}, "
        "or publish the folder on any static host"
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from . import results, tables, views

    cats = _catalogs(args)
    res = results.read(results.resolve(args.name, _results_dirs(args)))
    cells = views.filter_views(views.cell_views(res, cats), tuple(args.clients), tuple(args.scenarios))
    fmt = "json" if args.json else args.format
    print(tables.render(res, cells, fmt, cats, _terminal_width() if fmt == "plain" else None))
    return 0


def _index(args: argparse.Namespace):
    from . import paths, xref

    directories = _results_dirs(args)
    folder = paths.catalog_dir(getattr(args, "catalog", None))
    catalog_files = [(folder if folder is not None else paths.DATA) / name for name in paths.CATALOG_FILES]

    def build():
        from . import results

        cats = _catalogs(args)
        runs = results.load_all(directories)
        if not runs:
            raise NetmatrixError(
                f"no results in {' or '.join(map(str, directories))}; run `netmatrix run` first"
            )
        return xref.Index.build(cats, runs)

    # From the cache when the catalogs, results and code it was built from have not changed.
    return xref.load(directories, catalog_files=catalog_files, build=build)


def cmd_lookup(args: argparse.Namespace) -> int:
    from . import answers, xref

    index = _index(args)
    fmt = "json" if args.json else "plain"
    known = index.clients() or list(index.client_infos)
    if args.what in index.client_infos:
        _answer(answers.lookup_client(index, args.what, args.exit_code, fmt), fmt)
        return OK
    q = xref.parse_query(args.what, index.client_infos)
    if args.exit_code is not None:
        if q.client is None:
            index.client_info(args.what)  # a code after something that is no client: say which are
        q = xref.Query(q.client, args.exit_code, q.killed, q.text)
    if q.client is not None and not q.text and not q.killed:
        _answer(answers.lookup_client(index, q.client, q.exit_code, fmt), fmt)
    elif not q.text and q.exit_code is None and not q.killed:
        raise UsageError(
            f"nothing to look up in {args.what!r}; give a client ({', '.join(known)}), "
            'an exit code ("exit 4", "curl 28") or a message fragment'
        )
    else:
        _answer(answers.lookup_text(index, q.text, fmt, q.client, q.exit_code, q.killed), fmt)
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from . import answers, xref

    if args.output is not None:
        text = args.output
    else:
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    if not text.strip():
        print(
            "netmatrix explain: error: nothing to explain: paste the output as an argument or on "
            'stdin, e.g. netmatrix explain "curl: (7) Failed to connect ..."',
            file=sys.stderr,
        )
        return USAGE
    duration = xref.parse_duration(args.duration) if args.duration is not None else None
    index = _index(args)
    ex = index.explain(text, client=args.client, exit_code=args.exit_code, duration_s=duration)
    for warning in ex.warnings:
        print(f"netmatrix: warning: {warning}", file=sys.stderr)
    fmt = "json" if args.json else "plain"
    _answer(answers.explain(index, ex, fmt), fmt)
    return OK if ex.matched else NO_MATCH


def cmd_tell(args: argparse.Namespace) -> int:
    from . import answers

    index = _index(args)
    fmt = "json" if args.json else "plain"
    _answer(answers.tell(index, args.a, args.b, index.tell(args.a, args.b), fmt), fmt)
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from tabulate import tabulate

    from . import engine, images, matrix, pods

    cats = _catalogs(args)
    client = engine.ensure_engine(_say)
    lab_image = images.ensure_lab(client, _say)
    session = pods.Session(run_id=f"selftest-{os.getpid()}", timeout=120)
    try:
        verdicts: list = []
        # Scenarios that need a namespace of their own (their own resolv.conf) get a lab of their own.
        for namespace, scenarios in matrix.by_namespace(cats.scenarios.scenarios).items():
            pod = pods.Pod.start(
                session,
                "-".join(filter(None, ("selftest", namespace))),
                lab_image,
                None,
                scenarios,
                cats.profile(args.profile),
            )
            verdicts += pod.selftest
        order = {s.id: i for i, s in enumerate(cats.scenarios.scenarios)}
        verdicts.sort(key=lambda v: order.get(v.scenario, len(order)))
    finally:
        session.cleanup()
    print(
        tabulate(
            [[v.scenario, v.expected, v.observed, v.detail] for v in verdicts],
            headers=["scenario", "expected", "observed", "detail"],
        )
    )
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    from . import engine, pods

    removed = pods.sweep(engine.connect(), everything=args.all)
    print(f"removed {removed} container(s)")
    return 0


def _answer(text: str, fmt: str) -> None:
    """Answers quote recorded output, which may hold terminal control bytes: print them escaped.
    A JSON answer carries its layout version first: {"format": 1, ...}."""
    from .terminal import for_terminal, versioned  # a leaf module: no pydantic on this path

    print(for_terminal(versioned(text) if fmt == "json" else text, fmt))


def _terminal_width() -> int | None:
    """$COLUMNS, else the terminal's width; None (no limit) when the output is not a terminal."""
    return _columns(0) or None


def _say(text: str) -> None:
    print(text, file=sys.stderr)


COMMANDS = {
    "setup": cmd_setup,
    "run": cmd_run,
    "run-all": cmd_run_all,
    "merge": cmd_merge,
    "diff": cmd_diff,
    "html": cmd_html,
    "show": cmd_show,
    "lookup": cmd_lookup,
    "explain": cmd_explain,
    "tell": cmd_tell,
    "selftest": cmd_selftest,
    "clean": cmd_clean,
}

if __name__ == "__main__":
    sys.exit(main())
