"""Accuracy on held-out articles written for these tests.

``tests/data/heldout.jsonl`` holds sixteen invented excerpts in the styles
financial news takes (wire market wraps with RICs, press releases with
multi-listings, pence and per cent, rand, euro, cashtags, earnings releases,
weekday and relative dates, Unicode spacing and minus signs, trailing lists of
related articles), each labelled by hand in the gold format the corpus uses.
None of their sentences was tuned against, so their scores show how the
parsers carry over to text they were not shaped on.

The file ships with the tests, so nothing here skips. The scorer below is a
small self-contained copy of the value variants: each item becomes a key and
the keys of one article are matched as multisets, so a figure written twice
must be found twice.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from mineralnews import parse_article
from mineralnews.model import Article, DateMention
from mineralnews.vocabulary.exchanges import mic_for

HELDOUT = Path(__file__).parent / "data" / "heldout.jsonl"

Key = tuple[Any, ...]


def _number(value: object) -> str:
    """A decimal in one canonical spelling: ``"0.80"`` and ``"0.8"`` are one key."""
    figure = Decimal(str(value).replace(",", "").replace("\u2212", "-"))
    return "0" if figure == 0 else format(figure.normalize(), "f")


def _mic(exchange: str) -> str:
    return mic_for(exchange) or "".join(ch for ch in exchange.upper() if ch.isalnum())


def _symbol(symbol: str | None) -> str | None:
    return None if symbol is None else symbol.strip().lstrip("$").upper() or None


def _date_value(mention: DateMention) -> str | None:
    if mention.value is None:
        return None
    pattern = {"year": "%Y", "month": "%Y-%m"}.get(mention.granularity, "%Y-%m-%d")
    return mention.value.strftime(pattern)


# variant -> (key of a gold item, keys of a parsed article)
GOLD_KEYS: dict[str, Callable[[dict[str, Any]], Key]] = {
    "tickers": lambda i: (_mic(i["exchange"]), _symbol(i["symbol"])),
    "moves": lambda i: (_symbol(i["symbol"]), i["direction"], _number(abs(Decimal(i["percent"])))),
    "moves_loose": lambda i: (i["direction"], _number(abs(Decimal(i["percent"])))),
    "money": lambda i: (i["currency"].upper(), _number(i["amount"])),
    "percents": lambda i: (_number(i["value"]),),
    "dates": lambda i: (i["value"],),
}
GOLD_FIELD = {
    "tickers": "tickers",
    "moves": "moves",
    "moves_loose": "moves",
    "money": "money",
    "percents": "percents",
    "dates": "dates",
}


def _parsed_keys(variant: str, article: Article) -> Iterable[Key]:
    if variant == "tickers":
        return ((t.mic or _mic(t.exchange), _symbol(t.symbol)) for t in article.tickers)
    if variant == "moves":
        return ((_symbol(m.symbol), m.direction, _number(m.percent)) for m in article.moves)
    if variant == "moves_loose":
        return ((m.direction, _number(m.percent)) for m in article.moves)
    if variant == "money":
        return ((m.currency.upper(), _number(m.amount)) for m in article.money)
    if variant == "percents":
        return ((_number(p.value),) for p in article.percents)
    return ((_date_value(d),) for d in article.dates)


def _load() -> list[dict[str, Any]]:
    with HELDOUT.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Any]]:
    """Micro-averaged TP / FP / FN and F1 per variant over the held-out file."""
    tally = {variant: Counter[str]() for variant in GOLD_KEYS}
    misses: dict[str, list[tuple[str, str, Key]]] = {variant: [] for variant in GOLD_KEYS}
    for record in _load():
        published = dt.date.fromisoformat(record["published"]) if record["published"] else None
        article = parse_article(record["text"], published)
        for variant, gold_key in GOLD_KEYS.items():
            gold = Counter(gold_key(item) for item in record[GOLD_FIELD[variant]])
            found = Counter(_parsed_keys(variant, article))
            both = gold & found
            tally[variant]["tp"] += sum(both.values())
            tally[variant]["fp"] += sum((found - both).values())
            tally[variant]["fn"] += sum((gold - both).values())
            misses[variant] += [(record["id"], "FN", k) for k in (gold - both).elements()]
            misses[variant] += [(record["id"], "FP", k) for k in (found - both).elements()]
    out = {}
    for variant, counts in tally.items():
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        out[variant] = {"tp": tp, "fp": fp, "fn": fn, "f1": f1, "misses": misses[variant]}
    return out


# variant -> the least F1 the parsers hold themselves to on the held-out file.
FLOORS = {
    # every listing is found (28 of 28): one lost listing fails.
    "tickers": 0.99,
    # every move's symbol is found too (91 of 91), the target's "its shares"
    # and a listing given only in the next paragraph included.
    "moves": 0.99,
    # every move's direction and figure is found (91 of 91).
    "moves_loose": 0.99,
    # every amount is found (131 of 131), cents named with their dollar included.
    "money": 0.99,
    # every percentage is found (132 of 132), Unicode minus and spacing included.
    "percents": 0.99,
    # every date is found and resolved (112 of 112), futures and bare years included.
    "dates": 0.99,
}


def test_heldout_file_is_well_formed() -> None:
    records = _load()
    assert [r["id"] for r in records] == [f"h{n:02d}" for n in range(1, 17)]
    for record in records:
        for field in ("moves", "money", "percents", "dates"):
            for item in record[field]:
                assert item["text"] in record["text"], (record["id"], field, item)


@pytest.mark.parametrize("variant", sorted(FLOORS))
def test_heldout_f1_floor(scores: dict[str, dict[str, Any]], variant: str) -> None:
    got = scores[variant]
    assert got["f1"] >= FLOORS[variant], (got["f1"], got["misses"][:20])
