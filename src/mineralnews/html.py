"""A standalone HTML page that shows an article with every mention marked.

:func:`render_html` draws the article's text as written, each mention
wrapped in one element that carries its kind and its parsed value, the way
an entity visualiser draws named entities. Below the text, a table lists
every mention. The page has its style inline and no script: it opens from a
file, offline, in any browser.

The page is generic over :attr:`Article.mentions
<mineralnews.model.Article.mentions>`: a mention of any kind is marked by
its ``kind`` and described by the table of formatters below, so a parser
that fills another field of the article shows up without change here.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, Final

from mineralnews.model import (
    Article,
    DateMention,
    Mention,
    Money,
    Percent,
    PriceMove,
    Section,
    Ticker,
)

__all__ = ["describe_mention", "mention_value", "render_html"]


# -- values and words ----------------------------------------------------------
# ``data-value`` is the value in the form to_dict() gives it, compact and
# machine-readable; the ``title`` says the same in words for a person.


def _plain(number: Decimal) -> str:
    """A decimal without exponent: ``1E+10`` is ``10000000000``."""
    try:
        return format(number, "f")
    except (ValueError, TypeError):  # pragma: no cover - NaN/Infinity format fine; belt and braces
        return str(number)


def _grouped(number: Decimal) -> str:
    """A decimal with thousands separators: ``10,000,000,000``."""
    try:
        return format(number, ",f")
    except (ValueError, TypeError):  # NaN and infinities take no separators
        return _plain(number)


def _date_value(m: DateMention) -> str:
    if m.value is None:
        return ""
    iso = m.value.isoformat()
    return {"year": iso[:4], "month": iso[:7]}.get(m.granularity, iso)


_VALUES: Final[dict[str, Callable[[Any], str]]] = {
    "ticker": lambda t: f"{t.mic or t.exchange}:{t.symbol}",
    "move": lambda m: f"{m.direction} {_plain(m.percent)}",
    "money": lambda m: f"{m.currency} {_plain(m.amount)}" + (f"/{m.per}" if m.per else ""),
    "percent": lambda p: _plain(p.value),
    "date": _date_value,
}


def mention_value(mention: Mention) -> str:
    """The value of ``mention`` as the page's ``data-value`` holds it.

    A ticker is ``MIC:SYMBOL`` (the exchange as written when its MIC is not
    known), money ``CUR AMOUNT`` (with ``/unit`` for a price per unit), a
    percent its signed figure, a move its direction and unsigned figure, a
    date ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` by its granularity, or the
    empty string when it is unresolved.

    >>> from decimal import Decimal
    >>> from mineralnews import Money
    >>> mention_value(Money(amount=Decimal("1E+10"), currency="USD", per=None,
    ...                     text="$10 billion", start=0, end=11))
    'USD 10000000000'
    """
    value = _VALUES.get(mention.kind)
    return value(mention) if value is not None else ""


def _ticker_words(t: Ticker, _published: dt.date | None) -> str:
    mic = t.mic if t.mic is not None else "MIC not known"
    words = f"{t.exchange} ({mic}) {t.symbol}"
    return f"{words}, {t.company}" if t.company else words


def _move_words(m: PriceMove, _published: dt.date | None) -> str:
    parts = [f"{m.direction} {_plain(m.percent)}%"]
    parts += [p for p in (m.symbol, m.subject) if p]
    if m.symbol and m.subject == m.symbol:
        parts.pop()
    parts += [p for p in (m.session, m.period) if p]
    return ", ".join(parts)


def _money_words(m: Money, _published: dt.date | None) -> str:
    words = f"{m.currency} {_grouped(m.amount)}"
    return f"{words} per {m.per}" if m.per else words


def _percent_words(p: Percent, _published: dt.date | None) -> str:
    return f"{_plain(p.value)}%"


def _date_words(d: DateMention, published: dt.date | None) -> str:
    if d.value is None:
        parts = [f"unresolved {d.granularity}: no publication date to resolve it against"]
    else:
        parts = [_date_value(d)]
    if d.time is not None:
        parts.append(f"at {d.time.isoformat(timespec='minutes')}")
    if d.inferred:
        # A written figure means only the year was missing; a word such as
        # "yesterday" leaves the whole date to the reference.
        what = "year" if any(c.isdigit() for c in d.text) else "date"
        parts.append(f"{what} inferred from {published}" if published else f"{what} inferred")
    if d.weekday_mismatch:
        parts.append("the weekday written does not fall on this date")
    return ", ".join(parts)


_WORDS: Final[dict[str, Callable[[Any, dt.date | None], str]]] = {
    "ticker": _ticker_words,
    "move": _move_words,
    "money": _money_words,
    "percent": _percent_words,
    "date": _date_words,
}


def describe_mention(mention: Mention, published: dt.date | None = None) -> str:
    """What ``mention`` means, in words: the page's ``title`` for it.

    ``published`` is the article's reference date, named when a date's year
    was inferred from it.

    >>> import datetime as dt
    >>> from mineralnews import DateMention
    >>> october = DateMention(value=dt.date(2025, 10, 13), granularity="day",
    ...                       inferred=True, text="October 13", start=0, end=10)
    >>> describe_mention(october, published=dt.date(2025, 10, 14))
    '2025-10-13, year inferred from 2025-10-14'
    """
    words = _WORDS.get(mention.kind)
    said = words(mention, published) if words is not None else mention.text
    if mention.section != "body":
        said += f", in the {mention.section}"
    return said


# -- legend --------------------------------------------------------------------
# Each kind has a hue and, for readers who cannot tell hues apart, a line
# style of its own. Colours come from the Okabe-Ito palette, darkened for a
# light background and lightened for a dark one.

_KINDS: Final[tuple[tuple[str, str, str, str, str], ...]] = (
    # kind, what it is, how it is drawn, colour on light, colour on dark
    ("ticker", "exchange listing", "framed", "#0072b2", "#56b4e9"),
    ("move", "price move", "double underline", "#c25400", "#ff9d5c"),
    ("money", "amount of money", "dashed underline", "#00795a", "#3ddbb0"),
    ("percent", "percentage", "dotted underline", "#a8437f", "#eb9fd0"),
    ("date", "date", "solid underline", "#8f6400", "#f0c45a"),
)

_LINES: Final[dict[str, str]] = {
    "ticker": "border: 1.5px solid var(--c); border-radius: 3px;",
    "move": "border-bottom: 4px double var(--c);",
    "money": "border-bottom: 2px dashed var(--c);",
    "percent": "border-bottom: 2.5px dotted var(--c);",
    "date": "border-bottom: 2px solid var(--c);",
}


def _css() -> str:
    kinds = "\n".join(
        # The background is the kind's colour at 14% (light) or 22% (dark)
        # opacity: an eight-digit hex colour, so nested marks blend.
        f".k-{kind} {{ --c: {light}; --bg: {light}24; {_LINES[kind]} }}\n"
        f"@media (prefers-color-scheme: dark) {{ .k-{kind} {{ --c: {dark}; --bg: {dark}38; }} }}"
        for kind, _what, _drawn, light, dark in _KINDS
    )
    return f"""
:root {{ color-scheme: light dark; --fg: #1b1b1b; --page: #fdfdfb; --muted: #5c5c5c;
  --rule: #d0d0cc; --head: #f1f1ec; }}
@media (prefers-color-scheme: dark) {{
  :root {{ --fg: #e8e8e3; --page: #17181a; --muted: #a8a8a2; --rule: #3a3b3e;
    --head: #222326; }}
}}
* {{ box-sizing: border-box; }}
body {{ margin: 0; background: var(--page); color: var(--fg);
  font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }}
main {{ max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }}
h1 {{ font-size: 1.45rem; line-height: 1.3; margin: 0 0 .25rem; }}
h1.none {{ color: var(--muted); font-weight: 500; }}
h2 {{ font-size: 1.1rem; margin: 2rem 0 .5rem; }}
.meta {{ color: var(--muted); margin: 0 0 1rem; }}
.legend {{ display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: .6rem .8rem;
  margin: 0 0 1rem; border: 1px solid var(--rule); border-radius: 6px; list-style: none;
  font-size: .9rem; line-height: 2; }}
.legend .n {{ color: var(--muted); }}
.text {{ white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.2;
  font-size: 1.05rem; }}
.m {{ background: var(--bg); border-radius: 2px; padding: 0 1px 1px; }}
.h2 {{ padding-bottom: 6px; }}
.h3 {{ padding-bottom: 11px; }}
.h4 {{ padding-bottom: 16px; }}
.cont {{ border-left-style: none; }}
.s-title {{ font-weight: 700; }}
.s-dateline {{ font-style: italic; }}
.s-related, .s-boilerplate {{ color: var(--muted); }}
{kinds}
table {{ border-collapse: collapse; width: 100%; font-size: .88rem; line-height: 1.4; }}
th, td {{ text-align: left; vertical-align: top; padding: .3rem .5rem;
  border-bottom: 1px solid var(--rule); }}
th {{ background: var(--head); }}
td.t {{ white-space: pre-wrap; overflow-wrap: anywhere; }}
td.v {{ font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }}
td.p {{ white-space: nowrap; font-variant-numeric: tabular-nums; }}
a {{ color: inherit; }}
footer {{ margin-top: 2rem; color: var(--muted); font-size: .85rem; }}
"""


# -- marking up the text -------------------------------------------------------
# Mentions may nest (a percent inside a move) and, in hand-made or future
# results, cross. The text is cut at every mention's start and end; a stack
# of open elements follows the nesting. When a mention ends under others
# still open, those are closed with it and reopened as continuation pieces:
# no mention is lost, and only the first piece of each carries data-kind.


class _Span:
    """A mention or a section to draw over ``[start, end)``."""

    __slots__ = ("end", "index", "item", "start")

    def __init__(self, item: Mention | Section, index: int, start: int, end: int) -> None:
        self.item, self.index, self.start, self.end = item, index, start, end


class _Element:
    """One element of the drawn text: a span's first piece or a continuation."""

    __slots__ = ("children", "first", "height", "parent", "span")

    def __init__(self, span: _Span | None, first: bool, parent: _Element | None = None) -> None:
        self.span, self.first, self.parent = span, first, parent
        self.children: list[_Element | str] = []
        if parent is not None:
            parent.children.append(self)
        self.height = 0  # how many mention levels this element holds, itself included


def _span_of(element: _Element) -> _Span:
    assert element.span is not None, "only the root has no span"
    return element.span


def _spans(article: Article) -> tuple[list[_Span], list[_Span]]:
    """Sections and mentions as spans clamped to the text, so nothing can raise."""
    n = len(article.text)

    def clamp(start: int, end: int) -> tuple[int, int]:
        s = min(max(start, 0), n)
        return s, min(max(end, s), n)

    sections = [_Span(s, -1, *clamp(s.start, s.end)) for s in article.sections]
    mentions = [_Span(m, i, *clamp(m.start, m.end)) for i, m in enumerate(article.mentions)]
    return sections, mentions


def _tree(article: Article, sections: list[_Span], mentions: list[_Span]) -> _Element:
    text = article.text
    # Sections outermost, then longer spans around shorter ones.
    opening = sorted(
        [*sections, *mentions],
        key=lambda s: (s.start, s.index >= 0, -s.end, s.index),
    )
    cuts = sorted({0, len(text), *(s.start for s in opening), *(s.end for s in opening)})
    root = _Element(None, first=True)
    stack = [root]
    made: list[_Element] = []
    pos = nxt = 0
    for cut in cuts:
        if cut > pos:
            stack[-1].children.append(text[pos:cut])
            pos = cut
        open_spans = [_span_of(e) for e in stack[1:]]
        lowest = next((i for i, s in enumerate(open_spans) if s.end == cut), None)
        if lowest is not None:
            survivors = [s for s in open_spans[lowest + 1 :] if s.end != cut]
            del stack[lowest + 1 :]
            survivors.sort(key=lambda s: (s.index >= 0, -s.end, s.index))
            for span in survivors:
                piece = _Element(span, first=False, parent=stack[-1])
                stack.append(piece)
                made.append(piece)
        while nxt < len(opening) and opening[nxt].start == cut:
            span = opening[nxt]
            nxt += 1
            element = _Element(span, first=True, parent=stack[-1])
            made.append(element)
            if span.end > span.start:
                stack.append(element)
    _set_heights(made)
    return root


# Past this many levels the lines are drawn at one depth (see the .h4 rule).
_MAX_HEIGHT: Final = 4


def _set_heights(made: list[_Element]) -> None:
    """Give each element the number of mention levels it holds, itself included.

    Every element was made after its parent, so one pass from the last made
    sees children before parents. The pieces of one mention are drawn alike,
    as high as the highest; evening them out can raise a parent, so passes
    repeat until nothing changes (heights are capped, so that is soon).
    """
    floor: dict[int, int] = {}
    while True:
        for element in made:
            element.height = 0
        for element in reversed(made):
            index = _span_of(element).index
            own = 1 if index >= 0 else 0
            element.height = min(_MAX_HEIGHT, max(element.height + own, floor.get(index, 0)))
            if element.parent is not None:
                element.parent.height = max(element.parent.height, element.height)
        highest: dict[int, int] = {}
        for element in made:
            index = _span_of(element).index
            highest[index] = max(highest.get(index, 0), element.height)
        if highest == floor:
            return
        floor = highest


def _text(s: str) -> str:
    # A carriage return is written as a reference: a parser would otherwise
    # fold CR and CR LF into LF and the text would change.
    return html.escape(s, quote=False).replace("\r", "&#13;")


def _attr(s: str) -> str:
    return html.escape(s, quote=True).replace("\r", "&#13;")


def _open_tag(element: _Element, published: dt.date | None) -> str:
    span = element.span
    assert span is not None
    item = span.item
    if isinstance(item, Section):
        return f'<span class="s s-{_attr(item.kind)}" data-section="{_attr(item.kind)}">'
    kind = _attr(item.kind)
    classes = f"m k-{kind}" + (f" h{min(element.height, 4)}" if element.height > 1 else "")
    title = _attr(describe_mention(item, published))
    if element.first:
        return (
            f'<span class="{classes}" id="m{span.index + 1}" data-kind="{kind}" '
            f'data-value="{_attr(mention_value(item))}" title="{title}">'
        )
    return (
        f'<span class="{classes} cont" data-part="cont" data-of="m{span.index + 1}" '
        f'title="{title}">'
    )


def _markup(root: _Element, published: dt.date | None) -> Iterator[str]:
    # Iterative, so that however deep hand-made mentions nest nothing overflows.
    todo: list[_Element | str | None] = list(reversed(root.children))
    while todo:
        node = todo.pop()
        if node is None:
            yield "</span>"
        elif isinstance(node, str):
            yield _text(node)
        else:
            yield _open_tag(node, published)
            todo.append(None)
            todo.extend(reversed(node.children))


# -- the page ------------------------------------------------------------------

_SOURCES: Final[dict[str, str]] = {
    "given": "given with the text",
    "detected": "found in the text",
}


def _legend(article: Article) -> str:
    counts = {kind: 0 for kind, *_ in _KINDS}
    for m in article.mentions:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    items = "".join(
        f'<li><span class="m k-{kind}">{what}</span> {drawn} '
        f'<span class="n">({counts.get(kind, 0)})</span></li>'
        for kind, what, drawn, _light, _dark in _KINDS
    )
    return f'<ul class="legend" aria-label="legend">{items}</ul>'


def _table(article: Article) -> str:
    mentions = article.mentions
    if not mentions:
        return "<p>No mentions were found.</p>"
    rows = "".join(
        f'<tr><td class="p"><a href="#m{i}">{i}</a></td>'
        f"<td>{_text(m.kind)}</td>"
        f'<td class="t">{_text(m.text)}</td>'
        f'<td class="v">{_text(mention_value(m))}</td>'
        f"<td>{_text(describe_mention(m, article.published))}</td>"
        f'<td class="p">{m.start}–{m.end}</td></tr>'
        for i, m in enumerate(mentions, 1)
    )
    return (
        "<table><thead><tr><th>#</th><th>kind</th><th>text</th><th>value</th>"
        "<th>in words</th><th>position</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def render_html(article: Article) -> str:
    """A standalone HTML page showing ``article`` with every mention marked.

    Each mention is one ``<span>`` with ``data-kind`` (``ticker``, ``move``,
    ``money``, ``percent``, ``date``), ``data-value`` (see
    :func:`mention_value`) and a ``title`` in words (see
    :func:`describe_mention`). Nested mentions nest; where two cross, the
    inner one is continued in further pieces marked ``data-part="cont"``,
    which carry no ``data-kind``. The text inside ``<article>`` is the
    article's text exactly, escaped, with its line breaks. Below it: a
    table of the mentions. Inline CSS only; no script, fonts or files.

    >>> from mineralnews import parse_article
    >>> page = render_html(parse_article("Atlas Brine (TSXV: ABR) <rose>"))
    >>> '<span class="m k-ticker" id="m1" data-kind="ticker" data-value="XTSX:ABR"' in page
    True
    >>> "&lt;rose&gt;" in page
    True
    """
    if not isinstance(article, Article):
        raise TypeError(f"render_html expects an Article, not {type(article).__name__}")
    published = article.published
    sections, mentions = _spans(article)
    body = "".join(_markup(_tree(article, sections, mentions), published))
    title = article.title or "No title found"
    if published is not None:
        source = _SOURCES.get(article.published_source or "", "source not said")
        dated = f"Published {published.isoformat()} ({source})"
    else:
        dated = "Publication date not known"
    count = len(mentions)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mineralnews">
<title>{_text(title)} · mineralnews</title>
<style>{_css()}</style>
</head>
<body>
<main>
<header>
<h1{"" if article.title else ' class="none"'}>{_text(title)}</h1>
<p class="meta">{_text(dated)} · {count} mention{"" if count == 1 else "s"}</p>
</header>
{_legend(article)}
<article class="text" id="text">{body}</article>
<h2>Mentions</h2>
{_table(article)}
<footer>Drawn by mineralnews. Hover over a mark to read its value.</footer>
</main>
</body>
</html>
"""
