"""One writer at a time: an advisory lock on the file STORE-lock, held for a whole build.

SQLite serialises single transactions, not builds: two builds interleaving their files and copy
groups could each compute the groups from the other's half-written collection. The lock is the
operating system's (flock), so it is released when its process ends, however it ends; the file
itself stays, empty but for the holder's process id.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import StoreError

Waiting = Callable[[str], None]


def lock_path(store: str | Path) -> Path:
    return Path(f"{store}-lock")


def _try_lock(fh: IO[str]) -> bool:
    """Take the lock without waiting; False when another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fh: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class WriterLock:
    """The build lock of the store at `store`. `with WriterLock(db).held(waiting): ...`"""

    POLL_SECONDS = 0.2

    def __init__(self, store: str | Path) -> None:
        self.store = Path(store)
        self.path = lock_path(store)

    @contextmanager
    def held(self, waiting: Waiting | None = None) -> Iterator[None]:
        """Hold the lock inside the block; when another process holds it, say so through
        `waiting` (once) and wait for it."""
        try:
            fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise StoreError(f"{self.store}: cannot open the build lock {self.path}: {exc.strerror or exc}") from exc
        try:
            if not _try_lock(fh):
                if waiting is not None:
                    fh.seek(0)
                    holder = fh.read().strip() or "unknown"
                    waiting(f"{self.store}: another build (process {holder}) is writing to this store;"
                            " waiting for it to finish")
                while not _try_lock(fh):
                    time.sleep(self.POLL_SECONDS)
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
            try:
                yield
            finally:
                fh.seek(0)
                fh.truncate()
                fh.flush()
                _unlock(fh)
        finally:
            fh.close()
