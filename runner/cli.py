"""The netmatrix command line: parses arguments, calls the library, prints, picks the exit code.

Nothing below this module prints or exits. Errors the user can fix are one line on stderr (exit 1),
bad arguments exit 2, Ctrl-C exits 130 after cleaning up; anything else keeps its traceback.
"""
from __future__ import annotations

import argparse
import os
import sys
import textwrap
from pathlib import Path
from collections.abc import Sequence

from . import __version__
from .errors import NetmatrixError

ALL_IMAGES = ("debian-bullseye", "debian-bookworm", "debian-trixie", "debian-sid")
EXTRA_RUNS = ("debian-bookworm@fr_FR.UTF-8", "debian-bookworm@de_DE.UTF-8")

EPILOG = """\
examples:
  netmatrix setup                           install/start the engine, build images (idempotent)
  netmatrix run                             the reference matrix: debian-bookworm, faithful profile
  netmatrix run --profile fast -c curl,wget quick look at two clients
  netmatrix show                            print the reference matrix
  netmatrix show --client curl --format markdown
  netmatrix lookup wget 4                   what wget's exit 4 means, and the causes seen behind it
  netmatrix explain "curl: (7) Failed ..."  rank the causes behind a pasted error
  netmatrix html -o site/                   the static HTML reference, for any static host

Results go to results/<image>[.<locale>][.<profile>].json (see README.md for the schema).
"""


