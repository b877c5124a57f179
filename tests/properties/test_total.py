"""Total functions: every finder and parse_article on any str, with every invariant.

The finders are taken from ``mineralnews.__all__`` (every ``find_*``), and
the article's mentions from every tuple field of :class:`Article`, so a
parser added later is held to the same rules without a new test.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import random
import re
import subprocess
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from texts import (
    FINDERS,
    HTML_FRAGMENTS,
    PROPERTIES,
    SPECIAL_CHARS,
    VOCABULARY,
    hostile_texts,
    news_texts,
)

from mineralnews import Article, parse_article

_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")

published_dates = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))


def check_span(item: Any, text: str, where: str) -> None:
    """``item`` lies inside ``text`` and its span slices to its text."""
    start, end = item.start, item.end
    assert type(start) is int, where
    assert type(end) is int, where
    assert 0 <= start <= end <= len(text), f"{where}: span {start}-{end} outside the input"
    assert text[start:end] == item.text, f"{where}: {text[start:end]!r} != {item.text!r}"


def check_result(name: str, result: object, text: str) -> None:
    assert isinstance(result, tuple), f"{name} returned {type(result).__name__}, not a tuple"
    for item in result:
        assert attrs.has(type(item)), f"{name} returned a {type(item).__name__}"
        check_span(item, text, name)


def check_pickles(value: object) -> None:
    assert pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) == value


def check_article(article: Article, text: str, published: dt.date | None) -> None:
    assert isinstance(article, Article)
    assert article.text == text
    if published is not None:
        assert article.published == published
    for field in attrs.fields(Article):
        value = getattr(article, field.name)
        if isinstance(value, tuple):
            for item in value:
                check_span(item, text, f"Article.{field.name}")
    mentions = article.mentions
    assert [(m.start, -m.end) for m in mentions] == sorted((m.start, -m.end) for m in mentions)
    for m in mentions:
        check_span(m, text, f"Article.mentions ({m.kind})")
    data = article.to_dict()
    assert Article.from_dict(data) == article
    # JSON-ready: it survives JSON text unchanged (lone surrogates escaped),
    # except that JSON reads an escaped high and low surrogate as one character.
    if not _SURROGATE_PAIR.search(text):
        assert Article.from_dict(json.loads(json.dumps(data))) == article
    check_pickles(article)


def check_everything(text: str, published: dt.date | None) -> None:
    for name, finder in FINDERS.items():
        result = finder(text)
        check_result(name, result, text)
        assert finder(text) == result, f"{name} is not deterministic"
        check_pickles(result)
    article = parse_article(text, published=published)
    check_article(article, text, published)
    assert parse_article(text, published=published) == article, "parse_article not deterministic"


@PROPERTIES
@given(hostile_texts(), published_dates)
def test_hostile_text(text: str, published: dt.date | None) -> None:
    check_everything(text, published)


@PROPERTIES
@given(news_texts(), published_dates)
def test_news_like_text(text: str, published: dt.date | None) -> None:
    check_everything(text, published)


@PROPERTIES
@given(st.text(), published_dates)
def test_any_text(text: str, published: dt.date | None) -> None:
    check_everything(text, published)


def _every(category: str) -> str:
    import regex

    return "".join(regex.findall(rf"\p{{{category}}}", "".join(map(chr, range(0x10000)))))


EDGE_TEXTS: dict[str, str] = {
    "empty": "",
    "one space": " ",
    "nul": "\x00",
    "lone surrogates": "\ud800\udfff\udc00(NYSE: A)\ud800 $1\ud800%",
    "every special character": "".join(SPECIAL_CHARS),
    "every digit (BMP)": _every("Nd"),
    "every currency sign": _every("Sc"),
    "every currency sign before a figure": " ".join(c + "1.5" for c in _every("Sc")),
    "every digit before a percent sign": " ".join(d + "%" for d in _every("Nd")),
    "markup": "".join(HTML_FRAGMENTS),
    "right-to-left": "\u202e(NYSE: ABC) rose 5%\u202c on \u200fJanuary 5, 2026\u200e",
    "vocabulary": " ".join(VOCABULARY),
}


@pytest.mark.parametrize("text", EDGE_TEXTS.values(), ids=EDGE_TEXTS.keys())
def test_edge_texts(text: str) -> None:
    check_everything(text, None)
    check_everything(text, dt.date(2026, 3, 5))


def test_a_large_text_of_noise() -> None:
    rng = random.Random(6)
    pieces = [*SPECIAL_CHARS, *HTML_FRAGMENTS, *VOCABULARY, " ", " ", "1", "%", "$", ":", "("]
    text = "".join(rng.choice(pieces) for _ in range(30_000))
    check_everything(text, dt.date(2026, 3, 5))


_CHILD = """
import json, sys
from mineralnews import parse_article
texts = json.loads(sys.stdin.read())
print(json.dumps([parse_article(t, published="2026-03-05").to_dict() for t in texts]))
"""


def test_results_do_not_depend_on_the_hash_seed() -> None:
    # Sets and dicts of str iterate in an order set by PYTHONHASHSEED: a
    # result that leaked that order would differ between processes.
    rng = random.Random(20260305)
    texts = [" ".join(rng.choices(VOCABULARY, k=60)) for _ in range(30)]
    texts.append("Atlas Corp. (NYSE, TSX: ATL) rose 4% to $1.5 billion on Monday, March 2.")
    results = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD],
            input=json.dumps(texts).encode(),
            capture_output=True,
            check=True,
            env=env,
        )
        results.append(json.loads(proc.stdout))
    assert results[0] == results[1] == results[2]
    here = [parse_article(t, published="2026-03-05").to_dict() for t in texts]
    assert here == results[0]


def test_finders_are_discovered() -> None:
    # The suite checks whatever the package exports; make sure it found some.
    assert "find_tickers" in FINDERS
    assert all(callable(f) for f in FINDERS.values())
