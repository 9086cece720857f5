"""Region rules for the 2019 north Hama / south Idlib offensive, day by day (issue #15, h-hama19).

Villages of the offensive (30 Apr - 31 Aug 2019) whose later days the earlier batches left as
stored gaps, answered from the day a dated report puts them on the army's side (sources in
``sources/2019-hama19.toml``). Each answer runs to the eve of the autumn-2019 snapshot, which
draws them government-held, with no loss reported in between (continuity inferred, said in the
note). Days before the first confirmed day stay gaps. ``RULES`` in
`tools/regions_2016_2018_rules.py` adds ``HAMA19`` last. Build-time tooling, not shipped.
"""

from __future__ import annotations

from geodata.control.model import Locality
from tools.regions_2016_2018_model import RegionRule, Span, Where, day
from tools.regions_2016_2018_rules_ghab import SNAPSHOT_EVE
from tools.regions_2016_2018_rules_hama import NORTH_HAMA
from tools.regions_2016_2018_rules_hama3_front import NORTH_HAMA_UNDATED

#: the block of the offensive batch's own rows (``[daily 2019] ...`` in records/2016-2024.csv)
DAILY_2019 = "daily 2019"
SOUTHEAST_UNDATED = "fill_idlib_southeast_before_2017_undated"
WEST_UNDATED = "fill_idlib_west_2019_undated"
HALFAYA_UNDATED = "fill_halfaya_undated"

# --- Jibeen (Jubbayn), north of Mhardeh: retaken with Tal Maleh on Monday 29 Jul 2019 ----------
JIBEEN_SOURCES = (
    "ap-2019-07-29-tal-malah-jibeen",
    "newarab-2019-07-29-jibeen-tal-maleh",
    "mee-2019-07-29-tal-maleh",
    "ap-2019-08-23-northern-hama",
)
JIBEEN_NOTE = (
    "Jibeen came 'under regime control overnight' with Tal Maleh (SOHR via The New Arab and MEE); "
    "Syria's Central Military Media: captured 'on Monday' 29 Jul 2019 (AP; SOHR: after the "
    "militant groups withdrew); by 23 Aug the army held 'the entire northern Hama countryside' "
    "(SOHR via AP); no later loss reported, drawn government by the autumn-2019 snapshot "
    "(continuity inferred)"
)

# --- south Idlib east of Khan Shaykhun: the last gains before the ceasefire of 31 Aug 2019 -------
TAMANAH_SOURCES = (
    "syria_times-2019-08-30-tamanaa-ceasefire",
    "reuters-2019-08-30-khwain-tamanah-farms",
)
TAMANAH_NOTE = (
    "party claim: a military source (SANA via the state-owned Syria Times) announced the ceasefire "
    "of 31 Aug 2019 'after the Syrian army's recapture of the strategic Taman'aa town'; opposition "
    "sources, army defectors and residents told Reuters on Friday 30 Aug that the alliance took "
    "'Khwain, Zarzoor and Tamanah farms' (the town itself not named): counted from 30 Aug, the "
    "first confirmed day; 27-29 Aug stay a gap; no later loss reported, drawn government by the "
    "autumn-2019 snapshot (continuity inferred)"
)
KHWAIN_SOURCES = ("reuters-2019-08-30-khwain-tamanah-farms",
                  "syria_times-2019-08-30-tamanaa-ceasefire")  # fmt: skip
KHWAIN_NOTE = (
    "opposition sources, army defectors and residents on Friday 30 Aug 2019: 'The Russian-led "
    "alliance took the town of Khwain, Zarzoor and Tamanah farms in southern Idlib', the first "
    "gains since the Hama pocket fell the week before (Reuters); the day it was taken is not "
    "given: counted from 30 Aug; the days of the offensive before it stay a gap; no later loss "
    "reported (the army announced the ceasefire of 31 Aug after taking al-Tamanah, SANA via Syria "
    "Times, a party claim), drawn government by the autumn-2019 snapshot (continuity inferred)"
)

