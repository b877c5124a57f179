"""The number grammar: which figures the fragments take, and their exact values."""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from mineralnews.numbers import (
    COUNT,
    FIGURE,
    FIGURE_SPACED,
    FIGURE_START,
    count_value,
    magnitude,
    scale,
    to_decimal,
)

from strategies import decimals, write_figure

_FIGURE = regex.compile(FIGURE)
_FIGURE_SPACED = regex.compile(FIGURE_SPACED)
_SCALED = regex.compile(rf"{FIGURE_START}(?P<f>{FIGURE}){magnitude('m')}")

# (written, value)
FIGURES = [
    ("21.34", "21.34"),
    ("0.80", "0.80"),
    ("1,343", "1343"),
    ("40,000,800", "40000800"),
    ("1,281.55", "1281.55"),
    (".5", "0.5"),
    ("007", "7"),
]

SPACED_FIGURES = [
    ("1 000", "1000"),
    ("1\u00a0073", "1073"),
    ("12\u2009500\u2009000", "12500000"),
    ("1,000 000", "1000000"),
]

# (written, figure, magnitude, value)
MAGNITUDES = [
    ("10 billion", "10", "billion", "10000000000"),
    ("2.5B", "2.5", "B", "2500000000"),
    ("10bn", "10", "bn", "10000000000"),
    ("50M", "50", "M", "50000000"),
    ("675mln", "675", "mln", "675000000"),
    ("3 mn", "3", "mn", "3000000"),
    ("5mm", "5", "mm", "5000000"),
    ("49-billion", "49", "billion", "49000000000"),
    ("1.2 trillion", "1.2", "trillion", "1200000000000"),
    ("3tn", "3", "tn", "3000000000000"),
    ("80k", "80", "k", "80000"),
    ("80K", "80", "K", "80000"),
    ("4 Million", "4", "Million", "4000000"),
    ("332.21-million", "332.21", "million", "332210000"),
]

# Text where a magnitude must not be read after the figure.
NOT_MAGNITUDES = ["30 m", "5 b", "30Moz", "12 mines", "7 milestones", "3 bnx", "5 k"]


@pytest.mark.parametrize(("written", "value"), FIGURES)
def test_figures(written: str, value: str) -> None:
    assert _FIGURE.fullmatch(written)
    assert to_decimal(written) == Decimal(value)
    assert str(to_decimal(written)) == value


@pytest.mark.parametrize(("written", "value"), SPACED_FIGURES)
def test_spaced_thousands_only_in_the_spaced_figure(written: str, value: str) -> None:
    assert _FIGURE_SPACED.fullmatch(written)
    assert not _FIGURE.fullmatch(written)
    assert str(to_decimal(written)) == value


@pytest.mark.parametrize("written", ["1,5", "12,34", "1,0000"])
def test_a_comma_group_is_three_digits(written: str) -> None:
    assert not _FIGURE.fullmatch(written)


@pytest.mark.parametrize(("written", "figure", "word", "value"), MAGNITUDES)
def test_magnitudes(written: str, figure: str, word: str, value: str) -> None:
    m = _SCALED.fullmatch(written)
    assert m is not None
    assert (m.group("f"), m.group("m")) == (figure, word)
    assert str(to_decimal(figure, word)) == value


@pytest.mark.parametrize("text", NOT_MAGNITUDES)
def test_not_magnitudes(text: str) -> None:
    assert _SCALED.search(text) is None


def test_figure_start_is_not_inside_a_word_or_a_figure() -> None:
    starts = regex.compile(rf"{FIGURE_START}{FIGURE}")
    assert [m.group() for m in starts.finditer("Q3 CO2 1.5 x7 9")] == ["1.5", "9"]


@pytest.mark.parametrize(
    ("written", "value"),
    [("-3.4", "-3.4"), ("\u22123.4", "-3.4"), ("+2", "2"), ("-0.0", "-0.0")],
)
def test_signs(written: str, value: str) -> None:
    assert str(to_decimal(written)) == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("one", "1"),
        ("Five", "5"),
        ("twelve", "12"),
        ("twenty-five", "25"),
        ("ninety nine", "99"),
        ("half a", "0.5"),
        ("a", "1"),
    ],
)
def test_spelled_counts(words: str, value: str) -> None:
    assert regex.fullmatch(COUNT, words)
    assert count_value(words) == Decimal(value)


def test_scale_is_exact_and_plain() -> None:
    assert str(scale(Decimal("34.6"), 6)) == "34600000"
    assert str(scale(Decimal("0.0034"), -2)) == "0.000034"
    assert str(scale(Decimal("1.5"), -2)) == "0.015"
    assert scale(Decimal("7"), 0) == Decimal("7")


def test_huge_figures_are_never_rounded() -> None:
    digits = "9" * 60
    assert to_decimal(digits, "trillion") == Decimal(digits + "0" * 12)


@given(decimals("0", "10000000000000", max_places=4), st.sampled_from([",", "", " "]))
def test_written_figures_read_back_exactly(value: Decimal, separator: str) -> None:
    written = write_figure(value, separator)
    assert _FIGURE_SPACED.fullmatch(written)
    assert to_decimal(written) == value


@given(decimals("0", "100000", max_places=3), st.sampled_from(sorted({3, 6, 9, 12})))
def test_scale_equals_multiplication(value: Decimal, power: int) -> None:
    assert scale(value, power) == value * 10**power
