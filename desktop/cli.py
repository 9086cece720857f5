"""The one command line: window options, plus export / query / validate / import subcommands.

Parsing only; the work happens in handler modules imported lazily, so that ``syria-atlas query``
never pays for Qt and the window never pays for folium.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import TYPE_CHECKING, NoReturn

from geodata import __version__
from geodata.errors import UsageError
from geodata.extent import ATLAS_BOUNDS

if TYPE_CHECKING:
    from collections.abc import Callable

SUBCOMMANDS = ("export", "query", "validate", "import", "workspace")
# Interface languages (desktop.i18n.LANGUAGES; repeated here so parsing never imports Qt).
LANGUAGE_CODES = ("en", "ar", "tr", "ku")


# Options whose value may start with "-" (a negative size or longitude). argparse reads
# "--size -5x100" as an option missing its value ("expected one argument"); joined as
# "--size=-5x100", the value reaches its parser, which says what is wrong with it.
_DASHED_VALUES = ("--size", "--extent")


def _join_dashed_values(argv: list[str]) -> list[str]:
    joined: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token in _DASHED_VALUES:
            value = next(tokens, None)
            if value is not None and re.match(r"-[\d.]", value):
                joined.append(f"{token}={value}")
                continue
            joined.append(token)
            if value is not None:
                joined.append(value)
            continue
        joined.append(token)
    return joined


class _Parser(argparse.ArgumentParser):
    """argparse that raises one-line errors instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:  # noqa: D401 - argparse API
        raise UsageError(message)

    def parse_known_args(self, args=None, namespace=None):  # noqa: D102 - argparse API
        if args is not None:
            args = _join_dashed_values(list(args))
        return super().parse_known_args(args, namespace)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (want YYYY-MM-DD): {text!r}") from None


def _coordinate(name: str, limit: float) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a {name}: {text!r}") from None
        if not -limit <= value <= limit:  # also refuses nan
            raise argparse.ArgumentTypeError(
                f"{name} must be between -{limit:g} and {limit:g}: {text!r}"
            )
        return value

    parse.__name__ = name
    return parse


parse_latitude = _coordinate("latitude", 90)
parse_longitude = _coordinate("longitude", 180)


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"([-+]?\d{1,9})[xX×]([-+]?\d{1,9})", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(
            f"not a size (want WIDTHxHEIGHT in whole pixels, e.g. 1600x1000): {text!r}"
        )
    width, height = int(match[1]), int(match[2])
    if width <= 0 or height <= 0:
        raise argparse.ArgumentTypeError(
            f"width and height must be positive (want WIDTHxHEIGHT, e.g. 1600x1000): {text!r}"
        )
    if not (16 <= width <= 20000 and 16 <= height <= 20000):
        raise argparse.ArgumentTypeError(
            f"size out of range: width and height must be 16-20000 pixels, got {text!r}"
        )
    return width, height


def parse_dpi(text: str) -> int:
    """Dots per inch: a whole number, or a decimal one rounded (Qt's PDF and SVG writers take
    whole DPI), saying so on stderr so the "wrote ... at N DPI" line is no surprise."""
    import math
    import sys

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of dots per inch: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"not a number of dots per inch: {text!r}")
    whole = math.floor(value + 0.5)
    if whole != value:
        print(f"syria-atlas: note: --dpi {text} rounded to {whole}", file=sys.stderr)
    return whole


def parse_extent(text: str) -> tuple[float, float, float, float]:
    try:
        values = tuple(float(v) for v in text.split(","))
    except ValueError:
        values = ()
    if len(values) != 4:
        raise argparse.ArgumentTypeError(
            f"not an extent (want min_lon,min_lat,max_lon,max_lat): {text!r}"
        )
    min_lon, min_lat, max_lon, max_lat = values
    if not (-180 <= min_lon < max_lon <= 180 and -85 <= min_lat < max_lat <= 85):
        raise argparse.ArgumentTypeError(f"extent out of range or inverted: {text!r}")
    west, south, east, north = ATLAS_BOUNDS
    if max_lon <= west or min_lon >= east or max_lat <= south or min_lat >= north:
        raise argparse.ArgumentTypeError(
            f"extent {text!r} lies outside the atlas area "
            f"(lon {west:g} to {east:g}, lat {south:g} to {north:g})"
        )
    return values  # type: ignore[return-value]


