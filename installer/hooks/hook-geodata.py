"""Bundle the curated data (geodata/data/**) and every run-time module of geodata.

Command handlers and the web-map assets are imported by name (``import_module(...)``), which
PyInstaller cannot see, so run-time submodules and the XStatic packages are named here. The
build-time pipelines are left out: they rebuild geodata/data and never run in the app.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

BUILD_TIME_ONLY = ("geodata.build_basemap", "geodata.zonebuild", "geodata.build_zones")


def _is_runtime(name: str) -> bool:
    return not any(name == pkg or name.startswith(pkg + ".") for pkg in BUILD_TIME_ONLY)


# "xstatic.pkg" runs hook-xstatic.pkg.py, which adds every installed XStatic package and its files.
hiddenimports = collect_submodules("geodata", filter=_is_runtime) + ["xstatic.pkg"]
datas = collect_data_files(
    "geodata", excludes=["**/__pycache__", "build_basemap/**", "zonebuild/**"]
)
