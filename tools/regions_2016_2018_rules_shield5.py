"""Region rules for gaps the Euphrates Shield passes still leave north of al-Bab and on the Manbij
line (issue #15, h-shield5): Dana, Susiyan and Hazwan on al-Bab's northern edge, IS-held until the
factions took them on the morning of Sunday 13 Nov 2016 (Enab Baladi via Al-Watan; IHA; Anadolu
via Yeni Safak, already cited by the h-bab rules from 13 Nov); the villages south of Akhtarin the
factions took on 24 - 27 Oct 2016 (Syrian Mirror; al-Masdar and Eldorar relaying the Levant Front
and their correspondents: party-side), Tal Ali (Kirbijali) on the Sajur taken on 27 Oct, and
Tal'ar Gharbi, taken on 18 Sep and fought over on 20 - 21 Sep (al-Masdar; Akhbar al-Aan; Syrian
Mirror: the reports disagree on the outcome); and Yilanli (Ilan) and Qurt Wiran north of Arima,
the Manbij Military Council's villages that Turkish aircraft and artillery struck on 20 - 21 Nov
2016 (the council's and the PYD's statements via Kurdish Question: party claim).

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
MASDAR_18_SEP = "almasdaronline-2016-09-18-five-villages-north-of-aleppo"
AKHBAR_ALAAN_21_SEP = "akhbar_alaan-2016-09-21-six-villages-al-rai"
MIRROR_21_SEP = "syrian_mirror-2016-09-21-is-retakes-villages-near-al-rai"
MIRROR_24_OCT = "syrian_mirror-2016-10-24-villages-north-aleppo"
MASDAR_27_OCT = "almasdaronline-2016-10-27-three-villages-towards-al-bab"
ELDORAR_27_OCT = "eldorar-2016-10-27-towards-al-bab"

# --- al-Bab's northern edge: IS-held until 13 Nov 2016 ------------------------------------------
#: Dana, Susiyan and Hazwan, 2 - 5 km north and north-west of al-Bab (west of 37.48 E, which the
#: h-bab2 rule's region-level answer leaves out).
AL_BAB_EDGE = ("dana", "susiyan", "hazwan")
AL_BAB_EDGE_NOTE = (
    "on al-Bab's northern edge: the 'Free Army' factions took Susiyan, Hazwan, Qudayran, al-Dana "
    "and Awlan 'in the morning', Sunday 13 Nov 2016, in their operations to expel IS, and stood "
    "about 3 km from al-Bab (a field source of the Euphrates Shield operations room to Enab "
    "Baladi, via Al-Watan: party-side); Anadolu (via Yeni Safak) has Hazvan, Susyan and Aldana "
    "taken by 2 a.m. that Sunday, IHA (15 Nov) the opposition largely in control of Susiyan, Dana "
    "and Qudayran; on 14 Aug 2016 the SDF called al-Bab IS's 'northern bastion' and promised to "
    "free 'the region around it' (AFP): IS-held 1 Aug - 12 Nov 2016; no other holder reported "
    "between (continuity inferred)"
)

# --- south of Akhtarin and west of Qa'r Kalbin: the factions' advance of 24 - 27 Oct 2016 -------
#: Ablah and Duwayr Hawa ('Duwayr al-Hawa and Abla, north-west of al-Bab'); al-Wash and Homad
#: are named by Eldorar only.
AKHTARIN_SOUTH_27_OCT = ("ablah", "duwayr_hawa")
OCT_27_NOTE = (
    "the Levant Front announced on Thursday 27 Oct 2016 that the Free Syrian Army took Duwayr "
    "al-Hawa and Abla north-west of al-Bab and Tal Ali (Kirbijali) south of al-Ghandoura after "
    "violent clashes with IS (al-Masdar: party-side); Eldorar's correspondent the same Thursday: "
    "the FSA took 'Wash, Homad, Dwyer al-Hawa, Kerbgele and Abla' after fierce battles with IS "
    "(Eldorar: party media); a Sultan Murad commander in Yeni Safak (day 75, 6 Nov) also has "
    "'Ablah and Duwayr south of Akhtarin' taken (party-side); counted the Turkish-backed "
    "factions' from 27 Oct"
)
TO_AL_BAB_NOTE = (
    "; no IS return reported before the factions reached al-Bab's outskirts on 13 Nov "
    "(continuity inferred)"
)
ELDORAR_NOTE = (
    "Eldorar's correspondent, Thursday 27 Oct 2016: the FSA took 'Wash, Homad, Dwyer al-Hawa, "
    "Kerbgele and Abla' after fierce battles with IS (Eldorar: party media; the Levant Front, via "
    "al-Masdar, names Duwayr al-Hawa and Abla, 1 - 2 km from Homad, taken that day); counted the "
    "Turkish-backed factions' from 27 Oct"
)
HOMAD_NOTE = ELDORAR_NOTE + TO_AL_BAB_NOTE
WASH_NOTE = (
    ELDORAR_NOTE
    + (
        "; Syrian Mirror (field activists) has al-Wash already taken on 24 Oct: the reports "
        "disagree, so 24 - 26 Oct stay a gap"
    )
    + TO_AL_BAB_NOTE
)
#: Barouza, Tel Tana (Taltana) and Jubb al-Asi (Jubb al-As), 7 - 10 km south of Akhtarin.
OCT_24 = ("barouza", "tel_tana", "jubb_al_asi")
OCT_24_NOTE = (
    "Syrian Mirror (field activists), 24 Oct 2016: after violent clashes near al-Bab the "
    "opposition took the villages of Tuways, Bur'an, Taltana, al-Barouza, Jubb al-As and al-Wash "
    "from IS; counted the Turkish-backed factions' from 24 Oct"
)
#: Tal Ali (Kirbijali), south of al-Ghandoura on the Sajur.
TAL_ALI_NOTE = (
    "the Levant Front announced on Thursday 27 Oct 2016 that the Free Syrian Army took Tal Ali "
    "(Kirbijali) south of al-Ghandoura after violent clashes with IS (al-Masdar: party-side); "
    "Eldorar's correspondent names 'Kerbgele' among the villages taken that Thursday (Eldorar: "
    "party media); counted the Turkish-backed factions' from 27 Oct; the batch draws it in the "
    "Euphrates Shield area from 3 Mar 2017 and no change is reported between (continuity "
    "inferred to 2 Mar 2017); before 27 Oct the day is not stored"
)
#: Tal'ar Gharbi, 6 km south-west of al-Rai.
TALAR_18_SEP_NOTE = (
    "the rebel battalions announced on Sunday 18 Sep 2016 that they took Qasajiq, Qara Kuz, Tal "
    "Sha'ir, Tal'ar Gharbi and Tal'ar Sharqi from IS in Euphrates Shield's third phase, a "
    "commander killed in the fighting in Tal'ar (al-Masdar: party-side); counted the "
    "Turkish-backed factions' 18 - 19 Sep"
)
TALAR_20_SEP_NOTE = (
    "fought over: IS advanced into six villages near al-Rai 'today and yesterday, Tuesday' (20 - "
    "21 Sep 2016), Tal Ar Sharqi and Tal Ar Gharbi among them, and the factions 'regained' them "
    "on Wednesday 21 Sep (a Faylaq al-Sham commander via Akhbar al-Aan: party-side); Syrian "
    "Mirror (field activists) has IS retake Tal Ar Sharqi and Gharbi on Wednesday 21 Sep: the "
    "reports disagree on the outcome, so from 22 Sep the days stay a gap"
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
    RegionRule("shield5_akhtarin_south_27_oct", ES_BLOCK, _ids(*AKHTARIN_SOUTH_27_OCT), (
        Span(day("2016-10-27"), NORTH_BAB_END, "sna", (MASDAR_27_OCT, ELDORAR_27_OCT,
             YENISAFAK_DAY_75), OCT_27_NOTE + TO_AL_BAB_NOTE),
    )),
    RegionRule("shield5_homad_27_oct", ES_BLOCK, _ids("homad"), (
        Span(day("2016-10-27"), NORTH_BAB_END, "sna", (ELDORAR_27_OCT, MASDAR_27_OCT), HOMAD_NOTE),
    )),
    RegionRule("shield5_al_wash_27_oct", ES_BLOCK, _ids("al_wash"), (
        Span(day("2016-10-27"), NORTH_BAB_END, "sna", (ELDORAR_27_OCT, MIRROR_24_OCT), WASH_NOTE),
    )),
    RegionRule("shield5_barouza_tel_tana_24_oct", ES_BLOCK, _ids(*OCT_24), (
        Span(day("2016-10-24"), NORTH_BAB_END, "sna", (MIRROR_24_OCT,),
             OCT_24_NOTE + TO_AL_BAB_NOTE + "; Tel Tana and Jubb al-Asi, on the western edge "
             "facing the SDF and the army, stay a gap from 13 Nov (no report read)"),
    )),
    RegionRule("shield5_tal_ali_27_oct", ES_BLOCK, _ids("tal_ali"), (
        Span(day("2016-10-27"), ES_LASTING, "sna", (MASDAR_27_OCT, ELDORAR_27_OCT), TAL_ALI_NOTE),
    )),
    RegionRule("shield5_talar_gharbi_sep", ES_BLOCK, _ids("talar_gharbi"), (
        Span(day("2016-09-18"), day("2016-09-19"), "sna", (MASDAR_18_SEP,), TALAR_18_SEP_NOTE),
        Span(day("2016-09-20"), day("2016-09-21"), "sna", (AKHBAR_ALAAN_21_SEP, MIRROR_21_SEP),
             TALAR_20_SEP_NOTE, status="contested", with_parties=("isis",)),
    )),
    RegionRule("shield5_qurt_wiran_21_nov", ES_BLOCK, _ids("qurt_wiran"), (
        Span(day("2016-11-21"), ES_LASTING, "sdf", (KQ_21_NOV, SMART_9_MAR), QURT_WIRAN_NOTE),
    )),
    RegionRule("shield5_ilan_21_nov", ES_BLOCK, _ids("ilan"), (
        Span(day("2016-11-21"), day("2016-11-21"), "sdf", (KQ_21_NOV,), ILAN_NOTE),
    )),
)  # fmt: skip
