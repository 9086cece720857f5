"""A nineteenth independent fact-check of the control answers (issue #15): the (place, day) pairs
drawn with seed 20261223 (``python -m tools.spotcheck_draw --seed 20261223 --count 30``; a seed
not used before: no pair repeats an earlier check, 8 drawn places were checked before on other
days, 4 draws were stored gaps and were skipped) and 10 of the weakest new rows of the last
session (gapidl, gaphama, rev61, rev62, rev63), the day inside each row drawn with
``random.Random(20261223)``. Each case asserts what its reports say (in the comment; registry ids
in sources/*.toml). No checked answer is wrong by a dated allowed source: no data changed; see
control/SPOTCHECK-2016-2024.md ("Nineteenth check")."""

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
    # IS's east Aleppo countryside east of the army's push south of al-Bab (18 - 19 Feb 2017,
    # SOHR via Reuters): region-level
    ("al_khazaliyah", date(2017, 1, 13), "isis", "held", (),
     "reuters-2017-02-21-army-east-of-al-bab"),
    # north of Ain Issa, the SDF's launch area of 6 Nov 2016 (Reuters): region-level
    ("zanubah", date(2017, 10, 7), "sdf", "held", (), "reuters-2016-11-06-raqqa-campaign"),
    # the Suwar area IS held until the SDF's 'fully liberated' of 28 Sep 2017 (YPG press release)
    ("al_hariyah", date(2017, 9, 13), "isis", "held", (), "ypg-2017-09-28-suwar"),
    # south of Aleppo, the pocket cleared by 9 Feb 2018 (SOHR): region-level
    ("balas", date(2018, 2, 10), "government", "held", (),
     "sohr-2018-02-is-hama-aleppo-pocket-ended"),
    # south of Mhardeh, behind 'the Syrian regime-held Mahardah city' (STJ, Sep 2018)
    ("btaysh", date(2019, 7, 4), "government", "held", (), "stj-2018-09-mahardah-attacks"),
    # the Peace Spring area as the Sochi memorandum froze it (23 Oct 2019)
    ("abu_kabr", date(2019, 10, 31), "sna", "held", (), "tass-2019-10-sochi-memorandum"),
    ("al_ahras", date(2019, 10, 24), "sna", "held", (), "tass-2019-10-sochi-memorandum"),
    # the Tell Rifaat pocket: 'held by local Kurdish fighters', Russian and regime troops inside
    # (SOHR's head to AFP, 2 Dec 2019): region-level (h-gapaz's row)
    ("hasiyah", date(2019, 12, 24), "sdf", "shared", ("government",),
     "afp-2019-12-03-tal-rifaat-school-shelling"),
    # the Asayish's city with the government's security square (Enab Baladi, Oct 2023)
    ("qamishli", date(2022, 5, 13), "sdf", "shared", ("government",),
     "enab_baladi-2023-10-northern-syria-security-squares-manage-s"),
    # IS's de facto capital until the SDF's battle (AP)
    ("raqqa", date(2016, 12, 8), "isis", "held", (), "ap-2017-06-06-raqqa-battle"),
    # the government's 'strongholds of Al-Sqaylabiyeh and Mhardeh' (autumn-2019 snapshot)
    ("suqaylabiyah", date(2019, 11, 3), "government", "held", (), "zone:government-2019-10-23"),
    # the 'regime-held province' of Latakia (The New Arab, Jan 2018): region-level
    ("jablah", date(2017, 6, 1), "government", "held", (), "newarab-2018-01-07-hmeimim-drones"),
    ("al_kindisiyah", date(2022, 1, 11), "government", "held", (),
     "newarab-2018-01-07-hmeimim-drones"),
    ("qamuhiyah", date(2020, 11, 26), "government", "held", (),
     "newarab-2018-01-07-hmeimim-drones"),
    # the army's from 22 Dec 2016 (Reuters)
    ("aleppo", date(2019, 5, 31), "government", "held", (), "reuters-2016-12-22-aleppo-retaken"),
    # the YPG's town with pro-regime fighters from 28 Mar 2018 (AFP via Rudaw)
    ("tell_rifaat", date(2021, 4, 29), "sdf", "shared", ("government",),
     "rudaw-2018-03-29-tal-rifaat"),
    ("shaykh_layl", date(2021, 6, 1), "sdf", "shared", ("government",),
     "anadolu-2019-03-tal-rifaat-patrols"),
    # the rebel alliance of Ahrar al-Sham and HTS in Idlib (Al Jazeera): region-level
    ("maarrat_hurmah", date(2016, 12, 10), "opposition", "shared", ("hts",),
     "aljazeera-2017-07-23-hts-idlib"),
    ("afis", date(2016, 8, 25), "opposition", "shared", ("hts",),
     "aljazeera-2017-07-23-hts-idlib"),
    # the SDF's Hasakah countryside
    ("wael", date(2018, 2, 8), "sdf", "held", (), "anf-2016-11-06-sdf-raqqa-statement"),
    ("tal_faras", date(2023, 7, 23), "sdf", "held", (), "kurdistan24-2019-03-23-baghouz"),
    # the government's east Aleppo once IS lost Maskanah (SOHR via Xinhua)
    ("tell_sous", date(2018, 1, 2), "government", "held", (), "xinhua-2017-06-04-maskanah"),
    # the Euphrates Shield area's lasting extent (al-Bab, 23 Feb 2017; Arima, 3 Mar 2017)
    ("al_ayyubiyah", date(2020, 8, 22), "sna", "held", (), "bbc-2017-02-23-al-bab-near-complete"),
    ("jarablus_border_crossing", date(2024, 7, 17), "sna", "held", (),
     "bbc-2017-02-23-al-bab-near-complete"),
    # the government's security square in al-Hasakah (Mercy Corps, Feb 2021)
    ("hasakah_security_box", date(2020, 10, 21), "government", "held", (),
     "mercycorps-2021-02-02-security-squares"),
    # HTS and the TIP held the hilltop town (al-Masdar, Aug 2019 and Dec 2020: a single source)
    ("kabani", date(2021, 2, 23), "hts", "held", (), "almasdar-2020-12-28-kabani"),
]  # fmt: skip

