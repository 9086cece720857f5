"""Synthetic events over northern Syria for the benchmarks: deterministic, clearly not real.

Most events cluster around towns (as real incident data does), the rest spread evenly over the
north. Every record says it is synthetic (title, source note), so none can pass for a fact.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np

from geodata.model import EVENT_KINDS, Event, Source

SEED = 8  # issue 8
#: The north of Syria, where the synthetic events fall (lon/lat box).
NORTH_BOX = (35.8, 35.0, 42.2, 37.25)
FIRST_DAY, LAST_DAY = date(2012, 1, 1), date(2023, 4, 25)
ORIGIN = "bench"
SOURCE = (Source(url="https://example.invalid/synthetic", note="synthetic benchmark data"),)
# Incidents and operations dominate incident data; talks are rare.
KIND_WEIGHTS = {
    "meeting": 0.01,
    "visit": 0.01,
    "agreement": 0.005,
    "operation": 0.25,
    "statement": 0.075,
    "incident": 0.6,
    "other": 0.05,
}
PARTIES = ("government", "hts", "sna", "sdf", "turkey", "russia", "iran", "isis", "us_coalition")

# Town centres the clusters sit on (lon, lat): from the bundled base map's places.
_CENTRES = (
    (37.16, 36.20),  # Aleppo
    (36.63, 35.93),  # Idlib
    (36.57, 36.51),  # Afrin
    (37.05, 36.59),  # Azaz
    (37.52, 36.37),  # al-Bab
    (37.95, 36.53),  # Manbij
    (38.01, 36.83),  # Jarabulus
    (38.39, 36.89),  # Kobani
    (39.01, 35.95),  # Raqqa
    (38.95, 36.69),  # Tell Abyad
    (40.07, 36.85),  # Ras al-Ain
    (40.75, 36.50),  # Hasakah
    (41.22, 37.05),  # Qamishli
    (40.14, 35.34),  # Deir ez-Zor
    (36.78, 35.83),  # Saraqib
    (36.67, 35.65),  # Ma'arrat al-Nu'man
    (35.79, 35.52),  # Latakia
    (36.76, 35.13),  # Hama
)


def synthetic_columns(n: int, seed: int = SEED) -> dict[str, np.ndarray]:
    """Columns of ``n`` events: lon, lat, day (ordinal), kind index, party indices (2 columns)."""
    rng = np.random.default_rng(seed)
    clustered = rng.random(n) < 0.7
    centre = rng.integers(0, len(_CENTRES), n)
    centres = np.asarray(_CENTRES)[centre]
    spread = rng.normal(0.0, 0.12, (n, 2))
    min_lon, min_lat, max_lon, max_lat = NORTH_BOX
    uniform = np.column_stack([rng.uniform(min_lon, max_lon, n), rng.uniform(min_lat, max_lat, n)])
    points = np.where(clustered[:, None], centres + spread, uniform)
    points[:, 0] = points[:, 0].clip(min_lon, max_lon)
    points[:, 1] = points[:, 1].clip(min_lat, max_lat)
    first, last = FIRST_DAY.toordinal(), LAST_DAY.toordinal()
    weights = np.array([KIND_WEIGHTS[k] for k in EVENT_KINDS])
    return {
        "lon": points[:, 0].round(5),
        "lat": points[:, 1].round(5),
        "day": rng.integers(first, last + 1, n),
        "kind": rng.choice(len(EVENT_KINDS), n, p=weights / weights.sum()),
        "party_a": rng.integers(0, len(PARTIES), n),
        "party_b": rng.integers(-len(PARTIES), len(PARTIES), n),  # negative: one party only
    }


def synthetic_events(n: int, seed: int = SEED, origin: str = ORIGIN) -> list[Event]:
    """``n`` synthetic :class:`Event` records, the same for the same ``n`` and ``seed``."""
    cols = synthetic_columns(n, seed)
    days: dict[int, date] = {}
    events = []
    for i, (lon, lat, day, kind, a, b) in enumerate(
        zip(
            cols["lon"].tolist(),
            cols["lat"].tolist(),
            cols["day"].tolist(),
            cols["kind"].tolist(),
            cols["party_a"].tolist(),
            cols["party_b"].tolist(),
            strict=True,
        )
    ):
        when = days.get(day)
        if when is None:
            when = days[day] = date.fromordinal(day)
        parties = (PARTIES[a],) if b < 0 or b == a else (PARTIES[a], PARTIES[b])
        events.append(
            Event(
                id=f"{origin}-{i:07d}",
                date=when,
                title=f"Synthetic {EVENT_KINDS[kind]} {i}",
                kind=EVENT_KINDS[kind],
                lat=lat,
                lon=lon,
                participants=parties,
                sources=SOURCE,
                origin=origin,
            )
        )
    return events


def write_workspace(path: Path, n: int, seed: int = SEED) -> Path:
    """A workspace GeoPackage of ``n`` synthetic events (kept between runs: it is slow to write)."""
    from geodata.workspace import save_workspace

    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        save_workspace(path, synthetic_events(n, seed, origin=path.stem), ())
    return path
