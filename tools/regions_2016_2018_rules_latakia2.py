"""Region rules for the Latakia front south and west of Kabani (issue #15, h-latakia2).

Same shape as `tools/regions_2016_2018_rules_ghab.py` (whose ``latakia_kinsabba_outskirts``
answers Kinsabba's western and southern outskirts); `tools/regions_2016_2018_rules.py` adds
``LATAKIA2`` at the end of ``RULES``, so these answer only days the earlier rules leave in the
``[fill_latakia_front]`` block (2016-08-01 .. 2019-10-22, the al-Haffah villages near the Jebel
Akrad front):

- Karmil, 4 km north-west of Kinsabba: the army's from 14 May 2019, when the Russian
  reconciliation centre (via TASS) listed 'Kermel' among the Latakia settlements 'militants
  shelled' in the past 24 hours, again on 23 Sep 2019, to the eve of the autumn-2019 snapshot;
- Ikko, 2 km south-west of Kabani: the army's from 5 Oct 2018, when the centre (via TASS, read
  on PanARMENIAN.Net) listed it among the Latakia settlements shelled that day, to the same eve.

Both rest on the Russian Defence Ministry's lists only (party claim; the days between are
continuity inferred). The block's other villages (Tardin, Mazghulah, Ain al-Hawr of al-Haffah,
Ayn al-Ashara, Ta'uma, Binjazi, Duwayrikah) and the ``[daily 2019-20]`` gaps of Dec 2019 - Mar
2020 on this front stay gaps: no dated allowed report found names them (SOHR's later reports
of Russian strikes on 'the Tardin area' and of the 'al-Haddadah frontline' by Mazghulah put the
front through them). Sources in ``sources/2016-2019-latakia2.toml``. Build-time tooling, not
shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["LATAKIA2"]

BLOCK = "fill_latakia_front"
#: The day before the autumn-2019 snapshot, which draws both villages government-held.
SNAPSHOT_EVE = day("2019-10-22")
#: Friday 5 Oct 2018: the centre's chief Savchenko lists Ikko among the settlements shelled.
IKKO_SHELLED = day("2018-10-05")
#: Tuesday 14 May 2019: the centre's chief Kupchishin lists 'Kermel (twice)' for the past day.
KERMEL_SHELLED = day("2019-05-14")

TASS_IKKO = "tass-2018-10-05-ikko-shelled"
TASS_KERMEL_MAY = "tass-2019-05-14-kermel-shelled"
TASS_KERMEL_SEP = "tass-2019-09-24-kermel-shelled"


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


LATAKIA2: tuple[RegionRule, ...] = (
    RegionRule("latakia2_karmil_may_2019", BLOCK, _ids("karmil"), (
        Span(KERMEL_SHELLED, SNAPSHOT_EVE, "government", (TASS_KERMEL_MAY, TASS_KERMEL_SEP),
             "party claim: the Russian reconciliation centre (via TASS, Russian state media) "
             "listed 'Kermel (twice)' among the Latakia settlements 'militants shelled' over the "
             "24 hours to Tuesday 14 May 2019, and 'Kermel' again among those shelled on 23 Sep "
             "2019: a settlement on the government's side of the Jebel Akrad front ('Kermel' read "
             "as Karmil of al-Haffah, 4 km north-west of Kinsabba); no loss reported between the "
             "two claims or before the autumn-2019 snapshot, which draws it government-held "
             "(continuity inferred; not sourced per day); before 14 May 2019 a gap"),
    )),
    RegionRule("latakia2_ikko_oct_2018", BLOCK, _ids("ikko"), (
        Span(IKKO_SHELLED, SNAPSHOT_EVE, "government", (TASS_IKKO,),
             "party claim: the Russian reconciliation centre's chief said on Friday 5 Oct 2018 "
             "that 'during the day, shelling attacks were reported from the settlements of ... "
             "Ikko' in the Latakia governorate (TASS, read via PanARMENIAN.Net): a settlement on "
             "the government's side, 2 km south-west of the factions' Kabani; the army's 2019 "
             "assaults on Kabani came from the hills south of it and no loss of Ikko is "
             "reported before the autumn-2019 snapshot, which draws it government-held "
             "(continuity inferred; single party source); before 5 Oct 2018 a gap"),
    )),
)  # fmt: skip
