"""Region rules for north-west Aleppo (issue #15, h-azaz): the Sherawa villages south-east of
Afrin and the Shera village of Shawarigha (Sewarxa) that Olive Branch did not take and that stayed
in the Tell Rifaat pocket, and Malikia west of Menagh before Mar 2017 (its later rows are in
``records/2016-2024.csv``, reviewed by hand: see PERIOD-2016-2024.md, "North-west Aleppo").

Sources: ``sources/2016-2019-azaz2.toml`` and the batch files. Region-level statements applied to
villages say so in their note. Build-time tooling, not shipped.
"""

from __future__ import annotations

from datetime import timedelta

from tools.regions_2016_2018_model import START, RegionRule, Span
from tools.regions_2016_2018_model import day as _d

__all__ = ["AFRIN_SITES", "AZAZ2", "EAST_OF_THE_CITY", "HASS_PUSH", "SHAHBA_EDGE", "SHERAWA_POCKET"]

#: Afrin-district (Sherawa) villages the 2019 and 2020-24 snapshots draw in the Tell Rifaat pocket.
#: Cilbire and Baselhaya (Basile), which the snapshots also draw in it, were on the Turkish-held
#: side (ANF; Afrin Post, Mar 2023): their rows from 18 Mar 2018 are in ``records/2016-2024.csv``
#: (review h-rev4, PERIOD-2016-2024.md).
SHERAWA_POCKET = {"soxaneke", "aqiba", "ibina"}
#: Afrin fell on 18 Mar 2018 (EFE, DW): from then on the pocket's line is the one Olive Branch left.
AFRIN_FELL = _d("2018-03-18")
AUTUMN_2019 = _d("2019-10-22")  # the eve of the first snapshot
BETWEEN = (_d("2019-12-19"), _d("2020-03-05"))  # the weeks between the snapshots
SHARED = ("government",)

POCKET_SOURCES = ("north_press-2022-02-22-afrin-idps-sherawa",
                  "sohr-2020-sherawa-shera-kurdish-held", "efe-2018-03-18-afrin-city",
                  "rudaw-2018-03-29-tal-rifaat")  # fmt: skip
POCKET_NOTE = (
    "region-level: a Sherawa village south-east of Afrin that the 2019 and 2020-24 snapshots draw "
    "in the Tell Rifaat pocket: after Afrin fell on 18 Mar 2018 (EFE) 'Turkey did not manage to "
    "seize several villages in Sherawa district including Soghana, Aqiba, Ziyara' (North Press, "
    "looking back in Feb 2022); SOHR (2020) puts Aqiba and Soghanka 'within areas held by Kurdish "
    "forces', in a countryside 'under the control of regime and Kurdish forces'; pro-government "
    "fighters were in Tell Rifaat from 28 Mar 2018 (AFP video via Rudaw), so shared with the "
    "government as the pocket's other villages; the villages not named are answered with them; "
    "continuity inferred between Mar 2018 and the autumn-2019 snapshot; the Olive Branch weeks "
    "(20 Jan - 17 Mar 2018) stay a gap"
)
BETWEEN_NOTE = (
    "region-level: a Sherawa village of the Tell Rifaat pocket, drawn in it by the snapshots of 23 "
    "Oct 2019 and 6 Mar 2020; on 24 Feb 2020 Turkish forces shelled 'Kurdish-held areas in Burj "
    "Al-Qas and Al-Kalutiya villages in Shirawa township' (SOHR), and SOHR (2020) names Aqiba and "
    "Soghanka 'within areas held by Kurdish forces'; no change reported between the snapshots "
    "(continuity inferred)"
)

#: The gazetteer's Sewarxa (Kurmanji Şiwarxa, Arabic Shawarigha), 8 km west of Azaz.
SEWARXA = "sewarxa"
SEWARXA_SOURCES = ("sohr-2019-shawargha-malkiyyeh-kurdish-control",
                   "sohr-2020-sherawa-shera-kurdish-held", "efe-2018-03-18-afrin-city",
                   "rudaw-2018-03-29-tal-rifaat")  # fmt: skip
SEWARXA_NOTE = (
    "Shawarigha (Sewarxa, Şiwarxa) in the Shera district west of Menagh: SOHR names 'Shawargha, "
    "Malkiyyeh, and al-Alqamiyyeh, and Menagh Airbase which are under the control of the "
    "\"Kurdish Forces\"' (autumn 2019) and 'Shawarga in Sharan district within areas held by "
    "Kurdish forces' (2020), in a countryside 'under the control of regime and Kurdish forces'; "
    "the village was YPG-held before Olive Branch (the batch's row) and no loss is reported after "
    "Afrin fell on 18 Mar 2018 (EFE): continuity inferred; the 2019-24 snapshots draw it in the "
    "Afrin (SNA) zone, which SOHR contradicts (a disagreement kept); the Olive Branch weeks stay "
    "a gap"
)