# --- Jabriya (AP's 'Jabrieh'), west of Kafr Nabudah: taken on Monday 13 May 2019 ----------------
JABRIYA_SOURCES = ("ap-2019-05-13-five-villages-idlib-edge", "ap-2019-05-22-kafr-nabuda-recaptured")
JABRIYA_NOTE = (
    "party claim reported by AP: the government's Syrian Central Military Media said troops "
    "captured 'Hawash, Jabrieh, Tawbeh, Sheikh Idriss, Jub Suleiman' on the southern edge of "
    "Idlib on Monday 13 May 2019, near Kafr Nabudah (no independent confirmation in the report); "
    "counted to 21 May: the rebels re-entered Kafr Nabudah, 4 km east, on the night to 22 May "
    "(AP), and the later days are not sourced here (as al-Bani, h-hama3)"
)
JABRIYA_BEFORE_SOURCES = ("newarab-2019-01-10-hts-takes-idlib",
                          "ap-2019-05-13-five-villages-idlib-edge")  # fmt: skip
JABRIYA_BEFORE_NOTE = (
    "on the insurgents' side until the army captured it on Monday 13 May 2019 (Syrian Central "
    "Military Media via AP); the HTS-NLF deal of 10 Jan 2019 put the Salvation Government in "
    "charge of all rebel areas (The New Arab): held by HTS between the two reports (inferred "
    "continuity; factions per village not sourced)"
)

# --- west of Khan Shaykhun: 'Khirbet Morshed, Kfar Eyn', captured early Wednesday 14 Aug 2019 -----
WEST_OF_KHAN_SHAYKHUN = ("kafr_ayn", "khirbat_murshid")
AUG_14_SOURCES = ("ap-2019-08-14-five-villages-west-of-khan-sheikhoun",
                  "ap-2019-08-23-northern-hama")  # fmt: skip
AUG_14_NOTE = (
    "captured 'early Wednesday' 14 Aug 2019 with Tel Aas, Um Zeitoun and Mantar, putting the "
    "troops 5 km west of Khan Shaykhun (opposition activists and state media via AP); the army "
    "took Khan Shaykhun on 21 Aug and the north Hama pocket on 23 Aug (SOHR via AP); no later loss "
    "reported, drawn government by the autumn-2019 snapshot (continuity inferred)"
)
BEFORE_14_AUG_SOURCES = ("newarab-2019-01-10-hts-takes-idlib",
                         "ap-2019-08-14-five-villages-west-of-khan-sheikhoun")  # fmt: skip
BEFORE_14_AUG_NOTE = (
    "on the insurgents' side until the army captured it early on Wednesday 14 Aug 2019 "
    "(opposition activists and state media via AP); the HTS-NLF deal of 10 Jan 2019 put the "
    "Salvation Government in charge of all rebel areas (The New Arab): held by HTS between the two "
    "reports (inferred continuity; factions per village not sourced)"
)

# --- Sukayk, on the Idlib side of the provincial line: rebel-held until the army's August push ---
SUKAYK_SOURCES = ("newarab-2019-01-10-hts-takes-idlib", "afp-2019-08-11-al-habeet",
                  "almasdar-2019-08-12-sukayk")  # fmt: skip
SUKAYK_NOTE = (
    "on the insurgents' side: the HTS-NLF deal of 10 Jan 2019 put the Salvation Government in "
    "charge of all rebel areas (The New Arab), and SOHR called al-Habeet, taken at dawn on Sunday "
    "11 Aug 2019, 'the first town in southern Idlib to be taken by the regime since the start of "
    "the escalation' (AFP): held by HTS from the offensive's start to 9 Aug (inferred continuity; "
    "factions per village not sourced); 10-11 Aug stay a gap (al-Masdar, not evidence, has the "
    "army in Sukayk from Saturday 10 Aug; the batch has it government from 12 Aug)"
)

