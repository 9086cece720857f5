"""A seventeenth independent fact-check of the control answers (issue #15): 30 (place, day) pairs
drawn with seed 20261221 (``python -m tools.spotcheck_draw --seed 20261221 --count 30``; a seed
not used before: no pair repeats an earlier check, 9 drawn places were checked before on other
days, 1 draw was a stored gap and was skipped) and 10 of the weakest new rows of the last session
(raqqa7, ne20, rev55 - rev59), the day inside each row drawn with ``random.Random(20261221)``.
Each case asserts what its reports say (in the comment; registry ids in sources/*.toml). No
checked answer is wrong by a dated allowed source: no data changed; see
control/SPOTCHECK-2016-2024.md ("Seventeenth check")."""

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
    # behind the factions' front north of al-Bab: 11 villages about 7 km from the city taken in
    # 48 hours in Nov 2016 (SOHR): region-level
    ("shabiran", date(2017, 1, 14), "sna", "held", (), "sohr-2016-11-al-bab-11-villages"),
    # IS's Euphrates valley of Deir ez-Zor until the SDF's east-bank campaign of Sep 2017
    ("al_busayrah", date(2017, 5, 18), "isis", "held", (), "reuters-2017-09-05-deir-siege-broken"),
    # Raqqa 'surrounded from the east, north and west' on 6 Jun 2017 (AP): region-level
    ("badrani", date(2017, 9, 17), "sdf", "held", (), "ap-2017-06-06-raqqa-battle"),
    # Olive Branch from 20 Jan 2018, villages taken one by one: region-level
    ("xelilan", date(2018, 1, 26), "sdf", "contested", ("sna", "turkey"),
     "newarab-2018-03-08-jinderes"),
    # the Ghab's mountain side south of Jurin, never taken by the rebels: region-level
    ("anab_al_suqaylabiyah", date(2019, 6, 2), "government", "held", (),
     "syria_direct-2015-10-08-jourin"),
    # the Peace Spring area of the Sochi memorandum (23 Oct 2019): region-level
    ("rustam_mustafa", date(2019, 10, 30), "sna", "held", (), "tass-2019-10-sochi-memorandum"),
    ("xirbet_el_naqa", date(2024, 8, 12), "sna", "held", (), "tass-2019-10-sochi-memorandum"),
    # entered on 28 Jan 2020 (National Post)
    ("maarrat_an_numan", date(2020, 2, 23), "government", "held", (),
     "national_post-2020-01-28-syria-government-forces-enter-town-south"),
    # the campaign spokeswoman's claim of 11 Jan 2017 (Al-Hal: party claim); the SDF at the Ja'bar
    # castle, 25 km further south, on 6 Jan (SOHR via AFP)
    ("hewaj", date(2017, 1, 28), "sdf", "held", (), "al_hal-2017-01-12-karmanju-huwayj"),
    # the SDF/Asayish-held Jazira
    ("al_malikiyah", date(2018, 4, 3), "sdf", "held", (), "aranews-2016-11-qamishli-clashes"),
    ("eli_axa", date(2016, 12, 27), "sdf", "held", (), "aranews-2016-11-qamishli-clashes"),
    ("jalak", date(2020, 1, 1), "sdf", "held", (), "aranews-2016-11-qamishli-clashes"),
    ("khuwaytilah", date(2023, 3, 15), "sdf", "held", (), "kurdistan24-2019-03-23-baghouz"),
    # Russian positions in and around the town (Al-Monitor, 10 Dec 2020)
    ("ain_issa", date(2023, 8, 7), "sdf", "shared", ("government", "russia"),
     "al_monitor-2020-12-10-ain-issa"),
    # HTS's from its takeover of 7 - 8 Nov 2019 (Zaman al-Wasl)
    ("kafr_takharim", date(2022, 4, 19), "hts", "held", (),
     "zaman_al_wasl-2019-11-08-kafr-takharim-protests"),
    # the army declared full control on 3 Nov 2017 (AP)
    ("deir_ez_zor", date(2018, 9, 6), "government", "held", (), "ap-2017-11-03-deir-ez-zor-city"),
    # YPG-held from 16 Jun 2015 (SOHR via AFP, DW) to the offensive of Oct 2019 (AFP)
    ("tell_abyad", date(2017, 5, 25), "sdf", "held", (), "afp-2019-10-13-tal-abyad"),
    # the Raqqa desert south of the lake, IS's until the army's advance of Jun 2017 (the SDF's
    # landing west of Tabqa came only on 22 Mar 2017): region-level
    ("dibsi_faraj_water_pumping_station", date(2016, 11, 19), "isis", "held", (),
     "sohr-2017-06-raqqa-desert-regime-advance"),
    # within 7 km of Rahjan, HTS-held from Jul 2014 to Oct 2017 (AP; SOHR): region-level
    ("sarha_ash_shamali", date(2016, 12, 13), "hts", "shared", ("opposition",),
     "sohr-2017-rahjan-30-villages"),
    # the SDF's east bank after Baghuz (23 Mar 2019, Kurdistan 24): region-level
    ("bir_hawsa", date(2019, 9, 28), "sdf", "held", (), "kurdistan24-2019-03-23-baghouz"),
    ("cotton_storage_center", date(2021, 2, 6), "sdf", "held", (),
     "kurdistan24-2019-03-23-baghouz"),
    ("bir_shammari", date(2022, 11, 3), "sdf", "held", (), "kurdistan24-2019-03-23-baghouz"),
    # the Euphrates Shield area (the factions took 'Ihtmylat' in Oct 2016, SOHR)
    ("ihtaimlat", date(2020, 10, 21), "sna", "held", (), "bbc-2017-02-23-al-bab-near-complete"),
    # the Tell Rifaat pocket: the SDF with government and Russian presence: region-level
    ("hosniyeh_hsajek", date(2022, 6, 10), "sdf_government", "held", (),
     "kurdistan24-2022-06-01-erdogan-tal-rifaat-manbij"),
    # the government's area once IS lost Maskanah on 4 Jun 2017 (SOHR via Xinhua)
    ("khirbat_ahmad_al_habib", date(2018, 7, 28), "government", "held", (),
     "xinhua-2017-06-04-maskanah"),
]  # fmt: skip