def _add_data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace",
        metavar="PATH|URL",
        help="also load this workspace: a GeoPackage, or a PostGIS database "
        "(postgresql://user@host/db, service=NAME)",
    )


def parse_language(text: str) -> str:
    code = text.strip().lower()
    if code not in LANGUAGE_CODES:
        raise UsageError(f"unknown language {text!r}: choose one of {', '.join(LANGUAGE_CODES)}")
    return code


def _add_names_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--names",
        type=parse_language,
        metavar="|".join(LANGUAGE_CODES),
        default="en",
        help="party names (controller_name, party_name) in this language where recorded; "
        "ids stay as they are",
    )


def _add_language_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--lang",
        type=parse_language,
        metavar="|".join(LANGUAGE_CODES),
        help=f"language of {what} (default: the one chosen in the window, else the system's)",
    )


def _add_view_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the 'as of' date (default: the selected event's day, else 2023-04-25)",
    )
    parser.add_argument(
        "--select",
        metavar="ID",
        help="select a zone, area or event by id, or a place's zone (query place gives ids)",
    )
    parser.add_argument(
        "--compare-from",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="compare mode: hatch the ground that changed hands between this date and --date",
    )
    parser.add_argument(
        "--extent",
        type=parse_extent,
        metavar="MINLON,MINLAT,MAXLON,MAXLAT",
        help="map extent in degrees",
    )


def window_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="syria-atlas",
        description="Northern Syria Atlas: who holds what, where the M4 runs, and what each party "
        "said at the talks. Without arguments, opens the map window.",
        epilog="Subcommands: syria-atlas export|query|validate|import|workspace --help",
    )
    parser.add_argument("--version", action="version", version=f"syria-atlas {__version__}")
    _add_view_options(parser)
    _add_data_options(parser)
    _add_language_option(parser, "the window")
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render the window once loaded, save it as PNG and exit",
    )
    parser.add_argument(
        "--size",
        type=parse_size,
        metavar="WxH",
        help="window size for --screenshot (default 1400x900)",
    )
    return parser


