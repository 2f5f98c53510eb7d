"""The site's search and `explain` agree: for a message the matrix recorded, explain's candidates
include every cause the site lists for that message (the scenarios of the client's cells that
printed it, once run-to-run numbers are scrubbed: the search index's signature)."""

from __future__ import annotations


import random
from collections import defaultdict

from netmatrix import results, sitegen
from netmatrix.xref import causes_for_text


def test_explain_ranks_first_a_cause_the_site_lists_for_the_same_message(cats):
    site = sitegen.Site(cats, results.load_all())
    meta, shards = site.search()
    fields = meta["fields"]
    scenario_at, key_at, sig_at = (fields.index(n) for n in ("scenario", "key_line", "signature"))
    listed: dict[tuple[str, str], set[str]] = defaultdict(set)
    example: dict[tuple[str, str], str] = {}
    for client, found in shards.items():
        for row in found:
            listed[(client, row[sig_at])].add(row[scenario_at])
            example.setdefault((client, row[sig_at]), row[key_at])
    keys = sorted(k for k in listed if len(example[k]) > 20)
    random.Random(3).shuffle(keys)
    checked = 0
    for client, signature in keys[:80]:
        if len(listed[(client, signature)]) > 1:
            continue  # the message is ambiguous in the matrix itself: any of its causes may rank first
        ranked = causes_for_text(site.index, example[(client, signature)], client=client)
        if ranked:
            # explain weighs the words, not the address or port (a proxy or a stale /etc/hosts entry
            # refuses the same way): it may rank others first, but never leaves out the causes the
            # site lists for this very message
            assert listed[(client, signature)] <= set(ranked), (
                client,
                example[(client, signature)],
                ranked[:3],
                listed[(client, signature)],
            )
            checked += 1
    assert checked >= 20
