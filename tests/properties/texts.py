"""Strategies for the property suite: hostile text, and news-like text.

``hostile_texts()`` is anything a scraper may hand over: lone surrogates,
NUL and other control characters, bidirectional marks, every Unicode digit
and currency sign, markup and entities, long runs of one character.
``news_texts()`` is text that looks like market news, built from the
project's own vocabulary tables (every string in every table of
:mod:`mineralnews.vocabulary`, so a table added later is drawn from too),
listings, figures, percentages and dates, glued with noise.

``PROPERTIES`` is the settings every property here runs with: the
profile named by ``MINERALNEWS_PROPERTY_PROFILE`` (``ci-properties`` in
CI: at least 2,000 examples), else the suite's profile.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import random
from collections.abc import Iterator
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st

import mineralnews
import mineralnews.vocabulary
from mineralnews.vocabulary.exchanges import EXCHANGES

_PROFILE = os.environ.get("MINERALNEWS_PROPERTY_PROFILE")
PROPERTIES = settings(settings.get_profile(_PROFILE)) if _PROFILE else settings()

# -- the finders: every public one, so new parsers are covered when they land --

FINDERS = {
    name: getattr(mineralnews, name) for name in mineralnews.__all__ if name.startswith("find_")
}

# -- hostile text -----------------------------------------------------------------

#: Characters that break naive code: controls, NUL, bidi and zero-width
#: marks, BOM, lone surrogates, non-characters, line and paragraph breaks.
SPECIAL_CHARS = [
    *(chr(c) for c in range(0x20)),
    "\x7f",
    "\x85",
    "\x9f",
    "\u00a0",
    "\u00ad",
    "\u061c",
    "\u180e",
    *(chr(c) for c in range(0x2000, 0x2010)),
    "\u2028",
    "\u2029",
    *(chr(c) for c in range(0x202A, 0x2030)),
    *(chr(c) for c in range(0x2066, 0x206A)),
    "\u3000",
    "\ufeff",
    "\ufffd",
    "\ufffe",
    "\uffff",
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
    "\U0010ffff",
    "\U0001f4b0",
]

#: The characters patterns are built around.
SYNTAX_CHARS = list("0123456789()[]{}:;,.%$€£¥-–—−+/\\'\"“”‘’&@#*_ \n\t")

#: Markup and entities as scraped pages leave them.
HTML_FRAGMENTS = [
    "<p>",
    "</p>",
    "<br/>",
    "<div class='x'>",
    "</div>",
    '<a href="https://example.com/2026/01/28/gold-up-3%">',
    "</a>",
    "<script>var x = 1;</script>",
    "<!-- (NYSE: X) -->",
    "<![CDATA[$1]]>",
    "<td>$1.5</td>",
    "&amp;",
    "&nbsp;",
    "&#36;",
    "&#x20AC;",
    "&euro;",
    "&pound;",
    "&percnt;",
    "&#37;",
    "&lt;b&gt;",
    "&#0;",
    "&#xD800;",
    "&",
    "<",
    ">",
]


def _runs(chars: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    # A character repeated: the shape a quantifier eats and must give back.
    return st.builds(lambda c, n: c * n, chars, st.integers(1, 60))


_hostile_piece = st.one_of(
    st.sampled_from(SPECIAL_CHARS),
    st.sampled_from(SYNTAX_CHARS),
    st.characters(categories=["Nd"]),  # every decimal digit of every script
    st.characters(categories=["Sc"]),  # every currency sign
    st.characters(codec=None, exclude_categories=()),  # anything, surrogates included
    st.sampled_from(HTML_FRAGMENTS),
    _runs(st.sampled_from(SYNTAX_CHARS + SPECIAL_CHARS[:40])),
    st.text(max_size=8),
)


def hostile_texts(max_pieces: int = 40) -> st.SearchStrategy[str]:
    """Text a scraper may hand over, at its worst."""
    return st.lists(_hostile_piece, max_size=max_pieces).map("".join)


# -- news-like text ---------------------------------------------------------------


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            yield from _strings(v)


def vocabulary_words() -> list[str]:
    """Every string in every table of :mod:`mineralnews.vocabulary`."""
    words: set[str] = set()
    for info in pkgutil.iter_modules(mineralnews.vocabulary.__path__):
        module = importlib.import_module(f"mineralnews.vocabulary.{info.name}")
        for name, value in vars(module).items():
            if name.isupper():
                words.update(w for w in _strings(value) if 0 < len(w) <= 40)
    return sorted(words)


VOCABULARY = vocabulary_words()

MONTHS = [
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
    "Jan.",
    "Feb.",
    "Sept.",
    "Oct.",
    "Dec.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MOVE_WORDS = [
    "rose",
    "fell",
    "up",
    "down",
    "jumped",
    "dropped",
    "surged",
    "plunged",
    "climbed",
    "slid",
    "gained",
    "lost",
    "edged higher",
    "edged lower",
    "an additional",
    "in pre-market",
    "after hours",
    "over the past 24 hours",
    "year to date",
    "as much as",
    "nearly",
]
CURRENCY_PREFIXES = ["$", "US$", "C$", "A$", "HK$", "€", "£", "¥", "USD", "USD ", "CAD ", "R"]
MAGNITUDES = ["", " million", " billion", "M", "bn", " mln", "k", " trillion", " thousand"]
PERCENT_SIGNS = ["%", " %", " percent", " per cent", " pct", "pc"]


def _number(rng: random.Random) -> str:
    n = rng.choice([rng.randrange(10), rng.randrange(1000), rng.randrange(10**12)])
    shape = rng.randrange(8)
    if shape == 0:
        return str(n)
    if shape == 1:
        return f"{n}.{rng.randrange(100)}"
    if shape == 2:
        return f".{rng.randrange(100)}"
    grouped = f"{n:,}"
    return {
        3: grouped,
        4: grouped.replace(",", " "),
        5: grouped.replace(",", "\u00a0"),
        6: "-" + grouped,
        7: "−" + grouped,
    }[shape]


def _money(rng: random.Random) -> str:
    per = rng.choice(["", "", "", " per ounce", "/oz", " a share", " per tonne"])
    amount = _number(rng) + rng.choice(MAGNITUDES)
    if rng.random() < 0.2:
        return f"({rng.choice(CURRENCY_PREFIXES)}{amount})"
    if rng.random() < 0.2:
        return f"{amount} {rng.choice(['dollars', 'euros', 'USD', 'rand', 'yuan'])}{per}"
    return f"{rng.choice(CURRENCY_PREFIXES)}{amount}{per}"


def _percent(rng: random.Random) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        return f"between {_number(rng)}% and {_number(rng)}%"
    if shape == 1:
        return f"{_number(rng)}%-{_number(rng)}%"
    return _number(rng) + rng.choice(PERCENT_SIGNS)


def _date(rng: random.Random) -> str:
    month = rng.choice(MONTHS)
    day = rng.randrange(42)
    year = rng.choice(["", ", 2025", ", 2026", " 1999", ", 20261", f", {rng.randrange(3000)}"])
    weekday = rng.choice(["", "", f"{rng.choice(WEEKDAYS)}, "])
    return rng.choice(
        [
            f"{weekday}{month} {day}{year}",
            f"{day} {month} {rng.randrange(1900, 2100)}",
            f"{rng.randrange(1900, 2100)}-{rng.randrange(14):02d}-{rng.randrange(33):02d}",
            f"{rng.randrange(14)}/{rng.randrange(33)}/{rng.randrange(3000)}",
            f"on {rng.choice(WEEKDAYS)}",
            f"{month} {rng.randrange(1900, 2100)}",
            rng.choice(["yesterday", "today", "last year", "next month", "this week", "Q3 2025"]),
            f"{rng.randrange(25)}:{rng.randrange(61):02d} a.m. ET",
        ]
    )


def _move(rng: random.Random) -> str:
    figure = _percent(rng) if rng.random() < 0.8 else _money(rng)
    return f"{rng.choice(MOVE_WORDS)} {figure}"


_EXCHANGES = sorted({s for names in EXCHANGES.values() for n in names for s in (n, n.upper())})
_COMPANIES = [
    "Atlas",
    "Northvale Lithium",
    "Carrow Minerals Corp.",
    "Kestrel Gold Inc.",
    "Tamar plc",
]


def _listing(rng: random.Random) -> str:
    groups = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        symbols = ", ".join(
            rng.choice(["ABC", "XY", "BRK.A", "VALE.P", "BPY_u", "0700", "$ATL", "A1"])
            for _ in range(rng.choice([1, 1, 2]))
        )
        groups.append(f"{rng.choice(_EXCHANGES)}{rng.choice([':', ': ', ' : ', '：'])}{symbols}")
    listing = rng.choice(["; ", ", ", " "]).join(groups)
    if rng.random() < 0.7:
        listing = f"({listing})"
    return f"{rng.choice(_COMPANIES)} {listing}" if rng.random() < 0.6 else listing


#: Symbols written without an exchange: Reuters codes, cashtags, bare symbols.
_CODES = ["KRL.AX", ".AXJO", "BHP.L", "EScv1", "XAU=", "CMCU3", "$ATLX", "CCJ", "(SPX)", "^GSPC"]


def _code(rng: random.Random) -> str:
    # After a name, after marks alone, or standing alone: the subject a move may be given.
    before = rng.choice(["", "", "The ", "- ", "– ", "Energy firms ", f"{rng.choice(_COMPANIES)} "])
    after = rng.choice(["", " shares", f" {_move(rng)}"])
    return f"{before}{rng.choice(_CODES)}{after}"


_MAKERS = [_money, _percent, _date, _move, _listing, _code]


def _fragments(n: int, seed: int = 6) -> list[str]:
    rng = random.Random(seed)
    out = [rng.choice(_MAKERS)(rng) for _ in range(n)]
    return sorted(set(out), key=lambda f: (len(f), f))  # short first: they shrink to these


#: Listings, amounts, percentages, dates and moves, made once from a seed.
FRAGMENTS = _fragments(6000)

#: Words of plain prose between the mentions.
_FILLER_TEXT = (
    "the miner said output would rise as demand for copper and lithium grew while "
    "analysts expected higher costs at its flagship project in the region shares "
    "traded on heavy volume after investors weighed the outlook for metal prices"
)
_FILLER_WORDS = _FILLER_TEXT.split()

_GLUE = [" ", " ", " ", ", ", ". ", "; ", "\n", "\n\n", " (", ") ", ": ", " - ", " and ", " to "]


def _sentences(n: int, seed: int = 7) -> list[str]:
    # A mention or two among words, as news has them; made once, drawn whole.
    rng = random.Random(seed)
    words = VOCABULARY + _FILLER_WORDS * 4
    out = []
    for _ in range(n):
        parts = [
            rng.choice(FRAGMENTS) if rng.random() < 0.4 else rng.choice(words)
            for _ in range(rng.randrange(2, 14))
        ]
        out.append("".join(p + rng.choice(_GLUE) for p in parts))
    return sorted(set(out), key=lambda f: (len(f), f))


#: Sentence-like runs of fragments and words.
SENTENCES = _sentences(3000)

_news_piece = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(FRAGMENTS),
    st.sampled_from(VOCABULARY),
    st.sampled_from(SPECIAL_CHARS + SYNTAX_CHARS + HTML_FRAGMENTS),
)


def news_texts(max_pieces: int = 16) -> st.SearchStrategy[str]:
    """Market-news-like text: mentions of every kind, glued with noise."""
    piece_and_glue = st.tuples(_news_piece, st.sampled_from(_GLUE)).map("".join)
    return st.lists(piece_and_glue, max_size=max_pieces).map("".join)
