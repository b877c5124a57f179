"""Articles in bulk: one record in, one result out, whatever the record holds.

The functions here are what a batch engine maps over its partitions (Dask
bags, Spark's ``mapInPandas``, a multiprocessing pool, the ``--jsonl``
command line): plain functions of plain values, picklable, that never raise
on content, so one bad record can never end a run.

- :func:`parse_line`: a raw JSON Lines line (``bytes`` or ``str``) to a result;
- :func:`parse_record`: a mapping with ``text`` and optional ``id`` and
  ``published`` to a result;
- :func:`parse_rows`: a mapping to flat rows, one per mention
  (:meth:`~mineralnews.model.Article.to_records`), for DataFrames and Arrow.

A result is ``{"id": ..., "article": {...}}`` (the article as
:meth:`~mineralnews.model.Article.to_dict` gives it) or
``{"id": ..., "error": "..."}`` saying why there is no article.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from mineralnews.article import parse_article
from mineralnews.model import _COLUMNS

__all__ = ["RECORD_COLUMNS", "parse_line", "parse_record", "parse_rows"]

#: The keys of every row :func:`parse_rows` and ``Article.to_records()`` give,
#: in order: a table's schema.
RECORD_COLUMNS: tuple[str, ...] = _COLUMNS


def parse_record(record: object, default_id: Any = None) -> dict[str, Any]:
    """The result for one article record; never raises on its content.

    ``record`` is a mapping with a ``text`` string and, optionally, ``id``
    (else ``default_id`` is used) and ``published`` (a date or ISO string).

    >>> parse_record({"id": 7, "text": "Atlas (TSX: ATL)"})["article"]["tickers"][0]["symbol"]
    'ATL'
    >>> parse_record({"id": 8})
    {'id': 8, 'error': "missing a 'text' string"}
    >>> parse_record(["not", "a", "mapping"])
    {'id': None, 'error': 'expected a JSON object, got list'}
    """
    if not isinstance(record, Mapping):
        return {"id": None, "error": f"expected a JSON object, got {type(record).__name__}"}
    article_id = record.get("id", default_id)
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": article_id, "error": "missing a 'text' string"}
    try:
        article = parse_article(text, published=record.get("published"))
    except (TypeError, ValueError) as e:
        return {"id": article_id, "error": str(e)}
    except Exception as e:  # pragma: no cover - a parser bug must not end a batch run
        return {"id": article_id, "error": f"{type(e).__name__}: {e}"}
    return {"id": article_id, "article": article.to_dict()}


def parse_line(line: bytes | str, default_id: Any = None) -> dict[str, Any]:
    """The result for one JSON Lines line: UTF-8 bytes or text holding one record.

    >>> parse_line(b'{"text": "Orion (ASX: ORN)"}', default_id=3)["id"]
    3
    >>> parse_line(b"\\xff")["error"]
    'not valid UTF-8 (invalid start byte at byte 0)'
    """
    if isinstance(line, bytes | bytearray):
        try:
            line = bytes(line).decode("utf-8")
        except UnicodeDecodeError as e:
            return {"id": None, "error": f"not valid UTF-8 ({e.reason} at byte {e.start})"}
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as e:  # deep nesting is a RecursionError
        return {"id": None, "error": f"not JSON ({e})"}
    return parse_record(record, default_id)


def parse_rows(record: object, default_id: Any = None) -> list[dict[str, Any]]:
    """One flat row per mention of the record's article; no rows if it has none.

    A record that cannot be parsed gives no rows: use :func:`parse_record`
    where every record must be accounted for.

    >>> rows = parse_rows({"id": "x", "text": "Atlas (TSX: ATL)"})
    >>> [(r["article_id"], r["kind"], r["symbol"]) for r in rows]
    [('x', 'ticker', 'ATL')]
    """
    if not isinstance(record, Mapping) or not isinstance(record.get("text"), str):
        return []
    try:
        article = parse_article(record["text"], published=record.get("published"))
    except Exception:
        return []
    return article.to_records(record.get("id", default_id))
