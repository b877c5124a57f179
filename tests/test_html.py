"""The HTML view: text kept exactly, one marked element per mention, nothing run.

Every page is read back with the standard library's ``html.parser``: the
text content of its ``<article>`` must be the article's text, and each
mention must come back as exactly one element with ``data-kind`` and
``data-value`` whose text (with its continuation pieces, when mentions
cross) is the mention's text.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralnews import (
    Article,
    DateMention,
    Money,
    Percent,
    PriceMove,
    Section,
    Ticker,
    parse_article,
    render_html,
)
from mineralnews.cli import example_text, main
from mineralnews.html import describe_mention, mention_value
from mineralnews.model import Mention

from strategies import hand_made_articles

# -- reading a page back -------------------------------------------------------


class _Mark:
    def __init__(self, attrs: dict[str, str | None]) -> None:
        self.attrs = attrs
        self.text: list[str] = []


class Page(HTMLParser):
    """A rendered page as html.parser sees it."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.article_text: list[str] = []
        self.marks: list[_Mark] = []  # elements with data-kind, in document order
        self.pieces: dict[str, list[_Mark]] = {}  # continuation pieces by the id they continue
        self._depth = 0  # elements open inside <article>, itself included
        self._open: list[_Mark | None] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = dict(attrs)
        if self._depth:
            self._depth += 1
            mark = None
            if "data-kind" in a:
                mark = _Mark(a)
                self.marks.append(mark)
            elif a.get("data-part") == "cont":
                mark = _Mark(a)
                self.pieces.setdefault(a["data-of"] or "", []).append(mark)
            self._open.append(mark)
        elif tag == "article" and a.get("id") == "text":
            self._depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
            if self._depth:
                self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.article_text.append(data)
            for mark in self._open:
                if mark is not None:
                    mark.text.append(data)

    @property
    def text(self) -> str:
        return "".join(self.article_text)

    def full_text(self, mark: _Mark) -> str:
        """A mark's text with the text of its continuation pieces."""
        pieces = self.pieces.get(mark.attrs.get("id") or "", [])
        return "".join(mark.text) + "".join("".join(p.text) for p in pieces)


# Written from the documented forms, not from the renderer's code.
def expected_value(m: Mention) -> str:
    if isinstance(m, Ticker):
        return f"{m.mic or m.exchange}:{m.symbol}"
    if isinstance(m, PriceMove):
        return f"{m.direction} {m.percent:f}"
    if isinstance(m, Money):
        return f"{m.currency} {m.amount:f}" + (f"/{m.per}" if m.per else "")
    if isinstance(m, Percent):
        return f"{m.value:f}"
    if m.value is None:
        return ""
    return m.value.isoformat()[: {"day": 10, "month": 7, "year": 4}[m.granularity]]


def check_page(article: Article) -> Page:
    """Render ``article`` and check every promise the page makes."""
    page = Page(render_html(article))
    assert page.text == article.text
    mentions = article.mentions
    assert len(page.marks) == len(mentions)
    # Marks appear in the order of article.mentions: by start, outer first.
    for i, (mark, m) in enumerate(zip(page.marks, mentions, strict=True), 1):
        assert mark.attrs["id"] == f"m{i}"
        assert mark.attrs["data-kind"] == m.kind
        assert mark.attrs["data-value"] == expected_value(m)
        assert mark.attrs["title"] == describe_mention(m, article.published)
        assert page.full_text(mark) == m.text
    assert set(page.pieces) <= {f"m{i}" for i in range(1, len(mentions) + 1)}
    assert "script" not in page.tags
    return page


# -- a hand-made article holding every kind -------------------------------------

TEXT = (
    "Kestrel Gold\n\n"
    "Kestrel Gold Corp. (TSX: KGL) rose 12.5% to C$1.20 per share on October 13 "
    "after a $10 billion offer; bullion fell -3.4% yesterday.\r\n"
    'Notes: <script>alert(1)</script> & "quotes" & a lone < here.'
)


