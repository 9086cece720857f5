"""An eighteenth independent fact-check of the control answers (issue #15): 30 (place, day) pairs
drawn with seed 20261222 (``python -m tools.spotcheck_draw --seed 20261222 --count 30``; a seed
not used before: no pair repeats an earlier check, 8 drawn places were checked before on other
days, 2 draws were stored gaps and were skipped) and 10 of the weakest new rows of the last
session (gapmil, gapaz, gapsite, rev60), the day inside each row drawn with
``random.Random(20261222)``. Each case asserts what its reports say (in the comment; registry ids
in sources/*.toml). No checked answer is wrong by a dated allowed source: no data changed; see
control/SPOTCHECK-2016-2024.md ("Eighteenth check")."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_checked_answer, fact_check_tests


@pytest.fixture(scope="module")
def atlas():
    from geodata.atlas import load_atlas

    return load_atlas()


# (locality, day, controller, status, parties that must be among `with`, a source it must cite)
DRAWN = [
    # IS's north of Deir ez-Zor province until the SDF entered it 'for the first time' in Feb 2017
    # (a Kurdish military source via Reuters, Rozana, 22 Feb): region-level
    ("fanajin_al_sharqi", date(2016, 9, 16), "isis", "held", (),
     "rozana-2017-02-22-sdf-enters-deir-province"),
    # north of Ain Issa, the SDF's launch area of 6 Nov 2016 (Reuters): region-level
    ("mabujah_tell_abyad", date(2017, 7, 31), "sdf", "held", (),
     "reuters-2016-11-06-raqqa-campaign"),
    # behind the SDF's cut of the Raqqa - Deir ez-Zor road on Mon 6 Mar 2017 (Syria Direct; AP)
    ("naflah", date(2017, 9, 20), "sdf", "held", (), "syria_direct-2017-03-06-raqqa-last-lifeline"),
    # Olive Branch from 20 Jan 2018, Rajo's town centre taken on 3 Mar (TRT World): region-level
    ("shiriya", date(2018, 3, 10), "sdf", "contested", ("sna", "turkey"),
     "trt_world-2018-03-03-rajo"),
    # 'Jahman' among the 14 villages taken on Mon 8 Jan 2018 (the army's media via AP; SOHR)
    ("al_juhman", date(2019, 8, 16), "government", "held", (),
     "ap-2018-01-08-fourteen-villages-idlib"),
    # the Shahba villages the SDF entered on 19 Oct 2016, with the government's presence later
    ("sad_shahba", date(2019, 10, 14), "sdf", "shared", ("government",), "ap-2016-10-19-hassajek"),
    # the Tell Rifaat pocket: 'held by local Kurdish fighters', Russian and regime troops inside
    # (SOHR's head to AFP, 2 Dec 2019): region-level (h-gapaz's row)
    ("hasiyah", date(2020, 3, 5), "sdf", "shared", ("government",),
     "afp-2019-12-03-tal-rifaat-school-shelling"),
    # the army's 'entire besieged circle within Hama and Aleppo countryside' (SOHR, 9 Feb 2018)
    ("bughaydid", date(2018, 3, 22), "government", "held", (),
     "sohr-2018-02-is-hama-aleppo-pocket-ended"),
    # the government's east Aleppo once IS lost Maskanah (4 Jun 2017, SOHR via Xinhua)
    ("as_safira", date(2024, 5, 31), "government", "held", (), "xinhua-2017-06-04-maskanah"),
    ("as_safira", date(2023, 6, 24), "government", "held", (), "xinhua-2017-06-04-maskanah"),
    ("abu_jabbar_saghirah", date(2020, 9, 14), "government", "held", (),
     "xinhua-2017-06-04-maskanah"),
    # the truce of 23 Aug 2016: the Kurdish gains and the government's security square (AFP)
    ("al_hasakah", date(2017, 2, 3), "sdf", "shared", ("government",),
     "afp-2016-08-23-hasakeh-truce"),
    # SDF-held since IS's defeat there in 2015 (Defense Post)
    ("kobani", date(2017, 9, 10), "sdf", "held", (), "defensepost-2019-10-16-kobani"),
    ("karawidani", date(2016, 8, 27), "sdf", "held", (), "defensepost-2019-10-16-kobani"),
    # the army's from 22 Dec 2016 (Reuters)
    ("aleppo", date(2017, 11, 26), "government", "held", (), "reuters-2016-12-22-aleppo-retaken"),
    # the army's from 19 Nov 2017 (RFE/RL); Iran-backed militias' area in Dec 2023 (AP)
    ("albu_kamal", date(2023, 12, 10), "government", "held", (), "rferl-2017-11-19-albu-kamal"),
    ("thayyem_processing_facility", date(2021, 8, 6), "government", "held", (),
     "rferl-2017-11-19-albu-kamal"),
    # the border strip Azaz - Jarabulus 'secured' on Sun 4 Sep 2016 (Anadolu via Reuters)
    ("turaykham", date(2016, 10, 21), "sna", "held", (),
     "reuters-2016-09-04-azaz-jarablus-secured"),
    # the SDF's from the fall of Raqqa (Channel 4): region-level
    ("al_qadiriyah", date(2018, 11, 19), "sdf", "held", (), "channel4-2017-10-17-raqqa"),
    # south of the government's Aleppo, the pocket cleared by 9 Feb 2018 (SOHR): region-level
    ("abdat_ash_shaykh", date(2019, 1, 19), "government", "held", (),
     "sohr-2018-02-is-hama-aleppo-pocket-ended"),
    # the HTS-led area of Idlib from the deal of 10 Jan 2019 (The New Arab): region-level
    ("ayn_suda", date(2021, 2, 11), "hts", "held", (), "newarab-2019-01-10-hts-takes-idlib"),
    # the Afrin enclave held by Turkish-led forces from 18 Mar 2018 (EFE; DW)
    ("shaykh_ubasi", date(2022, 10, 18), "sna", "held", (), "efe-2018-03-18-afrin-city"),
    ("ereb_werane", date(2022, 6, 9), "sna", "held", (), "efe-2018-03-18-afrin-city"),
    # the SDF's east bank after Baghuz (23 Mar 2019, Kurdistan 24): region-level
    ("al_hajjaj", date(2022, 2, 5), "sdf", "held", (), "kurdistan24-2019-03-23-baghouz"),
    # the 'regime-held province' of Latakia (The New Arab, Jan 2018): region-level
    ("al_balatah", date(2023, 3, 26), "government", "held", (),
     "newarab-2018-01-07-hmeimim-drones"),
]  # fmt: skip

#: The 10 new rows sampled (gapmil, gapaz, gapsite, rev60), the day drawn inside each row.
NEW_ROWS = [
    # the Tartab regiment: staff called to serve in 'regiment 154 in Tardab village' (Yekiti, Apr
    # 2016: party media); the deputy minister's visit of 12 Aug 2019 (Al-Modon): continuity inferred
    ("154th_special_forces_regiment", date(2019, 5, 9), "government", "held", (),
     "almodon-2019-08-13-deputy-minister-hasakah"),
    # the Kawkab base (Regiment 123) between the snapshots: Al-Modon (Aug 2019), Anadolu, EPC (2021)
    ("546th_artillery_brigade", date(2020, 1, 12), "government", "held", (),
     "almodon-2019-08-13-deputy-minister-hasakah"),
    # a regime position on the front of 9 Jul 2016 (Radio Rozana); its workers repaired rocket
    # damage on 21 Jul 2017 (SANA: party claim): continuity inferred
    ("al_zara_thermal_power_plant", date(2016, 9, 16), "government", "held", (),
     "rozana-2016-07-09-zara-thermal-plant-front"),
    # HTS's crossings administration at Atmeh, the National Army's at Deir Ballut (Jesr Press,
    # 12 Apr 2019; Syria TV, 14 Apr 2019; Enab Baladi, 25 Apr 2020): continuity inferred
    ("atmeh_border_crossing", date(2019, 9, 27), "hts", "shared", ("sna",),
     "jesr_press-2019-04-12-atmeh-crossing-opens"),
    ("atmeh_border_crossing", date(2020, 1, 15), "hts", "shared", ("sna",),
     "enab_baladi-2020-04-25-idlib-aleppo-crossings-reopened"),
    # the Tell Rifaat pocket between the snapshots: region-level (SOHR via AFP, 2 Dec 2019)
    ("fafin", date(2020, 2, 18), "sdf", "shared", ("government",),
     "afp-2019-12-03-tal-rifaat-school-shelling"),
    ("shahba_dam", date(2020, 2, 23), "sdf", "shared", ("government",),
     "afp-2019-12-03-tal-rifaat-school-shelling"),
    # a Sherawa village of the pocket (SOHR: 'Kurdish-held'; ANF: shelled by Turkey, Dec 2019)
    ("aqiba", date(2019, 11, 26), "sdf", "shared", ("government",),
     "sohr-2020-sherawa-shera-kurdish-held"),
    # 'Kurdish positions in Menagh military airbase' (SOHR, Feb 2020): the pocket's rows to May 2022
    ("minakh_airbase", date(2020, 8, 8), "sdf", "shared", ("government",),
     "sohr-2020-02-malikiya-menagh-kurdish-positions"),
    # the silos east of Ain Issa on the SDF's side of the front (Syriac Press; SOHR, Feb 2021):
    # continuity inferred
    ("ayn_issa_grain_silos", date(2023, 5, 31), "sdf", "held", (),
     "syriac_press-2021-02-20-ain-issa-silos-bombed"),
]  # fmt: skip

#: Drawn places the 2020-24 snapshot answers (the map frozen from 6 Mar 2020), far from any front.
SNAPSHOT_CASES = [
    ("ash_shatah", date(2020, 10, 17)),
    ("imtan", date(2021, 7, 15)),
    ("hadar", date(2022, 12, 13)),
    ("abu_mansaf", date(2024, 1, 25)),
    ("zawr_qassarin", date(2024, 6, 2)),
]

#: Draws that were stored gaps (Muddar: the Raqqa countryside 'IS or SDF' gap; al-Asheihib
#: al-Shamali, a Suwayda village with no record for 2019).
SKIPPED = [("muddar", date(2017, 5, 14)), ("al_asheihib_shamali", date(2019, 10, 17))]

(
    test_the_answer_is_what_the_report_says,
    test_the_snapshot_answer_cites_its_zone,
    test_the_skipped_draws_are_gaps,
) = fact_check_tests(DRAWN + NEW_ROWS, SNAPSHOT_CASES, SKIPPED)


def test_the_new_rows_end_where_their_reports_do(atlas):
    history = atlas.control.history
    # the Tartab regiment: the army's to the minister's visit (12 Aug 2019, Al-Modon of 13 Aug),
    # a stored gap from 14 Aug 2019 (no later dated report names it)
    assert_checked_answer(history, "154th_special_forces_regiment", date(2019, 8, 13),
                          "government", "held", (),
                          "almodon-2019-08-13-deputy-minister-hasakah")  # fmt: skip
    rec = history.record_on("154th_special_forces_regiment", date(2019, 8, 14))
    assert rec.controller == "unknown"
    # the Kawkab base: the army's 19 Dec 2019 - 5 Mar 2020; the snapshot days either side, which
    # drew the SDF's zone when this check was made, are the army's too since h-rev62 (Anadolu and
    # the Emirates Policy Center still have the regime on Mount Kawkab in Jan - Feb 2021)
    for day in (date(2019, 12, 18), date(2019, 12, 19), date(2020, 3, 5), date(2020, 3, 6)):
        rec = history.record_on("546th_artillery_brigade", day)
        assert (rec.controller, rec.status) == ("government", "held"), day
    # the Atmeh crossing: a gap to 5 Jan 2019, HTS's from the closure of Sun 6 Jan 2019
    assert history.record_on("atmeh_border_crossing", date(2019, 1, 5)).controller == "unknown"
    assert_checked_answer(history, "atmeh_border_crossing", date(2019, 1, 6), "hts", "shared",
                          ("sna",),
                          "enab_baladi-2019-01-06-hts-closes-atmeh-crossing")  # fmt: skip
    # the al-Zara plant on SANA's day (21 Jul 2017: party claim)
    assert_checked_answer(history, "al_zara_thermal_power_plant", date(2017, 7, 21), "government",
                          "held", (), "sana-2017-07-21-zara-power-plant")  # fmt: skip
    # Aqiba: the pocket's sdf_government from 1 Jun 2022 (h-rev60)
    rec = history.record_on("aqiba", date(2022, 6, 1))
    assert (rec.controller, rec.status) == ("sdf_government", "held")
    # the Ain Issa silos: a gap to 22 Oct 2019, the SDF's from 23 Oct 2019 (h-rev60)
    assert history.record_on("ayn_issa_grain_silos", date(2019, 10, 22)).controller == "unknown"
    assert history.record_on("ayn_issa_grain_silos", date(2019, 10, 23)).controller == "sdf"
