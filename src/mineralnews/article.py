"""The whole article: every parser composed, with the article's own date.

:func:`parse_article` is the one entry point most callers need. It checks
its input, runs each finder over the text once and gathers the results in
an :class:`~mineralnews.model.Article`.
"""

from __future__ import annotations

import datetime as dt

from mineralnews._text import ensure_text
from mineralnews.dates import detect_published, find_article_dates
from mineralnews.model import Article, PublishedSource
from mineralnews.money import find_money, stated_dollar
from mineralnews.percents import find_percents
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
        reference = detect_published(text)
        source = "detected" if reference is not None else None
    return Article(
        text=text,
        published=reference,
        published_source=source,
        tickers=find_tickers(text),
        percents=find_percents(text),
        money=find_money(text, dollar=stated_dollar(text) or "USD"),
        dates=find_article_dates(text, reference),
    )
