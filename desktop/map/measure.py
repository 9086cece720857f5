"""The map's measuring tool: click points, read the geodesic distance along them and the area
they enclose (WGS84 ellipsoid, pyproj.Geod via geodata.analysis.measure_path)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from desktop.render.text import label_font
from desktop.render.transform import MapTransform

_LINE = QColor("#1a1a1a")
_FILL = QColor(26, 26, 26, 28)


class MeasureTool:
    def __init__(self) -> None:
        self.active = False
        self.points: list[tuple[float, float]] = []  # lon, lat

    def clear(self) -> None:
        self.points.clear()

    def add(self, lon: float, lat: float) -> None:
        self.points.append((lon, lat))

    def summary(self) -> str:
        """ "Distance 123.4 km · area 56.7 km² (3 points)", or how to start."""
        if len(self.points) < 2:
            return QCoreApplication.translate(
                "Measure", "Measuring: click points on the map; Esc ends"
            )
        from geodata.analysis import measure_path  # pyproj: only once something is measured

        km, area = measure_path(self.points)
        text = QCoreApplication.translate("Measure", "Distance {km:,.1f} km").format(km=km)
        if area is not None:
            text += QCoreApplication.translate(
                "Measure", " · area {area:,.1f} km² (closing the shape)"
            ).format(area=area)
        count = len(self.points)
        if count == 1:
            return text + QCoreApplication.translate("Measure", " · 1 point; Esc ends")
        return text + QCoreApplication.translate("Measure", " · %n points; Esc ends", None, count)

    def paint(self, painter: QPainter, transform: MapTransform) -> None:
        if not self.active or not self.points:
            return
        screen = [transform.lonlat_to_screen(lon, lat) for lon, lat in self.points]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if len(screen) >= 3:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_FILL)
            painter.drawPolygon(QPolygonF(screen))
        path = QPainterPath(screen[0])
        for point in screen[1:]:
            path.lineTo(point)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("white"), 4))
        painter.drawPath(path)
        painter.setPen(QPen(_LINE, 2, Qt.PenStyle.DashLine))
        painter.drawPath(path)
        painter.setPen(QPen(_LINE, 1.5))
        painter.setBrush(QBrush(QColor("white")))
        for point in screen:
            painter.drawEllipse(point, 4, 4)
        text = self.summary()
        font = label_font(12, bold=True)
        metrics = QFontMetricsF(font)
        box = QRectF(0, 0, metrics.horizontalAdvance(text) + 16, metrics.height() + 8)
        box.moveTopLeft(QPointF(10, 10))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(_LINE)
        painter.setFont(font)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
