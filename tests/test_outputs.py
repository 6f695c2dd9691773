"""extractor/outputs.py: whole-or-nothing outputs with ordinary permissions; devices and pipes written into, never replaced."""
import os
import stat
import threading

import pytest

from extractor.errors import OutputError
from extractor.outputs import atomic_write, check_writable, plural, write_text


def test_a_file_appears_only_when_complete(tmp_path):
    target = tmp_path / "out.txt"
    with pytest.raises(RuntimeError):
        with atomic_write(target) as stream:
            stream.write("half")
            assert not target.exists()
            raise RuntimeError("stopped")
    assert not target.exists() and list(tmp_path.iterdir()) == []  # no temporary file left


def test_new_files_get_the_permissions_open_would_give(tmp_path):
    old = os.umask(0o022)
    try:
        write_text(tmp_path / "a.json", "{}\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o644


def test_an_existing_file_needs_force_and_a_folder_is_refused(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(OutputError, match="exists; use --force"):
        write_text(target, "new")
    write_text(target, "new", force=True)
    assert target.read_text() == "new"
    with pytest.raises(OutputError, match="is a directory"):
        check_writable(tmp_path, force=True)


def test_dev_null_is_written_into_not_replaced():
    write_text("/dev/null", "anything\n", force=True)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_named_pipe_is_written_into(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    write_text(fifo, "through the pipe\n")  # no --force needed: nothing is replaced
    reader.join(timeout=10)
    assert received == ["through the pipe\n"] and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_plural():
    assert (plural(1, "article"), plural(2, "article"), plural(1200, "claim")) == ("1 article", "2 articles", "1,200 claims")
