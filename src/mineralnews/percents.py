"""Percentages: ``21.34%``, ``8.89 %``, ``16.86 percent``, ``4 per cent``, ``3 pct``.

Contract: :func:`find_percents` takes any ``str`` and returns every
percentage it holds, in order of appearance, or nothing; it never raises on
text and runs in time linear in its length. :func:`parse_percent` reads a
string that holds exactly one percentage and raises
:class:`~mineralnews.errors.ParseError` otherwise.

A minus written against the figure makes it negative (``-0.3%``,
``−3%``); a dash set apart by a space (``up – 3.3%``) is punctuation, and a
``+`` is dropped. A range (``4.75-5%``, ``15–20%``, ``10 to 15%``, ``between 10 and 15%``)
gives one :class:`~mineralnews.model.Percent` per figure, each spanning the
range.

Not percentages: percentage points (``2 percentage points``, ``2% points``),
basis points, percentiles, ratios (``3.9-to-1``), and anything inside a URL
or an e-mail address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from mineralnews._text import ensure_text, link_spans
from mineralnews.errors import ParseError
from mineralnews.model import Percent, _builder
from mineralnews.numbers import (
    FIGURE,
    FIGURE_START,
    MINUS_SIGNS,
    SIGN,
    SPACE,
    cached_decimal,
    lowered,
)

__all__ = ["find_percents", "parse_percent"]

# -- grammar -------------------------------------------------------------------

# A sign written against the figure.
SIGNED = rf"{SIGN}(?=\.?[0-9])"

# Between the figures of a range: a hyphen or an en dash, unspaced.
RANGE_DASH = r"[-\u2010\u2011\u2013]"

# The percent sign or word. "percentage" and "percentile" are other words;
# "pc" ("5pc") only attached, as British papers write it.
PERCENT_WORD = r"(?i:per[ \u00a0\-]?cent|percent|pct)(?![\p{L}\p{N}])"
PERCENT_MARK = (
    rf"(?:{SPACE}?+[%％]|(?:{SPACE}|[-\u2010\u2011])?+{PERCENT_WORD}|pc(?![\p{{L}}\p{{N}}]))"
)

# "2% points", "2 per cent point": a difference of percentages, not one.
NOT_POINTS = rf"(?!{SPACE}?+(?i:points?|pts?|pp)(?![\p{{L}}\p{{N}}]))"

# What a percentage can start with: a sign, a digit or the point of ".5%".
# Tested first, it lets the scan skip every other character at the cost of
# one character class, where the optional sign and the lookbehinds would
# otherwise be tried at each.
_FIRST = rf"(?=[{MINUS_SIGNS}+.0-9])"

PERCENT = regex.compile(
    rf"""
    {_FIRST}
    (?P<sign>{SIGNED})?+
    {FIGURE_START}(?P<figure>{FIGURE})
    (?:{RANGE_DASH}{FIGURE_START}(?P<upper>{FIGURE}))?+
    {PERCENT_MARK}
    {NOT_POINTS}
    """,
    regex.VERBOSE | regex.VERSION1,
)

# -- the usual percentage, read by the standard library -----------------------
#
# Tried at a figure before a mark, PERCENT costs several times what the
# standard library's engine takes for the same pattern; but its classes of
# letters, numbers and spaces and its matching in any case are the regex
# module's own. FAST_PERCENT is PERCENT with each such test narrowed to
# ASCII, and with only the sign and the words as marks ("pc" is left out):
# where it matches, PERCENT matches the same text with the same groups; where
# it does not, PERCENT is tried.
#  - a sign after a space of ASCII or one of SIGN's marks, as SIGN has it;
#  - a figure after a character of ASCII, or the Unicode minus, that is no
#    letter, digit or "_" (FIGURE_START); the second figure of a range
#    follows a dash, which is none of these;
#  - a percent word in letters of ASCII, before a character of ASCII that is
#    no letter or digit, or the end;
#  - "points" and the like begin with a "p" in any case: the pattern stops
#    before any word that does.
_ASCII_WORD = r"(?![A-Za-z0-9])(?![^\x00-\x7f])"
FAST_PERCENT = re.compile(
    rf"""
    {_FIRST}
    (?P<sign>(?<![^\t\n\x0b\x0c\r (\[{{"'“‘:;=~≈])[{MINUS_SIGNS}+](?=\.?[0-9]))?+
    (?<![A-Za-z0-9_])(?<![^\x00-\x7f\u2212])(?<![0-9][.,])
    (?P<figure>{FIGURE})
    (?:{RANGE_DASH}(?P<upper>{FIGURE}))?+
    (?:{SPACE}?+[%％]
      |(?:{SPACE}|[-\u2010\u2011])?+
       (?:[Pp][Ee][Rr][ \u00a0\-]?[Cc][Ee][Nn][Tt]|[Pp][Ee][Rr][Cc][Ee][Nn][Tt]|[Pp][Cc][Tt])
       {_ASCII_WORD}
    )
    (?!{SPACE}?+[Pp])
    """,
    re.VERBOSE,
)
if tuple(FAST_PERCENT.groupindex) != tuple(PERCENT.groupindex):
    raise AssertionError("FAST_PERCENT's groups are not PERCENT's")
if not all(regex.fullmatch(r"\s", ch) for ch in "\t\n\x0b\x0c\r "):
    raise AssertionError("a space of ASCII is not a space to the regex module")

# Cheap test that a text can hold a percentage at all: a sign, found by a
# substring test in most texts, else a percent word. Apart, each of these
# scans is several times faster than one alternation of them all.
_PERCENT_WORD_PART = regex.compile(r"(?i:cent|pct)")
_ATTACHED_PC = regex.compile(r"[0-9]pc")


def _may_hold(text: str) -> bool:
    return (
        "%" in text
        or "％" in text
        or _may_say_percent(text)
        or ("pc" in text and _ATTACHED_PC.search(text) is not None)
    )


def _may_say_percent(text: str) -> bool:
    """Whether ``text`` holds "cent" or "pct" in any case: in its lower-cased
    form (see numbers.lowered), two substring tests many times faster than
    a case-insensitive scan."""
    low = lowered(text)
    if low is None:
        return _PERCENT_WORD_PART.search(text) is not None
    return "cent" in low or "pct" in low


# The groups of PERCENT, in the order _percents unpacks them.
_GROUPS = ("sign", "figure", "upper")
_NAMES = tuple(sorted(PERCENT.groupindex, key=PERCENT.groupindex.__getitem__))
if _NAMES != _GROUPS or PERCENT.groups != len(_GROUPS):
    raise AssertionError(f"the groups of PERCENT are not {_GROUPS}")

# -- where to try the pattern --------------------------------------------------
#
# Scanning the whole text with PERCENT tries it at every digit; a percentage
# is found far faster from its mark: the "%" with str.find, the words in the
# lower-cased text, then the figures just before it. Trying the pattern at
# those figures in order, from the end of the last match, finds what its own
# scan would.

_SPACES_AND_HYPHENS = " \u00a0\u2009\u202f-\u2010\u2011"
# What a figure, its sign and a range are written with, read back from the
# mark: where the percentage can start.
_FIGURE_BEFORE = regex.compile(r"[0-9,.+\-\u2010\u2011\u2013\u2212]*+", regex.REVERSE)
_STARTS = frozenset(MINUS_SIGNS + "+.0123456789")
_DIGITS = frozenset("0123456789")


# The percent words, found in any case as PERCENT_WORD finds them: "cent"
# ("percent", "per cent") and "pct". Each a literal, which the scan finds
# fast; the "per" before "cent" is then looked at.
_CENT = regex.compile(r"(?i:cent)", regex.VERSION1)
_PCT = regex.compile(r"(?i:pct)", regex.VERSION1)
_PER_BEFORE = regex.compile(r"(?i:per)(?:[ \u00a0\-])?+\Z", regex.VERSION1)


def _marks(text: str, signs: tuple[str, ...] = ("%", "％", "pc")) -> list[int]:
    """Where each percent sign or word can start, in order; ``signs``: those
    of "%", "％" and "pc" the text may hold (the others it holds none of)."""
    marks = []
    find = text.find
    for mark in signs:
        i = find(mark)
        while i != -1:
            marks.append(i)
            i = find(mark, i + 1)
    low = lowered(text)
    if low is None:
        for m in _CENT.finditer(text):
            per = _PER_BEFORE.search(text, max(0, m.start() - 4), m.start())
            if per is not None:
                marks.append(per.start())
        marks.extend(m.start() for m in _PCT.finditer(text))
        return sorted(set(marks))
    # The same in the lower-cased text, with str.find.
    find = low.find
    i = find("cent")
    while i != -1:
        if i >= 3 and low.startswith("per", i - 3):
            marks.append(i - 3)
        elif i >= 4 and low[i - 1] in " \u00a0-" and low.startswith("per", i - 4):
            marks.append(i - 4)
        i = find("cent", i + 1)
    i = find("pct")
    while i != -1:
        marks.append(i)
        i = find("pct", i + 1)
    return sorted(set(marks))


# Trying the pattern at a mark costs about as much as scanning 20
# characters: where marks are denser than that (a run of "%"), the pattern's
# own scan is the faster way to the same matches.
_SCAN_EVERY = 20


# What a figure, its sign and a range are written with, as _FIGURE_BEFORE
# reads them back. The usual figure is short: read back by str.rstrip from
# a few characters before the mark, many times cheaper than a call of the
# pattern, which reads a longer one.
_FIGURE_CHARS = "0123456789,.+-\u2010\u2011\u2013\u2212"
_SHORT_FIGURE = 24

# A percentage as _matches finds it: start, end, and its groups (see _GROUPS).
_Found = tuple[int, int, "str | None", str, "str | None"]


def _groups(m: regex.Match[str]) -> tuple[str | None, str, str | None]:
    sign, figure, upper = m.groups()  # see _GROUPS: by position, far cheaper than by name
    return sign, figure, upper


def _matches(text: str) -> Iterable[_Found]:
    """What PERCENT.finditer(text) yields: the pattern tried, in order, at
    the figures before each mark that can start a percentage."""
    counts = (text.count("%"), text.count("％"), text.count("pc"))
    # Each sign counted is looked for only where the text holds it.
    signs = tuple(sign for sign, n in zip(("%", "％", "pc"), counts, strict=True) if n)
    if sum(counts) * _SCAN_EVERY > len(text) or len(
        marks := _marks(text, signs)
    ) * _SCAN_EVERY > len(text):
        # Read as they are found: a dense text holds a great many.
        return ((m.start(), m.end(), *_groups(m)) for m in PERCENT.finditer(text))
    found: list[_Found] = []
    fast, match = FAST_PERCENT.match, PERCENT.match
    end = 0
    for mark in marks:
        if mark < end:
            continue
        stop = mark
        if stop and text[stop - 1] in _SPACES_AND_HYPHENS:
            stop -= 1
        if not stop or text[stop - 1] not in _DIGITS:
            continue  # a figure ends in a digit
        if stop <= end:
            continue  # the digit is the last match's
        # Back over the figure, no further than the last match's end.
        bound = stop - _SHORT_FIGURE if stop - _SHORT_FIGURE > end else end
        first = bound + len(text[bound:stop].rstrip(_FIGURE_CHARS))
        if first == bound > end:
            back = _FIGURE_BEFORE.match(text, end, stop)
            first = back.start() if back is not None else stop
        # Mostly the percentage starts with the figure: FAST_PERCENT there.
        f = fast(text, first)
        if f is not None:
            sign, figure, upper = f.groups()
            end = f.end()
            found.append((f.start(), end, sign, figure, upper))
            continue
        for start in range(first, stop):
            if text[start] not in _STARTS:
                continue
            if start and (
                text[start - 1] in _DIGITS
                or (text[start - 1] in ".," and start > 1 and text[start - 2] in _DIGITS)
            ):
                continue  # inside a figure: FIGURE_START fails there
            m = match(text, start)
            if m is not None:
                sign, figure, upper = m.groups()
                end = m.end()
                found.append((start, end, sign, figure, upper))
                break
    return found


# -- ranges in words ------------------------------------------------------------
#
# "10 to 15%", "between 10 and 15%", "a 5 - 7 per cent rise": the first bound
# carries no mark of its own, and is read back from the second's start over
# a short window (so the whole stays linear). Both bounds span the range.
# "and" joins bounds only after "between"; a year, an amount or a figure of
# four digits is no bound ("in 2024 to 15%", "$5 to 15%").
_WORDED_WINDOW = 32
_WORDED_LOWER = re.compile(
    r"(?:(?<![\w])(?P<opener>between|from)[ \u00a0]++)?+"
    r"(?<![\w.,$€£¥%\u2212+\-])(?P<lower>[0-9]{1,3}+(?:\.[0-9]++)?+)"
    r"[ \u00a0]++(?P<join>to|and|-|\u2013)[ \u00a0]++\Z",
    re.IGNORECASE,
)


def _worded_lower(text: str, start: int) -> tuple[int, str] | None:
    """The first bound of a range in words that ends before the percentage at
    ``start``: its start and figure, or None."""
    lo = max(0, start - _WORDED_WINDOW)
    m = _WORDED_LOWER.search(text, lo, start)
    if m is None or m.start("lower") == lo > 0:
        return None  # none, or a figure cut off by the window
    if m.group("join").lower() == "and" and m.group("opener") is None:
        return None
    return m.start("lower"), m.group("lower")


# A Percent built as attrs' __init__ builds it, through the slots' own
# setters, which take half the time: an article holds many.
_new_percent = _builder(Percent)


def _percents(match: regex.Match[str]) -> list[Percent]:
    start, end = match.span()
    text = match.group()
    sign, figure, upper = match.groups()  # see _GROUPS: by position, far cheaper than by name
    found = [Percent(value=cached_decimal((sign or "") + figure), text=text, start=start, end=end)]
    if upper:
        found.append(Percent(value=cached_decimal(upper), text=text, start=start, end=end))
    return found


# The last characters of the joiners of _WORDED_LOWER: "to", "and", dashes.
_JOIN_ENDS = frozenset("oOdD-\u2013")


def find_percents(text: str) -> tuple[Percent, ...]:
    """Every percentage in ``text``, in order of appearance.

    >>> [(str(p.value), p.text) for p in find_percents("It fell -0.3%, then rose 4.75-5%.")]
    [('-0.3', '-0.3%'), ('4.75', '4.75-5%'), ('5', '4.75-5%')]
    """
    text = ensure_text(text)
    if not _may_hold(text):
        return ()
    # The spans of the text's addresses, kept for the other finders of an
    # article; link_spans tells at once that most texts hold none.
    links = link_spans(text)
    overlaps = links.overlaps if links else None
    found: list[Percent] = []
    append = found.append
    for start, end, sign, figure, upper in _matches(text):
        if overlaps is not None and overlaps(start, end):
            continue
        written = text[start:end]
        value = cached_decimal(sign + figure if sign else figure)
        # Most percentages follow a space after a word: the window is read
        # only after a joiner's last letter or dash and a space.
        if not sign and not upper and start > 1 and text[start - 2] in _JOIN_ENDS:
            lower = _worded_lower(text, start)
            if lower is not None and not (links and links.overlaps(lower[0], end)):
                # As for "10-15%", both bounds span the range.
                start, low = lower
                written = text[start:end]
                append(_new_percent(value=cached_decimal(low), text=written, start=start, end=end))
        append(_new_percent(value=value, text=written, start=start, end=end))
        if upper:
            append(_new_percent(value=cached_decimal(upper), text=written, start=start, end=end))
    return tuple(found)


def parse_percent(s: str) -> Percent:
    """The one percentage ``s`` holds, such as a spreadsheet cell's ``"8.89 %"``.

    Spaces around it are allowed; anything else raises
    :class:`~mineralnews.errors.ParseError`, a :class:`ValueError`.

    >>> parse_percent(" −3.5% ").value
    Decimal('-3.5')
    >>> parse_percent("about 3%")
    Traceback (most recent call last):
    ...
    mineralnews.errors.ParseError: not exactly one percentage: 'about 3%'
    """
    s = ensure_text(s, "s")
    stripped = s.strip()
    offset = len(s) - len(s.lstrip())
    match = PERCENT.fullmatch(stripped)
    if match is None or match.group("upper"):
        raise ParseError("not exactly one percentage", s)
    (percent,) = _percents(match)
    return Percent(
        value=percent.value,
        text=percent.text,
        start=percent.start + offset,
        end=percent.end + offset,
    )
