"""Region rules for south and east of Aleppo city (issue #15, h-south): the military sites round
the city during the siege of 2016 (Ramouseh day by day, the airports, Brigade 80, the prison, the
Suleiman al-Halabi water station), the army's ring south-east of the city (Jebel Azzan, al-Safira
- al-Hader, Tell Aran, Turaykiyah, the Nubl corridor), IS's pocket east of Khanasir to June 2017,
Abu al-Duhur airbase and Kafr Hamra on the rebel side before 2018-2019, and the west Aleppo
countryside before the army's push of late January 2020.

Sources: ``sources/2016-2019-south_aleppo.toml`` and the batch files. Region-level statements
applied to places say so in their note. Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.regions_2016_2018_model import NAMED_BLOCK, START, RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d

__all__ = ["NAMED_SOUTH", "SOUTH_ALEPPO"]

#: Towns stored one by one (rows without a group tag) whose gaps these rules answer.
NAMED_SOUTH = frozenset({"abu_al_duhur_military_airbase", "kafr_hamrah"})

# --- the Ramouseh military complex, Aug - Dec 2016 (the fill's fill_aleppo_south block) ----------
RAMOUSEH_STORMED = ("reuters-2016-08-05-ramousah-artillery-base-stormed",
                    "newarab-2016-08-06-ramousah-armament-school")  # fmt: skip
RAMOUSEH_RETAKEN = ("reuters-2016-09-04-ramousah-retaken",
                    "sohr-2016-11-12-dahiyat-al-assad-retaken")  # fmt: skip

RAMOUSEH = RegionRule("sa_ramouseh_2016", "fill_aleppo_south",
                      lambda p, _w: p.id == "ramouseh_military_complex", (
    Span(START, _d("2016-08-04"), "government", RAMOUSEH_STORMED[:1],
         "the army's artillery base in the Ramousah quarter, 'used regularly to shell parts of the "
         "city held by opposition forces', until the rebels stormed it on Friday 5 Aug 2016 "
         "(Reuters); its hold before is the army's, inferred from that report"),
    Span(_d("2016-08-05"), _d("2016-08-06"), "government", RAMOUSEH_STORMED,
         "fought over: on 5 Aug the rebels of Jaish al-Fateh said they took part of the artillery "
         "academy and the army said it repelled the attack (Reuters); on Saturday 6 Aug SOHR had "
         "them in the armament school and 'a large part of the artillery school' while state TV "
         "reported fighting there (The New Arab)",
         status="contested", with_parties=("opposition", "hts")),
    Span(_d("2016-08-07"), _d("2016-09-03"), "opposition", (*RAMOUSEH_STORMED,
         "reuters-2016-09-04-ramousah-retaken"),
         "held by the rebels who broke the siege of east Aleppo through it (Jaish al-Fateh: Ahrar "
         "al-Sham with Jabhat Fateh al-Sham and smaller groups, Reuters) until the army retook the "
         "colleges 'which rebels seized last month' on 4 Sep (Reuters); no change between reported",
         status="shared", with_parties=("hts",)),
    Span(_d("2016-09-04"), _d("2016-12-21"), "government", RAMOUSEH_RETAKEN,
         "the army retook the Weaponry and Air Force Technical colleges in the Ramousah area on "
         "Sunday 4 Sep 2016, then the Artillery College (Reuters; SOHR; a rebel official "
         "confirmed); the rebels' offensive of late October struck Dahiyat al-Assad and Minyan to "
         "the north-west and was rolled back by 12 Nov (SOHR); no rebel return to the complex "
         "reported before the city fell (22 Dec; continuity inferred)"),
))  # fmt: skip

# --- the airports and the Nubl corridor (the fill's fill_aleppo_south block) -------------------
AIRPORT = RegionRule("sa_aleppo_airport_2016", "fill_aleppo_south",
                     lambda p, _w: p.id == "aleppo_international_airport_nayrab_airbase", (
    Span(START, _d("2016-12-21"), "government", ("afp-2013-11-09-base-80-airports",
         "afp-2016-10-28-airports-under-government-control", "reuters-2016-12-22-aleppo-retaken"),
         "the rebels who took Base 80 in Feb 2013 'failed to capture either airport' (AFP); on 28 "
         "Oct 2016 they fired rockets at the Nairab military airport and Aleppo international "
         "airport, 'both east of Aleppo city and under government control' (SOHR via AFP); no "
         "loss of the airports reported in between or before the city fell (22 Dec, Reuters): "
         "continuity inferred"),
))  # fmt: skip

BRIGADE_80 = RegionRule("sa_brigade_80_2016", "fill_aleppo_south",
                        lambda p, _w: p.id == "brigade_80", (
    Span(START, _d("2016-12-21"), "government", ("afp-2013-11-10-base-80-retaken",
         "afp-2016-10-28-airports-under-government-control", "reuters-2016-12-22-aleppo-retaken"),
         "region-level: the base that secures the airports, regained by the army on 10 Nov 2013 "
         "(state TV; SOHR confirmed), lies beside them, and they were 'under government control' "
         "when the rebels shelled them on 28 Oct 2016 (SOHR via AFP); no loss of the base reported "
         "before the city fell (22 Dec, Reuters): continuity inferred"),
))  # fmt: skip

PRISON = RegionRule("sa_aleppo_prison", "fill_aleppo_south",
                    lambda p, _w: p.id == "aleppo_prison", (
    Span(START, _d("2018-02-08"), "government", ("afp-2014-05-22-aleppo-prison-siege-broken",
         "newarab-2016-09-24-handarat-captured", "reuters-2016-12-22-aleppo-retaken"),
         "the army broke the rebels' 13-month siege of Aleppo's central prison on 22 May 2014, its "
         "garrison having held the complex throughout (SOHR via AFP); the army took the Handarat "
         "camp, the rebels' position 2 km to its west, on 24 Sep 2016 (SOHR via The New Arab) and "
         "the whole city on 22 Dec (Reuters); no loss of the prison reported: continuity inferred"),
))  # fmt: skip

WATER_STATION = RegionRule("sa_suleiman_al_halabi_station", "fill_aleppo_south",
                           lambda p, _w: p.id == "water_pumping_plant_mount_simeon", (
    Span(START, _d("2016-11-27"), "opposition", ("xinhua-2016-11-28-suleiman-al-halabi-station",
         "reuters-2016-12-22-aleppo-retaken"),
         "the Suleiman al-Halabi water station in the rebel-held east of the city (the "
         "gazetteer's 'Water Pumping Plant' lies in that district, north-east of the citadel): "
         "'under rebels' control' until the army captured it on Monday 28 Nov 2016 (SANA via "
         "Xinhua, the government's account); the east held by rebels with Jabhat Fateh al-Sham "
         "(Reuters); continuity inferred from 1 Aug",
         status="shared", with_parties=("hts",)),
    Span(_d("2016-11-28"), _d("2016-12-21"), "government",
         ("xinhua-2016-11-28-suleiman-al-halabi-station", "reuters-2016-12-22-aleppo-retaken"),
         "captured by the army on Monday 28 Nov 2016 (SANA via Xinhua) as it took nearly half "
         "of the rebel-held east; the whole city on 22 Dec (Reuters)"),
))  # fmt: skip

# east of al-Hader (the army's from 12 Nov 2015) and of the rebel front the 2019 snapshot draws at
# al-Qarassi farm (37.05 E), south of the city ring and north of al-Hader's parallel: Jebel Azzan
BEHIND_HADER = RegionRule("sa_jebel_azzan", "fill_aleppo_south",
                          lambda p, _w: 35.99 <= p.lat <= 36.11 and p.lon >= 37.12, (
    Span(START, _d("2018-02-08"), "government", ("reuters-2015-10-16-abtin-retaken",
         "reuters-2015-11-12-al-hader", "qasioun-2018-01-31-al-hass",
         "reuters-2016-12-22-aleppo-retaken"),
         "region-level: the Jebel Azzan area between al-Hader and the city: the army retook "
         "Abtin and a tank battalion base by Sabiqiya on 16 Oct 2015 (SOHR via Reuters) and al-"
         "Hader, the rebels' 'main stronghold' in the southern countryside, on 12 Nov 2015 "
         "(Reuters); in Jan 2018 it advanced south from al-Hader (Qasioun: Iranian militias "
         "'located in Hader'); this place lies east of 37.12 E (6 km or more east of the rebel "
         "front the autumn-2019 snapshot draws at al-Qarassi farm), between al-Hader's parallel "
         "and the city, behind the army's line; no rebel advance into it found in the sources "
         "read: continuity inferred"),
))  # fmt: skip

HADER = (35.989, 37.051)  # localities.csv: hader


def _north_of_hader_safira(place: Locality, _where: Where) -> bool:
    """Al-Safira places enclosed by army-held points: north of the straight line al-Hader -
    al-Safira (by 0.5 km or more), south of Tell Aran's parallel, west of Tell Aran."""
    line_lat = HADER[0] + (place.lon - HADER[1]) / (SAFIRA[1] - HADER[1]) * (SAFIRA[0] - HADER[0])
    return (place.admin2 == "Al-Safira" and place.lat >= line_lat + 0.005
            and place.lat <= 36.11 and place.lon <= 37.34)  # fmt: skip


