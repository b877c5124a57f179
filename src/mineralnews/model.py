"""The results every parser returns: frozen, slotted, keyword-only attrs classes.

Every mention carries ``text``, ``start`` and ``end`` with
``article_text[start:end] == text``, and ``section``: the part of the article
it was found in (``"body"`` unless :func:`mineralnews.parse_article` has
placed it in a title, dateline or boilerplate section).

Values are exact: :class:`~decimal.Decimal` for amounts and percentages,
:class:`datetime.date` for dates. :meth:`Article.to_dict` turns an article
into JSON-ready values (decimals as strings, dates in ISO form) and
:meth:`Article.from_dict` rebuilds the very same article from them.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any, ClassVar, Literal, TypeVar, Union

import attrs

__all__ = [
    "Article",
    "DateMention",
    "Direction",
    "Granularity",
    "Mention",
    "Money",
    "Percent",
    "PriceMove",
    "PublishedSource",
    "Section",
    "SectionKind",
    "Ticker",
]

Direction = Literal["up", "down"]
Granularity = Literal["day", "month", "year"]
PublishedSource = Literal["given", "detected"]
#: ``title``: the headline line; ``dateline``: the line that dates the article;
#: ``body``: the article proper; ``related``: a trailing list of other articles;
#: ``boilerplate``: disclaimers, credits, calls to subscribe.
SectionKind = Literal["title", "dateline", "body", "related", "boilerplate"]


@attrs.frozen(kw_only=True)
class Ticker:
    """An exchange-qualified listing such as ``(NYSE: MP)``.

    ``exchange`` is the venue as written (``TSX-V``, ``Nasdaq``), ``mic`` its
    ISO 10383 market identifier (``XTSX``, ``XNAS``) or None for a venue the
    exchange table does not know, ``company`` the issuer's name as written
    just before the listing, or None.
    """

    kind: ClassVar[str] = "ticker"

    exchange: str
    mic: str | None
    symbol: str
    company: str | None
    text: str
    start: int
    end: int
    section: SectionKind = "body"


@attrs.frozen(kw_only=True)
class PriceMove:
    """A percentage change in the price of what ``subject`` names.

    ``percent`` is unsigned; the sign is in ``direction``. ``session`` is
    ``"pre-market"``, ``"after-hours"`` or None (the regular session or not
    said); ``period`` the window as written (``over the past 24 hours``).
    """

    kind: ClassVar[str] = "move"

    subject: str | None
    symbol: str | None
    direction: Direction
    percent: Decimal
    session: str | None
    period: str | None
    text: str
    start: int
    end: int
    section: SectionKind = "body"


@attrs.frozen(kw_only=True)
class Money:
    """An amount of money: ``$10 billion`` is ``Decimal("10000000000")`` USD.

    ``currency`` is an ISO 4217 code; ``per`` the unit when the amount is a
    price per unit (``ounce``, ``share``), else None.
    """

    kind: ClassVar[str] = "money"

    amount: Decimal
    currency: str
    per: str | None
    text: str
    start: int
    end: int
    section: SectionKind = "body"


@attrs.frozen(kw_only=True)
class Percent:
    """A percentage as written: ``-3.4%`` is ``Decimal("-3.4")``."""

    kind: ClassVar[str] = "percent"

    value: Decimal
    text: str
    start: int
    end: int
    section: SectionKind = "body"


@attrs.frozen(kw_only=True)
class DateMention:
    """A calendar day, month or year named in the text.

    ``value`` is the first day of the period named (``2026-01-01`` for
    ``January 2026`` with ``granularity="month"``), or None where the text
    leaves part of it implicit and no reference date was given. ``inferred``
    is True when the year, or for relative words the whole date, came from
    the reference rather than the text. ``weekday_mismatch`` is True when a
    written weekday contradicts the written date. ``time`` is the time of
    day when one is written with the date.
    """

    kind: ClassVar[str] = "date"

    value: dt.date | None
    granularity: Granularity
    inferred: bool
    text: str
    start: int
    end: int
    weekday_mismatch: bool = False
    time: dt.time | None = None
    section: SectionKind = "body"


@attrs.frozen(kw_only=True)
class Section:
    """A stretch of the article: its title, dateline, body or boilerplate."""

    kind: SectionKind
    text: str
    start: int
    end: int


Mention = Union[Ticker, PriceMove, Money, Percent, DateMention]  # noqa: UP007 (runtime alias)


@attrs.frozen(kw_only=True)
class Article:
    """Everything :func:`mineralnews.parse_article` found in one article."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    published_source: PublishedSource | None = None
    sections: tuple[Section, ...] = ()
    tickers: tuple[Ticker, ...] = ()
    moves: tuple[PriceMove, ...] = ()
    money: tuple[Money, ...] = ()
    percents: tuple[Percent, ...] = ()
    dates: tuple[DateMention, ...] = ()

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every mention of every kind, ordered by position in the text."""
        found: list[Mention] = [
            *self.tickers,
            *self.moves,
            *self.money,
            *self.percents,
            *self.dates,
        ]
        return tuple(sorted(found, key=lambda m: (m.start, -m.end)))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values: decimals as strings, dates and times in ISO form."""
        return typing.cast(dict[str, Any], _encode(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild the article that :meth:`to_dict` produced ``data`` from."""
        if not isinstance(data, dict):
            raise TypeError(f"Article.from_dict expects a dict, not {type(data).__name__}")
        article: Article = _decode(cls, data)
        return article

    def to_records(self, article_id: Any = None) -> list[dict[str, Any]]:
        """One flat, JSON-ready row per mention, in text order: for DataFrames and Arrow.

        Every row has the same keys, so rows of any kinds make one table:
        ``article_id``, ``kind``, the value fields of every mention class
        (None where a field is not the row's kind's), then ``text``,
        ``start``, ``end`` and ``section``. Values are encoded as in
        :meth:`to_dict`: decimals as strings, dates in ISO form.

        >>> from mineralnews import parse_article
        >>> article = parse_article("Atlas (TSX: ATL) and Orion (ASX: ORN)")
        >>> [(r["article_id"], r["kind"], r["mic"], r["symbol"], r["start"], r["end"])
        ...  for r in article.to_records("a-1")]
        [('a-1', 'ticker', 'XTSE', 'ATL', 7, 15), ('a-1', 'ticker', 'XASX', 'ORN', 28, 36)]
        """
        rows = []
        for mention in self.mentions:
            row: dict[str, Any] = dict.fromkeys(_COLUMNS)
            row["article_id"] = article_id
            row["kind"] = mention.kind
            for f in attrs.fields(type(mention)):
                row[f.name] = _encode(getattr(mention, f.name))
            rows.append(row)
        return rows


# -- JSON form ---------------------------------------------------------------
# One encoder and one decoder driven by the annotations, so a field added to
# any class above is serialised without touching this code.

_T = TypeVar("_T")


def _encode(value: Any) -> Any:
    if attrs.has(type(value)):
        return {f.name: _encode(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def _decode(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    if attrs.has(tp):
        hints = _hints(tp)
        kwargs = {
            f.name: _decode(hints[f.name], data[f.name]) for f in attrs.fields(tp) if f.name in data
        }
        return tp(**kwargs)
    origin = typing.get_origin(tp)
    if origin is tuple:
        (item_type, _ellipsis) = typing.get_args(tp)
        return tuple(_decode(item_type, v) for v in data)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) == 1:
            return _decode(options[0], data)
        return data
    if tp is Decimal:
        return Decimal(data)
    if tp is dt.date:
        return dt.date.fromisoformat(data)
    if tp is dt.time:
        return dt.time.fromisoformat(data)
    return data


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    try:
        return _HINTS[cls]
    except KeyError:
        _HINTS[cls] = typing.get_type_hints(cls)
        return _HINTS[cls]


# -- flat rows ---------------------------------------------------------------


def _record_columns() -> tuple[str, ...]:
    """The keys of :meth:`Article.to_records` rows, from the mention classes' fields."""
    span = ("text", "start", "end", "section")
    names: dict[str, None] = {"article_id": None, "kind": None}
    for cls in typing.get_args(Mention):
        names.update((f.name, None) for f in attrs.fields(cls) if f.name not in span)
    names.update(dict.fromkeys(span))
    return tuple(names)


_COLUMNS = _record_columns()


# -- building many -------------------------------------------------------------


def _builder(cls: type[_T]) -> Callable[..., _T]:
    """A function of the fields of ``cls``, by keyword, that builds the same
    object as ``cls(**fields)``.

    The ``__init__`` attrs writes for a frozen class sets each field through
    ``object.__setattr__``; the slots' own setters take half the time, which
    counts for the thousands of sections and mentions a parser builds.

    >>> build_section = _builder(Section)
    >>> build_section(kind="body", text="Atlas rose.", start=0, end=11) == Section(
    ...     kind="body", text="Atlas rose.", start=0, end=11)
    True
    """
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    params = []
    body = ["    self = new(cls)"]
    for i, field in enumerate(attrs.fields(cls)):  # type: ignore[arg-type]
        name = field.name
        if field.default is attrs.NOTHING or isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            params.append(name)
        else:
            namespace[f"default_{i}"] = field.default
            params.append(f"{name}=default_{i}")
        namespace[f"set_{i}"] = cls.__dict__[name].__set__
        body.append(f"    set_{i}(self, {name})")
    source = "\n".join([f"def build(*, {', '.join(params)}):", *body, "    return self"])
    exec(source, namespace)
    build: Callable[..., _T] = namespace["build"]
    return build
