"""Rules for the Dec 2019 - Mar 2020 window between the autumn-2019 and March-2020 snapshots
(issue #15, h-dec2019): days the daily batch (``[daily 2019-20]`` rows of
``records/2016-2024.csv``) and the earlier modules (_idlib20, _ne3, _ne2020) leave as gaps,
answered from Arabic-language reports that date a village's capture.

South of Maarat al-Numan, west of the M5: Kafr Basin was taken with Babulin before the army took
Jarjanaz on the evening of Monday 23 Dec 2019 (Radio Rozana, 24 Dec); Hish, Muqah and al-Amudiyah
on Friday 31 Jan 2020, the army then close to the Turkish post of Maar Hitat (Al-Araby al-Jadeed;
Shaam for Hish, after fighting on the Hish front on 29 Jan: Al-Modon). East of Saraqib, Tell
Touqan at dawn on Wednesday 5 Feb 2020, its Turkish post encircled (Baladi News; Shaam). A rebel
hold before a capture is continuity from the snapshot of 18 Dec 2019 and says so in its note, as
the batch's own rows do. Sources in ``sources/2016-2019-dec2019.toml`` and earlier files.
`tools/regions_2016_2018_rules.py` adds ``DEC2019`` at the end of ``RULES``, so these answer only
the days earlier rules leave. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

__all__ = ["DEC2019"]

DAILY = "daily 2019-20"  # the tag of the daily batch's unknown rows
OFFENSIVE_PAUSE = day("2019-12-24")  # the batch's gaps of these places start here
HTS_AREA = "newarab-2019-01-10-hts-takes-idlib"  # the HTS-NLF deal of 10 Jan 2019
SANA_29_JAN = "sana-2020-01-29-general-command-maarat"

# --- south of Maarat al-Numan, west of the M5 ------------------------------------------------
ROZANA_24_DEC = "rozana-2019-12-24-jarjanaz-kafr-basin"
ARABY_31_JAN = "the_new_arab-2020-01-31-hish-muqah-amudiyah"
SHAAM_31_JAN = "shaam_news-2020-01-31-hish"
MODON_29_JAN = "almodon-2020-01-29-hish-front"

KAFR_BASIN_NOTE = (
    "Radio Rozana (opposition-leaning, 24 Dec 2019): regime forces took Jarjanaz on the evening "
    "of Monday 23 Dec and Tell Mannas, 'after taking earlier the two towns of Babulin and Kafr "
    "Basin in the southern Idlib countryside', coming closer to the Turkish observation post at "
    "Maar Hitat (translated); among the villages the regime pushed into Maarat al-Numan from on "
    "28 Jan 2020 (Baladi News, 29 Jan) and in the army General Command's list of 29 Jan (SANA, "
    "party claim): held by the army between the reports (continuity inferred; no rebel return "
    "reported). SOHR's list of the 31 areas taken by 23 Dec does not name it, so the earlier "
    "answer for 19 - 23 Dec (rebel-held) is left as it stands: Rozana does not give the day"
)
SOUTH_OF_MAARAT_HELD_NOTE = (
    "rebel-held until the capture of Friday 31 Jan 2020 (Al-Araby al-Jadeed: regime forces took "
    "'Kafr Mazda, Jabala, Muqah, al-Amudiyah and Hish south of Maarat al-Numan, west of the "
    "Aleppo - Damascus international road' and came close to the Turkish post at Maar Hitat, "
    "translated); on 29 Jan, the day after Maarat al-Numan fell, 'violent clashes' ran 'on the "
    "Hish front' as the army tried to advance there (Al-Modon); held since the HTS-led area of "
    "the snapshot of 18 Dec 2019: continuity inferred, no earlier change reported"
)
SOUTH_OF_MAARAT_TAKEN_NOTE = (
    "taken on Friday 31 Jan 2020: regime forces with Iranian militias and Russian air support "
    "'took the towns of Kafr Mazda, Jabala, Muqah, al-Amudiyah and Hish south of Maarat al-"
    "Numan, west of the Aleppo - Damascus international road' (Al-Araby al-Jadeed, translated); "
    "Shaam (opposition network, party-side) has the army enter Hish that Friday 'after violent "
    "battles on several axes' with the factions stationed there; no rebel return reported before "
    "the batch's government answer from 27 Feb: continuity inferred"
)
AMUDIYAH_NOTE = (
    "rebel-held until the army's push on Maarat al-Numan resumed (Deir Sharqi and Deir Gharbi, 24 "
    "Jan 2020: SOHR via The New Arab, the rule of _idlib20): held since the HTS-led area of the "
    "snapshot of 18 Dec 2019 (continuity inferred). The day of its capture is disputed: the army "
    "General Command named it on 29 Jan among places taken 'during the past few days' (SANA, "
    "party claim), Al-Araby al-Jadeed has regime forces take it with Hish and Muqah on Friday 31 "
    "Jan; 24 - 28 Jan stays a gap"
)

# --- Tell Touqan, east of Saraqib ---------------------------------------------------------------
BALADI_5_FEB = "baladi_news-2020-02-05-tell-touqan"
SHAAM_5_FEB = "shaam_news-2020-02-05-tell-touqan-saraqib"
TELL_TOUQAN_HELD_NOTE = (
    "rebel-held until the capture of Wednesday 5 Feb 2020 (Baladi News: taken 'at dawn today, "
    "Wednesday' after violent clashes with the opposition factions, translated); held since the "
    "HTS-led area of the snapshot of 18 Dec 2019: continuity inferred, no earlier change reported"
)
TELL_TOUQAN_TAKEN_NOTE = (
    "taken at dawn on Wednesday 5 Feb 2020: regime forces with Russian air support 'were able to "
    "take the village of Tell al-Tukan in the eastern Idlib countryside' after violent clashes "
    "with the opposition factions and encircled the fifth Turkish observation post, beside it, "
    "from all sides (Baladi News, translated); Shaam (opposition network, party-side) the same "
    "day: the factions withdrew from villages east of Saraqib 'for fear of being besieged', "
    "letting the regime take Tell al-Tukan; the batch's government answer follows from 9 Feb "
    "(the army's list relayed by Al-Manar): continuity inferred between"
)


# --- the villages round Maarat al-Numan taken before the city fell (28 Jan 2020) ---------------
BALADI_29_JAN = "baladi_news-2020-01-29-how-maarat-fell"
RFERL_26_JAN = "rferl-2020-01-26-maaret-outskirts"
MAARAT_RING_NOTE = (
    "taken by Tuesday 28 Jan 2020, when the army took Maarat al-Numan: Baladi News (29 Jan) names "
    "it among the villages 'adjoining the city' the regime had taken 'during the past few days' "
    "and pushed into the city from (Maar Hitat, Sahyan, Ayn Qari', Basida, Kafr Basin, Babulin "
    "...), the M5 cut 'from the village of Maar Hitat' to the end of the city before it fell "
    "(translated); the army General Command's list of 29 Jan names Sahyan, 'Ayn Krea' and "
    "'Bsida' (SANA, party claim); no rebel return reported before the batch's government answer "
    "(continuity inferred). The day each was taken, after the push resumed on 24 Jan, stays a "
    "gap{}"
)
BASIDA = (
    ": the gazetteer's 'Dar Basidah', 6 km south of the city by Maar Hitat, is taken to be the "
    "reports' Basida / Bsida (identified by name and place, not by coordinates in a report)"
)
AYN_QARI_HELD_NOTE = (
    "region-level: Ayn Qari', the checkpoint 2 km south of Maarat al-Numan; the army's push on "
    "the city resumed on 24 Jan 2020 (Deir Sharqi and Deir Gharbi: SOHR via The New Arab) and "
    "reached its outskirts, from the south and east, only on 26 Jan (RFE/RL citing SOHR); held "
    "since the HTS-led area of the snapshot of 18 Dec 2019: continuity inferred to 23 Jan"
)


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


DEC2019: tuple[RegionRule, ...] = (
    RegionRule("dec2019_kafr_basin_taken", DAILY, _ids("kafr_bissin_maarrat_al_numan"), (
        Span(OFFENSIVE_PAUSE, day("2020-01-28"), "government",
             (ROZANA_24_DEC, "baladi_news-2020-01-29-how-maarat-fell", SANA_29_JAN),
             KAFR_BASIN_NOTE),
    )),
    RegionRule("dec2019_hish_muqah", DAILY, _ids("hish", "muqah"), (
        Span(OFFENSIVE_PAUSE, day("2020-01-30"), "hts",
             (ARABY_31_JAN, MODON_29_JAN, HTS_AREA), SOUTH_OF_MAARAT_HELD_NOTE),
        Span(day("2020-01-31"), day("2020-02-26"), "government", (ARABY_31_JAN, SHAAM_31_JAN),
             SOUTH_OF_MAARAT_TAKEN_NOTE),
    )),
    RegionRule("dec2019_amudiyah", DAILY, _ids("al_amudiyah"), (
        Span(OFFENSIVE_PAUSE, day("2020-01-23"), "hts",
             ("newarab-2020-01-25-deir-sharqi-gharbi", ARABY_31_JAN, SANA_29_JAN, HTS_AREA),
             AMUDIYAH_NOTE),
    )),
    RegionRule("dec2019_tell_touqan", DAILY, _ids("tell_touqan"), (
        Span(OFFENSIVE_PAUSE, day("2020-02-04"), "hts", (BALADI_5_FEB, HTS_AREA),
             TELL_TOUQAN_HELD_NOTE),
        Span(day("2020-02-05"), day("2020-02-08"), "government",
             (BALADI_5_FEB, SHAAM_5_FEB, "al_manar-2020-02-09-937180"), TELL_TOUQAN_TAKEN_NOTE),
    )),
    RegionRule("dec2019_maarat_ring_by_28_jan", DAILY,
               _ids("maar_hitat", "ayn_qari_checkpoint", "sahyan"), (
        Span(day("2020-01-28"), day("2020-02-26"), "government", (BALADI_29_JAN, SANA_29_JAN),
             MAARAT_RING_NOTE.format("")),
    )),
    RegionRule("dec2019_basida_by_28_jan", DAILY, _ids("dar_basidah"), (
        Span(day("2020-01-28"), day("2020-02-26"), "government", (BALADI_29_JAN, SANA_29_JAN),
             MAARAT_RING_NOTE.format(BASIDA)),
    )),
    RegionRule("dec2019_ayn_qari_to_23_jan", DAILY, _ids("ayn_qari_checkpoint"), (
        Span(OFFENSIVE_PAUSE, day("2020-01-23"), "hts",
             ("newarab-2020-01-25-deir-sharqi-gharbi", RFERL_26_JAN, BALADI_29_JAN, HTS_AREA),
             AYN_QARI_HELD_NOTE),
    )),
    RegionRule("dec2019_buraysah_20_dec", DAILY, _ids("al_buraysah"), (
        Span(day("2019-12-20"), day("2019-12-22"), "government",
             ("sana-2019-12-20-um-jalal-bresa", "sohr-2019-12-23-31-areas"),
             "party claim: the army 'on Friday cleared' Um Jalal, Rabe'a, Khreibah, Barnan, Um "
             "Twineh, al-Fariha, 'Bresa' (al-Buraysah, by name and place) and other villages of "
             "the south-eastern Idlib countryside (SANA, 20 Dec 2019); SOHR lists it among the "
             "areas taken since 19 Dec (23 Dec, the batch's government answer from that day): "
             "no rebel return reported between "
             "(continuity inferred). 19 Dec, the offensive's first day, stays a gap"),
    )),
    RegionRule("dec2019_tahtaya_22_dec", DAILY, _ids("tahtaya"), (
        Span(day("2019-12-22"), day("2019-12-22"), "government",
             ("sana-2019-12-22-tehh-tahtaya", "al_manar-2019-12-23-tah-liberated"),
             "party claim: 'earlier in the day' on which the army took al-Tah (Sunday 22 Dec "
             "2019: Shaam; SANA via Al-Manar), army units 'cleared the villages and farms of al-"
             "Hraki, al-Qrati, al-Burj, Tal al-Homsi, Tahtaya, and Farwan' east of Maarat al-Numan "
             "(SANA): taken that day; the batch's government answer follows from 23 Dec. 19 - 21 "
             "Dec stay a gap"),
    )),
    RegionRule("dec2019_tah_22_dec", DAILY, _ids("al_tah"), (
        Span(day("2019-12-22"), day("2019-12-22"), "government",
             ("shaam_news-2019-12-22-tah-sarman", "al_manar-2019-12-23-tah-liberated"),
             "taken on Sunday 22 Dec 2019: the regime, Russian and allied forces tightened their "
             "control over the strategic town of al-Tah 'today, Sunday' after violent battles "
             "(Shaam, opposition network, translated); the army liberated 'the strategic town of "
             "al-Tehh' on Sunday (SANA via Al-Manar, 23 Dec: party claim); the batch's government "
             "answer follows from 23 Dec. 19 - 21 Dec stay a gap (a minor outlet has the town "
             "taken on Saturday 21 Dec)"),
    )),
)  # fmt: skip