SAFIRA_HADER = RegionRule("sa_between_hader_and_safira", "g2016_east_aleppo_government",
                          _north_of_hader_safira, (
    Span(START, _d("2017-06-03"), "government", ("reuters-2015-10-16-abtin-retaken",
         "reuters-2015-11-12-al-hader", "syria_direct-2013-11-12-tel-arn",
         "syria_direct-2013-11-05-safira", "syria_direct-2016-02-24-aleppo-supply-route"),
         "region-level: this place lies inside the ring of army-held points south-east of the "
         "city, north of the line al-Hader - al-Safira: al-Safira (31 Oct 2013, Syria Direct), "
         "Tell Aran (11 Nov 2013, Syria Direct), Abtin by Jebel Azzan (16 Oct 2015, SOHR via "
         "Reuters), al-Hader (12 Nov 2015, Reuters), with the airport to the north and the "
         "army's supply road through al-Safira (2016, Syria Direct); no rebel or IS advance into "
         "the ring found in the sources read: continuity inferred to the batch's 4 Jun 2017"),
))  # fmt: skip

TELL_ARAN = RegionRule("sa_tell_aran", "g2016_east_aleppo_government",
                       lambda p, _w: p.id == "tell_aran", (
    Span(START, _d("2017-06-03"), "government", ("syria_direct-2013-11-12-tel-arn",
         "syria_direct-2016-02-24-aleppo-supply-route", "reuters-2016-02-25-khanaser-retaken"),
         "seized by the army on 11 Nov 2013 on its advance from al-Safira to the airport (Syria "
         "Direct, citing SANA's military source); the Ithriya - Khanasir road on through al-Safira "
         "into Aleppo was the army's only supply route in 2016 (Syria Direct; Reuters); no loss "
         "of the town reported: continuity inferred to the batch's answer from 4 Jun 2017"),
))  # fmt: skip

