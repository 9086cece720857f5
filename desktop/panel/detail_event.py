"""The detail pane's event page: when, where, who, on the map, statements and sources."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.panel.detail_html import (
    SOURCES_HEADING,
    STYLE,
    field_rows,
    swatch,
)
from desktop.panel.format import (
    ZONE_SCHEME,
    esc,
    fmt_date,
    fmt_long_date,
    imported_from,
    internal_link,
    is_imported,
    kind_title,
    party_colour,
    party_name,
    sources_html,
    zone_title,
)
from geodata.legend.agreed_text import in_force_text
from geodata.legend.shown import AGREED_LAYERS
from geodata.model import Event, MapFeature, ViewState, Zone

# Features whose shape the atlas works out itself (no published map): the panel explains them.
_COMPUTED_KINDS = ("dmz", "corridor")


def event_html(atlas, event: Event, view: ViewState) -> str:
    kind = kind_title(event.kind)
    rows = [
        (QCoreApplication.translate("DetailHtml", "Date"), esc(fmt_long_date(event.date))),
        (QCoreApplication.translate("DetailHtml", "Kind"), esc(kind)),
    ]
    if event.place_name:
        rows.append((QCoreApplication.translate("DetailHtml", "Place"), esc(event.place_name)))
    if event.participants:
        names = []
        for p in event.participants:
            name = party_name(atlas, p, event.date)  # as it was called then (TFSA, not SNA)
            names.append(f"{swatch(party_colour(atlas, p))} {esc(name)}")
        rows.append((QCoreApplication.translate("DetailHtml", "Parties"), "<br>".join(names)))
    if event.people:
        rows.append(
            (
                QCoreApplication.translate("DetailHtml", "People"),
                "<br>".join(esc(p) for p in event.people),
            )
        )
    if is_imported(event):
        source_file = imported_from(event)
        rows.append(
            (
                QCoreApplication.translate("DetailHtml", "Origin"),
                QCoreApplication.translate(
                    "DetailHtml", '<span style="color:#0b5e6b"><b>Imported</b></span>'
                )
                + (
                    QCoreApplication.translate("DetailHtml", " from {file}").format(
                        file=esc(source_file)
                    )
                    if source_file
                    else ""
                )
                + QCoreApplication.translate(
                    "DetailHtml", ' <span class="muted">(workspace {origin})</span>'
                ).format(origin=esc(event.origin)),
            )
        )
    parts = [STYLE, f"<h2>{esc(event.title)}</h2>", field_rows(rows)]
    if event.date > view.as_of:
        parts.append(
            QCoreApplication.translate(
                "DetailHtml",
                '<p style="color:#8a3b12">This event is after the as-of date ({date}).</p>',
            ).format(date=esc(fmt_date(view.as_of)))
        )
    if event.summary:
        parts.append(f"<p>{esc(' '.join(event.summary.split()))}</p>")
    zones = atlas.zones_concerned(event, view.as_of)
    features = [atlas.features[f] for f in event.feature_ids if f in atlas.features]
    if zones or features:
        parts.append(QCoreApplication.translate("DetailHtml", "<h3>On the map</h3>"))
        items = [
            swatch(party_colour(atlas, z.controller))
            + " "
            + internal_link(ZONE_SCHEME, z.id, zone_title(atlas, z))
            for z in zones
        ]
        parts.append("<p>" + "<br>".join(items) + "</p>" if items else "")
        parts += [feature_html(f, view.as_of) for f in features]
    statements = atlas.statements_for(event_id=event.id)
    if statements:
        parties = len({s.party for s in statements})
        parts.append(
            QCoreApplication.translate(
                "DetailHtml",
                '<p class="muted">Statements: {count}; parties: {parties}. See <b>Positions</b>, '
                "side by side below the map.</p>",
            ).format(count=len(statements), parties=parties)
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "DetailHtml", '<p class="muted">No statements recorded for this event.</p>'
            )
        )
    parts.append(f"<h3>{SOURCES_HEADING()}</h3><p>{sources_html(event.sources)}</p>")
    return "".join(parts)


def feature_html(feature: MapFeature, as_of: date) -> str:
    """A line or agreed area the event concerns: its name, when it was in force (and so why it
    is not on the map on another day) and, for a zone the atlas computed, how it was drawn."""
    html = f"<p><b>—</b> {esc(feature.name)}"
    when = in_force_text(feature, as_of, QCoreApplication.translate, fmt_date)
    if when:
        html += f'<br><span class="muted">{esc(when)}</span>'
    if feature.kind in _COMPUTED_KINDS and feature.accuracy:
        html += f'<br><span class="muted">{esc(feature.accuracy)}</span>'
    return html + "</p>"


def agreed_areas_over(atlas, zone: Zone, view: ViewState) -> list[MapFeature]:
    """The agreed areas drawn over part of ``zone`` on the view's day (their layer shown)."""
    return [
        f
        for f in atlas.features_at(view.as_of)
        if f.kind in AGREED_LAYERS
        and AGREED_LAYERS[f.kind] not in view.hidden_layers
        and f.geometry.intersects(zone.geometry)
    ]
