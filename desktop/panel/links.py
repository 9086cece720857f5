"""Route a clicked link: web addresses open in the browser, internal ones select a record."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.panel.format import EVENT_SCHEME, ZONE_SCHEME, is_web_url


def route_link(url: QUrl | str, on_event, on_zone) -> None:
    text = url.toString() if isinstance(url, QUrl) else url
    scheme, _, record_id = text.partition(":")
    if scheme == EVENT_SCHEME:
        on_event(record_id)
    elif scheme == ZONE_SCHEME:
        on_zone(record_id)
    elif is_web_url(text):
        QDesktopServices.openUrl(QUrl(text))
