"""The whole article: every parser composed, with the article's own date.

:func:`parse_article` is the one entry point most callers need. It checks
its input, runs each finder over the text once and gathers the results in
an :class:`~mineralnews.model.Article`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

import attrs

from mineralnews._text import ensure_text
from mineralnews.dates import detect_published, find_article_dates
from mineralnews.model import Article, Mention, PublishedSource, SectionKind
from mineralnews.money import find_money, stated_dollar
from mineralnews.moves import find_moves
from mineralnews.percents import find_percents
from mineralnews.sections import find_sections, section_locator, title_of
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
    kind_at = section_locator(sections)
    tickers = find_tickers(text)
    percents = find_percents(text)
    moves = find_moves(text, tickers=tickers, percents=percents)
    return Article(
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


_M = TypeVar("_M", bound=Mention)


def _placed(mentions: Sequence[_M], kind_at: Callable[[int], SectionKind]) -> tuple[_M, ...]:
    """The mentions, each told the section it was found in."""
    return tuple(
        m if kind_at(m.start) == m.section else attrs.evolve(m, section=kind_at(m.start))
        for m in mentions
    )
