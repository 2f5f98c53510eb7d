"""Write the `split:` line of every corpus entry from its `thread:` key.

The rule (also in bench/corpus/README.md): heldout when the first byte of
sha256(thread key, UTF-8) is below 102 (102/256 = about 40 % of threads), dev
otherwise.  Run it after adding entries: `python3 bench/corpus_split.py`.
It edits the files textually (one `split:` line right after `thread:`), so the
verbatim `text` blocks are never re-serialised.
"""

import hashlib
import pathlib
import re
import sys

CORPUS = pathlib.Path(__file__).resolve().parent / "corpus"
THREAD = re.compile(r"^(\s+)thread:\s*(.+?)\s*$")
SPLIT = re.compile(r"^\s+split:\s*\S+\s*$")


def split_of(thread: str) -> str:
    return "heldout" if hashlib.sha256(thread.encode()).digest()[0] < 102 else "dev"


def main() -> int:
    for path in sorted(CORPUS.glob("*.yaml")):
        lines = path.read_text().splitlines(keepends=True)
        out = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if SPLIT.match(line):  # dropped; rewritten after its thread line
                i += 1
                continue
            out.append(line)
            m = THREAD.match(line)
            if m:
                out.append(f"{m.group(1)}split: {split_of(m.group(2).strip(chr(34)))}\n")
            i += 1
        path.write_text("".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
