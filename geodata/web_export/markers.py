"""Event kinds on the web map: their colours, names and SVG symbols (as the desktop map draws)."""

from __future__ import annotations

from geodata.legend.entries import kind_label
from geodata.model import EVENT_KIND_COLOURS, EVENT_KIND_LABELS
from geodata.web_export.style import LOW_GRADE_COLOUR

KIND_COLOURS = EVENT_KIND_COLOURS
KIND_LABELS = EVENT_KIND_LABELS
IMPORTED_RIM = "#1f2d3a"  # desktop.render.style.IMPORTED_RIM
#: How much wider a low-grade event's symbol is on each side, for its dashed ring.
LOW_GRADE_PAD = 4

__all__ = ["KIND_COLOURS", "KIND_LABELS", "imported_svg", "kind_label", "marker_svg"]


def imported_svg(kind: str, size: int = 12) -> str:
    """An imported event's symbol, as the desktop map draws it: its kind's shape and colour,
    smaller, with a dark rim inside a white one (the talks' symbols have none)."""
    return marker_svg(kind, size, stroke=IMPORTED_RIM, stroke_width=1.0, halo=True)


def marker_svg(
    kind: str,
    size: int = 16,
    selected: bool = False,
    stroke: str = "white",
    stroke_width: float = 1.5,
    halo: bool = False,
    low_grade: bool = False,
) -> str:
    """The event symbol of the desktop map (shape tells the kind without colour), as SVG;
    ``low_grade`` adds the dashed red ring of an event resting only on low-grade sources (the
    symbol then is ``LOW_GRADE_PAD`` px wider on each side)."""
    colour = KIND_COLOURS.get(kind, KIND_COLOURS["other"])
    r = size / 2 - 1.5
    c = size / 2
    if kind == "meeting":
        shape = f"<circle cx='{c}' cy='{c}' r='{r}'/>"
    elif kind == "visit":
        shape = f"<polygon points='{c},{c - r} {c + r},{c} {c},{c + r} {c - r},{c}'/>"
    elif kind == "agreement":
        shape = (
            f"<rect x='{c - r * 0.85}' y='{c - r * 0.85}' width='{1.7 * r}' height='{1.7 * r}'/>"
        )
    elif kind == "operation":
        shape = f"<polygon points='{c},{c - r} {c + r},{c + r * 0.8} {c - r},{c + r * 0.8}'/>"
    elif kind == "statement":  # a speech bubble, as on the desktop map
        shape = (
            f"<path d='M{c - r},{c - r * 0.8 + r * 0.35}"
            f"a{r * 0.35},{r * 0.35} 0 0 1 {r * 0.35},{-r * 0.35}h{2 * r - r * 0.7}"
            f"a{r * 0.35},{r * 0.35} 0 0 1 {r * 0.35},{r * 0.35}v{1.3 * r - r * 0.7}"
            f"a{r * 0.35},{r * 0.35} 0 0 1 {-r * 0.35},{r * 0.35}H{c}l{-r * 0.6},{r * 0.6}"
            f"l{r * 0.1},{-r * 0.6}H{c - r + r * 0.35}"
            f"a{r * 0.35},{r * 0.35} 0 0 1 {-r * 0.35},{-r * 0.35}z'/>"
        )
    elif kind == "incident":
        w = r * 0.35
        shape = (
            f"<path d='M{c - r},{c - w}h{2 * r}v{2 * w}h{-2 * r}z"
            f"M{c - w},{c - r}h{2 * w}v{2 * r}h{-2 * w}z'/>"
        )
    else:
        shape = f"<circle cx='{c}' cy='{c}' r='{r * 0.7}'/>"
    ring = (
        f"<circle cx='{c}' cy='{c}' r='{c - 0.5}' fill='none' stroke='#111' stroke-width='1.5'/>"
        if selected
        else ""
    )
    under = f"<g fill='none' stroke='white' stroke-width='3'>{shape}</g>" if halo else ""
    body = (
        f"{under}<g fill='{colour}' stroke='{stroke}' "
        f"stroke-width='{stroke_width}'>{shape}</g>{ring}"
    )
    if low_grade:
        pad, full = LOW_GRADE_PAD, size + 2 * LOW_GRADE_PAD
        body = (
            f"<g transform='translate({pad},{pad})'>{body}</g>"
            f"<circle cx='{full / 2}' cy='{full / 2}' r='{full / 2 - 1}' fill='none' "
            f"stroke='{LOW_GRADE_COLOUR}' stroke-width='1.4' stroke-dasharray='3 2'/>"
        )
        size = full
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{size}' height='{size}' "
        f"viewBox='0 0 {size} {size}'>{body}</svg>"
    )
