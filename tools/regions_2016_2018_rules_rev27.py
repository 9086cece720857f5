"""Region rules of the review h-rev27 (issue #15): answers other helpers flagged as possibly wrong.

1. The Carton Factory and the two Minyan sawmills (west of Aleppo, 1 - 1.5 km from Minyan): the
   batch's ``g2016_idlib_pocket_2019`` hand rows drew them the rebels' (then HTS's) from 1 Aug
   2016 to the autumn-2019 snapshot on the ground that "no government advance into it between
   2016 and Dec 2019 is reported". SOHR (via AFP, Saturday 12 Nov 2016) has the army recapture
   "all of the areas taken by rebel fighters" in their late-October push, naming Dahiyat al-Assad
   and Minyan, and SOHR's Arabic item has it regain "the Minyan area and factories around it".
   The hand rows are now one stored gap from 1 Aug 2016 to 22 Oct 2019 (who held the factories
   before the push, and between Nov 2016 and the snapshot that draws them HTS-held, no dated
   report says); this module answers 12 Nov 2016, the army's, region-level.
2. Judaydah (``judaydah_aleppo``, al-Safira district, 3 km south of Sirdah, 9 - 10 km east of
   Khanasir): drawn the army's from Maskanah's fall (4 Jun 2017) while its neighbours Sirdah,
   al-Hawaz, Rasm Askar, Shuraymah and Mas'udiyah are IS's 4 - 29 Jun (h-rev16, h-rev19: IS left
   "areas east of Khanaser" only after the army took the Ithriya - Rasafa road late on 29 Jun,
   SOHR via Reuters and AFP). IS's 4 - 29 Jun, region-level as theirs; the hand row now starts on
   30 Jun.

Same shape as ``tools/regions_2016_2018_rules_rev26.py``; ``REV27`` is added at the end of
``RULES``, so it answers only days the earlier rules leave. Sources in
``sources/2016-2019-rev27.toml`` and ``sources/2016-2019-south_aleppo.toml``. Build-time tooling,
not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["MINYAN_FACTORIES", "REV27"]

IDLIB_BLOCK = "g2016_idlib_pocket_2019"
EA_BLOCK = "g2016_east_aleppo_government"

#: The gazetteer's Carton Factory and Minyan sawmills 1 and 2 (Mount Simeon district).
MINYAN_FACTORIES = frozenset({"carton_factory", "minyan_sawmills_1", "minyan_sawmills_2"})
AFP_12_NOV = "afp-2016-11-12-regime-rolls-back-aleppo-gains"
SOHR_MINYAN = "sohr-2016-11-minyan-and-factories-regained"
POCKET_SOURCES = ("reuters-2017-06-30-is-leaves-aleppo-province",
                  "afp-2017-06-30-is-leaves-aleppo-province",
                  "sohr-2017-06-30-khanasir-pocket-besieged",
                  "al_monitor-2017-06-maskanah")  # fmt: skip

MINYAN_NOTE = (
    "review h-rev27, region-level: SOHR (via AFP, Saturday 12 Nov 2016) has the army recapture "
    "'all of the areas taken by rebel fighters' in the push they began in late October, naming "
    "Dahiyat al-Assad and 'the village of Minyan outside the city'; SOHR's Arabic item has the "
    "regime forces regain 'the Minyan area and factories around it west of Aleppo' from Jabhat "
    "Fateh al-Sham and the factions (translated; that copy undated); this factory lies 1 - 1.5 "
    "km from Minyan; the reports date the area, not this place. The batch had drawn it the "
    "rebels' (then HTS's) from Aug 2016 to Oct 2019, citing no government advance: one is reported"
)
JUDAYDAH_NOTE = (
    "review h-rev27, region-level: IS's pocket east of Khanasir outlived Maskanah's fall (4 Jun "
    "2017); SOHR (via Reuters, Friday 30 Jun 2017) has IS withdraw from 'the last territory' it "
    "held in Aleppo province after the army retook the Ithriya - Rasafa road and 'areas east of "
    "Khanaser'; AFP: IS left 17 towns and villages after the army took the road late on Thursday "
    "29 Jun; this village lies 9 - 10 km east of Khanasir, 3 km south of Sirdah (h-rev16: IS's to "
    "29 Jun) and between Rasm Askar and Aqil; the reports date the pocket, not this village; held "
    "to 29 Jun (continuity inferred from 4 Jun; no army entry reported before). Al-Monitor (10 Jun "
    "2017) wrote that after Maskanah only uninhabited desert and hills were left to IS in the "
    "province: kept as said. The batch had drawn it the army's from 4 Jun; the army's from 30 Jun "
    "in the batch's row"
)

REV27: tuple[RegionRule, ...] = (
    RegionRule("rev27_minyan_factories_12_nov_2016", IDLIB_BLOCK,
               lambda p, _w: p.id in MINYAN_FACTORIES, (
        Span(day("2016-11-12"), day("2016-11-12"), "government", (AFP_12_NOV, SOHR_MINYAN),
             MINYAN_NOTE),
    )),
    RegionRule("rev27_judaydah_khanasir_pocket_to_29_jun_2017", EA_BLOCK,
               lambda p, _w: p.id == "judaydah_aleppo", (
        Span(day("2017-06-04"), day("2017-06-29"), "isis", POCKET_SOURCES, JUDAYDAH_NOTE),
    )),
)  # fmt: skip
