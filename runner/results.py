"""Read and write results/*.json: a versioned format, written atomically.

Results file names: `<image>[.<locale>][.<profile>].json`, where the default locale (C.UTF-8) and the
reference profile (faithful) are left out: results/debian-bookworm.json is the reference matrix,
results/debian-bookworm.fr_FR.json its French twin, results/debian-bookworm.fast.json a fast run.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from . import paths
from .errors import ResultsError
from .models import Results

FORMAT = 1
# Where runs are written by default (see paths.py); readers take paths.results_dirs(): the shipped
# reference results and the user's own, side by side.
RESULTS_DIR = paths.user_results()
DEFAULT_LOCALE = "C.UTF-8"
REFERENCE_PROFILE = "faithful"
ORPHAN_AGE = 60.0  # seconds: a temporary file this old belongs to a save that was killed
# Names a results file carries that become parts of paths (site pages, file names): ids as the
# catalogs write them, and locales (fr_FR.UTF-8). Nothing with a slash, nothing starting with a dot.
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$")


def file_name(image: str, locale: str = DEFAULT_LOCALE, profile: str = REFERENCE_PROFILE) -> str:
    parts = [image]
    if locale != DEFAULT_LOCALE:
        parts.append(locale.split(".")[0])
    if profile != REFERENCE_PROFILE:
        parts.append(profile)
    return ".".join(parts) + ".json"


def dumps(results: Results) -> str:
    return json.dumps(results.model_dump(mode="json"), indent=1, ensure_ascii=False) + "\n"


def check_writable(path: Path) -> None:
    """ResultsError unless `path` can be written as a results file (checked before a run, not after)."""
    if path.is_dir():
        raise ResultsError(f"{path} is a directory; give a file name, e.g. {path / 'results.json'}")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ResultsError(
            f"cannot create {folder} for {path.name}: {exc.strerror}; choose another --output"
        ) from None
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ResultsError(f"cannot write {path}: permission denied; choose another --output")


def remove_orphans(folder: Path) -> int:
    """Remove the temporary files of saves that were killed halfway (old .tmp-*.json)."""
    removed = 0
    for tmp in folder.glob(".tmp-*.json"):
        try:
            if time.time() - tmp.stat().st_mtime > ORPHAN_AGE:
                tmp.unlink()
                removed += 1
        except OSError:
            pass  # gone already, or not ours to remove
    return removed


def write(results: Results, path: Path) -> None:
    """Write atomically: a reader (or an interrupted run) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_orphans(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp's 0600 would make committed results private
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(dumps(results))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read(path: Path) -> Results:
    """Read a results file: data from elsewhere (CI artifacts, other people's runs), so everything in
    it is checked here, once, and every failure is one ResultsError line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ResultsError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ResultsError(f"{path}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None
    except json.JSONDecodeError as exc:
        raise ResultsError(f"{path}:{exc.lineno}: not JSON: {exc.msg}") from None
    except ValueError as exc:  # _no_constant
        raise ResultsError(f"{path}: {exc}") from None
    except RecursionError:
        raise ResultsError(f"{path}: nested too deeply to be a results file") from None
    version = data.get("format") if isinstance(data, dict) else None
    if version != FORMAT:
        raise ResultsError(
            f"{path}: results format {version!r}; this netmatrix reads format {FORMAT} "
            "(regenerate it with `netmatrix run`, or use the netmatrix that wrote it)"
        )
    try:
        results = Results.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ResultsError(f"{path}: {where}: {first['msg']}") from None
    _check_names(path, results)
    return results


def _no_constant(name: str) -> None:
    raise ValueError(f"holds {name}, which is not JSON (a results file never has it)")


def safe_name(value: str, what: str, where: str = "") -> str:
    """`value` if it can be part of a path (no /, no leading dot, no control bytes), else ResultsError."""
    if not NAME.match(value) or ".." in value:
        raise ResultsError(
            f"{where + ': ' if where else ''}{what} {value[:80]!r} is not a name "
            "netmatrix writes (letters, digits, . _ - only); the file was not written "
            "by netmatrix or was altered"
        )
    return value


def _check_names(path: Path, res: Results) -> None:
    """Every name that later becomes a file or page name, checked where untrusted data comes in."""
    where = str(path)
    r = res.run
    for what, value in (
        ("run.image", r.image),
        ("run.family", r.family),
        ("run.suite", r.suite),
        ("run.profile", r.profile),
        ("run.locale", r.locale),
    ):
        safe_name(value, what, where)
    for name in r.client_versions:
        safe_name(name, "run.client_versions key", where)
    for verdict in r.selftest:
        safe_name(verdict.scenario, "run.selftest scenario", where)
    for i, cell in enumerate(res.cells):
        safe_name(cell.client, f"cells.{i}.client", where)
        safe_name(cell.scenario, f"cells.{i}.scenario", where)


Dirs = Path | Sequence[Path] | None


def _dirs(directory: Dirs) -> list[Path]:
    if directory is None:
        return paths.results_dirs()
    return [directory] if isinstance(directory, Path) else list(directory)


def available(directory: Dirs = None) -> list[Path]:
    """Every finished results file, reference ones first (shortest names), then by name.

    `directory` is one folder or several (default: the shipped reference and the user's own runs);
    a file in a later folder hides one of the same name in an earlier one (your own run of
    debian-bookworm replaces the shipped one)."""
    by_name: dict[str, Path] = {}
    for folder in _dirs(directory):
        for p in folder.glob("*.json"):
            if not p.name.startswith(".") and ".partial." not in p.name:
                by_name[p.name] = p
    return sorted(by_name.values(), key=lambda p: (p.name.count("."), p.name))


def resolve(name: str | None, directory: Dirs = None) -> Path:
    """A results file from a path, a file name or an image name; by default the reference one.

    The default is debian-bookworm's faithful C-locale matrix when present, else the first file.
    """
    files = available(directory)
    if name:
        if Path(name).is_file():
            return Path(name)
        for candidate in files:
            if name in (candidate.name, candidate.stem):
                return candidate
        names = ", ".join(p.stem for p in files) or "none yet (run `netmatrix run`)"
        raise ResultsError(f"no results named {name!r}; available: {names}")
    if not files:
        where = " or ".join(str(d) for d in _dirs(directory))
        raise ResultsError(f"no results in {where}; run `netmatrix run` first")
    preferred = [p for p in files if p.name == file_name("debian-bookworm")]
    return preferred[0] if preferred else files[0]


def load_all(directory: Dirs = None) -> list[Results]:
    return [read(p) for p in available(directory)]