MALIKIA_SOURCES = ("kurdwatch-2016-02-16-ypg-villages-azaz-afrin",
                   "sohr-2017-menagh-maranaz-sdf-areas",
                   "sohr-2019-shawargha-malkiyyeh-kurdish-control",
                   "anadolu-2019-03-tal-rifaat-patrols")  # fmt: skip
MALIKIA_NOTE = (
    "region-level: Malikia lies 2 km north of al-Alqamiyah, between Menagh airbase and the Shera "
    "villages of the YPG-held Tell Rifaat area: the SDF took 'more than ten villages between Azaz "
    "and Afrin' and Menagh on 10 Feb 2016 (KurdWatch; the town YPG-held since Feb 2016, Anadolu); "
    "SOHR had the SDF's areas reaching Mar'anaz north of the airport in mid-2017 and names "
    "Malkiyyeh 'under the control of the \"Kurdish Forces\"' in autumn 2019; shared with the "
    "government as the pocket's villages; continuity inferred (the batch had counted it in the "
    "Euphrates Shield area)"
)

# --- the Shahba villages the SDF took from IS in 2016 (north of the Infantry School) -----------
#: place id -> (first day the sources put the SDF there, its sources)
SHAHBA_EDGE = {
    "maarat_umm_hawsh": (_d("2016-08-30"), ("aranews-2016-08-30-sdf-umm-hosh-harbal",
                                             "aljazeera-2016-10-20-turkish-strikes-umm-hawsh",
                                             "north_press-2022-umm-hawsh-tel-qarah-shelled")),
    "hosniyeh_hsajek": (_d("2016-10-19"), ("ap-2016-10-19-hassajek",
                                            "aleppo24-2016-10-19-is-leaves-infantry-school-villages")),
    "hasiyah": (_d("2016-10-19"), ("aleppo24-2016-10-19-is-leaves-infantry-school-villages",
                                    "ap-2016-10-19-hassajek")),
}  # fmt: skip
#: SOHR (9 Oct 2015, recalled in its 2016 report): IS took Fafin, Tal Qarah, Kafr Qaris and the
#: Infantry School area from the factions.
IS_SINCE_2015 = "sohr-2016-is-leaves-infantry-school"
IS_NOTE = (
    "IS-held until the SDF took it (the day after this span): IS 'forced to withdraw' from Umm "
    "Hosh on 30 Aug 2016 (ARA News) and left al-Hassiyah and Hasajek on 19 Oct (Aleppo 24; SOHR "
    "via AP); IS had held the villages north of the Infantry School since taking them from the "
    "factions in Oct 2015 (SOHR); no other holder reported between (continuity inferred)"
)
SHAHBA_NOTE = (
    "the SDF took it from IS in 2016: Umm Hosh on Tuesday 30 Aug (an SDF official to ARA News: "
    "the SDF side's account), Hasajek on Wednesday 19 Oct (SOHR via AP) as IS left al-Hassiyah, "
    "Hasajek and other villages near the Infantry School that day (Aleppo 24), and Turkish jets "
    "struck YPG targets 'in Maarrat Umm Hawsh, a region north of the city of Aleppo' that night "
    "(the Turkish army via Anadolu, Al Jazeera); the Shahba region "
    "north of Aleppo later sheltered Afrin's displaced, shelled by Turkey as the Kurdish forces' "
    "area with government forces deployed (SOHR) or as 'controlled by Syrian government and "
    "Russian forces' (North Press, 2022, naming Umm Hawsh): `shared` records both, as the Tell "
    "Rifaat pocket's rows; which side's posts stood in the village and from when is not dated; no "
    "change reported between (continuity inferred); the autumn-2019 snapshot draws it "
    "government-held (a disagreement kept)"
)

# --- east of Aleppo city, behind the army's front of Feb 2017 ---------------------------------
#: Named in the General Command's list of 20 Feb 2017 (Ifrin, Shamer) and al-Safiyah 2 km south.
EAST_OF_THE_CITY = {"afrin_mount_simeon", "shamer", "al_safiyah"}
EAST_SOURCES = ("sana-2017-02-20-east-aleppo-44-villages", "afp-2017-02-27-army-presses-is-north",
                "reuters-2016-12-22-aleppo-retaken")  # fmt: skip
