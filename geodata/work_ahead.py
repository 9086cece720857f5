"""Start-up work begun on a thread whose result the first call that needs it takes (issue 18).

The start-up stores are trusted only while a checksum of the files they were written from
matches (``geodata.file_checksum``): ~9 MB read and summed, ~10-15 ms of the cold start. zlib's
sums and file reads run without the GIL, so the window starts them on a thread of its own
(``start``) while the main thread imports Qt and the window's modules, and each store's
``inputs_key`` (an ``AheadOfTime`` function) takes the result instead of working it out again:
the key of a job is the function and its arguments, so the start and the call cannot pair the
wrong result with a call. A result is taken
once: a later call (``validate``, a test after editing a file) works it out afresh. A job that
failed is worked out again by the caller, which meets (and reports) the failure itself.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Hashable, Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class _Pending:
    __slots__ = ("done", "value", "failed")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.failed = False


_pending: dict[Hashable, _Pending] = {}
_lock = threading.Lock()


def start(jobs: Mapping[Hashable, Callable[[], Any]]) -> threading.Thread:
    """Run ``jobs`` (key -> work) in order on a daemon thread; ``take(key, ...)`` waits for
    its result. The modules the jobs use must be imported already (no imports on the thread
    while the main thread imports)."""
    entries = []
    with _lock:
        for key, job in jobs.items():
            pending = _pending[key] = _Pending()
            entries.append((pending, job))

    def run() -> None:
        for pending, job in entries:
            try:
                pending.value = job()
            except Exception:  # met again by the caller, which reports it
                pending.failed = True
            pending.done.set()

    thread = threading.Thread(target=run, name="atlas-work-ahead", daemon=True)
    thread.start()
    return thread


def take(key: Hashable, work: Callable[[], T]) -> T:
    """The result of the job started for ``key`` (waiting for it), once; else ``work()``."""
    with _lock:
        pending = _pending.pop(key, None)
    if pending is None:
        return work()
    pending.done.wait()
    return work() if pending.failed else pending.value


def discard() -> None:
    """Forget the results not taken (the start is over: a later call works its own out, so a
    file edited since cannot be judged by a checksum of the start's bytes)."""
    with _lock:
        _pending.clear()


def pending_keys() -> list[Hashable]:
    """The keys of jobs started and not taken yet (for tests)."""
    with _lock:
        return list(_pending)


def _as_key(argument: object) -> Hashable:
    """A path by its absolute form, a sequence as a tuple: equal calls get equal keys."""
    if isinstance(argument, Path):
        return str(argument.absolute())
    if isinstance(argument, list | tuple):
        return tuple(_as_key(item) for item in argument)
    return argument  # type: ignore[return-value]


class AheadOfTime(Generic[T]):
    """A function the start may begin on a thread (``job``); a call takes that result once
    (``take``), else works it out; ``now`` always works it out."""

    def __init__(self, work: Callable[..., T]) -> None:
        self._work = work
        functools.update_wrapper(self, work)

    def key(self, *args: object) -> Hashable:
        return (self._work.__module__, self._work.__qualname__, *map(_as_key, args))

    def job(self, *args: object) -> tuple[Hashable, Callable[[], T]]:
        """(key, work) for ``start``."""
        return self.key(*args), functools.partial(self._work, *args)

    def now(self, *args: object) -> T:
        return self._work(*args)

    def __call__(self, *args: object) -> T:
        return take(self.key(*args), functools.partial(self._work, *args))


def ahead_of_time(work: Callable[..., T]) -> AheadOfTime[T]:
    """Decorator: ``work`` as an ``AheadOfTime`` function."""
    return AheadOfTime(work)
