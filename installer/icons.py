"""Windows .ico and macOS .icns files from the PNG app icons, with nothing but the standard library.

Both formats may hold PNG images as they are (ICO since Windows Vista, ICNS since OS X 10.7), so
no image library is needed at build time: the PNGs in resources/icons/ are copied in unchanged.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# ICNS element types that hold a PNG of the given pixel size (the @2x types hold the larger size).
ICNS_TYPES = {
    16: [b"icp4"],
    32: [b"icp5", b"ic11"],
    64: [b"icp6", b"ic12"],
    128: [b"ic07"],
    256: [b"ic08", b"ic13"],
    512: [b"ic09", b"ic14"],
    1024: [b"ic10"],
}


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def icon_pngs(icons_dir: Path) -> dict[int, bytes]:
    """The square PNGs named ``syria-atlas-<size>.png``, by size."""
    pngs: dict[int, bytes] = {}
    for path in icons_dir.glob("*.png"):
        if not re.fullmatch(r".*-(\d+)\.png", path.name):
            continue
        data = path.read_bytes()
        width, height = png_size(data)
        if width == height:
            pngs[width] = data
    if not pngs:
        raise FileNotFoundError(f"no square PNG icons in {icons_dir}")
    return dict(sorted(pngs.items()))


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO holding each PNG of at most 256 pixels."""
    images = [(size, data) for size, data in pngs.items() if size <= 256]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, data in images:
        side = 0 if size == 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS holding each PNG under every element type of its size."""
    body = b""
    for size, data in pngs.items():
        for kind in ICNS_TYPES.get(size, []):
            body += kind + struct.pack(">I", 8 + len(data)) + data
    if not body:
        raise ValueError("no PNG of an ICNS size (16, 32, 64, 128, 256, 512, 1024)")
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_platform_icon(icons_dir: Path, out_dir: Path, platform: str) -> Path | None:
    """The icon PyInstaller wants here (None on Linux, where the .desktop file names the PNG)."""
    if platform.startswith("win"):
        out, data = out_dir / "syria-atlas.ico", ico_bytes(icon_pngs(icons_dir))
    elif platform == "darwin":
        out, data = out_dir / "syria-atlas.icns", icns_bytes(icon_pngs(icons_dir))
    else:
        return None
    out_dir.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return out
