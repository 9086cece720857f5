"""Region rules of h-manbij16 (issue #15): two places on Manbij's edge in the city's last days
before it fell (Aug 2016).

Same shape as `tools/regions_2016_2018_rules_manbij2.py`; `tools/regions_2016_2018_rules.py`
adds ``MANBIJ16`` at the end of ``RULES``, so these answer only the days earlier rules leave in
the ``[g2016_manbij_sdf]`` block (1 - 11 Aug 2016; the ring rule answers from 12 Aug):

1. Manbij's southern grain-silo complex (2.4 km south of the centre), 1 - 5 Aug: the SDF's.
   Enab Baladi's reporter entered the silos on Sun 17 Jul 2016, 'entirely under the control' of
   the SDF since the beginning of July; on Sat 6 Aug SOHR had the SDF in 'almost complete
   control' of the city (Reuters), from which `_manbij2.py` answers: continuity inferred between
   the two dated reports (the eastern complex, which Enab Baladi does not name, stays a gap).
2. Al-Mankubah (``mankubah``, 2.3 km north-north-east of the centre), 6 - 9 Aug: the SDF's from
   Enab Baladi's report of Sat 6 Aug 2016 (the journalist Adnan al-Hussein: the SDF's advance
   that day took 'the village of al-Mankuba north-east of the city'). 1 - 5 Aug stay gaps (the
   report says when it was taken, not who held it before: it was the SDF's in June and mined by IS
   in July); 10 - 11 Aug stay gaps: IS was reported to counter-attack north of the city and retake
   'points' and villages of the northern countryside on 10 - 11 Aug (nasaem.news, 11 Aug, a
   low-grade site; a refused outlet names villages further north, not used).

Sources in ``sources/2016-2019-manbij16.toml``. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["MANBIJ16"]

MANBIJ_BLOCK = "g2016_manbij_sdf"
SOUTHERN_SILOS = "manbij_southern_grain_silo_complex"

ENAB_17_JUL = "enab_baladi-2016-07-17-manbij-silos"
ENAB_6_AUG = "enab_baladi-2016-08-06-manbij-80-percent"
REUTERS_6_AUG = "reuters-2016-08-06-manbij-almost-complete-control"

SILOS_NOTE = (
    "the SDF's: Enab Baladi's reporter entered 'the grain silos area in the city of Manbij' on "
    "Sun 17 Jul 2016, 'entirely under the control' of the SDF, which had 'tightened its control "
    "over them at the beginning of this July'; the silos 'lie on the southern side of Manbij' "
    "(translated); on Sat 6 Aug SOHR had the SDF in 'almost complete control' of the city "
    "(Reuters), the day from which the manbij2 rule answers; no IS return to the silos reported "
    "between (continuity inferred; not sourced per day)"
)
MANKUBAH_NOTE = (
    "the SDF's: Enab Baladi, Sat 6 Aug 2016: the SDF's advance 'today' came in the industrial "
    "area to the east and the south of the city, 'in addition to the village of al-Mankuba "
    "north-east of the city, and all those areas came under its control' (the journalist Adnan "
    "al-Hussein; translated); no IS return reported to 9 Aug (continuity inferred); 10 - 11 Aug: "
    "a gap (IS was reported to retake points north of the city and villages of its northern "
    "countryside, nasaem.news, 11 Aug, low-grade); 1 - 5 Aug: a gap (who held it before the "
    "advance is not reported)"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


MANBIJ16: tuple[RegionRule, ...] = (
    RegionRule("manbij16_southern_silos_aug_2016", MANBIJ_BLOCK, _ids(SOUTHERN_SILOS), (
        Span(day("2016-08-01"), day("2016-08-05"), "sdf", (ENAB_17_JUL, REUTERS_6_AUG),
             SILOS_NOTE),
    )),
    RegionRule("manbij16_mankubah_6_aug_2016", MANBIJ_BLOCK, _ids("mankubah"), (
        Span(day("2016-08-06"), day("2016-08-09"), "sdf", (ENAB_6_AUG,), MANKUBAH_NOTE),
    )),
)  # fmt: skip
