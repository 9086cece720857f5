"""How search text matches a name: normalised spellings (transliteration, accents, bracketed
asides), consonant skeletons for romanisations that differ, coordinates typed as text, and the
score that ranks a match."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

# Letters the Turkish and Kurdish spellings use for sounds English writes with two letters:
# "Qamişlo" must match "Qamishlo".
_TRANSLITERATE = str.maketrans(
    {
        "ş": "sh",
        "ç": "ch",
        "ğ": "g",
        "ı": "i",
        "ʿ": "",
        "ʾ": "",
        "‘": "",
        "’": "",
        "'": "",
        "`": "",
        "-": " ",
        "/": " ",
        ",": " ",
        ".": " ",
    }
)
_PARENTHESES = re.compile(r"\([^)]*\)")
# "A / B" and "Mabbug/Mabog" list spellings; "Turkish side: X", "Syrian village X" say whose X is.
_NAME_SEPARATORS = re.compile(r"\s*/\s*")
_SIDE_PREFIX = re.compile(r"^(?:\w+ side:|Syrian village)\s*", re.I)


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Lower case, Turkish/Kurdish letters spelt out, accents and apostrophes dropped.

    Cached: the index normalises some 20,000 gazetteer spellings, many of them repeated."""
    text = text.casefold().translate(_TRANSLITERATE)
    if not text.isascii():  # accents to drop
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


def clean_alt_names(names: Iterable[object]) -> list[str]:
    """The names among a gazetteer's annotated alternates: "Serê Kaniyê / Serêkaniyê (Kurdish)"
    is two names, "Turkish side: Cilvegözü" is "Cilvegözü" (the name across the border finds the
    crossing), "Mabbug/Mabog" two; notes ("opposite X", "near X") and quoted glosses ("'Gate of
    the Winds'") are not names."""
    out: list[str] = []
    for raw in names:
        for part in _NAME_SEPARATORS.split(_PARENTHESES.sub("", str(raw))):
            part = _SIDE_PREFIX.sub("", part.strip(" ;,"))
            if not part or part.casefold().startswith(("opposite ", "near ")):
                continue
            if part[0] in "'\"" and part[-1] in "'\"":
                continue
            out.append(part)
    return out


# Arabic articles as romanisations write them ("al-", "an ", "ez-", "ash-"): a spelling may have
# one where another has none or a different one ("Maarat al-Numan", "Ma'arrat an-Nu'man").
_ARTICLES = {"al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "ez", "es", "ed", "et", "en"}
# Kurdish writes kh as x ("Şêx Meqsûd" for Sheikh Maqsoud).
_SOUNDS = (
    ("kh", "h"),
    ("x", "h"),
    ("q", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("ph", "f"),
    ("ck", "k"),
)
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLED = re.compile(r"(.)\1+")


_NUMBER = r"([-+]?\d{1,3}(?:\.\d+)?)\s*°?\s*([NSEW])?"
_COORDINATES = re.compile(rf"^\s*{_NUMBER}\s*[,;\s]\s*{_NUMBER}\s*$", re.I)


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """(lat, lon) from "36.2, 37.1" (latitude first, as map sites write it), "36.2N 37.1E" or
    "37.1E, 36.2N"; None if the text is not a coordinate pair."""
    found = _COORDINATES.match(text)
    if found is None:
        return None
    a, a_hemi, b, b_hemi = found.groups()
    first, second = float(a), float(b)
    a_hemi, b_hemi = (a_hemi or "").upper(), (b_hemi or "").upper()
    if a_hemi in ("E", "W") or b_hemi in ("N", "S"):  # longitude written first
        first, second, a_hemi, b_hemi = second, first, b_hemi, a_hemi
    lat = -abs(first) if a_hemi == "S" else first
    lon = -abs(second) if b_hemi == "W" else second
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def skeleton(text: str) -> tuple[str, ...]:
    """A normalised name's consonant skeleton, word by word, without articles: the part of a
    romanised Arabic name its spellings share ("Hmeimim", "Khmeimim", "Hmeymim" and "Humaymim"
    are all ("hmmm",); "Sheikh Maqsoud", "Sheikh Maksood" and "Şêx Meqsûd" all ("shh",
    "mksd"))."""
    words = []
    for word in normalize(text).split():
        if word in _ARTICLES:
            continue
        for article in ("al", "el"):  # "alhasakah", "el-bab" written as one word
            if word.startswith(article) and len(word) > 5:
                word = word[len(article) :]
        for sound, simple in _SOUNDS:
            word = word.replace(sound, simple)
        # Doubled letters go before the vowels: "Hmeimim" keeps its three m's ("hmmm", as
        # "Humaymim"); collapsing after would leave "hm", too short to search by.
        word = _VOWELS.sub("", _DOUBLED.sub(r"\1", word))
        if word:
            words.append(word)
    return tuple(words)


def skeleton_match(query: tuple[str, ...], key: tuple[str, ...], prefix: bool = True) -> bool:
    """The query's words are a run of the key's (the last one may be a prefix, unless
    ``prefix`` is false: then whole words only)."""
    n = len(query)
    for start in range(len(key) - n + 1):
        run = key[start : start + n]
        if run[:-1] == query[:-1] and (
            run[-1].startswith(query[-1]) if prefix else run[-1] == query[-1]
        ):
            return True
    return False


def spelling_closeness(query: str, keys: Iterable[str]) -> float:
    """How close the typed spelling is to the nearest of ``keys`` (normalised names), 0..1,
    articles left out: among names of one skeleton, "al-Sayadah" is nearer Ash Sayyadah
    (a village) than Suwayda (a city): the skeleton alone cannot tell them apart."""
    typed = _without_articles(normalize(query))
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(typed)
    best = 0.0
    for key in keys:
        matcher.set_seq1(_without_articles(key))
        best = max(best, matcher.ratio())
    return best


def _without_articles(name: str) -> str:
    return " ".join(word for word in name.split() if word not in _ARTICLES)


def without_leading_article(query: str) -> str:
    """A normalised query without its leading Arabic article ("" when it has none, or is one
    word): "as sweida" is "sweida"."""
    first, _, rest = query.partition(" ")
    return rest if rest and first in _ARTICLES else ""


def match_score(query: str, keys: tuple[str, ...]) -> float | None:
    """0 exact, 1 prefix, 2 word prefix, 3 inside; +0.5 when only an alternative name matches."""
    best: float | None = None
    for position, key in enumerate(keys):
        if key == query:
            score = 0.0
        elif key.startswith(query):
            score = 1.0
        elif f" {query}" in f" {key}":
            score = 2.0
        elif len(query) >= 3 and query in key:
            score = 3.0
        else:
            continue
        if position:
            score += 0.5
        best = score if best is None else min(best, score)
    return best
