"""mineralnews: exact, typed data from financial news text.

>>> from mineralnews import parse_article
>>> article = parse_article("Energy Fuels (NYSE American: UUUU) rose on Tuesday.")
>>> [(t.mic, t.symbol, t.company) for t in article.tickers]
[('XASE', 'UUUU', 'Energy Fuels')]
"""

from mineralnews.article import parse_article
from mineralnews.dates import detect_published, find_dates
from mineralnews.errors import ParseError
from mineralnews.html import render_html
from mineralnews.model import (
    Article,
    DateMention,
    Money,
    Percent,
    PriceMove,
    Section,
    Ticker,
)
from mineralnews.money import find_money, parse_money
from mineralnews.moves import find_moves
from mineralnews.percents import find_percents, parse_percent
from mineralnews.sections import find_sections
from mineralnews.tickers import find_tickers

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DateMention",
    "Money",
    "ParseError",
    "Percent",
    "PriceMove",
    "Section",
    "Ticker",
    "__version__",
    "detect_published",
    "find_dates",
    "find_money",
    "find_moves",
    "find_percents",
    "find_sections",
    "find_tickers",
    "parse_article",
    "parse_money",
    "parse_percent",
    "render_html",
]