#: The 10 new rows sampled (raqqa7, ne20, rev55 - rev59), the day drawn inside each row.
NEW_ROWS = [
    # the SDF took the Ja'bar castle on Fri 6 Jan 2017 (SOHR and a Kurdish commander via AFP;
    # Rojnews: party media): region-level
    ("mazraat_jabar", date(2017, 1, 7), "sdf", "held", (), "rojnews-2017-01-06-jabar-castle"),
    # 'took the village of al-Ansar' (Al-Watan of Bahrain relaying Al Jazeera, 13 May 2017)
    ("mazrat_al_ansar", date(2017, 6, 3), "sdf", "held", (),
     "al_watan_bh-2017-05-13-ansar-village"),
    # the villages IS was trying to reach on Sun 19 Feb 2017 (SMART): one day, one source
    ("widyan", date(2017, 2, 19), "sdf", "held", (), "smart-2017-02-19-three-villages-two-days"),
    # the Kobani countryside between the snapshots: the SDF with the army and Russia
    ("bir_khalah", date(2020, 2, 14), "sdf", "shared", ("government", "russia"),
     "sohr-2020-01-kobani-patrol-darbasiyah"),
    # the Manbij council's handover near Arima of 9 Mar 2017 (SMART: party claim): region-level
    ("jubb_al_hamir", date(2017, 5, 19), "government", "held", (),
     "smart-2017-03-09-manbij-council-five-villages"),
    # the NLF's claim of the evening of Sat 29 Feb 2020 (al-Araby al-Jadeed)
    ("qulaydin", date(2020, 2, 29), "opposition", "contested", ("government",),
     "alaraby-2020-02-29-nlf-five-villages"),
    # IS's counter-attack of Thu 24 Aug 2017 (SOHR via AFP): continuity inferred to 28 Aug
    ("ghanim_al_ali", date(2017, 8, 26), "isis", "held", (),
     "afp-2017-08-25-is-counterattack-raqqa-maadan"),
    # the SDF's between the attacks of 25 - 26 Sep and 29 Oct 2023 (Kurdistan 24)
    ("diban", date(2023, 10, 12), "sdf", "held", (), "kurdistan24-2023-10-29-renewed-attack"),
    # taken on Thu 13 Feb 2020 (SANA: party claim; Syria TV; North Press)
    ("kafr_joum_al_sharqi", date(2020, 2, 14), "government", "held", (),
     "sana-2020-02-13-kafarjoum"),
    # the army deployed at the al-Aliya silos on 1 Dec 2019 (SOHR)
    ("aliya", date(2019, 12, 2), "sdf", "shared", ("government",),
     "sohr-2019-12-mabrukah-station-factions-to-withdraw"),
]  # fmt: skip

