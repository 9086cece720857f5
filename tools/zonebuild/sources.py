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
