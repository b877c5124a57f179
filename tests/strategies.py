"""Hypothesis strategies for mineralnews: prose, and the things hidden in it.

``prose()`` is plausible filler text that holds nothing to find; the other
strategies build one mention of a known value, so a test can embed it in
prose and check that exactly it comes back, at exactly its span.
"""

from __future__ import annotations

from hypothesis import strategies as st

from mineralnews.vocabulary.exchanges import EXCHANGES, NEEDS_PARENTHESES

# Words that hold no ticker, figure or date: lower case, no colons or digits.
_FILLER = [
    "the",
    "miner",
    "said",
    "output",
    "would",
    "rise",
    "as",
    "demand",
    "for",
    "copper",
    "and",
    "lithium",
    "grew",
    "while",
    "analysts",
    "expected",
    "higher",
    "costs",
    "at",
    "its",
    "flagship",
    "project",
    "in",
    "the",
    "region",
    "shares",
    "traded",
    "on",
    "heavy",
    "volume",
    "after",
    "investors",
    "weighed",
    "the",
    "outlook",
    "for",
    "metal",
    "prices",
    "and",
    "the",
    "wider",
    "market",
]

#: Separators prose puts around a mention.
spaces = st.sampled_from([" ", "  ", "\u00a0", "\n", " \u2009"])


@st.composite
def prose(draw: st.DrawFn, max_words: int = 12) -> str:
    words = draw(st.lists(st.sampled_from(_FILLER), max_size=max_words))
    return " ".join(words)


#: Every spelling of every exchange, as written and in upper case.
exchange_spellings = st.sampled_from(
    sorted({s for names in EXCHANGES.values() for n in names for s in (n, n.upper())})
)

#: Symbols: letters, digits, and an optional class suffix.
symbols = st.builds(
    lambda head, tail: head + tail,
    st.from_regex(r"[A-Z]{1,5}", fullmatch=True),
    st.sampled_from(["", "", "", ".A", ".B", ".P", ".U"]),
)

#: Issuer names as news writes them before a listing.
companies = st.builds(
    lambda first, second, suffix: " ".join(p for p in (first, second, suffix) if p),
    st.sampled_from(["Atlas", "Northvale", "Carrow", "Bluefin", "Kestrel", "Orion", "Tamar"]),
    st.sampled_from(["", "Lithium", "Minerals", "Gold", "Resources", "Energy"]),
    st.sampled_from(["", "Corp.", "Inc.", "Ltd", "Limited", "plc"]),
)


@st.composite
def listings(draw: st.DrawFn) -> tuple[str, list[tuple[str, str, int, int]]]:
    """A listing group such as ``(TSXV: ABC; OTCQB: ABCDF)``.

    Returns the text and, per ticker, (exchange, symbol, start, end) with
    offsets into that text.
    """
    parts: list[str] = []
    expected: list[tuple[str, str, int, int]] = []
    pos = 1  # after "("
    n = draw(st.integers(1, 3))
    for i in range(n):
        if i:
            sep = draw(st.sampled_from(["; ", ", ", ";"]))
            parts.append(sep)
            pos += len(sep)
        ex = draw(exchange_spellings)
        colon = draw(st.sampled_from([":", ": ", " : ", ":\u00a0"]))
        sym = draw(symbols)
        parts.append(f"{ex}{colon}{sym}")
        expected.append((ex, sym, pos, pos + len(ex) + len(colon) + len(sym)))
        pos += len(ex) + len(colon) + len(sym)
    return "(" + "".join(parts) + ")", expected


#: Spellings that are words in running text, so only count in parentheses.
parenthesised_only = NEEDS_PARENTHESES


# -- dates ---------------------------------------------------------------------

import datetime as dt  # noqa: E402 (kept with the date strategies)

_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_ABBREVIATIONS = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


#: How news writes a full date: each takes a datetime.date.
FULL_DATE_STYLES = {
    "weekday month day year": lambda d: (
        f"{_WEEKDAY_NAMES[d.weekday()]}, {_MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"
    ),
    "month day year": lambda d: f"{_MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    "abbreviated month": lambda d: f"{_MONTH_ABBREVIATIONS[d.month - 1]} {d.day}, {d.year}",
    "zero-padded day": lambda d: f"{_MONTH_NAMES[d.month - 1]} {d.day:02}, {d.year}",
    "day month year": lambda d: f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}",
    "ordinal day": lambda d: f"{_ordinal(d.day)} {_MONTH_NAMES[d.month - 1]} {d.year}",
    "weekday day month year": lambda d: (
        f"{_WEEKDAY_NAMES[d.weekday()]}, {d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"
    ),
    "iso": lambda d: d.isoformat(),
    "month/day/year": lambda d: f"{d.month:02}/{d.day:02}/{d.year}",
}

#: Any day of 1900 to 2100.
calendar_days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def full_dates(draw: st.DrawFn) -> tuple[str, dt.date]:
    """A full date written in one of :data:`FULL_DATE_STYLES`, and its value."""
    day = draw(calendar_days)
    style = draw(st.sampled_from(sorted(FULL_DATE_STYLES)))
    return FULL_DATE_STYLES[style](day), day


def weekday_month_day(day: dt.date) -> str:
    """``Tuesday, October 14``: a year-less day with its weekday."""
    return f"{_WEEKDAY_NAMES[day.weekday()]}, {_MONTH_NAMES[day.month - 1]} {day.day}"
