from __future__ import annotations

import json

from netmatrix import tables, views
from netmatrix.models import Outcome

from .test_results import sample


def test_duration_text():
    assert views.duration_text(0.0213) == "0.02 s"
    assert views.duration_text(21.4) == "21 s"
    assert views.duration_text(130.3) == "2 min 10 s"
    assert views.duration_text(None) == "-"


def test_matrix_rows_are_clients_and_columns_scenarios(cats):
    cells = [
        Outcome(
            client="curl",
            scenario="tcp-closed",
            status="ran",
            exit_code=7,
            duration_s=0.01,
            stderr="* Failed to connect to 127.0.0.1 port 60001: Connection refused",
        ),
        Outcome(
            client="curl",
            scenario="tcp-drop",
            status="ran",
            exit_code=None,
            signal=15,
            killed_at_cap=True,
            duration_s=45.0,
        ),
        Outcome(client="nc-udp", scenario="udp-closed", status="ran", exit_code=1, duration_s=0.0),
    ]
    res = sample(cells=cells)
    v = views.cell_views(res, cats)
    plain = tables.render(res, v, "plain")
    assert "| TCP" in plain and "tcp-closed" in plain and "tcp-drop" in plain and "| UDP" in plain
    assert "exit 7" in plain and "killed at cap" in plain
    md = tables.render(res, v, "markdown")
    assert "| curl  | exit 7 · * Failed to connect to 127.0.0.1 port 60001: Connection refused · 0.01 s" in md
    data = json.loads(tables.render(res, v, "json"))
    assert data["cells"][0]["signature"] == "* Failed to connect to <host> port <port>: Connection refused"
