"""Region rules for the Raqqa campaign's stored gaps, a third batch (issue #15, h-raqqa3).

Same shape as `tools/regions_2016_2018_rules_raqqa2.py`; `tools/regions_2016_2018_rules.py` adds
``RAQQA3`` at the end of ``RULES``, so these answer only the days earlier rules leave. Three
places whose reports an earlier batch found but left unwritten: al-Jarniyah, taken on 20 Dec 2016
in the second phase (the PYD's site: party media); Abu Dallah, "under the SDF's control" on 11
Feb 2017 (a local source to SMART); and Wihdeh, the gazetteer's "Mazraat al-Hukumia", taken on 21
Apr 2017 (Al-Masdar; the SDF's statement of 24 Apr via SMART). Sources in
``sources/2016-2019-raqqa3.toml`` (the SMART and Al-Masdar items are those of h-raqqa2 and
h-raqqa, reused). Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

SDF_BLOCK, DESERT = "g2016_raqqa_sdf", "fill_raqqa_desert"
AP_6_JUN = "ap-2017-06-06-raqqa-battle"
PYD_JARNIYAH = "pyd-2016-12-jarniyah-first-town-west-raqqa"
SMART_11_FEB = "smart-2017-02-11-north-of-raqqa-silos"
SMART_24_APR = "smart-2017-04-24-fourth-phase-13-sites"
MASDAR_21_APR = "al_masdar-2017-04-21-hazimah"
SMART_24_APR_RETAKE = "smart-2017-04-24-is-retakes-ruhayyat-bir-jarbu"
MASDAR_23_SEP = "al_masdar-2017-09-23-maadan-west-bank"
MURASELON_23_SEP = "muraselon-2017-09-23-maadan"
#: The block's places south of the river east of 38.90 E (h-raqqa2's "eastern desert"). Not
#: al-Ukayrishah (review h-rev37): the reports that name it put the SDF - army line at the village
#: (the SDF keeping it and the land north of the highway, RBSS 2017; "the al-Akirshi crossing",
#: Enab Baladi 2021), so the army's claim for "all of southeast Raqqa" does not place it; its days
#: from 23 Sep 2017 are a stored gap (a hand row tagged [rev37] in records/2016-2024.csv).
SOUTH_EAST_RAQQA = ("as_sabkhah", "dalhah_ar_raqqah", "ghanim_al_ali", "abu_hammad", "muqla_kabir",
                    "muqla_saghir", "ukayrishah_oil_refinery")  # fmt: skip


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


JARNIYAH_NOTE = (
    "the PYD's site (party media; December 2016, the day of publication not shown) said the "
    "town of al-Jarniyah, 98 km west of Raqqa, 'was freed on the 20th of this December' in the "
    "SDF's second phase, the first town the phase took (party claim; translated); held to 15 Jan "
    "2017 (continuity inferred; no IS return reported), then the operations room's statement of "
    "16 Jan 2017; 10-19 Dec 2016 a gap"
)
ABU_DALLAH_NOTE = (
    "a local source told SMART on Saturday 11 Feb 2017 of clashes at 'the villages of Abu Dalla, "
    "Lubaydan, Abu Susa and Mulayhan, under the SDF's control' (translated): the gazetteer's Abu "
    "Dallah, 4.5 km north-east of Lubaydan; held to 5 Mar (continuity inferred), then the region "
    "rule from the road cut of 6 Mar; 4-10 Feb a gap"
)
WIHDEH_NOTE = (
    "'the US-backed SDF captured the villages of Al-Hazimah, Mazraat Al-Hukumia and Tall Hazimah "
    "on Friday' (21 Apr 2017: Al-Masdar News, a pro-government site, graded D, on the SDF's "
    "gains); the SDF's statement of Monday 24 Apr (via SMART: party claim; translated) lists "
    "'Mazraat al-Hukumiya' among the 13 sites taken in the fourth phase's first ten days: the "
    "gazetteer's Wihdeh, whose other name is Mazraat al-Hukumia, 1 km from al-Hazimah; the two "
    "villages IS retook on 24 Apr were al-Ruhayyat and Bir al-Jarbu (a local source to SMART), "
    "not this one; held to 5 Jun (continuity inferred; AP, 6 Jun: the city surrounded from the "
    "north), then the region rule; 12-20 Apr a gap"
)
MAADAN_NOTE = (
    "the government's side's claim: on Saturday 23 Sep 2017 military sources said the army's "
    "Tiger Forces took Ma'dan (Al-Masdar News, graded D, and the pro-government Muraselon, a "
    "military source: 'liberates key town from ISIS in Raqqa countryside'), Ma'dan Atiq to its "
    "east the day before; held to 18 Nov (continuity inferred; no IS return reported), then the "
    "block's rule from 19 Nov; 6 Jun - 22 Sep a gap (the army reached the town's edge in "
    "August, SOHR, the day not shown)"
)
SOUTH_EAST_NOTE = (
    "region-level, the government's side's claim: with Ma'dan taken on Saturday 23 Sep 2017 the "
    "army had 'liberated all of southeast Raqqa and northwest Deir ez-Zor Governorates', "
    "'securing the entire western bank of the Euphrates north of Deir Ezzor city', IS appearing "
    "to have withdrawn across the river (Al-Masdar News, graded D, citing military sources; "
    "Muraselon's military source had 'government troops in Ganiem Ali Town' that day); the "
    "riverside villages between Ghanim al-Ali and Ma'dan and west of them; held to 18 Nov "
    "(continuity inferred), then the block's rule from 19 Nov; 6 Jun - 22 Sep a gap (taken in "
    "late July and August, IS's counter-attack of late August: the days not fixed)"
)

RAQQA3: tuple[RegionRule, ...] = (
    RegionRule("raqqa3_jarniyah_20_dec_2016", SDF_BLOCK, _ids("al_jarniyah"), (
        Span(day("2016-12-20"), day("2017-01-15"), "sdf", (PYD_JARNIYAH,), JARNIYAH_NOTE),
    )),
    RegionRule("raqqa3_abu_dallah_11_feb_2017", SDF_BLOCK, _ids("abu_dallah"), (
        Span(day("2017-02-11"), day("2017-03-05"), "sdf", (SMART_11_FEB,), ABU_DALLAH_NOTE),
    )),
    RegionRule("raqqa3_wihdeh_21_apr_2017", SDF_BLOCK, _ids("wihdeh"), (
        Span(day("2017-04-21"), day("2017-06-05"), "sdf",
             (MASDAR_21_APR, SMART_24_APR, SMART_24_APR_RETAKE, AP_6_JUN), WIHDEH_NOTE),
    )),
    RegionRule("raqqa3_maadan_23_sep_2017", DESERT, _ids("madan"), (
        Span(day("2017-09-23"), day("2017-11-18"), "government",
             (MASDAR_23_SEP, MURASELON_23_SEP), MAADAN_NOTE),
    )),
    RegionRule("raqqa3_south_east_raqqa_23_sep_2017", DESERT, _ids(*SOUTH_EAST_RAQQA), (
        Span(day("2017-09-23"), day("2017-11-18"), "government",
             (MASDAR_23_SEP, MURASELON_23_SEP), SOUTH_EAST_NOTE),
    )),
)  # fmt: skip
