"""Crafted results files: what a hostile or broken results file may hold. Shared by the tests and
bench/faults.py; each is (name, bytes) built from a real results file."""

from __future__ import annotations

import json

from netmatrix import results


def crafted() -> list[tuple[str, bytes]]:
    real = json.loads(results.resolve("debian-bookworm.fast").read_text())

    def variant(change) -> bytes:
        data = json.loads(json.dumps(real))
        change(data)
        return json.dumps(data).encode()

    def cell(field, value):
        return lambda d: d["cells"][0].__setitem__(field, value)

    def run(field, value):
        return lambda d: d["run"].__setitem__(field, value)

    return [
        ("non-UTF-8", json.dumps(real).encode().replace(b'"cells"', b'"cel\xffls"', 1)),
        ("NaN", json.dumps(real).replace('"duration_s": ', '"duration_s": NaN, "x": ', 1).encode()),
        ("Infinity duration", variant(cell("duration_s", float("inf")))),
        ("100k-deep", b"[" * 100_000 + b"]" * 100_000),
        (
            "100k-deep inside",
            json.dumps(real).encode()[:-1] + b', "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        ),
        ("image ../", variant(run("image", "../../../../tmp/x"))),
        ("client ../", variant(cell("client", "../../../../tmp/x"))),
        ("scenario with /", variant(cell("scenario", "a/b"))),
        ("locale ..", variant(run("locale", ".."))),
        ("client version key /", variant(lambda d: d["run"]["client_versions"].__setitem__("/etc", {}))),
        ("selftest scenario ../", variant(lambda d: d["run"]["selftest"][0].__setitem__("scenario", ".."))),
        ("empty", b""),
        ("not an object", b"[1, 2]"),
        ("format 99", variant(lambda d: d.__setitem__("format", 99))),
        ("cells not a list", variant(lambda d: d.__setitem__("cells", {"a": 1}))),
        ("truncated", json.dumps(real).encode()[:5000]),
    ]


ESCAPES = "curl: (7) \x1b]0;pwned\x07\x1b[2J\x1b[31mred\x9b31m \u202eevil"
