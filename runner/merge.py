"""Gather results files produced elsewhere (CI artifacts, other machines) into one results directory.

Every file is read with the project's own reader (format version, schema), then placed under the name
its content calls for (`<image>[.<locale>][.<profile>].json`), whatever it was called on the way.
The rules, decided once so that a merge never silently picks a winner:

- identical content under one name (byte-for-byte after parsing): kept once, the others skipped;
- two different complete runs under one name: a conflict, refused (unless the output's own copy is
  the only other one and `replace` is set: that is a regeneration);
- a complete run beats a partial (interrupted) run of the same name: the partial is skipped, and a
  partial left in the output by an interrupted run is removed;
- a partial run with no complete one is kept as `<name>.partial.json`, which the reading commands
  ignore and `netmatrix run --resume` continues;
- nothing is written unless every file is accepted: one broken or conflicting file refuses the merge,
  each named on its own line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterable, Sequence

from . import results
from .errors import ResultsError
from .models import Results


@dataclass(frozen=True)
class Found:
    path: Path
    res: Results
    text: str  # canonical serialisation: what "identical" compares

    @property
    def name(self) -> str:
        run = self.res.run
        return results.file_name(run.image, run.locale, run.profile)

    @property
    def complete(self) -> bool:
        return self.res.run.complete


@dataclass
class MergeReport:
    written: list[tuple[Path, Path]] = field(default_factory=list)  # (destination, source)
    removed: list[Path] = field(default_factory=list)  # partials superseded by a complete run
    skipped: list[str] = field(default_factory=list)  # one line each: file and why
    refused: list[str] = field(default_factory=list)  # one line each: file and why

    @property
    def ok(self) -> bool:
        return not self.refused


def candidates(sources: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """Every results-like file under the sources (recursively), and one line per missing source."""
    files: list[Path] = []
    missing: list[str] = []
    for src in sources:
        if src.is_file():
            files.append(src)
        elif src.is_dir():
            files.extend(
                sorted(
                    p
                    for p in src.rglob("*.json")
                    if p.is_file() and not any(part.startswith(".") for part in p.relative_to(src).parts)
                )
            )
        else:
            missing.append(f"{src}: no such file or directory")
    return files, missing


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _load(path: Path) -> Found:
    res = results.read(path)
    return Found(path, res, results.dumps(res))


def plan(sources: Sequence[Path], output: Path, replace: bool = False) -> tuple[MergeReport, dict]:
    """Decide every file's fate without writing anything: (report, {destination: Found})."""
    report = MergeReport()
    files, report.refused = candidates(sources)
    out_resolved = output.resolve()
    found: list[Found] = []
    for path in files:
        if path.resolve().parent == out_resolved:
            continue  # the output's own files are compared below, not merged into themselves
        try:
            found.append(_load(path))
        except ResultsError as exc:
            report.refused.append(_one_line(str(exc)))
    by_name: dict[str, list[Found]] = {}
    for f in found:
        by_name.setdefault(f.name, []).append(f)

    writes: dict[Path, Found] = {}
    for name, group in sorted(by_name.items()):
        dest = output / name
        dest_partial = run_partial(dest)
        existing = _existing(dest, report)
        existing_partial = _existing(dest_partial, report)
        complete = _distinct([f for f in group if f.complete], report, name)
        partial = _distinct([f for f in group if not f.complete], report, name)
        if complete is not None:
            for f in group:
                if not f.complete:
                    report.skipped.append(
                        f"{f.path}: partial run; the complete {name} from {complete.path} is kept"
                    )
            if existing is not None and existing.text == complete.text:
                report.skipped.append(f"{complete.path}: identical to {dest}")
            elif existing is not None and existing.complete and not replace:
                report.refused.append(
                    f"{complete.path}: conflicts with {dest} (both are {name}, "
                    "contents differ; --replace to take the new one)"
                )
            else:
                writes[dest] = complete
            if existing_partial is not None:
                report.removed.append(dest_partial)
        elif partial is not None:
            if existing is not None and existing.complete:
                report.skipped.append(f"{partial.path}: partial run; {dest} is complete")
            elif existing_partial is not None and existing_partial.text == partial.text:
                report.skipped.append(f"{partial.path}: identical to {dest_partial}")
            elif existing_partial is not None and not replace:
                report.refused.append(
                    f"{partial.path}: conflicts with {dest_partial} (both are "
                    f"partial {name}, contents differ; --replace to take the new one)"
                )
            else:
                writes[dest_partial] = partial
    return report, writes


def run_partial(dest: Path) -> Path:
    return dest.with_name(dest.stem + ".partial.json")


def _existing(path: Path, report: MergeReport) -> Found | None:
    if not path.exists():
        return None
    try:
        return _load(path)
    except ResultsError as exc:
        report.refused.append(_one_line(f"{exc} (already in the output; move it away first)"))
        return None


def _distinct(group: list[Found], report: MergeReport, name: str) -> Found | None:
    """The one content of this group; identical copies skipped, different ones refused."""
    if not group:
        return None
    first = group[0]
    for other in group[1:]:
        if other.text == first.text:
            report.skipped.append(f"{other.path}: identical to {first.path}")
        else:
            kind = name if first.complete else f"partial {name}"
            report.refused.append(
                f"{other.path}: conflicts with {first.path} (both are {kind}, contents differ)"
            )
    return first


def merge(sources: Iterable[Path], output: Path = results.RESULTS_DIR, replace: bool = False) -> MergeReport:
    """Merge the sources into `output`; writes nothing (and says why, per file) if any is refused."""
    report, writes = plan(list(sources), output, replace)
    if not report.ok:
        return report
    for dest, f in writes.items():
        results.write(f.res, dest)
        report.written.append((dest, f.path))
    for path in report.removed:
        path.unlink(missing_ok=True)
    return report
