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

SDF_BLOCK = "g2016_raqqa_sdf"
AP_6_JUN = "ap-2017-06-06-raqqa-battle"
PYD_JARNIYAH = "pyd-2016-12-jarniyah-first-town-west-raqqa"
SMART_11_FEB = "smart-2017-02-11-north-of-raqqa-silos"
SMART_24_APR = "smart-2017-04-24-fourth-phase-13-sites"
MASDAR_21_APR = "al_masdar-2017-04-21-hazimah"
SMART_24_APR_RETAKE = "smart-2017-04-24-is-retakes-ruhayyat-bir-jarbu"


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
)  # fmt: skip