def _at(needle: str, nth: int = 0) -> tuple[str, int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return needle, start, start + len(needle)


def _made() -> Article:
    def span(needle: str) -> dict[str, Any]:
        text, start, end = _at(needle)
        return {"text": text, "start": start, "end": end}

    crossing_money = span("$10 billion offer; bullion")  # crosses the move below
    return Article(
        text=TEXT,
        title="Kestrel Gold",
        published=dt.date(2025, 10, 14),
        published_source="given",
        sections=(
            Section(kind="title", text="Kestrel Gold", start=0, end=12),
            Section(kind="body", text=TEXT[14:], start=14, end=len(TEXT)),
        ),
        tickers=(
            Ticker(exchange="TSX", mic="XTSE", symbol="KGL", company="Kestrel Gold Corp.",
                   **span("TSX: KGL")),
        ),
        moves=(
            PriceMove(subject="Kestrel Gold Corp.", symbol="KGL", direction="up",
                      percent=Decimal("12.5"), session=None, period=None, **span("rose 12.5%")),
            PriceMove(subject="bullion", symbol=None, direction="down", percent=Decimal("3.4"),
                      session=None, period=None, **span("bullion fell -3.4%")),
        ),
        money=(
            Money(amount=Decimal("1.20"), currency="CAD", per="share", **span("C$1.20 per share")),
            Money(amount=Decimal("1E+10"), currency="USD", per=None, **crossing_money),
        ),
        percents=(
            Percent(value=Decimal("12.5"), **span("12.5%")),
            Percent(value=Decimal("-3.4"), **span("-3.4%")),
        ),
        dates=(
            DateMention(value=dt.date(2025, 10, 13), granularity="day", inferred=True,
                        **span("October 13")),
            DateMention(value=dt.date(2025, 10, 13), granularity="day", inferred=True,
                        **span("yesterday")),
        ),
    )  # fmt: skip


def test_hand_made_article_with_every_kind() -> None:
    article = _made()
    page = check_page(article)
    assert {m.attrs["data-kind"] for m in page.marks} == {
        "ticker",
        "move",
        "money",
        "percent",
        "date",
    }
    # The money mention crosses the second move: that move is continued in a
    # second piece, and both are whole.
    (cont,) = [k for k, v in page.pieces.items() if v]
    assert [m.attrs["data-kind"] for m in page.marks if m.attrs["id"] == cont] == ["move"]


TITLES = [
    pytest.param("TSX: KGL", "XTSE:KGL", "TSX (XTSE) KGL, Kestrel Gold Corp.", id="ticker"),
    pytest.param("rose 12.5%", "up 12.5", "up 12.5%, KGL, Kestrel Gold Corp.", id="move"),
    pytest.param("C$1.20 per share", "CAD 1.20/share", "CAD 1.20 per share", id="money-per"),
    pytest.param("$10 billion offer; bullion", "USD 10000000000", "USD 10,000,000,000",
                 id="money-exponent"),
    pytest.param("-3.4%", "-3.4", "-3.4%", id="percent-negative"),
    pytest.param("October 13", "2025-10-13", "2025-10-13, year inferred from 2025-10-14",
                 id="date-year-inferred"),
    pytest.param("yesterday", "2025-10-13", "2025-10-13, date inferred from 2025-10-14",
                 id="date-relative"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "words"), TITLES)
def test_values_and_titles(text: str, value: str, words: str) -> None:
    article = _made()
    (m,) = [m for m in article.mentions if m.text == text]
    assert mention_value(m) == value
    assert describe_mention(m, article.published) == words


def test_values_and_titles_of_other_forms() -> None:
    unknown = Ticker(exchange="Moon SE", mic=None, symbol="MOON", company=None,
                     text="Moon SE: MOON", start=0, end=13)  # fmt: skip
    assert mention_value(unknown) == "Moon SE:MOON"
    assert describe_mention(unknown) == "Moon SE (MIC not known) MOON"
    month = DateMention(value=dt.date(2026, 1, 1), granularity="month", inferred=False,
                        text="January 2026", start=0, end=12, section="title")  # fmt: skip
    assert (mention_value(month), describe_mention(month)) == ("2026-01", "2026-01, in the title")
    year = DateMention(value=dt.date(2019, 1, 1), granularity="year", inferred=False,
                       text="2019", start=0, end=4)  # fmt: skip
    assert mention_value(year) == "2019"
    open_date = DateMention(value=None, granularity="day", inferred=False, text="March 3",
                            start=0, end=7, time=dt.time(9, 30), weekday_mismatch=True)  # fmt: skip
    assert mention_value(open_date) == ""
    assert describe_mention(open_date) == (
        "unresolved day: no publication date to resolve it against, at 09:30, "
        "the weekday written does not fall on this date"
    )
    after_hours = PriceMove(subject="Atlas", symbol=None, direction="down",
                            percent=Decimal("2.10"), session="after-hours",
                            period="over the week", text="x", start=0, end=1)  # fmt: skip
    assert mention_value(after_hours) == "down 2.10"
    assert describe_mention(after_hours) == "down 2.10%, Atlas, after-hours, over the week"


def test_escaping_keeps_the_text_and_runs_nothing() -> None:
    page_source = render_html(_made())
    assert "<script>" not in page_source
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page_source
    assert "\r" not in page_source  # written as &#13;, which parsers keep
    page = check_page(_made())
    assert 'Notes: <script>alert(1)</script> & "quotes" & a lone < here.' in page.text


def test_script_article_yields_no_script_element() -> None:
    page = check_page(parse_article("<script>alert(1)</script> Atlas (TSX: ATL)"))
    assert "script" not in page.tags


def test_nesting_and_sections_are_elements() -> None:
    source = render_html(_made())
    # The percent sits inside the move.
    assert (
        'data-value="up 12.5" title="up 12.5%, KGL, Kestrel Gold Corp.">rose '
        '<span class="m k-percent" id="m3" data-kind="percent" data-value="12.5" '
        'title="12.5%">12.5%</span></span> to '
    ) in source
    assert '<span class="s s-title" data-section="title">Kestrel Gold</span>' in source
    # The move holds a level of marks, so its line is drawn below theirs; the
    # pieces of a mention split by a crossing one are drawn alike.
    assert 'class="m k-move h2"' in source
    assert '<span class="m k-move h2" id="m7" data-kind="move"' in source
    assert '<span class="m k-move h2 cont" data-part="cont" data-of="m7"' in source
    # ... and the money mention holding the move's first piece is drawn below both.
    assert '<span class="m k-money h3" id="m6" data-kind="money"' in source


def test_identical_and_empty_spans_each_get_their_element() -> None:
    text = "up 5% today"
    article = Article(
        text=text,
        percents=(Percent(value=Decimal(5), text="5%", start=3, end=5),),
        moves=(
            PriceMove(subject=None, symbol=None, direction="up", percent=Decimal(5),
                      session=None, period=None, text="up 5%", start=0, end=5),
            PriceMove(subject=None, symbol=None, direction="up", percent=Decimal(5),
                      session=None, period=None, text="up 5%", start=0, end=5),
        ),
        dates=(DateMention(value=None, granularity="day", inferred=False, text="",
                           start=11, end=11),),
    )  # fmt: skip
    check_page(article)


def test_page_is_standalone() -> None:
    source = render_html(parse_article(example_text()))
    lowered = source.lower()
    for needle in ("<script", "<link", "src=", "@import", "url(", "http://", "https://"):
        assert needle not in lowered
    assert "prefers-color-scheme: dark" in source
    assert 'class="legend"' in source
    assert "<table>" in source
    assert "white-space: pre-wrap" in source


def test_published_and_its_source_are_shown() -> None:
    given_page = render_html(parse_article("Atlas (TSX: ATL)", published="2026-03-05"))
    assert "Published 2026-03-05 (given with the text)" in given_page
    assert "Publication date not known" in render_html(parse_article("x"))
    assert "<h1>Kestrel Gold</h1>" in render_html(_made())


def test_lone_surrogates_do_not_raise() -> None:
    check_page(parse_article("a \ud800 (TSX: ATL) \udfff b"))


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="expects an Article, not str"):
        render_html("Atlas (TSX: ATL)")  # type: ignore[arg-type]


