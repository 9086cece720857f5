"""Bundle the curated data (geodata/data/**) and every runtime module of geodata.

Command handlers are imported by name (``import_module("geodata.cli.query")``), which PyInstaller
cannot see, so runtime submodules are collected explicitly. The build-time pipelines are left out:
they import geopandas, which the running app never needs.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

BUILD_TIME_ONLY = ("geodata.build_basemap", "geodata.zonebuild")


def _is_runtime(name: str) -> bool:
    return not any(name == pkg or name.startswith(pkg + ".") for pkg in BUILD_TIME_ONLY)


hiddenimports = collect_submodules("geodata", filter=_is_runtime)
datas = collect_data_files("geodata", excludes=["**/__pycache__", "build_basemap", "zonebuild"])
