"""Former home of the web-map builder, now the package :mod:`geodata.web_export`.

Kept so ``from geodata.html_export import build_web_map`` (benchmarks/run.py) still works.
"""

from __future__ import annotations

from geodata.web_export import build_web_map, esc, fmt_day, safe_url
from geodata.web_export.coverage import CONTROL_TITLE as DEFAULT_TITLE

__all__ = ["DEFAULT_TITLE", "build_web_map", "esc", "fmt_day", "safe_url"]
