"""The rules of the 2016-2019 control fill (issue #15): which places, which periods, which sources.

Each `Rule` matches places by district, the side the autumn-2019 snapshot draws them on and kind
(or by id), and gives `Span`s: who held them from a day to a day, on which registry sources
(``sources/*.toml``), or ``unknown`` with a note saying what the sources lack. The first rule that
matches a place wins, so named places come before the regions. `tools/fill_2016_2019.py` writes
the rows. Build-time tooling, not shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from geodata.control.model import UNKNOWN, Locality

FIRST, LAST = date(2016, 8, 1), date(2024, 11, 26)
#: The windows with no record: before the autumn-2019 snapshot, and between two snapshots.
WINDOWS = ((FIRST, date(2019, 10, 22)), (date(2019, 12, 19), date(2020, 3, 5)))
OFFENSIVE_2019 = date(2019, 4, 30)  # the Hama/Idlib offensive (the other batch's days)
MILITARY = frozenset({"base", "airbase", "airport"})
FROZEN = ("nyt-2024-12-index-php-rest-route-2fwp-2fv2-2fposts-2",
          "jusoor-2023-01-31-map-of-influence-and-crossings-in-the-sy")  # fmt: skip


@dataclass(frozen=True)
class Span:
    """Who held the rule's places from ``start`` to ``end`` (inclusive), on what sources."""

    start: date
    end: date
    controller: str
    sources: tuple[str, ...]
    note: str
    status: str = "held"
    with_parties: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    matches: Callable[[Locality, str], bool]  # (place, its autumn-2019 snapshot holder)
    spans: tuple[Span, ...]


def _d(text: str) -> date:
    return date.fromisoformat(text)


# --- sources (registry ids; the fill batch's own are in sources/2016-2019-fill.toml) ---------
HOMS_POCKET = ("xinhua-2018-05-16-homs-rebels-evacuated", "newarab-2018-05-15-homs-enclave")
IS_HAMA_POCKET = "sohr-2018-02-is-hama-aleppo-pocket-ended"
UQAYRIBAT_RETAKEN = "sohr-2017-09-15-uqayribat-retaken"  # sources/2016-2019-rev19.toml
NORTH_HAMA_2019 = "ap-2019-08-23-northern-hama"
HAMA_2016_17 = ("reuters-2016-08-30-hama-offensive", "reuters-2017-03-31-hama-villages")
RAQQA_DESERT = ("sohr-2017-06-raqqa-desert-regime-advance", "sohr-2017-06-19-resafa")
DEIR_GOV = ("reuters-2017-09-05-deir-siege-broken", "rferl-2017-11-19-albu-kamal")
EAST_ALEPPO = ("chinadaily-2017-03-30-deir-hafer", "xinhua-2017-06-04-maskanah")
EAST_ALEPPO_GOV = ("xinhua-2017-06-04-maskanah", "al_monitor-2017-06-maskanah")
LATAKIA = ("newarab-2018-01-07-hmeimim-drones",)
NE_BETWEEN = ("sohr-2020-02-ain-issa-regime-reinforcements", "tass-2019-10-sochi-memorandum")

