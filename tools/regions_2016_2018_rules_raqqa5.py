"""Region rules for the Raqqa campaign's stored gaps, a fifth batch (issue #15, h-raqqa5).

Same shape as `tools/regions_2016_2018_rules_raqqa4.py`; `tools/regions_2016_2018_rules.py` adds
``RAQQA5`` at the end of ``RULES``, so these answer only the days earlier rules leave. Three places
a dated report names: Ja'bar al-Gharbi on Lake Assad, fought over from 26 Dec 2016 (the SDF's side
had it freed on 25 - 26 Dec, Rojnews; the Syrian Press Center's local sources had the SDF still
trying to take it on 30 Dec) and the SDF's from 6 Jan 2017, when it took the Ja'bar castle 3 km
south of the village (Rojnews); Tarfawi in the third phase, taken on 20 Feb 2017 (the campaign via
Al-Hal; SMART had it besieged on 19 Feb); al-Kajla east of the city, taken on the morning of 9 Mar
2017 (a military source to SMART), shelled by IS as an SDF-held village on 1 May (SMART). Most
relay the SDF side's announcements: party claims, said so in each note. Sources in
``sources/2016-2019-raqqa5.toml``. The days before a reported capture stay gaps. Build-time
tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span, day

SDF_BLOCK = "g2016_raqqa_sdf"
ROJNEWS_6_JAN = "rojnews-2017-01-06-jabar-castle"
SPC_30_DEC = "syrian_press_center-2016-12-30-jabar-gharbiya"
SPC_6_JAN = "syrian_press_center-2017-01-06-jabar-castle"  # sources/2016-2019-rev19.toml
AL_HAL_21_FEB = "al_hal-2017-02-21-tarfawi"
SMART_19_FEB = "smart-2017-02-19-tarfawiya-besieged"
SMART_9_MAR = "smart-2017-03-09-kajla"
SMART_1_MAY = "smart-2017-05-01-kajla-shelled"
ENAB_9_APR = "enab_baladi-2017-04-09-abbad-east-of-tabqa"
AKHBAR_10_APR = "akhbar_alaan-2017-04-10-abbad"
NRT_27_MAR = "nrt-2017-03-27-sahl-al-khashab"
AP_6_JUN = "ap-2017-06-06-raqqa-battle"
#: The day before the region rule from the assault on the city (AP, 6 Jun 2017) answers.
EVE_OF_ASSAULT = day("2017-06-05")
#: The day before the operations room's statement of 16 Jan 2017 (`jaz3_west_after_phase_two_
#: statement`) answers the western countryside.
EVE_OF_STATEMENT = day("2017-01-15")
#: The day before the region rule from the road cut of 6 Mar 2017 answers the east.
EVE_OF_ROAD_CUT = day("2017-03-05")
#: The day before the rule from the fall of the last two Hamrats (24 May 2017, raqqa4) answers.
EVE_OF_LAST_HAMRATS = day("2017-05-23")
#: The day before the south bank's rule from 29 Jun 2017 (SOHR via AFP, Reuters) answers.
EVE_OF_SOUTH_BANK = day("2017-06-28")


def _ids(*ids: str):
    return lambda place, _where: place.id in ids


# --- Ja'bar al-Gharbi on Lake Assad (Dec 2016 - Jan 2017) ---------------------------------------
JABAR_GHARBI_FOUGHT_NOTE = (
    "the sources disagree: Rojnews (6 Jan 2017, party media close to the PKK: party claim) had "
    "'the villages of Ja'bar Sharqi and Gharbi' freed on 25 - 26 Dec 2016 and IS attacking them "
    "many times after, while on Friday 30 Dec the Syrian Press Center's local sources had the SDF "
    "'trying for several days to take Ja'bar al-Gharbiya, and the clashes go on' (translated): "
    "fought over (the SDF with IS) from 26 Dec to 5 Jan 2017, when the SDF broke IS's three-day "
    "attack on the two villages (Rojnews); the same Syrian Press Center wrote on Friday 6 Jan that "
    "IS had attacked 'the villages of Ja'bar Sharqi and Gharbi, which Euphrates Wrath took "
    "recently' many times in the last few days and every attack was foiled (activists; "
    "translated): the day the SDF took the village between 30 Dec and 6 Jan is not given (review "
    "h-rev21: kept contested); 10-25 Dec 2016 a gap"
)
JABAR_GHARBI_HELD_NOTE = (
    "Rojnews (party media close to the PKK: party claim; translated) reported on Friday 6 Jan "
    "2017 that the Wrath of the Euphrates fighters broke IS's attack on the two Ja'bar villages on "
    "the morning of 5 Jan and took the Ja'bar castle, '3 km south of the villages of eastern and "
    "western Ja'bar', that morning: the SDF's from 6 Jan; held to 15 Jan (continuity inferred; no "
    "IS return reported), then the operations room's statement of 16 Jan; the Syrian Press "
    "Center's activists (not party media) also had both Ja'bar villages the SDF's on 6 Jan, "
    "'taken recently', with IS's attacks on them foiled (translated; review h-rev21)"
)

# --- Tarfawi, the third phase (Feb 2017) -------------------------------------------------------
TARFAWI_NOTE = (
    "the Wrath of the Euphrates campaign's media office said on 21 Feb 2017 that its fighters "
    "captured a suicide bomber 'in the village of Tarfawi, after taking it yesterday' (20 Feb: "
    "Al-Hal, party claim; translated); on 19 Feb the SDF had said it 'besieged the village of "
    "Tarfawiya' (SMART); the gazetteer's Trifawi; held to 5 Mar (continuity inferred; no IS return "
    "reported), then the region rule from the road cut of 6 Mar; 4-19 Feb a gap"
)

# --- al-Kajla, east of the city (Mar - May 2017) -----------------------------------------------
KAJLA_NOTE = (
    "a military source in Tell Abyad told SMART on Thursday 9 Mar 2017 that IS infiltrated 'the "
    "village of al-Kajla in the eastern Raqqa countryside, which the SDF took this morning', "
    "capturing four wounded SDF fighters (translated; the day the SDF also announced the Munkhar "
    "Sharqi hill nearby, which a local source denied: the SDF's side, party claim); on Monday 1 "
    "May SMART's source had IS shelling 'the villages of al-Kajla and Munkhar Gharbi' with al-"
    "Karamah, which the SDF held: still the SDF's; held to 23 May (continuity inferred; the "
    "fighting near al-Kajla went on in March and a short IS return would not be seen), then the "
    "rule from the fall of the last two Hamrats (24 May); 4 Feb - 8 Mar a gap"
)

# --- Abbad east of al-Tabqa, south of the river (Apr - Jun 2017) -------------------------------
ABBAD_NOTE = (
    "the SDF said on Sunday 9 Apr 2017 that its fighters 'freed the village of Abbad east of "
    "al-Tabqa' (Enab Baladi, the SDF's statement: party claim; translated); a media source with "
    "the campaign said the same the next day, 'the village of Abbad, east of the village of "
    "al-Safsafah' (Akhbar Al Aan, party claim): the gazetteer's Ibad, 3.5 km east-south-east of "
    "al-Safsafah; held to 28 Jun (continuity inferred; no IS return reported; al-Tabqa fell on 10 "
    "May), then the rule for the south bank from 29 Jun; 22 Mar - 8 Apr a gap"
)

# --- Sahl al-Khashab by Suwaydiya al-Kabirah (Mar - Jun 2017) ----------------------------------
SAHL_KHASHAB_NOTE = (
    "NRT (27 Mar 2017, citing the Hawar News Agency, the SDF side's agency: party claim) reported "
    "that 'the villages of Sahel al-Khashab and Aweyj Widyan were liberated from ISIS militants "
    "on Monday' (27 Mar), 'near Swediyah al-Kabirah to the west of Raqqa': the gazetteer's Sahl "
    "al-Khashab, 3.5 km from Suwaydiya al-Kabirah ('Aweyj Widyan' is not matched with confidence "
    "to one gazetteer place and stays a gap); held to 5 Jun (continuity inferred; no IS return "
    "reported), the SDF's when its assault on the city began on 6 Jun (AP); before 27 Mar a gap"
)

RAQQA5: tuple[RegionRule, ...] = (
    RegionRule("raqqa5_jabar_gharbi_dec_2016_jan_2017", SDF_BLOCK, _ids("jabar_gharbi"), (
        Span(day("2016-12-26"), day("2017-01-05"), "sdf", (ROJNEWS_6_JAN, SPC_30_DEC, SPC_6_JAN),
             JABAR_GHARBI_FOUGHT_NOTE, status="contested", with_parties=("isis",)),
        Span(day("2017-01-06"), EVE_OF_STATEMENT, "sdf", (ROJNEWS_6_JAN, SPC_6_JAN),
             JABAR_GHARBI_HELD_NOTE),
    )),
    RegionRule("raqqa5_tarfawi_20_feb_2017", SDF_BLOCK, _ids("trifawi"), (
        Span(day("2017-02-20"), EVE_OF_ROAD_CUT, "sdf", (AL_HAL_21_FEB, SMART_19_FEB),
             TARFAWI_NOTE),
    )),
    RegionRule("raqqa5_kajla_9_mar_2017", SDF_BLOCK, _ids("al_kajla"), (
        Span(day("2017-03-09"), EVE_OF_LAST_HAMRATS, "sdf", (SMART_9_MAR, SMART_1_MAY),
             KAJLA_NOTE),
    )),
    RegionRule("raqqa5_abbad_9_apr_2017", SDF_BLOCK, _ids("ibad"), (
        Span(day("2017-04-09"), EVE_OF_SOUTH_BANK, "sdf", (ENAB_9_APR, AKHBAR_10_APR),
             ABBAD_NOTE),
    )),
    RegionRule("raqqa5_sahl_al_khashab_27_mar_2017", SDF_BLOCK, _ids("sahl_al_khashab"), (
        Span(day("2017-03-27"), EVE_OF_ASSAULT, "sdf", (NRT_27_MAR, AP_6_JUN),
             SAHL_KHASHAB_NOTE),
    )),
)  # fmt: skip
