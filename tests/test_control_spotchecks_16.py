"""A sixteenth independent fact-check of the control answers (issue #15): 30 (place, day) pairs
drawn with seed 20261220 (``python -m tools.spotcheck_draw --seed 20261220 --count 30``; a seed
not used before: no pair repeats an earlier check, 6 drawn places were checked before on other
days, 7 draws were stored gaps or no record and were skipped). Each case asserts what its reports
say (in the comment; registry ids in sources/*.toml). No checked answer is wrong by a dated
allowed source: no data changed; see control/SPOTCHECK-2016-2024.md ("Sixteenth check")."""

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
    # between the government's towns on the al-Suqaylabiyah - Mhardeh road (ARA News, Dec 2015;
    # the rebels of Sep 2016 only on Mhardeh's outskirts, The New Arab): region-level
    ("al_safsafiyah", date(2017, 1, 8), "government", "held", (),
     "newarab-2016-09-01-rebels-close-hama"),
    # north of Ain Issa, the SDF's launch point of 6 Nov 2016 (Reuters): region-level
    ("juran", date(2017, 8, 9), "sdf", "held", (), "reuters-2016-11-06-raqqa-campaign"),
    # the SDF cut the Raqqa - Deir ez-Zor road on 6 Mar 2017 (Syria Direct; Reuters)
    ("budayan", date(2017, 9, 29), "sdf", "held", (),
     "syria_direct-2017-03-06-raqqa-last-lifeline"),
    # Rajo's town centre taken on Sat 3 Mar 2018, clashes continuing (Anadolu via TRT World)
    ("rajo", date(2018, 3, 6), "sna", "held", (), "trt_world-2018-03-03-rajo"),
    # south of Aleppo, cleared of IS in Feb 2018 (SOHR); the 2019 offensive fought in north Hama
    # and south Idlib (AP): region-level, continuity inferred
    ("ad_dabshiyah", date(2019, 8, 1), "government", "held", (), "ap-2019-08-23-northern-hama"),
    ("balas", date(2019, 5, 29), "government", "held", (), "ap-2019-08-23-northern-hama"),
    # the SDF's border town on Tue 22 Oct 2019, in the last hours of the ceasefire (VOA)
    ("darbasiyah_border_crossing", date(2019, 10, 16), "sdf", "held", (),
     "voa-2019-10-22-darbasiyah-ceasefire-expires"),
    # the General Command declared dozens of towns of Aleppo's western countryside liberated on
    # 17 Feb 2020 (SANA: party claim; Reuters citing the army); the village not named
    ("aradah", date(2020, 2, 17), "government", "held", (), "sana-2020-02-17-general-command"),
    # the army's from 19 Nov 2017 (SANA via RFE/RL; SOHR: IS fighters withdrew)
    ("albu_kamal", date(2022, 1, 11), "government", "held", (), "rferl-2017-11-19-albu-kamal"),
    # the 'regime-held province' (The New Arab, Jan 2018): region-level
    ("al_haffah", date(2019, 5, 12), "government", "held", (),
     "newarab-2018-01-07-hmeimim-drones"),
    # the army took the town on 14 Oct 2017 (Reuters)
    ("al_mayadin", date(2024, 9, 10), "government", "held", (), "reuters-2017-10-14-mayadin"),
    # Ra's al-Ayn, the Idlib village east of Saraqib: the HTS-NLF deal of 10 Jan 2019
    ("ras_al_ayn", date(2019, 3, 15), "hts", "held", (), "newarab-2019-01-10-hts-takes-idlib"),
    # the government's area once IS lost Maskanah on 4 Jun 2017 (SOHR via Xinhua)
    ("as_safira", date(2018, 1, 17), "government", "held", (), "xinhua-2017-06-04-maskanah"),
    ("tall_al_hattabat", date(2021, 2, 19), "government", "held", (),
     "xinhua-2017-06-04-maskanah"),
    # the SDF launched the Raqqa campaign at a news conference in Ain Issa (Reuters, 6 Nov 2016)
    ("ain_issa", date(2017, 1, 18), "sdf", "held", (), "reuters-2016-11-06-raqqa-campaign"),
    # the rebel alliance of Ahrar al-Sham and HTS (JFS) before the July 2017 infighting
    ("al_muhandisin", date(2016, 9, 20), "opposition", "shared", ("hts",),
     "aljazeera-2017-07-23-hts-idlib"),
    ("kaffar_aouid", date(2016, 8, 9), "opposition", "shared", ("hts",),
     "aljazeera-2017-07-23-hts-idlib"),
    # the YPG-held countryside of Tell Abyad, shelled by Turkey in Sep - Oct 2016 (ARA News)
    ("qattar", date(2016, 10, 6), "sdf", "held", (), "aranews-2016-10-tel-abyad-khenitiya"),
    # the Kobani countryside SDF-held since 2015 (The Defense Post): region-level
    ("hafyan", date(2018, 6, 15), "sdf", "held", (), "defensepost-2019-10-16-kobani"),
    # the Peace Spring area as it stood on 23 Oct 2019 (Sochi memorandum; AP, Nov 2019)
    ("abu_jarada", date(2020, 10, 9), "sna", "held", (), "tass-2019-10-sochi-memorandum"),
    ("tall_al_qulayah", date(2021, 5, 3), "sna", "held", (), "tass-2019-10-sochi-memorandum"),
    # the Euphrates Shield area at its lasting extent from al-Bab (BBC, 23 Feb 2017)
    ("ash_shaykh_rih", date(2021, 6, 4), "sna", "held", (),
     "bbc-2017-02-23-al-bab-near-complete"),
    ("aykadah", date(2022, 4, 1), "sna", "held", (), "bbc-2017-02-23-al-bab-near-complete"),
    # the Manbij Military Council's area (Reuters, 2 Mar 2017; Kurdistan24, Jun 2022); Qabbasin is
    # the Manbij district village by the Euphrates, not Qabasin near al-Bab
    ("kurdala_fawqani", date(2023, 8, 28), "sdf", "held", (),
     "reuters-2017-03-02-manbij-villages-handover"),
    ("qabbasin", date(2024, 7, 22), "sdf", "held", (),
     "reuters-2017-03-02-manbij-villages-handover"),
]  # fmt: skip