def subcommand_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="syria-atlas", description="Northern Syria Atlas command line.")
    parser.add_argument("--version", action="version", version=f"syria-atlas {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    # export
    export = sub.add_parser("export", help="export a map snapshot or an interactive web map")
    export_kind = export.add_subparsers(dest="export_kind", required=True, parser_class=_Parser)
    snap = export_kind.add_parser("snapshot", help="PNG, SVG or PDF map rendered from state")
    snap.add_argument("--out", required=True, metavar="FILE.(png|svg|pdf)")
    snap.add_argument(
        "--dpi", type=parse_dpi, default=None, help="dots per inch, 50-600 (decimals are rounded)"
    )
    snap.add_argument(
        "--paper",
        metavar="NAME",
        help="a4-landscape, a4-portrait, a3-landscape, a3-portrait, "
        "letter-landscape, letter-portrait",
    )
    snap.add_argument("--size", type=parse_size, metavar="WxH", help="size in pixels")
    snap.add_argument("--title", metavar="TEXT", help="title printed on the map")
    snap.add_argument("--no-inset", action="store_true", help="omit the locator inset")
    snap.add_argument(
        "--graticule", action="store_true", help="draw meridians and parallels with degrees"
    )
    snap.add_argument(
        "--both-scripts",
        action="store_true",
        help="town names in both scripts: Arabic under a Latin name, Latin under an Arabic one",
    )
    _add_view_options(snap)
    _add_data_options(snap)
    _add_language_option(snap, "the title, legend and credits")
    html = export_kind.add_parser(
        "html", aliases=["web"], help="self-contained interactive web map (folium)"
    )
    html.add_argument("--out", required=True, metavar="FILE.html")
    html.add_argument("--title", metavar="TEXT")
    _add_view_options(html)
    _add_data_options(html)
    _add_language_option(html, "the title, legend and credits")

    zones_out = export_kind.add_parser(
        "zones",
        help="the zones in force on a date as GeoJSON, CSV or GeoPackage: the control zones and "
        "the agreed zones (Sochi DMZ, M4 corridor; column layer='agreed', computed)",
        description="One row per zone in force on the date. Column layer: 'control' for the "
        "control zones, 'agreed' for the agreed zones drawn over them (kind 'dmz': the 2018 "
        "Sochi demilitarised zone; kind 'corridor': the 2020 M4 corridor), whose shapes the "
        "atlas computed (see their accuracy column). Keep layer='control' for control alone.",
    )
    zones_out.add_argument("--out", required=True, metavar="FILE.(geojson|csv|gpkg)")
    zones_out.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD")
    _add_data_options(zones_out)

    # query
    query = sub.add_parser("query", help="answer questions as JSON")
    what = query.add_subparsers(dest="query_kind", required=True, parser_class=_Parser)
    ctl = what.add_parser("controller", help="who controlled a point (or a place) on a date")
    ctl.add_argument("--lat", type=parse_latitude, help="latitude in degrees (with --lon)")
    ctl.add_argument("--lon", type=parse_longitude, help="longitude in degrees (with --lat)")
    ctl.add_argument(
        "--place",
        metavar="NAME",
        help="a town or village by any spelling, instead of --lat/--lon (the best match of "
        "query place; the answer names it)",
    )
    ctl.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD")
    _add_data_options(ctl)
    _add_names_option(ctl)
    m4 = what.add_parser("m4", help="M4 length by controller on a date")
    m4.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD")
    _add_data_options(m4)
    _add_names_option(m4)
    events = what.add_parser("events", help="events, filtered")
    events.add_argument(
        "--zone", metavar="ID", help="a zone id (that snapshot alone) or an area id (all)"
    )
    events.add_argument("--party", metavar="ID")
    events.add_argument("--from", dest="date_from", type=parse_date, metavar="YYYY-MM-DD")
    events.add_argument("--to", dest="date_to", type=parse_date, metavar="YYYY-MM-DD")
    _add_data_options(events)
    _add_names_option(events)
    changes = what.add_parser("changes", help="gains and losses of control between two dates")
    changes.add_argument(
        "--from", dest="date_from", type=parse_date, required=True, metavar="YYYY-MM-DD"
    )
    changes.add_argument(
        "--to", dest="date_to", type=parse_date, required=True, metavar="YYYY-MM-DD"
    )
    changes.add_argument("--area", metavar="ID", help="an area or zone id (idlib, afrin ...)")
    _add_data_options(changes)
    localities = what.add_parser("localities", help="the places whose control is tracked")
    localities.add_argument("--name", metavar="TEXT", help="any spelling; adds each history")
    _add_data_options(localities)
    place = what.add_parser("place", help="find a town, area or event by any spelling")
    place.add_argument("name", metavar="NAME")
    place.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD")
    _add_data_options(place)
    parties = what.add_parser("parties", help="list party ids and names")
    _add_data_options(parties)
    _add_names_option(parties)
    zones = what.add_parser("zones", help="list the zones (ids, areas) in force on a date")
    zones.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD")
    _add_data_options(zones)
    statements = what.add_parser("statements", help="stated positions, filtered")
    statements.add_argument("--event", metavar="ID")
    statements.add_argument("--party", metavar="ID")
    _add_data_options(statements)
    _add_names_option(statements)

    # validate
    validate = sub.add_parser("validate", help="check a data directory (default: bundled data)")
    validate.add_argument(
        "dir",
        nargs="?",
        metavar="DIR",
        help="a data folder laid out like geodata/data (default: the installed, bundled data)",
    )

    # import
    imp = sub.add_parser("import", help="import events or zones into a workspace")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--workspace",
        metavar="PATH|URL",
        help="workspace GeoPackage or PostGIS database URL (default: the user's default workspace)",
    )
    imp.add_argument("--layer", metavar="NAME", help="layer to read from a GeoPackage")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="column mapping for a CSV, e.g. --map date=Day --map lat=Y",
    )
    imp.add_argument("--kind", choices=("auto", "events", "zones"), default="auto")
    imp.add_argument("--encoding", metavar="NAME", help="text encoding if not UTF-8, e.g. cp1256")

    # workspace
    workspace = sub.add_parser("workspace", help="manage workspaces (GeoPackage or PostGIS)")
    ws_command = workspace.add_subparsers(
        dest="workspace_command", required=True, parser_class=_Parser
    )
    copy = ws_command.add_parser(
        "copy", help="copy a workspace between a GeoPackage and a PostGIS database, either way"
    )
    copy.add_argument("source", metavar="SRC", help="GeoPackage path or database URL")
    copy.add_argument("target", metavar="DST", help="a new GeoPackage, or an empty database")
    return parser
