"""Rules for the Dec 2019 - Mar 2020 Idlib offensive (issue #15, h-idlib20): days the daily
batch (``[daily 2019-20]`` rows of ``records/2016-2024.csv``) left as gaps because it only knew a
"by" day, answered from reports that date a village's capture or show the front short of it.

Deir Sharqi and Deir Gharbi, south of Maarat al-Numan, were taken on Friday 24 Jan 2020 (SOHR),
five days before the army's list of 29 Jan that the batch had. Joubas, Tell Mardikh and Maar
Dibsah, north of the city on the M5, were still the rebels' when the city fell (the army's own
account of 30 Jan: the rebels who fled the city went there). SOHR's 24 villages of southern
Jabal al-Zawiya, taken from 23 Feb, were the rebels' to 22 Feb. A rebel hold before a capture is
continuity from the snapshot of 18 Dec 2019 and says so in its note, as the batch's own rows do.
Sources: ``sources/2019-2020-idlib20.toml`` and the batch files. Build-time tooling, not shipped.
"""

from __future__ import annotations

from tools.regions_2016_2018_model import RegionRule, Span
from tools.regions_2016_2018_model import day as _d

__all__ = ["IDLIB20"]

BLOCK = "daily 2019-20"  # the tag of the daily batch's unknown rows
OFFENSIVE = _d("2019-12-19")  # the snapshot of 18 Dec 2019 draws these places in the HTS area
HTS_AREA = "newarab-2019-01-10-hts-takes-idlib"  # the HTS-NLF deal of 10 Jan 2019

DEIR = RegionRule("idlib20_deir_sharqi_gharbi", BLOCK,
                  lambda p, _w: p.id in {"deir_sharqi", "dayr_al_gharbi"}, (
    Span(OFFENSIVE, _d("2020-01-23"), "hts", ("newarab-2020-01-25-deir-sharqi-gharbi", HTS_AREA),
         "rebel-held until the capture SOHR reported for Friday 24 Jan 2020 (The New Arab, 25 "
         "Jan: the two villages 'are the keys to capturing Maaret al-Numan', the area 'dominated "
         "by the Hayat Tahrir al-Sham alliance'); held since the HTS-led area of the snapshot of "
         "18 Dec 2019: continuity inferred (no earlier change reported; SOHR's list of the 31 "
         "areas taken by 23 Dec does not name them)"),
    Span(_d("2020-01-24"), _d("2020-01-28"), "government",
         ("newarab-2020-01-25-deir-sharqi-gharbi", "sana-2020-01-29-general-command-maarat"),
         "taken on Friday 24 Jan 2020: regime forces 'seized the villages of Deir Sharqi and Deir "
         "Gharbi' and were four kilometres from Maarat al-Numan (SOHR via The New Arab); named in "
         "the army General Command's list of 29 Jan (SANA, party claim); no rebel return "
         "reported: continuity inferred to the batch's answer from 29 Jan"),
))  # fmt: skip

NORTH_OF_MAARAT = RegionRule("idlib20_m5_north_of_maarat", BLOCK,
                             lambda p, _w: p.id in {"jubus", "tall_mardikh", "maar_dibsah"}, (
    Span(OFFENSIVE, _d("2020-01-27"), "hts",
         ("tishreen-2020-01-30-joubas-mardikh-maardibseh", "rferl-2020-01-26-maaret-outskirts",
          HTS_AREA),
         "rebel-held until Maarat al-Numan fell (28 Jan): the army reached the city's outskirts "
         "from the south and east only on 26 Jan (RFE/RL citing SOHR) and on 30 Jan said it took "
         "Joubas, Mardikh and Ma'ardibseh, north of the city, from 'the remnants' who had 'fled "
         "from Ma'aret al-Nu'aman city towards' them (Tishreen, SANA's reporter: party claim); "
         "held since the HTS-led area of the snapshot of 18 Dec 2019: continuity inferred; the "
         "days from 28 Jan to the capture stay as the batch left them"),
))  # fmt: skip

MAAR_DIBSAH = RegionRule("idlib20_maar_dibsah_taken", BLOCK,
                         lambda p, _w: p.id == "maar_dibsah", (
    Span(_d("2020-01-30"), _d("2020-02-10"), "government",
         ("tishreen-2020-01-30-joubas-mardikh-maardibseh", "reuters-2020-02-11-m5"),
         "party claim: the army said on 30 Jan 2020 it had liberated Ma'ardibseh with Joubas and "
         "Mardikh (Tishreen, SANA's reporter); SOHR had the army in Joubas by 30 Jan (the batch) "
         "and the whole M5, on which the village lies, by 11 Feb (Reuters); no rebel return "
         "reported between: continuity inferred; 29 Jan stays a gap"),
))  # fmt: skip

