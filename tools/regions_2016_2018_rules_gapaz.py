"""Region rules of the pass h-gapaz (issue #15): the Azaz-district gaps between the snapshots of
Dec 2019 and Mar 2020 (the ``[fill_azaz_government_undated]`` and ``[fill_is_north_aleppo_undated]``
blocks, 19 Dec 2019 - 5 Mar 2020).

Same shape as `tools/regions_2016_2018_rules_gap2020.py`; `tools/regions_2016_2018_rules.py` adds
``GAPAZ`` at the end of ``RULES``, so these answer only days still stored as gaps:

- the Shahba villages on the Tell Rifaat pocket's south-eastern and eastern edge (Maarat Umm
  Hawsh, al-Hassiyah, Hasajak, Qulsuruj and the Shahba dam; Tell Qarah, al-Wahshiyah, Kafr Qaris
  and Fafin): `sdf` shared with `government`, as the pocket's own rows (Tell Rifaat: the SDF with
  the government to 31 May 2022). The reviewed rows of h-rev36 and h-rev45 answer the same on both
  sides of the window (to 18 Dec 2019 and from 6 Mar 2020); dated reports bracket and cross the
  window: AFP (2 Dec 2019: Tal Rifaat held by Kurdish fighters, Russian forces and regime troops
  deployed inside it), SOHR (16 Jan 2020: the Kurdish forces 'positioned in Mar'anaz', the
  pocket's north-west; after 24 Feb 2020: Kurdish positions at Menagh, Mar'anaz and al-Malikiya)
  and SOHR (23 Mar 2020: 'Um al-Hawaash in areas held by Kurdish forces', Tal Rifaat 'controlled
  by Kurdish and regime forces'). Region-level, continuity inferred.

Nubl, al-Zahraa, the Nubl ring, Tell al-Zahra, Qaramil, Tuways, the Infantry School and the other
villages east of the pocket stay gaps: no report of the window read names them or their holder
(PERIOD-2016-2024.md, the h-gapaz section).

Sources in ``sources/2016-2019-gapaz.toml`` and earlier files. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["GAPAZ", "POCKET_EDGE"]

AZAZ_UNDATED = "fill_azaz_government_undated"
IS_NORTH_UNDATED = "fill_is_north_aleppo_undated"
#: The weeks between the snapshots (the blocks' days): 19 Dec 2019 - 5 Mar 2020.
BETWEEN = (day("2019-12-19"), day("2020-03-05"))
SHARED = ("government",)

AFP_3_DEC = "afp-2019-12-03-tal-rifaat-school-shelling"
SOHR_MARANAZ_16_JAN = "sohr-2020-01-maranaz-kurdish-forces"
SOHR_MENAGH_FEB = "sohr-2020-02-malikiya-menagh-kurdish-positions"
SOHR_UMM_HAWSH_MAR = "sohr-2020-03-umm-hawsh-kurdish-held"
SOHR_SHAHBA_DAM = "sohr-2020-shahba-dam-frontline"
NORTH_PRESS_2022 = "north_press-2022-umm-hawsh-tel-qarah-shelled"
SDC_FAFIN = "sdc-2020-05-06-afrin-hospital-fafin"

#: The villages and the reviewed rows they follow on both sides of the window (rev36, rev45).
POCKET_EDGE: dict[str, tuple[str, str]] = {
    "maarat_umm_hawsh": (AZAZ_UNDATED, "Maarat Umm Hawsh (Umm Hosh), named by SOHR on 23 Mar 2020"),
    "hasiyah": (AZAZ_UNDATED, "al-Hassiyah, 2.6 km east of Umm Hosh"),
    "hosniyeh_hsajek": (AZAZ_UNDATED, "Hasajak (Hosniyeh - Hsajek), north of the Infantry School"),
    "sad_shahba": (AZAZ_UNDATED, "Qulsuruj (Sad Shahba), 2.2 km west of the Shahba dam"),
    "shahba_dam": (AZAZ_UNDATED, "the Shahba dam, the pocket's north-eastern front (SOHR, 2020)"),
    "tell_qarah": (IS_NORTH_UNDATED, "Tell Qarah, 2.5 km south-east of Umm Hosh"),
    "wahshiyah": (IS_NORTH_UNDATED, "al-Wahshiyah, between Tell Qarah and Umm Hosh"),
    "kafr_qaris": (IS_NORTH_UNDATED, "Kafr Qaris, between Tell Qarah and Fafin"),
    "fafin": (IS_NORTH_UNDATED, "Fafin, 3 - 7 km south-east of Tell Qarah and Umm Hosh"),
}
POCKET_SOURCES = (AFP_3_DEC, SOHR_MARANAZ_16_JAN, SOHR_MENAGH_FEB, SOHR_UMM_HAWSH_MAR,
                  SOHR_SHAHBA_DAM, NORTH_PRESS_2022, SDC_FAFIN)  # fmt: skip

POCKET_NOTE = (
    "{place}: region-level, as the Tell Rifaat (Shahba) pocket's villages, the SDF's with the "
    "government present: the reviewed rows (h-rev36, h-rev45) answer the same to 18 Dec 2019 and "
    "from 6 Mar 2020; on 2 Dec 2019 'Tal Rifaat is held by local Kurdish fighters', with 'Russian "
    "forces and regime troops' deployed inside the town (SOHR's head to AFP); on 16 Jan 2020 the "
    "Kurdish forces 'positioned in Mar'anaz' shelled Azaz (SOHR), and after 24 Feb 2020 SOHR "
    "reported rockets on 'Kurdish positions in Menagh military airbase, Mar'naz and Al-Malikiya'; "
    "on 23 Mar 2020 the factions shelled 'Um al-Hawaash in areas held by Kurdish forces' and Tal "
    "Rifaat was 'controlled by Kurdish and regime forces' (SOHR); no change of hands reported "
    "between (continuity inferred; not sourced per village and day). The autumn-2019 and "
    "2020-24 snapshots draw the village government-held (a disagreement kept, as in the "
    "reviewed rows)"
)


def _rule(ident: str, block: str, place: str) -> RegionRule:
    return RegionRule(f"gapaz_pocket_{ident}", block, lambda p, _w: p.id == ident, (
        Span(*BETWEEN, "sdf", POCKET_SOURCES, POCKET_NOTE.format(place=place), "shared", SHARED),
    ))  # fmt: skip


GAPAZ: tuple[RegionRule, ...] = tuple(
    _rule(ident, block, place) for ident, (block, place) in POCKET_EDGE.items()
)
