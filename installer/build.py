"""Build the standalone one-folder bundle: ``python installer/build.py``.

By default it creates (or reuses) a build environment in installer/build/venv, installs the
project there exactly as a user would (``pip install ".[bundle]"``: the app, its run-time
dependencies and PyInstaller, no test tooling), runs PyInstaller on installer/syria-atlas.spec,
strips the Linux libraries that can safely be stripped, and adds the install scripts. The bundle
lands in installer/dist/syria-atlas/ (Windows: the same folder; macOS: also
installer/dist/Northern Syria Atlas.app). ``--archive`` also packs it for distribution.

Runs with any Python >= 3.11 (standard library only); the bundle uses the build environment's
Python, so it runs wherever that Python's platform and glibc (Linux) allow.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

INSTALLER = Path(__file__).resolve().parent
ROOT = INSTALLER.parent
BUILD = INSTALLER / "build"
DIST = INSTALLER / "dist"
NAME = "syria-atlas"
APP_NAME = "Northern Syria Atlas.app"  # macOS, as named in syria-atlas.spec
# Used only while pyproject.toml has no "bundle" extra.
FALLBACK_BUILD_REQUIREMENTS = ["pyinstaller>=6.10,<7"]


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(command: list[str], **kwargs) -> None:
    log(" ".join(str(part) for part in command))
    subprocess.run([str(part) for part in command], check=True, **kwargs)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def project_meta() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def prepare_venv(venv: Path, fresh: bool) -> Path:
    """A build environment holding the project (installed, not editable) and PyInstaller.

    pip always reinstalls a project given as a folder, so the bundle gets today's files.
    """
    if fresh and venv.exists():
        shutil.rmtree(venv)
    python = venv_python(venv)
    if not python.exists():
        run([sys.executable, "-m", "venv", venv])
    pip = [python, "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    if "bundle" in project_meta().get("optional-dependencies", {}):
        run([*pip, ".[bundle]"], cwd=ROOT)
    else:
        run([*pip, ".", *FALLBACK_BUILD_REQUIREMENTS], cwd=ROOT)
    return python


def run_pyinstaller(python: Path) -> None:
    work = BUILD / "work"
    # Run outside the source tree so PyInstaller analyses the installed package, not ./geodata.
    BUILD.mkdir(parents=True, exist_ok=True)
    run(
        [
            python, "-m", "PyInstaller", INSTALLER / "syria-atlas.spec",
            "--noconfirm", "--log-level", "WARN", "--distpath", DIST, "--workpath", work,
        ],
        cwd=BUILD,
    )  # fmt: skip


def finish_linux(bundle: Path, strip: bool) -> None:
    if strip:
        sys.path.insert(0, str(INSTALLER))
        from strip_elf import strip_tree

        # Only _internal/: the executable carries the program archive appended after its ELF image.
        saved, _ = strip_tree(bundle / "_internal")
        log(f"stripped {saved / 2**20:.1f} MiB of symbols")
    for script in ("install.sh", "uninstall.sh"):
        target = bundle / script
        shutil.copyfile(INSTALLER / "linux" / script, target)
        target.chmod(0o755)
    shutil.copyfile(INSTALLER / "linux" / "README.txt", bundle / "README.txt")


def finish_windows(bundle: Path) -> None:
    for script in ("install.ps1", "uninstall.ps1"):
        shutil.copyfile(INSTALLER / "windows" / script, bundle / script)


def size_of(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def platform_tag() -> str:
    import platform

    machine = platform.machine().lower().replace("amd64", "x86_64")
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform
    )
    return f"{system}-{machine}"


def archive(bundle: Path) -> Path:
    """The download: a .tar.gz on Linux, a .zip of the folder (Windows) or of the .app (macOS)."""
    base = DIST / f"{NAME}-{project_meta()['version']}-{platform_tag()}"
    if sys.platform.startswith("linux"):
        out = base.parent / f"{base.name}.tar.gz"
        with tarfile.open(out, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=NAME)  # keeps the executable bits and symbolic links
        return out
    out = base.parent / f"{base.name}.zip"
    if sys.platform == "darwin":
        # ditto keeps the .app's symbolic links and extended attributes; zipfile would not.
        run(["ditto", "-c", "-k", "--keepParent", DIST / APP_NAME, out])
        return out
    return Path(shutil.make_archive(str(base), "zip", DIST, NAME))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--venv", type=Path, default=BUILD / "venv", help="build environment (default: %(default)s)"
    )
    where.add_argument(
        "--current-env",
        action="store_true",
        help="use this Python as it is (it needs the project installed non-editable, and "
        "PyInstaller); no pip install",
    )
    parser.add_argument("--fresh", action="store_true", help="recreate the build environment")
    parser.add_argument("--no-strip", action="store_true", help="keep symbols (Linux)")
    parser.add_argument("--archive", action="store_true", help="also pack a .tar.gz / .zip")
    args = parser.parse_args(argv)

    started = time.monotonic()
    python = Path(sys.executable) if args.current_env else prepare_venv(args.venv, args.fresh)
    run_pyinstaller(python)
    bundle = DIST / NAME
    if sys.platform.startswith("linux"):
        finish_linux(bundle, strip=not args.no_strip)
    elif sys.platform == "win32":
        finish_windows(bundle)
    log(f"bundle: {bundle} ({size_of(bundle) / 2**20:.0f} MiB)")
    if sys.platform == "darwin":
        log(f"app: {DIST / APP_NAME}")
    if args.archive:
        packed = archive(bundle)
        log(f"archive: {packed} ({packed.stat().st_size / 2**20:.0f} MiB)")
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
