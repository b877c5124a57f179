"""parse_article: input checks and composition."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralnews import Article, parse_article


@pytest.mark.parametrize("bad", [b"Atlas (NYSE: ATL)", bytearray(b"x")])
def test_bytes_are_refused_with_a_hint_to_decode(bad: object) -> None:
    with pytest.raises(TypeError, match=r"must be a str.*decode"):
        parse_article(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 1, 1.5, ["text"], {"text": "x"}])
def test_non_str_is_refused(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        parse_article(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (dt.date(2025, 10, 14), dt.date(2025, 10, 14)),
        (dt.datetime(2025, 10, 14, 9, 30), dt.date(2025, 10, 14)),
        ("2025-10-14", dt.date(2025, 10, 14)),
        ("2025-10-14T09:30:00Z", dt.date(2025, 10, 14)),
    ],
)
def test_published_accepts_date_datetime_iso(published: object, expected: dt.date) -> None:
    article = parse_article("text", published=published)  # type: ignore[arg-type]
    assert article.published == expected
    assert article.published_source == "given"


@pytest.mark.parametrize("bad", [20251014, 1.5, b"2025-10-14", ("2025", "10")])
def test_published_of_wrong_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=r"datetime\.date"):
        parse_article("text", published=bad)  # type: ignore[arg-type]


def test_published_string_not_iso_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="ISO date"):
        parse_article("text", published="14/10/2025")


def test_article_holds_its_text_and_tickers() -> None:
    text = "Northvale Lithium (NYSE American: NVL) rose."
    article = parse_article(text)
    assert isinstance(article, Article)
    assert article.text == text
    assert [(t.symbol, t.company) for t in article.tickers] == [("NVL", "Northvale Lithium")]


@given(st.text())
def test_any_text_parses_and_round_trips(text: str) -> None:
    article = parse_article(text)
    assert Article.from_dict(article.to_dict()) == article
    for m in article.mentions:
        assert text[m.start : m.end] == m.text
