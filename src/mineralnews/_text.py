"""Checks and scans shared by every parser.

The finders promise that any ``str`` either parses or yields nothing; the
checks here turn a wrong *type* into a :class:`TypeError` that says what was
expected, before any pattern sees it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

__all__ = ["Spans", "ensure_text", "link_spans"]


def ensure_text(text: object, what: str = "text") -> str:
    """Return ``text`` if it is a ``str``; raise a :class:`TypeError` that says why not."""
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray | memoryview):
        raise TypeError(
            f"{what} must be a str, not {type(text).__name__}: decode it first, "
            "e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{what} must be a str, not {type(text).__name__}")


# A URL or an e-mail address: figures, colons and dates inside one are part
# of an address, not of the prose ("/2021/03/10/", "gold-for-311-million").
# Possessive quantifiers: a run of address characters is taken whole, once.
_URL = regex.compile(
    r"""
    (?:
        (?:https?|ftp)://[^\s<>"'“”‘’]++          # scheme://...
      | www\.[\w-]++\.[^\s<>"'“”‘’]++            # www.host.tld..., not "WWW.A"
      | (?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++  # user@host.tld, tried once per run
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Every address holds one of these: the "://" after a scheme (which ends in
# "p" or "s"), the "www." of a host, the "@" after a user name. Scanning for
# them alone is many times faster than trying the whole pattern at every
# position; it is then tried only where an address can start. No other
# character folds to "w", "p" or "s" than those listed (see _URL's
# IGNORECASE: "ſ" folds to "s").
_ANCHOR = regex.compile(r"(?<=[pPsSſ])://|[wW][wW][wW]\.|(?<=[\w.+-])@")
# The run of address characters before an "@", read backwards: where the
# e-mail address of _URL would start.
_USER_BEFORE = regex.compile(r"[\w.+-]++", regex.REVERSE | regex.IGNORECASE)
# How far before "://" each scheme of _URL starts: "ftp", "http", "https".
_SCHEME_LENGTHS = (3, 4, 5)
# Trying _URL at an anchor costs about as much as scanning 20 characters:
# where anchors are denser than that (hostile input, lists of addresses),
# the plain scan is the faster way to the same spans.
_SCAN_EVERY = 20


class Spans:
    """A sorted set of half-open ``[start, end)`` spans that answers overlap queries."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with a span of the set."""
        i = bisect.bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start


_NO_SPANS = Spans()
# Every finder of an article asks for its addresses: the last text's are
# kept (texts are immutable, and the one kept cannot be freed, so identity
# is a safe key). Short texts, such as the tokens some finders check on
# their own, would only push it out.
_REMEMBER_FROM = 256
_last_links: tuple[str, Spans] = ("", _NO_SPANS)


def link_spans(text: str) -> Spans:
    """The spans of URLs and e-mail addresses in ``text``.

    >>> spans = link_spans("Write to ir@acme.com or see www.acme.com/2024/10/.")
    >>> spans.overlaps(9, 20), spans.overlaps(24, 35), spans.overlaps(0, 9)
    (True, True, False)
    """
    last = _last_links
    if last[0] is text:
        return last[1]
    spans = _link_spans(text) if _may_hold_link(text) else _NO_SPANS
    if len(text) >= _REMEMBER_FROM:
        _remember(text, spans)
    return spans


def _remember(text: str, spans: Spans) -> None:
    global _last_links
    _last_links = (text, spans)  # one assignment: readers see a matching pair


def _may_hold_link(text: str) -> bool:
    """False when ``text`` holds no anchor of _ANCHOR, so no address.

    Searches for one character (memchr) are many times faster than for
    several, so the rare characters are looked for first.
    """
    if "@" in text or ("/" in text and "://" in text):
        return True
    for tail in ("w.", "W."):  # the end of "www." in any case
        at = text.find(tail, 2)
        while at >= 0:
            if text[at - 2] in "wW" and text[at - 1] in "wW":
                return True
            at = text.find(tail, at + 1)
    return False


def _link_spans(text: str) -> Spans:
    marks = text.count("@") + text.count("://") + text.count("ww.") + text.count("WW.")
    if marks * _SCAN_EVERY > len(text):
        return Spans(m.span() for m in _URL.finditer(text))
    # Every position where _URL can match is found from an anchor, so trying
    # it there alone, in order and from the end of the last address, finds
    # what a scan of every position would.
    starts: set[int] = set()
    for anchor in _ANCHOR.finditer(text):
        at = anchor.start()
        mark = text[at]
        if mark == ":":
            starts.update(at - n for n in _SCHEME_LENGTHS if at >= n)
        elif mark == "@":
            user = _USER_BEFORE.match(text, 0, at)
            if user is not None:
                starts.add(user.start())
        else:
            starts.add(at)
    spans = []
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        m = _URL.match(text, start)
        if m is not None:
            spans.append(m.span())
            end = m.end()
    return Spans(spans)
