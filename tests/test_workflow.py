"""The shipped CI workflow: valid for GitHub (actionlint, else the workflow JSON schema), batches that
stay below GitHub's 256-job matrix limit and cover every run, commands the CLI accepts."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from netmatrix import cli

WORKFLOW = Path(__file__).resolve().parent.parent / ".github" / "workflows" / "regenerate.yml"


def _tool(name: str) -> str | None:
    return shutil.which(name) or shutil.which(str(Path(sys.executable).parent / name))


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text())


def test_the_workflow_is_valid():
    if linter := _tool("actionlint"):
        argv = [linter, str(WORKFLOW)]
    elif checker := _tool("check-jsonschema"):
        argv = [checker, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)]
    else:
        pytest.skip("neither actionlint nor check-jsonschema is installed (pip install check-jsonschema)")
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _plan(workflow: dict, **env: str) -> list[dict]:
    step = workflow["jobs"]["plan"]["steps"][0]
    script = step["run"].split("\n", 1)[1].rsplit("PY", 1)[0]
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **step["env"], **env},
    ).stdout
    key, _, value = out.strip().partition("=")
    assert key == "batches"
    return yaml.safe_load(value)


def test_one_job_per_run_and_never_more_than_github_allows(workflow):
    batches = _plan(
        workflow,
        IMAGES="debian-bookworm,debian-trixie",
        LOCALES="C.UTF-8",
        EXTRA="debian-bookworm@fr_FR.UTF-8,debian-bookworm@C.UTF-8",
    )
    assert [b["runs"] for b in batches] == [
        "debian-bookworm@C.UTF-8",
        "debian-trixie@C.UTF-8",
        "debian-bookworm@fr_FR.UTF-8",
    ]
    images = ",".join(f"debian-s{i}" for i in range(40))
    many = _plan(workflow, IMAGES=images, LOCALES="C.UTF-8,fr_FR.UTF-8,de_DE.UTF-8,es_ES.UTF-8", EXTRA="")
    assert len(many) <= 256
    runs = [r for b in many for r in b["runs"].split(",")]
    assert sorted(runs) == sorted(
        f"debian-s{i}@{loc}"
        for i in range(40)
        for loc in ("C.UTF-8", "fr_FR.UTF-8", "de_DE.UTF-8", "es_ES.UTF-8")
    )
    assert len({b["name"] for b in many}) == len(many)  # artifact names must not collide


def test_the_jobs_commands_are_ones_the_cli_accepts(workflow):
    steps = workflow["jobs"]["run"]["steps"] + workflow["jobs"]["publish"]["steps"]
    commands = [line.strip() for s in steps for line in s.get("run", "").replace("\\\n", " ").splitlines()]
    netmatrix = [c.split(".venv/bin/netmatrix", 1)[1] for c in commands if ".venv/bin/netmatrix" in c]
    assert {shlex.split(c)[0] for c in netmatrix} == {"setup", "run-all", "merge", "html"}
    env = {
        "$RUNS": "debian-bookworm@C.UTF-8,debian-trixie@C.UTF-8",
        "$PROFILE": "fast",
        '"${RUNS%%@*}"': "debian-bookworm",
    }
    for command in netmatrix:
        for var, value in env.items():
            command = command.replace(f'"{var}"', value).replace(var, value)
        cli.parser().parse_args(shlex.split(command))  # exits 2 on an unknown option
