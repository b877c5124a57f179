"""find_percents and parse_percent: forms by where they are written, then properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralnews import ParseError, Percent, find_percents, parse_percent

from strategies import percent_mentions, prose

# (text, [(value, text), ...])
NEWS_WIRES = [
    ("shares climbed 12.75% by noon", [("12.75", "12.75%")]),
    ("a stake of 8.40 % in the mine", [("8.40", "8.40 %")]),
    ("output rose 16.5 percent in May", [("16.5", "16.5 percent")]),
    ("prices slipped 4 per cent", [("4", "4 per cent")]),
    ("a 3 pct fall", [("3", "3 pct")]),
    ("yields of 0.0% and 0.05%", [("0.0", "0.0%"), ("0.05", "0.05%")]),
    ("its rate moved from -0.2% to -0.6%", [("-0.2", "-0.2%"), ("-0.6", "-0.6%")]),
    ("the index (−1.25%) slid", [("-1.25", "−1.25%")]),
    ("a gain of +4.5% on the day", [("4.5", "+4.5%")]),
    ("Copper Corp is up – 2.2% and Zinc Ltd 1.9%", [("2.2", "2.2%"), ("1.9", "1.9%")]),
    ("revenue of $9 billion, plus or minus 3%", [("3", "3%")]),
    ("a tolerance of +/-5% or ±2%", [("5", "5%"), ("2", "2%")]),
    ("a 10-percent stake", [("10", "10-percent")]),
    ("a 1,250% surge", [("1250", "1,250%")]),
    ("prices rose 7percent", [("7", "7percent")]),
    ("the 100%-owned project", [("100", "100%")]),
    ("a 2.5 Per Cent levy", [("2.5", "2.5 Per Cent")]),
    ("stock up 6.1％ today", [("6.1", "6.1％")]),
]

BRITISH_PAPERS = [
    ("the miner fell 12pc on Friday", [("12", "12pc")]),
    ("a 4.5 per-cent rise", [("4.5", "4.5 per-cent")]),
    ("a 20-per-cent stake", [("20", "20-per-cent")]),
]

RANGES = [
    ("a coupon of 4.25%-5%", [("4.25", "4.25%"), ("5", "5%")]),
    ("between 12% and 18% higher", [("12", "12%"), ("18", "18%")]),
    ("a 15-20% premium", [("15", "15-20%"), ("20", "15-20%")]),
    ("a 15–20 per cent premium", [("15", "15–20 per cent"), ("20", "15–20 per cent")]),
    # The first bound in words, without a mark of its own.
    ("growth of 10 to 15% a year", [("10", "10 to 15%"), ("15", "10 to 15%")]),
    ("between 3.5 and 4 per cent", [("3.5", "3.5 and 4 per cent"), ("4", "3.5 and 4 per cent")]),
    ("a 5 - 7 pct rise", [("5", "5 - 7 pct"), ("7", "5 - 7 pct")]),
    # "and" without "between", a year, an amount or a count: no first bound.
    ("sold 10 and 15% more", [("15", "15%")]),
    ("from 2024 to 15% of sales", [("15", "15%")]),
    ("raised $5 to 15% of the float", [("15", "15%")]),
    ("from 1,200 to 15%", [("15", "15%")]),
]

NOT_PERCENTS = [
    "rates rose 2 percentage points",
    "spreads widened 25 basis points, or 25 bps",
    "a 2% point rise in the share",
    "in the 95th percentile",
    "a ratio of 3.9-to-1 in favour",
    "see https://example.com/a-12%-rise and www.example.com/5%",
    "percent and per cent with no figure %",
    "CO2% and Q3%",
    "",
]


def _rows(found: tuple[Percent, ...]) -> list[tuple[str, str]]:
    return [(str(p.value), p.text) for p in found]


@pytest.mark.parametrize(
    ("text", "expected"), NEWS_WIRES + BRITISH_PAPERS + RANGES, ids=lambda v: str(v)[:40]
)
def test_percents(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(find_percents(text)) == expected


@pytest.mark.parametrize("text", NOT_PERCENTS)
def test_not_percents(text: str) -> None:
    assert find_percents(text) == ()


def test_spans() -> None:
    text = "It fell -0.3% and then rose 4.75-5 per cent."
    found = find_percents(text)
    assert [(p.start, p.end) for p in found] == [(8, 13), (28, 43), (28, 43)]
    assert all(text[p.start : p.end] == p.text for p in found)


@pytest.mark.parametrize(
    ("cell", "value", "span"),
    [
        ("8.89 %", "8.89", (0, 6)),
        ("  −3.5%\n", "-3.5", (2, 7)),
        ("4 per cent", "4", (0, 10)),
        ("+12pc", "12", (0, 5)),
    ],
)
def test_parse_percent(cell: str, value: str, span: tuple[int, int]) -> None:
    p = parse_percent(cell)
    assert p.value == Decimal(value)
    assert (p.start, p.end) == span
    assert cell[p.start : p.end] == p.text


@pytest.mark.parametrize("cell", ["", "3", "about 3%", "3% and 4%", "4-5%", "3 percentage points"])
def test_parse_percent_refuses_what_is_not_one_percentage(cell: str) -> None:
    with pytest.raises(ParseError, match="not exactly one percentage") as info:
        parse_percent(cell)
    assert info.value.input == cell
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("bad", [b"3%", None, 3])
def test_wrong_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        find_percents(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        parse_percent(bad)  # type: ignore[arg-type]


@given(st.text())
def test_any_text_never_raises_and_spans_slice(text: str) -> None:
    for p in find_percents(text):
        assert text[p.start : p.end] == p.text


@given(st.text(alphabet="0123456789.,-−+% pctre\u00a0"))
def test_figure_soup_never_raises(text: str) -> None:
    for p in find_percents(text):
        assert text[p.start : p.end] == p.text


@given(prose(), percent_mentions(), prose())
def test_generated_percent_in_prose_round_trips(
    before: str, mention: tuple[str, Decimal], after: str
) -> None:
    written, value = mention
    head = f"{before} "
    text = f"{head}{written} {after}"
    (p,) = find_percents(text)
    assert p.value == value
    assert (p.start, p.end, p.text) == (len(head), len(head) + len(written), written)
    assert parse_percent(written).value == value
