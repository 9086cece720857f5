"""Region rules for north Hama and the Ghab's western plain, third pass (issue #15, h-nhama3).

Same shape as `tools/regions_2016_2018_rules_nhama2.py`; `tools/regions_2016_2018_rules.py` adds
``NHAMA3`` at the end of ``RULES``, so these answer only the days earlier rules leave in the
``[fill_north_hama]`` and ``[fill_north_hama_undated]`` blocks:

- al-Karim (`karim`, 35.440 N 36.328 E, the only al-Karim tracked: on the Ghab's western plain
  south of Qabr Fidda), a regime position from which the army shelled the opposition's villages:
  the opposition Syria's Tomorrow Movement's site (7 Jul 2018: 'the regime forces ... stationed in
  Halfaya and al-Karim'; party claim) and Step News (3 Aug 2018: 'the regime forces stationed in
  the village of al-Karim' shelled al-Janabira and Tal Othman; 10 May 2019: the factions shelled
  'the regime's positions in the town of al-Karim'), Syria TV (21 Apr 2019) and Hurriya Press (12
  May 2019: 'the al-Karim checkpoint'). The government's from 7 Jul 2018, continuity inferred
  between the reports, and from 10 May 2019 to the eve of the autumn-2019 snapshot, which draws
  it government (continuity inferred; no loss reported). Days before 7 Jul 2018 stay gaps;
- al-Rasif and Qabr Fidda, its neighbours to the north: 'the regime forces stationed in the
  villages of al-Karim, al-Rasif and Qabr Fidda' shelled Qalaat al-Madiq and the Ghab villages on
  the night to 21 Apr 2019 (Syria TV): the government's from that day to the eve of the
  autumn-2019 snapshot (continuity inferred); earlier days stay gaps.

The other villages of the blocks (al-Hurra, Tamana al-Ghab, Jubb az-Zurur, Hakoura, Tanjarah,
Ma'arkaba, Tremseh, Shaizar ...) stay gaps: the reports read that name them carry no date (see
PERIOD-2016-2024.md). Sources in ``sources/2016-2019-nhama3.toml``. Build-time tooling, not
shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day
from tools.regions_2016_2018_rules_ghab import NORTH_HAMA_UNDATED, SNAPSHOT_EVE
from tools.regions_2016_2018_rules_hama import NORTH_HAMA

__all__ = ["NHAMA3"]

KARIM = "karim"
ALGHAD_7_JUL_2018 = "alghad-2018-07-07-halfaya-and-karim"
STEP_3_AUG_2018 = "step-2018-08-03-karim-shells-janabira"
STEP_10_MAY_2019 = "step-2019-05-10-karim-grad"
SYRIA_TV_21_APR_2019 = "syria_tv-2019-04-21-karim-rasif-qabr-fidda"
HURRIYA_12_MAY_2019 = "hurriya_press-2019-05-12-karim-checkpoint"

#: The day of the first report read that places a regime position at al-Karim.
KARIM_FIRST = day("2018-07-07")
#: Friday 10 May 2019: the factions shelled the regime's positions at al-Karim (Step News).
KARIM_10_MAY_2019 = day("2019-05-10")

KARIM_BETWEEN_NOTE = (
    "the government's: 'the regime forces and the Lebanese and Iranian militias stationed in "
    "Halfaya and al-Karim' had shelled al-Latamneh, Ma'arkaba and al-Janabira (Syria's Tomorrow "
    "Movement's site, 7 Jul 2018: party claim, translated); 'the regime forces stationed in the "
    "village of al-Karim' shelled al-Janabira and the vicinity of Tal Othman on Friday 3 Aug "
    "2018 (Step News, translated); 'the regime forces stationed in the villages of al-Karim, "
    "al-Rasif and Qabr Fidda' shelled Qalaat al-Madiq and the Ghab villages on the night to 21 "
    "Apr 2019 (Syria TV, translated); on Friday 10 May 2019 the factions shelled 'the regime's "
    "positions in the town of al-Karim in the western Hama countryside' (Step News, translated): "
    "held by the government between the reports (continuity inferred; not sourced per day); "
    "before 7 Jul 2018 no dated report read names the village (a gap)"
)
KARIM_AFTER_NOTE = (
    "the government's: on Friday 10 May 2019 the factions shelled 'the regime's positions in the "
    "town of al-Karim in the western Hama countryside' (Step News, translated); on Sunday 12 May "
    "2019 'the Assad forces stationed at "
    "the al-Karim checkpoint' shelled displaced people's tents at Shir Mughar (Hurriya Press, "
    "translated); no loss of the village reported, drawn government by "
    "the autumn-2019 snapshot (continuity inferred; not sourced per day)"
)

#: al-Rasif and Qabr Fidda, al-Karim's neighbours to the north on the Ghab's western plain.
RASIF_QABR_FIDDA = ("rasif", "qabr_fidda")
RASIF_QABR_FIDDA_NOTE = (
    "the government's: 'the regime forces stationed in the villages of al-Karim, al-Rasif and "
    "Qabr Fidda' shelled the town of Qalaat al-Madiq and the villages of al-Karakat, Shahrnaz, "
    "al-Sahriyah, al-Huwayz, al-Tuwayna, Jisr Beit al-Ras and al-Huwayjah on the night to Sunday "
    "21 Apr 2019 (Syria TV's correspondent, translated); counted from that day, the first dated "
    "report read that names the villages; no loss of them reported in the 2019 offensive, drawn "
    "government by the autumn-2019 snapshot (continuity inferred; not sourced per day); before "
    "21 Apr 2019 no dated report read names them (a gap)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


NHAMA3: tuple[RegionRule, ...] = tuple(
    RegionRule(f"nhama3_{block}_karim_2018_2019", block, _ids(KARIM), (
        Span(KARIM_FIRST, KARIM_10_MAY_2019, "government",
             (ALGHAD_7_JUL_2018, STEP_3_AUG_2018, SYRIA_TV_21_APR_2019, STEP_10_MAY_2019),
             KARIM_BETWEEN_NOTE),
        Span(day("2019-05-11"), SNAPSHOT_EVE, "government",
             (STEP_10_MAY_2019, HURRIYA_12_MAY_2019), KARIM_AFTER_NOTE),
    ))
    for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
) + tuple(
    RegionRule(f"nhama3_{block}_rasif_qabr_fidda_21_apr_2019", block, _ids(*RASIF_QABR_FIDDA), (
        Span(day("2019-04-21"), SNAPSHOT_EVE, "government", (SYRIA_TV_21_APR_2019,),
             RASIF_QABR_FIDDA_NOTE),
    ))
    for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
)  # fmt: skip
