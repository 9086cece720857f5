"""The web map's look: the page's CSS and the colours shared with the desktop map."""

from __future__ import annotations

import base64
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geodata.legend import Language

ZONE_FILL_OPACITY = 105 / 255  # as on the desktop map (desktop.render.style.ZONE_FILL_ALPHA)
M4_COLOUR = "#d7301f"
DMZ_COLOUR = "#483d8b"  # the 2018 demilitarised zone: indigo, as on the desktop map
#: A claim resting only on low-grade sources (SOURCES.md): red dashes, as the desktop map
#: draws them (desktop.render.event_layer.LOW_GRADE_PEN).
LOW_GRADE_COLOUR = "#aa3333"
LOW_GRADE_DASH = "5 4"

# On a phone the boxes at the top left stop short of the layer switcher at the top right
# (a 390-px-wide Arabic page had its title under it).
PAGE_CSS = """
.nsa-snap .leaflet-marker-icon,.nsa-snap .leaflet-marker-shadow,.nsa-snap .leaflet-zoom-animated{
 transition:none!important}
.nsa-box{background:rgba(255,255,255,.94);padding:8px 10px;border-radius:6px;
 box-shadow:0 1px 5px rgba(0,0,0,.35);font:12px/1.35 "DejaVu Sans",Arial,sans-serif;color:#2b2a27;
 max-width:320px}
@media (max-width:520px){.leaflet-top.leaflet-left .nsa-box{max-width:calc(100vw - 96px)}}
.nsa-box h1{font-size:16px;margin:0 0 2px}
.nsa-box .nsa-date{font-size:13px;margin:0}
.nsa-box .nsa-nodata{margin:6px 0 0;padding:4px 7px;border:1.2px solid #b0562a;border-radius:5px;
 background:rgba(255,246,230,.92);color:#8a3b12;font-weight:bold}
.nsa-legend .nsa-row{display:flex;align-items:center;gap:7px;margin:2px 0}
.nsa-sw{display:inline-block;width:22px;height:12px;border:1px dashed rgba(0,0,0,.45)}
.nsa-line{display:inline-block;width:22px;height:0;border-top:3px solid #d7301f;
 box-shadow:0 0 0 1px #fff}
.nsa-low-zone{background:transparent;border:1.4px dashed #a33}
.nsa-ring{display:inline-block;width:10px;height:10px;margin:0 6px;border:1.4px dashed #a33;
 border-radius:50%}
.nsa-cluster{display:inline-flex;width:16px;height:16px;margin:0 3px;border-radius:50%;
 background:rgba(31,45,58,.7);border:1.2px solid #fff;color:#fff;font:bold 8px sans-serif;
 align-items:center;justify-content:center;box-sizing:border-box}
.nsa-legend .nsa-row svg,.nsa-legend .nsa-row>span:first-child{flex:none}
.nsa-h{font-weight:bold;margin:6px 0 2px}
.nsa-note,.nsa-meta{color:#6b675e;font-size:11px}
.nsa-pop{font:12px/1.4 "DejaVu Sans",Arial,sans-serif;max-width:360px;max-height:340px;
 overflow-y:auto}
.nsa-pop p{margin:3px 0}
.nsa-pop .nsa-title{font-weight:bold;font-size:13px;margin:0 0 3px}
.nsa-pop table{border-collapse:collapse}.nsa-pop th{text-align:left;padding:1px 8px 1px 0;
 vertical-align:top;color:#55524a;font-weight:normal}
.nsa-pop ul{margin:2px 0;padding-left:18px}
.nsa-tag{font-size:10px;color:#fff;background:#6b675e;border-radius:3px;padding:0 4px}
.nsa-quote{font-style:normal}.nsa-para{font-style:italic}
.nsa-ltr{quotes:"\\201C" "\\201D" "\\2018" "\\2019"}
.leaflet-container{background:#a9cfe0}
.leaflet-control-layers{font-size:12px}
.nsa-label{font:11px "DejaVu Sans",Arial,sans-serif;color:#2b2a27;white-space:nowrap;
 text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff}
"""


def darker(colour: str, factor: float = 1.5) -> str:
    """``#rrggbb`` (or ``#rgb``) darkened: a zone's outline colour from its fill."""
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return "#{:02x}{:02x}{:02x}".format(*(round(v / factor) for v in (r, g, b)))


#: Arabic script ranges: the embedded font serves only these, Latin text keeps DejaVu/Arial.
_ARABIC_RANGES = "U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF"
_BOXES = ".nsa-box,.nsa-pop,.nsa-popup,.nsa-label,.nsa-zone-label,.nsa-slider"


@lru_cache(maxsize=1)
def _arabic_font_face() -> str:
    """Noto Sans Arabic (OFL; the dependency fontpkg-noto-sans-arabic, which the window uses
    too) as an embedded @font-face: the page renders Arabic offline on a system without an
    Arabic font. "" when the package is missing (the system's fonts then serve)."""
    try:
        import fontpkg_noto_sans_arabic as noto
    except ImportError:
        return ""
    fonts = sorted((noto.ROOT / "files").glob("*.ttf"))
    if not fonts:
        return ""
    data = base64.b64encode(fonts[0].read_bytes()).decode("ascii")
    return (
        "@font-face{font-family:'Noto Sans Arabic';font-weight:100 900;"
        f"src:url(data:font/ttf;base64,{data}) format('truetype');"
        f"unicode-range:{_ARABIC_RANGES}}}"
    )


def language_css(lang: Language) -> str:
    """CSS for the page's language: an Arabic-capable font for Arabic (embedded) and text
    aligned to the start of right-to-left boxes."""
    if lang.code != "ar":
        return ""
    family = "'Noto Sans Arabic','DejaVu Sans',Tahoma,Arial,sans-serif"
    return (
        _arabic_font_face()
        + f"{_BOXES}{{font-family:{family}}}"
        + "[dir=rtl] .nsa-pop th,.nsa-pop[dir=rtl] th{text-align:right;padding:1px 0 1px 8px}"
        + "[dir=rtl] ul{padding-left:0;padding-right:18px}"
        + ".nsa-said[dir=rtl] .nsa-party{border-left:0;border-right:4px solid #999;"
        + "padding-left:0;padding-right:5px}"
        # A data name or a quote in another script takes lines of its own, in its own
        # direction: an English title wrapped around an Arabic label read out of order.
        + "[dir=rtl] .nsa-name,[dir=rtl] .nsa-quote,[dir=rtl] .nsa-para"
        + "{display:block;unicode-bidi:isolate;margin:1px 0}"
    )
