"""`tell` on the committed results: it never mistakes "nothing compared" for "nothing tells"."""

from __future__ import annotations

from netmatrix import answers, results, xref


def test_causes_no_client_ran_both_of_are_not_called_indistinguishable(cats):
    index = xref.Index.build(cats, results.load_all())
    ds = index.tell("tcp-drop", "udp-drop")  # TCP clients never meet UDP ports, and vice versa
    assert ds == ()
    text = answers.tell(index, "tcp-drop", "udp-drop", ds, "plain")
    assert "No recorded client ran under both causes" in text
    assert "tells them apart." not in text.replace("whether any client tells them apart.", "")
