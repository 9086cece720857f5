"""Text helpers shared by the panels: dates, party names, escaped rich text with source links.

Everything from the data is escaped before it goes into a Qt rich-text label (Qt would otherwise
interpret stray ``<`` or ``&`` as markup).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n import day_text, language, party_display_name
from geodata.model import Source, single_low_grade
from geodata.text_limits import SHOWN_CHARACTERS, shown  # noqa: F401 - re-exported

#: Internal link schemes: clicking them selects a record instead of opening a browser.
EVENT_SCHEME = "event"
ZONE_SCHEME = "zone"
DATE_SCHEME = "date"

# Marked for translation here, translated where shown (kind_title).
KIND_TITLES = {
    "meeting": QT_TRANSLATE_NOOP("EventKind", "Meeting"),
    "visit": QT_TRANSLATE_NOOP("EventKind", "Visit"),
    "agreement": QT_TRANSLATE_NOOP("EventKind", "Agreement"),
    "operation": QT_TRANSLATE_NOOP("EventKind", "Military operation"),
    "statement": QT_TRANSLATE_NOOP("EventKind", "Statement"),
    "incident": QT_TRANSLATE_NOOP("EventKind", "Incident"),
    "other": QT_TRANSLATE_NOOP("EventKind", "Other"),
}


# The languages statements were spoken in, where a source says it translated them.
LANGUAGE_NAMES = {
    "ar": QT_TRANSLATE_NOOP("Language", "Arabic"),
    "tr": QT_TRANSLATE_NOOP("Language", "Turkish"),
    "ku": QT_TRANSLATE_NOOP("Language", "Kurdish"),
    "fa": QT_TRANSLATE_NOOP("Language", "Persian"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "he": QT_TRANSLATE_NOOP("Language", "Hebrew"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
}


def language_name(code: str) -> str:
    """An ISO 639-1 code's language in the interface language (an unknown code as it is)."""
    name = LANGUAGE_NAMES.get(code)
    return QCoreApplication.translate("Language", name) if name else code


def kind_title(kind: str) -> str:
    """An event kind's name in the interface language (an unknown kind as it is)."""
    title = KIND_TITLES.get(kind)
    return QCoreApplication.translate("EventKind", title) if title else kind


def isolate(text: object) -> str:
    """``text`` as a bidi isolate (FSI ... PDI): a name or title in one script keeps its own
    direction inside a sentence in another (an English title in Arabic, an Arabic name in
    English), and punctuation beside it stays where the sentence puts it. Only right to left
    needs it: a left-to-right sentence lays out an Arabic name right as it is."""
    from desktop.i18n import RIGHT_TO_LEFT, current_language

    return f"\u2068{text}\u2069" if current_language() in RIGHT_TO_LEFT else str(text)


def rtl_start(text: str) -> str:
    """``text`` opening with a right-to-left mark in a right-to-left language: Qt takes a
    paragraph's direction from its first strong letter, which an isolated Latin name (or a
    leading research note) would make left to right, putting brackets on the wrong side."""
    from desktop.i18n import RIGHT_TO_LEFT, current_language

    return f"\u200f{text}" if text and current_language() in RIGHT_TO_LEFT else text


def esc(text: object) -> str:
    return html.escape(shown(str(text)), quote=True)


def fmt_date(day: date | None) -> str:
    """25 Apr 2023 — unambiguous in every locale."""
    return day_text(day, short=True)


def fmt_long_date(day: date | None) -> str:
    return day_text(day, short=False)


def is_imported(event) -> bool:
    """An event from the user's workspace rather than the curated, bundled data."""
    return getattr(event, "origin", "bundled") != "bundled"


def imported_from(event) -> str:
    """The file an imported event came from ("" when unknown or bundled)."""
    if not is_imported(event):
        return ""
    prefix = "imported from "  # data, written by the importer: not translated
    for source in event.sources:
        if source.note.startswith(prefix):
            return source.note[len(prefix) :]
    return ""


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt guesses rich text from a leading tag."""
    return "<qt>" + esc(text).replace("\n", "<br>") + "</qt>"


def party_name(atlas, party_id: str, day: date | None = None) -> str:
    """The party's name in the interface language (geodata.legend.party_name decides): with
    ``day``, the name it had then ("Syrian caretaker government" in Jan 2025)."""
    return party_display_name(atlas, party_id, day)


def zone_title(atlas, zone) -> str:
    """The zone's title in the interface language (geodata.legend.zone_title decides)."""
    from geodata.legend.parties import zone_title as title_in

    return title_in(atlas, zone, language())


