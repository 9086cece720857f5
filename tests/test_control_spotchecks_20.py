"""A twentieth independent fact-check of the control answers (issue #15): the (place, day) pairs
drawn with seed 20261224 (``python -m tools.spotcheck_draw --seed 20261224 --count 30``; a seed
not used before: no pair repeats an earlier check, 9 drawn places were checked before on other
days, 3 draws were stored gaps and were skipped) and 10 of the weakest new rows of the last
session (gaptowns, rev64), the day inside each row drawn with ``random.Random(20261224)``. Each
case asserts what its reports say (in the comment; registry ids in sources/*.toml). No checked
answer is wrong by a dated allowed source: no data changed; see control/SPOTCHECK-2016-2024.md
("Twentieth check")."""

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
    # the Euphrates Shield area's lasting extent (al-Bab, 23 Feb 2017; Arima, 3 Mar 2017)
    ("qar_kalbin", date(2017, 3, 6), "sna", "held", (), "bbc-2017-02-23-al-bab-near-complete"),
    # HTS dominant after the July 2017 infighting, other factions keeping areas: region-level
    ("maryudah", date(2017, 8, 21), "hts", "shared", ("opposition",),
     "aljazeera-2017-07-23-hts-idlib"),
    ("al_buraysah", date(2018, 3, 11), "hts", "shared", ("opposition",),
     "newarab-2017-10-13-turkish-observation-posts"),
    # north of the Euphrates round Raqqa: 'surrounded from the east, north and west' (AP, Jun 2017)
    ("merdas", date(2017, 10, 6), "sdf", "held", (), "ap-2017-06-06-raqqa-battle"),
    # east of Aleppo city, the pocket south of it cleared by 9 Feb 2018 (SOHR): region-level
    ("afrin_mount_simeon", date(2018, 3, 1), "government", "held", (),
     "sohr-2018-02-is-hama-aleppo-pocket-ended"),
    # between Jurin and the Jubb al-Ahmar hills (continuity inferred, region-level)
    ("sukayr", date(2019, 8, 2), "government", "held", (), "syria_direct-2015-10-08-jourin"),
    # Peace Spring round Tal Abyad from 9 Oct 2019 (AFP; Reuters)
    ("khirbat_tayyibay", date(2019, 10, 14), "sdf", "contested", ("sna",),
     "afp-2019-10-13-tal-abyad"),
    # the government's Deir ez-Zor once IS lost Albu Kamal (RFE/RL): region-level
    ("137th_mechanized_brigade_army_base", date(2020, 2, 28), "government", "held", (),
     "rferl-2017-11-19-albu-kamal"),
    # IS's east Raqqa countryside by the river before the SDF's third phase (4 Feb 2017)
    ("al_qadisiyah", date(2016, 10, 22), "isis", "held", (), "rudaw-2017-02-04-raqqa-third-phase"),
    # the HTS-led west Aleppo countryside before the army's push (SOHR via Xinhua, 11 Jan 2020)
    ("urum_al_kubra", date(2020, 1, 5), "hts", "held", (), "xinhua-2020-01-11-aleppo-tension"),
    ("hama", date(2022, 3, 23), "government", "held", (), "newarab-2016-09-01-rebels-close-hama"),
    ("ariha", date(2023, 9, 30), "hts", "held", (), "newarab-2019-01-10-hts-takes-idlib"),
    ("sarmin", date(2022, 9, 29), "hts", "held", (), "newarab-2019-01-10-hts-takes-idlib"),
    ("as_safira", date(2024, 11, 15), "government", "held", (), "xinhua-2017-06-04-maskanah"),
    # the 'regime-held province' of Latakia (The New Arab, Jan 2018): region-level
    ("al_qardahah", date(2021, 6, 27), "government", "held", (),
     "newarab-2018-01-07-hmeimim-drones"),
    ("al_bassah_latakia", date(2023, 12, 25), "government", "held", (),
     "newarab-2018-01-07-hmeimim-drones"),
    ("wadi_al_zaraq", date(2019, 1, 2), "government", "held", (),
     "newarab-2018-01-07-hmeimim-drones"),
    # the Kobani countryside, SDF-held since 2015 (Defense Post): region-level
    ("marzah_al_dawoud", date(2016, 9, 2), "sdf", "held", (), "defensepost-2019-10-16-kobani"),
    ("bani_saba", date(2016, 11, 26), "sdf", "held", (), "defensepost-2019-10-16-kobani"),
    ("aydiq", date(2022, 4, 12), "sdf", "held", (), "defensepost-2019-10-16-kobani"),
    # the Manbij Military Council's area (Reuters, 2 Mar 2017)
    ("mankubah", date(2018, 10, 2), "sdf", "held", (),
     "reuters-2017-03-02-manbij-villages-handover"),
    # the SDF's Hasakah and Raqqa countryside
    ("al_hamaniyat", date(2019, 5, 7), "sdf", "held", (), "anf-2016-11-06-sdf-raqqa-statement"),
    ("east_qurtubah", date(2024, 9, 26), "sdf", "held", (), "anf-2016-11-06-sdf-raqqa-statement"),
    ("buwaytiyah", date(2020, 12, 12), "sdf", "held", (), "channel4-2017-10-17-raqqa"),
    ("al_rakbah", date(2021, 4, 15), "sdf", "held", (), "kurdistan24-2019-03-23-baghouz"),
    ("showeykhan", date(2023, 8, 31), "sdf", "held", (), "kurdistan24-2019-03-23-baghouz"),
    # the YPG-held Tell Rifaat area with government forces present
    ("shaykh_layl", date(2020, 8, 31), "sdf", "shared", ("government",),
     "anadolu-2019-03-tal-rifaat-patrols"),
]  # fmt: skip

