"""Region rules for Deir ez-Zor (issue #15): the east bank in the SDF's campaign (9 Sep 2017 -
23 Mar 2019) and the west bank's besieged government enclave with IS around it.

Sources: ``sources/2016-2018-regions.toml`` and the batch files. Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.regions_2016_2018_model import START, RegionRule, Span, Where
from tools.regions_2016_2018_model import day as _d

# --- Deir ez-Zor east of the Euphrates (the SDF's campaign, 9 Sep 2017 - 23 Mar 2019) ---------
#: The places SOHR names as IS's last 17 on the east bank when fighting resumed in early Dec
#: 2017 (gazetteer ids of those tracked).
DEIR_LAST_17 = {"abu_hardub", "abu_hammam", "granij", "abu_hassan", "shafa", "as_susah",
                "marashdeh", "ash_shajalah"}  # fmt: skip
#: Still IS-held on 14 Dec 2018, the day Hajin fell (AFP: "Sousa and Al-Shaafa").
DEIR_STILL_2018 = {"shafa", "as_susah"}
#: North of Suwaydan, the northernmost of the fronts SOHR reports in December 2017.
DEIR_NORTH_LAT = 34.95
#: West-bank towns the batch files with the east bank (review h-rev2): the army's, not the SDF's;
#: al-Quriyah is answered by ``deir2_quriyah`` (the army entered it from the Badia side).
DEIR_NOT_EAST_BANK = {"al_quriyah"}

DEIR = (
    RegionRule("deir_conoco", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id == "conoco_tabieh_gas_plant", (
        Span(_d("2017-09-09"), _d("2017-09-22"), "isis", ("ap-2017-09-23-conoco",),
             "IS had controlled the Conoco gas plant since 2014 (SDF spokesman via AP)"),
        Span(_d("2017-09-23"), _d("2017-09-24"), "sdf", ("ap-2017-09-23-conoco",),
             "disputed: the SDF said the field and plant 'came under full control of the group "
             "on Saturday morning' (23 Sep 2017, AP; Reuters quoted an SDF commander the same "
             "day); SOHR said the SDF had not yet taken it and fighting went on around it; "
             "from 25 Sep a gap (no dated independent report stored)",
             status="contested", with_parties=("isis",)),
        Span(_d("2017-12-31"), _d("2019-03-22"), "sdf", ("sohr-2017-12-east-bank-last-villages",
             "reuters-2017-12-ypg-deir-countryside"),
             "region-level, as the rest of the east bank north of IS's last 17 places (SOHR, "
             "Dec 2017)"),
    )),
    RegionRule("deir_pocket_2018", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id in DEIR_STILL_2018, (
        Span(_d("2017-09-09"), _d("2018-12-14"), "isis",
             ("sohr-2017-12-east-bank-last-villages", "afp-2018-12-14-hajin-sousa-shaafa"),
             "IS-held: among the 17 villages and towns IS still held on the east bank when "
             "fighting resumed in early Dec 2017 (SOHR), and one of the 'other two main "
             "villages' of IS's enclave it pulled back to when Hajin fell on 14 Dec 2018 (AFP); "
             "held throughout in between (the Hajin pocket: inferred from the two reports); "
             "from 15 Dec 2018 the day it fell is not stored"),
    )),
    RegionRule("deir_last_17", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id in DEIR_LAST_17, (
        Span(_d("2017-09-09"), _d("2017-12-01"), "isis",
             ("sohr-2017-12-east-bank-last-villages",),
             "IS-held: among the 17 villages and towns IS still held on the east bank when "
             "fighting resumed in early Dec 2017 (SOHR), the SDF's campaign having started on 9 "
             "Sep; from December the day it fell is not stored"),
    )),
    RegionRule("deir_suwaydan", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.id == "suwaydan_jazirah", (
        Span(_d("2017-12-31"), _d("2019-03-22"), "sdf",
             ("sohr-2017-12-east-bank-last-villages", "afp-2018-12-14-hajin"),
             "Suwaydan on the east bank: SOHR (Dec 2017, day not shown: counted from 31 Dec) "
             "reported the SDF took Swaidan as fighting resumed, IS keeping 17 villages and towns "
             "all further south (Abu Hardub the northernmost); IS's last pocket lay round Hajin "
             "in Dec 2018 (AFP); no IS return to Suwaydan reported (continuity inferred)"),
    )),
    RegionRule("deir_north_of_pocket", "g2016_deir_ez_zor_east_bank",
               lambda p, _w: p.lat > DEIR_NORTH_LAT and p.id not in DEIR_NOT_EAST_BANK, (
        Span(_d("2017-12-31"), _d("2019-03-22"), "sdf",
             ("sohr-2017-12-east-bank-last-villages", "reuters-2017-12-ypg-deir-countryside",
              "afp-2018-12-14-hajin"),
             "region-level: by December 2017 IS kept only 17 villages and towns on the east "
             "bank, all south of this place (SOHR, Dec 2017, day not shown: counted from 31 "
             "Dec); the YPG said it had captured the whole eastern countryside (Reuters, Dec "
             "2017: the party's own claim); IS's last pocket was round Hajin in Dec 2018 (AFP); "
             "IS raids and its Oct 2018 counter-attack round Hajin did not take ground this far "
             "north in the stored reports; not sourced per village"),
    )),
)  # fmt: skip

# --- Deir ez-Zor west bank (the besieged government enclave and IS around it) ----------------
DEIR_CITY = (35.33588, 40.14084)  # localities.csv: deir_ez_zor


def _km_from_deir(place: Locality) -> float:
    return (((place.lat - DEIR_CITY[0]) * 111) ** 2
            + ((place.lon - DEIR_CITY[1]) * 91) ** 2) ** 0.5  # fmt: skip


#: Beyond this the enclave's farthest posts (Brigade 137 at 11 km, the airport at 7 km) are passed.
NEAR_ENCLAVE_KM = 14
#: West-bank towns of the valley between al-Mayadin and Albu Kamal, named one by one: the
#: gazetteer's points and the river line are too coarse here to tell the banks apart (al-Kishkiyah,
#: an east-bank town in SOHR's list, falls west of the line).
VALLEY_WEST_BANK = {"al_asharah", "al_salihiyah_abu_kamal", "al_abbas", "al_jalaa", "al_hasrat",
                    "sayyal"}  # fmt: skip


def _is_around_the_enclave(place: Locality, _where: Where) -> bool:
    # 25 km clear of the enclave's edge; not the south-west, the road the relief came by
    return _km_from_deir(place) >= 25 and not (place.lat < 35.30 and place.lon < 40.0)


DEIR_WEST = (
    RegionRule("deir_is_around_the_enclave", "g2016_deir_ez_zor_government",
               _is_around_the_enclave, (
        Span(START, _d("2017-09-04"), "isis", ("reuters-2017-09-05-deir-siege-broken",),
             "region-level: IS besieged the government's Deir ez-Zor enclave until the army "
             "broke through on 5 Sep 2017 and 'still held much of the province' then (Reuters); "
             "this place lies 25 km or more from the city, outside the enclave and off the "
             "relief road from the south-west; from 5 Sep the day it changed hands is not "
             "stored (al-Mayadin 14 Oct, Albu Kamal 19 Nov)"),
    )),
    RegionRule("deir_is_near_the_enclave", "g2016_deir_ez_zor_government",
               lambda p, w: NEAR_ENCLAVE_KM <= _km_from_deir(p) < 25
               and not (p.lat < 35.30 and p.lon < 40.0), (
        Span(START, _d("2017-09-04"), "isis", ("reuters-2017-09-05-deir-siege-broken",
             "long_war_journal-2017-01-deir-ezzor-cut-in-two",
             "daily_star_lb-2017-09-06-deir-corridor"),
             "region-level: outside the government's besieged enclave (the western city, the "
             "airport 7 km south-east and Brigade 137 11 km west: Long War Journal, Daily Star), "
             "which IS besieged until the army broke through on 5 Sep 2017, IS still holding "
             "'much of the province' then (Reuters); this place lies 14-25 km from the city, off "
             "the relief road from the south-west; from 5 Sep the day it changed hands is not "
             "stored"),
    )),
    RegionRule("deir_valley_below_mayadin", "g2016_deir_ez_zor_government",
               lambda p, _w: p.id in VALLEY_WEST_BANK, (
        Span(_d("2017-09-05"), _d("2017-11-18"), "isis", ("reuters-2017-10-08-mayadin-encircled",
             "reuters-2017-10-14-mayadin", "arab_news-2017-11-17-daesh-holdouts",
             "afp-2017-12-07-west-of-euphrates-cleared"),
             "a west-bank town of the Euphrates valley between al-Mayadin and Albu Kamal: IS fell "
             "back 'upon the fertile area downstream of Deir al-Zor' (Reuters, 8 Oct 2017; "
             "al-Mayadin fell on 14 Oct); after Albu Kamal's fall IS still held 'some two dozen "
             "desert villages along the Euphrates' (AFP via Arab News, after 17 Nov) until the "
             "army 'cleared the last pockets held by the Islamic State group on the west bank' "
             "(SOHR via AFP, 7 Dec 2017; SANA: two dozen towns and villages taken on 6 Dec); the "
             "batch's government row from 19 Nov disagrees with those reports (it is not "
             "rewritten here: see PERIOD-2016-2024.md)"),
    )),
)  # fmt: skip

# --- the besieged government enclave's military sites (fill_deir_ez_zor_military rows) --------
ENCLAVE_SOURCES = ("long_war_journal-2017-01-deir-ezzor-cut-in-two",
                   "newarab-2017-01-17-deir-airbase-surrounded")  # fmt: skip
#: The fill batch has the government from 19 Nov 2017 (Albu Kamal retaken); its gap ends here.
BEFORE_ALBU_KAMAL = _d("2017-11-18")

DEIR_SITES = (
    RegionRule("deir_airport", "fill_deir_ez_zor_military",
               lambda p, _w: p.id == "deir_ez_zor_airport", (
        Span(START, BEFORE_ALBU_KAMAL, "government",
             (*ENCLAVE_SOURCES, "daily_star_lb-2017-09-06-deir-corridor",
              "rferl-2017-11-19-albu-kamal"),
             "the government's besieged airbase: the city 'divided between the so-called "
             "caliphate and Bashar al Assad's loyalists since July 2014' (Long War Journal); IS's "
             "offensive of Jan 2017 'cut the airport off from other regime-held territories in "
             "the city' but did not take it (SOHR via The New Arab; OCHA via Long War Journal); "
             "'still besieged' when the army reached Brigade 137 on 5 Sep 2017 (Daily Star); no "
             "IS capture reported (continuity inferred)"),
    )),
    RegionRule("deir_brigade_137", "fill_deir_ez_zor_military",
               lambda p, _w: p.id == "137th_mechanized_brigade_army_base", (
        Span(START, BEFORE_ALBU_KAMAL, "government",
             (*ENCLAVE_SOURCES, "daily_star_lb-2017-09-06-deir-corridor",
              "reuters-2017-09-05-deir-siege-broken"),
             "the Brigade 137 base west of the city, in the government's enclave besieged by IS "
             "since 2014 (Long War Journal): the relief column 'reached the Brigade 137 along a "
             "narrow salient from the northwest' on 5 Sep 2017, 'breaking a siege that had "
             "lasted three years' (Daily Star; Reuters); held by the government throughout "
             "(continuity inferred from the siege's reports)"),
    )),
)  # fmt: skip
