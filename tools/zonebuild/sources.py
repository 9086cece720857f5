"""Source records (GeoJSON ``sources`` entries) for the zones and features."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlparse

from . import reference as ref

PUBLISHERS = {
    "syriahr.com": "Syrian Observatory for Human Rights (SOHR)",
    "anfenglish.com": "ANF News",
    "anfenglishmobile.com": "ANF News",
    "anfdeutsch.com": "ANF Deutsch",
    "hawarnews.com": "Hawar News (ANHA)",
    "npasyria.com": "North Press Agency",
    "kurdistan24.net": "Kurdistan24",
    "rudaw.net": "Rudaw",
    "southfront.org": "SouthFront",
    "almasdarnews.com": "al-Masdar News",
    "voltairenet.org": "Voltaire Network (protocol text)",
    "syrianobserver.com": "The Syrian Observer",
    "enabbaladi.net": "Enab Baladi",
    "english.enabbaladi.net": "Enab Baladi",
    "trtworld.com": "TRT World",
    "wikipedia.org": "Wikipedia",
    "en.wikipedia.org": "Wikipedia",
    "en.m.wikipedia.org": "Wikipedia",
    "crisisgroup.org": "International Crisis Group",
    "globalsecurity.org": "GlobalSecurity.org",
    "english.aawsat.com": "Asharq Al-Awsat",
    "sanasyria.org": "SANA",
    "tass.com": "TASS",
    "mehrnews.com": "Mehr News",
    "en.mehrnews.com": "Mehr News",
    "jusoor.co": "Jusoor for Studies",
    "zomiacenter.org": "Zomia Center",
    "ypjrojava.net": "YPJ Rojava",
    "sputniknews.com": "Sputnik",
    "sarabic.ae": "Sputnik Arabic",
    "bianet.org": "Bianet",
    "islamtimes.org": "Islam Times",
    "syria-report.com": "The Syria Report",
}


def publisher(url: str) -> str:
    host = urlparse(url).netloc.lower().removeprefix("www.").split(":")[0]
    if host in PUBLISHERS:
        return PUBLISHERS[host]
    for dom, name in PUBLISHERS.items():
        if host.endswith("." + dom):
            return name
    return host


def src(url: str, note: str = "", date: str | None = None, pub: str | None = None) -> dict:
    return {"url": url, "publisher": pub or publisher(url), "date": date, "note": note}


def from_walk(points: Iterable[ref.WalkPoint], what: str) -> list[dict]:
    """One source entry per URL cited by the walk points, naming the places it supports."""
    by_url: dict[str, list[str]] = {}
    for p in points:
        for u in p.urls:
            by_url.setdefault(u, []).append(p.place.split(" (")[0])
    return [
        src(u, f"{what}: side of {', '.join(dict.fromkeys(places))}")
        for u, places in by_url.items()
    ]


def merge(*groups: Iterable[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for g in groups:
        for s in g:
            if s["url"] in seen:
                if s["note"] and s["note"] not in seen[s["url"]]["note"]:
                    seen[s["url"]]["note"] += "; " + s["note"]
            else:
                seen[s["url"]] = dict(s)
    return list(seen.values())


# ------------------------------------------------------------------ registry citations
#: Why a citation of the reference walks is not written as a source (data/SOURCES.md).
DROPPED_NOTE = (
    "{n} citation(s) of the reference walks behind this zone are not cited here: Wikipedia "
    "mirrors, scrapers, sanctioned outlets or pages whose date was not recorded "
    "(data/SOURCES.md; they stay research leads in zonebuild/reference/)."
)


def _registry_by_url() -> dict[str, str]:
    """Source URL (and read-via copy URL) -> registry id, over every sources/*.toml."""
    from geodata.sources import load_registry

    from .basemap import REPO_ROOT

    registry = load_registry(REPO_ROOT / "geodata" / "data")
    by_url: dict[str, str] = {}
    for source in registry.sources.values():
        for url in (source.url, source.read_via):
            if url:
                by_url.setdefault(_url_key(url), source.id)
    return by_url


def _url_key(url: str) -> str:
    return url.strip().replace(":443/", "/").replace("http://", "https://")


def cite(entries: Iterable[dict], by_url: dict[str, str]) -> tuple[list[dict], int]:
    """Zone/feature citations as registry references ``{id, note}``; a URL not in the
    registry is dropped (counted), never written as an ungraded source."""
    out: dict[str, dict] = {}
    dropped = 0
    for entry in entries:
        sid = by_url.get(_url_key(entry["url"]))
        if sid is None:
            dropped += 1
            continue
        note = entry.get("note", "")
        if sid in out:
            if note and note not in out[sid]["note"]:
                out[sid]["note"] = f"{out[sid]['note']}; {note}" if out[sid]["note"] else note
        else:
            out[sid] = {"id": sid, "note": note}
    return list(out.values()), dropped
