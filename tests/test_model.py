"""The result model: immutability, JSON round-trips, pickling."""

from __future__ import annotations

import json
import pickle
from decimal import Decimal

import attrs
import pytest

from mineralnews import Article, Percent

from strategies import hand_made_article


def test_spans_of_the_fixture_slice_to_their_text() -> None:
    article = hand_made_article()
    for m in article.mentions:
        assert article.text[m.start : m.end] == m.text


def test_to_dict_is_json_ready_with_exact_strings() -> None:
    d = hand_made_article().to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["published"] == "2026-03-04"
    assert d["moves"][0]["percent"] == "4.5"
    assert d["money"][0]["amount"] == "1.20"
    assert d["dates"][0]["value"] == "2026-03-03"
    assert d["dates"][0]["time"] == "11:29:00"
    assert d["tickers"][0]["mic"] == "XTSX"


def test_from_dict_round_trips_exactly() -> None:
    article = hand_made_article()
    again = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert again == article
    assert isinstance(again.money[0].amount, Decimal)
    assert str(again.money[0].amount) == "1.20"  # trailing zero kept
    assert isinstance(again.tickers, tuple)


def test_from_dict_rejects_non_dict() -> None:
    with pytest.raises(TypeError, match="expects a dict"):
        Article.from_dict([])  # type: ignore[arg-type]


def test_results_are_frozen_slotted_and_keyword_only() -> None:
    article = hand_made_article()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.text = "x"  # type: ignore[misc]
    assert not hasattr(article.tickers[0], "__dict__")
    with pytest.raises(TypeError):
        Percent(Decimal("1"), "1%", 0, 2)  # type: ignore[misc]


def test_results_pickle_equal() -> None:
    article = hand_made_article()
    assert pickle.loads(pickle.dumps(article)) == article


def test_mentions_are_ordered_by_position() -> None:
    starts = [m.start for m in hand_made_article().mentions]
    assert starts == sorted(starts)
    assert [m.kind for m in hand_made_article().mentions] == [
        "ticker",
        "move",
        "percent",
        "money",
        "date",
    ]
