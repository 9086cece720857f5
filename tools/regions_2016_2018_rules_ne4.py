"""Region rules for the Manbij front between the snapshots (issue #15, h-ne4).

Same shape as `tools/regions_2016_2018_rules_shield4.py`; `tools/regions_2016_2018_rules.py` adds
``NE4`` at the end of ``RULES``, so these answer only the days earlier rules leave in the
``[fill_northeast_between_snapshots]`` block (19 Dec 2019 - 5 Mar 2020). Answered, region-level:
six villages of the front west and north-west of Manbij, each within about 6 km of the villages
SOHR and ANHA name under the SDF's influence, with regime soldiers at their positions, in
mid-February 2020 (al-Farat, Umm Adasa, al-Dandaniya, Umm Julud: h-shield4 answers the first two),
as h-shield4 answers al-Farat: the SDF's, shared with the government. Al-Masdar (pro-government:
party claim) has the SDF's and the army's defences on the Manbij, Ain Issa and Tell Tamr fronts
attacked on Saturday 22 Feb 2020.

Left gaps (no dated report of the weeks between names them or their sector): the Sajur villages
north of Manbij from Awn al-Dadat to Shana'a, Battushiyah and Jaqal Kabir by Arima, Abu Mandil,
the villages east of the Euphrates by the Tishrin dam, Aqbash, and the Mabrouka villages west of
Tell Tamr. Sources in ``sources/2016-2019-ne4.toml`` and ``sources/2016-2019-shield4.toml``.
Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["NE4"]

BETWEEN = "fill_northeast_between_snapshots"
BETWEEN_DAYS = (day("2019-12-19"), day("2020-03-05"))

SOHR_OCT_2019 = "sohr-2019-10-manbij-al-farat-shelled"
SOHR_FEB_2020 = "sohr-2020-02-manbij-west-villages-regime-wounded"
ANHA_17_FEB_2020 = "anha-2020-02-17-manbij-west-hundred-shells"
MASDAR_23_FEB_2020 = "al_masdar-2020-02-23-saa-sdf-foil-attack"

#: id -> (where the village lies, the named villages nearest it with their distances).
MANBIJ_WEST_FRONT = {
    "jamusiya": "between al-Dandaniya (2 km west) and al-Farat (2.5 km east)",
    "begrewan": "3 km south of al-Dandaniya and 4 km south-west of al-Farat",
    "khirbat_nafakh": "3.5 km east of al-Farat and Umm Adasa",
    "zunqul_sharqi": "4 km east of Umm Adasa and Umm Julud",
    "mashrafat_al_buwayr_al_shamali": "5.5 km east of al-Farat and Umm Adasa",
    "wuraydah": "5 km south of al-Dandaniya, on the side of Manbij (Arima 7 km south-west)",
}
MANBIJ_WEST_NOTE = (
    "region-level: on the front west and north-west of Manbij, {where}; SOHR (opposition-aligned "
    "monitor; no day shown, after 14 Feb 2020) names al-Sayada, Asaliya, Umm Adasa, al-Farat, "
    "al-Dandaniya and Umm Julud 'west of the city of Manbij, which are under the influence of the "
    "SDF', shelled by the pro-Turkish factions, five regime soldiers wounded at their positions "
    "there (ANHA, the AANES agency: party claim, the evening of Sunday 16 Feb, regime points on "
    "the Manbij - al-Bab road); Al-Masdar (pro-government: party claim) has the factions strike "
    "'the SDF and SAA defenses' in the Manbij area on 22 Feb; SOHR had the factions shell "
    "al-Farat 'north of Manbij' in mid-October 2019, and both snapshots (18 Dec 2019, 6 Mar 2020) "
    "draw this village with the Manbij Military Council: the SDF's with the army's posts on the "
    "line, as h-shield4 answers al-Farat and Umm Adasa; no change reported between (continuity "
    "inferred; the village itself is not named, and which villages held army posts is not "
    "reported village by village)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


NE4: tuple[RegionRule, ...] = tuple(
    RegionRule(f"ne4_manbij_west_{place_id}", BETWEEN, _ids(place_id), (
        Span(BETWEEN_DAYS[0], BETWEEN_DAYS[1], "sdf",
             (SOHR_FEB_2020, ANHA_17_FEB_2020, MASDAR_23_FEB_2020, SOHR_OCT_2019),
             MANBIJ_WEST_NOTE.format(where=where), status="shared", with_parties=("government",)),
    ))
    for place_id, where in MANBIJ_WEST_FRONT.items()
)  # fmt: skip