EAST_NOTE = (
    "Mount Simeon villages 10-15 km east of Aleppo city: the army's General Command named Ifrin "
    "and Shamer among 44 villages of the eastern countryside 'to which security and stability "
    "have been restored' on Monday 20 Feb 2017 (SANA: party claim); al-Safiyah lies 2 km south of "
    "them, nearer the city (region-level); a week later the army's front stood at Tadif, 20 km "
    "further east (a military source and SOHR via AFP, 27 Feb), with the city government-held "
    "since 22 Dec 2016 (Reuters); no return of IS reported before the pocket south of the city "
    "was cleared in Feb 2018 (continuity inferred); before 20 Feb 2017 the day the army reached "
    "them is not stored"
)

# --- the army's push south of al-Hader, Jan - Feb 2018: villages dated one by one ------------
#: place id -> (the first day a report has the army there, its sources, what it says)
HASS_PUSH = {
    "hawbar": (_d("2018-01-15"), ("sana-2018-01-15-houber-sheikh-khalil",
               "sana-2018-01-14-northeast-of-khanasser-road"),
               "the army established 'control over Houber and al-Sheikh Khalil villages and Abu "
               "Roel al-Sharqi hill', chasing fighters who fled 'the liberated villages' (SANA, 15 "
               "Jan 2018: party claim)"),
    "atshanah_sharqiyah": (_d("2018-01-31"), ("qasioun-2018-01-31-al-hass",),
               "the regime forces 'could capture Atshana Sharqya and Tal Hussein villages in the "
               "southern countryside of Aleppo, following clashes against the Syrian opposition "
               "forces' (Qasioun, an opposition outlet, Wednesday 31 Jan 2018)"),
    "tall_allush": (_d("2018-02-02"), ("sana-2018-02-02-tal-alloush",
                    "step-2018-02-02-tal-alloush"),
               "the army 'combed the village, strengthened their positions in it' on Friday 2 Feb "
               "2018 (SANA via Al-Manar: party claim); Step News's correspondent, on the other "
               "side, has the regime forces take Tal Alloush at noon that day after heavy shelling "
               "and without notable fighting (translated; cited by review h-rev39)"),
}  # fmt: skip
HASS_END = _d("2018-02-08")  # from 9 Feb the fill's region answer (government) takes over

# --- military sites inside the Afrin enclave ---------------------------------------------------
#: Brigade 135 (5 km north-east of Afrin town) and the Tilife airfield (8 km south-west of it).
AFRIN_SITES = {"brigade_135", "tilife_airbase"}
AFRIN_SITE_NOTE = (
    "region-level: a military site inside the Afrin enclave, answered as the enclave's villages "
    "(g2016_afrin_district): the canton was 'mainly governed by the Kurdish-led Democratic Union "
    "Party (PYD) and its armed wing, the YPG' (Syria Direct) until Olive Branch (20 Jan 2018), "
    "and no government or coalition garrison in the enclave is reported in the stored sources "
    "(unlike the government's squares inside the Jazira's SDF towns)"
)
AFRIN_SITE_SPANS = (
    Span(START, _d("2018-01-19"), "sdf", ("syria_direct-2018-03-18-afrin-full-control",
         "efe-2018-03-18-afrin-city", "dw-2018-03-18-afrin"),
         AFRIN_SITE_NOTE + "; continuity inferred"),
    Span(_d("2018-01-20"), _d("2018-03-17"), "sdf", ("trt_world-2018-03-03-rajo",
         "newarab-2018-03-08-jinderes", "syria_direct-2018-03-18-afrin-full-control"),
         AFRIN_SITE_NOTE + "; Olive Branch from 20 Jan 2018: the enclave's places fell one by one "
         "until Afrin town on 18 Mar; the day this site fell is not stored", "contested",
         ("sna", "turkey")),
    Span(_d("2018-03-18"), AUTUMN_2019, "sna", ("syria_direct-2018-03-18-afrin-full-control",
         "efe-2018-03-18-afrin-city", "dw-2018-03-18-afrin"),
         AFRIN_SITE_NOTE + "; the whole enclave held by the Turkish-led forces from 18 Mar 2018 "
         "(EFE; DW; Syria Direct); no change reported (continuity inferred)"),
    Span(*BETWEEN, "sna", ("syria_direct-2018-03-18-afrin-full-control",
         "efe-2018-03-18-afrin-city"),
         AFRIN_SITE_NOTE + "; held by the Turkish-led forces since 18 Mar 2018 and drawn in the "
         "Afrin (SNA) zone by the snapshots of 23 Oct 2019 and 6 Mar 2020; no change reported "
         "between (continuity inferred)"),
)  # fmt: skip

