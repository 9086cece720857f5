"""Bundle Noto Sans Arabic (desktop.i18n.register_fonts loads it: Arabic in every font style)."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("fontpkg_noto_sans_arabic", excludes=["**/__pycache__"])