TURAYKIYAH = RegionRule("sa_turaykiyah", "fill_aleppo_south",
                        lambda p, _w: p.id == "turaykiyah", (
    Span(START, _d("2018-02-08"), "government", ("sohr-2016-02-21-aleppo-raqqa-road",
         "ibtimes_uk-2016-02-aleppo-thermal-plant", "reuters-2016-12-22-aleppo-retaken"),
         "named ('Trickiyyeh') among the 18 villages on 40 km of the Aleppo - Deir Hafer road the "
         "army took from IS by 21 Feb 2016, four days after the thermal power plant (SOHR; SANA "
         "via IBTimes UK); it lies between the airport and the plant, behind the army's later "
         "fronts at Deir Hafer and Kweires; no loss reported: continuity inferred"),
))  # fmt: skip

SOUTH_OF_KHANASIR = RegionRule("sa_khanasir_south_west_oct_2017", "g2016_east_aleppo_government",
                               lambda p, _w: p.id == "jubb_awwad", (
    Span(_d("2017-11-02"), _d("2018-01-24"), "government", ("sohr-2017-10-khanasir-south-west",
         "sohr-2017-11-02-khanasir-south-west-ar", "sohr-2018-01-25-is-near-khanasir-road"),
         "Jib Awad and Hejara Saghira: the army 're-held' them in the first round of its attack "
         "on the HTS and rebel areas south-west of Khanasir, begun at noon on Thursday 2 Nov 2017 "
         "(SOHR, Arabic; the English copy shows no publication day and misdates the attack); on "
         "25 Jan 2018 SOHR said the army had pushed HTS away from the road in the past weeks and "
         "IS took two villages near it (not named): continuity inferred to 24 Jan; before and "
         "after, gaps (review h-rev38: from 2 Nov, not 1 Nov)"),
))  # fmt: skip
#: Review h-rev38: an HTS commander told SMART (Friday 3 Nov 2017, via microsyria) that HTS retook
#: 'Hajara', al-Rashadiyah and al-Huwaywi that day, a day after the army took them; which of the
#: two Hejaras is not said, so Hijarah as-Saghirah keeps only SOHR's day (3 Nov - 24 Jan a gap).
HIJARAH_SAGHIRAH = RegionRule("sa_hijarah_saghirah_2_nov_2017", "g2016_east_aleppo_government",
                              lambda p, _w: p.id == "hijarah_as_saghirah", (
    Span(_d("2017-11-02"), _d("2017-11-02"), "government", (
         "sohr-2017-11-02-khanasir-south-west-ar", "sohr-2017-10-khanasir-south-west",
         "smart-2017-11-03-hts-retakes-three-villages"),
         "Hejara Saghira: the army 're-held' it with Jib Awad and Hejara Kabira in the first round "
         "of its attack on the HTS and rebel areas south-west of Khanasir, begun at noon on "
         "Thursday 2 Nov 2017 (SOHR, Arabic); on Friday 3 Nov an HTS commander told SMART that HTS "
         "retook 'Hajara', al-Rashadiyah and al-Huwaywi (party claim; which Hejara is not said): "
         "from 3 Nov to the end of the pocket a gap, both sources named (review h-rev38)"),
))  # fmt: skip

