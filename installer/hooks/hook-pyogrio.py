"""pyogrio (GeoPackage/KML import) needs its bundled GDAL and PROJ data files at run time."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("pyogrio", excludes=["tests", "tests/**"])
