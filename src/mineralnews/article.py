"""The whole article: every parser composed, with the article's own date.

:func:`parse_article` is the one entry point most callers need. It checks
its input, runs each finder over the text once and gathers the results in
an :class:`~mineralnews.model.Article`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs

from mineralnews._text import ensure_text
from mineralnews.dates import detect_published, find_article_dates
from mineralnews.model import Article, Mention, PublishedSource, Section, SectionKind, _builder
from mineralnews.money import find_money, stated_dollar
from mineralnews.moves import find_moves
from mineralnews.percents import find_percents
from mineralnews.sections import find_sections, title_of
from mineralnews.tickers import find_tickers

__all__ = ["coerce_date", "parse_article"]


def coerce_date(value: object, what: str = "published") -> dt.date | None:
    """``value`` as a :class:`datetime.date`: from a date, a datetime or an ISO string.

    None stays None. Anything else is a :class:`TypeError`, and a string
    that is not an ISO date a :class:`ValueError`, each saying what was
    expected.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(
                f"{what} must be an ISO date such as '2025-10-14', not {value!r}"
            ) from None
    raise TypeError(
        f"{what} must be a datetime.date, a datetime.datetime, an ISO date string or None, "
        f"not {type(value).__name__}"
    )


def parse_article(text: str, published: dt.date | dt.datetime | str | None = None) -> Article:
    """Parse one article's text.

    ``text`` must be a ``str`` (decode bytes first); any ``str`` is valid and
    the call never raises on its content. ``published`` is the article's
    publication date, used to resolve dates written without a year. Without
    it, the date the article gives itself near its top (a dateline such as
    ``Published Sep 16, 2024``) is used: ``published_source`` says which.

    >>> article = parse_article("Mp Materials (NYSE: MP) rose.", published="2025-10-14")
    >>> article.tickers[0].symbol, article.published
    ('MP', datetime.date(2025, 10, 14))
    """
    text = ensure_text(text)
    reference = coerce_date(published)
    source: PublishedSource | None = "given" if reference is not None else None
    if reference is None:
        # Without a date from the caller, the article's own dateline dates it.
        reference = detect_published(text)
        source = "detected" if reference is not None else None
    sections = find_sections(text)
    kind_at = _locator(sections)
    tickers = find_tickers(text)
    percents = find_percents(text)
    moves = find_moves(text, tickers=tickers, percents=percents)
    return _new_article(
        text=text,
        title=title_of(sections),
        published=reference,
        published_source=source,
        sections=sections,
        tickers=_placed(tickers, kind_at),
        moves=_placed(moves, kind_at),
        percents=_placed(percents, kind_at),
        money=_placed(find_money(text, dollar=stated_dollar(text) or "USD"), kind_at),
        dates=_placed(find_article_dates(text, reference), kind_at),
    )


_new_article = _builder(Article)

_M = TypeVar("_M", bound=Mention)

# Where each kind of section other than the body starts and ends, sorted,
# and its kind: the positions section_locator calls "body" are all others.
# Also the widest stretch between them, where most mentions lie.
_Locator = tuple[list[int], list[int], list[SectionKind], int, int]


def _locator(sections: Sequence[Section]) -> _Locator:
    """What :func:`section_locator` answers, as sorted spans for _placed.

    Sections do not overlap, so a position lies in the last section that
    starts at or before it, or in none; among the sections that are not
    "body", the same holds.
    """
    kept = sorted((s.start, s.end, s.kind) for s in sections if s.kind != "body")
    starts = [s for s, _, _ in kept]
    ends = [e for _, e, _ in kept]
    # The widest gap between those sections (before the first, between two,
    # after the last) holds body only.
    gaps = zip([0, *ends], [*starts, _END], strict=True)
    lo, hi = max(gaps, key=lambda gap: gap[1] - gap[0])
    return starts, ends, [k for _, _, k in kept], lo, hi


# Past the end of any text.
_END = 2**63


def _placed(mentions: Sequence[_M], locator: _Locator) -> tuple[_M, ...]:
    """The mentions, each told the section it was found in."""
    starts, ends, kinds, lo, hi = locator
    placed = []
    for m in mentions:
        at = m.start
        if lo <= at < hi:
            kind: SectionKind = "body"
        else:
            i = bisect.bisect_right(starts, at) - 1
            kind = kinds[i] if i >= 0 and at < ends[i] else "body"
        placed.append(m if kind == m.section else _with_section(m, kind))
    return tuple(placed)


# For each mention class, its fields but ``section`` and a builder.
_BUILDERS: dict[type, tuple[tuple[str, ...], Callable[..., Any]]] = {}


def _with_section(mention: _M, kind: SectionKind) -> _M:
    """``attrs.evolve(mention, section=kind)``, built faster."""
    cls = type(mention)
    known = _BUILDERS.get(cls)
    if known is None:
        names = tuple(f.name for f in attrs.fields(cls) if f.name != "section")
        known = _BUILDERS[cls] = (names, _builder(cls))
    names, build = known
    built: _M = build(section=kind, **{name: getattr(mention, name) for name in names})
    return built