NUBL_CORRIDOR = RegionRule("sa_nubl_corridor", "fill_aleppo_south",
                           lambda p, _w: p.id in {"hardatin", "tell_jibbin"}, (
    Span(START, _d("2018-02-08"), "government", ("sohr-2016-02-02-hardatin",
         "reuters-2016-02-03-nubl-zahraa", "reuters-2016-12-22-aleppo-retaken"),
         "the army took Tell Jibbin on 1 Feb and Hardatin, held by the Nusra Front and allies, "
         "on 2 Feb 2016 (SOHR via Exame) and broke the siege of Nubl and al-Zahraa on 3 Feb "
         "(Reuters); the corridor stayed the army's link to the two towns (the fill's "
         "government answer for them) and the rebels' nearest towns, Hayan, Anadan and Kafr "
         "Hamra, were taken only in Feb 2020; no rebel recapture reported: continuity inferred"),
))  # fmt: skip

# --- IS's pocket east of Khanasir (the batch's g2016_east_aleppo_government block) --------------
SAFIRA = (36.07696, 37.37251)  # localities.csv: as_safira
KHANASIR = (35.78159, 37.49919)  # localities.csv: khanasir
ITHRIYA = (35.365, 37.788)  # localities.csv: ithriya
ROAD_EAST_KM = 5  # the road was the army's (its only route to Aleppo) and fought over at its edge
KHANASIR_KM = 15  # round the town the front moved (Amaq in Feb 2016: fighting at Rasm al-Nafal)
LAKE_SOUTH_SHORE = 35.95  # north of it the Jabbul lake and the army's Deir Hafer campaign
EAST_OF_KHANASIR = ("syria_direct-2016-02-24-aleppo-supply-route",
                    "reuters-2016-02-25-khanaser-retaken",
                    "sohr-2017-06-30-khanasir-pocket-besieged",
                    "reuters-2017-06-30-is-leaves-aleppo-province",
                    "afp-2017-06-30-is-leaves-aleppo-province",
                    "al_monitor-2017-06-maskanah")  # fmt: skip


