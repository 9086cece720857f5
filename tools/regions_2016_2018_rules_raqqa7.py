"""Region rules for the Raqqa campaign's stored gaps, a seventh batch (issue #15, h-raqqa7).

Same shape as `tools/regions_2016_2018_rules_raqqa6.py`; `tools/regions_2016_2018_rules.py` adds
``RAQQA7`` at the end of ``RULES``, so these answer only the days earlier rules leave, in the
`[g2016_raqqa_sdf]` blocks of the SDF's second and third phases (10 Dec 2016 - 5 Jun 2017):

- Karawan, in the western countryside north of Lake Assad: IS's until the SDF side's claim of
  Monday 19 Dec 2016 (relayed by Syria News the same day), the SDF's from then to the operations
  room's statement of 16 Jan 2017 (continuity inferred both ways).
- al-Widyan and Hammarin, in the band between the western front and the city: fought over on
  Wednesday 8 Feb 2017 (the SDF's channel via SMART: IS's counter-attack on 'al-Suwaydiya,
  Hammarin and Widyan') and the SDF's on Sunday 19 Feb only, when a local source told SMART that
  IS was trying to advance 'towards the villages of al-Suwaydiya al-Saghira, Widyan and Hammarin'
  (the side IS attacked); the days between stay gaps.
- Mazraat al-Ansar, north-west of Raqqa: fought over on Thursday 11 May 2017 (SMART: clashes at
  the farm as the SDF advanced from Royan), the SDF's from 13 May (Al-Watan of Bahrain relaying Al
  Jazeera: the SDF took 'the village of al-Ansar') to the rule of 6 Jun (continuity inferred).
- Mazra'at Ja'bar, the farm 0.9 km north-east of the Ja'bar castle: the SDF's from the castle's
  capture on Friday 6 Jan 2017 (Rojnews, the Syrian Press Center: party claim) to the third
  phase's rule of 4 Feb, region-level (the castle and the two Ja'bar villages 3 km north of it
  were the SDF's by the same claims; continuity inferred).

Sources in ``sources/2016-2019-raqqa7.toml`` (Syria News) and ``sources/2016-2019-raqqa2.toml``
(al-Ghad al-Souri's item and the two SMART items, read via microsyria.com). Every other day of
these places, and the other places of the blocks, stay gaps. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

SDF_BLOCK = "g2016_raqqa_sdf"
SYRIA_NEWS_19_DEC = "syria_news-2016-12-19-karawan"  # sources/2016-2019-raqqa7.toml
ALGHAD_22_DEC = "alghad_alsouri-2016-12-22-west-raqqa-villages"  # sources/2016-2019-raqqa2.toml
SMART_8_FEB = "smart-2017-02-08-two-hills-counter-attack"  # sources/2016-2019-raqqa7.toml
SMART_19_FEB = "smart-2017-02-19-three-villages-two-days"  # sources/2016-2019-raqqa2.toml
SMART_11_MAY = "smart-2017-05-11-jalaa-royan"  # sources/2016-2019-raqqa2.toml
AL_WATAN_13_MAY = "al_watan_bh-2017-05-13-ansar-village"  # sources/2016-2019-raqqa7.toml
#: The rules before: IS to 9 Dec 2016 (`euph_raqqa_west_before_phase_two`), the SDF from 16 Jan
#: 2017 (`jaz3_west_after_phase_two_statement`, the operations room's statement).
ROJNEWS_6_JAN = "rojnews-2017-01-06-jabar-castle"  # sources/2016-2019-raqqa5.toml
SPC_6_JAN = "syrian_press_center-2017-01-06-jabar-castle"  # sources/2016-2019-rev19.toml
AFP_6_JAN = "afp-2017-01-06-qalaat-jaabar-seized"  # sources/2016-2024-rev62.toml (h-rev62)
REUTERS_6_JAN = "reuters-2017-01-06-jabar-citadel-seized"  # sources/2016-2024-rev62.toml (h-rev62)
PHASE_TWO = day("2016-12-10")
KARAWAN_CLAIM = day("2016-12-19")
EVE_OF_STATEMENT = day("2017-01-15")


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


# --- Karawan (Dec 2016 - Jan 2017) --------------------------------------------------------------
KARAWAN_REPORT = (
    "Syria News (19 Dec 2016, 16:04) had the SDF keep advancing 'on Monday' (19 Dec) in the "
    "western Raqqa countryside, 'pro sources' on their social-media pages (the SDF side: party "
    "claim) saying it took the villages of 'Haniyah, Bir Zahir, Karawan, Bir Zayid and "
    "Tuwayhinah' after clashes with IS (translated); al-Ghad al-Souri (22 Dec, the Elite Forces' "
    "movement: party media) dates Haniyah, Bir Zahir and Bir Zayid to Wednesday 21 Dec without "
    "naming Karawan, so the day is the claim's, not a confirmed one"
)
KARAWAN_IS_NOTE = (
    "IS's until the SDF side's claim of 19 Dec 2016: the village lay in the western countryside "
    "the second phase, launched on 10 Dec, took from IS (the rule to 9 Dec), and the first dated "
    "report naming it is the claim of its capture on Monday 19 Dec; held from 10 to 18 Dec "
    "(continuity inferred from the phase's start; no report of the village in those days). "
) + KARAWAN_REPORT
KARAWAN_SDF_NOTE = (
    "party claim: the SDF's from its side's claim of Monday 19 Dec 2016 to 15 Jan 2017, where the "
    "operations room's statement of 16 Jan (the second phase's 197 villages) takes over "
    "(continuity inferred; no later report of the village in the phase was found, and a short IS "
    "return would not be seen). "
) + KARAWAN_REPORT

# --- al-Widyan and Hammarin (19 Feb 2017) -------------------------------------------------------
BAND_NOTE = (
    "the SDF's on Sunday 19 Feb 2017 only: a local source told SMART of clashes near the farms of "
    "al-Ansar and al-Rashid 'amid an attempt by the organisation to advance towards the villages "
    "of al-Suwaydiya al-Saghira, Widyan and Hammarin' (SMART via microsyria.com; translated): the "
    "villages IS was trying to reach were the SDF side's that day (read from the report, which "
    "does not say 'held'); the days before and after stay gaps (SMART's undated 'Monday' item of "
    "IS taking al-Suwaydiya al-Kabira, al-Widyan and Bir Sana is not dated by any copy read)"
)

BAND_FOUGHT_NOTE = (
    "fought over on Wednesday 8 Feb 2017: the SDF said on its Telegram channel that 'clashes took "
    "place between the two sides after a counter-attack the organisation launched on the villages "
    "of al-Suwaydiya, Hammarin and Widyan, near the dam of al-Tabqa' (SMART via microsyria.com: "
    "party claim; translated); the villages IS counter-attacked were the SDF's, which is recorded "
    "as the holder; IS's own claim of the raid (Amaq, 'al-Suwaydiya Kabira, al-Buyud, al-Widyan "
    "and Turaykiya') was read only in undated copies; 9 - 18 Feb stay gaps (SMART's undated "
    "'Monday' item has IS take al-Widyan, and nothing read dates it)"
)

# --- Mazraat al-Ansar (11 May 2017) -------------------------------------------------------------
ANSAR_NOTE = (
    "fought over on Thursday 11 May 2017: several sources told SMART of clashes 'at Mazraat "
    "al-Ansar and Jisr Shanina, where the SDF is advancing from its positions in the village of "
    "Royan (40 km north-west of Raqqa city)' (SMART via microsyria.com; translated); IS is "
    "recorded as the holder the SDF was advancing on; the days before stay gaps, and 12 May too "
    "(a refused relay of ANF has clashes 'around al-Ansar village' going on that day)"
)
ANSAR_TAKEN_NOTE = (
    "the SDF's from 13 May 2017: Al-Watan of Bahrain (13 May), relaying Al Jazeera's site, had "
    "sources say the SDF, 20 km from Raqqa, 'took the village of al-Ansar, the Farmers' Union "
    "centre, the cotton spinning factory and villages and farms north of Raqqa city' (translated); "
    "the farm lies 6.5 km south of Royan, from where SMART had the SDF advancing on it on 11 May; "
    "the day it fell (12 or 13 May) is not fixed, so the report's day is used; held to 5 Jun "
    "(continuity inferred), then the rule from the assault of 6 Jun"
)

# --- Mazra'at Ja'bar by the castle (Jan - Feb 2017) ---------------------------------------------
JABAR_FARM_NOTE = (
    "region-level, party claim: the farm lies 0.9 km north-east of the Ja'bar castle, on the land "
    "between the castle and the villages of Ja'bar al-Gharbi and al-Sharqi 3 km north of it; the "
    "SDF took the castle on Friday 6 Jan 2017 after besieging it, having broken IS's three-day "
    "attack on the two villages on the morning of 5 Jan (Rojnews, 6 Jan, party media; the Syrian "
    "Press Center, 6 Jan: 'today, Friday' the SDF took the castle, 3 km south of the two "
    "villages; AFP, 6 Jan, has SOHR and a Kurdish commander say it was seized 'Friday'); the "
    "reports disagree on the day: the SDF's spokesman Talal Silo told Reuters (6 Jan) it was "
    "captured 'on Thursday' (5 Jan), so 5 Jan stays a gap naming both days (h-rev62); no report "
    "names the farm itself, which is taken with the castle and the villages "
    "around it, as the third phase's rule from 4 Feb takes 'the villages named after it' as the "
    "castle's; held from 6 Jan to 3 Feb (continuity inferred: an IS attack near the castle on 10 "
    "Jan and media reports of its retaking, denied by the SDF, come from a relay of unnamed origin "
    "and are not used); 10 Dec 2016 - 5 Jan 2017 stay gaps (the approach was fought over from 26 "
    "Dec)"
)

RAQQA7: tuple[RegionRule, ...] = (
    RegionRule("raqqa7_karawan_19_dec_2016", SDF_BLOCK, _ids("karawan"), (
        Span(PHASE_TWO, day("2016-12-18"), "isis", (SYRIA_NEWS_19_DEC, ALGHAD_22_DEC),
             KARAWAN_IS_NOTE),
        Span(KARAWAN_CLAIM, EVE_OF_STATEMENT, "sdf", (SYRIA_NEWS_19_DEC, ALGHAD_22_DEC),
             KARAWAN_SDF_NOTE),
    )),
    RegionRule("raqqa7_widyan_hammarin_19_feb_2017", SDF_BLOCK, _ids("widyan", "hammarin"), (
        Span(day("2017-02-08"), day("2017-02-08"), "sdf", (SMART_8_FEB,), BAND_FOUGHT_NOTE,
             status="contested", with_parties=("isis",)),
        Span(day("2017-02-19"), day("2017-02-19"), "sdf", (SMART_19_FEB,), BAND_NOTE),
    )),
    RegionRule("raqqa7_mazraat_al_ansar_11_may_2017", SDF_BLOCK, _ids("mazrat_al_ansar"), (
        Span(day("2017-05-11"), day("2017-05-11"), "isis", (SMART_11_MAY,), ANSAR_NOTE,
             status="contested", with_parties=("sdf",)),
        Span(day("2017-05-13"), day("2017-06-05"), "sdf", (AL_WATAN_13_MAY, SMART_11_MAY),
             ANSAR_TAKEN_NOTE),
    )),
    RegionRule("raqqa7_mazraat_jabar_6_jan_2017", SDF_BLOCK, _ids("mazraat_jabar"), (
        Span(day("2017-01-06"), day("2017-02-03"), "sdf",
             (ROJNEWS_6_JAN, SPC_6_JAN, AFP_6_JAN, REUTERS_6_JAN), JABAR_FARM_NOTE),
    )),
)  # fmt: skip
