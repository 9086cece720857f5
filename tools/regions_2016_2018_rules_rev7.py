"""Region rules of the review h-rev7 (issue #15): east Aleppo answers other helpers flagged as
contradicted by dated reports.

- Taiha (the gazetteer's Taiha Twimat) and Halisiyah (Halasiyah): the Tadef rule of
  ``_bab.py`` (``bab_south_west_of_manbij``) answered them the army's from 27 Feb 2017 on a
  region-level AFP sentence; Al-Masdar (pro-government) has the army take them on 28 Feb. The
  rule no longer answers them: 27 Feb is a gap, the army's from 28 Feb.
- Abu Tinah and Mashrafah Isma'eliyah (al-Ismailiyah), east of 37.85 E: the same rule answered
  them from 27 Feb; the only list naming them (SANA's of 6 Mar, read in an Iranian state relay
  only) is not usable. The army's from 8 Mar, region-level as ``bab_north_of_khafsa`` (the army
  on the Euphrates at al-Khafsa on 7 Mar, Taiha since 28 Feb); 27 Feb - 7 Mar a gap.
- Umm Zulaylah, Tall Ayyub, Hazarah (Al-Masdar's "Hazazeh", SOHR's "Hazzaza") and al-Karayn
  (al-Qareen): taken on Wednesday 15 Mar 2017 (Al-Masdar), a day SOHR's undated report confirms
  ("yesterday"); the two Humaymah villages (SOHR's Hmimeh Kabira and Sghireh) by that report's
  day, 16 Mar (derived from Al-Masdar's date, stated in the note).

Same shape as ``tools/regions_2016_2018_rules_rev2.py``; ``REV7`` is added at the end of
``RULES``, so these answer only days the earlier rules leave. Sources in
``sources/2016-2024-rev7.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_bab import REVIEWED_REV7

__all__ = ["REV7"]

BLOCK = "g2016_east_aleppo_government"
#: The day before the batch's government answer from Maskanah's fall (4 Jun 2017).
EVE_OF_MASKANAH = day("2017-06-03")
#: The day before the army took Deir Hafer (29 Mar 2017, Reuters), from which `_aleppo.py` and
#: `_hama.py` answer the villages round it.
EVE_OF_DEIR_HAFER = day("2017-03-28")

AL_MASDAR_28_FEB = "al_masdar-2017-02-28-taiha-halisiyah"
AL_MASDAR_15_MAR = "al_masdar-2017-03-15-four-villages-deir-hafer"
SOHR_HMIMEH = "sohr-2017-03-16-hmimeh-deir-hafer"
SANA_6_MAR = "sana-2017-03-06-18-villages-northeast-aleppo"
AFP_27_FEB = "afp-2017-02-27-army-presses-is-north"
KHAFSA = ("reuters-2017-03-07-khafsa", "syria_direct-2017-03-08-khafsah")

TAIHA_HALISIYAH = frozenset({"taiha_twimat", "halasiyah"})
EAST_OF_TADEF = REVIEWED_REV7 - TAIHA_HALISIYAH
FOUR_OF_15_MAR = frozenset({"umm_zulaylah", "tall_ayyub", "hazarah", "al_karayn"})
HUMAYMAH = frozenset({"humaymah_al_kabirah", "hamaymah_as_saghirah"})

REV7 = (
    RegionRule("rev7_taiha_halisiyah_28_feb", BLOCK, lambda p, _w: p.id in TAIHA_HALISIYAH, (
        Span(day("2017-02-28"), EVE_OF_MASKANAH, "government", (AL_MASDAR_28_FEB, AFP_27_FEB),
             "Al-Masdar (pro-government site: party-aligned claim) has the Tiger Forces take "
             "'Taiha, Halisiyah and Amoudiyah' from IS on Tuesday 28 Feb 2017 as they pushed "
             "east of Tadef, the day after IS abandoned villages near Manbij (SOHR via AFP); no "
             "IS return reported before Maskanah fell (continuity inferred). Review h-rev7: the "
             "region-level Tadef rule had it the army's from 27 Feb; 27 Feb is a gap now"),
    )),
    RegionRule("rev7_abu_tinah_ismailiyah", BLOCK, lambda p, _w: p.id in EAST_OF_TADEF, (
        Span(day("2017-03-08"), EVE_OF_MASKANAH, "government",
             (AL_MASDAR_28_FEB, *KHAFSA, SANA_6_MAR),
             "region-level: the army held Taiha, 4 - 7 km west, from 28 Feb 2017 (Al-Masdar, "
             "pro-government), reached the Euphrates at al-Khafsa to the south-east on Tuesday "
             "7 Mar after IS withdrew (SOHR via Reuters) and swept the east Aleppo countryside "
             "the next day (Syria Direct); SANA claimed 18 villages of the north-eastern "
             "countryside on Monday 6 Mar (party claim; the page read names none); this place "
             "lies between those lines and the Manbij pocket, cut off from IS's territory; no "
             "IS return reported before Maskanah fell (continuity inferred). Review h-rev7: the "
             "region-level Tadef rule had it the army's from 27 Feb, which no report naming it "
             "supports (SANA's list naming it on 6 Mar was read only in an Iranian state relay, "
             "not used); 27 Feb - 7 Mar is a gap"),
    )),
    RegionRule("rev7_deir_hafer_four_15_mar", BLOCK, lambda p, _w: p.id in FOUR_OF_15_MAR, (
        Span(day("2017-03-15"), EVE_OF_DEIR_HAFER, "government", (AL_MASDAR_15_MAR, SOHR_HMIMEH),
             "taken by the army on Wednesday 15 Mar 2017: Al-Masdar (pro-government site: "
             "party-aligned claim) names 'Umm Zulaylah, Tall Ayoub, Hazazeh and Al-Kreen' taken "
             "that day near Deir Hafer; SOHR (opposition-aligned monitor; its page shows no date) "
             "has the same four ('Tallat Ayoub, Hazzaza, Om Zlilah and al-Qareen') regained "
             "'yesterday'; the gazetteer's Hazarah is matched by place (between Tall Ayyub and "
             "al-Karayn); no IS return reported before Deir Hafer fell on 29 Mar (continuity "
             "inferred)"),
    )),
    RegionRule("rev7_humaymah_16_mar", BLOCK, lambda p, _w: p.id in HUMAYMAH, (
        Span(day("2017-03-16"), EVE_OF_DEIR_HAFER, "government", (SOHR_HMIMEH, AL_MASDAR_15_MAR),
             "SOHR (opposition-aligned monitor) reports the regime forces controlling 'Hmimeh "
             "Kabira and Hmimeh Sghireh' south-west of Deir Hafer after two days' advance, in a "
             "report that calls the four villages Al-Masdar dates to Wednesday 15 Mar 2017 taken "
             "'yesterday': the report is of Thursday 16 Mar (the page shows no date: derived, "
             "not shown), counted from that day; no IS return reported before Deir Hafer fell on "
             "29 Mar (continuity inferred)"),
    )),
)  # fmt: skip
