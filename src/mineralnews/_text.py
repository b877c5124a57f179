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
# Three patterns, not one alternation: each alone has a literal it must
# contain ("://", "www.", "@"), so the engine skips text without it at
# memchr speed, where an alternation is tried at every position.
_ADDRESS = r"""[^\s<>"'“”‘’]++"""
_LINKS = (
    # scheme://...
    regex.compile(rf"(?:https?|ftp)://{_ADDRESS}", regex.IGNORECASE),
    # www.host...
    regex.compile(rf"www\.{_ADDRESS}", regex.IGNORECASE),
    # user@host.tld, tried once per run of address characters
    regex.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++"),
)


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


def link_spans(text: str) -> Spans:
    """The spans of URLs and e-mail addresses in ``text``."""
    return Spans(m.span() for pattern in _LINKS for m in pattern.finditer(text))
