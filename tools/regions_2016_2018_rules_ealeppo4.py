"""Region rules for east Aleppo, fourth pass (issue #15, h-ealeppo4): villages by dated reports.

Same shape as `tools/regions_2016_2018_rules_ealeppo3.py`; `tools/regions_2016_2018_rules.py` adds
``EALEPPO4`` at the end of ``RULES``, so these answer only the days the earlier rules leave in the
``[g2016_east_aleppo_government]`` block:

- the army's ring round Deir Hafer in the second half of March 2017, village by village: Zubayda
  and al-Kabbariya (the gazetteer's Al-Kayariyah) on Friday 17 Mar (SMART's activists), Jinni
  al-Salamah on Monday 20 Mar (the Hezbollah-run media unit relayed by Al-Masdar Online: party
  claim), al-Ahmadiya and al-Kabbariya on Wednesday 22 Mar and Umm Tinah on Thursday 23 Mar
  (Al-Masdar Online, from the regime side's announcements: party claim). IS's from the start of the
  campaign (17 Jan, where the region rule's IS answer ends) to the eve of the capture where the
  region rule answered IS before, continuity inferred; the army's from the capture to 28 Mar, the
  eve of Deir Hafer's fall (29 Mar, Reuters), from which the region rule answers.

Sources in ``sources/2016-2019-ealeppo4.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["EALEPPO4"]

BLOCK = "g2016_east_aleppo_government"
#: The army's east Aleppo campaign from 17 Jan 2017: the region rule answers IS round Deir Hafer
#: to 16 Jan (``ea_deir_hafer_ring``).
CAMPAIGN_START = day("2017-01-17")
#: The day before the army took Deir Hafer (29 Mar 2017, Reuters), from which the region rule
#: answers.
EVE_OF_DEIR_HAFER = day("2017-03-28")

DEIR_HAFER_TAKEN = "reuters-2017-03-29-deir-hafer"
SMART_17_MAR = "smart-2017-03-17-deir-hafer-villages"
MASDAR_20_MAR = "almasdaronline-2017-03-20-south-of-deir-hafer"
MASDAR_23_MAR = "almasdaronline-2017-03-23-umm-tinah"
ENAB_23_MAR = "enab_baladi-2017-03-23-deir-hafer-siege"

RING_NOTE = (
    "{}; the army took Deir Hafer itself on 29 Mar 2017 (Reuters), from which the earlier rules "
    "answer; no IS return to this village reported in between (continuity inferred; not sourced "
    "per day)"
)
IS_BEFORE_NOTE = (
    "IS-held until the army's ring round Deir Hafer reached it: IS had held Deir Hafer entirely "
    "since January 2014 (Enab Baladi, 23 Mar 2017) and the country round it until the army's "
    "campaign of 2017 (the region rule answers IS to 16 Jan); {} (continuity inferred from 17 "
    "Jan; not sourced per day)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


EALEPPO4: tuple[RegionRule, ...] = (
    RegionRule("ealeppo4_zubayda_17_mar_2017", BLOCK, _ids("zubayda"), (
        Span(day("2017-03-17"), EVE_OF_DEIR_HAFER, "government", (SMART_17_MAR, DEIR_HAFER_TAKEN),
             RING_NOTE.format(
                 "activists told SMART (opposition agency, Friday 17 Mar 2017; translated) that "
                 "the regime forces took the villages of 'Zubayda' and 'Khisaf' south of Deir "
                 "Hafer and 'al-Kabbariya' north of it that day, after battles with IS")),
    )),
    RegionRule("ealeppo4_kabbariya_mar_2017", BLOCK, _ids("al_kayariyah"), (
        Span(CAMPAIGN_START, day("2017-03-16"), "isis",
             (SMART_17_MAR, MASDAR_23_MAR, ENAB_23_MAR),
             IS_BEFORE_NOTE.format(
                 "SMART's activists have the regime forces take al-Kabbariya, north of the town, "
                 "from IS on Friday 17 Mar 2017 and Al-Masdar Online has it among five villages "
                 "taken on 22 Mar (the gazetteer's Al-Kayariyah, 4 km north of Deir Hafer: the "
                 "Arabic al-Kabbariya and al-Kayyariya differ only by a letter's dots; matched by "
                 "place; 17 - 21 Mar, where the two reports disagree, stays a gap)")),
        Span(day("2017-03-22"), EVE_OF_DEIR_HAFER, "government",
             (MASDAR_23_MAR, SMART_17_MAR, DEIR_HAFER_TAKEN),
             RING_NOTE.format(
                 "taken by the regime forces by Wednesday 22 Mar 2017: Al-Masdar Online "
                 "(opposition site, 23 Mar; translated) names 'al-Ahmadiya, al-Kabbariya, Tall "
                 "al-Sus, al-Akula and Lalat Muhammad' north and east of Deir Hafer as taken the "
                 "day before, and SMART's activists had the army take al-Kabbariya on 17 Mar "
                 "(the later day is kept; the gazetteer's Al-Kayariyah, matched by place)")),
    )),
    RegionRule("ealeppo4_ahmadiyah_22_mar_2017", BLOCK, _ids("ahmadiyah"), (
        Span(CAMPAIGN_START, day("2017-03-21"), "isis", (MASDAR_23_MAR, ENAB_23_MAR),
             IS_BEFORE_NOTE.format(
                 "Al-Masdar Online (opposition site, 23 Mar 2017; translated) has the regime "
                 "forces take al-Ahmadiya from IS on 22 Mar")),
        Span(day("2017-03-22"), EVE_OF_DEIR_HAFER, "government", (MASDAR_23_MAR, DEIR_HAFER_TAKEN),
             RING_NOTE.format(
                 "taken by the regime forces on Wednesday 22 Mar 2017 with al-Kabbariya, Tall "
                 "al-Sus, al-Akula and Lalat Muhammad north and east of Deir Hafer (Al-Masdar "
                 "Online, opposition site, 23 Mar, 'a day after'; translated: the regime side's "
                 "announcements, party claim)")),
    )),
    RegionRule("ealeppo4_jinni_al_salamah_20_mar_2017", BLOCK, _ids("jinni_al_salamah"), (
        Span(CAMPAIGN_START, day("2017-03-19"), "isis", (MASDAR_20_MAR, ENAB_23_MAR),
             IS_BEFORE_NOTE.format(
                 "the Hezbollah-run military media unit (relayed by Al-Masdar Online, Monday 20 "
                 "Mar 2017; party claim) has the regime forces take Jinni al-Salamah after "
                 "clashes with IS that day")),
        Span(day("2017-03-20"), EVE_OF_DEIR_HAFER, "government", (MASDAR_20_MAR, DEIR_HAFER_TAKEN),
             RING_NOTE.format(
                 "taken by the regime forces and their militias on Monday 20 Mar 2017 after "
                 "clashes with IS, with Shuraymah and al-Qusayr south of Deir Hafer (the "
                 "Hezbollah-run military media unit, party claim, relayed by Al-Masdar Online, an "
                 "opposition site; translated)")),
    )),
    RegionRule("ealeppo4_umm_tinah_23_mar_2017", BLOCK, _ids("umm_tinah_al_bab"), (
        Span(day("2017-03-23"), EVE_OF_DEIR_HAFER, "government",
             (MASDAR_23_MAR, ENAB_23_MAR, DEIR_HAFER_TAKEN),
             RING_NOTE.format(
                 "taken by the regime forces on Thursday 23 Mar 2017, cutting IS's last supply "
                 "road into Deir Hafer (the pro-government page Damascus Now, relayed by Al-Masdar "
                 "Online, an opposition site: party claim; translated); Enab Baladi has the siege "
                 "complete that day. An earlier undated claim of the village (a 'Saturday' list "
                 "read on the Syrian Press Center) is not used, so the days before stay a gap")),
    )),
)  # fmt: skip
