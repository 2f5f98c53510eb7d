"""Where netmatrix finds its files: the one module that knows (issue 13).

Two layouts, one answer:
- a source checkout (editable install, or running from the clone): the catalogs, results/ and
  containers/ at the repository root, beside the runner/ folder that holds this module;
- an installed wheel: copies of them in the package itself, netmatrix/_data/ (setup.py puts them
  there), as plain files beside this module.

The site's templates and static files are package data in both (netmatrix/sitefiles/).

Results come from two places, read side by side: the *reference* results that ship with netmatrix
(the checkout's results/, or _data/results), and the user's own runs, which `run` writes to
`--results DIR`, else $NETMATRIX_RESULTS, else results/ in a checkout (the project commits them),
else $XDG_DATA_HOME/netmatrix/results (~/.local/share/netmatrix/results).
"""

from __future__ import annotations

import os
from pathlib import Path

CATALOG_ENV = "NETMATRIX_CATALOG"  # a folder holding clients.yaml and scenarios.yaml
RESULTS_ENV = "NETMATRIX_RESULTS"  # the folder the user's own runs go to (and are read from)
CATALOG_FILES = ("clients.yaml", "scenarios.yaml")

_PACKAGE = Path(__file__).resolve().parent


def _checkout() -> Path | None:
    """The repository root when this module runs from a source checkout, else None."""
    root = _PACKAGE.parent
    if all((root / name).is_file() for name in (*CATALOG_FILES, "pyproject.toml")):
        return root
    return None


def _shipped() -> Path:
    # A wheel installed by pip is plain files beside this module (docker builds and globbing need
    # real paths; a zipped install is not supported), so importlib.resources is not needed: its
    # import costs an answer 4 ms of its start (issue 12).
    return _PACKAGE / "_data"


CHECKOUT = _checkout()
DATA = CHECKOUT or _shipped()  # holds clients.yaml, scenarios.yaml, results/, containers/
CLIENTS_FILE = DATA / "clients.yaml"
SCENARIOS_FILE = DATA / "scenarios.yaml"
CONTAINERS = DATA / "containers"
REFERENCE_RESULTS = DATA / "results"
SITEFILES = _PACKAGE / "sitefiles"
TEMPLATES = SITEFILES / "templates"
STATIC = SITEFILES / "static"


def user_results(explicit: Path | str | None = None) -> Path:
    """The folder the user's own runs go to: `explicit` (--results), $NETMATRIX_RESULTS, results/ in a
    checkout, else the XDG data directory."""
    chosen = explicit or os.environ.get(RESULTS_ENV)
    if chosen:
        return Path(chosen).expanduser()
    if CHECKOUT is not None:
        return REFERENCE_RESULTS
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "netmatrix" / "results"


def results_dirs(explicit: Path | str | None = None) -> list[Path]:
    """The folders answers read, the shipped reference first, then the user's own (which wins when
    both hold a file of the same name); one entry when they are the same folder."""
    mine = user_results(explicit)
    dirs = [REFERENCE_RESULTS]
    if mine.resolve() != REFERENCE_RESULTS.resolve():
        dirs.append(mine)
    return dirs


def catalog_dir(explicit: Path | str | None = None) -> Path | None:
    """The folder named by --catalog or $NETMATRIX_CATALOG; None for the shipped catalogs."""
    chosen = explicit or os.environ.get(CATALOG_ENV)
    return Path(chosen) if chosen else None
