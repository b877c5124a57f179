"""Article.to_records: one flat, JSON-ready row per mention, the same keys for every kind."""

from __future__ import annotations

import json
from decimal import Decimal

from mineralnews import Article
from mineralnews.batch import RECORD_COLUMNS

from strategies import HAND_MADE_TEXT, hand_made_article


def test_one_row_per_mention_in_text_order() -> None:
    rows = hand_made_article().to_records(article_id="a-1")
    assert [(r["kind"], r["start"], r["end"]) for r in rows] == [
        ("ticker", 7, 16),
        ("move", 18, 27),
        ("percent", 23, 27),
        ("money", 31, 37),
        ("date", 41, 54),
    ]
    assert {r["article_id"] for r in rows} == {"a-1"}
    for r in rows:
        assert HAND_MADE_TEXT[r["start"] : r["end"]] == r["text"]


def test_every_row_has_the_same_keys_and_only_its_kind_filled() -> None:
    rows = hand_made_article().to_records()
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
    rows = hand_made_article().to_records(7)
    assert json.loads(json.dumps(rows)) == rows
    assert Decimal(rows[3]["amount"]) == Decimal("1.20")


def test_columns_start_with_the_id_and_kind_and_end_with_the_span() -> None:
    assert RECORD_COLUMNS[:2] == ("article_id", "kind")
    assert RECORD_COLUMNS[-4:] == ("text", "start", "end", "section")
    assert len(set(RECORD_COLUMNS)) == len(RECORD_COLUMNS)


def test_no_mentions_no_rows() -> None:
    assert Article(text="nothing here").to_records("x") == []
