"""The standalone installer's building blocks: icon files, the bundle filter, safe stripping.

Fast and free of PyInstaller: the bundle build itself is checked by installer/ci_check.sh (and by
test_installer_bundle.py when ATLAS_BUILD_BUNDLE=1).
"""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(
        f"installer_{name}", ROOT / "installer" / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icons = _load("icons")
bundle_filter = _load("bundle_filter")
strip_elf = _load("strip_elf")


# ---------------------------------------------------------------- Windows / macOS icons


def test_windows_icon_holds_every_png_up_to_256_pixels_unchanged():
    pngs = icons.icon_pngs(ICONS)
    ico = icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1)
    sizes = [s for s in pngs if s <= 256]
    assert count == len(sizes) and 256 in sizes and 16 in sizes
    for index, size in enumerate(sizes):
        width, height, _, _, _, _, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * index
        )
        assert width == height == (0 if size == 256 else size)
        assert ico[offset : offset + length] == pngs[size]


def test_macos_icon_is_a_well_formed_icns_with_the_128_pixel_png():
    pngs = icons.icon_pngs(ICONS)
    icns = icons.icns_bytes(pngs)
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    pos, found = 8, {}
    while pos < len(icns):
        kind, length = struct.unpack_from(">4sI", icns, pos)
        found[kind] = icns[pos + 8 : pos + length]
        pos += length
    assert pos == len(icns)
    assert found[b"ic07"] == pngs[128]
    assert found[b"ic08"] == pngs[256]


def test_platform_icon_is_written_only_where_pyinstaller_wants_one(tmp_path):
    assert icons.write_platform_icon(ICONS, tmp_path, "linux") is None
    assert icons.write_platform_icon(ICONS, tmp_path, "win32").read_bytes()[:4] == b"\0\0\1\0"
    assert icons.write_platform_icon(ICONS, tmp_path, "darwin").read_bytes()[:4] == b"icns"


# ---------------------------------------------------------------- what goes into the bundle

PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    "dest",
    [
        f"{PLUGINS}/platforms/libqoffscreen.so",  # CI and --screenshot on servers
        f"{PLUGINS}/platforms/libqxcb.so",  # X11 desktops
        f"{PLUGINS}/platforms/libqwayland.so",  # Wayland desktops
        "PySide6/plugins/platforms/qwindows.dll",
        f"{PLUGINS}/platforms/libqcocoa.dylib",
        f"{PLUGINS}/imageformats/libqsvg.so",
        f"{PLUGINS}/iconengines/libqsvgicon.so",
        f"{PLUGINS}/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{PLUGINS}/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "geodata/data/zones.geojson",
        "PySide6\\translations\\qtbase_ar.qm",  # Qt's dialogs in the interface languages
        "PySide6/Qt/translations/qtbase_tr.qm",
        "resources/i18n/atlas_ku.qm",
        "fontpkg_noto_sans_arabic/files/NotoSansArabic[wdth,wght].ttf",
    ],
)
def test_bundle_keeps_what_the_app_needs(dest):
    assert bundle_filter.keep_file(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtbase_ru.qm",
        f"{PLUGINS}/platformthemes/libqgtk3.so",  # would bundle the build machine's GTK
        f"{PLUGINS}/platforms/libqvnc.so",
        f"{PLUGINS}/platforms/libqeglfs.so",
        f"{PLUGINS}/imageformats/libqpdf.so",
        f"{PLUGINS}/imageformats/libqjpeg.so",
        f"{PLUGINS}/tls/libqopensslbackend.so",
        f"{PLUGINS}/xcbglintegrations/libqxcb-glx-integration.so",
        f"{PLUGINS}/wayland-graphics-integration-client/libdmabuf-server.so",
    ],
)
def test_bundle_leaves_out_unused_qt_parts(dest):
    assert not bundle_filter.keep_file(dest)


def test_libraries_only_a_dropped_plugin_needs_are_dropped_shared_ones_stay():
    links = {
        "gtk3.so": ["libgtk-3.so.0", "libX11.so.6"],
        "libgtk-3.so.0": ["libcairo.so.2"],
        "libcairo.so.2": ["libX11.so.6"],
        "xcb.so": ["libX11.so.6"],
        "ctypes-loaded.so": [],
    }
    kept = [
        ("PySide6/Qt/plugins/platforms/xcb.so", "xcb.so", "BINARY"),
        ("libgtk-3.so.0", "libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "libcairo.so.2", "BINARY"),
        ("libX11.so.6", "libX11.so.6", "BINARY"),
        ("ctypes-loaded.so", "ctypes-loaded.so", "BINARY"),
        ("libcairo.so", "libcairo.so.2", "SYMLINK"),
    ]
    dropped = [("PySide6/Qt/plugins/platformthemes/gtk3.so", "gtk3.so", "BINARY")]
    result = bundle_filter.drop_orphans(kept, dropped, lambda source: links.get(source, []))
    result = bundle_filter.drop_dangling_links(result, result)
    assert [dest for dest, _, _ in result] == [
        "PySide6/Qt/plugins/platforms/xcb.so",
        "libX11.so.6",
        "ctypes-loaded.so",
    ]


# ---------------------------------------------------------------- stripping without breaking


def _elf64_with_load(offset: int, vaddr: int, align: int = 0x1000) -> bytes:
    header = b"\x7fELF\x02\x01\x01" + bytes(9)  # 64-bit, little-endian
    header += struct.pack("<HHIQQQIHHHHHH", 3, 62, 1, 0, 64, 0, 0, 64, 56, 1, 64, 0, 0)
    return header + struct.pack("<IIQQQQQQ", 1, 5, offset, vaddr, vaddr, 16, 16, align)


def test_a_library_whose_segments_stripping_misaligned_is_not_loadable():
    assert strip_elf.loadable(_elf64_with_load(0x1621000, 0x166B000))
    # What strip did to numpy's OpenBLAS: glibc refuses "address/offset not page-aligned".
    assert not strip_elf.loadable(_elf64_with_load(0x1621098, 0x166B000))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF is Linux's format")
def test_the_running_python_reads_as_loadable():
    data = Path(sys.executable).resolve().read_bytes()
    assert strip_elf.load_segments(data)
    assert strip_elf.loadable(data)
