"""Dates: absolute, year-less and relative, resolved against the article's date.

Contract: :func:`find_dates` takes any ``str`` and returns the calendar days,
months and years it names, or nothing; it never raises on text and runs in
time linear in its length. A date written in full (``January 28, 2026``,
``28 January 2026``, ``2026-01-28``, ``01/28/2026``) has its value as
written. A date that leaves part of itself implicit (``October 14``,
``in June``, ``on Tuesday``, ``yesterday``, ``last year``) is resolved
against the reference date, and ``inferred`` says so; without a reference
its value is None.

Not dates: durations (``the past 24 hours``, ``seven days``, ``last week``),
times of day alone, quarters and fiscal periods (``Q3``, ``fiscal 2025``,
``first quarter of 2016``), figures that look like years (``2,019 tonnes``,
``$2019``, ``2019 shares``), ``24/7``, and anything inside a URL.

:func:`detect_published` finds the date an article carries at its top or
in its wire dateline; :func:`find_article_dates` resolves an article's dates
as :func:`mineralnews.parse_article` does, with the items of a trailing list
of related articles resolved against their own dates.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import attrs
import regex
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from mineralnews._patterns import letter_tree
from mineralnews._text import _may_hold_link, ensure_text, link_spans
from mineralnews.model import DateMention, Granularity, _builder
from mineralnews.vocabulary.calendar import (
    CALL_TO_ACTION_AFTER,
    CALL_TO_ACTION_BEFORE,
    CONTRACT_WORDS,
    DEADLINE_WORDS,
    DETERMINERS,
    FORECAST_WORDS,
    FUTURE_MARKERS,
    HYPHEN_CUES,
    MONTH_CUES,
    MONTHS,
    NOT_A_DAY_AFTER,
    NOT_A_DAY_BEFORE,
    NOT_A_MARKER_BEFORE,
    NOT_A_NOUN,
    NOT_A_VERB,
    NOT_A_YEAR_BEFORE,
    PASSIVE_AUXILIARIES,
    PAST_AUXILIARIES,
    PAST_VERBS,
    RANGE_WORDS,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    WEEKDAYS,
    YEAR_CUE_PAIRS,
    YEAR_CUES,
    YEAR_NOUNS,
    YEAR_OBJECT_VERBS,
    YEAR_UNITS,
    YEAR_VERBS,
)
from mineralnews.vocabulary.currencies import NEEDS_MAGNITUDE, PER_UNITS, WORDS

__all__ = ["detect_published", "find_article_dates", "find_dates"]

# -- grammar -------------------------------------------------------------------


def _alternation(spellings: Iterable[str]) -> str:
    # As written and in upper case; longest first so "Sept" wins over "Sep".
    forms = {f for s in spellings for f in (s, s.upper())}
    return "|".join(regex.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))


def _is_abbreviation(name: str, table: dict[str, int]) -> bool:
    return len(name) <= 5 and any(
        len(full) > len(name) and full.startswith(name) and table[full] == table[name]
        for full in table
    )


_MONTH_FULL = [m for m in MONTHS if not _is_abbreviation(m, MONTHS)]
_MONTH_ABBR = [m for m in MONTHS if _is_abbreviation(m, MONTHS)]
_WEEKDAY_FULL = [w for w in WEEKDAYS if not _is_abbreviation(w, WEEKDAYS)]
_WEEKDAY_ABBR = [w for w in WEEKDAYS if _is_abbreviation(w, WEEKDAYS)]

# A month name standing as a word; an abbreviation may take a full stop
# ("Sept.", "Jan."), a full name not (its stop ends the sentence).
MONTH = rf"""
    (?<![\w.])
    (?P<mon>{_alternation(_MONTH_FULL)}|(?:{_alternation(_MONTH_ABBR)})\.?+)
    (?!\w)
"""

# A weekday in front of a written date: full or abbreviated ("Tue, Oct 14").
WEEKDAY = rf"""
    (?<![\w.])
    (?P<wd>{_alternation(_WEEKDAY_FULL)}|(?:{_alternation(_WEEKDAY_ABBR)})\.?+)
    (?!\w)
"""

# A weekday alone is a day only under its full name: "Sun" and "Wed" are words.
WEEKDAY_ALONE = rf"(?<![\w.-])(?P<wdonly>{'|'.join(_WEEKDAY_FULL)})(?![\w-]|\.\w)"

# Day of the month, with an ordinal ending ("6th"); never part of a longer
# figure ("15,000", "14.5") and never a percentage.
DAY = r"(?P<day>(?>3[01]|[12][0-9]|0?[1-9]))(?:st|nd|rd|th)?+(?![\w%]|[.,][0-9])"

# The second day of a range ("March 3-5, 2025"): read, not kept.
DAY_RANGE = r"(?:\s*+[-–]\s*+(?>3[01]|[12][0-9]|0?[1-9])(?![\w%]|[.,][0-9]))?+"

# A four-digit year in a written date.
YEAR = r"(?P<year>[12][0-9]{3})(?![\w%]|[.,][0-9])"

# Between the parts of a written date: "Jan 5, 2024", "Jan 5 2024".
PART_SEP = r"(?:\s*+,\s*+|\s++)"

# After a month name: its day ("October 14", "Oct. 14, 2025", "March 3-5, 2026").
AFTER_MONTH_DAY = rf"(?:(?<=\.)\s*+|\s++){DAY}{DAY_RANGE}(?:{PART_SEP}{YEAR})?+"

# Day first: "14 October", "6th November 2017", "6th of November 2017",
# "14-Oct-2025".
DAY_MONTH = rf"""
    (?<![\w.,$€£¥:/+-]){DAY}
    (?:\s++(?:of\s++)?+{MONTH}(?:{PART_SEP}{YEAR})?+
      | -{MONTH}-{YEAR}                      # "14-Oct-2025", as tables write it
    )
"""

# A date that opens with a weekday, which joins it: "Tuesday, October 14",
# "Wednesday, January 28, 2026", "Friday 10 October".
WEEKDAY_DATE = rf"{WEEKDAY}\s*+,?+\s*+(?:{MONTH}{AFTER_MONTH_DAY}|{DAY_MONTH})"

# What may follow a month name: its day, its year ("June 2025"), "this year"
# ("September this year", one mention), or nothing (a month alone, "in
# September", kept only after a cue word). Each ends in an empty group that
# names the form.
MONTH_FORMS = rf"""
    {MONTH}
    (?: {AFTER_MONTH_DAY}(?P<dated>)
      | {PART_SEP}{YEAR}(?P<month_year>)
      | \s++(?P<mrel>this|last|next)\s++year(?![\w-])(?P<month_relative>)
      | (?!\s*+[0-9])(?P<month_alone>)
    )
"""

# "last"/"this"/"next" before a period ("last year", "this month": weeks are
# not calendar dates, and "this year-end" is not this year), a month ("last
# March") or a weekday ("next Friday").
MODIFIED_FORMS = rf"""
    (?<![\w-])(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|LAST|THIS|NEXT)\s++
    (?: (?P<unit>year|month|YEAR|MONTH)(?![\w-])(?P<relative_period>)
      | {MONTH}(?!\s*+[0-9])(?P<month_alone>)
      | {WEEKDAY_ALONE}(?P<weekday>)
    )
"""

# Days named by their distance from the reference.
RELATIVE_DAY = r"""
    (?<![\w-])(?P<relday>[Tt]oday|TODAY|[Yy]esterday|YESTERDAY|[Tt]omorrow|TOMORROW)(?![\w-])
"""

# Year-month-day: "2026-01-28", "2026/01/28".
ISO_DATE = r"""
    (?<![\w/.-])
    (?P<iy>[12][0-9]{3})(?P<isep>[-/])(?P<im>1[0-2]|0?[1-9])(?P=isep)(?P<id>3[01]|[12][0-9]|0?[1-9])
    (?!(?!T[0-9])[\w/-]|[.,][0-9])   # a timestamp's "T09:30" may follow
"""

# Month and day in figures with their year: "01/28/2026", "28-01-2026", "1/28/26".
NUMERIC_DATE = r"""
    (?<![\w/.-])
    (?P<na>[0-9]{1,2})(?P<nsep>[/-])(?P<nb>[0-9]{1,2})(?P=nsep)
    (?P<ny>[12][0-9]{3}|(?<=/)[0-9]{2})     # two digits only with slashes: "1/28/26"
    (?![\w/-]|[.,][0-9])
