"""All-or-nothing file writes: a temporary file in the target's folder, then os.replace.

A failed or interrupted export leaves the previous file untouched and no stray temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from geodata.errors import AtlasError, UsageError

if TYPE_CHECKING:
    from types import TracebackType


def check_writable(path: Path) -> None:
    """A one-line error now, before any work, if ``path`` cannot be written."""
    try:
        _check_writable(path)
    except OSError as exc:  # a name too long for the file system, a loop of links...
        raise AtlasError(f"cannot write {_short(path)}: {exc.strerror or exc}") from None


def not_a_folder(out: Path, example: str) -> None:
    """A usage error when ``--out`` names an existing folder: "the file name has no extension"
    would send the user looking for a file; they gave a folder and need a file in it."""
    if out.is_dir():
        raise UsageError(
            f"--out {_short(out)} is a folder; name a file in it, e.g. {_short(out / example)}"
        )


def _short(path: Path, limit: int = 200) -> str:
    text = str(path)
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-limit // 2 :]}"


def _check_writable(path: Path) -> None:
    folder = path.resolve().parent
    if not folder.is_dir():
        raise AtlasError(f"cannot write {path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise AtlasError(f"cannot write {path}: folder {folder} is not writable")
    if path.is_dir():
        raise AtlasError(f"cannot write {path}: it is a folder")


def write_error(path: Path, exc: OSError) -> AtlasError:
    reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
    return AtlasError(f"cannot write {path}: {reason}")


def temporary_sibling(path: Path, suffix: str = ".part") -> Path:
    """A new empty hidden file next to ``path`` (same folder, so os.replace is atomic).

    Created with mode 0o666 less the umask, like any file the user saves: mkstemp's 0o600
    would survive the rename and hide the export from the user's group. ``suffix``: a writer
    that names its format by the extension (GDAL's GeoPackage driver warns otherwise) passes
    the final file's.
    """
    _remove_dead_parts(path, suffix)
    for _ in range(100):
        candidate = path.parent / f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}{suffix}"
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise write_error(path, exc) from None
        os.close(fd)
        return candidate
    raise AtlasError(f"cannot write {path}: no free temporary name in {path.parent}")


def _remove_dead_parts(path: Path, suffix: str) -> None:
    """Temporaries an export killed outright (SIGKILL, power loss) left beside ``path``: their
    name carries the writing process's id, and that process is gone."""
    for part in path.parent.glob(f".{glob_escape(path.name)}.*-*{glob_escape(suffix)}"):
        pid_text = part.name[len(path.name) + 2 :].split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            part.unlink()


def glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)


def _alive(pid: int) -> bool:
    if pid == os.getpid() or sys.platform == "win32":  # Windows: os.kill would end it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's, or unknowable: leave it
    return True


class AtomicWrites:
    """Several files written to temporaries and moved into place together at the end.

    ``with AtomicWrites() as files: tmp = files.target(final) ...`` — on any exception every
    temporary is removed and no final file changes; on success each temporary replaces its file.
    """

    def __init__(self) -> None:
        self._pairs: list[tuple[Path, Path]] = []

    def target(self, final: Path) -> Path:
        check_writable(final)
        tmp = temporary_sibling(final)
        self._pairs.append((tmp, final))
        return tmp

    def __enter__(self) -> AtomicWrites:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            try:
                for tmp, final in self._pairs:
                    if not tmp.is_file() or tmp.stat().st_size == 0:
                        raise AtlasError(f"cannot write {final}: nothing was written")
                    _fsync(tmp)
                    os.replace(tmp, final)
            except OSError as error:
                self._cleanup()
                raise write_error(final, error) from None
            except AtlasError:
                self._cleanup()
                raise
        else:
            self._cleanup()
            if isinstance(exc, OSError) and self._pairs:  # e.g. the disk filled while writing
                raise write_error(self._pairs[0][1], exc) from None

    def _cleanup(self) -> None:
        for tmp, _ in self._pairs:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _fsync(path: Path) -> None:
    """Flush to disk before the rename, so a crash cannot leave an empty file in place."""
    with contextlib.suppress(OSError), open(path, "rb") as handle:
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """One file: yields the temporary path to write; moves it into place on success."""
    with AtomicWrites() as files:
        yield files.target(final)
