"""Bundle every module of the desktop package: subcommand handlers are imported by name."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("desktop")