def party_colour(atlas, party_id: str) -> str:
    """The party's colour as the map draws it (hex)."""
    from desktop.render.style import controller_colour

    return controller_colour(atlas, party_id).name()


def internal_link(scheme: str, record_id: str, text: str) -> str:
    return f'<a href="{scheme}:{esc(record_id)}">{esc(text)}</a>'


def is_web_url(url: str) -> bool:
    return url.startswith(("http://", "https://"))


#: How a source's kind is named where it is shown: state and party media are labelled as such.
SOURCE_KIND_TITLES = {
    "official": QT_TRANSLATE_NOOP("SourceKind", "official"),
    "wire": QT_TRANSLATE_NOOP("SourceKind", "wire agency"),
    "newspaper": QT_TRANSLATE_NOOP("SourceKind", "newspaper"),
    "monitor": QT_TRANSLATE_NOOP("SourceKind", "monitor"),
    "ngo": QT_TRANSLATE_NOOP("SourceKind", "NGO / UN"),
    "research": QT_TRANSLATE_NOOP("SourceKind", "research"),
    "state_media": QT_TRANSLATE_NOOP("SourceKind", "state media"),
    "party_media": QT_TRANSLATE_NOOP("SourceKind", "party media"),
    "dataset": QT_TRANSLATE_NOOP("SourceKind", "dataset"),
}


def grade_badge(source: Source) -> str:
    """ "[B2 · wire agency]": the Admiralty grade and the kind, or "[ungraded]"."""
    kind = QCoreApplication.translate(
        "SourceKind", SOURCE_KIND_TITLES.get(source.kind, source.kind)
    )
    parts = [p for p in (source.grade, kind) if p]
    text = " · ".join(parts) if parts else QCoreApplication.translate("SourceKind", "ungraded")
    colour = "#a33" if source.low_grade(fact_on_ground=False) else "#3d5a3d"
    return f'<span style="color:{colour}">[{esc(text)}]</span>'


def source_html(source: Source) -> str:
    """One source: its publisher (or the address) as a link, its grade and kind, then its
    date, the copy it was read on and its note."""
    label = source.publisher or source.url or "source"
    web = is_web_url(source.url)
    head = f'<a href="{esc(source.url)}">{esc(label)}</a>' if web else esc(label)
    head += " " + grade_badge(source)
    extra = []
    if source.title:
        extra.append(f"<i>{esc(source.title)}</i>")
    if source.date is not None:
        # isolated: an Arabic date inside an English title and note reads "23 شباط 2017",
        # not "23 2017 شباط"
        extra.append(isolate(fmt_date(source.date)))
    elif source.date_text:
        extra.append(esc(source.date_text))
    if source.read_via and is_web_url(source.read_via):
        extra.append(
            QCoreApplication.translate("Format", 'read via <a href="{url}">a copy</a>').format(
                url=esc(source.read_via)
            )
        )
    if source.note:
        extra.append(esc(source.note))
    return head + (f' <span style="color:#6b665c">— {"; ".join(extra)}</span>' if extra else "")


LOW_GRADE_WARNING = QT_TRANSLATE_NOOP(  # translated where shown (context Format)
    "Format",
    '<span style="color:#a33">&#9888; Rests only on low-grade sources (graded D-F, ungraded, '
    "or state/party media for a fact on the ground): treat as unconfirmed.</span>",
)


def sources_html(
    sources: Iterable[Source], *, fact_on_ground: bool = True, warn: bool | None = None
) -> str:
    """The source list; a claim resting only on low-grade sources is marked above it.
    ``warn`` is the caller's own answer when it has one (``geodata.model.holder_low_grade``:
    a stored gap makes no claim to warn about, whatever its sources)."""
    sources = tuple(sources)
    items = [source_html(s) for s in sources]
    if not items:
        return QCoreApplication.translate(
            "Format", '<span style="color:#a33">No source recorded.</span>'
        )
    warning = (
        QCoreApplication.translate("Format", LOW_GRADE_WARNING) + "<br>"
        if (single_low_grade(sources, fact_on_ground=fact_on_ground) if warn is None else warn)
        else ""
    )
    return warning + "<br>".join(items)


def swatch_html(colour: str, size: int = 11) -> str:
    """A small coloured square (a table cell, since Qt rich text has no inline-block)."""
    return (
        f'<span style="background-color:{esc(colour)}; color:{esc(colour)};'
        f' font-size:{size}px">&#9632;&#9632;</span>'
    )