def _km(place: Locality, point: tuple[float, float]) -> float:
    return (((place.lat - point[0]) * 111) ** 2 + ((place.lon - point[1]) * 90) ** 2) ** 0.5


def _km_east_of_road(place: Locality) -> float:
    """How far east of the army's road (al-Safira - Khanasir - Ithriya, straight legs) a place
    lies, in km along its parallel."""
    a, b = (SAFIRA, KHANASIR) if place.lat >= KHANASIR[0] else (KHANASIR, ITHRIYA)
    road_lon = a[1] + (a[0] - place.lat) / (a[0] - b[0]) * (b[1] - a[1])
    return (place.lon - road_lon) * 90


def _east_of_khanasir(place: Locality, _where: Where) -> bool:
    return (place.admin2 == "Al-Safira" and place.lat < LAKE_SOUTH_SHORE
            and _km_east_of_road(place) >= ROAD_EAST_KM
            and _km(place, KHANASIR) >= KHANASIR_KM)  # fmt: skip


KHANASIR_POCKET = RegionRule("sa_is_east_of_khanasir", "g2016_east_aleppo_government",
                             _east_of_khanasir, (
    Span(START, _d("2017-06-29"), "isis", EAST_OF_KHANASIR,
         "region-level: IS attacked the army's Ithriya - Khanasir road from the east in Feb 2016, "
         "holding hills overlooking it (Syria Direct; Reuters: after the army retook Khanasir IS "
         "fought on at its northern edge, Amaq); the army's campaign against IS in the province "
         "began on 17 Jan 2017 and ended on 30 Jun with the siege of IS's 'last area of presence', "
         "in the south-eastern countryside (SOHR), when IS withdrew from 'the last territory' it "
         "held in the province, 'areas east of Khanaser' (SOHR via Reuters; AFP: 17 towns and "
         "villages, a presence of four years); this place lies 5 km or more east of the road, 15 "
         "km or more from Khanasir and south of the Jabbul lake; continuity inferred between "
         "those reports (no army advance into it reported before June 2017). Al-Monitor (10 Jun "
         "2017) wrote that after Maskanah only uninhabited desert and hills were left to IS in "
         "the province 'according to the administrative division of IS': kept as said; review "
         "h-rev2: IS's to 29 Jun (the army took the road late on Thursday 29 Jun, AFP), the "
         "army's from 30 Jun in the batch's rows"),
))  # fmt: skip

# --- named places on the rebel side, 2016 - 2019 -------------------------------------------------
HTS_2017 = _d("2017-07-21")  # HTS dominant after the July 2017 infighting (g2016_idlib_pocket)
ABU_DUHUR = ("newarab-2018-01-abu-duhur-airbase", "afp-2018-01-21-abu-duhur")
IDLIB_MODEL = ("aljazeera-2017-07-23-hts-idlib", "newarab-2017-10-13-turkish-observation-posts")