# --- Qasabiyah (AP's 'Qassabiyeh'), north of Kafr Nabudah: reached by the army on Monday 3 Jun --
QASABIYAH_BEFORE_NOTE = (
    "on the insurgents' side until the army reached it on Monday 3 Jun 2019 (SOHR and the "
    "Syrian Central Military Media via AP); the HTS-NLF deal of 10 Jan 2019 put the Salvation "
    "Government in charge of all rebel areas (The New Arab): held by HTS between the two reports "
    "(inferred continuity; factions per village not sourced)"
)
QASABIYAH_NOTE = (
    "SOHR: the government forces 'had reached the village of Qassabiyeh' on Monday 3 Jun 2019, "
    "and the Syrian Central Military Media 'confirmed that village's capture' (AP); the same day "
    "Jisr TV's correspondent in the Idlib countryside 'denied the regime forces' control of the "
    "village', fierce battles going on at its axes (review h-gap2020: both accounts kept, the day "
    "contested); only that day is answered here: the factions counter-attacked to regain it "
    "(SOHR, relayed by ANHA); h-gap2020 answers the army's from 21 Jul (Xinhua, SMART)"
)
QASABIYAH_SOURCES = ("newarab-2019-01-10-hts-takes-idlib", "ap-2019-06-03-qassabiyeh")

# --- al-Sayyad (Tall al-Sayyad), north of Kafr Zita: the rebels' side until the pocket fell ------
SAYYAD_SOURCES = ("stj-2018-09-mahardah-attacks", "ap-2019-08-23-northern-hama",
                  "newarab-2019-08-23-northern-hama")  # fmt: skip
SAYYAD_NOTE = (
    "among the places the regime bombarded on 7-9 Sep 2018 with Kafr Zita, al-Lataminah, "
    "al-Arbaeen and Latmeen, the armed groups retaliating on 'regime positions' in Mhardeh and "
    "al-Suqaylabiyah (STJ): on the rebels' side; the army took the pocket round Latamneh, Kafr "
    "Zita and Latmeen, 'rebel-held since 2012', on Friday 23 Aug 2019 (state TV and SOHR via AP): "
    "held by them between the two reports (continuity inferred; as al-Arbaeen, h-hama3); HTS with "
    "Jaysh al-Izza and other factions (factions per village not sourced)"
)
SAYYAD_TAKEN_NOTE = (
    "taken with the pocket round Latamneh, Kafr Zita and Latmeen on Friday 23 Aug 2019: state TV "
    "said the army completed its takeover of the northern Hama countryside, SOHR put all of it "
    "under government control (AP; The New Arab); the day is the pocket's, the village is not "
    "named in these reports; drawn government by the autumn-2019 snapshot (continuity inferred)"
)

# --- the Mhardeh district after the fall of the north Hama pocket (23 Aug 2019) ---------------
MHARDEH_ADMIN2 = "Mhardeh"
NORTH_HAMA_23_AUG_SOURCES = ("ap-2019-08-23-northern-hama", "newarab-2019-08-23-northern-hama")
NORTH_HAMA_23_AUG_NOTE = (
    "region-level: on Friday 23 Aug 2019 state TV said troops took Latamneh, Latmeen, Kfar Zeita, "
    "Lahaya and Morek, 'completing its takeover' of the northern Hama countryside, and SOHR put "
    "'the entire northern Hama countryside' under government control (AP; The New Arab): applied "
    "to this place of the Mhardeh district (Hama governorate) from that day; the Ghab (al-"
    "Suqaylabiyah district) is left out; the statement dates no change at this place, it carries "
    "the holder to the autumn-2019 snapshot, which draws it government (inferred continuity)"
)


def _in_mhardeh_district(place: Locality, _where: Where) -> bool:
    return place.admin1 == "Hama" and place.admin2 == MHARDEH_ADMIN2