# --- Menagh airbase between the snapshots of Dec 2019 and Mar 2020 -----------------------------
MENAGH_BETWEEN_SOURCES = ("sohr-2019-shawargha-malkiyyeh-kurdish-control",
                          "sohr-2020-01-maranaz-kurdish-forces",
                          "sohr-2020-02-malikiya-menagh-kurdish-positions",
                          "sohr-2020-sherawa-shera-kurdish-held")  # fmt: skip
MENAGH_BETWEEN_NOTE = (
    "Menagh airbase, drawn SDF-with-the-army by the snapshots of 23 Oct 2019 and 6 Mar 2020: SOHR "
    "put 'Menagh Airbase' among the places 'under the control of the \"Kurdish Forces\"' in autumn "
    "2019, had the Kurdish forces 'positioned in Mar'anaz', north of the base, on 16 Jan 2020, and "
    "reported rockets on 'Kurdish positions in Menagh military airbase' after 24 Feb 2020, in a "
    "countryside 'under the control of regime and Kurdish forces' (2020): shared with the "
    "government; no change reported between (continuity inferred)"
)

AZAZ2 = (
    RegionRule("azaz2_sherawa_pocket", "fill_tell_rifaat_afrin",
               lambda p, _w: p.id in SHERAWA_POCKET, (
        Span(AFRIN_FELL, AUTUMN_2019, "sdf", POCKET_SOURCES, POCKET_NOTE, "shared", SHARED),
        Span(*BETWEEN, "sdf", ("sohr-2020-02-malikiya-menagh-kurdish-positions",
             "sohr-2020-sherawa-shera-kurdish-held"), BETWEEN_NOTE, "shared", SHARED),
    )),
    RegionRule("azaz2_shawarigha", "fill_north_aleppo_edges", lambda p, _w: p.id == SEWARXA, (
        Span(AFRIN_FELL, AUTUMN_2019, "sdf", SEWARXA_SOURCES, SEWARXA_NOTE, "shared", SHARED),
        Span(*BETWEEN, "sdf", ("sohr-2020-02-malikiya-menagh-kurdish-positions",
             *SEWARXA_SOURCES[:2]), SEWARXA_NOTE, "shared", SHARED),
    )),
    RegionRule("azaz2_malikia_before_2017", "g2016_euphrates_shield",
               lambda p, _w: p.id == "malikia", (
        Span(START, _d("2017-03-02"), "sdf", MALIKIA_SOURCES, MALIKIA_NOTE, "shared", SHARED),
    )),
    RegionRule("azaz2_east_of_the_city_feb_2017", "fill_aleppo_south",
               lambda p, _w: p.id in EAST_OF_THE_CITY, (
        Span(_d("2017-02-20"), _d("2018-02-08"), "government", EAST_SOURCES, EAST_NOTE),
    )),
    RegionRule("azaz2_menagh_between_snapshots", "fill_minakh_airbase",
               lambda p, _w: p.id == "minakh_airbase", (
        Span(*BETWEEN, "sdf", MENAGH_BETWEEN_SOURCES, MENAGH_BETWEEN_NOTE, "shared", SHARED),
    )),
    RegionRule("azaz2_afrin_military_sites", "fill_sdf_military",
               lambda p, _w: p.id in AFRIN_SITES, AFRIN_SITE_SPANS),
    *(RegionRule(f"azaz2_hass_{ident}", "fill_aleppo_south",
                 lambda p, _w, ident=ident: p.id == ident, (
        Span(first, HASS_END, "government", sources, note + "; no rebel return reported before "
             "the pocket south of Aleppo was cleared (continuity inferred); before: a gap"),
    )) for ident, (first, sources, note) in HASS_PUSH.items()),
    *(RegionRule(f"azaz2_shahba_{ident}", "fill_azaz_government",
                 lambda p, _w, ident=ident: p.id == ident, (
        Span(START, first - timedelta(days=1), "isis", (*sources[:1], IS_SINCE_2015), IS_NOTE),
        Span(first, AUTUMN_2019, "sdf", sources, SHAHBA_NOTE, "shared", SHARED),
    )) for ident, (first, sources) in SHAHBA_EDGE.items()),
)  # fmt: skip
