"""Errors meant for the user: the command line prints them as one line, the window as a dialog."""


class AtlasError(Exception):
    """A problem the user can fix (bad input, bad option, unwritable path); never a bug."""

    exit_code = 1


class UsageError(AtlasError):
    """A malformed command line."""

    exit_code = 2


class Cancelled(AtlasError):  # noqa: N818 - reads as what happened
    """The user stopped the work (a Cancel button); nothing was written."""
