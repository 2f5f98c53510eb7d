"""The exception family: everything a user can cause or fix, reported as one line by the CLI.

A client failing to connect is a measurement, never an exception; these are for the harness.
"""

from __future__ import annotations


class NetmatrixError(Exception):
    """Base of every error the CLI reports without a traceback."""


class CatalogError(NetmatrixError):
    """A catalog file is missing, malformed or invalid (the message names file, line and field)."""


class EngineError(NetmatrixError):
    """No usable Docker engine, and none could be installed or started."""


class ImageError(NetmatrixError):
    """A base, lab or client image could not be built."""


class LabError(NetmatrixError):
    """The lab did not come up, or its self-test showed a scenario not behaving as declared."""


class ResultsError(NetmatrixError):
    """A results file is missing, unreadable, or of a format this version cannot read."""


class UsageError(NetmatrixError):
    """The command line names something that does not exist (the message lists what does)."""
