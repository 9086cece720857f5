"""The attribute table with a 100k-event workspace (read as the app reads it): open, sort by
each kind of column, filter by a word. ``python -m benchmarks.attribute_table [N]``."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def _ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main(n: int = 100_000) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from benchmarks.synthetic import write_workspace
    from desktop.panel.attribute_table import DATE, KIND, LAT, TITLE, AttributeTable
    from desktop.state import AppState
    from geodata.atlas import load_atlas

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        atlas = load_atlas(workspace=write_workspace(Path(folder) / "w.gpkg", n))
        state = AppState()
        state.set_atlas(atlas)
        table: AttributeTable | None = None

        def open_table() -> None:
            nonlocal table
            table = AttributeTable(state, atlas)
            table.resize(1000, 400)
            table.show()
            app.processEvents()

        figures = {"open": _ms(open_table)}
        view = table.table
        for name, column in (("date", DATE), ("kind", KIND), ("lat", LAT), ("title", TITLE)):
            figures[f"sort by {name}"] = _ms(
                lambda c=column: (
                    view.sortByColumn(c, Qt.SortOrder.DescendingOrder),
                    app.processEvents(),
                )  # fmt: skip
            )
        figures["filter 'aleppo'"] = _ms(
            lambda: (table.filter_edit.setText("aleppo"), app.processEvents())
        )
        figures["filter 'raqqa'"] = _ms(
            lambda: (table.filter_edit.setText("raqqa"), app.processEvents())
        )
        figures["sort by title 2"] = _ms(
            lambda: (view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder), app.processEvents())
        )
        figures["clear filter"] = _ms(lambda: (table.filter_edit.setText(""), app.processEvents()))
        figures["select a row"] = _ms(lambda: (view.selectRow(10), app.processEvents()))
    print(f"attribute table, {table.model.rowCount():,} imported events")
    for name, ms in figures.items():
        print(f"  {name:<16} {ms:8.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