GAP_B = (date(2019, 12, 19), date(2020, 3, 5))
HAMA_REGION = (
    Span(FIRST, _d("2018-05-15"), UNKNOWN, (IS_HAMA_POCKET, *HOMS_POCKET, *HAMA_2016_17),
         "Hama governorate's fronts until May 2018: rebel offensives north of Hama city "
         "(Aug 2016, Mar 2017; Reuters), the Islamic State's pocket east of Salamiyah (to Sep "
         "2017) and north-east of Hama (to Feb 2018, SOHR) and the rebels' northern Homs / "
         "southern Hama pocket (to May 2018); who held each village before is not stored"),
    Span(_d("2018-05-16"), GAP_B[1], "government", (*HOMS_POCKET, IS_HAMA_POCKET,
         NORTH_HAMA_2019),
         "region-level: once the last rebels left the northern Homs / southern Hama pocket (16 "
         "May 2018, Xinhua; The New Arab) and IS's Hama pocket was gone (Feb 2018, SOHR), 'Hama "
         "still has rebel positions in its northern countryside' only (Xinhua) - the "
         "al-Suqaylabiyah / Mhardeh front, taken by Aug 2019 (AP); not sourced per village; "
         "drawn government by the autumn-2019 and 2020 snapshots, no change reported between"),
)  # fmt: skip
NORTH_HAMA = (
    Span(FIRST, OFFENSIVE_2019 - timedelta(days=1), UNKNOWN,
         (*HAMA_2016_17, *HOMS_POCKET),
         "the north Hama front (Mhardeh and al-Suqaylabiyah districts): rebels took Halfaya and "
         "villages north of Hama in Aug 2016 and Mar 2017, the army retook 16 villages by 31 "
         "Mar 2017 (Reuters); in May 2018 'Hama still has rebel positions in its northern "
         "countryside' (Xinhua); which side held each village is not stored (from 30 Apr 2019: "
         "the offensive batch)"),
)  # fmt: skip
RAQQA = (
    Span(FIRST, _d("2017-06-05"), "isis", RAQQA_DESERT,
         "region-level: the Raqqa desert south of the Euphrates, which the army took from IS "
         "from 6 Jun 2017 (SOHR: 1,200 km2 by 14 Jun); IS's hold before is inferred (no other "
         "party reported there since 2014)"),
    Span(_d("2017-06-06"), _d("2017-11-18"), UNKNOWN, (*RAQQA_DESERT, *DEIR_GOV),
         "the army's desert campaign (1,200 km2 by 14 Jun 2017, Resafa by 19 Jun: SOHR) took "
         "these places one by one; the day each changed hands is not stored"),
    Span(_d("2017-11-19"), GAP_B[1], "government", ("rferl-2017-11-19-albu-kamal",
         *RAQQA_DESERT),
         "region-level: government area once IS lost Albu Kamal, its last town (19 Nov 2017); "
         "drawn government by the autumn-2019 and 2020 snapshots, no change reported between"),
)  # fmt: skip
#: h-rev12: al-Sa'b, which Zaman al-Wasl names among the villages the army took round Maskanah on
#: Saturday 3 Jun 2017 (relayed 5 Jun): IS's to 2 Jun; from 3 Jun the region rules answer
#: (`tools.regions_2016_2018_rules_rev12`).
RAQQA_AL_SAB = (
    Span(FIRST, _d("2017-06-02"), "isis", RAQQA_DESERT, RAQQA[0].note),
    Span(_d("2017-06-03"), _d("2017-11-18"), UNKNOWN, (*RAQQA_DESERT, *DEIR_GOV), RAQQA[1].note),
    RAQQA[2],
)  # fmt: skip
DEIR_MILITARY = (
    Span(FIRST, _d("2017-11-18"), UNKNOWN, DEIR_GOV,
         "military site in the government's Deir ez-Zor area: the besieged enclave or IS until "
         "Albu Kamal was retaken (as the g2016_deir_ez_zor_government villages)"),
    Span(_d("2017-11-19"), GAP_B[1], "government", ("rferl-2017-11-19-albu-kamal",),
         "government area once IS lost Albu Kamal (19 Nov 2017), as the "
         "g2016_deir_ez_zor_government villages; drawn government by the 2019 and 2020 snapshots"),
)  # fmt: skip
EAST_ALEPPO_MILITARY = (
    Span(FIRST, _d("2017-06-03"), UNKNOWN, EAST_ALEPPO,
         "military site in the east Aleppo countryside the army took from IS between Jan and "
         "Jun 2017 (as the g2016_east_aleppo_government villages); not stored per site"),
    Span(_d("2017-06-04"), GAP_B[1], "government", EAST_ALEPPO_GOV,
         "government area once IS lost Maskanah (4 Jun 2017), as the g2016_east_aleppo_government "
         "villages; drawn government by the 2019 and 2020 snapshots"),
)  # fmt: skip
ALEPPO_SOUTH = (
    Span(FIRST, _d("2018-02-08"), UNKNOWN, ("reuters-2016-12-22-aleppo-retaken", IS_HAMA_POCKET),
         "the countryside round Aleppo city: the city was divided until 22 Dec 2016 (Reuters) "
         "and the south-eastern countryside bordered the IS/HTS pocket cleared in Feb 2018 "
         "(SOHR); who held each village is not stored"),
    Span(_d("2018-02-09"), OFFENSIVE_2019 - timedelta(days=1), "government",
         ("reuters-2016-12-22-aleppo-retaken", IS_HAMA_POCKET),
         "region-level: the whole city government-held from 22 Dec 2016 (Reuters) and the "
         "pocket south of it cleared by 9 Feb 2018 (SOHR); drawn government by the autumn-2019 "
         "snapshot; not sourced per village (from 30 Apr 2019: the offensive batch's period)"),
)  # fmt: skip

