"""The published dataset: committed JSON Schemas are current, and describe real files and answers."""

from __future__ import annotations

import json

import jsonschema
import pytest

from netmatrix import cli, results, schemas
from netmatrix.catalog import ROOT

DOCS = ROOT / "docs" / "schemas"


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((DOCS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_committed_schemas_equal_freshly_generated_ones():
    fresh = schemas.generate()
    assert sorted(p.name for p in DOCS.glob("*.json")) == sorted(fresh), (
        "docs/schemas/ differs: run `python -m netmatrix.schemas docs/schemas`"
    )
    for name, schema in fresh.items():
        assert (DOCS / name).read_text(encoding="utf-8") == schemas.dumps(schema), (
            f"docs/schemas/{name} is stale: run `python -m netmatrix.schemas docs/schemas`"
        )


@pytest.mark.parametrize("path", results.available(), ids=lambda p: p.name)
def test_every_committed_results_file_validates(path):
    errors = list(_validator("results.schema.json").iter_errors(json.loads(path.read_text())))
    assert errors == [], errors[0].message if errors else ""


def test_the_results_schema_rejects_what_the_reader_rejects():
    v = _validator("results.schema.json")
    data = json.loads(results.resolve(None).read_text())
    data["cells"][0]["status"] = "maybe"
    assert not v.is_valid(data)
    del data["run"]
    assert not v.is_valid(data)


@pytest.mark.parametrize(
    "schema, argv",
    [
        ("show.schema.json", ["show", "--format", "json"]),
        ("lookup.schema.json", ["lookup", "curl", "--json"]),
        ("lookup.schema.json", ["lookup", "wget", "4", "--json"]),
        ("lookup.schema.json", ["lookup", "Connection refused", "--json"]),
        (
            "explain.schema.json",
            ["explain", "curl: (7) Failed to connect to db port 80: Connection refused", "--json"],
        ),
        ("explain.schema.json", ["explain", "nothing anyone ever printed zzqx", "--json"]),
        ("tell.schema.json", ["tell", "tcp-closed", "tcp-reject", "--json"]),
        ("diff.schema.json", ["diff", "debian-bullseye", "debian-trixie", "--json"]),
    ],
)
def test_every_json_answer_validates_against_its_schema(schema, argv, capsys):
    cli.main(argv)
    answer = json.loads(capsys.readouterr().out)
    errors = list(_validator(schema).iter_errors(answer))
    assert errors == [], errors[0].message if errors else ""
    # The schema describes content, not just "an object": an empty answer would not pass.
    assert not _validator(schema).is_valid({})
