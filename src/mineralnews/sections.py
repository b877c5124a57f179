"""The parts of an article: its title, dateline, body paragraphs and boilerplate.

Contract: :func:`find_sections` takes any ``str`` and cuts its non-blank
lines into :class:`~mineralnews.model.Section` stretches, in order, without
overlap; it never raises on text and runs in time linear in its length.

- ``title``: the headline, when the text opens with one (a short line that
  does not end like a sentence), after any dateline above it;
- ``dateline``: a line near the top that dates the article
  (``Published Apr 22, 2020 09:53``, ``Wednesday, January 28, 2026``);
- ``body``: one section per paragraph (per line) of the article proper;
- ``related``: a trailing list of other articles, from its heading
  (``Related News``, ``Recommended``, ``More From …``) to the end;
- ``boilerplate``: credits (``Featured image via …``), bylines, disclaimers
  (``Not a recommendation to buy or sell``), calls to action
  (``Read the full article here``) and trailing promotions.

The vocabulary is :mod:`mineralnews.vocabulary.boilerplate`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import regex

from mineralnews._text import ensure_text
from mineralnews.model import Section, SectionKind, _builder
from mineralnews.vocabulary.boilerplate import (
    BOILERPLATE_LINES,
    BOILERPLATE_PHRASE_WORDS,
    BOILERPLATE_PHRASES,
    DATELINE_OPENERS,
    PROMO_HEADINGS,
    RELATED_HEADINGS,
)
from mineralnews.vocabulary.calendar import MONTHS

__all__ = ["find_sections", "section_locator", "title_of"]

# -- grammar -------------------------------------------------------------------

# Bullets and spaces that open a line without being part of it.
_LEAD = r"[\s•*·▪►>–—-]*+"

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?+"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?+"
# "Wednesday, January 28, 2026", "6th November 2017", "Sep 16, 2024", "2024-09-16".
_DATE = rf"""
    (?:\p{{Lu}}\p{{Ll}}{{2,8}}day,?\s++)?+
    (?:
        {_MONTH}\s++{_DAY},?\s++\d{{4}}
      | {_DAY}\s++{_MONTH},?\s++\d{{4}}
      | \d{{4}}-\d{{2}}-\d{{2}}
    )