"""

# A four-digit number that may be a year; whether it is depends on the words
# around it ("in 2019", "2019's", "2023 accounts"). Never part of a figure
# ("2,019", "$2019", "2019.5"), a range of figures ("12-2019") or a decade.
BARE_YEAR = r"""
    (?<![\w$€£¥#.,/]|[0-9][-–])
    (?P<bare>1[89][0-9]{2}|20[0-9]{2}|2100)
    # Or two years joined into a span: "2019-2021", "2023-24", "2024/25";
    # each bound is a year mention, whether the pair is a span checked after.
    (?:[-–/](?P<rz>(?:1[89]|20)[0-9]{2}|[0-9]{2})(?![\w%]|[.,][0-9]|[-–/][0-9]))?+
    (?![\w%]|[.,][0-9]|[-–/][0-9])
"""

# Where a date may start: a day or month in figures before a slash, a
# hyphen or a month name ("01/28/2026", "14 October", "6th of November",
# "14-Oct-2025"), a four-digit year, a month or weekday name, a relative day,
# or "last"/"this"/"next" before a period or a name. Scanning for these
# first, and trying the full grammar only there, keeps the finder fast on
# ordinary prose, whose figures and words are mostly none of these. Every
# form of the grammar opens with one of them after a character that is no
# letter, digit or underscore, so the scan may find more places than the
# grammar takes, never fewer; it takes no more than the first figure or word
# (what follows is only looked at), so that no place where the grammar might
# start is skipped. It uses the standard library's engine, which skips
# characters outside the leading class and reads the names as a tree of
# letters many times faster than ``regex`` tries a long alternation; its
# ``\s`` holds every space of ``regex``'s (and four control characters more),
# and its other classes are ASCII, as the grammar's are.


def _as_read(table: Iterable[str]) -> set[str]:
    """The spellings of ``table`` as the grammar reads them: as written and in upper case."""
    return {f for s in table for f in (s, s.upper())}


_MONTH_TREE = letter_tree(_as_read(MONTHS))
_NAME_TREE = letter_tree(_as_read((*MONTHS, *WEEKDAYS)))
# "today", "Today", "TODAY"; "last", "Last", "LAST".
_DAY_WORDS = [f for w in RELATIVE_DAYS for f in (w, w.capitalize(), w.upper())]
_PERIOD_WORDS = [f for w in RELATIVE_PERIODS for f in (w, w.capitalize(), w.upper())]
_FIRST_CHARS = "".join(
    sorted({w[0] for w in (*_as_read((*MONTHS, *WEEKDAYS)), *_DAY_WORDS, *_PERIOD_WORDS)})
)
# The scan takes the first character of a place first, from a class the
# engine skips to directly, and only then looks at the one before it and at
# the rest, which may be the rest of any of the words ("T" and the rest of
# "next" make "Text": the grammar turns such a place down).
#
#
# One scan stops at figures and capitals. A lower-case letter opens no name
# (the grammar reads names as written or in capitals), only "today", "last"
# and the other relative words: these are found by str.find, many times
# faster than a scan that stops at every "t" and "l", and the same pattern
# from a lower-case letter then tried there (see _candidates).
_CANDIDATE_REST = rf"""
    (?<![A-Za-z0-9_].)
    (?:
        (?<=[0-9])[0-9]?(?=[/-]|(?:st|nd|rd|th)?(?:-|\s+(?:of\s+)?){_MONTH_TREE})
      | (?<=[12])[0-9]{{3}}(?![0-9])
      | (?<=[A-Za-z]){letter_tree({w[1:] for w in (*_as_read((*MONTHS, *WEEKDAYS)), *_DAY_WORDS)})}
        (?![A-Za-z])
      | (?<=[A-Za-z]){letter_tree({w[1:] for w in _PERIOD_WORDS})}
        (?=\s+(?:year|month|YEAR|MONTH|{_NAME_TREE}))
    )
    """
_CANDIDATE = re.compile(
    f"[0-9{''.join(c for c in _FIRST_CHARS if not c.islower())}]{_CANDIDATE_REST}", re.VERBOSE
)
_LOWER_CANDIDATE = re.compile(
    f"[{''.join(c for c in _FIRST_CHARS if c.islower())}]{_CANDIDATE_REST}", re.VERBOSE
)


# The forms that start with a figure. Each ends in an empty group naming it.
DIGIT_DATE = regex.compile(
    rf"""
      {ISO_DATE}(?P<iso>)
    | {NUMERIC_DATE}(?P<numeric>)
    | {DAY_MONTH}(?P<dated>)
    | {BARE_YEAR}(?P<year_alone>)
    """,
    regex.VERBOSE | regex.VERSION1,
)

# The forms that start with a word.
WORD_DATE = regex.compile(
    rf"""
      {WEEKDAY_DATE}(?P<dated>)
    | {WEEKDAY_ALONE}(?P<weekday>)
    | {MONTH_FORMS}
    | {MODIFIED_FORMS}
    | {RELATIVE_DAY}(?P<relative_day>)
    """,
    regex.VERBOSE | regex.VERSION1,
)


_KINDS = {
    DIGIT_DATE: ("iso", "numeric", "dated", "year_alone"),
    WORD_DATE: (
        "dated",
        "month_year",
        "month_relative",
        "month_alone",
        "weekday",
        "relative_day",
        "relative_period",
    ),
}


# The number of each named group: ``regex`` finds a group by its number many
# times faster than by its name (a name used twice names one group).
_INDEX: dict[regex.Pattern[str], dict[str, int]] = {
    p: dict(p.groupindex) for p in (DIGIT_DATE, WORD_DATE)
}
_KIND_GROUPS = {p: [(name, _INDEX[p][name]) for name in names] for p, names in _KINDS.items()}


# The month, day, year and weekday of a written day, read in one call. The
# forms that open with a figure name no weekday: in its place stands a group
# no day matches, the empty one of the ISO form.
_DAY_GROUPS = {
    DIGIT_DATE: tuple(_INDEX[DIGIT_DATE][n] for n in ("mon", "day", "year", "iso")),
    WORD_DATE: tuple(_INDEX[WORD_DATE][n] for n in ("mon", "day", "year", "wd")),
}


def _kind(m: regex.Match[str]) -> str:
    """The form that matched: the name of its closing empty group."""
    for name, index in _KIND_GROUPS[m.re]:
        if m.start(index) >= 0:
            return name
    return ""


# The words in lower case the grammar may open with: every place it takes
# where the text holds a lower-case letter.
_RELATIVE_WORDS = sorted(w for w in (*_DAY_WORDS, *_PERIOD_WORDS) if w.islower())
if any(w[0].islower() for w in _as_read((*MONTHS, *WEEKDAYS))):
    raise AssertionError("a month or weekday is read in lower case")


def _candidates(text: str) -> list[int]:
    """Where a date may start, in order: _CANDIDATE's places, and the
    relative words in lower case where _LOWER_CANDIDATE takes them."""
    starts = [c.start() for c in _CANDIDATE.finditer(text)]
    words: list[int] = []
    find, lower = text.find, _LOWER_CANDIDATE.match
    for word in _RELATIVE_WORDS:
        i = find(word)
        while i != -1:
            if lower(text, i) is not None:
                words.append(i)
            i = find(word, i + 1)
    if words:
        starts += words
        starts.sort()
    return starts


def _date_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of the date grammar, left to right, none overlapping."""
    floor = 0
    for start in _candidates(text):
        if start < floor:
            continue
        m = (DIGIT_DATE if text[start] <= "9" else WORD_DATE).match(text, start)
        if m is not None:
            floor = m.end()
            yield m


# A time of day written after a date: "11:29:00 AM", "09:53", "4:15 PM", "4pm".
TIME_AFTER = regex.compile(
    r"""
    (?:\s*+,)?+\s*+(?:at\s++|T(?=[0-9]))?+             # "T" of an ISO timestamp
    (?:
        (?P<h>2[0-3]|[01]?[0-9]):(?P<mi>[0-5][0-9])(?::(?P<se>[0-5][0-9]))?+
        (?:\s*+(?P<ap>[AaPp])\.?+[Mm]\.?+(?!\w))?+(?!(?!Z(?!\w))[\w:])   # "Z" of UTC
      | (?P<h>1[0-2]|0?[1-9])\s*+(?P<ap>[AaPp])\.?+[Mm]\.?+(?!\w)
    )
    """,
    regex.VERBOSE | regex.VERSION1,
)
_INDEX[TIME_AFTER] = dict(TIME_AFTER.groupindex)
# What TIME_AFTER needs at least: its hour's first figure after spaces,
# commas, "at" or "T". Most dates have none after them, and this is many
# times cheaper to try (the standard library's ``\s`` holds ``regex``'s).
_TIME_HINT = re.compile(r"[\s,]*(?:at\s+|T)?[0-9]")

_WORD = regex.compile(r"[\w'’]++|[-–—]")
_WORD_BACKWARDS = regex.compile(_WORD.pattern, regex.REVERSE)
_FUTURE_WORDS = frozenset(p for p in FUTURE_MARKERS if " " not in p)
_FUTURE_PAIRS = frozenset(tuple(p.split()) for p in FUTURE_MARKERS if p.count(" ") == 1)
# The last end of a clause before a mention: searched backwards.
# A full stop or comma inside a figure ("A$4.3", "1,200") ends nothing.
_LAST_CLAUSE_END = regex.compile(r"(?r)[.,](?![0-9])|[!?;:\n()]")
_LAST_WORD = regex.compile(r"(?r)[\w'’]++(?=\s*+$)")

# What stands between the dates of a list or a range.
_LIST_GAPS = frozenset({",", "/", "&"} | {f"{c}{w}" for w in RANGE_WORDS for c in ("", ", ", ",")})

# How far back the cue words and future markers of a mention are looked for.
_WINDOW = 64

# Nouns after a number that make it a count or a measure: the calendar's own
# list, the units prices are per and the currency words ("2019 dollars").
_QUANTITY_NOUNS = YEAR_UNITS | {
    w.lower()
    for w in (*PER_UNITS, *WORDS)
    if " " not in w and "-" not in w and w not in NEEDS_MAGNITUDE
}

# Each month as the grammar takes it, its full stop too ("Sept."): read
# without stripping or casing it again.
_MONTH_AS_READ = {f + stop: MONTHS[s] for s in MONTHS for f in (s, s.upper()) for stop in ("", ".")}
_WEEKDAY_AS_READ = {
    f + stop: WEEKDAYS[s] for s in WEEKDAYS for f in (s, s.upper()) for stop in ("", ".")
}
_RELATIVEDELTA_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)


# -- context -------------------------------------------------------------------


# In a stretch of ASCII, what _WORD takes are runs of letters, figures, "_"
# and "'", and single hyphens: every other character set to a space and a
# space put around each hyphen, str.split gives them, many times faster
# than a pattern reads them. Written as bytes, the stretch is translated at
# once, and lower-cased by the same table.
_ASCII_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'")
_AS_LOWER_WORDS = bytes(
    ord(chr(c).lower()) if chr(c) in _ASCII_WORD_CHARS or chr(c) == "-" else ord(" ")
    for c in range(256)
)
_AS_WORDS = bytes(
    c if chr(c) in _ASCII_WORD_CHARS or chr(c) == "-" else ord(" ") for c in range(256)
)


def _ascii_words(stretch: str, table: bytes = _AS_WORDS) -> list[str]:
    """What ``_WORD.findall(stretch)`` gives for a ``stretch`` of ASCII
    (lower-cased with the table _AS_LOWER_WORDS)."""
    spaced = stretch.encode("ascii").translate(table).decode("ascii")
    if "-" in spaced:
        spaced = spaced.replace("-", " - ")
    return spaced.split()


def _words_before(text: str, pos: int, n: int = 3) -> list[str]:
    """The last ``n`` words (or dashes) before ``pos``, lower case."""
    lo = max(0, pos - _WINDOW)
    window = text[lo:pos]
    if window.isascii():
        found = _ascii_words(window, _AS_LOWER_WORDS)
        if len(found) <= n and found and lo > 0 and text[lo - 1].isalnum() and text[lo].isalnum():
            del found[0]  # cut off by the window
        return found[-n:] if n else []
    # Read backwards, and only as far as needed: the words are the same
    # runs read either way.
    words: list[str] = []
    for m in _WORD_BACKWARDS.finditer(text, lo, pos):
        words.append(m.group())
        if len(words) > n:
            break
    else:
        # The whole window was read: its first word may be cut off by it.
        if words and lo > 0 and text[lo - 1].isalnum() and text[lo].isalnum():
            words.pop()
    return [w.lower() for w in reversed(words[:n])]


def _word_after(text: str, pos: int) -> str:
    window = text[pos : pos + _WINDOW]
    if window.isascii():
        # The first word, where only spaces (as str.strip takes them) stand before it.
        rest = window.lstrip()
        if not rest or (rest[0] not in _ASCII_WORD_CHARS and rest[0] != "-"):
            return ""
        return "-" if rest[0] == "-" else _ascii_words(rest)[0]
    m = _WORD.search(text, pos, min(len(text), pos + _WINDOW))
    if m is None or text[pos : m.start()].strip():
        return ""
    return m.group()


# The tense a clause gives the date that follows it.
FUTURE, PAST, UNSAID = 1, -1, 0


def _tense(text: str, pos: int, stop: int) -> int:
    """FUTURE, PAST or UNSAID: what the clause of the date at
    ``text[pos:stop]`` says of time.

    The words are read back from ``pos``. A future marker (``will``, ``is
    due``, ``expected to``) says FUTURE, a verb in the past tense PAST, and a
    word of expectation (``see``, ``probability``, ``when``) FUTURE unless a
    verb in the past tense stands nearer the date. A marker right after
    ``had`` speaks of a future that did not come (``had expected a cut in
    March``). Where the few words before say nothing, those after speak.
    """
    lo = max(0, pos - _WINDOW)
    end = _LAST_CLAUSE_END.search(text, lo, pos)
    first = end.end() if end else lo
    stretch = text[first:pos]
    if stretch.isascii():
        raw = _ascii_words(stretch)
        words = [w.lower() for w in raw]
        # _TENSE_ENDING's "ed" or "'ll" ends a word: in ASCII, one of these.
        ending = any(w.endswith(_TENSE_ENDINGS) for w in words)
    else:
        raw = _WORD.findall(text, first, pos)
        words = [w.lower() for w in raw]
        ending = _TENSE_ENDING.search(text, first, pos) is not None
    if (
        _TENSE_WORDS.isdisjoint(words)
        and _FUTURE_PAIRS.isdisjoint(itertools.pairwise(words))
        and not ending
    ):
        return _tense_after(text, stop) if len(words) <= _OPENING_WORDS else UNSAID
    past_ed = False  # a regular verb in the past tense, unless a marker outweighs it
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        prev = words[i - 1] if i else ""
        if w in _PAIR_ENDS and (prev, w) in _FUTURE_PAIRS:
            opener = words[i - 2] if i > 1 else ""
        elif w not in _TENSE_WORDS and not w.endswith(_TENSE_ENDINGS):
            continue  # most words: skipped at the cost of two look-ups
        elif w in _FUTURE_WORDS or w.endswith(("'ll", "’ll")):
            opener = prev
        elif _forecasts(raw[i], w, prev) and not past_ed:
            return PAST if prev in PAST_AUXILIARIES else FUTURE
        elif w in PAST_VERBS and prev not in PASSIVE_AUXILIARIES:
            return PAST
        else:
            if _past_ed(raw[i], w, prev):
                past_ed = True
            continue
        return PAST if opener in PAST_AUXILIARIES else FUTURE
    if past_ed:
        return PAST
    # Only a date in the opening words of its clause ("In March, the plant
    # will", "The vote in June will") is in the clause of the verb after it.
    return _tense_after(text, stop) if len(words) <= _OPENING_WORDS else UNSAID


_OPENING_WORDS = 4


# What follows a date up to the end of its clause: "In March, the plant
# will restart" (the comma right after the date does not end it).
_CLAUSE_AFTER = regex.compile(r"(?:['’]s)?+[\s,]{0,3}+((?:[^.!?;:\n(),]|[.,](?=[0-9])){0,64}+)")
# Words that open another clause, whose verbs are not the date's.
_CLAUSE_OPENERS = frozenset({"and", "but", "while", "whereas", "although", "though"})


def _tense_after(text: str, pos: int) -> int:
    """The tense of the words after a date, read forward to the end of the
    clause, where those before it say nothing: the nearest verb in the past
    tense, future marker or word of expectation decides."""
    m = _CLAUSE_AFTER.match(text, pos)
    if m is None:
        return UNSAID
    clause = m.group(1)
    raw = _ascii_words(clause) if clause.isascii() else _WORD.findall(clause)
    words = [w.lower() for w in raw]
    for i, w in enumerate(words):
        if w in _PAIR_STARTS and i + 1 < len(words) and (w, words[i + 1]) in _FUTURE_PAIRS:
            return FUTURE
        if w not in _TENSE_WORDS and not w.endswith(_TENSE_ENDINGS):
            continue
        if w in _CLAUSE_OPENERS:
            break
        prev = words[i - 1] if i else ""
        if w in _FUTURE_WORDS or w.endswith(("'ll", "’ll")):
            return FUTURE
        if _forecasts(raw[i], w, prev):
            return FUTURE
        if (w in PAST_VERBS and prev not in PASSIVE_AUXILIARIES) or _past_ed(raw[i], w, prev):
            return PAST
    return UNSAID


# Every word that may bear on a tense alone; others are skipped at once.
_TENSE_WORDS = _FUTURE_WORDS | FORECAST_WORDS | PAST_VERBS | _CLAUSE_OPENERS
_PAIR_STARTS = frozenset(a for a, _ in _FUTURE_PAIRS)
_PAIR_ENDS = frozenset(b for _, b in _FUTURE_PAIRS)
_TENSE_ENDINGS = ("ed", "'ll", "’ll")
_TENSE_ENDING = regex.compile(r"(?i)(?:ed|['’]ll)(?![\w'’])")


def _forecasts(word: str, lower: str, prev: str) -> bool:
    """True when ``word`` is a word of expectation ("see", "likely", "may"):
    "may" only in lower case, where it is no month."""
    return (
        lower in FORECAST_WORDS
        and prev not in NOT_A_MARKER_BEFORE
        and (lower != "may" or word == "may")
    )


def _past_ed(word: str, lower: str, prev: str) -> bool:
    """True when ``word`` reads as a regular verb in the past tense: it ends
    in "-ed" and stands neither after a determiner (an adjective, "the
    proposed sale") nor after "is"/"been" (a participle), nor in a name."""
    return (
        len(lower) > 4
        and lower.endswith("ed")
        and not lower.endswith("eed")
        and word[:1].islower()
        and lower not in NOT_A_VERB
        and prev not in PASSIVE_AUXILIARIES
        and prev not in DETERMINERS
        and prev not in ("-", "–")
    )


# Words between a deadline word and its month: "by the end of June".
_DEADLINE_FILLERS = frozenset({"the", "end", "start", "beginning", "middle", "mid", "of"})
_DEADLINE_FILLERS |= {"early", "late", "-", "–"}


def _after_deadline(text: str, pos: int) -> bool:
    """True when a deadline word (``by``, ``until``) leads to ``pos``, perhaps
    through words such as "the end of"."""
    for w in reversed(_words_before(text, pos, 5)):
        if w in DEADLINE_WORDS:
            return True
        if w not in _DEADLINE_FILLERS:
            return False
    return False


def _opens_clause(text: str, pos: int) -> bool:
    before = text[max(0, pos - 8) : pos].rstrip()
    return not before or before[-1] in '.!?;:,•*\n"“('


def _after_name(text: str, pos: int) -> bool:
    """True when the word before ``pos`` is capitalised, as a first name is."""
    m = _LAST_WORD.search(text, max(0, pos - _WINDOW), pos)
    if m is None or not m.group()[:1].isupper():
        return False
    before = text[max(0, m.start() - 4) : m.start()].rstrip()
    return bool(before) and before[-1] not in '.!?\n"“'  # else it opens a sentence


def _possessive(text: str, end: int) -> bool:
    return text[end : end + 2] in ("'s", "’s")


# -- resolution ----------------------------------------------------------------


def _full_year(written: str) -> int:
    """A year as written, two digits read as C's ``strptime`` does: 69-99
    are 1969-1999, 00-68 are 2000-2068."""
    year = int(written)
    if len(written) == 2:
        year += 1900 if year >= 69 else 2000
    return year


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# How far after the reference a day told in the past tense may still fall.
_PAST_SLACK = dt.timedelta(days=31)


@functools.lru_cache(maxsize=4096, typed=True)
def _nearest(
    month: int,
    day: int,
    ref: dt.date,
    weekday: int | None,
    *,
    after: bool = False,
    before: bool = False,
) -> tuple[dt.date, bool]:
    """The date with this month and day nearest to ``ref`` (on or after it
    when ``after``, on or before it when ``before``), and whether the weekday
    (when given) could not be honoured.

    With a weekday, only years whose calendar puts that weekday on that day
    count; the pattern of weekdays repeats within 28 years, so 40 years
    either side always hold one when the day exists at all.
    """
    span = 40 if weekday is not None else 4
    best: dt.date | None = None
    best_days = 0
    # Years are tried outwards from the reference's: a date k years away is
    # at least (k - 1) * 365 + 1 days from it, so once that is more than the
    # best distance so far no farther year can win. Of two dates as near,
    # the earlier wins.
    for k in range(span + 1):
        if best is not None and (k - 1) * 365 + 1 > best_days:
            break
        for year in (ref.year - k, ref.year + k) if k else (ref.year,):
            if not 1 <= year <= 9999:
                continue
            d = _valid(year, month, day)
            if (
                d is None
                or (weekday is not None and d.weekday() != weekday)
                or (after and d < ref)
                or (before and d > ref)
            ):
                continue
            days = abs((d - ref).days)
            if best is None or days < best_days or (days == best_days and d < best):
                best, best_days = d, days
    if best is None:
        if after or before:  # none on that side within reach: at the calendar's ends
            return _nearest(month, day, ref, weekday)
        if weekday is not None:
            plain, _ = _nearest(month, day, ref, None)
            return plain, True
        # A day no year near the reference has (never for a valid day).
        return ref, False
    return best, False


@functools.lru_cache(maxsize=1024, typed=True)
def _weekday_day(weekday: int, ref: dt.date, modifier: str, future: bool) -> dt.date | None:
    rd = _RELATIVEDELTA_WEEKDAYS[weekday]
    if modifier == "last":
        return _shift(ref, relativedelta(days=-1, weekday=rd(-1)))
    if modifier == "next":
        return _shift(ref, relativedelta(days=+1, weekday=rd(+1)))
    if modifier == "this" or future:
        return _shift(ref, relativedelta(weekday=rd(+1)))
    return _shift(ref, relativedelta(weekday=rd(-1)))


def _month_of(month: int, ref: dt.date, modifier: str, future: bool) -> dt.date | None:
    if modifier == "this":
        year = ref.year
    elif modifier == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif modifier == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif future:
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    return _valid(year, month, 1)  # None beyond the calendar's ends


@functools.lru_cache(maxsize=1024, typed=True)
def _moved(ref: dt.date, years: int = 0, months: int = 0, days: int = 0) -> dt.date | None:
    """``ref`` moved by whole years, months or days; None beyond the calendar.
    Articles name the same few relative dates against the same reference
    again and again, so each is worked out once."""
    return _shift(ref, relativedelta(years=years, months=months, days=days))


def _shift(ref: dt.date, delta: relativedelta) -> dt.date | None:
    try:
        shifted: dt.date = ref + delta
    except (OverflowError, ValueError):
        return None
    return shifted


def _time(text: str, end: int) -> dt.time | None:
    if _TIME_HINT.match(text, end) is None:
        return None
    m = TIME_AFTER.match(text, end)
    if m is None:
        return None
    g = _INDEX[TIME_AFTER]
    hour, minute = int(m.group(g["h"])), int(m.group(g["mi"]) or 0)
    second = int(m.group(g["se"]) or 0)
    ap = (m.group(g["ap"]) or "").lower()
    if ap:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if ap == "p" else 0)
    return dt.time(hour, minute, second)