#: Drawn places the 2020-24 snapshot answers (the map frozen from 6 Mar 2020), far from any front.
SNAPSHOT_CASES = [
    ("masyaf", date(2021, 6, 19)),
    ("al_birah_hama", date(2021, 6, 8)),
    ("aradah", date(2023, 2, 11)),
    ("kafr_rumah", date(2024, 7, 10)),
    ("khanat_assan", date(2024, 11, 20)),
]

#: Draws that were stored gaps (al-Knu: the Raqqa countryside 'IS or SDF' gap).
SKIPPED = [("al_knu", date(2017, 2, 14))]

(
    test_the_answer_is_what_the_report_says,
    test_the_snapshot_answer_cites_its_zone,
    test_the_skipped_draws_are_gaps,
) = fact_check_tests(DRAWN + NEW_ROWS, SNAPSHOT_CASES, SKIPPED)


def test_the_new_rows_end_where_their_reports_do(atlas):
    history = atlas.control.history
    # Mazra'at Ja'bar a stored gap on 5 Jan 2017 (Reuters has the SDF spokesman date the castle's
    # capture Thursday 5 Jan, AFP and SOHR Friday 6 Jan: the row follows the 6 Jan reports)
    assert history.record_on("mazraat_jabar", date(2017, 1, 5)).controller == "unknown"
    assert_checked_answer(history, "mazraat_jabar", date(2017, 1, 6), "sdf", "held", (),
                          "syrian_press_center-2017-01-06-jabar-castle")  # fmt: skip
    # Widyan answered on 19 Feb 2017 only: gaps the days before and after
    for day in (date(2017, 2, 18), date(2017, 2, 20)):
        assert history.record_on("widyan", day).controller == "unknown", day
    # Ghanim al-Ali fought over on 24 Aug 2017, IS's on 29 Aug (Step News's strikes)
    assert_checked_answer(history, "ghanim_al_ali", date(2017, 8, 24), "isis", "contested",
                          ("government",),
                          "afp-2017-08-25-is-counterattack-raqqa-maadan")  # fmt: skip
    assert_checked_answer(history, "ghanim_al_ali", date(2017, 8, 29), "isis", "held", (),
                          "step-2017-08-30-maadan-ghanim-ali-strikes")  # fmt: skip
    # Dhiban fought over on 25 - 26 Sep and 29 Oct 2023 (Kurdistan 24)
    assert_checked_answer(history, "diban", date(2023, 9, 26), "sdf", "contested", ("unknown",),
                          "kurdistan24-2023-10-29-renewed-attack")  # fmt: skip
    assert_checked_answer(history, "diban", date(2023, 10, 29), "sdf", "contested",
                          ("government",), "kurdistan24-2023-10-29-renewed-attack")  # fmt: skip
    # Kafr Joum fought over on the day of its capture, 13 Feb 2020
    assert_checked_answer(history, "kafr_joum_al_sharqi", date(2020, 2, 13), "government",
                          "contested", ("hts",), "syria_tv-2020-02-13-kafr-joum")  # fmt: skip
    # al-Aliya the SDF's alone the day before the army's deployment of 1 Dec 2019
    record = assert_checked_answer(history, "aliya", date(2019, 11, 30), "sdf", "held", (), None)
    assert not record.with_parties, record
