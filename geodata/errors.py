"""Errors meant for the user: the command line prints them as one line, the window as a dialog."""


class AtlasError(Exception):
    """A problem the user can fix (bad input, bad option, unwritable path); never a bug."""

    exit_code = 1


class UsageError(AtlasError):
    """A malformed command line."""

    exit_code = 2


class Cancelled(AtlasError):  # noqa: N818 - reads as what happened
    """The user stopped the work (a Cancel button); nothing was written."""


class Terminated(BaseException):  # noqa: N818 - named after the signal, like KeyboardInterrupt
    """SIGTERM, raised in the main thread so that ``finally`` blocks and open transactions
    undo half-done work (no journal, temporary or ``.part`` file left) before the exit."""


def terminate_cleanly() -> None:
    """Turn SIGTERM into :class:`Terminated` (the default kills the process on the spot)."""
    import signal

    def raise_terminated(_signum, _frame):
        raise Terminated

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, raise_terminated)
