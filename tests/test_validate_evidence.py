"""`validate` refuses the evidence faults the December 2026 audit found by hand (AUDIT-2026-12.md):
a remark dated after it was reported, "no comment" stored as a position, an unnamed source
credited to a ministry, one quote stored twice, one outlet under two publisher ids, and a
scraper/aggregator copy cited as the source."""

from __future__ import annotations

from pathlib import Path

import pytest
from validate_fixture import edit, problems

STATEMENT = 'speaker = "the Turkish defence ministry"\ndate = 2023-04-25'


def add(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")


def test_the_fixture_passes_the_evidence_checks(data):
    assert problems(data) == []


def test_a_statement_dated_after_its_source_was_published_fails(data):
    # The fixture's source is dated 2023-04-25: a remark it reports was said on or before that.
    edit(data / "talks/statements.toml", STATEMENT, STATEMENT.replace("04-25", "05-25"))
    assert any(
        "s-turkey" in p and "after its sources published it (2023-04-25)" in p
        for p in problems(data)
    ), problems(data)


def test_no_comment_stored_as_a_statement_fails(data):
    edit(
        data / "talks/statements.toml",
        'text = "Discussed withdrawal."',
        'text = "Moscow had no immediate comment."',
    )
    assert any("s-syria" in p and "'no comment' is not a position" in p for p in problems(data))


def test_an_unnamed_source_credited_to_the_ministry_fails(data):
    edit(
        data / "talks/statements.toml",
        'excerpt = "The ministry said \u201cconstructive\u201d talks were held."',
        'excerpt = "Talks were \u201cconstructive\u201d, a ministry source said on condition of '
        'anonymity."',
    )
    found = problems(data)
    assert any("s-turkey" in p and "unnamed source" in p for p in found), found
    # Named as the source names them, the same statement passes.
    edit(
        data / "talks/statements.toml",
        'speaker = "the Turkish defence ministry"',
        'speaker = "an unnamed Turkish defence ministry source"',
    )
    assert problems(data) == []


def test_the_same_quote_stored_twice_fails(data):
    add(
        data / "talks/statements.toml",
        """[[statement]]
id = "s-turkey-again"
event_id = "e-moscow"
party = "turkey"
speaker = "the Turkish defence ministry"
date = 2023-04-25
text = "Constructive"
verbatim = true
excerpt = "The ministry said \u201cconstructive\u201d talks were held."
sources = ["fixture-a"]
""",
    )
    assert any(
        "s-turkey-again" in p and "already statement 's-turkey'" in p for p in problems(data)
    ), problems(data)


def test_one_outlet_under_two_publisher_ids_fails(data):
    # The same domain under a second id would let one outlet carry two grades.
    add(
        data / "sources/fixture.toml",
        """[[publisher]]
id = "fixture_again"
name = "Example Monitor again"
kind = "monitor"
reliability = "B"
domains = ["example.org"]
""",
    )
    assert any(
        "fixture_again" in p and "domain example.org is also publisher 'fixture'" in p
        for p in problems(data)
    ), problems(data)


@pytest.mark.parametrize(
    "url",
    [
        "https://english.hathalyoum.net/x",  # aggregator the audit found as a copy
        "https://www.onenewspage.com/n/x.htm",
        "https://zero-ready.com/x",
        "https://mikologi.pages.dev/x",
    ],
)
def test_an_aggregator_copy_cited_as_the_source_fails(data, url):
    edit(
        data / "sources/fixture.toml",
        'url = "https://example.org/b"',
        f'url = "{url}"\nnote = "a copy"',
    )
    assert any("fixture-b" in p and "url refused" in p for p in problems(data)), problems(data)


def test_an_aggregator_copy_may_still_be_read_via(data):
    edit(
        data / "sources/fixture.toml",
        'url = "https://example.org/b"',
        'url = "https://example.org/b"\nread_via = "https://english.hathalyoum.net/x"',
    )
    assert problems(data) == []


def test_a_descriptive_title_must_be_bracketed(data):
    edit(
        data / "sources/fixture.toml",
        'url = "https://example.org/b"',
        'url = "https://example.org/b"\nnote = "title descriptive: headline not seen"',
    )
    assert any("fixture-b" in p and "[brackets]" in p for p in problems(data)), problems(data)
    edit(data / "sources/fixture.toml", 'title = "Fixture b"', 'title = "[Fixture b]"')
    assert problems(data) == []