#: Drawn places the 2020-24 snapshot answers (the map frozen from 6 Mar 2020), far from any front.
SNAPSHOT_CASES = [
    ("brigade_122", date(2020, 8, 25)),
    ("tell_sinan", date(2022, 5, 22)),
    ("southern_dam", date(2023, 3, 13)),
    ("brigade_75", date(2024, 7, 2)),
]

#: The SDF's east of the 2020-24 snapshot (al-Hasakah's juvenile prison, in the city).
SDF_ZONE_CASES = [("al_ahdath_prison", date(2023, 4, 28))]

#: Draws that were stored gaps (or no record: al-Jarajir, Rif Dimashq, before Oct 2019).
SKIPPED = [
    ("al_jadah", date(2017, 6, 2)),
    ("ras_al_ayn_maarrat_al_numan", date(2019, 8, 22)),
    ("abu_raidh", date(2019, 7, 16)),
    ("al_shairah", date(2019, 7, 8)),
    ("muallis", date(2019, 8, 9)),
    ("judaydat_al_humur", date(2016, 12, 6)),
    ("al_jarajir", date(2016, 9, 4)),
]

(
    test_the_answer_is_what_the_report_says,
    test_the_snapshot_answer_cites_its_zone,
    test_the_skipped_draws_are_gaps,
) = fact_check_tests(DRAWN, SNAPSHOT_CASES, SKIPPED)


@pytest.mark.parametrize(("locality", "day"), SDF_ZONE_CASES)
def test_the_sdf_zone_answer_cites_its_zone(atlas, locality, day):
    record = assert_checked_answer(atlas.control.history, locality, day, "sdf", "held", (), None)
    assert record.sources == ("zone:sdf_east-2020-03-06",), record


def test_the_drawn_rows_begin_on_their_reported_days(atlas):
    history = atlas.control.history
    # Rajo the SDF's to the eve of the storming of Fri 2 Mar 2018, the town centre taken on Sat
    # 3 Mar (TRT World); 2 - 3 Mar fought over since h-rev61 (Enab Baladi)
    assert_checked_answer(history, "rajo", date(2018, 3, 1), "sdf", "held", (),
                          "trt_world-2018-03-03-rajo")  # fmt: skip
    assert_checked_answer(history, "rajo", date(2018, 3, 3), "sna", "contested", ("sdf",),
                          "trt_world-2018-03-03-rajo")  # fmt: skip
    assert_checked_answer(history, "rajo", date(2018, 3, 4), "sna", "held", (),
                          "trt_world-2018-03-03-rajo")  # fmt: skip
    # Aradah a stored gap before the General Command's statement of 17 Feb 2020 (SANA); h-gapidl
    # answers it from 12 Feb (Syria TV's 'yesterday' of 13 Feb), so the gap ends on 11 Feb
    record = history.record_on("aradah", date(2020, 2, 11))
    assert record.controller == "unknown", record
    # Budayan a stored gap to the eve of the road cut of Mon 6 Mar 2017 (Syria Direct)
    assert history.record_on("budayan", date(2017, 3, 5)).controller == "unknown"
    assert_checked_answer(history, "budayan", date(2017, 3, 6), "sdf", "held", (),
                          "reuters-2017-03-06-raqqa-deir-road-cut")  # fmt: skip
