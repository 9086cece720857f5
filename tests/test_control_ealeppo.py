"""Villages of the army's 2017 east Aleppo campaign answered from dated reports (issue #15,
h-ealeppo: tools/regions_2016_2018_rules_ealeppo.py, sources/2016-2019-ealeppo.toml): the holder
a user sees on the days Reuters (via Gazete Duvar), Enab Baladi and Al-Masdar News bound, and the
days they leave open, which stay gaps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from control_answers import (
    assert_region_answer,
    assert_source_file_registered,
    assert_stored_gap,
    sources_cited_by,
)

DUVAR = "gazete_duvar-2017-01-22-army-nears-al-bab"
MASDAR_20_MAR = "al_masdar-2017-03-20-deir-hafer-encircle"
MASDAR_15_FEB = "al_masdar-2017-02-15-north-east-of-kweires"
ENAB = "enab_baladi-2015-11-09-sheikh-ahmad-kweires"


@pytest.mark.parametrize("locality", ["sarjah_kabirah"])
def test_the_surja_villages_fall_on_22_january_2017(atlas, locality):
    """Reuters (via Gazete Duvar): the army drove IS out of Surja al-Kabira and its neighbours,
    16 km from al-Bab, on Sunday 22 Jan 2017."""
    record = assert_region_answer(atlas, locality, date(2017, 1, 21), "isis")
    assert DUVAR in record.sources
    record = assert_region_answer(atlas, locality, date(2017, 1, 22), "government")
    assert DUVAR in record.sources
    record = assert_region_answer(atlas, locality, date(2017, 2, 26), "government")
    assert "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "first"),
    [("shuraymah_al_bab", date(2017, 3, 19)), ("al_qusayr_al_bab", date(2017, 3, 20))],
)
def test_the_villages_south_of_deir_hafer_fall_on_19_and_20_march(atlas, locality, first):
    """Al-Masdar News (pro-government, party-side): Shuraymah taken on 19 Mar 2017, al-Qusayr on
    20 Mar; the days before stay gaps."""
    for day in (first, date(2017, 3, 28)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert MASDAR_20_MAR in record.sources and "party-side" in record.note
    assert_stored_gap(atlas, locality, first - timedelta(days=1))


@pytest.mark.parametrize("locality", ["tall_sabin", "sheikh_ahmad_al_bab", "kuwayris_sharqi"])
def test_the_army_holds_its_road_to_kweires_until_deir_hafer_falls(atlas, locality):
    """Enab Baladi (9 Nov 2015) and Reuters (10 Nov 2015): the army's road into the Kweires air
    base; held to the fall of Deir Hafer (continuity inferred)."""
    for day in (date(2016, 8, 1), date(2017, 1, 16), date(2017, 3, 28)):
        record = assert_region_answer(atlas, locality, day, "government")
        assert ENAB in record.sources and MASDAR_15_FEB in record.sources
        assert "continuity inferred" in record.note


@pytest.mark.parametrize(
    ("locality", "day"),
    [
        # around Kweires, only the villages on the army's road are answered
        ("tall_al_ahmar", date(2016, 10, 1)),
        ("shuwaylekh", date(2017, 2, 15)),
    ],
)
def test_days_no_source_reaches_stay_gaps(atlas, locality, day):
    assert_stored_gap(atlas, locality, day)


def test_earlier_rules_still_answer_the_days_before_the_campaign(atlas):
    """Before 17 Jan 2017 the region-level rule of _aleppo.py answers the Surja villages (IS)."""
    record = atlas.control.history.record_on("sarjah_kabirah", date(2016, 12, 1))
    assert record.controller == "isis" and "ealeppo_" not in (record.note or "")


def test_every_source_is_registered_and_cited(atlas):
    assert_source_file_registered("2016-2019-ealeppo.toml")
    cited = sources_cited_by(atlas, "> ealeppo_")
    assert {
        DUVAR,
        MASDAR_20_MAR,
        MASDAR_15_FEB,
        ENAB,
        "sana-2017-02-25-18-villages-east-aleppo",
        "sana-2017-03-05-north-east-aleppo-villages",
    } <= cited


@pytest.mark.parametrize(
    ("locality", "first", "source"),
    [
        ("al_shami", date(2017, 2, 25), "sana-2017-02-25-18-villages-east-aleppo"),
        ("shanhasa", date(2017, 2, 25), "sana-2017-02-25-18-villages-east-aleppo"),
        ("rawdah_al_bab", date(2017, 3, 4), "sana-2017-03-05-north-east-aleppo-villages"),
        ("samiyyah", date(2017, 3, 5), "sana-2017-03-05-north-east-aleppo-villages"),
        ("tabarat_kalash", date(2017, 3, 5), "sana-2017-03-05-north-east-aleppo-villages"),
    ],
)
def test_sanas_named_villages_are_the_armys_from_the_claim(atlas, locality, first, source):
    """SANA's lists (party claim) of 25 Feb, 4 and 5 Mar 2017: government from the claim, the
    days before it gaps."""
    record = assert_region_answer(atlas, locality, first, "government")
    assert source in record.sources and "party claim" in record.note
    assert "continuity inferred" in record.note
    assert_stored_gap(atlas, locality, first - timedelta(days=1))


def test_balat_is_held_from_the_february_2016_road_push(atlas):
    record = assert_region_answer(atlas, "balat", date(2016, 8, 1), "government")
    assert "sohr-2016-02-21-aleppo-raqqa-road" in record.sources
    assert_region_answer(atlas, "balat", date(2017, 6, 3), "government")


@pytest.mark.parametrize("locality", ["tabbarat_al_madi", "umm_miyal_manbij"])
def test_list_names_not_matched_to_the_gazetteer_stay_gaps(atlas, locality):
    """Tabbaret Madi (25 Feb) and the 5 Mar 'Umm Miyal' are not matched to the gazetteer's
    places of those names, which lie far from the lists' areas."""
    assert_stored_gap(atlas, locality, date(2017, 3, 10))