#: The 10 new rows sampled (gapidl, gaphama, rev61, rev62, rev63), the day drawn inside each row.
NEW_ROWS = [
    # HTS's until the army retook the base on Fri 14 Feb 2020 (SOHR via AFP); Syria TV, 13 Feb
    ("46th_regiment", date(2020, 2, 11), "hts", "held", (), "syria_tv-2020-02-13-kafr-joum"),
    ("kafr_naha", date(2020, 2, 10), "hts", "held", (), "syria_tv-2020-02-13-kafr-joum"),
    # the northern Hama pocket held by HTS and Jaysh al-Izza until 23 Aug 2019 (SOHR; SANA)
    ("maarkaba", date(2019, 7, 24), "opposition", "shared", ("hts",),
     "sohr-2019-08-23-buwaydah-maarkaba-first-since-2012"),
    ("buwaydah_hama_2", date(2019, 5, 8), "opposition", "shared", ("hts",),
     "sohr-2019-08-23-buwaydah-maarkaba-first-since-2012"),
    # 'subject to the control of the opposition' (Al-Hal, 10 Nov 2016); shelled by the regime
    # (SOHR, 14 Jul 2018): continuity inferred
    ("al_banah", date(2018, 2, 21), "opposition", "held", (),
     "al_hal-2016-11-10-banah-attack-repelled"),
    # IS pushed the army 30 km back from Madan on 24 Aug 2017 (SOHR via AFP; AP)
    ("madan", date(2017, 8, 29), "isis", "held", (),
     "afp-2017-08-25-is-counterattack-raqqa-maadan"),
    # the rebels' between their retaking of 27 Aug 2016 (Enab Baladi) and 3 Sep (Reuters)
    ("al_rai", date(2016, 8, 28), "opposition", "held", (),
     "enab_baladi-2016-08-27-west-of-jarablus"),
    # the army's from the capture of both Engineers' projects (13 - 14 Feb 2020): region-level
    ("al_muhandisin", date(2020, 2, 15), "government", "held", (),
     "al_hal-2020-02-14-army-3km-from-atarib"),
    # HTS's crossings administration at Atmeh, the SNA at Deir Ballut (Enab Baladi, Apr 2020)
    ("atmeh_border_crossing", date(2020, 11, 1), "hts", "shared", ("sna",),
     "enab_baladi-2020-04-25-idlib-aleppo-crossings-reopened"),
    # the SDF's after the tribal attack of 7 Aug 2024 ('SDF-controlled': Syria Direct, 12 Aug)
    ("diban", date(2024, 8, 29), "sdf", "held", (),
     "syria_direct-2024-08-12-deir-ezzor-civilians-under-fire"),
]  # fmt: skip

