"""Smoke-test a built bundle as a user would run it: ``python installer/check_bundle.py``.

Runs the bundled executable (never the source tree) from an empty folder with an empty HOME:
- the Qt platform plugins are there (offscreen for CI, xcb and wayland for desktops), Qt's
  translations only for Arabic and Turkish, the atlas's Arabic/Turkish/Kurmanji catalogues,
  and the xcb plugin's Qt libraries resolve inside the bundle;
- ``--version``; ``--screenshot`` offscreen makes a PNG of the requested size that shows the map
  (enough sea-blue and neighbouring-land pixels, colours read from desktop/render/style.py);
- ``query controller`` at Idlib city says "hts" (the bundled data are found), ``validate`` passes;
- the exports, once their command exists in the source tree;
- the same screenshot through the xcb plugin under Xvfb, and through the wayland plugin under a
  headless Weston, where those are installed;
- install.sh / uninstall.sh into a temporary HOME: menu entry, icons, command, clean removal.
Standard library only. Exit status 0 when every check passes; prints timings.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

INSTALLER = Path(__file__).resolve().parent
ROOT = INSTALLER.parent
NAME = "syria-atlas"
SCREENSHOT_SIZE = (1200, 800)
IDLIB = ("35.93", "36.63")  # Idlib city: held by HTS on the default date


class CheckFailed(Exception):
    pass


# ---------------------------------------------------------------- PNG reading (stdlib only)


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB(A) rows of an 8-bit RGB or RGBA, non-interlaced PNG."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise CheckFailed(f"{path.name} is not a PNG file")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise CheckFailed(f"{path.name}: unexpected PNG format (depth {depth}, colour {colour})")
    channels = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous = [], bytes(stride)
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, up_left = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                line[x] = (
                    line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)
                ) & 0xFF
        rows.append(
            bytes(line) if channels == 3 else bytes(b for i, b in enumerate(line) if i % 4 != 3)
        )
        previous = bytes(line)
    return width, height, rows


def colour_histogram(rows: list[bytes]) -> Counter:
    """How many pixels have each RGB colour."""
    histogram: Counter = Counter()
    for row in rows:
        histogram.update(zip(row[0::3], row[1::3], row[2::3], strict=True))
    return histogram


def colour_share(histogram: Counter, rgb: tuple[int, int, int], tolerance: int = 6) -> float:
    """Share of pixels within `tolerance` of `rgb` in every channel."""
    near = sum(
        count
        for colour, count in histogram.items()
        if all(abs(colour[c] - rgb[c]) <= tolerance for c in range(3))
    )
    return near / max(sum(histogram.values()), 1)


def style_colour(name: str) -> tuple[int, int, int]:
    """A colour constant of desktop/render/style.py (``NAME = QColor("#rrggbb")``)."""
    text = (ROOT / "desktop" / "render" / "style.py").read_text("utf-8")
    match = re.search(rf'^{name}\s*=\s*QColor\("#([0-9a-fA-F]{{6}})"\)', text, re.MULTILINE)
    if not match:
        raise CheckFailed(f"no {name} colour in desktop/render/style.py")
    value = match.group(1)
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


# ---------------------------------------------------------------- running the bundle


class Bundle:
    def __init__(self, folder: Path, scratch: Path):
        self.folder = folder
        self.executable = folder / (NAME + (".exe" if os.name == "nt" else ""))
        self.scratch = scratch
        home = scratch / "home"
        home.mkdir(exist_ok=True)
        # A user's environment: nothing from the build (no PYTHONPATH, no venv), an empty HOME.
        keep = ("PATH", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "DISPLAY", "XAUTHORITY")
        self.env = {k: v for k, v in os.environ.items() if k in keep}
        self.env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
        self.env.update(XDG_DATA_HOME=str(home / ".local/share"), QT_QPA_PLATFORM="offscreen")

    def run(self, *args: str, env: dict | None = None, timeout: int = 120, prefix=()):
        result = subprocess.run(
            [*prefix, str(self.executable), *args],
            cwd=self.scratch,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise CheckFailed(
                f"'{NAME} {' '.join(args)}' exited {result.returncode}:\n"
                f"{result.stderr.strip()[-2000:]}"
            )
        return result


# ---------------------------------------------------------------- the checks


def check_files(bundle: Bundle) -> str:
    internal = bundle.folder / "_internal"
    if not bundle.executable.is_file() or not os.access(bundle.executable, os.X_OK):
        raise CheckFailed(f"no executable {bundle.executable}")
    plugins = next(internal.glob("PySide6/**/plugins"), None)
    if plugins is None:
        raise CheckFailed("no Qt plugins folder in the bundle")
    wanted = {"offscreen": "platforms/*qoffscreen*", "svg": "imageformats/*qsvg*"}
    if sys.platform.startswith("linux"):
        wanted |= {"xcb": "platforms/libqxcb.so", "wayland": "platforms/libqwayland.so"}
    missing = [name for name, pattern in wanted.items() if not list(plugins.glob(pattern))]
    if missing:
        raise CheckFailed(f"Qt plugins missing: {', '.join(missing)}")
    qt_catalogues = {p.name for p in internal.glob("PySide6/**/translations/*.qm")}
    if qt_catalogues - {"qtbase_ar.qm", "qtbase_tr.qm"}:
        raise CheckFailed("Qt translations beyond the interface languages are bundled")
    atlas_catalogues = {p.name for p in internal.glob("resources/i18n/atlas_*.qm")}
    if atlas_catalogues != {"atlas_ar.qm", "atlas_tr.qm", "atlas_ku.qm"}:
        raise CheckFailed(f"interface translations missing: {sorted(atlas_catalogues)}")
    if not list(internal.glob("licenses/PySide6*/METADATA")):
        raise CheckFailed("no licence notices (licenses/<distribution>/) in the bundle")
    for tool in ("pytest", "_pytest", "hypothesis", "pip", "setuptools", "PyInstaller"):
        if (internal / tool).exists():
            raise CheckFailed(f"build or test tooling in the bundle: {tool}")
    return f"plugins: {', '.join(sorted(wanted))}"


def check_xcb_libraries(bundle: Bundle) -> str:
    """The xcb plugin's libraries: Qt's must resolve in the bundle; list the system ones missing."""
    internal = bundle.folder / "_internal"
    plugin = next(internal.glob("PySide6/Qt/plugins/platforms/libqxcb.so"))
    paths = [str(internal), str(plugin.parents[2] / "lib")]
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(paths)}
    output = subprocess.run(["ldd", str(plugin)], env=env, capture_output=True, text=True).stdout
    unresolved = sorted(set(re.findall(r"^\s*(\S+) => not found", output, re.MULTILINE)))
    bundled = [lib for lib in unresolved if lib.startswith("libQt6")]
    if bundled:
        raise CheckFailed(f"xcb plugin: Qt libraries not in the bundle: {', '.join(bundled)}")
    if unresolved:
        return f"system libraries the desktop must provide, absent here: {', '.join(unresolved)}"
    return "all resolve"


def check_screenshot(
    bundle: Bundle, runs: int, timings: dict, platform: str = "offscreen", env=None, prefix=()
) -> str:
    out = bundle.scratch / f"screenshot-{platform}.png"
    size = "x".join(map(str, SCREENSHOT_SIZE))
    seconds = []
    for _ in range(runs):
        out.unlink(missing_ok=True)
        started = time.perf_counter()
        bundle.run(
            "--screenshot", str(out), "--size", size,
            env={"QT_QPA_PLATFORM": platform, **(env or {})}, prefix=prefix,
        )  # fmt: skip
        seconds.append(time.perf_counter() - started)
        if not out.is_file():
            raise CheckFailed(f"--screenshot exited 0 but wrote no {out.name}")
    timings[platform] = seconds
    width, height, rows = read_png(out)
    if (width, height) != SCREENSHOT_SIZE:
        raise CheckFailed(f"screenshot is {width}x{height}, asked for {size}")
    # The base map is drawn: the Mediterranean and the neighbours' land show in their colours
    # (the window's panels take most of it, so the shares are small but never zero).
    histogram = colour_histogram(rows)
    sea = colour_share(histogram, style_colour("SEA"))
    land = colour_share(histogram, style_colour("LAND_NEIGHBOUR"))
    if sea < 0.002 or land < 0.01:
        raise CheckFailed(
            f"the screenshot shows no map: sea {sea:.1%} (want 0.2%), neighbouring land "
            f"{land:.1%} (want 1%) of the pixels"
        )
    return f"{size}, sea {sea:.1%}, land {land:.1%} of pixels, {out.stat().st_size // 1024} KiB"


def check_xcb(bundle: Bundle, timings: dict) -> str:
    """The window through the xcb plugin, on an X server in memory (Xvfb), as on an X11 desktop."""
    xvfb = ("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24")
    return check_screenshot(bundle, 1, timings, "xcb", prefix=xvfb)


def check_wayland(bundle: Bundle, timings: dict) -> str:
    """The window through the wayland plugin, on a headless Weston compositor."""
    runtime = bundle.scratch / "xdg-runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    socket = "atlas-check"
    weston = subprocess.Popen(
        ["weston", "--backend=headless-backend.so", f"--socket={socket}", "--idle-time=0"],
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while not (runtime / socket).exists():
            if weston.poll() is not None or time.monotonic() > deadline:
                raise CheckFailed("the headless Weston compositor did not start")
            time.sleep(0.1)
        env = {"XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": socket}
        return check_screenshot(bundle, 1, timings, "wayland", env=env)
    finally:
        weston.terminate()
        weston.wait(10)


def check_query(bundle: Bundle) -> str:
    lat, lon = IDLIB
    output = bundle.run("query", "controller", "--lat", lat, "--lon", lon).stdout
    try:
        controller = json.loads(output)["controller"]
    except (ValueError, KeyError, TypeError):
        raise CheckFailed(
            f"query controller printed no JSON with a controller:\n{output[:500]}"
        ) from None
    if controller != "hts":
        raise CheckFailed(f"query controller at Idlib says {controller!r}, expected 'hts'")
    return "Idlib -> hts"


def check_validate(bundle: Bundle) -> str:
    # a full check of the bundled data: every control period derived and its tiling checked
    # (~40-80 s on 2 cores, more with CI's other work beside it)
    bundle.run("validate", timeout=300)
    return "bundled data valid"


def check_export_snapshot(bundle: Bundle) -> str:
    out = bundle.scratch / "snapshot.png"
    bundle.run("export", "snapshot", "--out", str(out), "--size", "800x600")
    if not out.is_file() or out.stat().st_size < 10_000:
        raise CheckFailed("export snapshot wrote no (or an empty) PNG")
    return f"{out.stat().st_size // 1024} KiB"


def check_export_html(bundle: Bundle) -> str:
    out = bundle.scratch / "map.html"
    bundle.run("export", "html", "--out", str(out))
    text = out.read_text("utf-8") if out.is_file() else ""
    if "L.map(" not in text and "leaflet" not in text.lower():
        raise CheckFailed("export html wrote no Leaflet map")
    return f"{len(text) // 1024} KiB"


def check_install(bundle: Bundle) -> str:
    home = bundle.scratch / "install-home"
    prefix = bundle.scratch / "install prefix"  # a space, as in many real paths
    env = {**bundle.env, "HOME": str(home)}
    env.pop("XDG_DATA_HOME")
    run = lambda *cmd: subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)  # noqa: E731
    run(str(bundle.folder / "install.sh"), "--prefix", str(prefix))
    data = home / ".local/share"
    desktop = (data / "applications" / f"{NAME}.desktop").read_text("utf-8")
    exec_line = re.search(r'^Exec="([^"]+)"', desktop, re.MULTILINE)
    target = Path(exec_line.group(1)) if exec_line else None
    if target is None or not os.access(target, os.X_OK):
        raise CheckFailed(f"installed menu entry runs no executable:\n{desktop}")
    for icon in ("48x48/apps/syria-atlas.png", "scalable/apps/syria-atlas.svg"):
        if not (data / "icons/hicolor" / icon).is_file():
            raise CheckFailed(f"icon not installed: {icon}")
    version = run(str(prefix / "bin" / NAME), "--version").stdout.strip()
    if not version.startswith(NAME):
        raise CheckFailed(f"installed command printed {version!r}")
    run(str(prefix / "lib" / NAME / "uninstall.sh"))
    left = [p for p in [*data.rglob("*"), *prefix.rglob("*")] if p.is_file() or p.is_symlink()]
    if left:
        raise CheckFailed(f"uninstall left files behind: {left[:5]}")
    return f"menu entry, icons and '{version}' installed, then removed cleanly"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the built bundle.")
    parser.add_argument("bundle", nargs="?", type=Path, default=INSTALLER / "dist" / NAME)
    parser.add_argument("--runs", type=int, default=1, help="screenshot runs to time (median)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="atlas-bundle-check-"))
    bundle, timings = Bundle(args.bundle.resolve(), scratch), {}
    linux = sys.platform.startswith("linux")
    checks: list[tuple[str, Callable[[], str] | None]] = [
        ("bundle files", lambda: check_files(bundle)),
        ("xcb libraries", (lambda: check_xcb_libraries(bundle)) if linux else None),
        ("--version", lambda: bundle.run("--version").stdout.strip()),
        ("screenshot (offscreen)", lambda: check_screenshot(bundle, args.runs, timings)),
        ("query controller", lambda: check_query(bundle)),
        ("validate", lambda: check_validate(bundle)),
    ]
    exports_exist = (ROOT / "desktop" / "export" / "cli.py").is_file()
    checks += [
        ("export snapshot", (lambda: check_export_snapshot(bundle)) if exports_exist else None),
        ("export html", (lambda: check_export_html(bundle)) if exports_exist else None),
        (
            "screenshot (xcb, Xvfb)",
            (lambda: check_xcb(bundle, timings)) if linux and shutil.which("xvfb-run") else None,
        ),
        (
            "screenshot (wayland, Weston)",
            (lambda: check_wayland(bundle, timings)) if linux and shutil.which("weston") else None,
        ),
        ("install.sh / uninstall.sh", (lambda: check_install(bundle)) if linux else None),
    ]
    failures = skipped = 0
    for name, check in checks:
        if check is None:
            skipped += 1
            print(f"SKIP  {name} (not available here)")
            continue
        try:
            print(f"ok    {name}: {check()}", flush=True)
        except (CheckFailed, subprocess.SubprocessError, OSError) as exc:
            failures += 1
            detail = getattr(exc, "stderr", None) or ""
            print(f"FAIL  {name}: {exc}\n{detail}".rstrip(), flush=True)
    for platform, seconds in timings.items():
        print(
            f"time  --screenshot ({platform}): median {statistics.median(seconds):.2f} s "
            f"over {len(seconds)} run(s), first {seconds[0]:.2f} s, all "
            + " ".join(f"{s:.2f}" for s in seconds)
        )
    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)
    else:
        print(f"scratch: {scratch}")
    ran = len(checks) - skipped
    verdict = f"{failures} of {ran} checks FAILED" if failures else f"all {ran} checks passed"
    print(f"bundle check: {verdict} ({skipped} skipped)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
