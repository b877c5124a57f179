"""find_moves: example tables by verb, form, session, period, linking rule and
non-move, then properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralnews import PriceMove, find_moves, parse_article

from strategies import move_sentences, prose

LISTED = "Carrow Mining (TSX: CRW) "


def _one(text: str) -> PriceMove:
    moves = find_moves(text)
    assert len(moves) == 1, moves
    (move,) = moves
    assert text[move.start : move.end] == move.text
    return move


def _keys(text: str) -> list[tuple[str | None, str | None, str, Decimal]]:
    return [(m.subject, m.symbol, m.direction, m.percent) for m in find_moves(text)]


# -- the direction -------------------------------------------------------------------

UP_VERBS = [
    "lifted",
    "gapped up",
    "rose",
    "rises",
    "climbed",
    "gained",
    "jumped",
    "surged",
    "soared",
    "rallied",
    "added",
    "advanced",
    "increased",
    "strengthened",
    "recovered",
    # Ends in the letters of a hedge ("over"), which stay part of the verb.
    "recover",
    "recovers",
    "rebounded",
    "spiked",
    "popped",
    "shot up",
    "edged higher",
    "ticked up",
    "is up",
    "was higher by",
    "increased by",
]
DOWN_VERBS = [
    "fell",
    "falls",
    "slid",
    "lost",
    "dropped",
    "plunged",
    "tumbled",
    "sank",
    "shed",
    "declined",
    "slipped",
    "eased",
    "softened",
    "slumped",
    "plummeted",
    "retreated",
    "dipped",
    "edged lower",
    "closed down",
    "is down",
    "was off",
    "was lower by",
]


@pytest.mark.parametrize(
    ("verb", "direction"),
    [(v, "up") for v in UP_VERBS] + [(v, "down") for v in DOWN_VERBS],
    ids=lambda v: str(v),
)
def test_verb_before_the_figure(verb: str, direction: str) -> None:
    move = _one(f"{LISTED}{verb} 4.5% on Monday.")
    assert (move.subject, move.symbol, move.direction, move.percent) == (
        "Carrow Mining",
        "CRW",
        direction,
        Decimal("4.5"),
    )
    assert move.text.endswith("4.5%")
    assert verb.split()[-1] in move.text


@pytest.mark.parametrize(
    ("words", "direction"),
    [
        ("4.5% higher", "up"),
        ("4.5% up", "up"),
        ("4.5% firmer", "up"),
        ("4.5% stronger", "up"),
        ("4.5% in the green", "up"),
        ("4.5% lower", "down"),
        ("4.5% down", "down"),
        ("4.5% weaker", "down"),
        ("4.5% softer", "down"),
        ("4.5% in the red", "down"),
    ],
)
def test_adjective_after_the_figure(words: str, direction: str) -> None:
    move = _one(f"{LISTED}shares closed {words} on Friday.")
    assert (move.symbol, move.direction, move.percent, move.text) == (
        "CRW",
        direction,
        Decimal("4.5"),
        words,
    )


@pytest.mark.parametrize(
    ("words", "direction"),
    [
        ("a 4.5% gain", "up"),
        ("a 4.5% surge", "up"),
        ("a 4.5% rally", "up"),
        ("a 4.5% jump", "up"),
        ("a 4.5% drop", "down"),
        ("a 4.5% slide", "down"),
        ("a 4.5% decline", "down"),
        ("a 4.5% slump", "down"),
    ],
)
def test_noun_after_the_figure(words: str, direction: str) -> None:
    move = _one(f"{LISTED}posted {words} on Friday.")
    assert (move.symbol, move.direction, move.percent) == ("CRW", direction, Decimal("4.5"))
    assert move.text == words.split(" ", 1)[1]


@pytest.mark.parametrize(
    ("qualifier", "percent"),
    [
        ("as much as 5.5%", "5.5"),
        ("nearly 7%", "7"),
        ("about 6.6%", "6.6"),
        ("more than 10%", "10"),
        ("by more than 10%", "10"),
        ("roughly 3%", "3"),
        ("another 0.7%", "0.7"),
        ("approximately 2.25 per cent", "2.25"),
    ],
)
def test_qualifiers_stay_out_of_the_value(qualifier: str, percent: str) -> None:
    move = _one(f"{LISTED}jumped {qualifier} in Toronto.")
    assert (move.direction, move.percent) == ("up", Decimal(percent))
    assert move.text == f"jumped {qualifier}"


# (text, [(subject, symbol, direction, percent)]) by the press that writes them so.
LONDON_PAPERS = [
    (
        "Tamar Minerals lost 12p, or 2.3 per cent, to 510p.",
        [("Tamar Minerals", None, "down", Decimal("2.3"))],
    ),
    (
        "Kestrel Gold was off 3p, or 0.8 per cent, at 371p.",
        [("Kestrel Gold", None, "down", Decimal("0.8"))],
    ),
    (
        "The blue-chip Widget 100 index edged up 31.2 points, or 0.4 per cent.",
        [("Widget 100", None, "up", Decimal("0.4"))],
    ),
]
WIRES = [
    (
        "The Widget 200 index .WDGX was up 21.5 points or 0.3% at 7,001.2.",
        [("Widget 200 index", ".WDGX", "up", Decimal("0.3"))],
    ),
    (
        "Kestrel Gold KGD.TO slid 2.1%, while Orion Metals ORM.TO added 1.4%.",
        [
            ("Kestrel Gold", "KGD.TO", "down", Decimal("2.1")),
            ("Orion Metals", "ORM.TO", "up", Decimal("1.4")),
        ],
    ),
    (
        "Kestrel Motor Co (7311.T) slid 2.4% in Tokyo, and Orion Holdings 0915.HK gained 1%.",
        [
            ("Kestrel Motor Co", "7311.T", "down", Decimal("2.4")),
            ("Orion Holdings", "0915.HK", "up", Decimal("1")),
        ],
    ),
    (
        "Halden Gold K.TO added 1.9%, and Sibanya Metals' peer Orion Platinum's (OPL.J) "
        "shares jumped 10.7%. The Widget Composite (.WDCMP) fell 0.4%.",
        [
            ("Halden Gold", "K.TO", "up", Decimal("1.9")),
            ("Orion Platinum", "OPL.J", "up", Decimal("10.7")),
            ("Widget Composite", ".WDCMP", "down", Decimal("0.4")),
        ],
    ),
    (
        "U.S. stocks rose 2%, and J.P. Morgan fell 1%.",
        [("U.S. stocks", None, "up", Decimal("2")), ("J.P. Morgan", None, "down", Decimal("1"))],
    ),
    (
        "The widest index of Asia-Pacific shares outside Japan .WDAPJ0000PUS was down 0.5%, "
        "and Japan's Widget 225 .WD225 fell 1%.",
        [
            (
                "widest index of Asia-Pacific shares outside Japan",
                ".WDAPJ0000PUS",
                "down",
                Decimal("0.5"),
            ),
            ("Widget 225", ".WD225", "down", Decimal("1")),
        ],
    ),
    (
        "Brent crude futures LCOc1 rose 1.1% to $82.10 a barrel.",
        [("Brent crude futures", "LCOc1", "up", Decimal("1.1"))],
    ),
    (
        "* Leading were Atlas Energy Inc , up 12.5%, and Orion Gold Corp , higher by 7.2%.",
        [
            ("Atlas Energy Inc", None, "up", Decimal("12.5")),
            ("Orion Gold Corp", None, "up", Decimal("7.2")),
        ],
    ),
    (
        "* Lagging were Tamar Foods Inc , down 3.1%, and Bluefin Air Inc, lower by 1.6%.",
        [
            ("Tamar Foods Inc", None, "down", Decimal("3.1")),
            ("Bluefin Air Inc", None, "down", Decimal("1.6")),
        ],
    ),
]
MARKET_SITES = [
    (
        "Atlas Lithium (Nasdaq: ATLX) is up 14.2% over the past 24 hours and an "
        "additional 3.1% in pre-market.",
        [
            ("Atlas Lithium", "ATLX", "up", Decimal("14.2")),
            ("Atlas Lithium", "ATLX", "up", Decimal("3.1")),
        ],
    ),
    (
        "Orion Uranium (NYSE: OUR) is sitting 6.25% up in after-hours trading.",
        [("Orion Uranium", "OUR", "up", Decimal("6.25"))],
    ),
    (
        "Bluefin Resources Limited (ASX: BFR) and Tamar Mines Ltd (ASX: TMM) are up "
        "– 2.2% and 4.4% respectively.",
        [
            ("Bluefin Resources Limited", "BFR", "up", Decimal("2.2")),
            ("Tamar Mines Ltd", "TMM", "up", Decimal("4.4")),
        ],
    ),
    (
        "Kestrel Gold Stock Soars 25% After Drill Results",
        [("Kestrel Gold", None, "up", Decimal("25"))],
    ),
    (
        "The Widget Sectorrose 0.32% on Monday.",
        [("Widget Sector", None, "up", Decimal("0.32"))],
    ),
    (
        "$ATLX rose 5% while $ORCX slipped 1%.",
        [("$ATLX", "ATLX", "up", Decimal("5")), ("$ORCX", "ORCX", "down", Decimal("1"))],
    ),
    (
        "Top gainers: Atlas Gold (TSX: AGX) +12%, Orion Metals (TSX: ORM) -3.5%, Kestrel +2%.",
        [
            ("Atlas Gold", "AGX", "up", Decimal("12")),
            ("Orion Metals", "ORM", "down", Decimal("3.5")),
            ("Kestrel", None, "up", Decimal("2")),
        ],
    ),
    (
        "Top movers: HLDN +12.5% | CRWL -3.1% | KSTR +8%",
        [
            ("HLDN", "HLDN", "up", Decimal("12.5")),
            ("CRWL", "CRWL", "down", Decimal("3.1")),
            ("KSTR", "KSTR", "up", Decimal("8")),
        ],
    ),
    (
        "Movers: Halden (HLDN) +2.3% and Carrow (CRW) −3.2% as of 8:45 a.m. ET.",
        [("Halden", "HLDN", "up", Decimal("2.3")), ("Carrow", "CRW", "down", Decimal("3.2"))],
    ),
    (
        "Gainers included Atlas (+5.2%) and Orion (-3.1%).",
        [("Atlas", None, "up", Decimal("5.2")), ("Orion", None, "down", Decimal("3.1"))],
    ),
    (
        "Atlas Gold (TSX: AGX) posted a gain of 5%, while Orion (TSX: ORI) saw a decline of 3%.",
        [("Atlas Gold", "AGX", "up", Decimal("5")), ("Orion", "ORI", "down", Decimal("3"))],
    ),
    (
        "Atlas (TSX: AGX) is up 5% on the week and 12% on the month.",
        [("Atlas", "AGX", "up", Decimal("5")), ("Atlas", "AGX", "up", Decimal("12"))],
    ),
    (
        "Atlas (TSX: AGX) rose 5% on Monday and 3% on Tuesday.",
        [("Atlas", "AGX", "up", Decimal("5")), ("Atlas", "AGX", "up", Decimal("3"))],
    ),
    (
        "Atlas (TSX: AGX) rose 5% and 3% of its float changed hands.",
        [("Atlas", "AGX", "up", Decimal("5"))],
    ),
    (
        "Gold futures settled 1.3% higher at $2,010 an ounce.",
        [("Gold futures", None, "up", Decimal("1.3"))],
    ),
    (
        "Widget 200 Closes 0.8% Higher As Miners Rally",
        [("Widget 200", None, "up", Decimal("0.8"))],
    ),
    (
        "Why Kestrel Gold Stock Is Down 12% Today",
        [("Kestrel Gold", None, "down", Decimal("12"))],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, id=f"london-{i}") for i, (t, e) in enumerate(LONDON_PAPERS)]
    + [pytest.param(t, e, id=f"wire-{i}") for i, (t, e) in enumerate(WIRES)]
    + [pytest.param(t, e, id=f"site-{i}") for i, (t, e) in enumerate(MARKET_SITES)],
)
def test_forms_by_source(text: str, expected: list[tuple[str, str | None, str, Decimal]]) -> None:
    assert _keys(text) == expected


# -- sessions and periods ------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "session"),
    [
        ("in pre-market trading", "pre-market"),
        ("in premarket trade", "pre-market"),
        ("in before-hours trading", "pre-market"),
        ("in the pre-opening session", "pre-market"),
        ("before the bell", "pre-market"),
        ("in after-hours trading", "after-hours"),
        ("in extended trading", "after-hours"),
        ("in the extended trading session", "after-hours"),
        ("after the bell", "after-hours"),
        ("in post-market trading", "after-hours"),
        ("during the regular session", "regular"),
        ("on Tuesday", None),
    ],
)
def test_session(words: str, session: str | None) -> None:
    assert _one(f"{LISTED}rose 3.5% {words}.").session == session


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("over the past 24 hours", "over the past 24 hours"),
        ("on the daily chart", "on the daily chart"),
        ("year to date", "year to date"),
        ("year-to-date", "year-to-date"),
        ("this week", "this week"),
        ("in the past seven days", "in the past seven days"),
        ("over the last 52 weeks", "over the last 52 weeks"),
        ("on the day", "on the day"),
        ("on a weekly basis", "on a weekly basis"),
        ("on Tuesday", None),
    ],
)
def test_period(words: str, period: str | None) -> None:
    assert _one(f"{LISTED}rose 3.5% {words}.").period == period


# -- what moved, and its symbol ------------------------------------------------------

LINKING = [
    pytest.param(
        "VANCOUVER, May 4 (Reuters) - Canadian nickel explorer Halden Lake Minerals said it "
        "would be bought by Orion Resources, sending its shares up as much as 22%. Halden "
        "Lake's Toronto-listed shares HLM.TO were last up 19.5%, while Orion's shares ORN.AX "
        "fell 3.1%.",
        [
            ("Halden Lake Minerals", "HLM.TO", "up", Decimal("22")),
            ("Halden Lake", "HLM.TO", "up", Decimal("19.5")),
            ("Orion", "ORN.AX", "down", Decimal("3.1")),
        ],
        id="its-shares-are-the-subject-s",
    ),
    pytest.param(
        "Orion Metals (TSX: ORM) rose 5% after Atlas Gold (TSX: AGX) raised its offer; "
        "its shares fell 2%.",
        [("Orion Metals", "ORM", "up", Decimal("5")), ("Atlas Gold", "AGX", "down", Decimal("2"))],
        id="its-shares-in-a-clause-after-a-semicolon",
    ),
    pytest.param(
        'Ridge Lithium Corp. ("Ridge" or the "Company") (TSXV: RLC) signed a deal. '
        "Ridge shares rose 12%.",
        [("Ridge", "RLC", "up", Decimal("12"))],
        id="listing-after-the-release-s-short-names",
    ),
    pytest.param(
        "Shares of Newmark Corp NMK.N rose 3.2% and Halden Gold Corp HGD.TO gained 2.7%.",
        [
            ("Newmark Corp", "NMK.N", "up", Decimal("3.2")),
            ("Halden Gold Corp", "HGD.TO", "up", Decimal("2.7")),
        ],
        id="and-after-a-figure-opens-a-clause",
    ),
    pytest.param(
        "Shares of Atlas Gold and Orion Metals rose 2% and 3%, respectively.",
        [("Atlas Gold", None, "up", Decimal("2")), ("Orion Metals", None, "up", Decimal("3"))],
        id="respectively-after-shares-of",
    ),
    pytest.param(
        "Tamar, Kestrel Gold and Halden rose 2%, 3% and 4%, respectively.",
        [
            ("Tamar", None, "up", Decimal("2")),
            ("Kestrel Gold", None, "up", Decimal("3")),
            ("Halden", None, "up", Decimal("4")),
        ],
        id="respectively-with-commas",
    ),
    pytest.param(
        "Halden Gold (TSX: HGD) rose 3%. With basic resources down 1.9%, utilities fell 1% "
        "and tech slipped 0.4%.",
        [
            ("Halden Gold", "HGD", "up", Decimal("3")),
            ("basic resources", None, "down", Decimal("1.9")),
            ("utilities", None, "down", Decimal("1")),
            ("tech", None, "down", Decimal("0.4")),
        ],
        id="sectors-are-their-own-subjects",
    ),
    pytest.param(
        "Shares of Bluefin Metals (NYSE: BFM) traded 6.2% lower, after falling as much as "
        "9% at the open. The stock has lost 30% this year.",
        [
            ("Bluefin Metals", "BFM", "down", Decimal("6.2")),
            ("Bluefin Metals", "BFM", "down", Decimal("9")),
            ("Bluefin Metals", "BFM", "down", Decimal("30")),
        ],
        id="shares-of-then-a-second-clause",
    ),
    pytest.param(
        "Atlas Lithium (Nasdaq: ATLX) signed an offtake deal. Later, Atlas Lithium rose 4%.",
        [("Atlas Lithium", "ATLX", "up", Decimal("4"))],
        id="listing-anywhere",
    ),
    pytest.param(
        "Tamar Minerals (LSE: TMR) raised cash. Tamar shares rose 3%.",
        [("Tamar", "TMR", "up", Decimal("3"))],
        id="short-form",
    ),
    pytest.param(
        "First Tamar Minerals (TSX: FTM) cut guidance. First Tamar shares fell 9%. "
        "First Orion fell 3%.",
        [("First Tamar", "FTM", "down", Decimal("9")), ("First Orion", None, "down", Decimal("3"))],
        id="two-word-short-form",
    ),
    pytest.param(
        "Kestrel-Orion Inc. (NYSE: KOI) beat forecasts. Kestrel rose 3%.",
        [("Kestrel", "KOI", "up", Decimal("3"))],
        id="hyphenated-name",
    ),
    pytest.param(
        "Kestrel Gold (TSX: KGD) reported results. It fell 2% by noon.",
        [("Kestrel Gold", "KGD", "down", Decimal("2"))],
        id="pronoun",
    ),
    pytest.param(
        "Kestrel Gold (TSX: KGD) reported results. The stock fell 2%.",
        [("Kestrel Gold", "KGD", "down", Decimal("2"))],
        id="the-stock",
    ),
    pytest.param(
        "Kestrel Gold (TSX: KGD) reported results. Shares fell 2%.",
        [("Kestrel Gold", "KGD", "down", Decimal("2"))],
        id="shares",
    ),
    pytest.param(
        "Kestrel Gold (TSX: KGD) sold a mine. The share price jumped 9% to 40p.",
        [("Kestrel Gold", "KGD", "up", Decimal("9"))],
        id="the-share-price",
    ),
    pytest.param(
        "Orion Metals (ASX: ORM) cut guidance. Shares of the company were trading 1.8% lower.",
        [("Orion Metals", "ORM", "down", Decimal("1.8"))],
        id="the-company",
    ),
    pytest.param(
        'Atlas Gold Corp. (TSXV: AGX) ("Atlas" or the "Company") filed a study. The '
        "Company's shares closed at C$0.85, up 4.9% on the day.",
        [("Atlas Gold Corp.", "AGX", "up", Decimal("4.9"))],
        id="the-company-as-defined",
    ),
    pytest.param(
        "Orion Metals (ASX: ORM) raised cash. This knocked 20% off the share price.",
        [("Orion Metals", "ORM", "down", Decimal("20"))],
        id="knocked-off",
    ),
    pytest.param(
        "Carrow Copper (TSX: CCU) won a bid. The news lifted Carrow shares as much as 7%.",
        [("Carrow", "CCU", "up", Decimal("7"))],
        id="causative-object",
    ),
    pytest.param(
        "The Widget 500 (WDG) index fell 1% while the Gadget Composite (GDC) lost 2%. "
        "Later the Gadget Composite recovered, and the index added 1.5% by the close.",
        [
            ("Widget 500", "WDG", "down", Decimal("1")),
            ("Gadget Composite", "GDC", "down", Decimal("2")),
            ("Gadget Composite", "GDC", "up", Decimal("1.5")),
        ],
        id="the-index",
    ),
    pytest.param(
        "Orion Corp. ORC and Tamar Inc. TMI shares rose 5.5% and 6.5%, respectively.",
        [
            ("Orion Corp.", "ORC", "up", Decimal("5.5")),
            ("Tamar Inc.", "TMI", "up", Decimal("6.5")),
        ],
        id="respectively",
    ),
    pytest.param(
        "Orion Corp. (ORC) and Tamar Inc. (TMI) closed higher on Friday, gaining 1% and 2%.",
        [
            ("Orion Corp.", "ORC", "up", Decimal("1")),
            ("Tamar Inc.", "TMI", "up", Decimal("2")),
        ],
        id="in-order-without-respectively",
    ),
    pytest.param(
        "Orion Corp. (ORC) and Tamar Inc. (TMI) rose 1% and 2% respectively, with an "
        "additional 0.5% and 0.25% after hours.",
        [
            ("Orion Corp.", "ORC", "up", Decimal("1")),
            ("Tamar Inc.", "TMI", "up", Decimal("2")),
            ("Orion Corp.", "ORC", "up", Decimal("0.5")),
            ("Tamar Inc.", "TMI", "up", Decimal("0.25")),
        ],
        id="additional-respectively",
    ),
    pytest.param(
        "Atlas Gold Limited (ASX: AGL) and Kestrel Mining Limited (ASX: KML) shares "
        "have both jumped by more than 10%.",
        [
            ("Atlas Gold Limited", "AGL", "up", Decimal("10")),
            ("Kestrel Mining Limited", "KML", "up", Decimal("10")),
        ],
        id="both",
    ),
    pytest.param(
        "Atlas (TSX: AGX), Orion (TSX: ORI) and Kestrel (TSX: KES) rose 1.2%, 2.3% and "
        "4.5%, respectively.",
        [
            ("Atlas", "AGX", "up", Decimal("1.2")),
            ("Orion", "ORI", "up", Decimal("2.3")),
            ("Kestrel", "KES", "up", Decimal("4.5")),
        ],
        id="three-respectively",
    ),
    pytest.param(
        "Atlas (TSX: AGX) rose 5%, 3% below its peak.",
        [("Atlas", "AGX", "up", Decimal("5"))],
        id="comma-is-no-list",
    ),
    pytest.param(
        "Atlas Gold (TSX: AGX) and Orion Metals (TSX: ORM) rose 4% each.",
        [("Atlas Gold", "AGX", "up", Decimal("4")), ("Orion Metals", "ORM", "up", Decimal("4"))],
        id="each",
    ),
    pytest.param(
        "Regional lenders rallied, with the big banks rising between 0.2% and 0.9%.",
        [
            ("the big banks", None, "up", Decimal("0.2")),
            ("the big banks", None, "up", Decimal("0.9")),
        ],
        id="range-between",
    ),
    pytest.param(
        "Orion Corp. (ORC) fell on Monday. After rising 8% last week, ORC slipped 1%.",
        [("ORC", "ORC", "up", Decimal("8")), ("ORC", "ORC", "down", Decimal("1"))],
        id="subject-after-the-comma",
    ),
    pytest.param(
        "Losses were heavy in the Widget Index, which closed down 4.2 per cent.",
        [("Widget Index", None, "down", Decimal("4.2"))],
        id="relative-clause",
    ),
    pytest.param(
        "The Widget composite rose 1% and the Gadget 300 gained 2%.",
        [
            ("Widget", None, "up", Decimal("1")),
            ("Gadget 300", None, "up", Decimal("2")),
        ],
        id="no-listing-no-symbol",
    ),
    pytest.param(
        "Atlas Brine Holdings (ABH) rose 3%.",
        [("Atlas Brine Holdings", None, "up", Decimal("3"))],
        id="acronym-is-no-symbol",
    ),
    pytest.param(
        "Gold rose 1.2% to $2,400 an ounce while silver slipped 0.5%.",
        [("Gold", None, "up", Decimal("1.2")), ("silver", None, "down", Decimal("0.5"))],
        id="commodities",
    ),
    pytest.param(
        "Spot palladium prices jumped 2.3% while copper futures fell 1.5%.",
        [
            ("Spot palladium prices", None, "up", Decimal("2.3")),
            ("copper futures", None, "down", Decimal("1.5")),
        ],
        id="commodity-prices",
    ),
    pytest.param(
        "The Widget Average (^WDA) fell 0.5% and the Gadget 100 (^GDG) dipped 0.3%.",
        [
            ("Widget Average", "^WDA", "down", Decimal("0.5")),
            ("Gadget 100", "^GDG", "down", Decimal("0.3")),
        ],
        id="caret-symbols",
    ),
    pytest.param(
        "Price Action: ORXL shares were up 5.2% at $3.10 on Monday.",
        [("ORXL", "ORXL", "up", Decimal("5.2"))],
        id="bare-symbol-with-shares",
    ),
    pytest.param(
        "Spot silver XAG= rose 0.5% while U.S. silver futures SIcv1 rose 0.3%.",
        [
            ("Spot silver", "XAG=", "up", Decimal("0.5")),
            ("U.S. silver futures", "SIcv1", "up", Decimal("0.3")),
        ],
        id="commodity-codes",
    ),
    pytest.param(
        "Spot silver was up 0.4% at $31.10 per ounce.",
        [("Spot silver", None, "up", Decimal("0.4"))],
        id="spot-metal",
    ),
    pytest.param(
        "The Widget index was up 0.6%, while the energy group, which includes the "
        "drillers, rose 1.8%.",
        [
            ("Widget", None, "up", Decimal("0.6")),
            ("the energy group", None, "up", Decimal("1.8")),
        ],
        id="subject-before-a-relative-clause",
    ),
    pytest.param(
        "Sibanye (JSE: SBY), which reported on Thursday, closed 11.6% higher.",
        [("Sibanye", "SBY", "up", Decimal("11.6"))],
        id="name-before-a-relative-clause",
    ),
    pytest.param(
        "Kestrel (TSX: KES) gained 5%. Orion (TSX: ORI) lost 2%. Kestrel later added 1%.",
        [
            ("Kestrel", "KES", "up", Decimal("5")),
            ("Orion", "ORI", "down", Decimal("2")),
            ("Kestrel", "KES", "up", Decimal("1")),
        ],
        id="each-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LINKING)
def test_linking(text: str, expected: list[tuple[str | None, str | None, str, Decimal]]) -> None:
    assert _keys(text) == expected


# -- not moves -----------------------------------------------------------------------

NOT_MOVES = [
    pytest.param("The fund holds 45p, or 1.1%, of the company's float.", id="aside-no-direction"),
    pytest.param(
        "Its stake is 12 million shares, or 9.5%, higher than any other holder's.",
        id="aside-of-a-count",
    ),
    pytest.param("About 70% of the country's cobalt is imported.", id="share-of-a-total"),
    pytest.param("The units sold at $2.10, -4% off the list price.", id="signed-after-a-sale"),
    pytest.param(
        "Halden Gold (TSX: HGD) reported revenue of $312 million for the quarter ended "
        "Sept. 30, up 18% from a year earlier.",
        id="revenue-then-bare-up",
    ),
    pytest.param(
        "Orion Metals said net income for the three months to June was $41.5 million, "
        "or 27 cents a share, down 9% from a year ago.",
        id="income-per-share-then-bare-down",
    ),
    pytest.param(
        "Tamar Gold produced 98,000 ounces in the quarter ended June 30, up 11%.",
        id="count-of-goods-then-bare-up",
    ),
    pytest.param(
        "The board raised the quarterly dividend to $0.31 per share, an 8% increase.",
        id="aside-sizing-a-dividend",
    ),
    pytest.param(
        "Orion forecast operating profit of 1.2 trillion yen for the year to March, a 21% decline.",
        id="aside-sizing-a-profit",
    ),
    pytest.param("The bank cut its deposit rate from -0.2% to -0.3%.", id="rate-level"),
    pytest.param("New Duties On Steel Of Up To 45.5%", id="tariff-cap"),
    pytest.param("The partner will earn a 70% Interest in the claims.", id="stake"),
    pytest.param("Gas samples held up to 4.1% helium.", id="up-to"),
    pytest.param("Investors will hold 35% of the enlarged share capital.", id="of-capital"),
    pytest.param("The offer is a 31% premium to the last close.", id="premium"),
    pytest.param("Orion's adjusted earnings jumped 64% from a year earlier.", id="earnings"),
    pytest.param("Revenue rose 22% in the quarter.", id="revenue"),
    pytest.param(
        "Results: Revenue of C$84.2m (2024: C$77.5m), up 9%.", id="revenue-with-prior-figure"
    ),
    pytest.param(
        "Highlights:\n- Revenue: US$8.1 million (Q1 2024: US$6.4 million), an increase of 27%",
        id="revenue-line-then-noun-of",
    ),
    pytest.param("Output rose 8% and costs fell 3%.", id="output-and-costs"),
    pytest.param("Orion (TSX: ORI) expects production to increase by 25%.", id="production"),
    pytest.param("It beat forecasts by an average of 12% over four quarters.", id="average"),
    pytest.param("The outlook is $5 billion, plus or minus 3%.", id="plus-or-minus"),
    pytest.param("Cash flow showed a 58% improvement on last year.", id="improvement"),
    pytest.param("Tamar already owns 25% of the deposit.", id="ownership"),
    pytest.param("Policy rates rose to 5.25% last year.", id="rose-to-a-level"),
    pytest.param("The ten-year yield rose 0.2% in the session.", id="yield"),
    pytest.param("Atlas pays a 2% royalty on gold sales.", id="royalty"),
    pytest.param("The miner bought an additional 10% stake in the mill.", id="additional-stake"),
    pytest.param("Revenue was $5 million, up 12% from a year earlier.", id="revenue-up"),
    pytest.param("Gross margin came in at 45%, up 2% on the quarter.", id="margin-up"),
    pytest.param("Atlas reported sales of $5 million, a 12% increase.", id="sales-increase"),
    pytest.param("The policy rate (-0.5%) was left unchanged.", id="signed-rate"),
    pytest.param("EPS rose 12% to $1.10 per share.", id="eps"),
    pytest.param("The company's cash position increased by 40%.", id="owner-and-figure"),
    pytest.param("Indicated resources increased by 32% to 1.2 million ounces.", id="resources"),
    pytest.param("After-tax NPV increased 15% to $400 million.", id="npv"),
    pytest.param("Orion Metals added 5% to its stake in Tamar Gold.", id="added-to-a-stake"),
    pytest.param("Orion rose 12% in revenue terms.", id="in-revenue"),
    pytest.param(
        "A 10% increase in the silver price would lift the after-tax NPV by 18%.",
        id="what-if",
    ),
    # Counts of goods measured in units, whatever the noun that heads them.
    pytest.param(
        "Northwind Motors (NASDAQ: NWM) delivered 1,250 trucks in the quarter, up 14% "
        "from a year earlier.",
        id="count-of-goods-up",
    ),
    pytest.param(
        "Kestrel Mining (ASX: KSM) shipped 2.1 million tonnes of ore in March, down 9%.",
        id="tonnes-down",
    ),
    pytest.param("Bullion stocks in Shanghai warehouses rose 12% to 3,400 tonnes.", id="to-tonnes"),
    pytest.param("Crude inventories fell 2% to 430 million barrels.", id="to-barrels"),
    pytest.param(
        "Holdings of the Orion Gold Fund OGF, the largest bullion fund, fell 0.3% on Tuesday.",
        id="figure-as-subject",
    ),
    pytest.param(
        "Talon Minerals said quarterly earnings would be at least 25% higher.",
        id="hedged-earnings-higher",
    ),
    pytest.param("Inflation was -0.5% in May.", id="signed-level-of-a-figure"),
]


# Prices stay moves next to a unit: the level is money, not a count.
UNIT_PRICES = [
    pytest.param(
        "Gold rose 1.1% to $2,410 an ounce.", ("Gold", "up", "1.1"), id="dollars-an-ounce"
    ),
    pytest.param(
        "Copper climbed 2% to 9,800 yuan a tonne.", ("Copper", "up", "2"), id="yuan-a-tonne"
    ),
    pytest.param(
        "Atlas Gold (TSX: AGX) produced 40,000 ounces in the quarter, and its shares rose 4%.",
        ("Atlas Gold", "up", "4"),
        id="count-then-shares",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_PRICES)
def test_prices_next_to_units_stay_moves(text: str, expected: tuple[str, str, str]) -> None:
    move = _one(text)
    assert (move.subject, move.direction, str(move.percent)) == expected


# Forms that carry a move in other words than the verb tables' first entries.
MORE_FORMS = [
    pytest.param(
        "Shares of Atlas Gold rose R12.35, or 3.9%, to R330.",
        ("Atlas Gold", "up", "3.9", "rose R12.35, or 3.9%"),
        id="rand-amount-then-percent",
    ),
    pytest.param(
        "Orion Mining (ASX: ORN) rose $1.20 a share, or 4.2%, on Monday.",
        ("Orion Mining", "up", "4.2", "rose $1.20 a share, or 4.2%"),
        id="amount-a-share",
    ),
    pytest.param(
        "Halden Gold fell US$1.15, or 2.4%, in New York.",
        ("Halden Gold", "down", "2.4", "fell US$1.15, or 2.4%"),
        id="us-dollar-amount-then-percent",
    ),
    pytest.param(
        "Orion Mining was down C$0.45 or 3.1% at the close.",
        ("Orion Mining", "down", "3.1", "down C$0.45 or 3.1%"),
        id="canadian-dollar-amount-then-percent",
    ),
    pytest.param(
        "Carrow Metals shares were 3.5p, or 1.2 per cent, higher at 295p.",
        ("Carrow Metals", "up", "1.2", "1.2 per cent, higher"),
        id="amount-aside-then-adjective",
    ),
    pytest.param(
        "The Widget 250 index was 41 points, or 0.2%, lower by midday.",
        ("Widget 250", "down", "0.2", "0.2%, lower"),
        id="points-aside-then-adjective",
    ),
    pytest.param(
        "Nickel prices collapsed by more than 60% since 2022.",
        ("Nickel prices", "down", "60", "collapsed by more than 60%"),
        id="collapsed",
    ),
    pytest.param(
        "Tin dived 7% in London.",
        ("Tin", "down", "7", "dived 7%"),
        id="dived",
    ),
    pytest.param(
        "Silver was +1.2 % at US$31/oz.",
        ("Silver", "up", "1.2", "+1.2 %"),
        id="signed-after-was",
    ),
    pytest.param(
        "Halden Gold (TSX: HGD) shares closed at $48.20 on Friday, up 2% on the day.",
        ("Halden Gold", "up", "2", "up 2%"),
        id="shares-then-bare-up",
    ),
    pytest.param(
        "Shares of Halden Gold closed at $5.20, a 10% gain.",
        ("Halden Gold", "up", "10", "10% gain"),
        id="aside-sizing-a-price",
    ),
    pytest.param(
        "Orion Metals (CSE: ORM) ended at $1.05, -4.5%.",
        ("Orion Metals", "down", "4.5", "-4.5%"),
        id="signed-after-a-closing-level",
    ),
    pytest.param(
        "Atlas Gold (TSX: AGX) closed -0.8% on the day.",
        ("Atlas Gold", "down", "0.8", "-0.8%"),
        id="signed-after-closed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_FORMS)
def test_more_forms(text: str, expected: tuple[str | None, str, str, str]) -> None:
    move = _one(text)
    assert (move.subject, move.direction, str(move.percent), move.text) == expected


# With two listings, the sentence's venue picks the one that moved.
DUAL = "Ridgeline Copper (TSX: RLC; NYSE: RLCX) reported results. "
VENUES = [
    pytest.param(f"{DUAL}Ridgeline fell 4.1%.", [("RLC", "4.1")], id="no-venue-first-listing"),
    pytest.param(f"{DUAL}Ridgeline fell 4.1% on the NYSE.", [("RLCX", "4.1")], id="on-the-nyse"),
    pytest.param(f"{DUAL}Ridgeline shares fell 4.1% in New York.", [("RLCX", "4.1")], id="city"),
    pytest.param(f"{DUAL}Its U.S.-listed shares fell 4.1%.", [("RLCX", "4.1")], id="us-listed"),
    pytest.param(f"{DUAL}Its Toronto-listed shares fell 2%.", [("RLC", "2")], id="toronto-listed"),
    pytest.param(
        f"{DUAL}Ridgeline fell 4.1% on the NYSE and 3.8% in Toronto.",
        [("RLCX", "4.1"), ("RLC", "3.8")],
        id="one-figure-per-venue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VENUES)
def test_the_venue_picks_the_listing(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.symbol, str(m.percent)) for m in find_moves(text)] == expected


# A bare symbol written once, right after the name and before a lower-case word.
BARE_SYMBOLS = [
    pytest.param(
        "Rival Pinecrest Logistics PNCL slipped 1.8% on Friday.",
        ("Rival Pinecrest Logistics", "PNCL"),
        id="before-the-verb",
    ),
    pytest.param(
        "Pinecrest Logistics PNCL shares rose 3%.", ("Pinecrest Logistics", "PNCL"), id="shares"
    ),
    pytest.param(
        "Northern Star Resources NST, up 4%, led the gains.",
        ("Northern Star Resources", "NST"),
        id="before-a-comma",
    ),
    pytest.param("Shares in Dornfeld AG fell 3% on Xetra.", ("Dornfeld AG", None), id="legal-form"),
    pytest.param(
        "Shares of Bank of Avalon BOA rose 2%.",
        ("Bank of Avalon", None),
        id="initials-no-symbol",
        marks=pytest.mark.xfail(strict=True, reason="initials after a name stay in it"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_SYMBOLS)
def test_bare_symbol_after_a_name(text: str, expected: tuple[str, str | None]) -> None:
    move = _one(text)
    assert (move.subject, move.symbol) == expected


# What moved is the clause's subject, not a market, an index or a name it mentions.
SUBJECTS = [
    pytest.param(
        "Benchmark nickel on the LME slipped 1.6% to $15,200 a ton.",
        "Benchmark nickel",
        id="metal-on-an-exchange",
    ),
    pytest.param(
        "Zinc on the Shanghai Futures Exchange rose 2%.", "Zinc", id="metal-on-a-named-exchange"
    ),
    pytest.param(
        "The FTSE 100 (UKX) was flat. Orwell Mining was the biggest faller on the index, down 9%.",
        "Orwell Mining",
        id="name-before-on-the-index",
    ),
    pytest.param(
        "Atlas Gold (JSE: ATG) rose 2%. The rand was 0.6% firmer at R18.74 to the dollar.",
        "rand",
        id="currency",
    ),
    pytest.param("Three-month copper on the LME rose 0.8%.", "Three-month copper", id="tenor"),
]


# Reuters codes of LME metals after the metal: "CM" + the metal + the tenor.
LME_CODES = [
    pytest.param(
        "Benchmark aluminium CMAL3 on the London Metal Exchange rose 1.3% to $2,610 a ton.",
        ("Benchmark aluminium", "CMAL3"),
        id="aluminium",
    ),
    pytest.param("Three-month zinc CMZN3 fell 0.9%.", ("Three-month zinc", "CMZN3"), id="zinc"),
]


@pytest.mark.parametrize(("text", "expected"), LME_CODES)
def test_lme_code_is_the_metal_symbol(text: str, expected: tuple[str, str]) -> None:
    move = _one(text)
    assert (move.subject, move.symbol) == expected


@pytest.mark.parametrize(("text", "subject"), SUBJECTS)
def test_subject_of_the_clause(text: str, subject: str) -> None:
    assert find_moves(text)[-1].subject == subject


@pytest.mark.parametrize("text", NOT_MOVES)
def test_not_moves(text: str) -> None:
    assert find_moves(text) == ()


def test_percents_and_tickers_given_are_used() -> None:
    text = f"{LISTED}rose 4.5%."
    article = parse_article(text)
    assert find_moves(text, tickers=article.tickers, percents=article.percents) == article.moves
    assert find_moves(text, tickers=(), percents=()) == ()


def test_parse_article_fills_moves_with_sections() -> None:
    text = "Carrow Mining Jumps 12%\nCarrow Mining (TSX: CRW) rose 12% on Monday.\n"
    article = parse_article(text)
    assert [(m.symbol, m.percent, m.section) for m in article.moves] == [
        ("CRW", Decimal("12"), "title"),
        ("CRW", Decimal("12"), "body"),
    ]


# A Reuters code after marks alone: the marks name nothing, and the code
# names the subject itself. These once raised IndexError.
CODES_AFTER_MARKS = [
    pytest.param("The - KRL.AX gained 3%.", ("KRL.AX", "KRL.AX", "gained 3%"), id="dash"),
    pytest.param(" – .AXMM lost 1.5%.", (".AXMM", ".AXMM", "lost 1.5%"), id="en-dash-index"),
    pytest.param("- (NYSE: ABX) fell 2%. - rose 3%", (None, None, "fell 2%"), id="listing"),
]


@pytest.mark.parametrize(("text", "expected"), CODES_AFTER_MARKS)
def test_code_after_marks_alone(text: str, expected: tuple[str | None, str | None, str]) -> None:
    first = find_moves(text)[0]
    assert (first.subject, first.symbol, first.text) == expected


@pytest.mark.parametrize("bad", [b"rose 5%", None, 5])
def test_non_str_is_refused(bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        find_moves(bad)  # type: ignore[arg-type]


# -- properties ----------------------------------------------------------------------


@given(st.text())
def test_any_text_gives_moves_whose_spans_slice(text: str) -> None:
    for move in find_moves(text):
        assert text[move.start : move.end] == move.text
        assert move.percent >= 0
        assert move.direction in ("up", "down")


_PIECES = st.sampled_from(
    [
        "rose ",
        "fell ",
        "up ",
        "down ",
        "3.5% ",
        "7 per cent",
        " and ",
        ", ",
        "respectively",
        "Orion Corp. ",
        "(TSX: ORC) ",
        "(ORC) ",
        "ORC.TO ",
        "shares ",
        "the stock ",
        "which ",
        "After ",
        "between ",
        "an additional ",
        "12p, or ",
        "Sectorrose ",
        "higher",
        ". ",
        "\n",
        "(",
        ")",
        "–",
    ]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_move_like_text_never_raises_and_spans_slice(text: str) -> None:
    for move in find_moves(text):
        assert text[move.start : move.end] == move.text


@given(prose(), move_sentences(), st.sampled_from(["", "Output rose.", "It said so."]))
def test_a_move_in_prose_comes_back(
    before: str, sentence: tuple[str, str, str, str, Decimal, str], after: str
) -> None:
    text_, subject, symbol, direction, percent, span = sentence
    text = f"{before}. {text_} {after}".strip()
    moves = find_moves(text)
    assert [(m.subject, m.symbol, m.direction, m.percent, m.text) for m in moves] == [
        (subject, symbol, direction, percent, span)
    ]


def test_docstring_examples_run() -> None:
    import doctest

    import mineralnews.moves
    import mineralnews.sections

    for module in (mineralnews.moves, mineralnews.sections):
        flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
        result = doctest.testmod(module, optionflags=flags)
        assert result.attempted > 0
        assert result.failed == 0