#: Drawn places the 2020-24 snapshot answers (the map frozen from 6 Mar 2020), far from any front.
SNAPSHOT_CASES = [
    ("kusaybiyah", date(2022, 2, 14)),
    ("ayn_qari_checkpoint", date(2023, 10, 20)),
    ("bakkar_al_sharqi", date(2023, 12, 18)),
    ("tubna", date(2024, 10, 12)),
    ("rasm_al_sayd", date(2024, 7, 26)),
]

#: Draws that were stored gaps (Zawr Bel Hsein: Hama's fronts to May 2018; Muallis: the west
#: Idlib 2019 batch; Rahifiyah: Peace Spring's front, h-rev28; Khirbat Duwayr: west of al-Bab,
#: h-rev38).
SKIPPED = [
    ("zawr_bel_hsein", date(2016, 12, 31)),
    ("muallis", date(2019, 7, 22)),
    ("rahifiyah", date(2019, 10, 18)),
    ("khirbat_duwayr", date(2019, 10, 10)),
]

(
    test_the_answer_is_what_the_report_says,
    test_the_snapshot_answer_cites_its_zone,
    test_the_skipped_draws_are_gaps,
) = fact_check_tests(DRAWN + NEW_ROWS, SNAPSHOT_CASES, SKIPPED)


def test_the_new_rows_end_where_their_reports_do(atlas):
    history = atlas.control.history
    # the 46th Regiment: HTS's to 13 Feb 2020, the army's from 14 Feb (al-Masdar; SOHR via AFP)
    assert history.record_on("46th_regiment", date(2020, 2, 13)).controller == "hts"
    assert history.record_on("46th_regiment", date(2020, 2, 14)).controller == "government"
    # Kafr Naha: HTS's to 14 Feb 2020, fought over on 15 Feb (h-rev66: SANA's claim), the army's
    # 16 Feb
    assert history.record_on("kafr_naha", date(2020, 2, 14)).controller == "hts"
    assert history.record_on("kafr_naha", date(2020, 2, 15)).status == "contested"
    assert history.record_on("kafr_naha", date(2020, 2, 16)).controller == "government"
    # Ma'arkaba: the army's from Fri 23 Aug 2019
    assert history.record_on("maarkaba", date(2019, 8, 23)).controller == "government"
    # Madan: IS's to 30 Aug 2017, a stored gap from 31 Aug
    assert history.record_on("madan", date(2017, 8, 31)).controller == "unknown"
    # al-Rai: fought over on 27 Aug 2016 (Enab Baladi), the rebels' from 28 Aug
    assert_checked_answer(history, "al_rai", date(2016, 8, 27), "opposition", "contested",
                          ("isis",), "enab_baladi-2016-08-27-west-of-jarablus")  # fmt: skip
    # Diban: fought over on Wed 7 Aug 2024 (Syria TV; the tribes' attack from the regime's side)
    syria_tv_7_aug = "syria_tv-2024-08-07-tribes-army-attacks-sdf-east-deir-ezzor"
    assert_checked_answer(
        history, "diban", date(2024, 8, 7), "sdf", "contested", ("government",), syria_tv_7_aug
    )
