"""Strip the Linux bundle's shared libraries, keeping any file that stripping would break.

PyInstaller's own ``strip=True`` breaks libraries that auditwheel patched with patchelf (numpy's
OpenBLAS fails with "ELF load command address/offset not page-aligned"). Here each file is
stripped into a copy, and the copy replaces the original only if every loadable segment still
has ``(vaddr - offset) % align == 0`` - the condition the dynamic loader checks.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
PT_LOAD = 1


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == ELF_MAGIC
    except OSError:
        return False


def load_segments(data: bytes) -> list[tuple[int, int, int]]:
    """(offset, vaddr, align) of each PT_LOAD segment of a 32- or 64-bit ELF file."""
    if data[:4] != ELF_MAGIC:
        raise ValueError("not an ELF file")
    is64, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if is64:
        (phoff,) = struct.unpack_from(order + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x36)
        layout, fields = order + "IIQQQQQQ", (2, 3, 7)  # type flags offset vaddr ... align
    else:
        (phoff,) = struct.unpack_from(order + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x2A)
        layout, fields = order + "IIIIIIII", (1, 2, 7)  # type offset vaddr ... align
    segments = []
    for index in range(phnum):
        header = struct.unpack_from(layout, data, phoff + index * phentsize)
        if header[0] == PT_LOAD:
            segments.append(tuple(header[i] for i in fields))
    return segments


def loadable(data: bytes) -> bool:
    """Whether the loader will map every segment (offset and address agree modulo alignment)."""
    return all(
        (vaddr - offset) % max(align, 1) == 0 for offset, vaddr, align in load_segments(data)
    )


def strip_file(path: Path, strip: str = "strip") -> int:
    """Strip `path` in place if that is safe; the number of bytes saved (0 if left as it was)."""
    with tempfile.TemporaryDirectory() as tmp:
        stripped = Path(tmp) / path.name
        result = subprocess.run(
            [strip, "--strip-unneeded", "-o", str(stripped), str(path)], capture_output=True
        )
        if result.returncode != 0 or not stripped.exists():
            return 0
        saved = path.stat().st_size - stripped.stat().st_size
        if saved <= 0 or not loadable(stripped.read_bytes()):
            return 0
        mode = path.stat().st_mode
        shutil.copyfile(stripped, path)
        os.chmod(path, mode)
        return saved


def strip_tree(root: Path) -> tuple[int, list[Path]]:
    """Strip each ELF file under `root` where safe; (bytes saved, files left as they were)."""
    strip = shutil.which("strip")
    if strip is None:
        return 0, []
    saved, kept = 0, []
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        gained = strip_file(path, strip)
        saved += gained
        if gained == 0:
            kept.append(path)
    return saved, kept