NAMED_RULES = (
    RegionRule("sa_abu_duhur_airbase", NAMED_BLOCK,
               lambda p, _w: p.id == "abu_al_duhur_military_airbase", (
        Span(START, _d("2017-07-20"), "opposition", (*ABU_DUHUR, IDLIB_MODEL[0]),
             "the rebel alliance Jaish al-Fatah took the airbase with the rest of Idlib province "
             "in its 2015 offensive (The New Arab) and held it until the army's capture of 20-21 "
             "Jan 2018 (AFP; HTS fighters among its defenders, The New Arab); which factions "
             "held it is not sourced: modelled as the Idlib pocket (Ahrar al-Sham and Jabhat "
             "Fateh al-Sham / HTS fought together since 2015, Al Jazeera), continuity inferred",
             status="shared", with_parties=("hts",)),
        Span(HTS_2017, _d("2018-01-19"), "hts", (*ABU_DUHUR, *IDLIB_MODEL),
             "HTS dominated the Idlib area after the July 2017 infighting (Al Jazeera; The New "
             "Arab, Oct 2017) and its fighters defended the airbase in Jan 2018 (The New Arab: "
             "they 'reportedly withdrew'); other factions kept areas (the Idlib pocket model); "
             "continuity inferred to the army's capture",
             status="shared", with_parties=("opposition",)),
    )),
    RegionRule("sa_kafr_hamrah", NAMED_BLOCK, lambda p, _w: p.id == "kafr_hamrah", (
        Span(START, _d("2019-01-09"), "opposition", ("sohr-2016-hayan-huraytan-barrels",
             "newarab-2017-11-15-hts-zinki-west-aleppo", "mee-2019-01-hts-western-aleppo",
             "syria_times-2020-02-16-aleppo-secured"),
             "region-level, as Anadan, Hayyan and Haritan (h-idlib): rebel side north-west of "
             "Aleppo, where warplanes struck Hayan and barrel bombs fell on Huraytan (SOHR, after "
             "Aug 2016), HTS and Nour al-Din al-Zinki shared and fought over the west Aleppo "
             "countryside (The New Arab, Nov 2017) until HTS took it in Jan 2019 (MEE); Kafr Hamra "
             "lies between Huraytan and the city and was among the places the army took on 16 Feb "
             "2020 (SANA via Syria Times); no change of hands reported between; which faction "
             "held it is not sourced, so opposition shared with HTS",
             status="shared", with_parties=("hts",)),
    )),
)  # fmt: skip

# --- the west Aleppo countryside, 19 Dec 2019 - 24 Jan 2020 (the daily batch's gaps) -------------
#: Fafertin: a Turkish-backed faction's position from Jul 2019 (SOHR), answered in the records
#: by the review h-rev3 (PERIOD-2016-2024.md), so not drawn in the HTS-led area here; Basufan:
#: the Sham Legion's from 18 Mar 2018 (Afrin Post), answered in the records by h-rev6; Keferlebe
#: (Kafr Lab), the ruin between them and Kabashin (eSyria): a gap in the records (review h-rev13).
NOT_HTS_HELD = {"fafertine", "basufan", "keferlebe"}
WEST_ALEPPO_JAN_2020 = RegionRule("sa_west_aleppo_before_the_push", "daily 2019-20",
                                  lambda p, _w: p.admin2 == "Mount Simeon"
                                  and p.id not in NOT_HTS_HELD, (
    Span(_d("2019-12-19"), _d("2020-01-24"), "hts", ("xinhua-2020-01-11-aleppo-tension",
         "sana-2020-01-28-west-aleppo-strikes", "mee-2019-01-hts-western-aleppo",
         "newarab-2019-01-10-hts-takes-idlib"),
         "region-level: the snapshot of 18 Dec 2019 draws this place in the HTS-led area (HTS "
         "took the west Aleppo countryside from Zinki in Jan 2019, MEE; the HTS-NLF deal of 10 Jan "
         "2019, The New Arab); on 11 Jan 2020 'the rebel groups have maintained positions in the "
         "western and northern countryside of Aleppo' and it 'wasn't clear' an offensive would "
         "come (SOHR via Xinhua); the army's strikes on the west and south-west Aleppo fronts "
         "began after its statements of 25 Jan (SANA, party claim: from Tuesday 28 Jan on Khan "
         "Touman, Kafr Naha, Kafr Dael, al-Rashidin); the army's offensive in the south of Idlib "
         "had not reached this district by then; continuity inferred to 24 Jan, the days after "
         "stay as the daily batch left them"),
))  # fmt: skip

SOUTH_ALEPPO = (RAMOUSEH, AIRPORT, BRIGADE_80, PRISON, WATER_STATION, NUBL_CORRIDOR, TELL_ARAN,
                TURAYKIYAH, BEHIND_HADER, SAFIRA_HADER, SOUTH_OF_KHANASIR, HIJARAH_SAGHIRAH,
                KHANASIR_POCKET,
                *NAMED_RULES, WEST_ALEPPO_JAN_2020)  # fmt: skip
