"""Article.to_records: one flat, JSON-ready row per mention, the same keys for every kind."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from mineralnews import Article, DateMention, Money, Percent, PriceMove, Ticker
from mineralnews.batch import RECORD_COLUMNS

TEXT = "Atlas (TSXV: ABR) rose 4.5% to C$1.20 on March 3, 2026."


def _article() -> Article:
    return Article(
        text=TEXT,
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
            ),
        ),
    )


def test_one_row_per_mention_in_text_order() -> None:
    rows = _article().to_records(article_id="a-1")
    assert [(r["kind"], r["start"], r["end"]) for r in rows] == [
        ("ticker", 7, 16),
        ("move", 18, 27),
        ("percent", 23, 27),
        ("money", 31, 37),
        ("date", 41, 54),
    ]
    assert {r["article_id"] for r in rows} == {"a-1"}
    for r in rows:
        assert TEXT[r["start"] : r["end"]] == r["text"]


def test_every_row_has_the_same_keys_and_only_its_kind_filled() -> None:
    rows = _article().to_records()
    for r in rows:
        assert tuple(r) == RECORD_COLUMNS
    ticker, move, percent, money, date = rows
    assert (ticker["mic"], ticker["symbol"], ticker["amount"]) == ("XTSX", "ABR", None)
    assert (move["direction"], move["percent"], move["exchange"]) == ("up", "4.5", None)
    assert (percent["value"], percent["currency"]) == ("4.5", None)
    assert (money["amount"], money["currency"], money["per"]) == ("1.20", "CAD", None)
    assert (date["value"], date["granularity"], date["inferred"]) == ("2026-03-03", "day", False)
    assert date["article_id"] is None


def test_rows_are_json_ready_and_exact() -> None:
    rows = _article().to_records(7)
    assert json.loads(json.dumps(rows)) == rows
    assert Decimal(rows[3]["amount"]) == Decimal("1.20")


def test_columns_start_with_the_id_and_kind_and_end_with_the_span() -> None:
    assert RECORD_COLUMNS[:2] == ("article_id", "kind")
    assert RECORD_COLUMNS[-4:] == ("text", "start", "end", "section")
    assert len(set(RECORD_COLUMNS)) == len(RECORD_COLUMNS)


def test_no_mentions_no_rows() -> None:
    assert Article(text="nothing here").to_records("x") == []