# -- real output ------------------------------------------------------------------


def test_bundled_example() -> None:
    page = check_page(parse_article(example_text()))
    assert len(page.marks) >= 4


CORPUS = Path(
    os.environ.get("MINERALNEWS_CORPUS")
    or Path(__file__).resolve().parents[2] / "shared" / "corpus"
)


def _dev_articles() -> list[Any]:
    path = CORPUS / "dev.jsonl"
    if not path.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"no corpus at {CORPUS}"))]
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return [pytest.param(r, id=str(r.get("id"))) for r in records]


@pytest.mark.parametrize("record", _dev_articles())
def test_corpus_article(record: dict[str, Any]) -> None:
    check_page(parse_article(record["text"], published=record.get("published")))


@given(st.text())
def test_any_text_renders_and_keeps_its_text(text: str) -> None:
    page = Page(render_html(parse_article(text)))
    assert page.text == text


@given(hand_made_articles())
def test_any_mentions_nested_or_crossing_each_get_one_element(article: Article) -> None:
    check_page(article)


# -- the command line ---------------------------------------------------------------


def _run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mineralnews", *args], input=stdin, capture_output=True, check=False
    )


def test_cli_example_html() -> None:
    proc = _run("--example", "--html")
    assert proc.returncode == 0
    page = Page(proc.stdout.decode("utf-8"))
    assert page.text == example_text()
    assert len(page.marks) == len(parse_article(example_text()).mentions)


