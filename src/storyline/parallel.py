"""An ordered map over worker processes, with a bounded look-ahead: the build's reading pool.

Reading, cleaning and describing a file touch no store and no shared state, so they run in
worker processes while the one writer (the build loop) stores each result in input order. At
most `AHEAD` tasks per worker are in flight, so results wait in memory only briefly however
large the folder. A worker that dies (killed for memory, say) breaks the whole pool, so the
first task left without a result is run again alone: `Died` stands for its result only if it
kills that worker too, and a fresh pool takes the rest.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
AHEAD = 4  # tasks in flight per worker: enough to keep each busy while the writer stores


@dataclass(frozen=True, slots=True)
class Died(Generic[T]):
    """The worker process handling `item` ended before giving its result."""

    item: T


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R | Died[T]]:
    """`fn(item)` for each item, in input order, over `workers` processes (in this process when 1).

    `fn` must be a module-level function, and items and results picklable.
    """
    if workers <= 1:
        yield from map(fn, items)
        return
    todo = iter(items)
    while True:
        with _pool(workers) as pool:
            pending: deque[tuple[T, Future[R]]] = deque()
            for item in todo:
                pending.append((item, pool.submit(fn, item)))
                if len(pending) >= workers * AHEAD:
                    break
            broken = None
            while pending:
                item, future = pending.popleft()
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken = item
                    break
                yield result
                for nxt in todo:
                    pending.append((nxt, pool.submit(fn, nxt)))
                    break
        if broken is None:
            return
        yield _alone(fn, broken)
        todo = iter([*(item for item, _future in pending), *todo])  # the rest, on a fresh pool


def _alone(fn: Callable[[T], R], item: T) -> R | Died[T]:
    """`fn(item)` in a worker of its own: whether this item is what kills a worker."""
    with _pool(1) as pool:
        try:
            return pool.submit(fn, item).result()
        except BrokenProcessPool:
            return Died(item)


def _pool(workers: int) -> ProcessPoolExecutor:
    # fork starts a worker in milliseconds with the parent's modules loaded; spawn where there is none
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))
