"""The Dask recipe of docs/scaling.md, run on a real local cluster of two workers.

The recipe is taken from the page itself, so the documented code is the
tested code. Skipped when the ``dask`` extra is not installed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from mineralnews.batch import parse_record, parse_rows

pytest.importorskip("dask.bag")
pytest.importorskip("dask.distributed")

PAGE = Path(__file__).resolve().parents[1] / "docs" / "scaling.md"


def _recipe() -> Any:
    text = PAGE.read_text(encoding="utf-8")
    dask_section = text.split("## Dask", 1)[1]
    code = re.search(r"```python\n(.*?)```", dask_section, re.DOTALL)
    assert code is not None, "no Dask recipe in docs/scaling.md"
    namespace: dict[str, Any] = {}
    exec(compile(code.group(1), str(PAGE), "exec"), namespace)
    return namespace["parse_with_dask"]


def _records() -> list[object]:
    sentences = [
        "Kestrel Gold (TSX: KGD) rose 4% on Monday.",
        "Bluefin Minerals (ASX: BFN; OTCQB: BFNMF) fell after the results.",
        "No listing here, only $1.5 billion and 3% on March 2, 2026.",
    ]
    records: list[object] = []
    for i in range(120):
        text = " ".join(sentences[j % 3] for j in range(i % 7))
        records.append({"id": f"a{i}", "text": text, "published": "2026-03-05"})
    records[10] = {"id": "no-text"}
    records[20] = {"id": "bad-date", "text": "x", "published": "soon"}
    records[30] = ["not", "a", "record"]
    records[40] = {"text": "Orion (LSE: ORN) \ud800"}
    return records


def test_dask_recipe_matches_a_serial_run() -> None:
    parse_with_dask = _recipe()
    records = _records()
    results, rows = parse_with_dask(records, n_workers=2, partitions=6)
    assert results == [parse_record(r) for r in records]
    assert rows == [row for r in records for row in parse_rows(r)]
    assert sum("error" in r for r in results) == 3
    assert {row["symbol"] for row in rows} >= {"KGD", "BFN", "BFNMF", "ORN"}
