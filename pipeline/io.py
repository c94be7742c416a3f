"""Reading and writing: the only module that touches output files.

Every file is written to a temporary name in the same folder and renamed
into place, so a crash never leaves a truncated file that looks complete.
"""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator


_UMASK = os.umask(0)
os.umask(_UMASK)


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


@contextmanager
def atomic_writer(path: str | Path, mode: str = "w"):
    """Open a temp file beside ``path``; on success fsync and rename it over ``path``, so that a reader
    sees the old file or the whole new one, never a truncated one. (Cache entries, which can be
    recomputed, use ``manifest.Cache.put``: the same rename, without fsync.)"""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8", newline=None if "b" in mode else "\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)          # mkstemp creates 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_jsonl(path: str | Path, rows: Iterable[dict]) -> int:
    """Write rows atomically as JSON Lines; return how many."""
    n = 0
    with atomic_writer(path) as fh:
        for row in rows:
            fh.write(dumps(row) + "\n")
            n += 1
    return n


def write_text(path: str | Path, text: str) -> None:
    with atomic_writer(path) as fh:
        fh.write(text)


def read_jsonl(path: str | Path) -> Iterator[dict]:
    """Rows of a JSON Lines file; a clear error names the file and line of a broken row."""
    path = Path(path)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