"""
_OPENER = "|".join(DATELINE_OPENERS)
_DATELINE = regex.compile(
    rf"{_LEAD}(?:(?:{_OPENER})\s*+(?:on\s++|at\s++|:\s*+)?+)?+{_DATE}(?![\p{{L}}\d])",
    regex.VERBOSE | regex.IGNORECASE,
)


def _alternation(fragments: Sequence[str]) -> str:
    return "|".join(f"(?:{f})" for f in fragments)


_BOILERPLATE_LINE = regex.compile(
    rf"{_LEAD}(?:{_alternation(BOILERPLATE_LINES)})", regex.IGNORECASE
)
# Each phrase with the word it holds, with the phrases' case folding.
_PHRASES = tuple(
    (regex.compile(regex.escape(word), regex.IGNORECASE), regex.compile(phrase, regex.IGNORECASE))
    for word, phrase in zip(BOILERPLATE_PHRASE_WORDS, BOILERPLATE_PHRASES, strict=True)
)
if not all(w in p for w, p in zip(BOILERPLATE_PHRASE_WORDS, BOILERPLATE_PHRASES, strict=True)):
    raise AssertionError("each boilerplate phrase needs a word of its own")
# The related-list heading, else the promotion heading, that opens a line:
# one pattern, so each line is tried once.
_TAIL_HEADING = regex.compile(
    rf"{_LEAD}(?:(?P<related>(?:{_alternation(RELATED_HEADINGS)})\s*+:?+\s*+$)"
    rf"|(?:{_alternation(PROMO_HEADINGS)}))",
    regex.IGNORECASE,
)


_LETTERS = regex.compile(r"[a-z]++")


def _openings(fragments: Sequence[str]) -> tuple[str, ...]:
    """Words, in lower case, one of which opens every match of one of
    ``fragments`` that opens with an ASCII letter (and some more): the
    letters each opens with, past the groups, classes of marks and "*" that
    open some, and those of each alternative that may open it."""
    openings: set[str] = set()
    for f in fragments:
        rest = regex.sub(r"^(?:\(\?:|\[[^\]]*+\]\*|\\\*\?)++", "", f)
        first = _LETTERS.match(rest)
        if first is not None:
            openings.add(first.group())
        elif not rest.startswith("\\d"):  # a figure: no letter
            raise AssertionError(f"no opening word for {f!r}")
        for at in _opening_bars(f):
            word = _LETTERS.match(f, at + 1)
            if word is None:
                raise AssertionError(f"an alternative opens with no letter in {f!r}")
            openings.add(word.group())
    return tuple(sorted(openings))


def _opening_bars(fragment: str) -> list[int]:
    """Where the alternatives of ``fragment`` that may open a match begin:
    its "|" outside any group, or in the group it opens with."""
    bars = []
    groups: list[int] = []  # where each open group starts
    i = 0
    while i < len(fragment):
        c = fragment[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = fragment.index("]", i + 2)
        elif c == "(":
            groups.append(i)
        elif c == ")":
            groups.pop()
        elif c == "|" and (not groups or groups == [0]):
            bars.append(i)
        i += 1
    return bars


# Most lines open with a word of ASCII letters: such a line matches a
# pattern only when, in lower case, it opens with one of the pattern's
# opening words, and the others are passed over without trying the long
# case-insensitive alternation. A line that opens otherwise is tried.
_BOILERPLATE_OPENINGS = _openings(BOILERPLATE_LINES)
_TAIL_OPENINGS = _openings((*RELATED_HEADINGS, *PROMO_HEADINGS))
_OPENING_CHARS = max(len(w) for w in (*_BOILERPLATE_OPENINGS, *_TAIL_OPENINGS))


def _may_open(line: str, openings: tuple[str, ...]) -> bool:
    head = line[:_OPENING_CHARS]
    return not (head.isascii() and head[0].isalpha()) or head.lower().startswith(openings)


_new_section = _builder(Section)

# How near the top a dateline or a title may stand, in non-blank lines.
_HEAD_LINES = 8
# A dateline is short: a date with perhaps a byline or a time.
_DATELINE_MAX_CHARS = 140
_TITLE_MAX_CHARS = 300
_WORD = regex.compile(r"\S++")


def _lines(text: str) -> list[tuple[int, int, str]]:
    """The non-blank lines of ``text``, stripped: start, end and text."""
    # Lines end at "\n" and "\r" alike; putting "\n" for "\r" keeps every
    # position and every line's text.
    source = text.replace("\r", "\n") if "\r" in text else text
    lines = []
    pos = 0
    for piece in source.split("\n"):
        if piece:
            left = piece.lstrip()
            if left:
                line = left.rstrip()
                start = pos + len(piece) - len(left)
                lines.append((start, start + len(line), line))
        pos += len(piece) + 1
    return lines


def _phrase_lines(text: str, lines: list[tuple[int, int, str]]) -> set[int]:
    """The indexes of the lines that hold a boilerplate phrase.

    A phrase is tried only on the lines where its word is found, and alone:
    all the phrases tried at once are slow to search.
    """
    starts: list[int] | None = None
    found: set[int] = set()
    for word, phrase in _PHRASES:
        m = word.search(text)
        while m is not None:
            if starts is None:
                starts = [start for start, _, _ in lines]
            i = bisect.bisect_right(starts, m.start()) - 1
            end = lines[i][1]  # a word lies within a line
            if i not in found and phrase.search(lines[i][2]):
                found.add(i)
            m = word.search(text, end)
    return found


def _is_dateline(line: str) -> bool:
    return len(line) <= _DATELINE_MAX_CHARS and _DATELINE.match(line) is not None


def _is_headline(line: str) -> bool:
    if len(line) > _TITLE_MAX_CHARS or line[-1] in ".,;:":
        return False
    first = line.lstrip("\"'“‘")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def find_sections(text: str) -> tuple[Section, ...]:
    """The title, dateline, body paragraphs and boilerplate of ``text``, in order.

    >>> text = "Atlas Gold Jumps 12%\\nMay 4, 2025\\nAtlas rose.\\nFeatured image via Atlas"
    >>> [(s.kind, s.text) for s in find_sections(text)]
    [('title', 'Atlas Gold Jumps 12%'), ('dateline', 'May 4, 2025'),
     ('body', 'Atlas rose.'), ('boilerplate', 'Featured image via Atlas')]
    """
    text = ensure_text(text)
    lines = _lines(text)
    with_phrase = _phrase_lines(text, lines)
    kinds: list[SectionKind] = [
        "boilerplate"
        if i in with_phrase
        or (_may_open(line, _BOILERPLATE_OPENINGS) and _BOILERPLATE_LINE.match(line))
        else "body"
        for i, (_, _, line) in enumerate(lines)
    ]

    # The head: datelines, then the title (a one-word kicker such as a ticker
    # may stand above it).
    title_seen = False
    for i, (_, _, line) in enumerate(lines[:_HEAD_LINES]):
        if kinds[i] != "body":
            continue
        if _is_dateline(line):
            kinds[i] = "dateline"
            continue
        if title_seen:
            continue
        if _is_headline(line):
            if len(_WORD.findall(line)) >= 2:
                kinds[i] = "title"
                title_seen = True
                continue
            if i + 1 < len(lines) and _is_headline(lines[i + 1][2]):
                continue  # a kicker: the title may follow
        title_seen = True  # the body has begun without a title

    # The tail: a related list or a promotion runs to the end.
    for i in range(1, len(lines)):
        if kinds[i] not in ("body", "boilerplate"):
            continue
        line = lines[i][2]
        heading = _TAIL_HEADING.match(line) if _may_open(line, _TAIL_OPENINGS) else None
        if heading is not None:
            tail: SectionKind = "related" if heading.group("related") is not None else "boilerplate"
            for j in range(i, len(lines)):
                if kinds[j] == "body" or tail == "boilerplate":
                    kinds[j] = tail
            break

    # Runs of related or boilerplate lines make one section each.
    spans: list[tuple[SectionKind, int, int]] = []
    for (s, e, _), kind in zip(lines, kinds, strict=True):
        if spans and kind in ("related", "boilerplate") and spans[-1][0] == kind:
            spans[-1] = (kind, spans[-1][1], e)
        else:
            spans.append((kind, s, e))
    return tuple([_new_section(kind=k, text=text[s:e], start=s, end=e) for k, s, e in spans])


def title_of(sections: Sequence[Section]) -> str | None:
    """The text of the title section, or None when the article has none."""
    for section in sections:
        if section.kind == "title":
            return section.text
    return None


def section_locator(sections: Sequence[Section]) -> Callable[[int], SectionKind]:
    """A function from a position to the kind of the section holding it.

    Between sections (blank lines) the kind is ``"body"``.

    >>> kind_at = section_locator(find_sections("Atlas Gold Jumps\\nAtlas rose."))
    >>> kind_at(0), kind_at(20)
    ('title', 'body')
    """
    ordered = sorted(sections, key=lambda s: s.start)
    starts = [s.start for s in ordered]

    def kind_at(position: int) -> SectionKind:
        i = bisect.bisect_right(starts, position) - 1
        if i >= 0 and position < ordered[i].end:
            return ordered[i].kind
        return "body"

    return kind_at