# -- the finder ----------------------------------------------------------------


def _coerce_reference(reference: object) -> dt.date | None:
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    if isinstance(reference, str):
        try:
            return dt.date.fromisoformat(reference.strip()[:10])
        except ValueError:
            raise ValueError(
                f"reference must be an ISO date such as '2025-10-14', not {reference!r}"
            ) from None
    raise TypeError(
        "reference must be a datetime.date, a datetime.datetime, an ISO date string or None, "
        f"not {type(reference).__name__}"
    )


# A text holds many dates: each is built without attrs' checks.
_new_mention = _builder(DateMention)


class _Finder:
    """One pass over one text: the matches of the date grammar judged in context."""

    def __init__(self, text: str, ref: dt.date | None, dayfirst: bool) -> None:
        self.text = text
        self.ref = ref
        self.dayfirst = dayfirst
        self.found: list[DateMention] = []
        # Most texts hold no address a date could stand in: then none is looked for.
        self.links = _may_hold_links(text)

    def mention(
        self,
        start: int,
        end: int,
        value: dt.date | None,
        granularity: Granularity,
        inferred: bool,
        *,
        weekday_mismatch: bool = False,
        with_time: bool = False,
    ) -> None:
        self.found.append(
            _new_mention(
                value=value,
                granularity=granularity,
                inferred=inferred and value is not None,
                text=self.text[start:end],
                start=start,
                end=end,
                weekday_mismatch=weekday_mismatch,
                time=_time(self.text, end) if with_time else None,
            )
        )

    def continues_list(self, start: int, granularities: tuple[str, ...]) -> bool:
        """True when ``start`` continues a list or range of dates just found:
        "in 2019, 2020 and 2021", "from June to August"."""
        if not self.found:
            return False
        last = self.found[-1]
        gap = self.text[last.end : start]
        return (
            last.granularity in granularities
            and len(gap) <= 12
            and " ".join(gap.lower().split()) in _LIST_GAPS
        )

    def run(self) -> list[DateMention]:
        for m in _date_matches(self.text):
            if self.links and _in_link(self.text, m.start(), m.end()):
                continue
            kind = _kind(m)
            g = _INDEX[m.re]
            if kind == "iso":
                self.numeric(m, int(m.group(g["iy"])), int(m.group(g["im"])), int(m.group(g["id"])))
            elif kind == "numeric":
                a, b = int(m.group(g["na"])), int(m.group(g["nb"]))
                month, day = (b, a) if self.dayfirst else (a, b)
                if month > 12 >= day:  # only one reading is a date
                    month, day = day, month
                self.numeric(m, _full_year(m.group(g["ny"])), month, day)
            elif kind == "dated":
                self.day(m)
            elif kind == "month_year":
                month = _MONTH_AS_READ[m.group(g["mon"])]
                value = dt.date(int(m.group(g["year"])), month, 1)
                self.mention(m.start(), m.end(), value, "month", False)
            elif kind == "month_relative":
                self.month_relative(m)
            elif kind == "month_alone":
                self.month_alone(m)
            elif kind == "weekday":
                self.weekday(m)
            elif kind == "relative_day":
                self.relative_day(m)
            elif kind == "relative_period":
                self.relative_period(m)
            elif kind == "year_alone" and m.group(g["rz"]) is not None:
                self.year_range(m)
            elif kind == "year_alone":
                self.bare_year(m)
        return self.found

    def numeric(self, m: regex.Match[str], year: int, month: int, day: int) -> None:
        value = _valid(year, month, day)
        if value is not None:
            self.mention(m.start(), m.end(), value, "day", False, with_time=True)

    def day(self, m: regex.Match[str]) -> None:
        mon, written_day, year, wd = m.group(*_DAY_GROUPS[m.re])
        month = _MONTH_AS_READ[mon]
        day = int(written_day)
        weekday = _WEEKDAY_AS_READ[wd] if wd else None
        start, end = m.span()
        if year is not None:
            value = _valid(int(year), month, day)
            if value is None:
                return
            mismatch = weekday is not None and value.weekday() != weekday
            self.mention(start, end, value, "day", False, weekday_mismatch=mismatch, with_time=True)
            return
        if _valid(2000, month, day) is None:  # no year has it ("February 30")
            return
        if self.ref is None:
            self.mention(start, end, None, "day", True, with_time=True)
            return
        value, mismatch = _nearest(month, day, self.ref, weekday)
        # The nearest day may lie on the wrong side of the reference for the
        # clause's tense: "will report on Jan. 5" from a December, "has gained
        # 5% since Jan. 1" from an October. A past day up to a month after the
        # reference is left as it is: a reference a few days early (the date
        # a page was first filed) is more likely than a year's jump.
        if weekday is None and value != self.ref:
            tense = _tense(self.text, start, end)
            if value < self.ref and tense == FUTURE:
                value, mismatch = _nearest(month, day, self.ref, weekday, after=True)
            elif value - self.ref > _PAST_SLACK and tense == PAST:
                value, mismatch = _nearest(month, day, self.ref, weekday, before=True)
        self.mention(start, end, value, "day", True, weekday_mismatch=mismatch, with_time=True)

    def month_relative(self, m: regex.Match[str]) -> None:
        g = _INDEX[m.re]
        month = _MONTH_AS_READ[m.group(g["mon"])]
        value = None
        if self.ref is not None:
            year = self.ref.year + RELATIVE_PERIODS[m.group(g["mrel"]).lower()]
            value = _valid(year, month, 1)
        self.mention(m.start(), m.end(), value, "month", True)

    def month_alone(self, m: regex.Match[str]) -> None:
        g = _INDEX[m.re]
        text, start, end = self.text, m.start(), m.end()
        modifier = (m.group(g["mod"]) or "").lower()
        mon = m.group(g["mon"])
        w1, ranged = "", False
        if not modifier:
            before = _words_before(text, start)
            w1 = before[-1] if before else ""
            w2 = before[-2] if len(before) > 1 else ""
            cue = w1 in MONTH_CUES or (w1 in ("-", "–") and w2 in HYPHEN_CUES)
            ranged = self.continues_list(start, ("month",))
            # "October's decline", not "Theresa May's" nor "Harry March's".
            owned = _possessive(text, end) and mon != "May" and not _after_name(text, start)
            if not (cue or ranged or owned):
                return
            if mon.upper() == "MAY" and not cue:
                return
        month = _MONTH_AS_READ[mon]
        value = None
        last = self.found[-1] if self.found else None
        if not modifier and ranged and last is not None and last.value is not None:
            # The next item of "from November to March" follows the one before.
            first = last.value
            value = _valid(first.year + (month < first.month), month, 1)
        elif self.ref is not None:
            # A modifier decides alone; the reference's month is itself either way.
            tense = UNSAID if modifier or month == self.ref.month else _tense(text, start, end)
            # "gold for December delivery": a contract's month lies ahead.
            if not modifier and _word_after(text, end).lower() in CONTRACT_WORDS:
                tense = FUTURE
            # "by September", "until the end of June": a deadline later this year.
            deadline = (
                not modifier
                and tense == UNSAID
                and month > self.ref.month
                and _after_deadline(text, start)
            )
            value = _month_of(month, self.ref, modifier, tense == FUTURE or deadline)
        self.mention(start, end, value, "month", True)

    def weekday(self, m: regex.Match[str]) -> None:
        g = _INDEX[m.re]
        text, start, end = self.text, m.start(), m.end()
        before = _words_before(text, m.start(g["wdonly"]))
        w1 = before[-1] if before else ""
        w2 = before[-2] if len(before) > 1 else ""
        after = _word_after(text, end)
        if w1 in NOT_A_DAY_BEFORE or after in NOT_A_DAY_AFTER:
            return
        if w1 == "on" and w2 in ("mail", "independent", "observer"):
            return
        # A schedule, not a day: "Monday to Friday", "Monday-Friday".
        if after.lower() in ("to", "through", "-", "–"):
            rest = _WORD.findall(text, end, min(len(text), end + 24))
            if len(rest) > 1 and rest[1] in _WEEKDAY_FULL:
                return
        if w1 in ("to", "through", "-", "–") and len(before) > 1 and w2.title() in _WEEKDAY_FULL:
            return
        value = None
        if self.ref is not None:
            modifier = (m.group(g["mod"]) or "").lower()
            weekday = WEEKDAYS[m.group(g["wdonly"])]
            future = (
                not modifier
                and weekday != self.ref.weekday()  # else the reference either way
                and _tense(text, start, end) == FUTURE
            )
            value = _weekday_day(weekday, self.ref, modifier, future)
        self.mention(start, end, value, "day", True)

    def relative_day(self, m: regex.Match[str]) -> None:
        g = _INDEX[m.re]
        text, start, end = self.text, m.start(), m.end()
        word = m.group(g["relday"]).lower()
        if word == "today":
            before = _words_before(text, start)
            w1 = before[-1] if before else ""
            w2 = before[-2] if len(before) > 1 else ""
            if w1 in CALL_TO_ACTION_BEFORE or w1 == "usa":
                return
            if (w1, w2) in (("up", "sign"), ("us", "call"), ("us", "contact"), ("us", "join")):
                return
            rest = [w.lower() for w in _WORD.findall(text, end, min(len(text), end + 24))[:2]]
            if len(rest) == 2 and rest[0] == "to" and rest[1] in CALL_TO_ACTION_AFTER:
                return
        value = None
        if self.ref is not None:
            value = _moved(self.ref, days=RELATIVE_DAYS[word])
        self.mention(start, end, value, "day", True)

    def relative_period(self, m: regex.Match[str]) -> None:
        g = _INDEX[m.re]
        text, start, end = self.text, m.start(), m.end()
        before = _words_before(text, start, 1)
        if before and before[-1] in ("the", "a", "every", "each", "per"):
            return  # "over the last year" is a span of time
        step = RELATIVE_PERIODS[m.group(g["mod"]).lower()]
        unit = m.group(g["unit"]).lower()
        value = None
        if self.ref is not None:
            if unit == "year":
                value = _moved(self.ref.replace(month=1, day=1), years=step)
            else:
                value = _moved(self.ref.replace(day=1), months=step)
        self.mention(start, end, value, "year" if unit == "year" else "month", True)

    def year_range(self, m: regex.Match[str]) -> None:
        g = _INDEX[m.re]
        first, second = m.group(g["bare"]), m.group(g["rz"])
        y1 = int(first)
        if len(second) == 2:  # "2023-24", "1999-00"
            y2 = y1 - y1 % 100 + int(second)
            y2 += 100 if y2 <= y1 else 0
            reach = 10
        else:
            y2, reach = int(second), 100
        if not 0 < y2 - y1 <= reach or y2 > 2100:
            return  # "2019-12" is a month, "2019-2018" no span
        before = _words_before(self.text, m.start())
        if self.is_period_or_figure(before, _word_after(self.text, m.end()).lower()):
            return
        # "the 2024/25 financial year": one reporting period, not two years.
        if _FISCAL_YEAR_AFTER.match(self.text, m.end()):
            return
        self.mention(m.start(g["bare"]), m.end(g["bare"]), dt.date(y1, 1, 1), "year", False)
        self.mention(m.start(g["rz"]), m.end(g["rz"]), dt.date(y2, 1, 1), "year", False)

    @staticmethod
    def is_period_or_figure(before: list[str], after: str) -> bool:
        """True when the words ``before`` a number and the word ``after`` it
        make it a reporting period ("fiscal 2025", "Q1 2022") or a figure
        ("2019 shares", "2000 tonnes") whatever else they say."""
        w1 = before[-1] if before else ""
        w2 = before[-2] if len(before) > 1 else ""
        w3 = before[-3] if len(before) > 2 else ""
        if w1 in NOT_A_YEAR_BEFORE or after in _QUANTITY_NOUNS:
            return True
        if after in ("percent", "per", "pct", "bps"):
            return True
        if w1 in ("of", "year", "for", "in") and w2 in NOT_A_YEAR_BEFORE:
            return True
        fiscal = ("fiscal", "financial")
        # "fiscal year 2018", "financial year of 2019"
        return (w1 == "year" and w2 in fiscal) or (w2 == "year" and w3 in fiscal)

    def bare_year(self, m: regex.Match[str]) -> None:
        g = _INDEX[m.re]
        text, start, end = self.text, m.start(), m.end()
        before = _words_before(text, start)
        after = _word_after(text, end).lower()
        if self.is_period_or_figure(before, after):
            return
        # "the 2026 fiscal year", "its 2025 financial year": a reporting period.
        if after in ("fiscal", "financial") and _FISCAL_YEAR_AFTER.match(text, end):
            return
        w1 = before[-1] if before else ""
        w2 = before[-2] if len(before) > 1 else ""
        cue = (
            (w2 in HYPHEN_CUES if w1 in ("-", "–") else w1 in YEAR_CUES)
            or w1 in YEAR_OBJECT_VERBS
            or (w2, w1) in YEAR_CUE_PAIRS
        )
        ranged = self.continues_list(start, ("year", "month", "day"))
        owned = _possessive(text, end)
        named = after in YEAR_NOUNS
        # "a 2022 study", "the 2019 acquisition": between a determiner and the
        # noun it opens, a number that is no count qualifies the noun.
        qualifies = (
            (w1 in DETERMINERS or w1.endswith(("'s", "’s")))
            and after[:1].isalpha()
            and after not in NOT_A_NOUN
        )
        # "2024 was a record year": a year that opens a clause and is its subject.
        subject = after in YEAR_VERBS and _opens_clause(text, start)
        if cue or ranged or owned or named or qualifies or subject:
            self.mention(start, end, dt.date(int(m.group(g["bare"])), 1, 1), "year", False)


