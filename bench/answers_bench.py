#!/usr/bin/env python3
"""How long the answering commands take as whole processes on the committed results (no Docker).

Prints the median and worst of N runs per command; the aim is well under a second.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time

COMMANDS = [
    ["lookup", "wget", "4"],
    ["lookup", "Connection refused"],
    ["explain", "* Failed to connect to 10.0.0.5 port 8080 after 1 ms: Couldn't connect to server",
     "--client", "curl", "--exit", "7"],
    ["explain", "ssh: connect to host db port 22: Connection timed out"],
    ["tell", "tcp-closed", "tcp-reject"],
    ["show", "--format", "json"],
]
RUNS = 7


def main() -> int:
    for args in COMMANDS:
        times = []
        for _ in range(RUNS):
            t0 = time.monotonic()
            proc = subprocess.run([sys.executable, "-m", "netmatrix.cli", *args], capture_output=True,
                                  check=False)
            times.append(time.monotonic() - t0)
            if proc.returncode not in (0, 3):
                print(f"{' '.join(args)}: failed: {proc.stderr.decode()[-300:]}")
                return 1
        label = " ".join(a if len(a) < 30 else a[:27] + "..." for a in args)
        print(f"{label:60} median {statistics.median(times):.3f} s   worst {max(times):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
