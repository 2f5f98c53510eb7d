"""JSON Schemas of the dataset: results files and every `--json` answer, generated from models.

The results schema is pydantic's own schema of models.Results, the model every results file is
validated into (so the schema cannot drift from the reader). The answers (show, lookup, explain,
tell, diff) are plain dicts built in answers.py, tables.py and diff.py; the models below describe
their current shapes and are kept permissive (additionalProperties allowed, optional additions
welcome) so that an answer may gain keys without breaking a consumer or this schema.

Published in docs/schemas/ (regenerate with `python -m netmatrix.schemas docs/schemas`; a test checks
the committed copies are current) and in the site under data/schemas/.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from . import results
from .models import ExitCodes, Results

BASE = "https://netmatrix.invalid/schemas/"  # an id, not a place to fetch from: the files ship with it


class Answer(BaseModel):
    """Shapes of answers: extra keys allowed (answers may grow)."""

    model_config = ConfigDict(extra="allow")


# ---- shared pieces -------------------------------------------------------------------------------


class ObservationJson(Answer):
    """One recorded cell, as the cross-reference cites it."""

    image: str
    profile: str
    locale: str
    client: str
    scenario: str
    exit_code: int | None = Field(description="None: killed at the cap, or died of a signal")
    killed_at_cap: bool
    signature: str = Field(description="the telling lines, with addresses, ports and numbers as placeholders")
    key_line: str = Field(description="the most telling line, as printed")
    duration_s: float | None


class CauseJson(Answer):
    scenario: str
    cause: str


class EntryJson(Answer):
    causes: list[CauseJson] = Field(description="every root cause this was seen under")
    ambiguous: bool = Field(description="true when seen under more than one cause")
    observations: list[ObservationJson]


# ---- show ----------------------------------------------------------------------------------------


class ShowRun(Answer):
    image: str
    profile: str
    locale: str
    kernel: str
    started: str
    complete: bool


class ShowCell(Answer):
    client: str
    scenario: str
    status: str = Field(description="ran, unavailable or error")
    exit_code: int | None
    key_line: str
    signature: str
    duration_s: float | None
    killed_at_cap: bool
    wire: str = Field(description="the packets' summary, e.g. 'SYN → RST,ACK'; empty when not captured")


class ShowAnswer(Answer):
    """`netmatrix show --format json`: one run's matrix."""

    run: ShowRun
    cells: list[ShowCell]


# ---- lookup --------------------------------------------------------------------------------------


class LookupClientAnswer(Answer):
    """`netmatrix lookup CLIENT [CODE] --json`: what a client's exit codes were seen under."""

    client: str
    documented: ExitCodes | None = Field(description="the client's documentation of its exit codes")
    exit_codes: dict[str, EntryJson] = Field(
        description="by exit code ('None' for no exit code: killed at the cap or a signal)"
    )


class LookupMatch(EntryJson):
    client: str
    signature: str


class LookupTextAnswer(Answer):
    """`netmatrix lookup TEXT --json`: the recorded messages that contain a fragment."""

    fragment: str
    matches: list[LookupMatch]


# ---- explain -------------------------------------------------------------------------------------


class Candidate(Answer):
    scenario: str
    cause: str
    score: float = Field(description="share of the matching evidence")
    evidence: list[ObservationJson]


class DistinguisherJson(Answer):
    client: str
    a: list[str] = Field(description="what it shows under the first tied cause")
    b: list[str] = Field(description="what it shows under the second tied cause")


class ExplainDistinguisher(DistinguisherJson):
    command: str = Field(description="the client's command line, with the user's host and port when known")
    causes: list[str] = Field(
        description="the two causes a and b are about (the first tied pair it tells apart)"
    )


class ExplainAnswer(Answer):
    """`netmatrix explain --json`: candidate root causes of pasted output."""

    matched: bool
    candidates: list[Candidate]
    tied: list[str] = Field(description="causes the input cannot tell apart")
    distinguishers: list[ExplainDistinguisher] = Field(
        description="clients that would tell the tied causes apart"
    )
    nearest: list[str] = Field(description="nearest recorded messages when nothing matched")


# ---- tell ----------------------------------------------------------------------------------------


class TellClient(DistinguisherJson):
    tells: bool


class TellAnswer(Answer):
    """`netmatrix tell A B --json`: which clients' outputs differ between two causes."""

    a: str
    b: str
    clients: list[TellClient]


# ---- diff ----------------------------------------------------------------------------------------


class DiffSide(Answer):
    exit: str = Field(description="'exit N', 'signal N', 'killed at cap', or a status")
    exit_code: int | None
    signature: str
    duration_s: float | None
    duration_class: str


class DiffChange(Answer):
    client: str
    scenario: str
    changed: list[str] = Field(description="exit, signature, duration, or 'only in A' / 'only in B'")
    a: DiffSide | None
    b: DiffSide | None


class DiffAnswer(Answer):
    """`netmatrix diff A B --json`: the cells that changed between two results."""

    a: str
    b: str
    changes: list[DiffChange]


# ---- generation ----------------------------------------------------------------------------------


def _schema(model: type[BaseModel], name: str, title: str, description: str, **extra: Any) -> dict:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + name,
        **model.model_json_schema(),
        "title": title,
        "description": description,
    }
    schema.update(extra)
    return schema


def generate() -> dict[str, dict]:
    """File name -> schema, for every published schema."""
    lookup_client = LookupClientAnswer.model_json_schema()
    lookup_text = LookupTextAnswer.model_json_schema()
    defs = {
        **lookup_client.pop("$defs", {}),
        **lookup_text.pop("$defs", {}),
        "LookupClientAnswer": lookup_client,
        "LookupTextAnswer": lookup_text,
    }
    return {
        "results.schema.json": _schema(
            Results,
            "results.schema.json",
            "netmatrix results file",
            f"results/<image>[.<locale>][.<profile>].json, format {results.FORMAT}: one run of the matrix "
            "(the run's environment, then every client × scenario cell as recorded).",
        ),
        "show.schema.json": _schema(
            ShowAnswer, "show.schema.json", "netmatrix show --format json", ShowAnswer.__doc__ or ""
        ),
        "lookup.schema.json": {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": BASE + "lookup.schema.json",
            "title": "netmatrix lookup --json",
            "description": "By client (lookup CLIENT [CODE]) or by text (lookup TEXT).",
            "anyOf": [{"$ref": "#/$defs/LookupClientAnswer"}, {"$ref": "#/$defs/LookupTextAnswer"}],
            "$defs": defs,
        },
        "explain.schema.json": _schema(
            ExplainAnswer, "explain.schema.json", "netmatrix explain --json", ExplainAnswer.__doc__ or ""
        ),
        "tell.schema.json": _schema(
            TellAnswer, "tell.schema.json", "netmatrix tell --json", TellAnswer.__doc__ or ""
        ),
        "diff.schema.json": _schema(
            DiffAnswer, "diff.schema.json", "netmatrix diff --json", DiffAnswer.__doc__ or ""
        ),
    }


def dumps(schema: dict) -> str:
    return json.dumps(schema, indent=1, ensure_ascii=False) + "\n"


def write(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for name, schema in generate().items():
        (directory / name).write_text(dumps(schema), encoding="utf-8")
        out.append(directory / name)
    return out


if __name__ == "__main__":
    for p in write(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/schemas")):
        print(p)
