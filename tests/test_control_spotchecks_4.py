"""A fourth independent fact-check of the control answers (issue #15): 16 (place, day) pairs
drawn at random (seed 20261208) from the rows the region rules added on 4 Dec 2026 write, two
per rules module, half of them in the first or last week of their span. Each case asserts what
its reports say (in the comment; registry ids in sources/*.toml). All 16 were right; the days
just outside the spans, which no source reaches, are asserted to stay stored gaps."""

from __future__ import annotations

from datetime import date

import pytest
from control_answers import assert_checked_answer


@pytest.fixture(scope="module")
def history():
    from geodata.atlas import load_atlas

    return load_atlas().control.history


# (locality, day, controller, status, parties that must be among `with`, a source it must cite)
CASES = [
    # bab: Kurdish-led forces in six villages NE of Manbij west of the river (SOHR via VOA);
    # the Jarablus council south of the Sajur from 29 Aug 2016 (AP); the YPG's Manbij (AFP)
    ("dushan", date(2018, 12, 7), "sdf", "held", (),
     "voa-2016-08-25-kurdish-militia-east-of-euphrates"),
    # bab: the Mutassim Brigade 'liberated the villages of Sandaf, Kaljibrin and Kfarkalbin' on
    # Wed 8 Jun 2016; SOHR: the rebels in control of Sandaf (NOW)
    ("sandaf", date(2016, 8, 5), "opposition", "held", (), "now-2016-06-08-marea-siege-broken"),
    # hama3: Rahjan HTS-held from Jul 2014 (AP; SOHR) until IS crossed to it on 9 Oct 2017
    ("um_myal", date(2017, 7, 12), "hts", "shared", ("opposition",),
     "qasioun-2017-11-01-is-east-hama"),
    # hama3: 'held by ... al-Nusra Front and allied rebel groups' (The New Arab, 9 Jul 2016)
    ("harbinafsah", date(2017, 12, 3), "hts", "shared", ("opposition",),
     "newarab-2016-07-09-zara-harbnafsa"),
    # hama3_front: government forces 'stationed in ... the village of al-Masasinah' (SMART)
    ("masasneh", date(2018, 12, 31), "government", "held", (), "smart-2018-12-27-ankawi-masasinah"),
    # hama3_front: 'out of [the army's] control', shelled from Jurin (STJ, May 2018)
    ("al_huwash", date(2019, 4, 29), "hts", "held", (), "stj-2018-05-16-goreen-camp"),
    # south_aleppo: HTS took Zinki's west Aleppo countryside in Jan 2019 (SOHR via MEE); rebels
    # 'maintained positions' there on 11 Jan 2020 (SOHR via Xinhua)
    ("kafr_halab", date(2020, 1, 2), "hts", "held", (), "mee-2019-01-hts-western-aleppo"),
    ("sheikh_ali", date(2019, 12, 23), "hts", "held", (), "xinhua-2020-01-11-aleppo-tension"),
    # jazira3: the third phase for 'the eastern countryside' of Raqqa set out on 4 Feb 2017
    ("khan_dal", date(2017, 1, 30), "isis", "held", (), "rudaw-2017-02-04-raqqa-third-phase"),
    ("hamrat_ghanam", date(2017, 1, 30), "isis", "held", (), "ypg-2017-02-04-raqqa-phase-three"),
    # jazira3_deir: Markada and '24 villages around it' (SDF via Kurdistan 24, 9 Nov 2017); 'the
    # entire eastern flank of the Euphrates' with al-Busayrah on 12 Nov (SOHR via TRT World)
    ("muwaylih", date(2017, 12, 23), "sdf", "held", (), "trtworld-2017-11-13-busayrah"),
    # jazira3_deir: al-Sukhna, taken 5 Aug 2017, 'the last town on the road' (SOHR via RFE/RL)
    ("kabajeb", date(2017, 7, 3), "isis", "held", (), "rferl-2017-08-06-sukhna"),
    # idlib20: among the 24 villages taken 'in the past 48 hours' (SOHR via Al-Liwaa, 26 Feb)
    ("jibala", date(2020, 2, 19), "hts", "held", (), "al_liwaa-2020-02-26-sohr-24-villages"),
    # idlib20: seized with Deir Gharbi on Fri 24 Jan 2020 (SOHR via The New Arab)
    ("deir_sharqi", date(2019, 12, 19), "hts", "held", (), "newarab-2020-01-25-deir-sharqi-gharbi"),
    # hama19: the army reached Qassabiyeh on Mon 3 Jun 2019 (SOHR and the army via AP)
    ("qasabiyah", date(2019, 5, 25), "hts", "held", (), "ap-2019-06-03-qassabiyeh"),
    # hama19: 'Jabrieh' among five villages captured on 13 May 2019 (army media via AP: a party
    # claim; SOHR: villages west of Kafr Nabudah fell after 8 May, Daily Star)
    ("jabriya", date(2019, 5, 18), "government", "held", (),
     "ap-2019-05-13-five-villages-idlib-edge"),
]  # fmt: skip


@pytest.mark.parametrize(("locality", "day", "controller", "status", "among", "cited"), CASES)
def test_the_answer_is_what_the_report_says(
    history, locality, day, controller, status, among, cited
):
    record = assert_checked_answer(history, locality, day, controller, status, among, cited)
    assert "2016-2018-regions.csv:" in record.file, record  # one of today's rules wrote it


#: Days just outside the checked spans that no source reaches: they stay stored gaps.
GAPS = [
    ("jibala", date(2020, 2, 23)),  # the push began on 23 Feb; the day Jibala fell is not dated
    ("jabriya", date(2019, 5, 22)),  # the rebels re-entered Kafr Nabudah on the night to 22 May
    ("masasneh", date(2016, 8, 29)),  # the offensive's first day (SOHR: taken by 31 Aug 2016)
    ("kabajeb", date(2017, 8, 6)),  # the army's column left al-Sukhna; the day Kabajeb fell
    ("khan_dal", date(2017, 2, 4)),  # the third phase set out; the day each village fell
]


@pytest.mark.parametrize(("locality", "day"), GAPS)
def test_a_day_no_source_reaches_stays_a_stored_gap(history, locality, day):
    record = history.record_on(locality, day)
    assert record is not None and record.controller == "unknown", record
    assert record.sources and record.note, record
