"""Every file the project writes goes through :func:`atomic_write`.

A regular file appears under its name only when complete (a temporary file in the same
folder, renamed), with the permissions any new file gets (0666 less the umask, as
``open`` would give, not ``mkstemp``'s 0600). ``-`` is stdout. An existing regular file is
replaced only with ``force``. A path that exists but is not a regular file (``/dev/null``,
a named pipe, ``>(gzip > f.gz)``) is written into directly and never replaced: renaming a
file over a device node would destroy it.
"""
from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator, Union

from extractor.errors import OutputError


# Errors that mean "this output cannot be written", as opposed to errors of the content's producer.
_WRITE_FAILURES = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EPERM, errno.EXDEV}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def is_special(path: Union[str, Path]) -> bool:
    """True for a path that exists and is not a regular file or folder (a device, a pipe)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def check_writable(path: Union[str, Path], force: bool) -> None:
    """Raise OutputError now, before any work, if ``atomic_write(path, force)`` would refuse."""
    if str(path) == "-" or is_special(path):
        return
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory, expected a file to write")
    if target.exists() and not force:
        raise OutputError(f"{target} exists; use --force to overwrite it")


@contextmanager
def atomic_write(path: Union[str, Path], force: bool = False, newline: Union[str, None] = None) -> Iterator[IO[str]]:
    """A text stream for ``path`` that appears under its name only when the block ends cleanly.

    RAISES (OutputError): the file exists without ``force``, is a directory, or cannot be written.
    """
    if str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if is_special(path):
        try:
            with open(path, "w", encoding="utf-8", newline=newline) as stream:
                yield stream
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        return
    check_writable(path, force)
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
        os.replace(tmp, target)
    except OSError as exc:
        if exc.errno not in _WRITE_FAILURES:
            raise  # not ours: an error of the code writing the content
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def atomic_path(path: Union[str, Path], force: bool = False) -> Iterator[str]:
    """A temporary path beside ``path`` for a library that writes files itself (pyarrow's Parquet
    writer); renamed to ``path`` when the block ends cleanly, with the usual permissions.

    RAISES (OutputError): as :func:`atomic_write`; ``-`` and devices are refused (not a file).
    """
    if str(path) == "-" or is_special(path):
        raise OutputError(f"{path}: this format needs a file to write, not stdout or a pipe")
    check_writable(path, force)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_text(path: Union[str, Path], text: str, force: bool = False, newline: Union[str, None] = None) -> None:
    """``text`` into ``path`` through :func:`atomic_write`."""
    with atomic_write(path, force=force, newline=newline) as stream:
        stream.write(text)


def plural(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``: counts in messages and summaries."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
