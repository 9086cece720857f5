"""Region rules of the review h-rev15 (issue #15): answers flagged as contradicted by dated reports.

1. Duma (Hama), Rabdah and Qasr Shawi: the region rows drew them the government's from 9 Feb 2018
   (SOHR: the army held 'the entire besieged circle' of north-east Hama), but local activists via
   SMART (9 Feb) report IS took them 'on the night of Thursday to Friday' (8 - 9 Feb) after the
   army withdrew from them, on the corridor SOHR reports the regime granted IS towards Umm
   al-Khalakhil and al-Lubaydah in south-east Idlib, where IS's fighting with the factions began
   early on Friday 9 Feb. 9 Feb is now a contested day (the government with IS); from 10 Feb the
   government's again, continuity inferred (IS fought on in Idlib and surrendered at al-Khuwayn on
   13 Feb, Syria Direct, AFP). The east rule of ``rules_hama`` and the late-2017 rule of
   ``rules_ghab`` skip these places (``PASSED_BY_IS_9_FEB_2018``).

2. Tall Halawah (Sinjar sub-district, east Idlib): ``rules_idlib3`` drew it IS's to 8 Feb 2018;
   Shaam News (7 Feb) names it among the villages the army took from IS 'today' without a fight.
   ``rules_idlib3``'s IS span now ends on 6 Feb; this rule answers 7 - 8 Feb the government's,
   before the region rows of 9 Feb.
3. Kafr Basin (south of Maarat al-Numan), 23 Dec 2019: ``rules_idlib3`` drew it HTS's 19 - 23 Dec
   (not in SOHR's list of the 31 areas taken by the morning of 23 Dec); Radio Rozana (24 Dec) has
   the army take it, with Babulin, before it took Jarjanaz on the evening of 23 Dec. 23 Dec is now
   contested (HTS with the government); ``rules_idlib3`` skips the place and this rule answers
   19 - 22 Dec as it did.

Sources in ``sources/2016-2019-rev15.toml`` and the registry files named. Build-time tooling,
not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_hama import (
    EAST_SOURCES,
    HAMA_REGION,
    HAMA_REGION_END,
    PASSED_BY_IS_9_FEB_2018,
)
from tools.regions_2016_2018_rules_idlib3 import NOT_IN_SOHR_31_NOTE

__all__ = ["REV15"]

SMART_9_FEB = "smart-2018-02-09-is-takes-villages-from-regime"  # sources/2016-2019-hama8.toml
SOHR_CORRIDOR = "sohr-2018-02-is-hama-aleppo-pocket-ended"  # sources/2016-2019-fill.toml
SYRIA_DIRECT_13_FEB = "syria_direct-2018-02-13-is-surrender-idlib"  # sources/2016-2019-idlib.toml
AFP_13_FEB = "afp-2018-02-13-is-ousted-idlib"  # sources/2016-2019-idlib.toml
RETAKEN_LATE_2017_SOURCES = ("sohr-2017-rahjan-30-villages", SOHR_CORRIDOR,
                             "afp-2018-01-21-abu-duhur")  # fmt: skip
SNAPSHOT_EVE = day("2019-10-22")
IDLIB_BLOCKS = ("fill_idlib_pre_offensive", "fill_idlib_pre_offensive_undated")

PASSAGE_NOTE = (
    "review h-rev15: a fought-over day: local activists via SMART (9 Feb 2018, translated): IS took"
    " the villages of Duma, Rabdah and Shutayb and the town of Qasr Shawi 'on the night of Thursday"
    " to Friday' (8 - 9 Feb) 'after the regime's forces withdrew from them', trying to reach Umm "
    "al-Khalakhil; SOHR (fighting of Friday 9 Feb): the regime's forces imposed their control over "
    "'the entire besieged circle within Hama and Aleppo countryside', IS withdrawing on a line "
    "granted by the regime to Umm al-Khalakhil and al-Lubaydah in south-east Idlib, where its "
    "fighting with the factions raged from early on 9 Feb: the government's by SOHR's account, IS's"
    " by SMART's (party accounts of the opposition side both)"
)
AFTER_NOTE = (
    "review h-rev15: the government's again after IS's passage of 8 - 9 Feb 2018 (SMART): SOHR "
    "reports IS withdrew 'completely' from the villages of north-east Hama along the corridor to "
    "Umm al-Khalakhil and al-Lubaydah, its fight then against the factions in Idlib, and the army "
    "holding the whole former pocket; IS's last fighters surrendered to the factions in al-Khuwayn "
    "on Tuesday 13 Feb (Syria Direct; AFP: SOHR, 'Idlib, Hama, and Aleppo are completely clear of "
    "IS'): counted from 10 Feb, continuity inferred (no return of IS to these villages reported)"
)
IDLIB_AFTER_NOTE = AFTER_NOTE + (
    "; named by SOHR among the more than 30 villages the army retook in its north-east Hama "
    "offensive of late 2017; no later loss reported, drawn government by the autumn-2019 snapshot"
)


def _ids(ids: frozenset[str]):
    return lambda place, _where: place.id in ids


SHAAM_7_FEB = "shaam_news-2018-02-07-is-hands-50-villages"
HALAWAH_NOTE = (
    "review h-rev15: Assad's forces, advancing against IS 'without any resistance', took 'today' "
    "the villages of 'Tall Halawah and Abu Jam'' in the Sinjar sub-district of east Idlib (Shaam "
    "News, opposition network, Wednesday 7 Feb 2018, translated): the government's from 7 Feb; "
    "the region rows answer from 9 Feb (SOHR: the army held the whole former pocket)"
)

ROZANA_24_DEC = "rozana-2019-12-24-jarjanaz-kafr-basin"  # sources/2016-2019-dec2019.toml
SOHR_31 = "sohr-2019-12-23-31-areas"
HTS_AREA = "newarab-2019-01-10-hts-takes-idlib"
KAFR_BASIN_23_DEC_NOTE = (
    "review h-rev15: a day the reports disagree on: on Monday morning 23 Dec 2019 SOHR listed the "
    "31 areas the army had captured since 19 Dec (Babulin the last, 'at midnight'; no new "
    "advances since), and Kafr Basin is not among them; Radio Rozana (24 Dec, translated) has "
    "the regime take Jarjanaz 'yesterday evening, Monday' and Tell Mannas 'after taking earlier "
    "the two towns of Babulin and Kafr Basin': the rebels' (HTS-led) by SOHR's morning list, the "
    "army's by the evening by Rozana's account, the hour of its fall not given"
)


_DUMA = frozenset({"duma_hama"}) & PASSED_BY_IS_9_FEB_2018
_IDLIB_SIDE = PASSED_BY_IS_9_FEB_2018 - _DUMA

REV15: tuple[RegionRule, ...] = (
    RegionRule("rev15_duma_is_passage_9_feb_2018", HAMA_REGION, _ids(_DUMA), (
        Span(day("2018-02-09"), day("2018-02-09"), "government", (SMART_9_FEB, SOHR_CORRIDOR),
             PASSAGE_NOTE, status="contested", with_parties=("isis",)),
        Span(day("2018-02-10"), HAMA_REGION_END, "government",
             (*EAST_SOURCES, SMART_9_FEB, SYRIA_DIRECT_13_FEB, AFP_13_FEB),
             AFTER_NOTE + "; region-level before and after: this place lies east of 37.0 E"),
    )),
    *(
        RegionRule(f"rev15_{block}_is_passage_9_feb_2018", block, _ids(_IDLIB_SIDE), (
            Span(day("2018-02-09"), day("2018-02-09"), "government", (SMART_9_FEB, SOHR_CORRIDOR),
                 PASSAGE_NOTE, status="contested", with_parties=("isis",)),
            Span(day("2018-02-10"), SNAPSHOT_EVE, "government",
                 (*RETAKEN_LATE_2017_SOURCES, SMART_9_FEB, SYRIA_DIRECT_13_FEB, AFP_13_FEB),
                 IDLIB_AFTER_NOTE),
        ))
        for block in IDLIB_BLOCKS
    ),
    RegionRule("rev15_tall_halawah_7_feb_2018", "fill_idlib_southeast_before_2017",
               _ids(frozenset({"tall_halawah"})), (
        Span(day("2018-02-07"), day("2018-02-08"), "government", (SHAAM_7_FEB, SOHR_CORRIDOR),
             HALAWAH_NOTE),
    )),
    RegionRule("rev15_kafr_basin_23_dec_2019", "daily 2019-20",
               _ids(frozenset({"kafr_bissin_maarrat_al_numan"})), (
        Span(day("2019-12-19"), day("2019-12-22"), "hts", (SOHR_31, HTS_AREA),
             NOT_IN_SOHR_31_NOTE),
        Span(day("2019-12-23"), day("2019-12-23"), "hts", (SOHR_31, ROZANA_24_DEC, HTS_AREA),
             KAFR_BASIN_23_DEC_NOTE, status="contested", with_parties=("government",)),
    )),
)  # fmt: skip
