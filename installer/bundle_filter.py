"""Which collected files the bundle keeps: used Qt plugins only, Qt's translations only for the
interface languages, no orphans.

PyInstaller's Qt hooks collect every plugin of a used Qt module (e.g. all image formats and the
GTK3 theme for QtGui) together with the libraries those plugins link to. `keep_file` drops the
plugins the app does not use; `drop_orphans` then drops the libraries that only they needed.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable

# Qt plugins by type: None keeps every plugin of the type, a pattern keeps the matching ones.
QT_PLUGINS_KEPT: dict[str, str | None] = {
    # xcb and wayland for Linux desktops, offscreen for CI and --screenshot on a server.
    "platforms": r"q(xcb|offscreen|wayland|windows|cocoa)",
    # Native file dialogs through the XDG portal. Not the GTK3 theme: it would bundle the build
    # machine's GTK, cairo and pango, which belong to the user's desktop.
    "platformthemes": r"q(xdgdesktopportal)",
    "platforminputcontexts": None,  # input methods (typing Arabic place names)
    "iconengines": None,  # SVG icons
    "imageformats": r"q(svg)",  # PNG is built into QtGui; SVG for the icon and SVG export
    "styles": None,  # native look on Windows and macOS
    "printsupport": None,
    # Wayland with software (shm) buffers: decorations and the standard xdg shell. The map is
    # painted by QPainter, so no OpenGL integrations (xcbglintegrations, wayland-graphics-*).
    "wayland-decoration-client": None,
    "wayland-shell-integration": r"xdg-shell",
}
QT_PLUGIN = re.compile(r"PySide6/(?:Qt/)?plugins/([^/]+)/(?:lib)?([^/.]+)[^/]*$")
QT_TRANSLATION = re.compile(r"PySide6/(?:Qt/)?translations/")
# Qt's own catalogues for the interface languages (desktop.i18n.LANGUAGES; Qt has no Kurdish):
# the standard dialogs' buttons (OK, Cancel, Save) in Arabic and Turkish.
QT_TRANSLATION_KEPT = re.compile(r"/qtbase_(?:ar|tr)\.qm$")

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination, source, type code)


def keep_file(dest: str) -> bool:
    """Whether a collected file (by its destination inside the bundle) belongs in the bundle."""
    dest = dest.replace("\\", "/")
    if QT_TRANSLATION.search(dest):
        return QT_TRANSLATION_KEPT.search(dest) is not None
    match = QT_PLUGIN.search(dest)
    if match is None:
        return True
    kind, stem = match.groups()
    if kind not in QT_PLUGINS_KEPT:
        return False
    pattern = QT_PLUGINS_KEPT[kind]
    return pattern is None or re.fullmatch(pattern, stem) is not None


def _key(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1].lower()


def drop_orphans(
    kept: list[Entry], dropped: Iterable[Entry], imports_of: Callable[[str], Iterable[str]]
) -> list[Entry]:
    """`kept` without the libraries that only the `dropped` files link to.

    `imports_of(source)` names the libraries a binary links to. Only libraries reachable from a
    dropped file are candidates, so libraries loaded at run time by name (ctypes) are never lost.
    """
    files = [entry for entry in kept if entry[2] != "SYMLINK"]
    by_name = {_key(dest): (dest, src, kind) for dest, src, kind in files}

    def closure(sources: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(sources)
        while todo:
            for name in map(_key, imports_of(todo.pop())):
                if name in by_name and name not in seen:
                    seen.add(name)
                    todo.append(by_name[name][1])
        return seen

    candidates = closure(src for _, src, kind in dropped if kind != "SYMLINK")
    roots = [src for dest, src, _ in files if _key(dest) not in candidates]
    orphans = candidates - closure(roots)
    return [entry for entry in kept if entry[2] == "SYMLINK" or _key(entry[0]) not in orphans]


def drop_dangling_links(toc: list[Entry], present: Iterable[Entry]) -> list[Entry]:
    """`toc` without symbolic links (type SYMLINK, source = relative target) to absent files."""
    dests = {_normal(dest) for dest, _, kind in present if kind != "SYMLINK"}
    return [
        (dest, src, kind)
        for dest, src, kind in toc
        if kind != "SYMLINK"
        or _normal(posixpath.join(posixpath.dirname(_normal(dest)), _normal(src))) in dests
    ]


def _normal(path: str) -> str:
    return posixpath.normpath(path.replace("\\", "/"))
