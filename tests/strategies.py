"""Hypothesis strategies for mineralnews: prose, and the things hidden in it.

``prose()`` is plausible filler text that holds nothing to find; the other
strategies build one mention of a known value, so a test can embed it in
prose and check that exactly it comes back, at exactly its span.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from mineralnews.model import Article, DateMention, Money, Percent, PriceMove, Section, Ticker
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


# -- hand-made articles: mentions of every kind at arbitrary spans ------------------
# Real parsers give nested spans; these also cross, repeat and are empty, so
# whatever draws an article is tested against every arrangement.

_decimals = st.decimals(allow_nan=False, allow_infinity=False)
_words = st.one_of(st.none(), st.text(max_size=8))


@st.composite
def hand_made_articles(draw: st.DrawFn) -> Article:
    text = draw(st.text(max_size=40))
    n = len(text)
    fields = ("tickers", "moves", "money", "percents", "dates")
    found: dict[str, list[Any]] = {k: [] for k in fields}
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, n))
        end = draw(st.integers(start, n))
        where = {"text": text[start:end], "start": start, "end": end}
        kind = draw(st.sampled_from(sorted(found)))
        if kind == "tickers":
            mic = draw(st.one_of(st.none(), st.sampled_from(["XNYS", "XTSX"])))
            item: Any = Ticker(
                exchange=draw(st.text(max_size=6)),
                mic=mic,
                symbol=draw(st.text(max_size=5)),
                company=draw(_words),
                **where,
            )
        elif kind == "moves":
            item = PriceMove(
                subject=draw(_words),
                symbol=draw(_words),
                direction=draw(st.sampled_from(["up", "down"])),
                percent=draw(_decimals),
                session=draw(_words),
                period=draw(_words),
                **where,
            )
        elif kind == "money":
            item = Money(
                amount=draw(_decimals),
                currency=draw(st.sampled_from(["USD", "CAD"])),
                per=draw(_words),
                **where,
            )
        elif kind == "percents":
            item = Percent(value=draw(_decimals), **where)
        else:
            item = DateMention(
                value=draw(st.one_of(st.none(), st.dates())),
                granularity=draw(st.sampled_from(["day", "month", "year"])),
                inferred=draw(st.booleans()),
                **where,
            )
        found[kind].append(item)
    cuts = sorted(set(draw(st.lists(st.integers(0, n), max_size=3))) | {0, n})
    sections = tuple(
        Section(
            kind=draw(st.sampled_from(["title", "body", "boilerplate"])),
            text=text[s:e],
            start=s,
            end=e,
        )
        for s, e in itertools.pairwise(cuts)
        if e > s
    )
    return Article(text=text, published=draw(st.one_of(st.none(), st.dates())),
                   sections=sections, **{k: tuple(v) for k, v in found.items()})  # fmt: skip


# -- figures -------------------------------------------------------------------


def write_figure(value: Decimal, separator: str = ",") -> str:
    """``value`` as news writes it: thousands grouped by ``separator`` (or not)."""
    written = f"{abs(value):,f}"
    return written.replace(",", separator)


#: Thousands separators a figure may be written with.
thousands = st.sampled_from([",", ""])


@st.composite
def decimals(draw: st.DrawFn, low: str, high: str, max_places: int = 3) -> Decimal:
    """A decimal between ``low`` and ``high`` with up to ``max_places`` decimals."""
    places = draw(st.integers(0, max_places))
    return draw(
        st.decimals(
            min_value=Decimal(low),
            max_value=Decimal(high),
            places=places,
            allow_nan=False,
            allow_infinity=False,
        )
    )


#: How a percentage is marked after its figure.
percent_marks = st.sampled_from(["%", " %", "\u00a0%", " percent", " per cent", " pct", "pc"])


@st.composite
def percent_mentions(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A percentage as written (``-3.5%``, ``1,200 per cent``) and its value."""
    value = draw(decimals("-5000", "5000"))
    sign = draw(st.sampled_from(["-", "\u2212"])) if value < 0 else draw(st.sampled_from(["", "+"]))
    return f"{sign}{write_figure(value, draw(thousands))}{draw(percent_marks)}", value


# -- dates ---------------------------------------------------------------------


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


#: Verbs of price moves by direction, for generated sentences.
_MOVE_VERBS = {
    "up": ["rose", "gained", "jumped", "climbed", "surged", "added", "is up"],
    "down": ["fell", "lost", "dropped", "slid", "shed", "declined", "is down"],
}


