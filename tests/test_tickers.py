"""find_tickers: example tables by where the form was seen, then properties."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from mineralnews import Ticker, find_tickers
from mineralnews import tickers as _tickers

from strategies import companies, listings, prose, spaces

# (text, [(exchange, mic, symbol, company), ...])
PRESS_RELEASES = [
    (
        "Atlas Brine Corp. (TSXV: ABR; OTCQB: ABRNF) said",
        [
            ("TSXV", "XTSX", "ABR", "Atlas Brine Corp."),
            ("OTCQB", "OTCM", "ABRNF", "Atlas Brine Corp."),
        ],
    ),
    ("Kestrel Gold (TSX-V: KGD) today", [("TSX-V", "XTSX", "KGD", "Kestrel Gold")]),
    (
        'Ridge Lithium Corp. ("Ridge" or the "Company") (TSXV: RLC) (OTCQB: RLCCF) said',
        [
            ("TSXV", "XTSX", "RLC", "Ridge Lithium Corp."),
            ("OTCQB", "OTCM", "RLCCF", "Ridge Lithium Corp."),
        ],
    ),
    (
        "Ridge Lithium Corp. (“Ridge”) (TSXV: RLC) said",
        [("TSXV", "XTSX", "RLC", "Ridge Lithium Corp.")],
    ),
    (
        "Bluefin Energy Ltd. (ASX: BFE | OTCQX: BFEEF) said",
        [
            ("ASX", "XASX", "BFE", "Bluefin Energy Ltd."),
            ("OTCQX", "OTCM", "BFEEF", "Bluefin Energy Ltd."),
        ],
    ),
    (
        "Orion Metals (TSX: ORM) (NYSE American: ORM) reports",
        [("TSX", "XTSE", "ORM", "Orion Metals"), ("NYSE American", "XASE", "ORM", "Orion Metals")],
    ),
    (
        "Tamar Mining (AIM:TMR, TSX:TMR, OTCQX:TMRMF), the",
        [
            ("AIM", "XLON", "TMR", "Tamar Mining"),
            ("TSX", "XTSE", "TMR", "Tamar Mining"),
            ("OTCQX", "OTCM", "TMRMF", "Tamar Mining"),
        ],
    ),
    (
        "Bluefin Air (NYSE: BFA, BFAW; B3: BFAB31) priced",
        [
            ("NYSE", "XNYS", "BFA", "Bluefin Air"),
            ("NYSE", "XNYS", "BFAW", "Bluefin Air"),
            ("B3", "BVMF", "BFAB31", "Bluefin Air"),
        ],
    ),
    (
        'Sensorix Technologies Inc. (CSE: SNX) (OTCQB: SNXTF) ("Sensorix")',
        [
            ("CSE", "XCNQ", "SNX", "Sensorix Technologies Inc."),
            ("OTCQB", "OTCM", "SNXTF", "Sensorix Technologies Inc."),
        ],
    ),
    (
        "The Board of Directors of Exchangeco, Inc. (Nasdaq: EXCO) declared",
        [("Nasdaq", "XNAS", "EXCO", "Exchangeco, Inc.")],
    ),
    (
        "Carrow Minerals Limited (ASX: CRW) and Tamar Ltd (ASX: TAM) are up",
        [("ASX", "XASX", "CRW", "Carrow Minerals Limited"), ("ASX", "XASX", "TAM", "Tamar Ltd")],
    ),
]

NEWS_WIRES = [
    ("Mp Materials (NYSE: MP), the", [("NYSE", "XNYS", "MP", "Mp Materials")]),
    ("shares of NYSE:BHP fell", [("NYSE", "XNYS", "BHP", None)]),
    ("New Gold (NYSEMKT:NGD) rose", [("NYSEMKT", "XASE", "NGD", "New Gold")]),
    ("Energy Fuels NYSE American: UUUU rose", [("NYSE American", "XASE", "UUUU", "Energy Fuels")]),
    ("Anglo American (LON:AAL) slid", [("LON", "XLON", "AAL", "Anglo American")]),
    ("Lynas (ASX: LYC) said", [("ASX", "XASX", "LYC", "Lynas")]),
    # "TSE" with a numeric code is Tokyo's; with letters, Toronto's old name.
    ("Kestrel Motor (TSE: 7311) said", [("TSE", "XTKS", "7311", "Kestrel Motor")]),
    ("Orion Gold (TSE: ORG) said", [("TSE", "XTSE", "ORG", "Orion Gold")]),
    ("Halden Holdings (PSE: HLD) said", [("PSE", "XPHS", "HLD", "Halden Holdings")]),
    (
        "Orion Gold (ASX/TSX: ORG) said",
        [("ASX", "XASX", "ORG", "Orion Gold"), ("TSX", "XTSE", "ORG", "Orion Gold")],
    ),
    ("The S&P/ASX 200 (ASX: XJO) fell", [("ASX", "XASX", "XJO", "S&P/ASX 200")]),
    ("Orion Ltd's (ASX: ORN) shares fell", [("ASX", "XASX", "ORN", "Orion Ltd")]),
    ("at 1/2 Orion (TSX: ORN) each", [("TSX", "XTSE", "ORN", "Orion")]),
    ("Pinkco (OTC Pink: PNKC) jumped", [("OTC Pink", "OTCM", "PNKC", "Pinkco")]),
    ("Berkshire Hathaway (NYSE: BRK.A) is", [("NYSE", "XNYS", "BRK.A", "Berkshire Hathaway")]),
    ("Vale (NYSE:VALE.P) fell", [("NYSE", "XNYS", "VALE.P", "Vale")]),
    ("Apple, listed as Nasdaq: AAPL, rose", [("Nasdaq", "XNAS", "AAPL", None)]),
    ("Shares of Chipco (NASDAQ: CHPC) rose", [("NASDAQ", "XNAS", "CHPC", "Chipco")]),
    (
        "United States Steel Corp. (NYSE: X) gained",
        [("NYSE", "XNYS", "X", "United States Steel Corp.")],
    ),
    (
        "Bighorn (NYSE, LSE, ASX: BHN) is",
        [
            ("NYSE", "XNYS", "BHN", "Bighorn"),
            ("LSE", "XLON", "BHN", "Bighorn"),
            ("ASX", "XASX", "BHN", "Bighorn"),
        ],
    ),
    (
        "Canada’s Teckton Resources (TSX: TKN.A, TKN.B; NYSE: TKN).",
        [
            ("TSX", "XTSE", "TKN.A", "Teckton Resources"),
            ("TSX", "XTSE", "TKN.B", "Teckton Resources"),
            ("NYSE", "XNYS", "TKN", "Teckton Resources"),
        ],
    ),
    (
        "Harbour Property Partners LP (TO:HPP_u), down",
        [("TO", "XTSE", "HPP_U", "Harbour Property Partners LP")],
    ),
    ("Goldco (HKEX: 2899) and", [("HKEX", "XHKG", "2899", "Goldco")]),
    (
        "Minerva (Xetra: MNV) and Minerva (FRA: MNV)",
        [("Xetra", "XETR", "MNV", "Minerva"), ("FRA", "XFRA", "MNV", "Minerva")],
    ),
    (
        "Swissco (SIX: SWC) and Saco (JSE: SAC) and Euroco (Euronext: EUR)",
        [
            ("SIX", "XSWX", "SWC", "Swissco"),
            ("JSE", "XJSE", "SAC", "Saco"),
            ("Euronext", "XPAR", "EUR", "Euroco"),
        ],
    ),
    (
        "Neoco (Cboe Canada: NEC) and Arcaco (NYSE Arca: ARC)",
        [("Cboe Canada", "NEOE", "NEC", "Neoco"), ("NYSE Arca", "ARCX", "ARC", "Arcaco")],
    ),
    ("Domino’s Pizza Inc. (NYSE: DPZ) rose", [("NYSE", "XNYS", "DPZ", "Domino’s Pizza Inc.")]),
    (
        "Atlas\u00a0Gold\u00a0(NYSE\u00a0American:\u00a0AUG)",
        [("NYSE\u00a0American", "XASE", "AUG", "Atlas\u00a0Gold")],
    ),
]

NOT_TICKERS = [
    "The call starts at 10:30 and ends at 11:45.",
    "Note: A correction was made. FILE PHOTO: A miner at work.",
    "The ratio was 3:1 and then 10:1.",
    "See https://example.com/quote/NYSE:MP or mail ir@NYSE:MP.com",
    "www.example.com/NYSE:MP/chart",
    "NYSE: The exchange said trading was normal.",
    "TO: ALL STAFF",
    "The score was TSX: 10:30 and NYSE: 1,000 shares.",
    "listed in SET: ABC outside parentheses is not a listing",
    "The index (S&P/TSX: XIC) is a fund's name, not a listing.",
    "",
]


def _rows(found: tuple[Ticker, ...]) -> list[tuple[str, str | None, str, str | None]]:
    return [(t.exchange, t.mic, t.symbol, t.company) for t in found]


@pytest.mark.parametrize(("text", "expected"), PRESS_RELEASES, ids=lambda v: str(v)[:40])
def test_press_release_listings(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(find_tickers(text)) == expected


@pytest.mark.parametrize(("text", "expected"), NEWS_WIRES, ids=lambda v: str(v)[:40])
def test_news_listings(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(find_tickers(text)) == expected


@pytest.mark.parametrize("text", NOT_TICKERS)
def test_not_tickers(text: str) -> None:
    assert find_tickers(text) == ()


def test_spans_cover_exchange_to_symbol() -> None:
    text = "Atlas (TSXV: ABR; OTCQB: ABRNF) and Bighorn (NYSE, LSE: BHN)"
    found = find_tickers(text)
    assert [(t.text, t.start, t.end) for t in found] == [
        ("TSXV: ABR", 7, 16),
        ("OTCQB: ABRNF", 18, 30),
        ("NYSE, LSE: BHN", 45, 59),
        ("LSE: BHN", 51, 59),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_cashtag_after_exchange_drops_dollar() -> None:
    (t,) = find_tickers("Zinco (NYSE: $ZNC) rose")
    assert (t.symbol, t.text) == ("ZNC", "NYSE: $ZNC")


def test_needs_parentheses_spelling_inside_parentheses() -> None:
    (t,) = find_tickers("Thai Co (SET: THC) rose")
    assert (t.exchange, t.mic, t.symbol) == ("SET", "XBKK", "THC")


@pytest.mark.parametrize("bad", [b"NYSE: MP", None, 3, ["NYSE: MP"]])
def test_wrong_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        find_tickers(bad)  # type: ignore[arg-type]


@given(st.text())
def test_any_text_never_raises_and_spans_slice(text: str) -> None:
    for t in find_tickers(text):
        assert text[t.start : t.end] == t.text
        assert 0 <= t.start < t.end <= len(text)


@given(prose(), companies, spaces, listings(), prose())
def test_generated_listing_in_prose_is_found(
    before: str,
    company: str,
    gap: str,
    listing: tuple[str, list[tuple[str, str, int, int]]],
    after: str,
) -> None:
    group, expected = listing
    head = f"{before} {company}{gap}"
    text = f"{head}{group} {after}"
    found = find_tickers(text)
    offset = len(head)
    assert [(t.exchange, t.symbol, t.start, t.end) for t in found] == [
        (ex, sym.upper(), offset + s, offset + e) for ex, sym, s, e in expected
    ]
    assert all(t.mic is not None for t in found)
    assert all(text[t.start : t.end] == t.text for t in found)
    assert found[0].company == company


# -- scanning --------------------------------------------------------------------

_PIECES = [
    *sorted(_tickers._SPELLINGS),
    ", ",
    " and ",
    "/",
    "&",
    ": ",
    ":",
    "：",
    " ",
    "\n",
    "(",
    ")",
    "ABC",
    "X.A",
    "$AB",
    "0700",
    "10:30",
    "Note",
    "‐",
    "-",
    ".",
    "a",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_scan_finds_what_the_pattern_finds(text: str) -> None:
    def spans(matches: Iterable[regex.Match[str]]) -> list[tuple[object, ...]]:
        return [(m.span(), m.captures("ex"), m.captures("sym")) for m in matches]

    assert spans(_tickers._listings(text)) == spans(_tickers.LISTING.finditer(text))


def test_long_chain_of_exchanges_is_read_once() -> None:
    # Tried from each of its exchanges, a chain with no colon after it would
    # be read again and again: minutes for this text.
    # Its speed is measured by benchmarks/adversarial.py; this checks the result.
    text = "ASX, " * 5000 + "and (ASX: ABC)"
    found = find_tickers(text)
    assert [t.symbol for t in found] == ["ABC"]
