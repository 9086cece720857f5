"""Region rules of the review h-rev24 (issue #15): answers other helpers flagged as possibly wrong.

1. Qabr al-Muqri and the two Sukkariyah villages east of al-Bab were a stored gap from 17 Jan
   2017 (Sukkariyah Kabirah from Aug 2016) to the region-level answers of 3 Mar / 4 Jun 2017
   that draw them the army's. Enab Baladi (26 Jan 2017) has the Euphrates Shield factions take
   al-Muqri, east of Bza'a overlooking the al-Bab - Manbij road, that day; Step News (27 Feb
   2017) has them take Sukkariyah Kabira and Saghira, farther east, on Monday 27 Feb (faction
   claim). Qabr al-Muqri is drawn the Turkish-backed factions' (``sna``: before 30 Dec 2017 the
   Euphrates Shield FSA) 26 Jan - 27 Feb (continuity inferred to the report of the factions
   fighting farther east); both Sukkariyah villages on 27 Feb. 28 Feb - 3 Jun stays a gap: the
   army's later answers are region-level and disagree (see PERIOD-2016-2024.md, h-rev24).
2. Step News (7 Mar, relaying pro-government sites) has the army take Khirjis and Jinat
   al-Salama (Jarkas, whose other name is Jannat Salamah) north-west of al-Khafsa and al-Abaja
   south-west of it on Tuesday 7 Mar 2017: that day is the army's (a government-side claim).
   SANA's list of Monday 6 Mar names 18 villages, but the part of SANA's page read names none
   of them; the relay that does (Al-Alam, Iranian state TV) is a sanctioned outlet and is not
   evidence (geodata/sources/policy.py), so 6 Mar stays a gap for these two, and Abu Tinah and
   al-Ismailiyah, named only there, stay gaps 6 - 7 Mar.

Same shape as ``tools/regions_2016_2018_rules_rev23.py``; ``REV24`` is added at the end of
``RULES``, so these answer only days the earlier rules leave. Sources in
``sources/2016-2019-rev24.toml``, ``2016-2024-rev7.toml`` and ``2016-2019-rev22.toml``.
Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["REV24"]

BLOCK = "g2016_east_aleppo_government"

ENAB_26_JAN = "enab_baladi-2017-01-26-muqri-east-of-al-bab"
STEP_27_FEB = "step_news-2017-02-27-sukkariyah-east-of-al-bab"
STEP_7_MAR = "step_news-2017-03-07-khafsa-north-west-villages"

MUQRI_NOTE = (
    "the Euphrates Shield factions took the village of al-Muqri, east of Bza'a overlooking the "
    "al-Bab - Manbij road, on Thursday 26 Jan 2017 (Enab Baladi; faction statement of 13 IS "
    "fighters killed); on 27 Feb they were taking the Sukkariyah villages farther east (Step "
    "News): the factions' to that report (continuity inferred; Enab Baladi's 'al-Muqri' taken "
    "to be this Qabr al-Muqri, the one village of the name east of al-Bab in the list); from "
    "28 Feb a gap: the region-level answer of 4 Jun 2017 draws it the army's, which no report "
    "read names (review h-rev24)"
)
SUKKARIYAH_NOTE = (
    "Step News (27 Feb 2017; opposition-leaning, citing the Hawar Kilis operations room: a "
    "faction claim) has the Euphrates Shield forces take 'Sukkariyah Kabira - Sukkariyah "
    "Saghira' and eight other villages east of al-Bab from IS 'today, Monday the twenty-seventh "
    "of February', an al-Bab military council commander naming al-Sukkariyah the most important "
    "(translated); no second report read: only that day is answered (review h-rev24; the "
    "region-level answers from 3 Mar / 4 Jun draw it the army's, which disagrees)"
)
STEP_7_MAR_NOTE = (
    "Step News (relaying pro-government sites: a government-side claim) has the army take "
    "'{step}' on Tuesday 7 Mar 2017{after}; 6 Mar a gap: SANA's list of 6 Mar names 18 villages, "
    "but the part of its page read names none of them and the relay that does (Al-Alam) is a "
    "sanctioned outlet, not evidence (review h-rev24, corrected)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


def _step_7_mar(locality: str, step: str, after: str) -> RegionRule:
    return RegionRule(f"rev24_{locality}_7_mar_2017", BLOCK, _ids(locality), (
        Span(day("2017-03-07"), day("2017-03-07"), "government", (STEP_7_MAR,),
             STEP_7_MAR_NOTE.format(step=step, after=after)),
    ))  # fmt: skip


REV24: tuple[RegionRule, ...] = (
    RegionRule("rev24_qabr_al_muqri_jan_feb_2017", BLOCK, _ids("qabr_al_muqri"), (
        Span(day("2017-01-26"), day("2017-02-27"), "sna", (ENAB_26_JAN, STEP_27_FEB),
             MUQRI_NOTE),
    )),
    RegionRule("rev24_sukkariyah_27_feb_2017", BLOCK,
               _ids("sukkariyah_kabirah", "sukkariyah_saghirah"), (
        Span(day("2017-02-27"), day("2017-02-27"), "sna", (STEP_27_FEB,), SUKKARIYAH_NOTE),
    )),
    _step_7_mar("jarkas", "Khirjis' and 'Jinat al-Salama", "; from 8 Mar the earlier answer"),
    _step_7_mar("khirbat_abkiyah", "al-Abaja",
                "; 8 Mar - 13 May a gap: the region-level answer of 14 May draws it inside IS's "
                "Jirah enclave until then, which Step News's report disagrees with"),
)  # fmt: skip
