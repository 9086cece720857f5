"""Route a clicked link: web addresses open in the browser, internal ones select a record."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.panel.format import DATE_SCHEME, EVENT_SCHEME, ZONE_SCHEME, is_web_url


def route_link(url: QUrl | str, on_event, on_zone, on_date=None) -> None:
    text = url.toString() if isinstance(url, QUrl) else url
    scheme, _, record_id = text.partition(":")
    if scheme == DATE_SCHEME and on_date is not None:
        with contextlib.suppress(ValueError):
            on_date(date.fromisoformat(record_id))
    elif scheme == EVENT_SCHEME:
        on_event(record_id)
    elif scheme == ZONE_SCHEME:
        on_zone(record_id)
    elif is_web_url(text):
        QDesktopServices.openUrl(QUrl(text))
