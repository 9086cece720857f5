"""XStatic packages (Leaflet, ...) ship the JS and CSS that the offline web-map export inlines."""

import pkgutil

import xstatic.pkg
from PyInstaller.utils.hooks import collect_data_files

hiddenimports = []
datas = []
for module in pkgutil.iter_modules(xstatic.pkg.__path__, "xstatic.pkg."):
    hiddenimports.append(module.name)
    datas += collect_data_files(module.name)
