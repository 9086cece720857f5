"""Bundle the icons and the .desktop file (found at run time beside resources/__init__.py)."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("resources", excludes=["**/__pycache__"])
