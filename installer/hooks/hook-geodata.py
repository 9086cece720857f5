"""Bundle the curated data (geodata/data/**) and every run-time module of geodata.

Command handlers and the web-map assets are imported by name (``import_module(...)``), which
PyInstaller cannot see, so run-time submodules and the XStatic packages are named here. The
build-time pipelines live in ``tools/``, outside the package, and are never bundled.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

# "xstatic.pkg" runs hook-xstatic.pkg.py, which adds every installed XStatic package and its files.
hiddenimports = collect_submodules("geodata") + ["xstatic.pkg"]
datas = collect_data_files("geodata", excludes=["**/__pycache__"])
