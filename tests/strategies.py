"""Hypothesis strategies for mineralnews: prose, and the things hidden in it.

``prose()`` is plausible filler text that holds nothing to find; the other
strategies build one mention of a known value, so a test can embed it in
prose and check that exactly it comes back, at exactly its span.
"""

from __future__ import annotations

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
