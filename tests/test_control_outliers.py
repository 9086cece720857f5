"""tools.control_outliers: an inferred answer whose nearest named neighbours all have another
holder is listed as a lead for review; agreeing or too-few neighbours are not."""

from __future__ import annotations

from datetime import date

from tools.control_outliers import Answer, month_starts, neighbour_table, outliers_on

# four villages ~1.1 km apart in a row (0.01 degrees of latitude), one far away
POINTS = {
    "a": (36.00, 37.00),
    "b": (36.01, 37.00),
    "c": (36.02, 37.00),
    "d": (36.03, 37.00),
    "far": (36.50, 37.00),
}


def test_neighbours_are_within_the_radius_nearest_first():
    table = neighbour_table(POINTS, radius_km=2.5)
    assert [other for _, other in table["a"]] == ["b", "c"]
    assert table["far"] == []
    assert 1.0 < table["a"][0][0] < 1.2  # 0.01 degrees of latitude


def test_an_inferred_answer_against_all_named_neighbours_is_listed():
    table = neighbour_table(POINTS, radius_km=5)
    answers = {
        "a": Answer("government", inferred=True),
        "b": Answer("isis", inferred=False),
        "c": Answer("isis", inferred=False),
        "d": Answer("isis", inferred=False),
    }
    [found] = outliers_on(answers, table, neighbours=3)
    assert found.locality == "a" and found.controller == "government"
    assert [o for o, _, _ in found.neighbours] == ["b", "c", "d"]


def test_one_agreeing_neighbour_or_too_few_named_ones_is_no_lead():
    table = neighbour_table(POINTS, radius_km=5)
    answers = {
        "a": Answer("government", inferred=True),
        "b": Answer("isis", inferred=False),
        "c": Answer("government", inferred=False),
        "d": Answer("isis", inferred=False),
    }
    assert outliers_on(answers, table, neighbours=3) == []
    # an inferred or unknown neighbour does not count as named: two left, fewer than three
    answers["c"] = Answer("isis", inferred=True)
    answers["d"] = Answer("unknown", inferred=False)
    answers["b"] = Answer("isis", inferred=False)
    assert outliers_on(answers, table, neighbours=3) == []


def test_a_partner_in_a_shared_holding_agrees():
    table = neighbour_table(POINTS, radius_km=5)
    answers = {
        "a": Answer("opposition", inferred=True, with_parties=("hts",)),
        "b": Answer("hts", inferred=False),
        "c": Answer("hts", inferred=False),
        "d": Answer("hts", inferred=False),
    }
    assert outliers_on(answers, table, neighbours=3) == []


def test_months_are_sampled_on_their_first_day_across_a_year_end():
    assert list(month_starts(date(2016, 11, 1), date(2017, 2, 15))) == [
        date(2016, 11, 1), date(2016, 12, 1), date(2017, 1, 1), date(2017, 2, 1),
    ]  # fmt: skip
