"""The error layer: named errors raised by library code, and the exit codes of the command line.

Library functions raise these and return results; only ``extractor/cli.py`` turns an error
into one line on stderr and an exit code.
"""
from __future__ import annotations

from enum import IntEnum
from typing import Iterable


class ExitCode(IntEnum):
    """What every ``newsclaims`` command returns."""

    OK = 0  # every input record good
    FAILED = 1  # nothing usable, a missing file, an output in the way, a usage error, a bug
    SOME_BAD = 2  # some records bad: reported, the rest processed
    INTERRUPTED = 130  # Ctrl-C


class NewsclaimsError(Exception):
    """A problem with the user's input or options, stated so they can fix it.

    ``problems`` are the ``FILE:LINE: reason`` lines met before giving up (all of a file's lines
    were bad, say): the command line prints them before the error itself.
    """

    def __init__(self, message: str, problems: Iterable[str] = ()):
        super().__init__(message)
        self.problems = list(problems)


class InputError(NewsclaimsError):
    """An input that cannot be read at all: missing, a directory, unreadable, nothing usable in it."""


class OutputError(NewsclaimsError):
    """An output that cannot be written: it exists without --force, its folder is missing, a full disk."""
