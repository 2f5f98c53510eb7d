"""Build hook: ship the files that live outside the package folder as netmatrix/_data/.

clients.yaml, scenarios.yaml, results/ (the reference matrices) and containers/ (Dockerfiles, labd,
nmexec.c, drivers) stay at the repository root, where the project and its users edit them; a built
wheel carries copies under netmatrix/_data/, read through netmatrix/paths.py (importlib.resources).
An editable install copies nothing: paths.py reads the checkout itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED_FILES = ("clients.yaml", "scenarios.yaml")
SHIPPED_DIRS = ("containers", "results")


def _wanted(path: Path) -> bool:
    """Skip caches, interrupted runs and the temporary files of saves."""
    return not (
        "__pycache__" in path.parts
        or path.name.startswith(".tmp-")
        or ".partial." in path.name
        or path.suffix == ".pyc"
    )


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "netmatrix" / "_data"
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for name in SHIPPED_FILES:
            shutil.copy2(ROOT / name, target / name)
        for name in SHIPPED_DIRS:
            for src in sorted((ROOT / name).rglob("*")):
                if src.is_file() and _wanted(src.relative_to(ROOT)):
                    dest = target / src.relative_to(ROOT)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(src, dest)


setup(cmdclass={"build_py": BuildWithData})
