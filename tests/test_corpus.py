"""Accuracy on the labelled corpus beside the checkout, when it is there.

The corpus is not shipped: from an sdist, or on a machine without it, these
tests skip. ``MINERALNEWS_CORPUS`` may point at the folder holding
``score.py``, ``seeds.jsonl`` and ``dev.jsonl``.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from mineralnews import parse_article

CORPUS = Path(
    os.environ.get("MINERALNEWS_CORPUS")
    or Path(__file__).resolve().parents[2] / "shared" / "corpus"
)

# (file, variant) -> the least F1 the project holds itself to.
FLOORS = {
    ("seeds.jsonl", "tickers"): 1.0,
    ("dev.jsonl", "tickers"): 0.97,
    ("seeds.jsonl", "percents"): 1.0,
    ("dev.jsonl", "percents"): 0.98,
    ("seeds.jsonl", "dates"): 1.0,
    ("dev.jsonl", "dates"): 0.93,
    ("seeds.jsonl", "moves"): 1.0,
    ("dev.jsonl", "moves"): 0.90,
    ("dev.jsonl", "moves_loose"): 0.95,
    ("seeds.jsonl", "money"): 1.0,
    ("dev.jsonl", "money"): 0.95,
}


def _load(name: str) -> ModuleType:
    path = CORPUS / f"{name}.py"
    if not path.is_file():
        pytest.skip(f"no corpus at {CORPUS}")
    sys.path.insert(0, str(CORPUS))
    try:
        spec = importlib.util.spec_from_file_location(f"_corpus_{name}", path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(CORPUS))


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    scoring, score = _load("scoring"), _load("score")
    out = {}
    for name in {f for f, _ in FLOORS}:
        gold = scoring.load_jsonl(str(CORPUS / name))
        preds = []
        for rec in gold:
            pub = dt.date.fromisoformat(rec["published"]) if rec.get("published") else None
            preds.append({"id": rec["id"], **score.convert(parse_article(rec["text"], pub))})
        out[name] = scoring.score(gold, preds)["variants"]
    return out


@pytest.mark.parametrize(("name", "variant"), sorted(FLOORS), ids=lambda v: str(v))
def test_f1_floor(results: dict[str, Any], name: str, variant: str) -> None:
    got = results[name][variant]
    assert got is not None, f"{variant} is not scored"
    assert got["f1"] >= FLOORS[name, variant], got
