"""Region rules of h-manbij2 (issue #15): Manbij's grain silos in the city's last week before it
fell (Aug 2016) and two Peace Spring villages south and south-east of Ras al-Ayn (Oct 2019).

Same shape as `tools/regions_2016_2018_rules_ar2.py`; `tools/regions_2016_2018_rules.py` adds
``MANBIJ2`` at the end of ``RULES``, so these answer only the days earlier rules leave (the
`[g2016_manbij_sdf]` and `[g2016_sdf_edges]` blocks).

1. The southern and eastern grain-silo complexes on Manbij's edge (2.4 - 2.6 km from the centre):
   the SDF's from Sat 6 Aug 2016, when SOHR had it in "almost complete control" of the city with
   IS pockets left in the centre (Reuters) and the BBC 80 percent (Stratfor), to 11 Aug; the last
   IS districts were al-Sirb and the Jarabulus road, north of the city (Anadolu via Al-Akhbar, 13
   Aug); the earlier ring rule answers from 12 Aug. 1 - 5 Aug stay gaps: the silos changed hands in
   late June (SMART via Akhbar Al Aan: taken on 24 Jun; an Al-Araby al-Jadeed copy, undated: IS
   back in them days later) and no report found dates them between (h-manbij16 later answered
   the southern complex on 1 - 5 Aug from Enab Baladi's visit of 17 Jul, in `_manbij16.py`).
2. Mabrouka (``mebruka``, on the M4 35 km south of Ras al-Ayn): was the Turkish-backed forces' on
   Sun 13 Oct 2019 from Sham FM's list of villages "occupied" in the Ras al-Ayn countryside;
   withdrawn by the review h-rev40 (the list names the western Mabrouka, beside Raj'an): a gap.
3. Al-Aliya (``aliya``, 27 km south-south-east of Ras al-Ayn): contested on Wed 16 Oct 2019, the
   Syrian National Army claiming it (SMART, party claim); the SDF held it before the offensive and
   the autumn-2019 snapshot draws it SDF-held again: one day only.

Sources in ``sources/2016-2019-manbij2.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["MANBIJ2"]

MANBIJ_BLOCK, EDGES_BLOCK = "g2016_manbij_sdf", "g2016_sdf_edges"
SILOS = ("manbij_southern_grain_silo_complex", "manbij_eastern_grain_silo_complex")

REUTERS_6_AUG = "reuters-2016-08-06-manbij-almost-complete-control"
STRATFOR_6_AUG = "stratfor-2016-08-06-manbij-80-percent"
AKHBAR_13_AUG = "al_akhbar-2016-08-13-manbij-in-kurdish-hands"
AKHBAR_ALAAN_25_JUN = "akhbar_alaan-2016-06-25-khattaf-silos"
SMART_16_OCT = "smart-2019-10-16-sna-14-villages"

SILOS_NOTE = (
    "region-level (city-edge sites): the grain silos on Manbij's southern and eastern edge, "
    "2.4 - 2.6 km from the centre; the Manbij Military Council (SDF) took the silos south of the "
    "city on 24 Jun 2016 (SMART via Akhbar Al Aan), but they changed hands again in the weeks "
    "after; on Sat 6 Aug SOHR had the SDF in 'almost complete control' of the city with "
    "'pockets of militants' left in its centre, the council's spokesman 90 percent cleared "
    "(Reuters), the BBC 80 percent (Stratfor); the last IS districts were al-Sirb and the "
    "Jarabulus road, north of the city, stormed on 12 Aug (Anadolu via Al-Akhbar, 13 Aug): the "
    "south and east edges the SDF's between (continuity inferred; not sourced per site); 1 - 5 "
    "Aug: a gap at the eastern complex (the southern one: h-manbij16, Enab Baladi of 17 Jul)"
)
ALIYA_NOTE = (
    "the Syrian National Army announced on its official channels on Wed 16 Oct 2019 that it "
    "had taken 'al-Aliya, Khirbat al-Nu'aymah, al-Atamiyah and Hayla' in the Ras al-Ayn area "
    "from the SDF (SMART, opposition agency: party claim; translated); matched by name (the "
    "gazetteer's Aliya lies 27 km south-south-east of Ras al-Ayn, on the front towards Tell "
    "Tamr, where SOHR later places the al-Alyah silos); contested that day: the SDF's state in it "
    "is not reported and the autumn-2019 snapshot draws it SDF-held from 23 Oct"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


MANBIJ2: tuple[RegionRule, ...] = (
    RegionRule("manbij2_city_edge_silos_6_aug_2016", MANBIJ_BLOCK, _ids(*SILOS), (
        Span(day("2016-08-06"), day("2016-08-11"), "sdf",
             (REUTERS_6_AUG, STRATFOR_6_AUG, AKHBAR_13_AUG, AKHBAR_ALAAN_25_JUN), SILOS_NOTE),
    )),
    # h-rev40: the rule `manbij2_mabrouka_13_oct_2019` (Sham FM's 'Mabrouka' of 13 Oct 2019 drawn
    # the factions' at `mebruka`, 36.53 N 40.07 E) was withdrawn: Sham FM lists Mabrouka with
    # Raj'an, west of Ras al-Ayn (`rajan_ras_al_ayn`, 47 km from `mebruka`, 13 km from the
    # gazetteer's other Mabrouka, `mabrouka`, which Anadolu's list already dates to 13 Oct), so
    # the report names the western town; `mebruka` is a gap 9 - 22 Oct 2019 again
    RegionRule("manbij2_aliya_16_oct_2019", EDGES_BLOCK, _ids("aliya"), (
        Span(day("2019-10-16"), day("2019-10-16"), "sna", (SMART_16_OCT,), ALIYA_NOTE,
             status="contested", with_parties=("sdf",)),
    )),
)  # fmt: skip