@st.composite
def move_sentences(draw: st.DrawFn) -> tuple[str, str, str, str, Decimal, str]:
    """A sentence in which a listed issuer moves.

    Returns (text, subject, symbol, direction, unsigned percent, move's text).
    """
    company = draw(companies)
    exchange = draw(st.sampled_from(["NYSE", "TSX", "ASX", "LSE", "Nasdaq", "TSXV"]))
    symbol = draw(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=4))
    direction = draw(st.sampled_from(["up", "down"]))
    verb = draw(st.sampled_from(_MOVE_VERBS[direction]))
    percent = draw(decimals("0.01", "999", max_places=2))
    figure = f"{percent}{draw(st.sampled_from(['%', ' per cent', ' percent']))}"
    text = f"{company} ({exchange}: {symbol}) {verb} {figure} on the news."
    return text, company, symbol, direction, percent, f"{verb.split()[-1]} {figure}"


#: Currency signs and codes written before the figure, with their ISO codes.
money_prefixes = st.sampled_from(
    [
        ("$", "USD"),
        ("US$", "USD"),
        ("C$", "CAD"),
        ("CAD$", "CAD"),
        ("Cdn $", "CAD"),
        ("A$", "AUD"),
        ("HK$", "HKD"),
        ("R$", "BRL"),
        ("£", "GBP"),
        ("€", "EUR"),
        ("¥", "JPY"),
        ("USD", "USD"),
        ("USD ", "USD"),
        ("GBP ", "GBP"),
        ("CAD ", "CAD"),
    ]
)

#: Currency words and codes written after the figure, with their ISO codes.
money_suffixes = st.sampled_from(
    [
        (" dollars", "USD"),
        (" US dollars", "USD"),
        (" Canadian dollars", "CAD"),
        (" Australian dollars", "AUD"),
        (" euros", "EUR"),
        (" yen", "JPY"),
        (" EUR", "EUR"),
        (" GBP", "GBP"),
    ]
)

#: Magnitudes as written after a figure, with their powers of ten.
magnitudes = st.sampled_from(
    [
        ("", 0),
        (" thousand", 3),
        (" million", 6),
        (" billion", 9),
        (" trillion", 12),
        (" bn", 9),
        ("bn", 9),
        ("mln", 6),
        ("B", 9),
        ("M", 6),
        ("m", 6),
        ("k", 3),
        ("-million", 6),
        ("-billion", 9),
    ]
)


@st.composite
def money_mentions(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """An amount from 0.01 to 10^13 as written (``$1.5 billion``,
    ``US$1,500,000,000``, ``1.5 billion dollars``), its value and currency."""
    magnitude, power = draw(magnitudes)
    top = Decimal(10) ** (13 - power)
    low = Decimal("0.01") if power == 0 else Decimal("0.001")
    figure = draw(decimals(str(low), str(top), max_places=2 if power == 0 else 3))
    if figure == 0:
        figure = Decimal(1)
    value = figure.scaleb(power)
    separator = draw(st.sampled_from([",", "", " "] if power == 0 else [",", ""]))
    written = write_figure(figure, separator) + magnitude
    if draw(st.booleans()):
        prefix, currency = draw(money_prefixes)
        return prefix + written, value, currency
    suffix, currency = draw(money_suffixes)
    return written + suffix, value, currency


#: One sentence holding a mention of every kind, and its article built by hand.
HAND_MADE_TEXT = "Atlas (TSXV: ABR) rose 4.5% to C$1.20 on March 3, 2026."


def hand_made_article() -> Article:
    """The article of ``HAND_MADE_TEXT``, every mention and span written out."""
    return Article(
        text=HAND_MADE_TEXT,
        title=None,
        published=dt.date(2026, 3, 4),
        published_source="given",
        sections=(Section(kind="body", text=HAND_MADE_TEXT, start=0, end=len(HAND_MADE_TEXT)),),
        tickers=(
            Ticker(
                exchange="TSXV",
                mic="XTSX",
                symbol="ABR",
                company="Atlas",
                text="TSXV: ABR",
                start=7,
                end=16,
            ),
        ),
        moves=(
            PriceMove(
                subject="Atlas",
                symbol="ABR",
                direction="up",
                percent=Decimal("4.5"),
                session=None,
                period=None,
                text="rose 4.5%",
                start=18,
                end=27,
            ),
        ),
        money=(
            Money(
                amount=Decimal("1.20"), currency="CAD", per=None, text="C$1.20", start=31, end=37
            ),
        ),
        percents=(Percent(value=Decimal("4.5"), text="4.5%", start=23, end=27),),
        dates=(
            DateMention(
                value=dt.date(2026, 3, 3),
                granularity="day",
                inferred=False,
                text="March 3, 2026",
                start=41,
                end=54,
                time=dt.time(11, 29),
            ),
        ),
    )