def _ids(*ids: str):
    wanted = frozenset(ids)

    def matches(place: Locality, _where: Where) -> bool:
        return place.id in wanted

    return matches


HAMA19: tuple[RegionRule, ...] = (
    RegionRule("hama19_jibeen_29_jul_2019", NORTH_HAMA_UNDATED, _ids("jubbayn_mhardeh"), (
        Span(day("2019-07-29"), SNAPSHOT_EVE, "government", JIBEEN_SOURCES, JIBEEN_NOTE),
    )),
    RegionRule("hama19_tamanah_30_aug_2019", DAILY_2019, _ids("at_tamaniah"), (
        Span(day("2019-08-30"), SNAPSHOT_EVE, "government", TAMANAH_SOURCES, TAMANAH_NOTE),
    )),
    RegionRule("hama19_khwain_30_aug_2019", SOUTHEAST_UNDATED, _ids("khuwayn_al_kabir"), (
        Span(day("2019-08-30"), SNAPSHOT_EVE, "government", KHWAIN_SOURCES, KHWAIN_NOTE),
    )),
    RegionRule("hama19_jabriya_13_may_2019", WEST_UNDATED, _ids("jabriya"), (
        Span(day("2019-04-30"), day("2019-05-12"), "hts", JABRIYA_BEFORE_SOURCES,
             JABRIYA_BEFORE_NOTE),
        Span(day("2019-05-13"), day("2019-05-21"), "government", JABRIYA_SOURCES, JABRIYA_NOTE),
    )),
    RegionRule("hama19_qasabiyah_3_jun_2019", WEST_UNDATED, _ids("qasabiyah"), (
        Span(day("2019-04-30"), day("2019-06-02"), "hts", QASABIYAH_SOURCES,
             QASABIYAH_BEFORE_NOTE),
        Span(day("2019-06-03"), day("2019-06-03"), "government",
             (*QASABIYAH_SOURCES[1:], "jisr_tv-2019-06-03-qasabiyah-denial"), QASABIYAH_NOTE,
             status="contested", with_parties=("hts",)),
    )),
    *(
        RegionRule(f"hama19_{block}_sayyad_rebel_side", block, _ids("tall_al_sayyad"), (
            Span(day("2018-09-07"), day("2019-08-22"), "opposition", SAYYAD_SOURCES, SAYYAD_NOTE,
                 status="shared", with_parties=("hts",)),
            Span(day("2019-08-23"), SNAPSHOT_EVE, "government", SAYYAD_SOURCES[1:],
                 SAYYAD_TAKEN_NOTE),
        ))
        for block in (NORTH_HAMA, NORTH_HAMA_UNDATED)
    ),
    RegionRule("hama19_sukayk_before_10_aug_2019", DAILY_2019, _ids("sukayk"), (
        Span(day("2019-04-30"), day("2019-08-09"), "hts", SUKAYK_SOURCES, SUKAYK_NOTE),
    )),
    RegionRule("hama19_west_of_khan_shaykhun_14_aug_2019", WEST_UNDATED,
               _ids(*WEST_OF_KHAN_SHAYKHUN), (
        Span(day("2019-04-30"), day("2019-08-13"), "hts", BEFORE_14_AUG_SOURCES,
             BEFORE_14_AUG_NOTE),
        Span(day("2019-08-14"), SNAPSHOT_EVE, "government", AUG_14_SOURCES, AUG_14_NOTE),
    )),
    *(
        RegionRule(f"hama19_{block}_mhardeh_district_23_aug_2019", block, _in_mhardeh_district, (
            Span(day("2019-08-23"), SNAPSHOT_EVE, "government", NORTH_HAMA_23_AUG_SOURCES,
                 NORTH_HAMA_23_AUG_NOTE),
        ))
        for block in (NORTH_HAMA_UNDATED, HALFAYA_UNDATED)
    ),
)  # fmt: skip
