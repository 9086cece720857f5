"""Region rules for gaps the Euphrates Shield passes still leave north of al-Bab and on the Manbij
line (issue #15, h-shield5): Dana, Susiyan and Hazwan on al-Bab's northern edge, IS-held until the
factions took them on the morning of Sunday 13 Nov 2016 (Enab Baladi via Al-Watan; IHA; Anadolu
via Yeni Safak, already cited by the h-bab rules from 13 Nov); Ablah and Duwayr Hawa south of
Akhtarin, which a Sultan Murad commander said had been taken by the operation's 75th day (6 Nov
2016: Yeni Safak, party-side); and Yilanli (Ilan) and Qurt Wiran north of Arima, the Manbij
Military Council's villages that Turkish aircraft and artillery struck on 20 - 21 Nov 2016 (the
council's and the PYD's statements via Kurdish Question: party claim), to the eve of the batch's
Mar 2017 records.

Same shape as `tools/regions_2016_2018_rules_shield4.py`; `tools/regions_2016_2018_rules.py` adds
``SHIELD5`` at the end of ``RULES``, so these answer only the days earlier rules leave (from 13 Nov
2016 the `aleppo_shield` rules answer the villages north-west of al-Bab, from 3 Mar 2017 the batch
and h-rev14 the Manbij line). Sources in ``sources/2016-2019-shield5.toml``. Build-time tooling,
not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import START, RegionRule, Span, day

__all__ = ["SHIELD5"]

ES_BLOCK = "g2016_euphrates_shield"
NORTH_BAB_END = day("2016-11-12")  # from 13 Nov the `aleppo_shield` rules answer these villages
ES_LASTING = day("2017-03-02")  # from 3 Mar 2017 the batch (and h-rev14) answer the Manbij line

AFP_14_AUG = "afp-2016-08-14-al-bab-military-council"
YENISAFAK_13_NOV = "yenisafak-2016-11-13-al-bab-outskirts"
ALWATAN_13_NOV = "al_watan_bh-2016-11-13-five-villages-north-of-al-bab"
IHA_15_NOV = "iha-2016-11-15-al-bab-villages"
YENISAFAK_DAY_75 = "yenisafak-2016-11-ablah-duwayr"
KQ_21_NOV = "kurdish_question-2016-11-21-turkey-strikes-manbij"
SMART_9_MAR = "smart-2017-03-09-manbij-council-five-villages"

# --- al-Bab's northern edge: IS-held until 13 Nov 2016 ------------------------------------------
#: Dana, Susiyan and Hazwan, 2 - 5 km north and north-west of al-Bab (west of 37.48 E, which the
#: h-bab2 rule's region-level answer leaves out).
AL_BAB_EDGE = ("dana", "susiyan", "hazwan")
AL_BAB_EDGE_NOTE = (
    "on al-Bab's northern edge: the 'Free Army' factions took Susiyan, Hazwan, Qudayran, al-Dana "
    "and Awlan 'this morning', Sunday 13 Nov 2016, in their operations to expel IS, and stood "
    "about 3 km from al-Bab (a field source of the Euphrates Shield operations room to Enab "
    "Baladi, via Al-Watan: party-side); Anadolu (via Yeni Safak) has Hazvan, Susyan and Aldana "
    "taken by 2 a.m. that Sunday, IHA (15 Nov) the opposition largely in control of Susiyan, Dana "
    "and Qudayran; on 14 Aug 2016 the SDF called al-Bab IS's 'northern bastion' and promised to "
    "free 'the region around it' (AFP): IS-held 1 Aug - 12 Nov 2016; no other holder reported "
    "between (continuity inferred)"
)

# --- south of Akhtarin: taken by the operation's 75th day (6 Nov 2016) --------------------------
#: Yeni Safak's 'Ablah and Duwayr, south of Akhtarin': Duwayr Hawa lies 2 km north-east of Ablah
#: (Duwayr ash-Sharqiya, by al-Bab, is not south of Akhtarin).
SOUTH_OF_AKHTARIN = ("ablah", "duwayr_hawa")
SOUTH_OF_AKHTARIN_NOTE = (
    "Sultan Murad Division commander Fehim Isa (party-side), in Yeni Safak's report of the "
    "operation's 75th completed day (counted as Yeni Safak counts the 82nd on Sunday 13 Nov: 6 Nov "
    "2016): with the capture of the villages of Ablah and Duwayr south of Akhtarin the obstacles "
    "on the road to al-Bab were being removed one by one, the factions 7 - 8 km from al-Bab; "
    "counted the Turkish-backed factions' from the next day, 7 Nov (the day each village fell is "
    "not given); no IS return reported before the factions reached al-Bab's outskirts on 13 Nov "
    "(continuity inferred); before 7 Nov the day is not stored"
)

# --- north of Arima: the Manbij Military Council's villages (21 Nov 2016 - 2 Mar 2017) ----------
#: Yilanli (Ilan) and Qurt Wiran, 4 - 5 km north of Arima on the Sajur line.
ARIMA_STRIKES = (
    "party claim: the SDF-linked Manbij Military Council said Turkey used the YPG's withdrawal "
    "from Manbij to attack 'villages under control of' the council; Turkish aircraft 'reportedly "
    "bombed the villages of Yilanli, Qurt Weran and Sheikh Nasr today', Monday 21 Nov 2016, after "
    "air and artillery strikes on the SDF's headquarters west of Manbij on Sunday evening "
    "(Kurdish Question, relaying the council's, the PYD's and SDF spokesman Sharvan Darwish's "
    "statements)"
)
QURT_WIRAN_NOTE = ARIMA_STRIKES + (
    "; counted the SDF's from 21 Nov; on 9 Mar 2017 the council's media office still named Qurt "
    "Wiran among the villages it held when it handed them to the army's border guards (SMART, "
    "party claim); no change of hands reported between (continuity inferred to 2 Mar 2017); "
    "before 21 Nov the day the SDF arrived is not stored"
)
ILAN_NOTE = ARIMA_STRIKES + (
    "; counted the SDF's on 21 Nov only: the batch draws Yilanli in the Euphrates Shield area "
    "from 3 Mar 2017 and no report read dates a change between, so the days after stay a gap"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


SHIELD5: tuple[RegionRule, ...] = (
    RegionRule("shield5_al_bab_edge_13_nov", ES_BLOCK, _ids(*AL_BAB_EDGE), (
        Span(START, NORTH_BAB_END, "isis", (ALWATAN_13_NOV, YENISAFAK_13_NOV, IHA_15_NOV,
             AFP_14_AUG), AL_BAB_EDGE_NOTE),
    )),
    RegionRule("shield5_ablah_duwayr_6_nov", ES_BLOCK, _ids(*SOUTH_OF_AKHTARIN), (
        Span(day("2016-11-07"), NORTH_BAB_END, "sna", (YENISAFAK_DAY_75, YENISAFAK_13_NOV),
             SOUTH_OF_AKHTARIN_NOTE),
    )),
    RegionRule("shield5_qurt_wiran_21_nov", ES_BLOCK, _ids("qurt_wiran"), (
        Span(day("2016-11-21"), ES_LASTING, "sdf", (KQ_21_NOV, SMART_9_MAR), QURT_WIRAN_NOTE),
    )),
    RegionRule("shield5_ilan_21_nov", ES_BLOCK, _ids("ilan"), (
        Span(day("2016-11-21"), day("2016-11-21"), "sdf", (KQ_21_NOV,), ILAN_NOTE),
    )),
)  # fmt: skip
