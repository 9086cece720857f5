"""Region rules of the review h-rev16 (issue #15): answers flagged as contradicted by dated reports.

1. The Khanasir pocket: Aqil, Sirdah, al-Hawaz and al-Qulay'ah (al-Safira district, 5 - 12 km
   east of Khanasir) were drawn the army's from Maskanah's fall on 4 Jun 2017 (the batch's
   g2016_east_aleppo_government rows), but SOHR (via Reuters and AFP, 30 Jun 2017) has IS leave
   its last territory in the province, "areas east of Khanaser", only after the army took the
   Ithriya - Rasafa road late on Thursday 29 Jun. The pocket rule of
   ``tools.regions_2016_2018_rules_south_aleppo`` (``sa_is_east_of_khanasir``) skips places
   within 15 km of Khanasir, so these four kept the batch's answer. Region-level: the reports
   date the pocket, not these villages (the pro-government Al-Masdar, read by h-ealeppo4 only in
   a relay, names them; not used). Before 4 Jun the batch's stored gap stays.

Sources: the registry entries of ``sources/2016-2019-south_aleppo.toml``. Build-time tooling,
not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["KHANASIR_POCKET_NEAR", "REV16"]

BLOCK = "g2016_east_aleppo_government"
#: The gazetteer's Aqil, Sirdah, Al Hawaz and Al Qulay'ah (al-Safira district), 5 - 12 km east of
#: Khanasir, inside the 15 km the south_aleppo pocket rule leaves out.
KHANASIR_POCKET_NEAR = frozenset({"aqil", "sirdah", "al_hawaz", "al_qulayah_al_safira"})
POCKET_SOURCES = ("reuters-2017-06-30-is-leaves-aleppo-province",
                  "afp-2017-06-30-is-leaves-aleppo-province",
                  "sohr-2017-06-30-khanasir-pocket-besieged",
                  "al_monitor-2017-06-maskanah")  # fmt: skip
#: h-rev47: al-Hawaz is in Al-Araby's list (23 Feb 2016) of villages on the army's only supply
#: road to Aleppo, with al-Shallalah, al-Ruwayhib and al-Rahib, which h-rev44 made a gap for
#: 4 - 29 Jun 2017; no report of those days names al-Hawaz (Al-Masdar's list of 1 Jul 2017 was
#: read only in a relay and is not used): its 4 - 29 Jun is a stored gap naming both sides
#: (hand row ``[rev47]`` in records/2016-2024.csv), not this rule's IS answer.
ROAD_LIST_REV47 = frozenset({"al_hawaz"})

REV16: tuple[RegionRule, ...] = (
    RegionRule("rev16_khanasir_pocket_to_29_jun_2017", BLOCK,
               lambda p, _w: p.id in KHANASIR_POCKET_NEAR - ROAD_LIST_REV47, (
        Span(day("2017-06-04"), day("2017-06-29"), "isis", POCKET_SOURCES,
             "review h-rev16, region-level: IS's pocket east of Khanasir outlived Maskanah's fall "
             "(4 Jun 2017); SOHR (via Reuters, Friday 30 Jun 2017) has IS withdraw from 'the last "
             "territory' it held in Aleppo province after the army retook the Ithriya - Rasafa "
             "road and 'areas east of Khanaser' (Hezbollah's media unit: IS's positions east of "
             "Khanaser besieged); AFP: IS left 17 towns and villages after the army took the road "
             "late on Thursday 29 Jun; SOHR (party claim) ends its campaign in the province with "
             "the siege of IS's 'last area of presence' on 30 Jun; the reports date the pocket, "
             "not this village (5 - 12 km east of Khanasir); held to 29 Jun (continuity inferred "
             "from 4 Jun; no army entry reported before). Al-Monitor (10 Jun 2017) wrote that "
             "after Maskanah only uninhabited desert and hills were left to IS in the province: "
             "kept as said. The batch had drawn it the army's from 4 Jun; the army's from 30 Jun "
             "in the batch's rows"),
    )),
)  # fmt: skip
