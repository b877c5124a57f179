"""find_sections and the sections parse_article gives its mentions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralnews import Section, find_sections, parse_article
from mineralnews.sections import section_locator, title_of


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in find_sections(text)]


def test_a_whole_article() -> None:
    text = (
        "Atlas Gold Jumps 12% On Drill Results\n"
        "Published May 4, 2025 09:30\n"
        "\n"
        "Atlas Gold (TSX: AGX) rose 12% on Monday.\n"
        "The company will drill again in June.\n"
        "\n"
        "Featured image via Atlas Gold\n"
        "Related Articles\n"
        "Orion Copper Falls 3% After Fire\n"
        "Kestrel Names New Chief\n"
    )
    assert _kinds(text) == [
        ("title", "Atlas Gold Jumps 12% On Drill Results"),
        ("dateline", "Published May 4, 2025 09:30"),
        ("body", "Atlas Gold (TSX: AGX) rose 12% on Monday."),
        ("body", "The company will drill again in June."),
        ("boilerplate", "Featured image via Atlas Gold"),
        ("related", "Related Articles\nOrion Copper Falls 3% After Fire\nKestrel Names New Chief"),
    ]
    article = parse_article(text)
    assert article.title == "Atlas Gold Jumps 12% On Drill Results"
    assert [(m.percent, m.section) for m in article.moves] == [
        (12, "title"),
        (12, "body"),
        (3, "related"),
    ]
    assert [t.section for t in article.tickers] == ["body"]


# (text, its title or None)
TITLES = [
    pytest.param(
        "Kestrel Copper Slides 8% as Mill Stalls\nKestrel fell.",
        "Kestrel Copper Slides 8% as Mill Stalls",
        id="headline",
    ),
    pytest.param(
        "Tuesday, March 3, 2026\n\nOrion Signs Offtake Deal\nOrion said.",
        "Orion Signs Offtake Deal",
        id="after-dateline",
    ),
    pytest.param(
        "ORN\n\nOrion Shares Rise on Offtake Deal\nOrion said.",
        "Orion Shares Rise on Offtake Deal",
        id="after-kicker",
    ),
    pytest.param("Orion signed an offtake deal on Monday.\nShares rose.", None, id="sentence"),
    pytest.param("", None, id="empty"),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_title(text: str, title: str | None) -> None:
    assert title_of(find_sections(text)) == title
    assert parse_article(text).title == title


@pytest.mark.parametrize(
    "line",
    [
        "Published Apr 2, 2024 10:15",
        "Updated Apr 2, 2024 17:30",
        "Wednesday, January 7, 2026",
        "3rd February 2025 By: A Writer - Staff Reporter",
        "May 30, 2024",
        "2025-10-14",
        "March 03, 2025 4:15 PM EST | Source: Orion Metals Inc.",
    ],
)
def test_datelines(line: str) -> None:
    text = f"Orion Metals Drills 40 Metres\n{line}\nOrion Metals reported results."
    assert _kinds(text)[1] == ("dateline", line)


# Lines that are boilerplate wherever they stand.
@pytest.mark.parametrize(
    "line",
    [
        "Featured image via Example Photos",
        "Image source: Orion Metals.",
        "Photo by: Example Wire",
        "Credit: EXAMPLE/PHOTOGRAPHER",
        "By Jane Writer",
        "Write to Jane Writer at jane@example.com",
        "Read the full article here",
        "For the rest of this story: https://example.com/story",
        "Be the first to comment on this story",
        "- Advertisement -",
        "Sponsored",
        "Share",
        "Not a recommendation to buy or sell. Always do your own research.",
        "The writer has no position in any of the stocks mentioned.",
        "Related: Orion Copper Falls 3% After Fire",
        "READ MORE: Kestrel Names New Chief",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    text = f"Orion Metals rose 3% on Monday.\n{line}\nOrion Metals will drill in June."
    assert _kinds(text)[1] == ("boilerplate", line)
    assert _kinds(text)[2][0] == "body"


@pytest.mark.parametrize(
    "heading",
    [
        "Related News",
        "Recommended",
        "Video Articles",
        "More From Example News",
        "Read More",
        "You May Also Like",
    ],
)
def test_related_runs_to_the_end(heading: str) -> None:
    text = f"Orion Metals rose 3%.\n\n{heading}\n\nKestrel Gains 4%\n\nTamar Names Chief"
    sections = find_sections(text)
    assert [s.kind for s in sections] == ["body", "related"]
    assert sections[1].text.startswith(heading)
    assert sections[1].text.endswith("Tamar Names Chief")


def test_promotion_runs_to_the_end() -> None:
    text = "Orion Metals rose 3%.\n10 stocks we like better than Orion\nThey said so.\nMore."
    assert [s.kind for s in find_sections(text)] == ["body", "boilerplate"]


def test_locator_says_body_between_sections() -> None:
    sections = find_sections("Orion Shares Rise\n\nOrion rose.")
    kind_at = section_locator(sections)
    assert [kind_at(i) for i in (0, 17, 18, 19)] == ["title", "body", "body", "body"]


@pytest.mark.parametrize("bad", [b"text", None, 3])
def test_non_str_is_refused(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        find_sections(bad)  # type: ignore[arg-type]


_LINE_PIECES = st.sampled_from(
    [*list("ab A.:%\n\t-"), "Related News", "Published May 4, 2025", "By Jo", "Share"]
)


@given(st.lists(_LINE_PIECES, max_size=40).map("".join))
def test_sections_are_ordered_disjoint_and_slice(text: str) -> None:
    sections = find_sections(text)
    end = 0
    for section in sections:
        assert isinstance(section, Section)
        assert text[section.start : section.end] == section.text
        assert section.text == section.text.strip()
        assert section.start >= end
        end = section.end
    assert sum(s.kind == "title" for s in sections) <= 1


@given(st.text())
def test_every_mention_has_the_section_it_starts_in(text: str) -> None:
    article = parse_article(text)
    kind_at = section_locator(article.sections)
    for mention in article.mentions:
        assert mention.section == kind_at(mention.start)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published Sep 16, 2024 09:53", dt.date(2024, 9, 16)),
        ("Wednesday, January 7, 2026", dt.date(2026, 1, 7)),
        ("3rd February 2025 By: A Writer", dt.date(2025, 2, 3)),
        ("2025-10-14", dt.date(2025, 10, 14)),
    ],
)
def test_the_dateline_dates_an_article_without_a_given_date(line: str, day: dt.date) -> None:
    text = f"Orion Metals Drills 40 Metres\n{line}\nOrion Metals reported results."
    assert [s.kind for s in find_sections(text)][:2] == ["title", "dateline"]
    article = parse_article(text)
    assert (article.published, article.published_source) == (day, "detected")
    given = parse_article(text, published="2020-01-02")
    assert (given.published, given.published_source) == (dt.date(2020, 1, 2), "given")


def test_a_press_release_is_dated_by_its_opening() -> None:
    text = "Orion Drills 40 Metres\n\nPERTH, Australia, June 2, 2025 /Example Wire/ - Orion said."
    article = parse_article(text)
    assert (article.published, article.published_source) == (dt.date(2025, 6, 2), "detected")


def test_no_dateline_no_date() -> None:
    article = parse_article("Orion Metals reported results on May 4, 2025.")
    assert (article.published, article.published_source) == (None, None)