# After a year, the words of a reporting period: "2026 fiscal year".
_FISCAL_YEAR_AFTER = regex.compile(r"\s++(?i:fiscal|financial)\s++(?i:year|yr)\b")

# How far a URL around a date is looked for: addresses hold no spaces.
_LINK_REACH = 256


def _in_link(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` lies in a URL or an e-mail address.

    Only the run of non-space characters around the span can hold one, so
    only that run is scanned: a date in "/2021/03/10/" is part of an address.
    """
    lo, floor = start, max(0, start - _LINK_REACH)
    while lo > floor and not text[lo - 1].isspace():
        lo -= 1
    hi, ceiling = end, min(len(text), end + _LINK_REACH)
    while hi < ceiling and not text[hi].isspace():
        hi += 1
    token = text[lo:hi]
    if "://" not in token and "@" not in token and "www." not in token.lower():
        return False
    return link_spans(token).overlaps(start - lo, end - lo)


def find_dates(
    text: str,
    reference: dt.date | dt.datetime | str | None = None,
    *,
    dayfirst: bool = False,
) -> tuple[DateMention, ...]:
    """Every calendar day, month and year named in ``text``, in order.

    ``reference`` is the date the text was written (an article's publication
    date): year-less and relative dates resolve against it and are marked
    ``inferred``. Without it they keep their span with ``value=None``.
    ``dayfirst`` reads ``03/04/2025`` as 3 April rather than March 4.

    >>> from datetime import date
    >>> [(d.text, d.value.isoformat(), d.granularity, d.inferred) for d in find_dates(
    ...     "Shares rose on Tuesday, October 14, after a dip in 2019.", date(2025, 10, 16))]
    [('Tuesday, October 14', '2025-10-14', 'day', True), ('2019', '2019-01-01', 'year', False)]
    """
    text = ensure_text(text)
    ref = _coerce_reference(reference)
    if not isinstance(dayfirst, bool):
        raise TypeError(f"dayfirst must be a bool, not {type(dayfirst).__name__}")
    return tuple(_Finder(text, ref, dayfirst).run())


# -- the article's own date ----------------------------------------------------

# How much of the top of an article may hold its date.
_HEAD_CHARS = 3000
_HEAD_LINES = 12

# "Published Sep 16, 2024", "Posted on: ...", "Date: ...".
_LABEL_OPENING = r"""[\s*•|·-]*+(?:(?P<pub>published|posted|released|dated?|first\s+published)
        |(?P<upd>updated|last\s+updated|modified))"""
_LABEL = regex.compile(
    rf"""(?i){_LABEL_OPENING}
        (?:\s++on)?+\s*+[:.|–—-]?+\s*+$""",
    regex.VERBOSE,
)
# The opening of a labelled date's line, and the first letter of a label
# after the run of spaces and marks before it on its line: no other letter
# is one of those (?i) takes for these. The standard library's ``\s`` holds
# every space of ``regex``'s.
_LABEL_START = regex.compile(rf"(?i){_LABEL_OPENING}", regex.VERBOSE)
_LABEL_OPENER = re.compile(r"\n(?:[*•|·\-]|[^\S\n])*+[pPrRdDfFuUlLmM]")
_LABEL_OPENER_FIRST = re.compile(_LABEL_OPENER.pattern[2:])  # on the first line

# A wire dateline: "NEW YORK, July 20, 2022 (GLOBE NEWSWIRE) --",
# "Toronto--(Newsfile Corp. - March 3, 2025) -", "RENO, NV / ACCESSWIRE /
# June 18, 2025 /".
_WIRE_BEFORE = regex.compile(r"[\s*•]*+\p{Lu}[^\n]{0,100}(?:,|[-–—(/])\s*+$")
_WIRE_AFTER = regex.compile(r"\s*+(?:\(|/|\)|--|[–—]|-\s)")

# A line that holds only a date, perhaps with its time and zone.
_DATE_LINE_TAIL = regex.compile(
    r"""(?:\s*+,)?+\s*+(?:(?:at\s++)?+[0-9]{1,2}(?::[0-9]{2}){1,2}+(?:\s*+[AaPp]\.?+[Mm]\.?+)?+)?+
        (?:\s++[A-Z]{2,5})?+\s*+""",
    regex.VERBOSE,
)


# A short line under the headline that names the writer or the source
# ("By Jane Roe | Oct. 14, 2025", "Reuters · 14 October 2025").
_BYLINE = regex.compile(r"(?im)^\s*+by\b|[|·]|\b(?:updated|published|posted|source)\b")
_BYLINE_CHARS = 120
_BYLINE_MARKS = re.compile("by|[|·]|updated|published|posted|source")


def _may_be_byline(text: str) -> bool:
    """False when :data:`_BYLINE` cannot match in ``text``: every letter its
    (?i) takes folds to its own, but for "İ", which folds to "i" and a dot."""
    return _BYLINE_MARKS.search(text.casefold().replace("i\u0307", "i")) is not None


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


class _Day(NamedTuple):
    """A day written in full (its year too): what may date an article."""

    start: int
    end: int
    value: dt.date


# A character no date holds. A date is made of ASCII letters and figures,
# spaces, and ",", ".", "-", "–" and "/"; its full stop stands only right
# after an abbreviated name ("Sept.", "Tue."). No date reaches across one of
# these, so the grammar may be tried from just after it as from the start.
_ABBREVIATIONS = _as_read((*_MONTH_ABBR, *_WEEKDAY_ABBR))
_BARRIER = regex.compile(
    rf"[^\sA-Za-z0-9,./\-–]|(?<!{'|'.join(sorted(_ABBREVIATIONS))})\.", regex.REVERSE
)
# Where a date may start, less strictly than _CANDIDATE but reading at most
# ten characters past its start, so that a stretch of text can be scanned
# on its own: a figure, a name or a relative word.
_PLACE = re.compile(
    rf"""
    (?=[0-9{_FIRST_CHARS}])
    (?<![A-Za-z0-9_])
    (?:
        [0-9]
      | {letter_tree((*_as_read((*MONTHS, *WEEKDAYS)), *_DAY_WORDS, *_PERIOD_WORDS))}(?![A-Za-z])
    )
    """,
    re.VERBOSE,
)
_PLACE_REACH = 16


class _DayScan:
    """The days written in full that :func:`find_dates` finds in stretches
    of ``text``, asked for left to right.

    A stretch is scanned from the last character before it that no date
    holds (or from where the stretch before it ended), so that the grammar
    meets every date that reaches into it as a scan of the whole text would.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.done = 0  # every place before it where a date may start was tried
        self.floor = 0  # the end of the last date found

    def days(self, lo: int, hi: int, opening: _Opening | None = None) -> list[_Day]:
        """The written days that start in ``text[lo:hi]``, from ``lo`` on
        from the last stretch asked for. ``opening``: the grammar's match
        at a place, and its day, already found by :func:`_day_opening`."""
        text = self.text
        start = self.done
        if lo > start:
            barrier = _BARRIER.search(text, start, lo)
            if barrier is not None:
                start = barrier.end()
        found: list[_Day] = []
        for c in _PLACE.finditer(text, start, min(len(text), hi + _PLACE_REACH)):
            at = c.start()
            if at >= hi:
                break
            if at < self.floor:
                continue
            m: regex.Match[str] | None
            value: dt.date | None
            if opening is not None and at == opening[0].start():
                m, value = opening  # the same match, not sought again
            else:
                m = (DIGIT_DATE if text[at] <= "9" else WORD_DATE).match(text, at)
                if m is None:
                    continue
                value = _written_value(m) if at >= lo else None
            self.floor = m.end()
            # A day before ``lo`` is read for its end alone: it has no value.
            if value is not None and not _in_link(text, at, m.end()):
                found.append(_Day(at, m.end(), value))
        self.done = max(self.done, hi)
        return found


def _may_hold_links(text: str) -> bool:
    """Whether any address in ``text`` may hold a date (most texts have none):
    whether it holds what :func:`_in_link` looks for, "://", "@" or "www."
    in any case, as :func:`mineralnews._text._may_hold_link` tells."""
    return _may_hold_link(text)


# The grammar's match at a place, and the written day it names.
_Opening = tuple[regex.Match[str], dt.date]


def _day_opening(text: str, at: int) -> _Opening | None:
    """None when no written day can start at ``at``, whatever precedes it:
    the grammar, tried there, finds none. Else its match and day, which
    :meth:`_DayScan.days` then takes as found (a date before it may still
    cover it)."""
    first = text[at]
    if first not in _OPENING_CHARS or _PLACE.match(text, at) is None:
        return None
    m = (DIGIT_DATE if first <= "9" else WORD_DATE).match(text, at)
    if m is None:
        return None
    value = _written_value(m)
    return None if value is None else (m, value)


_OPENING_CHARS = frozenset("0123456789" + _FIRST_CHARS)


def _written_value(m: regex.Match[str]) -> dt.date | None:
    """The day a match names when it is written in full, as :class:`_Finder` reads it."""
    g = _INDEX[m.re]
    kind = _kind(m)
    if kind == "iso":
        return _valid(int(m.group(g["iy"])), int(m.group(g["im"])), int(m.group(g["id"])))
    if kind == "numeric":
        month, day = int(m.group(g["na"])), int(m.group(g["nb"]))
        if month > 12 >= day:
            month, day = day, month
        return _valid(_full_year(m.group(g["ny"])), month, day)
    if kind == "dated" and m.group(g["year"]) is not None:
        month = _MONTH_AS_READ[m.group(g["mon"])]
        return _valid(int(m.group(g["year"])), month, int(m.group(g["day"])))
    return None


_DIGIT = re.compile("[0-9]")
# The line breaks of :meth:`str.splitlines` other than a newline: each
# looked for with ``in``, many times faster than a class with such
# characters, which the engine cannot skip to.
_OTHER_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
# The characters a date opening a line may stand after.
_LINE_OPENERS = " \t*•|"
# A wire dateline's opening, up to its first capital, and the marks that end
# its place name before the date.
_WIRE_LEAD = regex.compile(r"[\s*•]*+\p{Lu}")
# A figure before what may follow a wire dateline's date (the standard
# library's ``\s`` holds every space of ``regex``'s).
_WIRE_END = re.compile(r"[0-9]\s*(?:[(/)–—]|--|-\s)")
_WIRE_MARK = regex.compile(rf"[,\-–—(/]\s*+(?=[0-9{_FIRST_CHARS}])")
_WIRE_REACH = 100


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _labelled_days(head: str) -> list[_Day]:
    """The written days that stand on a line opening with a label: the only
    days :data:`_LABEL` can name."""
    scan: _DayScan | None = None
    days: list[_Day] = []
    first = _LABEL_OPENER_FIRST.match(head)
    openings = itertools.chain((first,) if first else (), _LABEL_OPENER.finditer(head))
    for opening in openings:
        start = head.rfind("\n", 0, opening.end()) + 1
        end = _line_end(head, start)
        if _LABEL_START.match(head, start, end):
            scan = scan or _DayScan(head)
            days += scan.days(start, end)
    return days


def _wire_days(head: str) -> Iterator[_Day]:
    """The written days that stand where a wire dateline's date stands: just
    after a comma, dash, bracket or slash at most :data:`_WIRE_REACH` characters
    after the first capital of their line, and before what
    :data:`_WIRE_AFTER` takes. No other day can satisfy the wire patterns."""
    # A written day ends in a figure: a line after the last such end holds none.
    after = _WIRE_END.search(head)
    if after is None:
        return
    scan = _DayScan(head)
    for start, end in _lines(head):
        if start > after.start():
            after = _WIRE_END.search(head, start)
            if after is None:
                return
        lead = _WIRE_LEAD.match(head, start, end) if start < end else None
        if lead is None:
            continue
        first = lead.end()
        for mark in _WIRE_MARK.finditer(head, first, end):
            if mark.start() > first + _WIRE_REACH:
                break
            opening = _day_opening(head, mark.end())
            if opening is not None:
                yield from scan.days(mark.end(), mark.end() + 1, opening)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """The start and end of each line of ``text``, without its newline."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        yield start, end
        start = end + 1


def _top_days(head: str) -> list[_Day]:
    """The written days that may date an article from its first lines: each
    day at the opening of a line, and every day on a short line that reads as
    a byline, on the lines before the :data:`_HEAD_LINES`-th non-empty one."""
    scan = _DayScan(head)
    days: list[_Day] = []
    # Lines are counted as :meth:`str.splitlines` cuts them, at more breaks
    # than a newline; most texts hold no other.
    other_breaks = any(c in head for c in _OTHER_BREAKS)
    lines_before = 0
    start = 0
    for line in head.split("\n"):
        if lines_before >= _HEAD_LINES:
            break
        end = start + len(line)
        if line:
            if (
                lines_before > 0
                and end - start <= _BYLINE_CHARS
                and _DIGIT.search(head, start, start + _BYLINE_CHARS + 1)  # a written day's
                and _may_be_byline(head[start : start + _BYLINE_CHARS + 1])
                and _BYLINE.search(head, start, min(len(head), start + _BYLINE_CHARS + 1))
            ):
                days += scan.days(start, end)
            else:
                at = end - len(line.lstrip(_LINE_OPENERS))
                opening = _day_opening(head, at) if at < end else None
                if opening is not None:
                    days += scan.days(at, at + 1, opening)
            if other_breaks:
                lines_before += sum(1 for part in line.splitlines() if part.strip())
            elif not line.isspace():
                lines_before += 1
        start = end + 1
    return days


def detect_published(text: str) -> dt.date | None:
    """The date an article gives itself near its top, or None.

    In order of trust: a labelled date (``Published Sep 16, 2024``), a wire
    dateline (``VANCOUVER, Jan. 5, 2024 (GLOBE NEWSWIRE) --``), then a full
    date that opens one of the first lines (``Wednesday, January 28, 2026``,
    ``March 03, 2025 4:15 PM EST | Source: ...``). A dateline without a year
    (``NEW YORK, Oct 14 (Reuters) -``) cannot date the article on its own.

    >>> detect_published("Gold rallies\\nPublished Sep 16, 2024\\nGold rose on Friday.")
    datetime.date(2024, 9, 16)
    >>> detect_published("NEW YORK, Oct 14 (Reuters) - Gold rose.") is None
    True
    """
    text = ensure_text(text)
    head = text[:_HEAD_CHARS]
    # Each kind of date is looked for only where it can stand; the days found
    # are those of :func:`find_dates` there, in the same order.
    updated: dt.date | None = None
    for d in _labelled_days(head):
        line_start, _ = _line_bounds(head, d.start, d.end)
        label = _LABEL.match(head, line_start, d.start)
        if label is not None:
            if label.group("pub") is not None:
                return d.value
            updated = updated or d.value
    for d in _wire_days(head):
        line_start, _ = _line_bounds(head, d.start, d.end)
        if _WIRE_BEFORE.match(head, line_start, d.start) and _WIRE_AFTER.match(head, d.end):
            return d.value
    if updated is not None:
        return updated
    byline: dt.date | None = None
    lines_before = 0
    pos = 0
    for d in _top_days(head):
        line_start, line_end = _line_bounds(head, d.start, d.end)
        lines_before += sum(1 for line in head[pos:line_start].splitlines() if line.strip())
        pos = line_start
        if lines_before >= _HEAD_LINES:
            break
        if not head[line_start : d.start].strip(" \t*•|"):
            return d.value
        if (
            byline is None
            and lines_before > 0
            and line_end - line_start <= _BYLINE_CHARS
            and _BYLINE.search(head, line_start, line_end)
        ):
            byline = d.value
    return byline


# -- an article's dates --------------------------------------------------------

# A trailing related-articles list dates each item on its own line after its
# headline and teaser; these bound how far above that line an item reaches.
_ITEM_LINES = 2
_ITEM_LINE_CHARS = 400
# Date lines among the first lines of the text date the article itself.
_HEADER_LINES = 6
_NON_EMPTY_LINE = regex.compile(r"(?m)^[^\S\n]*+\S[^\n]*+")


def _header_end(text: str) -> int:
    """Where the first :data:`_HEADER_LINES` non-empty lines of ``text`` end."""
    end = 0
    for n, m in enumerate(_NON_EMPTY_LINE.finditer(text), 1):
        end = m.end()
        if n == _HEADER_LINES:
            return end
    return len(text)


def _date_line(text: str, d: DateMention) -> tuple[int, int] | None:
    """The bounds of the line ``d`` stands on when it holds nothing else."""
    # Most days stand in prose, after a word on their line: told at once.
    before = d.start
    while before and text[before - 1] in " \t":
        before -= 1
    if before and not text[before - 1].isspace():
        return None
    lo = max(0, d.start - _ITEM_LINE_CHARS)
    line_start = text.rfind("\n", lo, d.start) + 1
    if line_start == 0 and lo > 0:
        return None  # a long line: prose, not a date line
    if text[line_start : d.start].strip():
        return None
    line_end = text.find("\n", d.end, d.end + _ITEM_LINE_CHARS)
    if line_end < 0:
        if d.end + _ITEM_LINE_CHARS < len(text):
            return None
        line_end = len(text)
    if not _DATE_LINE_TAIL.fullmatch(text, d.end, line_end):
        return None
    return line_start, line_end


def _line_above(text: str, pos: int, floor: int) -> tuple[int, int] | None:
    """The non-empty line that ends before the line starting at ``pos``."""
    end = pos - 1
    while end > floor:
        start = max(text.rfind("\n", floor, end) + 1, floor)
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


def _line_below(text: str, pos: int) -> tuple[int, int] | None:
    """The non-empty line that starts after the line ending at ``pos``."""
    start = pos + 1
    while start < len(text):
        end = text.find("\n", start, start + _ITEM_LINE_CHARS + 1)
        if end < 0:
            end = min(len(text), start + _ITEM_LINE_CHARS + 1)
        if text[start:end].strip():
            return start, end
        start = end + 1
    return None


def _is_teaser(text: str, line: tuple[int, int] | None) -> bool:
    # A teaser is cut short with an ellipsis.
    return line is not None and text[line[0] : line[1]].rstrip().endswith(("...", "…"))


def _dated_items(text: str, days: list[DateMention]) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of each item of a related-articles list.

    An item is closed by a line that holds only its date and reaches at most
    :data:`_ITEM_LINES` short lines above it (a headline and its teaser),
    never above the previous item nor into the first lines of the text, whose
    date lines date the article. Where the teaser, cut short with an
    ellipsis, stands below the date line instead, the item is the headline
    above, the date line and that teaser.
    """
    items: list[tuple[int, int, dt.date]] = []
    # Where the first lines end is found only once a day stands on its own
    # line: most texts hold none.
    floor: int | None = None
    for d in days:
        if d.value is None or (floor is not None and d.start < floor):
            continue
        bounds = _date_line(text, d)
        if bounds is None:
            continue
        if floor is None:
            floor = _header_end(text)
            if d.start < floor:
                continue
        line_start, line_end = bounds
        above = _line_above(text, line_start, floor)
        below = _line_below(text, line_end)
        if _is_teaser(text, below) and not _is_teaser(text, above):
            assert below is not None
            if below[1] - below[0] > _ITEM_LINE_CHARS:
                continue
            start = above[0] if above and above[1] - above[0] <= _ITEM_LINE_CHARS else line_start
            items.append((start, below[1], d.value))
            floor = below[1]
            continue
        start = line_start
        for _ in range(_ITEM_LINES):
            if above is None or above[1] - above[0] > _ITEM_LINE_CHARS:
                break
            start = above[0]
            above = _line_above(text, start, floor)
        items.append((start, line_end, d.value))
        floor = line_end
    return items


def _needs_reference(d: DateMention) -> bool:
    return d.inferred or d.value is None


def find_article_dates(
    text: str, published: dt.date | dt.datetime | str | None = None
) -> tuple[DateMention, ...]:
    """The dates of a whole article, as :func:`mineralnews.parse_article` gives them.

    Like :func:`find_dates` with ``published`` as the reference, except that
    the items of a trailing list of related articles, each closed by a line
    holding its own date, resolve their year-less and relative dates against
    that item's date.

    >>> text = ("Top story\\n\\nMore\\n\\nText\\n\\nMore text\\n\\nRelated\\n\\nNews\\n\\n"
    ...         "Vote ahead\\n\\nOn April 6, the island will vote.\\n\\nSunday, April 4, 2021")
    >>> [(d.text, str(d.value)) for d in find_article_dates(text, "2026-01-28")]
    [('April 6', '2021-04-06'), ('Sunday, April 4, 2021', '2021-04-04')]
    """
    text = ensure_text(text)
    ref = _coerce_reference(published)
    found = find_dates(text, ref)
    days = [d for d in found if d.value is not None and d.granularity == "day" and not d.inferred]
    out: list[DateMention] = []
    i = 0
    for start, end, value in _dated_items(text, days):
        while i < len(found) and found[i].start < start:
            out.append(found[i])
            i += 1
        j = i
        while j < len(found) and found[j].start < end:
            j += 1
        inside, i = found[i:j], j
        if value == ref or not any(_needs_reference(d) for d in inside):
            out.extend(inside)
            continue
        out.extend(
            attrs.evolve(d, start=d.start + start, end=d.end + start)
            for d in find_dates(text[start:end], value)
        )
    out.extend(found[i:])
    return tuple(out)
