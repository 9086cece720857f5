"""Region rules for the Aleppo countryside east and south of the city (issue #15): the SDF's
Manbij pocket and its Sajur edge, the army's 2017 campaign in the east Aleppo countryside, south
Aleppo (al-Hader, the city's ring) and named airbases; Euphrates Shield's rules live in
`tools.regions_2016_2018_rules_aleppo_shield` and ride in EAST_ALEPPO.

Sources: ``sources/2016-2018-regions.toml``, ``sources/2016-2018-aleppo-east.toml`` and the batch
files. Region-level statements applied
to villages say so in their note. Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.regions_2016_2018_model import START, RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d
from tools.regions_2016_2018_rules_aleppo_shield import BZAAH_TAKEN, EUPHRATES_SHIELD
from tools.regions_2016_2018_rules_aleppo_shield import km_to as _km

# --- Manbij district (the SDF's Manbij pocket, before the March 2017 front) -------------------
MANBIJ_CITY = (36.52815, 37.95495)  # localities.csv: manbij
MANBIJ_SOURCES = ("reuters-2016-06-10-manbij-encircled", "isw-2016-08-18-manbij",
                  "reuters-2017-03-06-manbij-rural-areas")  # fmt: skip


def _km_from_manbij(place: Locality) -> float:
    return (((place.lat - MANBIJ_CITY[0]) * 111) ** 2
            + ((place.lon - MANBIJ_CITY[1]) * 89) ** 2) ** 0.5  # fmt: skip


#: South of the city, taken from IS on 19 (al-Mashi, al-Atshana) and 20 Aug 2016 (Tall Hudhan),
#: Baladi News (h-rev1): not behind the ring on 12 Aug.
MANBIJ_SOUTH_19_AUG = {"al_mashi", "al_atshana"}
MANBIJ_SOUTH_LATER = MANBIJ_SOUTH_19_AUG | {"tall_hudhan"}
#: h-rev5: south of 36.36 N (al-Mashi's latitude), between the city and Tall Hudhan or on the
#: lake shore south of the dam: no dated report of their capture was found (Shash, which Qasioun
#: names among the dam's villages taken in the June push, stays with the ring); IS still held
#: al-Mashi, al-Atshana and Tall Hudhan to 19 - 20 Aug, so the ring's 12 Aug is not theirs.
MANBIJ_SOUTH_UNDATED = {"ar_rummanah", "jubb_al_khamis", "jubb_hamam_al_mustahi",
                        "khirbat_jurm", "khirbat_zammalah", "qabbasin", "rasm_al_mistahah",
                        "turaykiyat_al_humr", "umm_izam"}  # fmt: skip
#: h-rev12: ANF has the Manbij Military Council take the two Gharrahs from IS after the city fell
#: (undated copy, Aug 2016): the ring's 12 Aug is not theirs; `_rev12.py` answers them.
MANBIJ_GHARRAH_LATER = {"gharrah_as_kabirah", "gharrah_as_saghirah"}
#: h-rev46: the ring's places 20 - 31 km south-east of the city (towards the Tishrin dam and the
#: lake): no dated allowed report names any of them between the city's fall and the southern push
#: (Qasioun, undated copy, has Khalid, Shash and Jubb al-Sheikh Ubaid taken in the June push;
#: Sputnik, refused, has Jubb al-Sheikh Ubaid taken only after the city fell): the ring's 12 Aug
#: is not theirs; `_rev46.py` answers them from 21 Aug, as `manbij_south_after_push`. Khirbat
#: al-Bighal and Khirbat Bashar stay with the ring: h-manbij's dated band reports answer them the
#: SDF's on 1 - 11 Aug, so the ring's 12 Aug continues a dated answer.
MANBIJ_SOUTH_EAST_REV46 = frozenset(
    {
        "sakawiyah",
        "jubb_al_sheikh_ubaid",
        "saadiya",
        "tishrin",
        "sandaliyah_al_sagirah",
        "sandaliyah_al_kabirah",
        "khirbat_khalid",
        "shash",
    }
)
BALADI_20_AUG = ("baladi_news-2016-08-20-tall-hudhan",
                 "enab_baladi-2016-08-19-manbij-council-handover")  # fmt: skip
SOUTH_LATER_NOTE = (
    "; the Manbij Military Council said in Mar 2017 that 'Manbij and its rural areas' were under "
    "its protection (Reuters); no IS return reported between (continuity inferred); 12 - 17 Aug: "
    "a gap (no dated report of the holder after the city fell)"
)

MANBIJ = (
    RegionRule("manbij_south_19_aug", "g2016_manbij_sdf",
               lambda p, _w: p.id in MANBIJ_SOUTH_19_AUG, (
        Span(_d("2016-08-18"), _d("2016-08-18"), "isis", BALADI_20_AUG,
             "the SDF 'began advancing in the southern Manbij countryside last Thursday' (18 "
             "Aug 2016) and took al-Mashi and al-Atshana from IS on the Friday after clashes "
             "(Baladi News, Saturday 20 Aug; day read from the text): IS-held on the Thursday"),
        Span(_d("2016-08-19"), _d("2017-03-01"), "sdf",
             (*BALADI_20_AUG, "reuters-2017-03-06-manbij-rural-areas"),
             "taken by the SDF from IS on Friday 19 Aug 2016 with Ju'ayfina and al-Hayza 'after "
             "clashes' (Baladi News, 20 Aug, a local source)" + SOUTH_LATER_NOTE),
    )),
    RegionRule("manbij_tall_hudhan_20_aug", "g2016_manbij_sdf",
               lambda p, _w: p.id == "tall_hudhan", (
        Span(_d("2016-08-18"), _d("2016-08-19"), "isis", BALADI_20_AUG,
             "IS-held until the morning of Saturday 20 Aug 2016, when it withdrew without clashes "
             "(Baladi News); the SDF's advance in the southern countryside had begun on the "
             "Thursday (18 Aug)"),
        Span(_d("2016-08-20"), _d("2017-03-01"), "sdf",
             (*BALADI_20_AUG, "reuters-2017-03-06-manbij-rural-areas"),
             "the SDF took 'the town of Tall Hudhan, 30 km south of Manbij' on the morning of "
             "Saturday 20 Aug 2016 after IS withdrew without clashes (Baladi News, a local "
             "source; day read from the text)" + SOUTH_LATER_NOTE),
    )),
    RegionRule("manbij_tishrin_dam", "g2016_manbij_sdf", lambda p, _w: p.id == "tishrin_dam", (
        Span(START, _d("2017-03-01"), "sdf", ("kurdistan24-2016-markadah-besieged",
             "reuters-2016-06-10-manbij-encircled", "reuters-2017-03-06-manbij-rural-areas"),
             "the SDF took the Tishrin dam on 26 Dec 2015 (Kurdistan 24) and advanced on Manbij "
             "from the Euphrates in June 2016 (Reuters); no IS return to the dam reported"),
    )),
    RegionRule("manbij_south_after_push", "g2016_manbij_sdf",
               lambda p, _w: p.id in MANBIJ_SOUTH_UNDATED, (
        Span(_d("2016-08-21"), _d("2017-03-01"), "sdf",
             (*BALADI_20_AUG, "reuters-2017-03-06-manbij-rural-areas"),
             "region-level (h-rev5): the SDF's push into the southern Manbij countryside, begun "
             "on Thursday 18 Aug 2016, took al-Mashi and al-Atshana on the 19th and 'the town of "
             "Tall Hudhan, 30 km south of Manbij' on the morning of the 20th (Baladi News, a "
             "local source); this place lies south of al-Mashi's latitude, between the city, "
             "Tall Hudhan and the SDF-held Tishrin dam, and no report names it; the Manbij "
             "Military Council said in Mar 2017 that 'Manbij and its rural areas' were under its "
             "protection (Reuters); no IS return reported (continuity inferred); 12 - 20 Aug: a "
             "gap (no dated report of its holder after the city fell)"),
    )),
    # h-rev1: Baladi News dates these villages' capture a week after the city fell (their own
    # rule below); the ring rule no longer answers them
    RegionRule("manbij_east_and_ring", "g2016_manbij_sdf",
               lambda p, _w: p.id not in MANBIJ_SOUTH_LATER | MANBIJ_SOUTH_UNDATED
               | MANBIJ_GHARRAH_LATER | MANBIJ_SOUTH_EAST_REV46
               and (p.lon >= MANBIJ_CITY[1] or _km_from_manbij(p) <= 10), (
        Span(_d("2016-08-12"), _d("2017-03-01"), "sdf", MANBIJ_SOURCES,
             "region-level: the SDF, which came from the Euphrates (the Tishrin dam) in the "
             "east, had cut every road into Manbij by 10 Jun 2016 (SOHR via Reuters) and took "
             "full control of the city on 12 Aug (ISW); the Manbij Military Council said in "
             "Mar 2017 it had held the city since and that 'Manbij and its rural areas' were "
             "under its protection (Reuters); this place lies east of the city or within 10 km "
             "of it, behind that ring; not sourced per village (before 12 Aug: a gap, the city "
             "still contested)"),
    )),
)  # fmt: skip

# --- the Manbij pocket's northern edge: south of the Sajur, Aug 2016 - Dec 2018 ----------------
SDF_EDGES = "g2016_sdf_edges"
SDF_EDGES_END = _d("2018-12-11")  # from 12 Dec 2018 the batch answers (AFP; Daily Sabah)
SAJUR_LINE = ("ap-2016-08-29-jarablus-council-south-of-sajour",
              "aranews-2016-08-30-jarablus-council-ceasefire",
              "voa-2016-08-25-kurdish-militia-east-of-euphrates",
              "reuters-2017-03-06-manbij-rural-areas",
              "defense_post-2018-06-26-manbij-demarcation-line",
              "afp-2018-12-12-east-of-euphrates")  # fmt: skip
MANBIJ_LINE_2017 = ("reuters-2017-03-02-manbij-villages-handover",
                    "reuters-2017-03-06-manbij-rural-areas",
                    "defense_post-2018-06-26-manbij-demarcation-line",
                    "afp-2018-12-12-east-of-euphrates")  # fmt: skip
LINE_NOTE = (
    "the Manbij Military Council said in Mar 2017 that 'Manbij and its rural areas' were under its "
    "protection (Reuters); from Jun 2018 US and Turkish forces patrolled either side of 'the "
    "Manbij demarcation line' (The Defense Post); the YPG/SDF held the Manbij district in Dec "
    "2018 (AFP) and the autumn-2019 snapshot draws this place on the SDF side; no change of the "
    "line here reported between (continuity inferred)"
)


#: Points in the box below that reports put on the factions' side of the Sajur (review h-rev28):
#: Qirata holds "the Turkish base in the village of Qirata" from which Turkish forces shelled the
#: council's villages (r-d-i.org, 21 Nov 2022; North Press, undated), so "this place lies south
#: of the river" does not hold for it and its days stay gaps (PERIOD-2016-2024.md, h-rev28).
#: Review h-rev35: Amarinah Tahtaniyah, 2 km north-east of Qirata (towards Jarabulus), rests on
#: the same unverified "south of the river" only (no report names it); Umm Adasat al-Farat lies
#: 2 km from the Turkish base at al-Yashli, south of the Sajur like the base, so the river does
#: not separate them and no report names the village before Feb 2020: their days stay gaps.
#: Review h-rev39: Tukhar Kabir (al-Tukhar al-Kabir) is on the factions' side of the Sajur line
#: in the reports read (the Manbij Military Council's own statement: the village "is under the
#: control of the Euphrates Shield mercenaries", Tukhar al-Saghir under the council's protection;
#: a Turkish base in it shelling Tukhar al-Saghir), none dated to the day: its days stay gaps.
NOT_SAJUR_EDGE = frozenset({"qirata", "amarinah_tahtaniyah", "umm_adasat_al_farat", "tukhar_kabir"})


def _sajur_edge(place: Locality, where: Where) -> bool:
    """West bank, north of Manbij and east of 37.83 E: the pocket's front on the Sajur, away
    from its western front at Arima where the Euphrates Shield factions attacked in 2017."""
    return (_manbij_side(place, where) and place.lat >= 36.59 and place.lon >= 37.83
            and place.id not in NOT_SAJUR_EDGE)  # fmt: skip


def _manbij_side(place: Locality, where: Where) -> bool:
    """The river's west bank in the Jarabulus and Manbij districts (Ayn al-Arab's villages
    across the river are the Kobani region's, another rule's)."""
    return not where.north and place.admin2 in {"Jarabulus", "Manbij"} and place.lon <= 38.10


SDF_EDGE_RULES = (
    RegionRule("se_sajur_line", SDF_EDGES, _sajur_edge, (
        Span(_d("2016-08-30"), SDF_EDGES_END, "sdf", SAJUR_LINE,
             "region-level: the SDF's Jarablus Military Council withdrew 'to areas south of the "
             "Sajour River' on 29 Aug 2016 (AP) and a coalition-brokered ceasefire with the "
             "Turkish army began at midnight (ARA News; Turkey denied a truce); SOHR had the "
             "Kurdish-led forces in villages north-east of Manbij, west of the Euphrates, on 25 "
             "Aug (VOA); this place lies south of the river, north of Manbij; " + LINE_NOTE),
    )),
    RegionRule("manbij_sajur_line", "g2016_manbij_sdf", _sajur_edge, (
        Span(_d("2016-08-30"), _d("2017-03-01"), "sdf", SAJUR_LINE[:3],
             "region-level: as the Sajur edge (se_sajur_line): the Jarablus Military Council "
             "withdrew to 'areas south of the Sajour River' on 29 Aug 2016 (AP) under a "
             "ceasefire from midnight (ARA News); this place lies south of the river, north of "
             "Manbij; the Manbij council's from Mar 2017 (the batch); continuity inferred"),
    )),
    RegionRule("se_manbij_north_west", SDF_EDGES,
               lambda p, w: _manbij_side(p, w) and p.lat >= 36.54 and p.lon >= 37.77
               and _km_from_arima(p) > 8 and p.id not in NOT_SAJUR_EDGE, (
        Span(_d("2017-03-02"), SDF_EDGES_END, "sdf", MANBIJ_LINE_2017,
             "region-level: north-west of Manbij, more than 8 km from Arima (the strip handed "
             "to the government in Mar 2017); from the Manbij Military Council's first dated "
             "report of its front-line villages (Reuters, 2 Mar 2017), as the Manbij pocket's "
             "villages; " + LINE_NOTE + "; before: a gap (the Euphrates Shield factions attacked "
             "on this front from Nov 2016)"),
    )),
)  # fmt: skip

# --- south Aleppo (the fill batch's fill_aleppo_south: Mount Simeon places the army held in 2019) -
ALEPPO_SOUTH = "fill_aleppo_south"
ALEPPO_SOUTH_END = _d("2018-02-08")  # the fill rule answers from 9 Feb 2018 (SOHR)
CITADEL = (36.1993, 37.1631)  # Aleppo's citadel, the city's centre
CITY_RING_KM = 8
CITY_RING_NORTH_LAT = 36.225  # north of it the rebels' Kafr Hamra and IS's former sites lay near

SOUTH_ALEPPO_RULES = (
    RegionRule("named_menagh_airbase", "fill_minakh_airbase",
               lambda p, _w: p.id == "minakh_airbase", (
        Span(START, _d("2018-03-27"), "sdf", ("mee-2016-02-13-menagh-shelled",
             "rudaw-2018-03-29-tal-rifaat", "al_monitor-2018-03-27-tal-rifaat"),
             "the YPG seized the base from the Nusra Front on 10 Feb 2016 (MEE); the Tell Rifaat "
             "pocket round it stayed the SDF's until late Mar 2018, when Turkish press claimed "
             "the YPG ceded Tell Rifaat, which an SDF commander denied (Al-Monitor), and "
             "pro-government fighters returned there (Rudaw); the Euphrates Shield factions never "
             "entered the pocket; continuity inferred"),
    )),
    RegionRule("named_jirah_airbase", "fill_jirah", lambda p, _w: p.id == "jirah_airbase", (
        Span(_d("2017-03-08"), _d("2017-03-08"), "isis", ("afp-2017-03-07-jirah-airbase",
             "reuters-2017-05-13-jarrah-airport-enclave"),
             "IS-held since Jan 2014 and still on 7 Mar 2017 (SOHR via AFP); continuity inferred "
             "to the army's entry reported on 9 Mar (review h-rev40)"),
        # h-rev40: 9 - 11 Mar 2017 were drawn IS's; the reports have the army inside on 9 - 10
        # Mar and IS retaking the airbase on Saturday 11 Mar
        Span(_d("2017-03-09"), _d("2017-03-10"), "government", (
             "enab_baladi-2017-03-09-jirah-airbase", "almasdar_online-2017-03-09-jirah-airbase",
             "smart-2017-03-17-deir-hafer-villages",
             "alghad_alsouri-2017-03-12-is-retakes-villages-east-aleppo",
             "reuters-2017-05-13-jarrah-airport-enclave",
             "al_watan_sy-2017-05-13-jirah-airbase-walls"),
             "[rev40] fought over: on Thursday 9 Mar 2017 the army entered the airbase after IS "
             "withdrew ('matching media sources' via Enab Baladi; the regime's claim via Al-Watan "
             "Online, reported by al-Masdar Online), and IS 'retook' it on Saturday 11 Mar (SMART, "
             "17 Mar; the Syria's Tomorrow site, 12 Mar: clashes inside the airbase); Reuters (13 "
             "May): the army 'briefly stormed it in March and been repelled'; Al-Watan Online's "
             "later account (13 May) has the army reach 'its walls' on 9 Mar: the army's, "
             "contested by IS", status="contested", with_parties=("isis",)),
        Span(_d("2017-03-11"), _d("2017-03-11"), "isis", (
             "alghad_alsouri-2017-03-12-is-retakes-villages-east-aleppo",
             "smart-2017-03-17-deir-hafer-villages", "reuters-2017-05-13-jarrah-airport-enclave"),
             "[rev40] IS stormed and retook the airbase 'yesterday, Saturday' 11 Mar 2017 in a "
             "sandstorm, with clashes inside it (the Syria's Tomorrow site, 12 Mar; SMART, 17 Mar: "
             "IS retook the airbase and villages round it on Saturday 11 Mar): IS's, contested by "
             "the army", status="contested", with_parties=("government",)),
        Span(_d("2017-03-12"), _d("2017-05-11"), "isis", ("afp-2017-03-07-jirah-airbase",
             "afp-2017-05-13-jarrah-airbase", "reuters-2017-05-13-jarrah-airport-enclave",
             "smart-2017-03-17-deir-hafer-villages"),
             "IS-held since Jan 2014 (SOHR via AFP, 7 Mar 2017); IS retook it from the army on 11 "
             "Mar (SMART; review h-rev40) and held it to 11 May, the day before the evening "
             "opposition sources give for its fall (review h-rev21: 12 May is answered by the "
             "rev21 rules, contested); SOHR (13 May): battles for 'more than two months'"),
        Span(_d("2017-05-13"), _d("2017-06-03"), "government", ("afp-2017-05-13-jarrah-airbase",
             "xinhua-2017-06-04-maskanah"),
             "captured by the army on 13 May 2017 (SOHR; a military source, via AFP); no IS "
             "return reported before Maskanah fell (4 Jun)"),
    )),
    # h-rev32: al-Qarassi and al-Huwayz left out (the fill no longer answers them before 30 Apr
    # 2019, so the continuity this rule carries does not reach them); h-rev43: Sabiqiyah too
    RegionRule("as_2019_unchanged", "fill_aleppo_south_undated",
               lambda p, _w: p.id not in {"al_qarassi", "al_huwayz", "sabiqiyah"}, (
        Span(_d("2019-04-30"), _d("2019-10-22"), "government",
             ("sohr-2018-02-is-hama-aleppo-pocket-ended", "ap-2019-08-23-northern-hama",
              "reuters-2020-02-17-aleppo-countryside"),
             "inferred: government-held from the clearing of the pocket south of Aleppo (Feb 2018, "
             "SOHR) to 29 Apr 2019 (the fill's region answer) and drawn government by the "
             "autumn-2019 snapshot (23 Oct); the 2019 offensive was fought in north Hama and "
             "south Idlib (AP, Aug 2019) and the Aleppo countryside's fronts moved only in the "
             "army's offensive of Dec 2019 - Feb 2020 (Reuters); no change of hands here is "
             "stored or reported between"),
    )),
    RegionRule("as_hader", ALEPPO_SOUTH, lambda p, _w: p.id == "hader", (
        Span(START, ALEPPO_SOUTH_END, "government", ("reuters-2015-11-12-al-hader",
             "syrian_mirror-2016-10-23-air-defence-battalion", "qasioun-2018-01-31-al-hass"),
             "taken from the rebels on 12 Nov 2015, their 'main stronghold' in the southern "
             "countryside (state TV and SOHR via Reuters); on Sunday 23 Oct 2016 'the regime's "
             "forces stationed in the town of al-Hader' shelled al-Eis with tank shells (Syrian "
             "Mirror, field activists; translated; review h-rev32); in Jan 2018 the opposition's "
             "Qasioun "
             "placed Iranian militias 'located in Hader' as the army advanced south from it; no "
             "loss of the town reported between (continuity inferred)"),
    )),
    RegionRule("as_city_ring", ALEPPO_SOUTH,
               lambda p, _w: _km(p, CITADEL) <= CITY_RING_KM and p.lat <= CITY_RING_NORTH_LAT, (
        Span(_d("2016-12-22"), ALEPPO_SOUTH_END, "government",
             ("reuters-2016-12-22-aleppo-retaken", "rferl-2016-12-22-aleppo-retaken",
              "reuters-2020-02-11-m5", "reuters-2020-02-17-aleppo-countryside"),
             "region-level: within 8 km of Aleppo's citadel (the airport, the Ramouseh and "
             "academy sites, Brigade 80): the whole city government-held from 22 Dec 2016 "
             "(Reuters; RFE/RL); the rebels' nearest lines, at al-Rashidin and Khan Tuman to the "
             "south-west and Kafr Hamra and Anadan to the north-west, held until the army's "
             "offensive of Feb 2020 (Reuters), lay beyond; no rebel or IS gain inside the ring "
             "reported between (continuity inferred); before: a gap (the rebels broke through at "
             "Ramouseh in Aug 2016 and the city was divided)"),
    )),
)  # fmt: skip

# --- the east Aleppo countryside (the army's campaign of 2017) ------------------------------
KHAFSAH = {"al_khafsah", "al_khafsah_water_pumping_station", "al_khafsah_water_treatment_plant",
           "khafsah_saghirah"}  # fmt: skip
ARIMA = (36.472, 37.722)  # localities.csv: arima
EAST_OF_ARMY_FEB_2017 = 37.80  # 'within 25km of Lake Assad' on 19 Feb 2017 (Reuters)
EAST_ALEPPO_IS = ("reuters-2017-02-21-army-east-of-al-bab", "reuters-2017-03-07-khafsa",
                  "syria_direct-2017-03-08-khafsah")  # fmt: skip


def _km_from_arima(place: Locality) -> float:
    return (((place.lat - ARIMA[0]) * 111) ** 2 + ((place.lon - ARIMA[1]) * 89) ** 2) ** 0.5


DEIR_HAFER = (36.15694, 37.70778)  # localities.csv: deir_hafer
DEIR_HAFER_RING_KM = 6  # the villages round the town the army besieged (Kweires is 11 km off)
DEIR_HAFER_TAKEN = ("reuters-2017-03-29-deir-hafer", "chinadaily-2017-03-30-deir-hafer")


def _km_from_deir_hafer(place: Locality) -> float:
    return (((place.lat - DEIR_HAFER[0]) * 111) ** 2
            + ((place.lon - DEIR_HAFER[1]) * 89.5) ** 2) ** 0.5  # fmt: skip


EAST_ALEPPO = (
    RegionRule("ea_deir_hafer_ring", "g2016_east_aleppo_government",
               lambda p, _w: _km_from_deir_hafer(p) <= DEIR_HAFER_RING_KM, (
        Span(START, _d("2017-01-16"), "isis", (*DEIR_HAFER_TAKEN,
             "sohr-2017-02-03-bzaah-offensive"),
             "region-level: within 6 km of Deir Hafer, 'a major stronghold' of IS (Xinhua "
             "relaying SANA) and 'the site of an important Islamic State headquarters' (a Syrian "
             "military source to Reuters) until the army took it on 29 Mar 2017; IS's hold on "
             "the villages round it is inferred up to the start of the army's campaign east of "
             "Aleppo on 17 Jan 2017 (SOHR); from then the day each village fell is not stored"),
        Span(_d("2017-03-29"), _d("2017-06-03"), "government", DEIR_HAFER_TAKEN,
             "region-level: the army took Deir Hafer on Wednesday 29 Mar 2017 after besieging it "
             "(Reuters, a Syrian military source: 'surrounded and besieged it days ago'); SANA "
             "(via Xinhua): 27 towns and villages around it captured; this place lies within 6 "
             "km of the town, inside that ring; no IS return reported before Maskanah fell (4 "
             "Jun)"),
    )),
    RegionRule("ea_khanasir", "g2016_east_aleppo_government", lambda p, _w: p.id == "khanasir", (
        Span(START, _d("2017-06-03"), "government", ("reuters-2016-02-25-khanaser-retaken",
             "syria_direct-2016-02-24-aleppo-supply-route", "sohr-2017-10-khanasir-south-west"),
             "the town on the army's only road into Aleppo, retaken from IS on 25 Feb 2016 two "
             "days after IS seized it (SOHR via Reuters; Syria Direct); in Oct 2017 the army "
             "attacked the HTS and rebel villages south-west of the town (SOHR); no loss of the "
             "town reported between (continuity inferred)"),
    )),
    RegionRule("ea_bzaah", "g2016_east_aleppo_government", lambda p, _w: p.id == "bizaah", (
        Span(START, _d("2017-02-03"), "isis", ("sohr-2017-02-03-bzaah-offensive",
             "bbc-2017-02-23-al-bab-near-complete"),
             "Bza'a, 5 km east of al-Bab: IS-held when the Euphrates Shield factions and Turkish "
             "forces attacked it from the east on 2 Feb 2017 (SOHR); IS's hold before is "
             "inferred from al-Bab's (IS-held since early 2014, BBC)"),
        Span(_d("2017-02-04"), _d("2017-02-22"), "isis", ("sohr-2017-02-bzaah-lost",
             "sohr-2017-02-03-bzaah-offensive"),
             "fought over: the Euphrates Shield factions took Bza'a and lost it to an IS "
             "counter-attack about 24 hours later (SOHR; some 40 IS members killed in Bzaah "
             "and Aran on 4 Feb); the fighting went on until al-Bab fell",
             status="contested", with_parties=("sna",)),
        Span(_d("2017-02-23"), _d("2017-03-02"), "sna", BZAAH_TAKEN,
             "the Turkey-backed rebels 'on Thursday' (23 Feb 2017) drove IS from al-Bab 'along "
             "with the two smaller neighbouring towns of Qabasin and al-Bezah' (Reuters); SOHR: "
             "IS fully withdrew from Bzaah hours after al-Bab, the factions and Turkish forces "
             "searching the town; Syria Direct: rebels said they took it the same day; from 3 "
             "Mar 2017 no dated source on Bza'a was found (a gap; the autumn-2019 snapshot draws "
             "it on the government side)"),
    )),
    RegionRule("ea_al_bab_raqqa_road", "g2016_east_aleppo_government",
               lambda p, _w: 36.32 < p.lat <= 36.40 and 37.52 <= p.lon <= 37.75
               and _km_from_arima(p) > 10, (
        Span(START, _d("2017-01-16"), "isis", ("arab_weekly-2016-11-13-al-bab",
             "bbc-2017-02-23-al-bab-near-complete", "syriadirect-2017-02-23-al-bab-falls",
             "sohr-2017-02-03-bzaah-offensive"),
             "region-level: south-east of al-Bab (IS-held since early 2014, BBC), where on 13 Nov "
             "2016 'the only route left open' to IS in al-Bab was 'the road to Raqa that runs "
             "southeast from Al-Bab through the (jihadist-held) town of Deir Hafer' (SOHR via The "
             "Arab Weekly); IS fighters still withdrew from al-Bab to Tadef on 23 Feb 2017 "
             "(Syria Direct); this place lies 36.32-36.40 N, east of al-Bab and more than 10 km "
             "from Arima (the SDF's western front); IS's hold is inferred up to the army's "
             "campaign south of al-Bab from 17 Jan 2017 (SOHR); from then the day each place "
             "fell is not stored"),
    )),
    RegionRule("ea_khafsah", "g2016_east_aleppo_government", lambda p, _w: p.id in KHAFSAH, (
        Span(START, _d("2017-03-06"), "isis", EAST_ALEPPO_IS,
             "the al-Khafsa area and Aleppo's water pumping station, from which IS had cut the "
             "city's water for two months, IS-held until it withdrew (SOHR via Reuters; a "
             "resident to Syria Direct); IS's hold before is inferred (no other party reported "
             "there)"),
        Span(_d("2017-03-07"), _d("2017-06-03"), "government", EAST_ALEPPO_IS,
             "the army and its allies took the al-Khafsa area and the pumping station on "
             "Tuesday 7 Mar 2017 after IS withdrew (SOHR via Reuters; the Hezbollah media unit; "
             "SANA via Syria Direct)"),
    )),
    # review h-rev26: Sukkariyah Kabirah and Umm Adasah, within 8 km of Arima, are among the
    # villages Step News (27 Feb 2017) has the Euphrates Shield factions take from IS that day, so
    # the Manbij Military Council's handover cannot have covered them: left out (a gap from 3 Mar).
    # review h-rev50: Abu Hayj left out too; the council said it held it until 9 Mar (SMART):
    # answered by rev50_abu_hayj_mar_jun_2017
    # review h-rev57: Jubb al Hamir left out too (3 - 8 Mar a gap: the council handed the line
    # villages by Arima in stages, Abu Hayj 3 km west only on 9 Mar): see rev57_jubb_al_hamir
    # review h-rev58: Tall Turin and Qarah left out too (the council still fought for Tall Turin
    # on 2 Mar; 3 - 8 Mar a gap): see rev58_tall_turin_qara_mar_jun_2017
    RegionRule("ea_arima_strip", "g2016_east_aleppo_government",
               lambda p, _w: p.lat >= 36.35 and _km_from_arima(p) <= 8
               and p.id not in {"sukkariyah_kabirah", "umm_adasah_aleppo", "abu_hayj",
                                "jubb_al_hamir", "tall_turin", "qarah_al_bab"}, (
        Span(_d("2017-03-03"), _d("2017-06-03"), "government",
             ("komnews-2017-03-03-arima-handover", "reuters-2017-03-02-manbij-villages-handover"),
             "region-level, as Arima: the Manbij Military Council said it would hand the "
             "front-line villages west of Manbij to the government (Reuters, 2 Mar 2017); "
             "Russia's General Staff said a strip at Arima was left to government forces "
             "(KOMNEWS); Turkey's foreign minister called the report false; this place lies "
             "within 8 km of Arima; before: a gap (IS, then the SDF)"),
    )),
    RegionRule("ea_maskanah_pocket", "g2016_east_aleppo_government",
               lambda p, _w: p.lat < 36.06 and p.lon >= 37.94, (
        Span(_d("2017-02-20"), _d("2017-05-12"), "isis", ("afp-2017-03-07-jirah-airbase",
             "afp-2017-05-13-jarrah-airbase", "xinhua-2017-06-04-maskanah",
             "al_monitor-2017-06-maskanah"),
             "region-level: south and east of the Jirah (Jarrah) airbase (36.10 N, 37.94 E), which "
             "IS held from Jan 2014 (AFP, 7 Mar 2017) until the army took it on 13 May 2017 (SOHR "
             "via AFP), towards Maskanah, IS's last town in the province until 4 Jun (SOHR via "
             "Xinhua; Al-Monitor); IS's hold of the places beyond the airbase is inferred; from "
             "13 May the day each place fell is not stored"),
    )),
    RegionRule("ea_east_of_the_army", "g2016_east_aleppo_government",
               lambda p, _w: p.lat < 36.30 and p.lon >= EAST_OF_ARMY_FEB_2017, (
        Span(START, _d("2017-02-19"), "isis", (*EAST_ALEPPO_IS, "xinhua-2017-06-04-maskanah"),
             "region-level: the army's eastward advance south of al-Bab on 18-19 Feb 2017 "
             "'brought it within 25km of Lake Assad' (SOHR via Reuters), west of this place; it "
             "reached the Euphrates at al-Khafsa on 7 Mar and took Maskanah, IS's last town in "
             "the province, on 4 Jun; IS held the east Aleppo countryside before (Syria Direct: "
             "'Islamic State territory'); south of 36.30 N, away from the Manbij Military "
             "Council's lines; from 20 Feb the day each place fell is not stored"),
    )),
    # Euphrates Shield's rules ride in this tuple so the shared RULES list needs no new line
    *EUPHRATES_SHIELD,
    *SDF_EDGE_RULES,
    *SOUTH_ALEPPO_RULES,
)  # fmt: skip
