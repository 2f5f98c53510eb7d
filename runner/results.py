"""Read and write results/*.json: a versioned format, written atomically.

Results file names: `<image>[.<locale>][.<profile>].json`, where the default locale (C.UTF-8) and the
reference profile (faithful) are left out: results/debian-bookworm.json is the reference matrix,
results/debian-bookworm.fr_FR.json its French twin, results/debian-bookworm.fast.json a fast run.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from .catalog import ROOT
from .errors import ResultsError
from .models import Results

FORMAT = 1
RESULTS_DIR = ROOT / "results"
DEFAULT_LOCALE = "C.UTF-8"
REFERENCE_PROFILE = "faithful"


def file_name(image: str, locale: str = DEFAULT_LOCALE, profile: str = REFERENCE_PROFILE) -> str:
    parts = [image]
    if locale != DEFAULT_LOCALE:
        parts.append(locale.split(".")[0])
    if profile != REFERENCE_PROFILE:
        parts.append(profile)
    return ".".join(parts) + ".json"


def dumps(results: Results) -> str:
    return json.dumps(results.model_dump(mode="json"), indent=1, ensure_ascii=False) + "\n"


def write(results: Results, path: Path) -> None:
    """Write atomically: a reader (or an interrupted run) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
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
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ResultsError(f"{path}: cannot read: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise ResultsError(f"{path}:{exc.lineno}: not JSON: {exc.msg}") from None
    version = data.get("format") if isinstance(data, dict) else None
    if version != FORMAT:
        raise ResultsError(f"{path}: results format {version!r}; this netmatrix reads format {FORMAT} "
                           "(regenerate it with `netmatrix run`, or use the netmatrix that wrote it)")
    try:
        return Results.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ResultsError(f"{path}: {where}: {first['msg']}") from None


def available(directory: Path = RESULTS_DIR) -> list[Path]:
    """Every finished results file, reference ones first (shortest names), then by name."""
    files = [p for p in directory.glob("*.json") if not p.name.startswith(".")
             and ".partial." not in p.name]
    return sorted(files, key=lambda p: (p.name.count("."), p.name))


def resolve(name: str | None, directory: Path = RESULTS_DIR) -> Path:
    """A results file from a path, a file name or an image name; by default the reference one.

    The default is debian-bookworm's faithful C-locale matrix when present, else the first file.
    """
    if name:
        for candidate in (Path(name), directory / name, directory / f"{name}.json"):
            if candidate.is_file():
                return candidate
        names = ", ".join(p.stem for p in available(directory)) or "none yet (run `netmatrix run`)"
        raise ResultsError(f"no results named {name!r}; available: {names}")
    files = available(directory)
    if not files:
        raise ResultsError(f"no results in {directory}; run `netmatrix run` first")
    preferred = directory / file_name("debian-bookworm")
    return preferred if preferred in files else files[0]


def load_all(directory: Path = RESULTS_DIR) -> list[Results]:
    return [read(p) for p in available(directory)]