#: h-rev32: al-Qarassi and al-Huwayz beside it, on the Khan Tuman front west of 37.1 E. Jaish
#: al-Fath took al-Qarassi on 9 Jun 2016 (Enab Baladi) and no dated report found names either
#: village's holder again before the autumn-2019 snapshot; the date of 9 Feb 2018 that
#: ``ALEPPO_SOUTH`` counts from is the end of the IS/HTS pocket 30 - 50 km to the south-east and of
#: the army's push south of al-Hader, neither of which reached this front: a gap to the offensive
#: batch's period (and to the snapshot, `as_2019_unchanged` leaving them out).
ALEPPO_SOUTH_QARASSI = (
    Span(FIRST, OFFENSIVE_2019 - timedelta(days=1), UNKNOWN,
         ("enab_baladi-2016-06-09-qarassi", "reuters-2016-12-22-aleppo-retaken", IS_HAMA_POCKET),
         "the Khan Tuman front west of al-Hader: Jaish al-Fath took al-Qarassi on 9 Jun 2016 "
         "(Enab Baladi); no dated report found names al-Qarassi's or al-Huwayz's holder after "
         "the army's push of 23 Oct 2016 until the autumn-2019 snapshot (government); review "
         "h-rev32: was government from 9 Feb 2018 (the pocket south of Aleppo cleared, SOHR), a "
         "date that concerns the pocket and the al-Hass plateau, not this front, so a gap"),
)  # fmt: skip

#: h-rev43: Sabiqiyah (36.063 N 37.100 E, 2.4 km west of Abtin, 3.6 km south of al-Qarassi) had the
#: same 9 Feb 2018 start as al-Qarassi (h-rev32); the last dated report naming it is of Oct 2015.
ALEPPO_SOUTH_SABIQIYAH = (
    Span(FIRST, OFFENSIVE_2019 - timedelta(days=1), UNKNOWN,
         ("reuters-2015-10-16-abtin-retaken", "reuters-2016-12-22-aleppo-retaken", IS_HAMA_POCKET),
         "the Khan Tuman front west of al-Hader: the army retook Abtin and 'a tank battalion base "
         "close to the village of Sabiqiya' on 16 Oct 2015 (SOHR via Reuters), the last dated "
         "report read that names the village; none names its holder after that until the "
         "autumn-2019 snapshot (government). Review h-rev43: was government from 9 Feb 2018 (the "
         "IS/HTS pocket south of Aleppo cleared, SOHR), a date that concerns the pocket 30 - 50 km "
         "to the south-east, not this front (as h-rev32 found for al-Qarassi), so a gap"),
)  # fmt: skip


def _span_a(controller: str, sources: tuple[str, ...], note: str, start: date = FIRST) -> Span:
    return Span(start, WINDOWS[0][1], controller, sources, note)


def _in(admin2: set[str], side: set[str] | None = None, military: bool | None = None):
    def matches(place: Locality, side_2019: str) -> bool:
        return (
            place.admin2 in admin2
            and (side is None or side_2019 in side)
            and (military is None or (place.kind in MILITARY) == military)
        )

    return matches


def _ids(*ids: str):
    return lambda place, _side: place.id in ids