class _Help(argparse.HelpFormatter):
    """Wraps prose to the terminal, keeps indented lines (examples) exactly as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        out = []
        for line in text.splitlines():
            if line.startswith(" ") or not line:
                out.append(indent + line)
            else:
                out.extend(textwrap.wrap(line, width, initial_indent=indent, subsequent_indent=indent))
        return "\n".join(out)


def _csv(value: str) -> list[str]:
    return [v for v in value.split(",") if v]


def _add_selection(p: argparse.ArgumentParser) -> None:
    p.add_argument("-c", "--client", dest="clients", type=_csv, action="extend", default=[],
                   metavar="ID[,ID]", help="only these clients (repeatable; default: all)")
    p.add_argument("-s", "--scenario", dest="scenarios", type=_csv, action="extend", default=[],
                   metavar="ID[,ID]", help="only these scenarios (repeatable; default: all)")


def _add_answer_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="JSON for scripts")
    p.add_argument("--results", metavar="DIR", type=Path,
                   help="results directory to read (default: the project's results/)")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="netmatrix", formatter_class=_Help, epilog=EPILOG,
        description="Run network clients against port scenarios (closed, rejected, dropped, ...) in "
                    "containers, and map what they print and exit with to the root cause.")
    top.add_argument("--version", action="version", version=f"netmatrix {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("setup", help="make sure an engine runs and the images are built",
                       description="Find a Docker engine (DOCKER_HOST or the local socket); as root on "
                                   "Debian, install docker.io and start dockerd if none answers. Then "
                                   "build the base image offline if needed, the lab and the client image.")
    p.add_argument("--image", default="debian-bookworm", help="image under test (default: %(default)s)")

    p = sub.add_parser("run", help="run the matrix for one image and save results",
                       formatter_class=_Help,
                       description="Run every client against every scenario of its protocol, each "
                                   "client in its own lab namespace, cells concurrently. Sets up the "
                                   "engine and images first if needed. Ctrl-C keeps finished cells "
                                   "(resume with --resume) and removes every container.")
    p.add_argument("--image", default="debian-bookworm",
                   help="<family>-<suite>, e.g. debian-bookworm, debian-trixie (default: %(default)s)")
    p.add_argument("--profile", default="faithful",
                   help="faithful (kernel defaults, 60 s timeouts) or fast (tests, CI); "
                        "see scenarios.yaml (default: %(default)s)")
    p.add_argument("--locale", default="C.UTF-8", help="LANG/LC_ALL of the clients (default: %(default)s)")
    _add_selection(p)
    p.add_argument("-j", "--jobs", type=int, default=0,
                   help="cells at once (default: all; most cells only wait on a timeout)")
    p.add_argument("-o", "--output", type=Path, help="results file (default: results/<name>.json)")
    p.add_argument("--resume", action="store_true",
                   help="keep the cells an interrupted run saved, run only the rest")

    p = sub.add_parser("run-all", help="regenerate every image and locale, one after the other",
                       description="Run the matrix for each image × locale (default: the four Debian "
                                   "suites in C.UTF-8, and bookworm in fr_FR.UTF-8 and de_DE.UTF-8), "
                                   "showing which one is running and its progress.")
    p.add_argument("--images", type=_csv, default=list(ALL_IMAGES), metavar="IMAGE[,IMAGE]")
    p.add_argument("--locales", type=_csv, default=["C.UTF-8"], metavar="LOCALE[,LOCALE]",
                   help="locales for every image (default: C.UTF-8)")
    p.add_argument("--extra", type=_csv, default=list(EXTRA_RUNS), metavar="IMAGE@LOCALE",
                   help="further image@locale pairs (default: %(default)s)")
    p.add_argument("--profile", default="faithful")
    p.add_argument("--missing", action="store_true", help="skip those that already have results")

    p = sub.add_parser("diff", help="what changed between two results",
                       description="Cells whose exit code, message signature or duration class "
                                   "(< 2 s, 2–10 s, 10–60 s, ≥ 1 min, killed at cap) differ "
                                   "between two results: two images, two locales, two runs.",
                       epilog="example: netmatrix diff debian-bullseye debian-trixie")
    p.add_argument("a", metavar="RESULTS_A")
    p.add_argument("b", metavar="RESULTS_B")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("html", help="write the static HTML reference",
                       description="Write a self-contained static site (matrix, scenario, client and "
                                   "cell pages, error index, search) from every results file. Publish "
                                   "the folder on any static host, or open index.html. A folder "
                                   "written by an earlier `netmatrix html` is replaced whole; any "
                                   "other non-empty folder is refused.",
                       epilog="examples:\n  netmatrix html -o site/ && xdg-open site/index.html\n"
                              "  netmatrix html -o site/ && python3 -m http.server -d site 8000\n"
                              "  rsync -a --delete site/ host:/var/www/netmatrix/",
                       formatter_class=_Help)
    p.add_argument("-o", "--output", type=Path, default=Path("site"),
                   help="folder to write (default: %(default)s/)")
    p.add_argument("--results", metavar="DIR", type=Path,
                   help="results directory to read (default: the project's results/)")

    p = sub.add_parser("show", help="print a results matrix",
                       description="Print the matrix: rows clients, columns scenarios; each cell the "
                                   "exit code, the key message line and the duration.")
    p.add_argument("results", nargs="?",
                   help="results file or image name (default: debian-bookworm, else the first)")
    p.add_argument("--format", choices=("plain", "markdown", "json"), default="plain")
    _add_selection(p)

    p = sub.add_parser("lookup", help="what an exit code or a message means, from the matrix",
                       formatter_class=_Help,
                       description="With a client id: the documented meaning of its exit codes, then the "
                                   "causes the recorded matrix saw behind each. With text: every "
                                   "recorded message containing it (case and accents ignored), across "
                                   "clients, with its causes.",
                       epilog="examples:\n  netmatrix lookup wget 4\n  netmatrix lookup curl\n"
                              "  netmatrix lookup \"Connection refused\"")
    p.add_argument("what", help="a client id (see clients.yaml) or a message fragment")
    p.add_argument("exit_code", nargs="?", type=int, help="with a client: one exit code")
    _add_answer_options(p)

    p = sub.add_parser("explain", help="rank the root causes behind pasted output",
                       formatter_class=_Help,
                       description="Match pasted output (argument, or stdin) against every recorded "
                                   "cell and rank the causes. When the top causes cannot be told apart "
                                   "from this output, name the commands that would tell them apart.",
                       epilog="examples:\n  netmatrix explain \"ssh: connect to host db port 22: "
                              "Connection timed out\"\n  curl -sv http://x:81 2>&1 | netmatrix explain "
                              "--client curl --exit 7")
    p.add_argument("output", nargs="?", help="the output; read from stdin when left out")
    p.add_argument("--client", help="the client that printed it (narrows the evidence)")
    p.add_argument("--exit", dest="exit_code", type=int, help="its exit code")
    _add_answer_options(p)

    p = sub.add_parser("tell", help="which clients tell two root causes apart, and how",
                       description="For two scenarios (causes), every client's recorded behaviour under "
                                   "each, those that differ first.",
                       epilog="example: netmatrix tell tcp-closed tcp-reject")
    p.add_argument("a", metavar="CAUSE_A")
    p.add_argument("b", metavar="CAUSE_B")
    _add_answer_options(p)

    p = sub.add_parser("selftest", help="start a lab and check every scenario behaves as declared")
    p.add_argument("--profile", default="fast")

    p = sub.add_parser("clean", help="remove containers left by interrupted runs",
                       description="Remove netmatrix containers whose run is gone; with --all, every "
                                   "netmatrix container, including those of runs in progress.")
    p.add_argument("--all", action="store_true")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except NetmatrixError as exc:
        print(f"netmatrix: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("netmatrix: interrupted", file=sys.stderr)
        return 130


# ---- commands ------------------------------------------------------------------------------------


def cmd_setup(args: argparse.Namespace) -> int:
    from . import catalog, engine, images

    cats = catalog.load()
    ref = images.ImageRef.parse(args.image)
    say = _say
    client = engine.ensure_engine(say)
    say(f"engine: Docker {client.version().get('Version')} on kernel {engine.kernel(client)}")
    say(f"lab image: {images.ensure_lab(client, say)}")
    say(f"client image: {images.ensure_client(client, ref, cats.clients.clients, say)}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from . import catalog, images, run
    from .progress import RichProgress

    cats = catalog.load()
    request = run.RunRequest(image=images.ImageRef.parse(args.image), profile=args.profile,
                             locale=args.locale, clients=tuple(args.clients),
                             scenarios=tuple(args.scenarios), jobs=args.jobs, output=args.output,
                             resume=args.resume)
    cats.profile(args.profile)  # fail on a bad name before any work
    cats.select_clients(request.clients)
    cats.select_scenarios(request.scenarios)
    try:
        with RichProgress() as progress:
            res = run.run(cats, request, progress)
    except KeyboardInterrupt:
        print(f"netmatrix: interrupted; {run.interrupted_note(request)}", file=sys.stderr)
        return 130
    except NetmatrixError as exc:
        note = run.interrupted_note(request)
        print(f"netmatrix: {exc}\n{note}" if "--resume" in note else f"netmatrix: {exc}",
              file=sys.stderr)
        return 1
    counts = {s: sum(1 for c in res.cells if c.status == s) for s in ("ran", "unavailable", "error")}
    print(f"{len(res.cells)} cells in {res.run.wall_s:.0f} s ({counts['ran']} ran, "
          f"{counts['unavailable']} unavailable, {counts['error']} harness errors) → "
          f"{request.output_path()}")
    print(f"see it with: netmatrix show {request.output_path().stem}")
    return 1 if counts["error"] else 0


def cmd_run_all(args: argparse.Namespace) -> int:
    from . import catalog, images, run
    from .progress import RichProgress

    cats = catalog.load()
    pairs = [(i, loc) for i in args.images for loc in args.locales]
    for extra in args.extra:
        image, sep, loc = extra.partition("@")
        if not sep:
            raise NetmatrixError(f"--extra takes IMAGE@LOCALE, not {extra!r}")
        if (image, loc) not in pairs:
            pairs.append((image, loc))
    failed = []
    for n, (image, loc) in enumerate(pairs, 1):
        request = run.RunRequest(image=images.ImageRef.parse(image), profile=args.profile, locale=loc)
        if args.missing and request.output_path().exists():
            _say(f"[{n}/{len(pairs)}] {image} {loc}: results exist, skipped")
            continue
        _say(f"[{n}/{len(pairs)}] {image} {loc} ({args.profile})")
        try:
            with RichProgress() as progress:
                res = run.run(cats, request, progress)
            _say(f"    {len(res.cells)} cells in {res.run.wall_s:.0f} s → {request.output_path()}")
        except NetmatrixError as exc:
            _say(f"    failed: {exc}")
            failed.append(f"{image} {loc}")
    if failed:
        _say(f"{len(failed)} failed: {', '.join(failed)}")
        return 1
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from . import catalog, diff, results

    cats = catalog.load()
    a, b = (results.read(results.resolve(name)) for name in (args.a, args.b))
    print(diff.render(a, b, diff.compare(cats, a, b), "json" if args.json else "plain"))
    return 0


def cmd_html(args: argparse.Namespace) -> int:
    from . import catalog, results, sitegen

    directory = args.results or results.RESULTS_DIR
    runs = results.load_all(directory)
    if not runs:
        raise NetmatrixError(f"no results in {directory}; run `netmatrix run` first")
    pages = sitegen.build(args.output, catalog.load(), runs)
    print(f"wrote {len(pages)} files to {args.output}/ — open {args.output / 'index.html'}, "
          "or publish the folder on any static host")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from . import catalog, results, tables, views

    cats = catalog.load()
    res = results.read(results.resolve(args.results))
    cells = views.filter_views(views.cell_views(res, cats), tuple(args.clients), tuple(args.scenarios))
    print(tables.render(res, cells, args.format, cats))
    return 0


def _index(args: argparse.Namespace):
    from . import catalog, results, xref

    cats = catalog.load()
    directory = args.results or results.RESULTS_DIR
    runs = results.load_all(directory)
    if not runs:
        raise NetmatrixError(f"no results in {directory}; run `netmatrix run` first")
    return xref.Index.build(cats, runs)


def cmd_lookup(args: argparse.Namespace) -> int:
    from . import answers

    index = _index(args)
    fmt = "json" if args.json else "plain"
    known = {c.id for c in index.catalogs.clients.clients}
    if args.what in known:
        print(answers.lookup_client(index, args.what, args.exit_code, fmt))
    elif args.exit_code is not None:
        index.catalogs.client(args.what)  # a code after something that is no client: say which are
    else:
        print(answers.lookup_text(index, args.what, fmt))
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from . import answers

    text = args.output if args.output is not None else sys.stdin.read()
    index = _index(args)
    ex = index.explain(text, client=args.client, exit_code=args.exit_code)
    print(answers.explain(index, ex, "json" if args.json else "plain"))
    return 0 if ex.matched else 3


def cmd_tell(args: argparse.Namespace) -> int:
    from . import answers

    index = _index(args)
    print(answers.tell(index, args.a, args.b, index.tell(args.a, args.b),
                       "json" if args.json else "plain"))
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from tabulate import tabulate

    from . import catalog, engine, images, matrix, pods

    cats = catalog.load()
    client = engine.ensure_engine(_say)
    lab_image = images.ensure_lab(client, _say)
    session = pods.Session(run_id=f"selftest-{os.getpid()}", timeout=120)
    try:
        verdicts = []
        # Scenarios that need a namespace of their own (their own resolv.conf) get a lab of their own.
        for namespace, scenarios in matrix.by_namespace(cats.scenarios.scenarios).items():
            pod = pods.Pod.start(session, "-".join(filter(None, ("selftest", namespace))),
                                 lab_image, None, scenarios, cats.profile(args.profile))
            verdicts += pod.selftest
        order = {s.id: i for i, s in enumerate(cats.scenarios.scenarios)}
        verdicts.sort(key=lambda v: order.get(v.scenario, len(order)))
    finally:
        session.cleanup()
    print(tabulate([[v.scenario, v.expected, v.observed, v.detail] for v in verdicts],
                   headers=["scenario", "expected", "observed", "detail"]))
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    from . import engine, pods

    removed = pods.sweep(engine.connect(), everything=args.all)
    print(f"removed {removed} container(s)")
    return 0


def _say(text: str) -> None:
    print(text, file=sys.stderr)


COMMANDS = {"setup": cmd_setup, "run": cmd_run, "run-all": cmd_run_all, "diff": cmd_diff,
            "html": cmd_html, "show": cmd_show, "lookup": cmd_lookup,
            "explain": cmd_explain, "tell": cmd_tell, "selftest": cmd_selftest, "clean": cmd_clean}

if __name__ == "__main__":
    sys.exit(main())