def test_cli_html_from_stdin_and_to_a_file(tmp_path: Path) -> None:
    text = "Atlas (TSX: ATL) \u2014 é"
    proc = _run("--html", "-", "--published", "2026-03-05", stdin=text.encode())
    assert proc.returncode == 0
    assert Page(proc.stdout.decode("utf-8")).text == text
    assert b"Published 2026-03-05" in proc.stdout
    source = tmp_path / "a.txt"
    source.write_text("Bighorn (ASX: BHN) <b>", encoding="utf-8")
    out = tmp_path / "page.html"
    proc = _run("--html", str(source), "-o", str(out))
    assert (proc.returncode, proc.stdout) == (0, b"")
    assert Page(out.read_text("utf-8")).text == "Bighorn (ASX: BHN) <b>"


def test_cli_html_usage_errors(tmp_path: Path) -> None:
    assert _run("--html").returncode == 2
    assert _run("--html", "a", "b").returncode == 2
    assert _run("--html", "--jsonl", "-").returncode == 2
    assert _run("--example", "--html", "a").returncode == 2
    assert _run("--example", "-o", str(tmp_path / "x.html")).returncode == 2
    missing = _run("--html", str(tmp_path / "missing.txt"))
    assert missing.returncode == 1
    assert b"missing.txt" in missing.stderr


def test_cli_html_in_process_writes_lone_surrogates_as_replacement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mineralnews.cli.example_text", lambda: "a \ud800 (TSX: ATL)")
    out = tmp_path / "page.html"
    assert main(["--example", "--html", "-o", str(out)]) == 0
    assert Page(out.read_text("utf-8")).text == "a \ufffd (TSX: ATL)"


def test_docstring_examples_run() -> None:
    import doctest

    import mineralnews.html

    result = doctest.testmod(mineralnews.html, optionflags=doctest.ELLIPSIS)
    assert (result.failed, result.attempted >= 5) == (0, True)
