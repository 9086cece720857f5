"""Region rules for east Aleppo, third pass (issue #15, h-ealeppo3): villages by dated reports.

Same shape as `tools/regions_2016_2018_rules_ealeppo2.py`; `tools/regions_2016_2018_rules.py` adds
``EALEPPO3`` at the end of ``RULES``, so these answer only the days the earlier rules leave in the
``[g2016_east_aleppo_government]`` block:

- the villages round Maskanah the army took from IS on Saturday 3 Jun 2017 'within a few hours'
  before it entered the town (Zaman al-Wasl's local source, read in a relay of 5 Jun 2017):
  al-Muftahiyah, the Hittin complex, Rasm Falih, Jubb al-Hammam and Umm Hijarah. IS's from the
  Jirah airbase's fall (13 May, where the region rule's IS answer ends) to 2 Jun, continuity
  inferred; the army's on 3 Jun; the batch's Maskanah answer from 4 Jun.

Sources in ``sources/2016-2019-ealeppo3.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["EALEPPO3"]

BLOCK = "g2016_east_aleppo_government"
#: The Jirah airbase taken on 13 May 2017 (AFP): the region rule answers IS to 12 May.
JIRAH_TAKEN = day("2017-05-13")
#: Saturday 3 Jun 2017, the day IS left Maskanah; the batch answers government from 4 Jun.
MASKANAH_DAY = day("2017-06-03")
EVE_OF_MASKANAH_DAY = day("2017-06-02")

ZAMAN_3_JUN = "zaman_al_wasl-2017-06-05-maskanah-villages"
AFP_JIRAH = "afp-2017-05-13-jarrah-airbase"
MASKANAH_TAKEN = "xinhua-2017-06-04-maskanah"

#: Zaman al-Wasl's list matched to the block's gap places round Maskanah (35.86 - 35.97 N,
#: 37.95 - 38.10 E): al-Muftahiya, the Hittin complex (Hiteen), Rasm Falih (Rasm Falah), Jubb
#: al-Hammam, Umm Hijara (Khirbat Huwaydat Umm Hijarah). Not matched: al-Radda (two gap places of
#: that name, Rada Kabira and Raddat as-Saghir, 3.5 km apart: which is meant is not said), 'the
#: surroundings of the pumping station' (not the station itself), al-Juwaym, al-Ubaydiya, al-Sa'b,
#: al-Banduqa and Iblisiya (no gap place of those names).
ZAMAN_3_JUN_IDS = ("al_muftahiyah", "hiteen", "rasm_falah", "jub_al_hammam",
                   "khirbat_huwaydat_umm_hijarah")  # fmt: skip


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


EALEPPO3: tuple[RegionRule, ...] = (
    RegionRule("ealeppo3_maskanah_villages_3_jun_2017", BLOCK, _ids(*ZAMAN_3_JUN_IDS), (
        Span(JIRAH_TAKEN, EVE_OF_MASKANAH_DAY, "isis", (AFP_JIRAH, ZAMAN_3_JUN),
             "IS-held until the army's last push on Maskanah: IS had held the country south and "
             "east of the Jirah airbase, which the army took on 13 May 2017 (AFP); Zaman "
             "al-Wasl's local source (opposition site, relayed 5 Jun 2017; translated) has the "
             "regime's forces take this village from IS 'within a few hours' before entering "
             "Maskanah on Saturday 3 Jun; no earlier capture reported (continuity inferred; not "
             "sourced per day)"),
        Span(MASKANAH_DAY, MASKANAH_DAY, "government", (ZAMAN_3_JUN, MASKANAH_TAKEN),
             "taken by the regime's forces and allied militias on Saturday 3 Jun 2017 among "
             "'more than ten villages within a few hours' (al-Muftahiya, the Hittin complex, "
             "Rasm Falih, Jubb al-Hammam, Umm Hijara ...) before they ringed Maskanah from three "
             "axes and IS left it at sunset (Zaman al-Wasl's local source, relayed 5 Jun 2017: "
             "opposition site; translated); the army's hold on Maskanah from 4 Jun (SOHR via "
             "Xinhua)"),
    )),
)  # fmt: skip