# --- places whose capture day a report gives: rebel-held until the day before ------------------
SARAQIB_EAST = ("syria_times-2020-02-islamin-jizraya", HTS_AREA)
CAPTURED = (
    # (rule id, places, first day, last rebel day, sources, what the report says)
    (
        "idlib20_islamin_rayyan",
        {"lislamin", "rayyan_idlib"},
        OFFENSIVE,
        "2020-02-04",
        SARAQIB_EAST,
        "Islamin and al-Rayan, east of Saraqib: SANA's reporter had them liberated the day after "
        "al-Nayrab (SANA: Tuesday 4 Feb), i.e. on 5 Feb (Syria Times: party claim)",
    ),
    (
        "idlib20_jizraya_zamar",
        {"jazraya", "zammar_mount_simeon"},
        _d("2020-01-25"),
        "2020-02-04",
        SARAQIB_EAST,
        "Jizraya and Zamar, south Aleppo: liberated with Islamin and al-Rayan the day "
        "after al-Nayrab (SANA: 4 Feb), i.e. on 5 Feb (Syria Times: party claim)",
    ),
    (
        "idlib20_barna_huwayr",
        {"birnah", "huwayr_al_eis"},
        _d("2020-01-25"),
        "2020-02-06",
        ("sana-2020-02-07-zitan-barna", "sana-2020-01-28-west-aleppo-strikes"),
        "Barna and Huwayr al-Eis: SANA had them liberated 'on Friday' 7 Feb (party claim); the "
        "army's strikes on the south-west Aleppo fronts began on 28 Jan (SANA)",
    ),
    (
        "idlib20_babis_kafr_dael",
        {"babis", "kfar_dael"},
        _d("2020-01-25"),
        "2020-02-15",
        ("afp-2020-02-16-aleppo-13-villages", "anha-2020-02-aleppo-13-villages"),
        "Babis and Kafr Daal: among the places north and north-west of Aleppo SOHR had the army "
        "take before Anadan, which fell on Sunday 16 Feb, the push's 'day one' (AFP; Hawar "
        "relaying SOHR, party media)",
    ),
)


def _rebel_until(
    rule_id: str, places: set[str], first, last: str, sources: tuple[str, ...], said: str
) -> RegionRule:
    return RegionRule(rule_id, BLOCK, lambda p, _w: p.id in places, (
        Span(first, _d(last), "hts", sources,
             f"rebel-held until the capture reported for the next day: {said}; held since the "
             "HTS-led area of the snapshot of 18 Dec 2019 (the regions rule to 24 Jan for the "
             "west Aleppo countryside): continuity inferred, no earlier change reported"),
    ))  # fmt: skip


# --- north of Kafr Daal and Babis: SOHR's 'day one' of the push north-west of Aleppo was 16 Feb --
DAY_ONE = ("afp-2020-02-16-aleppo-13-villages", "anha-2020-02-aleppo-13-villages",
           "xinhua-2020-01-11-aleppo-tension")  # fmt: skip

NORTH_OF_KAFR_DAEL = RegionRule("idlib20_north_of_kafr_dael", BLOCK,
                                lambda p, _w: (p.admin2 == "Mount Simeon"
                                               and 36.225 <= p.lat < 36.30
                                               and 36.93 <= p.lon <= 37.03), (
    Span(_d("2020-01-25"), _d("2020-02-15"), "hts", DAY_ONE,
         "region-level: north of Kafr Daal and Babis, which the army took before Anadan fell on "
         "Sunday 16 Feb (Hawar relaying SOHR; AFP); of that Sunday SOHR said 'In day one, they "
         "took an area where for eight years they could not take a single village' (AFP): the "
         "push north and north-west of Aleppo began that day; the rebels 'maintained positions' "
         "there on 11 Jan (SOHR via Xinhua); continuity inferred from the regions rule's answer "
         "to 24 Jan; the day of each place's capture (16 or 17 Feb) stays a gap"),
))  # fmt: skip

# --- southern Idlib: SOHR's 24 villages of 23-26 Feb 2020 (the batch dates them only "by") -------
#: Dayr Sunbul is left out (h-review): the 18 Dec 2019 snapshot draws its gazetteer point, 4 km
#: south-west of Tarmala, on the government side, so the continuity below does not reach it, and
#: the Deir Sunbul of SOHR's reports may be the Jabal al-Zawiya village of that name.
ZAWIYA_24 = RegionRule("idlib20_zawiya_24_villages", BLOCK,
                       lambda p, _w: p.id in {"maarrat_hurmah", "maarzita", "basqala", "hass",
                                              "tarmala", "jibala"}, (
    Span(OFFENSIVE, _d("2020-02-22"), "hts",
         ("al_liwaa-2020-02-26-sohr-24-villages", "qasioun-2020-02-24-southern-idlib",
          "sana-2020-02-24-five-villages", HTS_AREA),
         "rebel-held until the army's push into southern Jabal al-Zawiya: on the morning of 26 "
         "Feb SOHR named it among the 24 villages and towns taken 'in the past 48 hours' (Al-"
         "Liwaa), a list that includes al-Sheikh Damis and Hantutin, which SANA had taken on "
         "Sunday 23 Feb (party claim), so the push began on 23 Feb; Jibala is the list's 'Jabala' "
         "(Qasioun names it with Maarzita, 2 km away, and Maarat Hurmah); held since the HTS-led "
         "area of the snapshot of 18 Dec 2019: continuity inferred; 23 Feb to the batch's day "
         "stays a gap"),
))  # fmt: skip

IDLIB20 = (DEIR, NORTH_OF_MAARAT, MAAR_DIBSAH, *(_rebel_until(*c) for c in CAPTURED),
           NORTH_OF_KAFR_DAEL, ZAWIYA_24)  # fmt: skip
