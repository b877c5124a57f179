"""The shared scans of :mod:`mineralnews._text`: addresses found from their anchors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralnews import _text
from mineralnews._text import Spans, link_spans

# Pieces of addresses and what stands around them, so that generated texts
# hold many near-addresses: schemes, hosts, users, and the characters that
# end or join them.
_PIECES = [
    "http://",
    "HTTPS://",
    "ftp://",
    "www.",
    "wWw.",
    "@",
    "ir@",
    "acme.com",
    ".io",
    "a",
    "x1",
    "_",
    "+",
    "-",
    ".",
    ":",
    "/",
    " ",
    "\n",
    '"',
    "<",
    "ſ",
    "é",
]


def _spans(spans: Spans) -> list[tuple[int, int]]:
    return list(zip(spans._starts, spans._ends, strict=True))


def _scanned(text: str) -> list[tuple[int, int]]:
    """The spans a scan of every position finds."""
    return _spans(Spans(m.span() for m in _text._URL.finditer(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("See https://acme.com/a/1 now.", [(4, 24)], id="url"),
        pytest.param("See WWW.acme.com/2024/10/ now.", [(4, 25)], id="www-upper-case"),
        pytest.param("Write to ir@acme.com.", [(9, 20)], id="e-mail"),
        pytest.param("x.y+z@mail.acme.co", [(0, 18)], id="e-mail-dotted-user"),
        pytest.param("xwww.y@acme.com", [(0, 15)], id="e-mail-before-host"),
        pytest.param("xwww.y.io@ later", [(1, 10)], id="host-inside-failed-e-mail"),
        pytest.param("shares of WWW.A rose", [], id="class-share-symbol-is-no-host"),
        pytest.param("ahttp://a.b", [(1, 11)], id="scheme-inside-word"),
        pytest.param("user@host without a dot", [], id="no-top-level-domain"),
        pytest.param("@@@ :// www", [], id="anchors-alone"),
    ],
)
def test_link_spans(text: str, expected: list[tuple[int, int]]) -> None:
    assert _spans(link_spans(text)) == expected


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_anchors_find_what_a_full_scan_finds(text: str) -> None:
    assert _spans(link_spans(text)) == _scanned(text)
    # However dense the anchors: with none taken as dense, as in prose.
    dense = _text._SCAN_EVERY
    _text._SCAN_EVERY = 0
    try:
        assert _spans(link_spans(text)) == _scanned(text)
    finally:
        _text._SCAN_EVERY = dense
