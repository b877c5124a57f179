"""The windowed look-ups behind find_moves give the matches of one scan of the
whole text: sessions, windows, what-ifs and references found piece by piece,
and skipped where none of their words stands."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mineralnews import moves as m

# Words of the looked-for phrases, their near misses, marks that split pieces,
# and letters whose case folds oddly ("İ", "ſ", the Kelvin sign).
_LINES = (
    "over in during for the past last previous prior latest same period",
    "on daily weekly chart year-to-date ytd so far this week month quarter",
    "a year-on-year basis two 24 hours days sessions since start of 2019 2024",
    "intraday overnight pre-market premarket before hours ahead opening bell",
    "after-hours after market extended trading post-market late regular session",
    "would could assuming sensitivity scenario if every each it its they their",
    "stock shares share price company's company’s miner group index gauge",
    "trading markets exchange PAST Over İn ſince \u212aey lİke gold rose 5% , ; .",
)
_WORDS = [*(w for line in _LINES for w in line.split()), ".", "\n"]

_LOOKUPS = [
    ("sessions", m._SESSION, m._SESSION_KEYS),
    ("periods", m._PERIOD, m._PERIOD_KEYS),
    ("hypotheticals", m._HYPOTHETICAL, m._HYPOTHETICAL_KEYS),
    ("references", m._REFERENCE, m._REFERENCE_KEYS),
]


def _spans(found: list[regex.Match[str]]) -> list[tuple[int, int]]:
    return [x.span() for x in found]


def _holds_a_key(phrase: str, keys: tuple[str, ...]) -> bool:
    # Keys are looked for with each run of spaces made one space.
    folded = " ".join(m._folded(phrase).split())
    return any(k in folded for k in keys)


@pytest.mark.parametrize(("name", "pattern", "keys"), _LOOKUPS, ids=[x[0] for x in _LOOKUPS])
@settings(max_examples=25)  # each example scans many windows
@given(
    words=st.lists(st.sampled_from(_WORDS), max_size=40),
    seps=st.lists(st.sampled_from([" ", "  ", "-", "", "\n"]), min_size=40, max_size=40),
    data=st.data(),
)
def test_windows_match_one_scan(
    name: str,
    pattern: regex.Pattern[str],
    keys: tuple[str, ...],
    words: list[str],
    seps: list[str],
    data: st.DataObject,
) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    whole = list(pattern.finditer(text))
    lookup = getattr(m._Article(text, []), name)
    for _ in range(5):
        lo = data.draw(st.integers(0, len(text)))
        hi = data.draw(st.integers(lo, len(text)))
        want = [x for x in whole if lo <= x.start() and x.end() <= hi]
        assert _spans(lookup.within(lo, hi)) == _spans(want)
        first = lookup.first(lo, hi)
        assert (first.span() if first else None) == (want[0].span() if want else None)


@pytest.mark.parametrize(("name", "pattern", "keys"), _LOOKUPS, ids=[x[0] for x in _LOOKUPS])
@settings(max_examples=25)  # each example scans many windows
@given(words=st.lists(st.sampled_from(_WORDS), max_size=30))
def test_every_match_holds_a_key(
    name: str, pattern: regex.Pattern[str], keys: tuple[str, ...], words: list[str]
) -> None:
    text = " ".join(words)
    for found in pattern.finditer(text):
        assert _holds_a_key(found.group(), keys), found.group()


# One phrase per form of the vocabulary.
_PHRASES = {
    "session": [
        *("pre-market", "premarket", "before hours", "pre-opening session", "pre-open"),
        *("before the opening bell", "ahead of the bell", "after hours", "after-market"),
        *("extended-hours trading", "extended hours", "after the closing bell"),
        *("post-market", "late trading", "regular trading session", "regular hours"),
    ],
    "period": [
        *("over the past 24 hours", "in the last week", "during the prior day"),
        *("over the same period", "on the daily chart", "so far year-to-date", "ytd"),
        *("so far this week", "last month", "for the day", "on a year-on-year basis"),
        *("in two weeks", "in 2019", "since the start of the year", "year over year"),
        *("year on year", "in a single session", "intraday", "overnight"),
    ],
    "what-if": ["would", "could", "assuming", "sensitivity", "scenario", "if", "every", "each"],
    "reference": list(m.REFERENCES),
}


@pytest.mark.parametrize(
    ("pattern", "keys", "phrase"),
    [
        pytest.param(pattern, keys, phrase, id=f"{kind}-{phrase}")
        for (_, pattern, keys), kind in zip(_LOOKUPS, _PHRASES, strict=True)
        for phrase in _PHRASES[kind]
    ],
)
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_each_form_holds_a_key(
    pattern: regex.Pattern[str], keys: tuple[str, ...], phrase: str, case: object
) -> None:
    text = case(phrase)  # type: ignore[operator]
    found = pattern.search(text)
    assert found is not None
    assert found.group() == text
    assert _holds_a_key(text, keys)


# -- the words before a figure ---------------------------------------------------------

_LEFT_WORDS = [
    *("rose", "Fell", "moved up", "edged higher", "by", "between", "lost 84p, or", "up –"),
    *("as much as", "nearly", "a further", "Sectorrose", "lifted Acme shares", "higher"),
    *("knocked", "wiped", "its share price", "down", "KNOCKED off", "of", "a", "Canada"),
    *("closing", "stake", "İs", "ſlipped", "\n", "-", "—", ",", "(", "$1.20 a share, or"),
    *("an additional", "Further", "and", "AND", "a gain of", "decline of", "another"),
]


@pytest.mark.parametrize(
    ("pattern", "ends"),
    [
        pytest.param(m._LEFT, m._LEFT_ENDS, id="verb"),
        pytest.param(m._CAUSATIVE, m._CAUSATIVE_ENDS, id="causative"),
        pytest.param(m._OFF_LEFT, m._OFF_ENDS, id="off"),
        pytest.param(m._NOUN_OF, m._NOUN_OF_ENDS, id="noun-of"),
        pytest.param(m._CONTINUATION, m._CONTINUATION_ENDS, id="continuation"),
        pytest.param(m._AND, m._AND_ENDS, id="and"),
    ],
)
@settings(max_examples=25)  # each example scans many windows
@given(
    words=st.lists(st.sampled_from(_LEFT_WORDS), max_size=8),
    gap=st.sampled_from([" ", "  ", " – ", "–", "\n", "\t- "]),
)
def test_a_pattern_before_a_figure_ends_in_its_words(
    pattern: regex.Pattern[str], ends: tuple[str, ...], words: list[str], gap: str
) -> None:
    text = " ".join(words) + gap + "5%"
    at = len(text) - 2
    if pattern.match(text, 0, at) is not None:
        assert m._word_before(text, 0, at).endswith(ends)


@pytest.mark.parametrize(
    "text",
    ["rose 5%", "lost 84p, or 5%", "rose by as much as 5%", "up – 5%", "Sectorrose 5%"],
)
def test_verbs_before_a_figure_are_tried(text: str) -> None:
    at = text.index("5%")
    assert m._LEFT.match(text, 0, at) is not None
    assert m._word_before(text, 0, at).endswith(m._LEFT_ENDS)


def _as_list(
    pattern: regex.Pattern[str],
    lists: list[tuple[str, ...]],
    *,
    reverse: bool = True,
    fold: bool = True,
) -> regex.Pattern[str]:
    """``pattern`` with each tree of phrases written back as the plain alternation."""
    source = pattern.pattern
    for phrases in lists:
        tree = m._tree(phrases, reverse=reverse, fold=fold)
        assert tree in source
        source = source.replace(tree, m._words(phrases))
    return regex.compile(source, pattern.flags)


_VERB_LISTS = [m.VERBS["up"], m.VERBS["down"], m.QUALIFIERS]
_PLAIN_LEFT = _as_list(m._LEFT, _VERB_LISTS)
_TREE_WORDS = [
    *(w for ws in _VERB_LISTS for w in ws),
    *("UP", "Moved  Up", "by", "between", "84p, or", "$1.20 a share, or", "Index", "Sector"),
    *("–", "-", "(", "\n", "a", "the", "shares", "İs", "ſlid", "x"),
]


@settings(max_examples=25)  # each example scans many windows
@given(
    words=st.lists(st.sampled_from(_TREE_WORDS), max_size=6),
    seps=st.lists(st.sampled_from([" ", "  ", "", "\n", " – "]), min_size=6, max_size=6),
)
def test_trees_of_verbs_match_as_lists_do(words: list[str], seps: list[str]) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    for lo in range(0, len(text) + 1, 3):
        got, want = m._LEFT.match(text, lo), _PLAIN_LEFT.match(text, lo)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def test_trees_stand_for_the_lists() -> None:
    assert _PLAIN_LEFT.pattern != m._LEFT.pattern
    assert m._tree(m.VERBS["up"]) not in _PLAIN_LEFT.pattern


_FORWARD_LISTS = [
    m.ADJECTIVES["up"],
    m.ADJECTIVES["down"],
    (*m.NOUNS["up"], "increase"),
    (*m.NOUNS["down"], "decrease"),
]
_PLAIN_RIGHT = _as_list(m._RIGHT, _FORWARD_LISTS, reverse=False)
_PLAIN_REFERENCE = _as_list(m._REFERENCE, [tuple(m.REFERENCES)], reverse=False)
_FORWARD_WORDS = [
    *(w for ws in _FORWARD_LISTS for w in ws),
    *m.REFERENCES,
    *("HIGHER", "Its  Shares", "the stocks", "markets", "exchange", "-", "x", "\n", "İt"),
]


@settings(max_examples=25)  # each example scans many windows
@given(
    words=st.lists(st.sampled_from(_FORWARD_WORDS), max_size=6),
    seps=st.lists(st.sampled_from([" ", "  ", "", "\n", "-", "."]), min_size=6, max_size=6),
)
def test_trees_of_words_after_a_figure_match_as_lists_do(words: list[str], seps: list[str]) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    for lo in range(len(text) + 1):
        got, want = m._RIGHT.match(text, lo), _PLAIN_RIGHT.match(text, lo)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
    got_refs = [x.span() for x in m._REFERENCE.finditer(text)]
    assert got_refs == [x.span() for x in _PLAIN_REFERENCE.finditer(text)]


_NOUNS_OF = [(*m.NOUNS["up"], "increase", "increases"), (*m.NOUNS["down"], "decrease", "decreases")]
_HEADS = tuple(m.NON_PRICE_HEADS - m._VOLUME)
_VENUES = tuple(m._VENUE_NAMES)
_TREE_CASES = [
    (name, pattern, lists, _as_list(pattern, lists, **how))
    for name, pattern, lists, how in [
        ("causative", m._CAUSATIVE, [m.CAUSATIVES["up"], m.CAUSATIVES["down"], m.QUALIFIERS], {}),
        ("off", m._OFF_LEFT, [m.OFF_VERBS, m.QUALIFIERS], {}),
        ("noun-of", m._NOUN_OF, [*_NOUNS_OF, m.QUALIFIERS], {}),
        ("commodity", m._COMMODITY, [m.COMMODITIES], {}),
        ("in-a-figure", m._IN_A_FIGURE, [_HEADS], {"reverse": False}),
        ("spot", m._SPOT, [m.COMMODITIES], {"reverse": False}),
        ("venue", m._VENUE, [_VENUES], {"reverse": False, "fold": False}),
        ("venue-on", m._VENUE_ON, [_VENUES], {"reverse": False, "fold": False}),
    ]
]


@pytest.mark.parametrize(
    ("pattern", "lists", "plain"), [c[1:] for c in _TREE_CASES], ids=[c[0] for c in _TREE_CASES]
)
@settings(max_examples=25)  # each example scans many windows
@given(data=st.data())
def test_trees_match_as_lists_do(
    pattern: regex.Pattern[str],
    lists: list[tuple[str, ...]],
    plain: regex.Pattern[str],
    data: st.DataObject,
) -> None:
    words = [w for ws in lists for w in ws]
    extra = ["shares", "Acme", "the", "of", "in", "on", "spot", "prices", "-listed", "x", "İ", "a"]
    picked = data.draw(st.lists(st.sampled_from(words + extra), max_size=6))
    cased = [data.draw(st.sampled_from([w, w.upper(), w.title()])) for w in picked]
    seps = data.draw(st.lists(st.sampled_from([" ", "  ", "", "\n", "-"]), min_size=6, max_size=6))
    text = "".join(w + s for w, s in zip(cased, seps, strict=False))
    for lo in range(len(text) + 1):
        got, want = pattern.match(text, lo), plain.match(text, lo)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
    assert [x.span() for x in pattern.finditer(text)] == [x.span() for x in plain.finditer(text)]


_BOUNDED = [m._SESSION, m._HYPOTHETICAL, m._REFERENCE, m._CLAUSE_WORD, m._VENUE, m._VENUE_ON]


@pytest.mark.parametrize("pattern", _BOUNDED, ids=lambda p: p.pattern[:24])
@settings(max_examples=25)  # each example scans many windows
@given(
    words=st.lists(st.sampled_from(_WORDS), max_size=40),
    seps=st.lists(st.sampled_from([" ", "  ", "-", "", "\n", "_", "é"]), min_size=40, max_size=40),
    venues=st.lists(st.sampled_from(sorted(m._VENUE_NAMES)), max_size=3),
)
def test_a_word_boundary_changes_no_match(
    pattern: regex.Pattern[str], words: list[str], seps: list[str], venues: list[str]
) -> None:
    text = "".join(w + s for w, s in zip(words + venues + ["-listed"], seps, strict=False))
    bare = regex.compile(pattern.pattern.replace("\\b(?<!", "(?<!"), pattern.flags)
    assert bare.pattern != pattern.pattern
    assert [x.span() for x in pattern.finditer(text)] == [x.span() for x in bare.finditer(text)]


def test_token_spaces_are_those_of_the_pattern_library() -> None:
    """Tokens are split at exactly the characters ``regex`` takes for ``\\s``."""
    spaces = "".join(chr(c) for c in range(0x110000) if regex.match(r"\s", chr(c)))
    assert spaces == m._SPACES


@given(st.text(alphabet=st.sampled_from([*m._SPACES, "a", ".", "(", "\x1c", "\u200b", "\ufeff"])))
def test_tokens_are_runs_of_non_spaces(text: str) -> None:
    toks = m._Tokens(text)
    spans = [x.span() for x in regex.finditer(r"\S++", text)]
    assert list(zip(toks.starts, toks.ends, strict=True)) == spans


# -- verbs and words read without a pattern ----------------------------------------------

_VERB_WORDS = [
    *(w for ws in (m.VERBS["up"], m.VERBS["down"]) for w in ws),
    *("UP", "Edged", "ticKed", "ſlipped", "Sectorrose", "by", "or", "84p, or", "as much as"),
    *("a", "an additional", "earlier,", "(rose", "x-rose", "crater", "İs", "shares", "\n"),
]


@settings(max_examples=200)
@given(
    words=st.lists(st.sampled_from(_VERB_WORDS), max_size=5),
    seps=st.lists(
        st.sampled_from([" ", "  ", "\n", " \n", "\xa0", "-", "", " – "]), min_size=5, max_size=5
    ),
    gap=st.sampled_from([" ", "  ", "\t", "\u2009", " – ", "-", "", "\x1c"]),
    cut=st.integers(0, 40),
)
def test_a_verb_read_before_a_figure_is_the_one_the_pattern_reads(
    words: list[str], seps: list[str], gap: str, cut: int
) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False)) + gap + "5%"
    at = len(text) - 2
    lo = min(cut, at)
    got = m._verb_before(text, lo, at)
    if got is not None:
        want = m._LEFT.match(text, lo, at)
        assert want is not None
        side = "up" if want.group("up") is not None else "down"
        assert got == (side, want.start(side))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Atlas rose 5%", ("up", 6)),
        ("Atlas edged up 5%", ("up", 6)),
        ("Atlas edged lower 5%", ("down", 6)),
        ("a year earlier, up 5%", ("up", 16)),
        ("Atlas ROSE  5%", ("up", 6)),
        ("Atlas edged  up 5%", None),  # two spaces: for the pattern
        ("Atlas rose by 5%", None),
        ("Atlas rose as much as 5%", None),
        ("Atlas Sectorrose 5%", None),
        ("Atlas recover 5%", None),  # ends in a hedge's letters ("over"): for the pattern
    ],
)
def test_verbs_read_before_a_figure(text: str, want: tuple[str, int] | None) -> None:
    assert m._verb_before(text, 0, text.index("5%")) == want


_AFTER_WORDS = [
    *(w for ws in (m.ADJECTIVES["up"], m.ADJECTIVES["down"]) for w in ws),
    *(w for ws in (m.NOUNS["up"], m.NOUNS["down"]) for w in ws),
    *("increase", "decrease", "of", "Of", "stake", "tariffs", "per annum", "a year", "to its"),
    *("in revenue", "in heavy volume", "iN the", "ſtake", "\u212aey", "İn", "to", "the", "x"),
    *("on the NYSE", "in Toronto", "On the LSE"),
]


@settings(max_examples=200)
@given(
    words=st.lists(st.sampled_from(_AFTER_WORDS), max_size=4),
    lead=st.sampled_from(["", " ", "  ", "\n", "\x1c", " " * 20, " " * 40, "\u3000"]),
    seps=st.lists(st.sampled_from([" ", "  ", "-", "", ",", "."]), min_size=4, max_size=4),
)
def test_the_head_after_a_figure_starts_with_the_word_a_pattern_reads(
    words: list[str], lead: str, seps: list[str]
) -> None:
    text = "5%" + lead + "".join(w + s for w, s in zip(words, seps, strict=False))
    head = m._head_after(text, 2)
    if head is None:
        return
    if m._NOT_AFTER.match(text, 2, 2 + m._MAX_RIGHT):
        assert head.startswith(m._NOT_AFTER_FIRST)
    if m._RIGHT.match(text, 2, 2 + m._MAX_RIGHT):
        assert head.startswith(m._RIGHT_FIRST)
    if m._IN_A_FIGURE.match(text, 2, 2 + m._MAX_RIGHT):
        assert head.startswith("in")
    if m._VENUE_ON_AFTER.match(text, 2, 2 + m._MAX_RIGHT):
        assert head.startswith(("on", "in"))