RULES: tuple[Rule, ...] = (
    # named places first: the first matching rule wins
    Rule("fill_nubl_zahraa", _ids("nubl", "al_zahraa"), (
        _span_a("government", ("reuters-2016-02-03-nubl-zahraa",),
                "the army broke the rebels' three-year siege of the two towns on 3 Feb 2016 "
                "(Reuters: army, rebels and SOHR); no later loss reported until Dec 2024, drawn "
                "government by the autumn-2019 snapshot (from 19 Dec 2019: the offensive "
                "batch's period)"),)),
    Rule("fill_salamiyah", _ids("salamiyah"), (
        Span(FIRST, GAP_B[1], "government", ("syria_direct-2016-07-21-salamiya", *HOMS_POCKET),
             "Salamiya city in the 'regime-held east Hama countryside' (Syria Direct, Jul 2016), "
             "where villagers fled from IS attacks; no change reported, drawn government by "
             "the 2019 and 2020 snapshots"),)),
    Rule("fill_uqayribat", _ids("uqayribat"), (
        Span(FIRST, _d("2017-08-31"), UNKNOWN, ("reuters-2017-09-02-uqayribat",),
             "IS's stronghold east of Salamiyah until the army took it (Reuters, 1 Sep 2017); "
             "since when IS held it is not in the stored sources"),
        Span(_d("2017-09-01"), _d("2017-09-01"), "government",
             ("reuters-2017-09-02-uqayribat", UQAYRIBAT_RETAKEN),
             "taken by the army on 1 Sep 2017 (Hezbollah's media unit and SOHR via Reuters); lost "
             "again at a day not reported and retaken by 15 Sep (SOHR, review h-rev19)"),
        Span(_d("2017-09-02"), _d("2017-09-14"), UNKNOWN,
             ("reuters-2017-09-02-uqayribat", UQAYRIBAT_RETAKEN),
             "government or IS: the army took the town on 1 Sep 2017 (Reuters) and 'took control "
             "again of the town of Uqayribat' and of positions 'it had lost' in the 48 hours "
             "before Friday 15 Sep (SOHR, Arabic: opposition-aligned monitor); the day of the loss "
             "is not reported (review h-rev19: was the army's from 1 Sep without a break)"),
        Span(_d("2017-09-15"), GAP_B[1], "government",
             ("reuters-2017-09-02-uqayribat", UQAYRIBAT_RETAKEN, IS_HAMA_POCKET),
             "retaken by the army in the 48 hours before Friday 15 Sep 2017 after a loss not "
             "dated (SOHR, Arabic; first taken on 1 Sep, Reuters); no later loss reported, drawn "
             "government by the 2019 and 2020 snapshots"),)),
    Rule("fill_resafa", _ids("resafa"), (
        Span(FIRST, _d("2017-06-18"), "isis", RAQQA_DESERT,
             "IS-held until the army's advance from the Aleppo border (SOHR, Jun 2017)"),
        Span(_d("2017-06-19"), GAP_B[1], "government", ("sohr-2017-06-19-resafa",
             "rferl-2017-11-19-albu-kamal"),
             "the army took Resafa from IS 'hours' before SOHR's report of 19 Jun 2017 (first "
             "date confirmed); no later loss reported, drawn government by the 2019 and 2020 "
             "snapshots"),)),
    Rule("fill_minakh_airbase", _ids("minakh_airbase"), (
        Span(FIRST, _d("2018-03-27"), UNKNOWN, ("al_monitor-2018-03-27-tal-rifaat",),
             "the YPG's hold on Menagh airbase is first dated in the Tell Rifaat reports of "
             "Mar 2018 and 2019; not stored before"),
        Span(_d("2018-03-28"), WINDOWS[0][1], "sdf",
             ("anadolu-2019-03-tal-rifaat-patrols", "rudaw-2018-03-29-tal-rifaat"),
             "the YPG held the town and Menagh airbase (Anadolu, Mar 2019: Turkish state media, "
             "a single low-grade claim) after pro-government fighters returned to Tell Rifaat "
             "(28 Mar 2018, Rudaw); the army's presence at the base is not stored"),
        Span(GAP_B[0], GAP_B[1], UNKNOWN, ("anadolu-2019-03-tal-rifaat-patrols",),
             "SDF with the army in both snapshots (18 Dec 2019, 6 Mar 2020); no source dated in "
             "the weeks between is stored"),)),
    Rule("fill_latakia_airports",
         _ids("latakia_international_airport", "russian_helicopter_base"), (
        Span(FIRST, LAST, "government", (*LATAKIA, *FROZEN),
             "in the 'regime-held province' with rebels only in the eastern Jebel Akrad (The New "
             "Arab, Jan 2018), which names the Russian base at Hmeimim; as g2016_latakia_coast "
             "(continuity before 2018 inferred); Russian forces present, not modelled as "
             "shared"),)),
    Rule("fill_kesab_crossing", _ids("bab_al_kasab_border_crossing"), (
        Span(FIRST, LAST, "government", (*LATAKIA, *FROZEN),
             "Latakia district on the Turkish border, in the 'regime-held province' (The New "
             "Arab, Jan 2018), as g2016_latakia_coast; outside every snapshot zone (it lies on "
             "the border line), so no snapshot row covers it"),)),
    Rule("fill_kuweires", _ids("kuweires_airbase"), (
        Span(FIRST, GAP_B[1], "government", ("reuters-2015-11-10-kweires",
             "xinhua-2017-06-04-maskanah"),
             "the army held the base through IS's siege of 2013-15, broken on 10 Nov 2015 (state "
             "TV and SOHR via Reuters); no later loss reported, drawn government by the 2019 and "
             "2020 snapshots (h-gaps)"),)),
    Rule("fill_jirah", _ids("jirah_airbase"), (
        Span(FIRST, _d("2017-03-07"), "isis", ("afp-2017-03-07-jirah-airbase",),
             "'the airport remains in the hands of the jihadists, who seized the facility in "
             "January 2014' (SOHR via AFP, 7 Mar 2017); held by IS before (continuity inferred)"),
        Span(_d("2017-03-08"), _d("2017-06-03"), UNKNOWN, ("afp-2017-03-07-jirah-airbase",
             *EAST_ALEPPO_GOV),
             "the day the army took the base from IS is not in the stored sources"),
        *EAST_ALEPPO_MILITARY[1:])),
    Rule("fill_tell_rifaat_afrin", _in({"Afrin"}, {"sdf_government"}), (
        Span(FIRST, GAP_B[1], UNKNOWN,
             ("anadolu-2019-03-tal-rifaat-patrols", "al_monitor-2018-03-27-tal-rifaat"),
             "Afrin-district village in the Tell Rifaat pocket: the pocket's SDF-government "
             "arrangement is sourced for the town (g2016_tell_rifaat_pocket covers the Azaz "
             "district); for these villages no dated source is stored"),)),
    Rule("fill_north_aleppo_edges", _ids("atmeh_border_crossing", "sewarxa"), (
        Span(FIRST, GAP_B[1], UNKNOWN, ("newarab-2019-01-10-hts-takes-idlib",
             "al_monitor-2018-03-27-tal-rifaat"),
             "left out of the 2016-2024 groups: the Atmeh crossing lies on the estimated HTS/SNA "
             "line, Sewarxa on the SNA side next to the Tell Rifaat pocket; no dated source "
             "says who held either"),)),
    Rule("fill_soran", _ids("suran_hama"), (
        Span(FIRST, _d("2016-08-30"), "government", ("al_arabiya-2016-09-01-soran",),
             "in the 'swathe of government-held land' north of Hama the rebels attacked from 29 "
             "Aug 2016 (Al Arabiya)"),
        Span(_d("2016-08-31"), _d("2016-09-28"), "opposition",
             ("al_arabiya-2016-09-01-soran", "newarab-2016-09-01-rebels-close-hama",
              "reuters-2016-soran-retaken"),
             "taken 'completely' on 31 Aug 2016 (Jund al-Aqsa, confirmed by SOHR; The New Arab: "
             "FSA, Jaish al-Fatah and Jund al-Aqsa); held until the army's autumn recapture "
             "(Reuters: 'on Thursday', not before 29 Sep 2016)"),
        Span(_d("2016-09-29"), _d("2017-04-15"), UNKNOWN,
             ("reuters-2016-soran-retaken", "rferl-2017-04-16-soran"),
             "retaken by the army in the autumn of 2016 (Reuters, day not known here) and lost "
             "again in the rebel offensive of March 2017 (RFE/RL); the days are not stored"),
        Span(_d("2017-04-16"), GAP_B[1], "government",
             ("rferl-2017-04-16-soran", *HOMS_POCKET, NORTH_HAMA_2019),
             "retaken on 16 Apr 2017 (RFE/RL citing Reuters and ARA News); no later loss "
             "reported, drawn government by the 2019 and 2020 snapshots"),)),
    Rule("fill_halfaya", _ids("halfaya"), (
        Span(FIRST, _d("2016-08-28"), "government", ("al_arabiya-2016-09-01-soran",),
             "in the 'swathe of government-held land' the rebels attacked from 29 Aug 2016"),
        Span(_d("2016-08-29"), _d("2016-09-01"), "opposition",
             ("reuters-2016-08-30-hama-offensive", "newarab-2016-09-01-rebels-close-hama"),
             "taken by Jund al-Aqsa and FSA brigades on 29 Aug 2016 (Reuters); the rebels "
             "pressed on to Mhardeh's outskirts (The New Arab, 1 Sep)"),
        Span(_d("2016-09-02"), OFFENSIVE_2019 - timedelta(days=1), UNKNOWN,
             ("rferl-2017-04-16-soran", "xinhua-2018-05-16-homs-rebels-evacuated"),
             "on the north Hama front: the day the army retook it is not in the stored sources "
             "(from 30 Apr 2019: the offensive batch)"),)),
    Rule("fill_suqaylabiyah", _ids("suqaylabiyah"), (
        Span(FIRST, OFFENSIVE_2019 - timedelta(days=1), "government",
             ("aranews-2015-12-sqelbiya-maharda",),
             "'regime-held' Christian town shelled by rebels (ARA News, Dec 2015), as Mhardeh; no "
             "loss reported before the 2019 offensive (from 30 Apr 2019: the offensive batch)"),)),
    # the Houla plain's Aqrab (Masyaf district), in the rebels' pocket until May 2018 (h-ar2)
    Rule("fill_aqrab_houla_pocket", _ids("aqrab"), (
        Span(FIRST, _d("2018-05-15"), "opposition", ("enab_baladi-2015-12-27-talaf-school",
             "rozana-2017-10-05-talaf-aqrab-aid", HOMS_POCKET[0]),
             "'Talaf, with the villages of Aqrab and Harbnafsah', 'subject to the opposition's "
             "control' (Enab Baladi, 27 Dec 2015); a UN convoy entered Talaf and Aqrab, 'towns "
             "subject to the control of opposition factions', on 4 Oct 2017 (Radio Rozana); the "
             "last rebels left the northern Homs / southern Hama pocket on 16 May 2018 (Xinhua): "
             "held by the factions between the reports (continuity inferred; factions not named)"),
        Span(_d("2018-05-16"), GAP_B[1], "government", HOMS_POCKET,
             "the pocket evacuated on 16 May 2018 (Xinhua; The New Arab); no later loss "
             "reported, drawn government by the 2019 and 2020 snapshots"),)),
    # regions
    Rule("fill_masyaf_district", _in({"Masyaf"}, {"government"}), (
        Span(FIRST, GAP_B[1], "government", ("syria_direct-2015-11-18-masyaf",
             "sohr-2017-hama-west-dimo-asilah", *HOMS_POCKET),
             "region-level: Masyaf 'under the complete control of the Syrian regime' and "
             "'surrounded by Alawite territory' (Syria Direct, Nov 2015); Dimo and Asilah "
             "'controlled by the regime forces' (SOHR, 2017); no front in the district reported, "
             "drawn government by the 2019 and 2020 snapshots; not sourced per village"),)),
    Rule("fill_hama_near_morek", _ids("buwaydah_hama_2", "blue_factory"), (
        Span(FIRST, _d("2019-08-22"), UNKNOWN, (*HAMA_2016_17, NORTH_HAMA_2019),
             "Hama-district place within 5 km of the towns the rebels held until Aug 2019 "
             "(Latamneh, Lahaya, Morek: AP); which side held it is not stored"),
        Span(_d("2019-08-23"), GAP_B[1], "government", (NORTH_HAMA_2019,),
             "the army in control of 'the entire northern Hama countryside' (SOHR via AP, 23 Aug "
             "2019); drawn government by the autumn-2019 and 2020 snapshots"),)),
    Rule("fill_hama_region", _in({"Al-Salamiyah", "Hama"}, {"government"}),
         HAMA_REGION),
    Rule("fill_north_hama", _in({"Mhardeh", "Al-Suqaylabiyah"}, {"government"}), NORTH_HAMA),
    Rule("fill_raqqa_desert", _ids("al_sab"), RAQQA_AL_SAB),  # h-rev12: named on 3 Jun 2017
    Rule("fill_raqqa_desert", _in({"Al-Thawrah", "Ar-Raqqah"}, {"government"}, military=False),
         RAQQA),
    Rule("fill_deir_ez_zor_military", _in({"Abu Kamal", "Deir ez-Zor", "Mayadin"},
         {"government"}, military=True), DEIR_MILITARY),
    Rule("fill_aleppo_south", _ids("al_qarassi", "al_huwayz"), ALEPPO_SOUTH_QARASSI),  # h-rev32
    Rule("fill_aleppo_south", _ids("sabiqiyah"), ALEPPO_SOUTH_SABIQIYAH),  # h-rev43
    Rule("fill_aleppo_south", _in({"Mount Simeon"}, {"government"}), ALEPPO_SOUTH),
    Rule("fill_azaz_government", _in({"Azaz"}, {"government"}), (
        _span_a("unknown", ("reuters-2016-02-03-nubl-zahraa",),
                "north of Aleppo round Nubl and al-Zahraa, which the army reached on 3 Feb 2016 "
                "(Reuters); who held each of these villages and sites is not stored (from 19 Dec "
                "2019: the offensive batch's period)"),)),
    Rule("fill_idlib_pre_offensive", _in({"Maarrat al-Nu'man", "Idlib", "Jisr al-Shughur"},
         {"government"}), (
        Span(FIRST, OFFENSIVE_2019 - timedelta(days=1), UNKNOWN,
             ("newarab-2019-01-10-hts-takes-idlib",),
             "south-eastern Idlib: places the army held by Oct 2019, taken in Jan-Feb 2018 (Abu "
             "al-Duhur) or in the 2019 offensive; which side held each before is not stored "
             "(from 30 Apr 2019: the offensive batch)"),)),
    Rule("fill_idlib_hts_sites", _in({"Idlib", "Mount Simeon"}, {"hts"}), (
        _span_a("unknown", ("newarab-2019-01-10-hts-takes-idlib",),
                "military site or village on the HTS-led side in Oct 2019 that no group row "
                "covers (military sites are never group members); its holder is not stored"),)),
    Rule("fill_latakia_front", _in({"Al-Haffah"}, {"government"}), (
        Span(FIRST, GAP_B[1], UNKNOWN, LATAKIA,
             "al-Haffah village within 5 km of the Jebel Akrad front, where the source puts the "
             "rebels (The New Arab, Jan 2018); which side held it is not stored"),)),
    Rule("fill_sdf_military", lambda p, s: p.kind in MILITARY and s in {"sdf", "sna"}, (
        Span(FIRST, GAP_B[1], UNKNOWN, ("afp-2018-12-12-east-of-euphrates",),
             "military site inside the SDF (or, from Oct 2019, Turkish-backed) area; who "
             "garrisoned it is not in the stored sources (several government posts remained "
             "inside SDF areas; US-led coalition forces used some sites)"),)),
    Rule("fill_northeast_between_snapshots",
         lambda p, s: s in {"sdf", "sna"} and p.admin1 in {"Al-Hasakah", "Aleppo", "Raqqa",
                                                            "Deir ez-Zor"}, (
        Span(GAP_B[0], GAP_B[1], UNKNOWN, NE_BETWEEN,
             "both snapshots (18 Dec 2019 and 6 Mar 2020) draw the place on the same side; no "
             "source dated in the weeks between is stored (fighting went on round Tell Tamr and "
             "Ain Issa after the Sochi memorandum; SOHR, Feb 2020)"),)),
)  # fmt: skip

#: Places and days another batch dates (TEAM.md: s-daily): no fill rows there.
OWNED_ELSEWHERE = {
    "fill_nubl_zahraa": GAP_B[0],
    "fill_north_hama": GAP_B[0],
    "fill_aleppo_south": GAP_B[0],
    "fill_azaz_government": GAP_B[0],
    "fill_idlib_pre_offensive": GAP_B[0],
    "fill_idlib_hts_sites": GAP_B[0],
}