def test_aabed_falls_on_18_january_2017(atlas):
    """Enab Baladi: the army advanced at IS's expense in Aabed on the morning of 18 Jan 2017."""
    source = "enab_baladi-2017-01-19-aabed-afrin-al-bab"
    assert source in assert_region_answer(atlas, "aabed", date(2017, 1, 17), "isis").sources
    record = assert_region_answer(atlas, "aabed", date(2017, 1, 18), "government")
    assert source in record.sources
    assert_region_answer(atlas, "aabed", date(2017, 6, 3), "government")
    assert_stored_gap(atlas, "aabed", date(2016, 12, 1))


def test_abu_taltal_is_claimed_on_11_february_2017(atlas):
    """Al Jazeera relays the regime media's claim (11 Feb 2017); the days before stay gaps."""
    record = assert_region_answer(atlas, "abu_taltal", date(2017, 2, 11), "government")
    assert "al_jazeera-2017-02-11-abu-taltal" in record.sources and "party claim" in record.note
    assert_stored_gap(atlas, "abu_taltal", date(2017, 2, 10))


@pytest.mark.parametrize("locality", ["mawalih_janubiyah", "karmah"])
def test_the_villages_east_of_the_lake_are_claimed_on_27_may_2017(atlas, locality):
    record = assert_region_answer(atlas, locality, date(2017, 5, 27), "government")
    assert "dw-2017-05-28-army-nears-maskanah" in record.sources and "party claim" in record.note
    assert_stored_gap(atlas, locality, date(2017, 5, 26))


@pytest.mark.parametrize("locality", ["al_sin", "fah", "nasr_allah", "tall_al_hattabat"])
def test_the_general_commands_villages_are_the_armys_from_20_february_2017(atlas, locality):
    """SANA (20 Feb 2017, party claim): 44 villages 'to which security has been restored'."""
    record = assert_region_answer(atlas, locality, date(2017, 2, 20), "government")
    assert "sana-2017-02-20-general-command-44-villages" in record.sources
    assert "party claim" in record.note
    if locality in ("nasr_allah", "tall_al_hattabat", "al_sin"):
        # h-rev23: the army's before too, from its captures of Dec 2015 / Jan 2016 (al-Masdar);
        # h-rev25: al-Si'in from its capture of 18 Feb 2016 (Enab Baladi)
        assert_region_answer(atlas, locality, date(2017, 2, 19), "government")
    else:
        assert_stored_gap(atlas, locality, date(2017, 2, 19))


@pytest.mark.parametrize("locality", ["safa_al_bab", "tayarah", "tannouza_al_bab"])
def test_the_same_names_thirty_km_east_are_not_matched(atlas, locality):
    assert_stored_gap(atlas, locality, date(2017, 2, 21))
