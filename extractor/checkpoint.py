"""Claims output that survives being killed: checkpointed parts, resumed with ``--resume``.

While a run is going, claims go to ``OUT.part`` and, after each article's claims are
flushed, one line ``article_id<TAB>byte offset`` goes to the completion log ``OUT.done``.
At the end ``OUT.part`` is renamed to ``OUT`` and the log removed, so ``OUT`` only ever
exists complete.

Killed at any point (kill -9 included) and started again with ``--resume``, the run reads
the log (a torn last line is ignored), cuts ``OUT.part`` back to the offset of the last
logged article (dropping claims written after it and any half-written line), and skips
the logged articles: every article's claims end up in ``OUT`` exactly once, in corpus
order. Data handed to the OS survives a killed process; only a power cut between flush
and disk could lose it, which this does not guard against (no fsync per article: it
would cost more than the extraction).
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

from extractor.errors import OutputError
from extractor.outputs import check_writable, is_special


class ClaimsSink:
    """Where claims go: ``-`` (stdout) or a checkpointed file."""

    def __init__(self, output: str, force: bool = False, resume: bool = False):
        # stdout, or a pipe or device given as -o (">(gzip > f.gz)", /dev/null): written
        # straight through, never renamed over, so nothing to checkpoint.
        self.streaming = output == "-" or is_special(output)
        self.done: set[str] = set()
        self.written = 0  # articles written by this run
        if self.streaming:
            if resume:
                raise OutputError("--resume needs an output file (-o OUT), not stdout or a pipe")
            self.stream = sys.stdout if output == "-" else open(output, "w", encoding="utf-8", newline="\n")
            self.owned = output != "-"
            return
        self.target = Path(output)
        self.part = self.target.with_name(self.target.name + ".part")
        self.log = self.target.with_name(self.target.name + ".done")
        if not resume:
            check_writable(self.target, force)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        offset = self._recover() if resume else None
        if offset is None:  # a fresh start
            self.done = set()
            self.stream = open(self.part, "w", encoding="utf-8", newline="\n")
            self.log_stream = open(self.log, "w", encoding="utf-8")
        else:
            with open(self.part, "r+b") as f:
                f.truncate(offset)
            self.stream = open(self.part, "a", encoding="utf-8", newline="\n")
            self.log_stream = open(self.log, "a", encoding="utf-8")

    def _recover(self) -> Optional[int]:
        """Read the completion log of an interrupted run: the done ids and the offset to keep."""
        if not (self.part.exists() and self.log.exists()):
            return None
        offset = 0
        text = self.log.read_text(encoding="utf-8")
        for line in text.split("\n")[:-1]:  # the part after the last newline is a torn line
            article_id, _, at = line.rpartition("\t")
            self.done.add(article_id)
            offset = int(at)
        if not text.endswith("\n") and text:
            # Rewrite the log without its torn last line before appending to it.
            self.log.write_text(text[: text.rfind("\n") + 1], encoding="utf-8")
        return offset

    def write(self, article_id: str, claims: list[dict]) -> None:
        self.write_lines(article_id, "".join(json.dumps(claim, ensure_ascii=False) + "\n" for claim in claims))

    def write_lines(self, article_id: str, lines: str) -> None:
        """An article's claims already as JSON lines (from a worker's part file)."""
        self.stream.write(lines)
        self.stream.flush()
        self.written += 1
        if not self.streaming:
            self.log_stream.write(f"{article_id}\t{self.stream.tell()}\n")
            self.log_stream.flush()

    def finish(self) -> None:
        """The run is complete: OUT appears whole, the checkpoint files go."""
        if self.streaming:
            self._close_stream()
            return
        self.stream.close()
        self.log_stream.close()
        os.replace(self.part, self.target)
        self.log.unlink()

    def abandon(self) -> bool:
        """Stop without publishing OUT; keep the part and log for --resume when they hold work.
        Returns whether there is anything to resume."""
        if self.streaming:
            self._close_stream()
            return False
        self.stream.close()
        self.log_stream.close()
        if self.written or self.done:
            return True
        self.part.unlink(missing_ok=True)
        self.log.unlink(missing_ok=True)
        return False

    def _close_stream(self) -> None:
        if self.owned:
            self.stream.close()
