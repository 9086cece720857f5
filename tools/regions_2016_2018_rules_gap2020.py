"""Region rules of the pass h-gap2020 (issue #15): the last stored gaps round the Dec 2019 - Mar
2020 offensive and the autumn-2019 blocks next to it.

Same shape as `tools/regions_2016_2018_rules_rev33.py`; `tools/regions_2016_2018_rules.py` adds
``GAP2020`` at the end of ``RULES``, so these answer only days still stored as gaps:

- al-Qasabiyah, north of Kafr Nabudah, in the ``[fill_idlib_west_2019_undated]`` block (4 Jun -
  22 Oct 2019): the army's posts held it on Sunday 21 Jul 2019, when they repelled an al-Nusra
  attack on 'the military points working to protect' the village (SANA and SOHR via Xinhua), and
  on Sunday 11 Aug, when the army attacked al-Hbit from it (SMART); continuity inferred between
  the two reports and on to the autumn-2019 snapshot; 4 Jun - 20 Jul stay gaps (the factions
  counter-attacked after 3 Jun; SANA's 'liberated recently' gives no day);
- Khan al-Sibel, on the M5 north of Maarat al-Numan, in the ``[daily 2019-20]`` block (24 Dec
  2019 - 10 Feb 2020): on the factions' side from the offensive's pause of 24 Dec to 26 Jan 2020
  (Oman Daily names it among the factions' positions the army's jets raided on 21 - 22 Jan; the
  army reached Maarat's outskirts on 26 Jan and took Ma'asaran, 7 km south-east, on 27 Jan);
  27 Jan - 10 Feb stay gaps;
- Basida (Dar Basidah), south-west of Maarat al-Numan, in the same block (24 Dec 2019 - 27 Jan
  2020): the factions' on 21 - 22 Jan only (the same report); the front ran beside it after the
  army took Babulin and Kafr Basin on 22 - 23 Dec, so the other days stay gaps;
- al-Fatirah, in Jabal al-Zawiya south of Kansafra, in the same block (23 - 26 Feb 2020): the
  factions' to 26 Feb: the army's own sources date its capture to the morning of Thursday 27 Feb
  (Al-Hal) and SOHR's list of the 24 places taken in the 48 hours to the morning of 26 Feb does
  not name it.

Sources in ``sources/2016-2024-gap2020.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["GAP2020"]

WEST_UNDATED = "fill_idlib_west_2019_undated"
DAILY = "daily 2019-20"  # the tag of the Dec 2019 - Mar 2020 daily batch's unknown rows

#: Sunday 21 Jul 2019: the army repelled an attack on its points round al-Qasabiyah (Xinhua).
QASABIYAH_HELD = day("2019-07-21")
#: The eve of the autumn-2019 snapshot (23 Oct 2019), the block's last day.
SNAPSHOT_EVE = day("2019-10-22")
#: The first day of the daily batch's gap rows (SOHR's list of 23 Dec 2019 is answered before).
PAUSE_START = day("2019-12-24")
#: Sunday 26 Jan 2020: the army reached Maarat al-Numan's outskirts (SOHR via RFE/RL).
KHAN_AL_SIBEL_LAST = day("2020-01-26")
#: Tuesday 21 - Wednesday 22 Jan 2020: the raids Oman Daily reports.
RAIDS = (day("2020-01-21"), day("2020-01-22"))

XINHUA_21_JUL = "xinhua-2019-07-21-qasabiyah-attack-repelled"
SMART_11_AUG = "smart-2019-08-11-hbit-mughr-al-hamam"
OMAN_22_JAN = "oman_daily-2020-01-22-idlib-aleppo-shelling"
SOHR_23_DEC = "sohr-2019-12-23-31-areas"
RFERL_26_JAN = "rferl-2020-01-26-maaret-outskirts"
SYRIA_TIMES_27_JAN = "syria_times-2020-01-27-maasaran-sawame"
HTS_AREA = "newarab-2019-01-10-hts-takes-idlib"
AL_HAL_27_FEB = "al_hal-2020-02-27-ghab-zawiya-villages"
AL_LIWAA_26_FEB = "al_liwaa-2020-02-26-sohr-24-villages"
#: Sunday 23 Feb 2020, the first gap day (the army's push into Jabal al-Zawiya; h-ne3 answers to
#: 22 Feb), and Wednesday 26 Feb, the eve of the capture the army's sources date.
FATIRAH_DAYS = (day("2020-02-23"), day("2020-02-26"))

QASABIYAH_NOTE = (
    "on the army's side: on Sunday 21 Jul 2019 army units repelled a violent al-Nusra attack on "
    "'the military points working to protect al-Qasabiyah village in the southern Idlib "
    "countryside', which SANA called 'the village the army liberated recently' (Xinhua, citing "
    "the official media and SOHR; party claim on the outcome), and on Sunday 11 Aug the regime "
    "forces attacked al-Hbit from four directions, among them 'al-Qasabiyah in the Idlib "
    "countryside' (SMART, local sources); continuity inferred between the two reports and on to "
    "the autumn-2019 snapshot (23 Oct), which draws it government-held: no loss reported, though "
    "the factions held al-Sahriyah 2 km to the north-west until 26 Feb 2020; 4 Jun - 20 Jul stay "
    "gaps (the factions counter-attacked after the army reached it on 3 Jun)"
)
KHAN_AL_SIBEL_NOTE = (
    "on the factions' side: SOHR's list of the army's gains from 19 to 23 Dec 2019 stops at "
    "Babolin, south of Maarat al-Numan, with 'no new advances since'; on 21 - 22 Jan 2020 the "
    "army's side (a field source to Oman Daily) has the warplanes raid 'positions of the factions "
    "of al-Nusra, Ansar al-Tawhid and Ajnad al-Kavkaz' at, among others, Maar Dibsah, Maasaran "
    "and Khan al-Sibel; the army reached Maarat's outskirts only on 26 Jan (RFE/RL citing SOHR) "
    "and took Ma'asaran, 7 km south-east, on Monday 27 Jan (SANA via Syria Times); continuity "
    "inferred from 24 Dec to 26 Jan, as for Maar Dibsah 2.6 km north (h-idlib20); HTS-led area "
    "(factions per village not sourced); 27 Jan - 10 Feb stay gaps (the capture day is given "
    "only by a personal blog)"
)
BASIDA_NOTE = (
    "on the factions' side those days: on 21 - 22 Jan 2020 the army's side (a field source to "
    "Oman Daily) has the warplanes raid the positions of al-Nusra, Ansar al-Tawhid and Ajnad "
    "al-Kavkaz at, among others, 'Basida' (the village Baladi News lists among those the army "
    "took in the days before Maarat al-Numan fell on 28 Jan); HTS-led area (factions per village "
    "not sourced); the other days of the block stay gaps: the army held Babulin and Kafr Basin "
    "next to it from 22 - 23 Dec, so no continuity is drawn"
)

FATIRAH_NOTE = (
    "on the factions' side to the eve of its capture: military sources told Al-Hal the army took "
    "'the towns of Kansafra, al-Mozara, Kafr Uwayd and al-Fatira in the Jabal al-Zawiya area' on "
    "the morning of Thursday 27 Feb 2020 (the army's claim), and on the morning of 26 Feb SOHR's "
    "list of the 24 villages and towns taken in the past 48 hours (Al-Liwaa) does not name it; "
    "held since h-ne3's answer to 22 Feb (continuity inferred over the 4 days); HTS-led area "
    "(factions per village not sourced)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


GAP2020: tuple[RegionRule, ...] = (
    RegionRule("gap2020_qasabiyah_jul_oct_2019", WEST_UNDATED, _ids("qasabiyah"), (
        Span(QASABIYAH_HELD, SNAPSHOT_EVE, "government", (XINHUA_21_JUL, SMART_11_AUG),
             QASABIYAH_NOTE),
    )),
    RegionRule("gap2020_khan_al_sibel_to_26_jan_2020", DAILY, _ids("khan_al_sibel"), (
        Span(PAUSE_START, KHAN_AL_SIBEL_LAST, "hts",
             (OMAN_22_JAN, SOHR_23_DEC, RFERL_26_JAN, SYRIA_TIMES_27_JAN, HTS_AREA),
             KHAN_AL_SIBEL_NOTE),
    )),
    RegionRule("gap2020_basida_21_22_jan_2020", DAILY, _ids("dar_basidah"), (
        Span(RAIDS[0], RAIDS[1], "hts", (OMAN_22_JAN, HTS_AREA), BASIDA_NOTE),
    )),
    RegionRule("gap2020_fatirah_to_26_feb_2020", DAILY, _ids("al_fatirah"), (
        Span(FATIRAH_DAYS[0], FATIRAH_DAYS[1], "hts", (AL_HAL_27_FEB, AL_LIWAA_26_FEB, HTS_AREA),
             FATIRAH_NOTE),
    )),
)  # fmt: skip
