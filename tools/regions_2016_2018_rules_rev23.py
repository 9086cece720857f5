"""Region rules of the review h-rev23 (issue #15): answers other helpers flagged as possibly wrong.

1. North of the Kweires air base: ``ea_al_bab_south`` (``_hama.py``) drew Najjarah and Ayishah
   IS's from Aug 2016 to 16 Jan 2017 by region-level inference, but al-Masdar's dated reports
   have the army secure Najjarah on 7 Jan 2016 and take Ayishah on Sunday night 10 Jan 2016, and
   Tall al-Hattabat before 26 Jan 2016 (all party claims); it had taken Nasr Allah in early
   Dec 2015 and repelled IS's attack on it on 17 Aug 2016 (military source via Yerepouni). No IS
   return to these villages is reported in the pages read. The review takes Najjarah and Ayishah
   out of ``ea_al_bab_south`` (into ``KWEIRES_2016``) and this rule draws the four villages the
   army's from 1 Aug 2016 to 19 Feb 2017, the eve of the earlier rules' answers (party claims,
   continuity inferred).
2. al-Tulaysiyah: ``fill_tulaysiyah`` (``fill_2016_2019_rules_idlib.py``) leaves 1 Oct 2017 -
   22 Oct 2019 a gap; HTS took the village in its attack of Friday 6 Oct 2017 (Hurriya Press,
   loyalist sources: the army withdrew). 6 Oct is drawn HTS's contested by the army (the day it
   changed hands, as h-long drew al-Mushayrifa), 7 - 8 Oct HTS's (continuity inferred to
   al-Araby al-Jadeed's report of 8 Oct of HTS taking Abu Dali further north); from 9 Oct no
   report read names the village (the army's offensive of Dec 2017 reached al-Mushayrifa to its
   north, the day it took al-Tulaysiyah is not dated): a gap as before.

Same shape as ``tools/regions_2016_2018_rules_rev21.py``; ``REV23`` is added at the end of
``RULES``, so these answer only days the earlier rules leave. Sources in
``sources/2016-2019-rev23.toml`` and ``sources/2016-2019-long.toml``, ``2016-2019-hama4.toml``.
Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV23"]

EA_BLOCK = "g2016_east_aleppo_government"
TULAYSIYAH_BLOCK = "fill_tulaysiyah"

AM_8_JAN_2016 = "al_masdar-2016-01-08-najarah-ayishah-axis"
AM_AYISHAH = "al_masdar-2016-01-ayishah-al-bab-plateau"
AM_26_JAN_2016 = "al_masdar-2016-01-26-ayn-al-hanish-tal-hattebat"
AM_11_DEC_2015 = "al_masdar-2015-12-11-nasrallah-shuwaylekh"
YEREPOUNI_18_AUG_2016 = "yerepouni-2016-08-18-nasrallah-attack-fails"
SOHR_3_FEB_2017 = "sohr-2017-02-03-bzaah-offensive"
HURRIYA_6_OCT = "hurriya_press-2017-10-06-abu-dali-attack"
NEWARAB_8_OCT = "newarab-2017-10-08-hts-takes-abu-dali"

KWEIRES_NORTH_NOTE = (
    "north of the Kweires air base, on the southern rim of the al-Bab plateau: {} (al-Masdar, "
    "party claim); the army still held Nasr Allah, just north of the air base, against IS's "
    "attack of 17 Aug 2016 (a military source via Yerepouni, party claim) and began its campaign "
    "south and south-west of al-Bab on 17 Jan 2017 (SOHR); no IS return to the village is "
    "reported in the pages read (IS retook villages near the thermal plant, farther west, "
    "before the army took the plant in Feb 2016): the army's to the earlier rules' answers of "
    "20 Feb 2017 (continuity inferred; "
    "the pro-government reports are not confirmed by a second source; review h-rev23: was "
    "IS's by region-level inference)"
)
NAJJARAH_NOTE = KWEIRES_NORTH_NOTE.format(
    "the Tiger Forces secured the whole of Najarah on Thursday 7 Jan 2016 after eight days of "
    "fighting and IS counter-attacks"
)
AYISHAH_NOTE = KWEIRES_NORTH_NOTE.format(
    "the Tiger Forces reached the Najarah-Ayishah axis on 7 Jan 2016 and overran the IS "
    "fighters at Ayishah on Sunday night (10 Jan 2016; the day read from the text)"
)
HATTABAT_NOTE = KWEIRES_NORTH_NOTE.format(
    "the Tiger Forces took 'Ayn al-Hanish 'after advancing from the recently captured village "
    "of Tal Hattebat to the north' (26 Jan 2016)"
)
NASR_ALLAH_NOTE = KWEIRES_NORTH_NOTE.format(
    "the Tiger Forces seized Nasrallah in early Dec 2015 (11 Dec 2015)"
)

TULAYSIYAH_6_OCT_NOTE = (
    "on Friday 6 Oct 2017 HTS, opening its attack on the Abu Dali axis, 'was able to extend its "
    "control over the village of al-Tulaysiyah and al-Mushayrifa' after artillery preparation "
    "(activists via Hurriya Press, an opposition site; translated); loyalist sources said "
    "Assad's forces withdrew from those villages: the day it changed hands, fought over "
    "(review h-rev23)"
)
TULAYSIYAH_HTS_NOTE = (
    "HTS's from its attack of 6 Oct 2017 (Hurriya Press); HTS went on to take Abu Dali, to the "
    "north, on Sunday 8 Oct (al-Araby al-Jadeed); no army return reported before: HTS's to that "
    "report (continuity inferred); from 9 Oct no report read names the village, and the day the "
    "army's offensive of Dec 2017 retook it is not dated: a gap (review h-rev23)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


def _kweires_north(locality: str, first_source: str, note: str) -> RegionRule:
    return RegionRule(f"rev23_{locality}_aug_2016_feb_2017", EA_BLOCK, _ids(locality), (
        Span(day("2016-08-01"), day("2017-02-19"), "government",
             (first_source, YEREPOUNI_18_AUG_2016, SOHR_3_FEB_2017), note),
    ))  # fmt: skip


REV23: tuple[RegionRule, ...] = (
    _kweires_north("najjarah", AM_8_JAN_2016, NAJJARAH_NOTE),
    _kweires_north("ayishah", AM_AYISHAH, AYISHAH_NOTE),
    _kweires_north("tall_al_hattabat", AM_26_JAN_2016, HATTABAT_NOTE),
    _kweires_north("nasr_allah", AM_11_DEC_2015, NASR_ALLAH_NOTE),
    RegionRule("rev23_tulaysiyah_oct_2017", TULAYSIYAH_BLOCK, _ids("al_tulaysiyah"), (
        Span(day("2017-10-06"), day("2017-10-06"), "hts", (HURRIYA_6_OCT,),
             TULAYSIYAH_6_OCT_NOTE, status="contested", with_parties=("government",)),
        Span(day("2017-10-07"), day("2017-10-08"), "hts", (HURRIYA_6_OCT, NEWARAB_8_OCT),
             TULAYSIYAH_HTS_NOTE),
    )),
)  # fmt: skip
