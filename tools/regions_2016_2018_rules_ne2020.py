"""Region rules for the north-east between the autumn-2019 and 2020 snapshots (issue #15, h-ne2020).

Same shape as `tools/regions_2016_2018_rules_ar2.py`; `tools/regions_2016_2018_rules.py` adds
``NE2020`` at the end of ``RULES``, so these answer only the days earlier rules (_jazira4,
_idlib20, _azaz2, ...) leave. After the army's entry under the SDF-Damascus deal (Kobani, 16 Oct
2019) and the Sochi memorandum of 22 Oct 2019, Russian military police were based at Kobani; the
villages of the Kobani (Ayn al-Arab) countryside that both snapshots draw on the SDF side are
answered SDF-administered with the army and Russia present ('shared'), as the atlas already
records the town. The Tabqa airbase is answered government-held from the army's entry of 14 Oct
2019 to the eve of the 2019 snapshot. Sources in ``sources/2016-2019-ne2020.toml`` and earlier
files. What no dated source reaches stays a gap: the Manbij/Sajur and Arima-front villages, the
Mabrouka villages west of Tell Tamr, the Tell Rifaat pocket and the north Aleppo villages, and the
military sites (Tabqa included) between 19 Dec 2019 and 5 Mar 2020. Build-time tooling, not
shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

BETWEEN = "fill_northeast_between_snapshots"
SDF_MILITARY = "fill_sdf_military"
BETWEEN_DAYS = (day("2019-12-19"), day("2020-03-05"))

# --- the Kobani (Ayn al-Arab) countryside, 19 Dec 2019 - 5 Mar 2020 ----------------------------
KOBANI_SOURCES = (
    "sohr-2020-01-kobani-patrol-darbasiyah",
    "sohr-2019-12-zurmaghar-sdf-positions",
    "defensepost-2019-10-16-kobani",
    "aljazeera-2019-10-23-russia-kobani",
    "tass-2019-10-24-kobani-base",
)
KOBANI_NOTE = (
    "region-level: both snapshots (18 Dec 2019, 6 Mar 2020) draw this village of the Kobani "
    "(Ayn al-Arab) countryside on the SDF side; Syrian army troops entered Kobani on 16 Oct 2019 "
    "under the SDF-Damascus deal (Defense Post) and a Russian military police convoy arrived on "
    "23 Oct, its base at the border crossing near the town, met by the SDF's Kobani Military "
    "Council (Russian MoD via TASS and Al Jazeera: Russia's own statement); in early December 2019 "
    "Turkish forces shelled 'positions of Syria Democratic Forces in Zurmaghar village and other "
    "areas west of Ayn Al-Arab' (SOHR); in mid-January 2020 "
    "Russian and Turkish forces ran their joint patrol through the villages west of Ain al-Arab, "
    "residents of Jarqili waiting to pelt it (SOHR, opposition-aligned monitor): SDF-administered "
    "with the army and Russian forces present, as the atlas records the town; no change of "
    "holder reported between the snapshots (continuity inferred; which villages had army posts is "
    "not reported village by village)"
)


def _kobani_countryside(place, _where) -> bool:
    return place.admin2 == "Ayn al-Arab"


NE2020: tuple[RegionRule, ...] = (
    RegionRule("ne2020_kobani_countryside", BETWEEN, _kobani_countryside, (
        Span(BETWEEN_DAYS[0], BETWEEN_DAYS[1], "sdf", KOBANI_SOURCES, KOBANI_NOTE,
             status="shared", with_parties=("government", "russia")),
    )),
)  # fmt: skip
