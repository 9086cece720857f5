"""Place-name handling: display names, match keys and id slugs.

Sources spell one village many ways ("Tall Sab'in", "Tell Sabin", "Tal Sabeen"); matching
folds the differences that are only transliteration, never meaning.
"""

from __future__ import annotations

import re
import unicodedata

# Apostrophe-like marks for ayn/hamza in romanised Arabic.
_AYN = "‘’ʿʾ`´'ʻʼ"
_ARTICLES = {"al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "adh", "ath", "al-", "ech"}
# Spelling families: each variant -> one canonical form (whole words only).
_WORD_FORMS = {
    "tell": "tal",
    "tall": "tal",
    "tel": "tal",
    "kfar": "kafr",
    "kafar": "kafr",
    "kefr": "kafr",
    "deir": "dayr",
    "dair": "dayr",
    "der": "dayr",
    "ain": "ayn",
    "ein": "ayn",
    "ayn": "ayn",
    "sheikh": "shaykh",
    "shaikh": "shaykh",
    "sheik": "shaykh",
    "sheykh": "shaykh",
    "jebel": "jabal",
    "jabel": "jabal",
    "khirbet": "khirbat",
    "khirbit": "khirbat",
    "kherbet": "khirbat",
    "um": "umm",
    "abou": "abu",
    "beer": "bir",
    "bi'r": "bir",
    "mazraat": "mazraa",
    "mazraah": "mazraa",
}


def strip_accents(text: str) -> str:
    """Latin letters without diacritics (Ḩ -> H, ā -> a, ş -> s)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def display_name(label: str) -> str:
    """A plain name for news readers: no diacritics, ayn/hamza as a straight apostrophe
    inside a word and dropped at its start ("‘Arbid" -> "Arbid", "Ma‘rata" -> "Ma'rata")."""
    text = strip_accents(label)
    for mark in _AYN:
        text = text.replace(mark, "'")
    text = re.sub(r"(^|[\s\-(])'+", r"\1", text)
    text = re.sub(r"\s+", " ", text).strip(" '")
    return text


def split_variants(label: str) -> tuple[str, list[str]]:
    """Main name and alternates from a map label: "A/B (C)" -> ("A", ["B", "C"])."""
    alts: list[str] = []
    for inner in re.findall(r"\(([^)]*)\)", label):
        alts.extend(part.strip() for part in inner.split("/") if part.strip())
    base = re.sub(r"\([^)]*\)", " ", label)
    parts = [p.strip() for p in base.split("/") if p.strip()]
    if not parts:
        return label.strip(), alts
    return re.sub(r"\s+", " ", parts[0]), parts[1:] + alts


def match_key(name: str) -> str:
    """A key equal for spellings of one name: lower-case, no articles, spelling families
    folded, vowels and doubled letters simplified."""
    text = strip_accents(name).lower()
    for mark in _AYN:
        text = text.replace(mark, "")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    words = [_WORD_FORMS.get(w, w) for w in text.split()]
    words = [w for w in words if w not in _ARTICLES]
    # "Bab al-Hawa border crossing" and "Bab al-Hawa" name one crossing.
    while len(words) > 1 and words[-1] in ("crossing", "border", "post", "gate"):
        words.pop()
    # "al-Bab" may arrive as "albab"; a leading article glued on is dropped too.
    words = [re.sub(r"^(al|el)(?=[bcdfghjklmnpqrstvwxyz]{1}[aeiou])", "", w) for w in words]
    text = "".join(words)
    text = text.replace("ou", "u").replace("ee", "i").replace("oo", "u")
    text = re.sub(r"(iyah|iyeh|iya|iye)$", "iya", text)
    text = re.sub(r"(ah|eh|a|e)$", "a", text)
    text = re.sub(r"(.)\1+", r"\1", text)
    text = text.replace("y", "i").replace("e", "a").replace("o", "u")
    return text


def slug(name: str) -> str:
    """The lower-case ascii id form of a name ("Ma'arrat al-Nu'man" -> "maarrat_al_numan")."""
    text = strip_accents(name).lower()
    for mark in _AYN:
        text = text.replace(mark, "")
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    return text or "place"