#: The 10 new rows sampled (gaptowns, rev64), the day drawn inside each row.
NEW_ROWS = [
    # HTS's between 8 Jan 2018 (14 km from the base, SOHR) and the army's capture of 20 - 21 Jan
    ("abu_az_zuhur", date(2018, 1, 9), "hts", "held", (), "afp-2018-01-21-abu-duhur"),
    # the rebels' after IS's attempt of 2 Nov 2016 (Al Jazeera; dpa): continuity inferred
    ("akhtarin", date(2016, 12, 23), "sna", "held", (), "al_jazeera-2016-11-02-akhtarin-regained"),
    # IS's until the factions took it on Thu 6 Oct 2016 (Al-Araby al-Jadeed)
    ("akhtarin", date(2016, 10, 3), "isis", "held", (), "alaraby-2016-10-06-akhtarin-taken"),
    # the Manbij Military Council's from the evening of 25 Nov 2016 (Enab Baladi)
    ("arima", date(2017, 2, 11), "sdf", "held", (), "enab_baladi-2016-11-26-sdf-enters-arima"),
    # IS's on the eve of the rebels' claim of Tue 15 Nov 2016 (Reuters): one source
    ("qabasin", date(2016, 11, 14), "isis", "held", (), "reuters-2016-11-15-qabasin"),
    # IS's with the factions 'at the gates of Sawran' on 10 Oct 2016 (Enab Baladi)
    ("sawran", date(2016, 10, 10), "isis", "held", (), "enab_baladi-2016-10-10-eight-villages"),
    # the Manbij Military Council's side of the Sajur line (its statements of 8 Feb and 27 Sep
    # 2021: party claim, region-level, continuity inferred), the government's troops on the front
    ("al_qawuqli", date(2021, 4, 29), "sdf", "shared", ("government",),
     "sdf_command-2021-09-27-manbij-north-september-shelling"),
    ("ilan", date(2021, 8, 1), "sdf", "shared", ("government",),
     "sdf_command-2021-09-27-manbij-north-september-shelling"),
    # the council's Arab Hassan after the attack it thwarted on 22 Jul 2024 (Hawar News)
    ("arab_hasan_kabir", date(2024, 11, 21), "sdf", "shared", ("government",),
     "anha-2024-07-22-arab-hassan-jarad-infiltration"),
    # the factions' with HTS positions in the village on 9 Dec 2023 (Afrin Post; SNHR)
    ("kabashin", date(2023, 12, 9), "sna", "shared", ("hts",),
     "afrin_post-2023-12-10-hts-kabashin-nubl-zahraa"),
]  # fmt: skip

#: Drawn places the 2020-24 snapshot answers (the map frozen from 6 Mar 2020), far from any front.
SNAPSHOT_CASES = [
    ("maryamin_masyaf", date(2021, 7, 16)),
    ("al_zafaranah", date(2023, 8, 6)),
    ("mazrur_oil_field", date(2024, 9, 2)),
]

#: Draws that were stored gaps (Aabed: east Aleppo before the army's campaign of Jan 2017, a
#: stored gap naming government, IS or SDF; al-Sahel and Kanaker: places south of the tracked north
#: with no row before the autumn-2019 snapshot).
SKIPPED = [
    ("aabed", date(2016, 10, 15)),
    ("al_sahel", date(2018, 8, 26)),
    ("kanaker", date(2019, 2, 11)),
]

(
    test_the_answer_is_what_the_report_says,
    test_the_snapshot_answer_cites_its_zone,
    test_the_skipped_draws_are_gaps,
) = fact_check_tests(DRAWN + NEW_ROWS, SNAPSHOT_CASES, SKIPPED)


def test_the_new_rows_end_where_their_reports_do(atlas):
    history = atlas.control.history
    # Akhtarin: the rebels' from Thu 6 Oct 2016; fought over on 8 Oct (IS's counter-attack 'began
    # late on Friday' 7 Oct: SOHR via Reuters, 8 Oct); the rebels' again from 9 Oct
    assert history.record_on("akhtarin", date(2016, 10, 5)).controller == "isis"
    assert history.record_on("akhtarin", date(2016, 10, 6)).controller == "sna"
    assert_checked_answer(history, "akhtarin", date(2016, 10, 8), "isis", "contested", ("sna",),
                          "reuters-2016-10-08-is-counterattack-akhtarin")  # fmt: skip
    assert history.record_on("akhtarin", date(2016, 10, 9)).controller == "sna"
    # Arima: fought over 23 - 25 Nov 2016, the council's from 26 Nov
    assert history.record_on("arima", date(2016, 11, 25)).status == "contested"
    assert history.record_on("arima", date(2016, 11, 26)).controller == "sdf"
    # Sawran: fought over on Sat 15 Oct 2016, taken with Dabiq on Sun 16 Oct (SOHR via AFP)
    assert history.record_on("sawran", date(2016, 10, 15)).status == "contested"
    # Abu al-Duhur: contested from 21 Jan 2018
    assert history.record_on("abu_az_zuhur", date(2018, 1, 21)).status == "contested"
    # Arab Hasan Kabir: fought over on Fri 8 Sep 2023 (the YPJ), the council's (shared) after
    assert_checked_answer(history, "arab_hasan_kabir", date(2023, 9, 8), "sdf", "contested",
                          ("sna",), "ypj-2023-09-08-manbij-battles-arab-hassan")  # fmt: skip
